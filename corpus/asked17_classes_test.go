package corpus

import "testing"

// TestCausativeObjectActs: a paragraph with no country as its subject
// whose sentence makes a country act through a causative verb ("… has
// prompted Namibia to review its networks", "forced Ghana to adopt") is
// that country's, never the previous paragraph's holder's, who is not
// named in it. Mirrors: a country that is the causative's subject holds
// it, "to" before a noun phrase is no action ("led Kenya to the
// conclusion" keeps the block), and a paragraph with a subject keeps it.
func TestCausativeObjectActs(t *testing.T) {
	before := "Zimbabwe, by contrast, has made the new convention the centre of its policy."
	checkHolderCases(t, []holderCase{
		{before, "Salt Typhoon, the espionage campaign that breached telecommunications networks in dozens of countries, has also prompted Namibia to review the security of its core networks, the regulator said.", "Namibia"},
		{before, "The attack on the central bank forced Ghana to adopt an emergency cybersecurity law.", "Ghana"},
		{before, "The outage led Kenya to create a national incident response team.", "Kenya"},
		// Mirrors.
		{before, "Namibia has prompted Botswana to review the security of its networks.", "Namibia"},
		{before, "The new law also requires licensing of data controllers, and the ministry said it had led the region to the adoption of similar rules.", "Zimbabwe"},
		{before, "The attack on the central bank led Kenya to the conclusion that a treaty is needed.", "Zimbabwe"},
	})
}
