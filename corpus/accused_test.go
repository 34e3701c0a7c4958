package corpus

import "testing"

// TestAccusedOpeningIsNobodys: a page's opening paragraph that names a
// country only as the accused ("attributed to groups linked to the DPRK",
// "intrusions linked to China") is nobody's; the countries that
// speak after it keep their paragraphs, and a country that opens its own
// sentence is still its holder.
func TestAccusedOpeningIsNobodys(t *testing.T) {
	brief := "Policy brief: State-backed theft\n\n" +
		"Thefts of cryptocurrency attributed to groups linked to the Democratic People's Republic of Korea exceeded two billion dollars in 2025. Few States have addressed them.\n\n" +
		"Bangladesh has raised crypto theft in the global mechanism.\n"
	checkHeld(t, brief, []held{{"Bangladesh", "Bangladesh has raised"}})
	linked := "Weekly digest\n\nA wave of intrusions linked to China was reported across the region last week.\n\nIsrael said it would respond.\n"
	checkHeld(t, linked, []held{{"Israel", "Israel said"}})
	own := "Weekly digest\n\nKenya, whose banks were linked to the outage, called for calm.\n"
	checkHeld(t, own, []held{{"Kenya", "Kenya, whose"}})
}
