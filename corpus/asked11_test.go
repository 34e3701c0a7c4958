package corpus

import "testing"

// TestEditorLabelAndReportReplyAreNobodys: an editor's label ("Our view:")
// closing an analysis is the authors' whatever the paragraph before, and a
// report's own recommendation after a government's reply it quotes ("The
// government added that …") is the authors' too (asked11's analysis and
// NGO report); mirrors: the country's own paragraphs stay its own.
func TestEditorLabelAndReportReplyAreNobodys(t *testing.T) {
	analysis := "Romania took a different road. Romania adopted a law in 2021 that requires 5G vendors to obtain prior authorisation."
	reply := "The Gambian government added that the Gambia is drafting a cybercrime bill."
	checkHolderCases(t, []holderCase{
		{analysis, "Our view: the two approaches leave a great deal to national discretion.", "-"},
		{analysis, "Why it matters: vendors will face different rules in each market.", "-"},
		{reply, "We recommend that the Gambia publish data on interception warrants.", "-"},
		{"Ghana's ministry replied that it would publish its strategy soon.", "We believe that the strategy will come too late.", "-"},
		// Mirrors.
		{analysis, "Romania also hosts the European Cybersecurity Competence Centre in Bucharest.", "Romania"},
		{"Kenya believes that capacity-building must be demand-driven.", "We recommend that the fund be open to all developing States.", "Kenya"},
		{reply, "The Gambia will also criminalise the spread of intimate images without consent.", "Gambia"},
	})
}
