package corpus

import "testing"

// TestEmbassyInItsSeatSubject: a country's body named with its seat
// before its verb ("The United States Embassy in Majuro confirmed …") is
// that country speaking, as "The U.S. State Department said" is
// (TestCountryOrgSubject); the paragraph was held by the country of the
// paragraph before, which the embassy's words do not name (asked20's
// Marshall Islands story, held by Nauru). Mirrors: a seat in lower case
// or cut by a comma is no subject's, and the block goes on.
func TestEmbassyInItsSeatSubject(t *testing.T) {
	prev := "Nauru, whose government suffered a similar attack in 2025, offered to share the lessons it had learned.\n\n"
	checkPageCases(t, []pageCase{
		{"embassy in", prev + "The United States Embassy in Majuro confirmed that a team would travel to the Marshall Islands.\n", "The United States Embassy", "United States"},
		{"two-word seat", prev + "The US Embassy in Port Moresby said it was aware of the reports.\n", "The US Embassy", "United States"},
		{"ministry in", prev + "The Japanese Ministry in Tokyo said it was aware of the reports.\n", "The Japanese", "Japan"},
		// Mirrors.
		{"lower-case seat", prev + "The US Embassy in the region was closed for the holiday.\n", "The US Embassy", "Nauru"},
		{"seat then comma", prev + "The US Embassy in Majuro, opened in 2010, is small.\n", "The US Embassy", "Nauru"},
	})
}

// TestAuthorAnswersNarratedOfficial: in a State's own speech, another
// State's official quoted by name ("Estonian President Alar Karis said
// last year that “no country can defend its cables alone”") and answered
// by the speaker in a clause of its own (", and Finland could not agree
// more") is the speaker's paragraph, as "Estonia said “…”, and Finland
// could not agree more" is: it was Estonia's, the speaker's agreement
// with it. Mirrors: the official quoted with no answer of the author's
// keeps the official's country; the plain report stays the author's.
func TestAuthorAnswersNarratedOfficial(t *testing.T) {
	head := "Speech by the Ambassador for Cyber Affairs of Finland at the Helsinki Cyber Dialogue\n\nHelsinki, 6 May 2026\n\nFinland believes that international law applies to cyber operations.\n\n"
	checkPageCases(t, []pageCase{
		{"quoted, answered", head + "Estonian President Alar Karis said last year that \"no country can defend its cables alone\", and Finland could not agree more.\n", "Estonian President", "Finland"},
		{"report, answered", head + "Estonia said last year that \"no country can defend its cables alone\", and Finland could not agree more.\n", "Estonia said", "Finland"},
		// Mirrors.
		{"quoted, no answer", head + "Estonian President Alar Karis said last year that \"no country can defend its cables alone\".\n", "Estonian President", "Estonia"},
	})
}
