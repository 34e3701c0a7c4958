package corpus

import "testing"

// TestEnvoyObject: a demonym's envoy after a verb that acts on an envoy
// ("the Ministry summoned the Russian ambassador", "the minister received
// the Chadian delegation") is an object, so the sentence is not that
// country's; it was held by Russia (testdata/asked18's 403). Mirrors: the
// envoy that opens the sentence, or speaks after a comma, still holds it.
func TestEnvoyObject(t *testing.T) {
	const release = "Denmark summons Russian ambassador over cyberattacks\nMinistry of Foreign Affairs of Denmark\n\n"
	checkPageCases(t, []pageCase{
		{"summoned", release + "Today the Ministry of Foreign Affairs summoned the Russian ambassador following the attacks on water utilities.\n", "Today the Ministry", "Denmark"},
		{"received", release + "The minister received the Chadian delegation and discussed cybercrime.\n", "The minister received", "Denmark"},
		{"expelled", release + "Last week the government expelled the Iranian envoy over the hacking campaign.\n", "Last week", "Denmark"},
		// Mirrors.
		{"envoy speaks", "The Russian ambassador said that the attacks had nothing to do with his country.\n", "The Russian ambassador", "Russia"},
		{"after a comma", "At the meeting, the Chadian delegation stressed the need for capacity building.\n", "At the meeting", "Chad"},
		{"said before", "The minister said the Chadian delegation had stressed capacity building.\n", "The minister said", "Chad"},
	})
}

// TestNamedBodySource: a paragraph fronted by a named body of experts as
// its source ("According to the Caribbean Cyber Security Centre, the
// three countries will …") is that body's report, nobody's; it was kept
// by the country of the paragraph before (testdata/asked18's 404).
// Mirrors: a country as the source, a national body (which speaks for its
// government) and a source followed by a country's own verb keep theirs.
func TestNamedBodySource(t *testing.T) {
	const prev = "Saint Lucia told the meeting that it would prioritise the protection of children online.\n\n"
	checkPageCases(t, []pageCase{
		{"centre", prev + "According to the Caribbean Cyber Security Centre, the three countries will join a regional exercise in June.\n", "According to the Caribbean", ""},
		{"observatorio", prev + "Según el Observatorio Regional de Ciberseguridad, los ataques aumentaron un 40 %.\n", "Según el Observatorio", ""},
		// Mirrors.
		{"country source", prev + "According to Saint Lucia, the exercise will take place in June.\n", "According to Saint Lucia", "Saint Lucia"},
		{"national body", prev + "According to the National Cyber Security Centre, the exercise will take place in June.\n", "According to the National", "Saint Lucia"},
		{"no body", prev + "According to the minister, the exercise will take place in June.\n", "According to the minister", "Saint Lucia"},
	})
}
