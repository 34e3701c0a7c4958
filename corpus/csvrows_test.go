package corpus

import "testing"

// TestCSVRows: a spreadsheet saved as comma-separated text gives each row
// to its country, quoted cells with commas included, where its rows once
// ran together into one paragraph held by the first row's country; a
// comma-separated line whose first column names no countries is text.
func TestCSVRows(t *testing.T) {
	page := "Country,Position on treaty,Source\nUganda,\"Supports a legally binding convention, citing gaps in existing law\",OEWG 2025\n" +
		"Tanzania,Opposes a new treaty; prefers voluntary norms,Statement of March 2026\n"
	checkHeld(t, page, []held{{"Uganda", "Uganda — Position on treaty: Supports a legally binding convention, citing gaps"},
		{"Tanzania", "Tanzania — Position on treaty: Opposes"}})
	if csvHeader([]byte("Geneva, 12 May 2026"), []byte("Kenya, Ghana and Nigeria spoke first, then Egypt.\n")) {
		t.Error("a dateline read as a table's header")
	}
}

// TestLabelledItemsStandApart: list items labelled with a country and a
// spaced hyphen, with no full stop, are each their country's statement,
// never joined into the first one's.
func TestLabelledItemsStandApart(t *testing.T) {
	page := "Positions on attribution:\n\n* Botswana - public attribution only with shared evidence\n* Namibia - no public position on attribution so far\n"
	checkHeld(t, page, []held{{"Botswana", "Botswana - public attribution only with shared evidence.$"},
		{"Namibia", "Namibia - no public position on attribution so far.$"}})
}

// TestFootnotesAreNobodys: an article's notes under their rule cite where
// countries spoke and are nobody's, where the country of the last
// paragraph held them all; a page numbering its own paragraphs "[1]"
// keeps them.
func TestFootnotesAreNobodys(t *testing.T) {
	page := "Estonia has taken a middle position, arguing that due diligence is an obligation of conduct.\n\n___\n" +
		"¹ Ministère des Armées, Droit international appliqué aux opérations dans le cyberespace (2019).\n" +
		"² Attorney General Jeremy Wright, \"Cyber and International Law in the 21st Century\" (2018).\n"
	checkHeld(t, page, []held{{"Estonia", "Estonia has"}})
	checkHeld(t, "[1] Kenya supports the Programme of Action and calls for a fund.\n\n[2] Ghana backs a treaty on cybercrime.\n",
		[]held{{"Kenya", "Kenya supports"}, {"Ghana", "Ghana backs"}})
}
