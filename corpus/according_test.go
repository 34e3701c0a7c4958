package corpus

import (
	"strings"
	"testing"
)

// heldAfterLead loads lead and para as one page and returns the holder of
// the statement holding para's opening words ("" when none does).
func heldAfterLead(t *testing.T, lead, para string) string {
	t.Helper()
	c := loadPage(t, lead+para+"\n")
	open := para[:min(len(para), 24)]
	for _, s := range c.Statements() {
		if strings.Contains(s.Text, open) {
			return s.Country
		}
	}
	return ""
}

// heldRow is a paragraph and the holder heldAfterLead must give it.
type heldRow struct{ para, want string }

// checkHeldAfterLead checks each row's paragraph, loaded after lead, is
// held by the row's holder.
func checkHeldAfterLead(t *testing.T, lead string, rows []heldRow) {
	t.Helper()
	for _, tt := range rows {
		if got := heldAfterLead(t, lead, tt.para); got != tt.want {
			t.Errorf("%q is held by %q, want %q", tt.para, got, tt.want)
		}
	}
}

// TestAccordingToOfficial: "According to <a country's official>, <another
// country> …" ("Según el canciller de …", "Selon le ministre …") is the official's country's, not the clause subject's;
// "according to" a country itself or to no country keeps its reading.
func TestAccordingToOfficial(t *testing.T) {
	const lead = "Togo will host the regional cyber forum in Lomé next year.\n\n"
	tests := []heldRow{
		{"According to Togo's foreign minister, Benin is a close partner in fighting cybercrime.", "Togo"},
		{"According to the Nigerian ambassador, Ghana supports a binding convention on cybercrime.", "Nigeria"},
		{"According to Kenya's government, Uganda has adopted a new cybercrime law.", "Kenya"},
		{"For Togo's minister, Benin is a model in fighting cybercrime.", "Togo"},
		{"In the words of Togo's minister, Benin is a model in fighting cybercrime.", "Togo"},
		{"Según el canciller de Togo, Benín es un socio cercano en la lucha contra la ciberdelincuencia.", "Togo"},
		{"Selon le ministre des Affaires étrangères du Togo, le Bénin est un partenaire proche.", "Togo"},
		{"D'après l'ambassadeur du Togo, le Bénin est un partenaire proche dans la lutte contre la cybercriminalité.", "Togo"},
		{"De acuerdo con el ministro togolés, Benín es un socio cercano en la lucha contra la ciberdelincuencia.", "Togo"},
		// Neighbours.
		{"According to Kenya, the draft convention goes too far on data retention.", "Kenya"},
		{"For Benin, the cybercrime convention must protect human rights online.", "Benin"},
		{"Según España, el convenio va demasiado lejos en la conservación de datos.", "Spain"},
		{"Selon le rapport, le Bénin est un partenaire proche dans la lutte contre la cybercriminalité.", "Benin"},
		{"De acuerdo con el informe, Benín es un socio cercano en la lucha contra la ciberdelincuencia.", "Benin"},
		{"According to the report, Ghana supports a binding convention on cybercrime.", "Ghana"},
		{"According to Togo's foreign minister, the two countries will cooperate on cybercrime.", "Togo"},
	}
	checkHeldAfterLead(t, lead, tests)
}

// TestTrailingSpeaker: a sentence ending in a reporting clause that names
// a country's official ("…, the Togolese foreign minister said.") is
// that country's, not the country it is about, and so is one naming the
// country itself ("…, Nigeria said."); a clause holding more than a speaker,
// a verb and adjuncts after them keeps the subject.
func TestTrailingSpeaker(t *testing.T) {
	const lead = "Togo will host the regional cyber forum in Lomé next year.\n\n"
	tests := []heldRow{
		{"Benin is a close partner in fighting cybercrime, the Togolese foreign minister said.", "Togo"},
		{"Chile has long backed these norms, said Peru's representative.", "Peru"},
		{"Kenya is ready to help with capacity building, Uganda's minister told reporters.", "Uganda"},
		{"Fiji is a model for the region on cyber resilience, the minister of foreign affairs of Samoa said.", "Samoa"},
		{"Benin is a close partner in fighting cybercrime, Togo's foreign minister said on Tuesday in Lomé.", "Togo"},
		{"Benin is a close partner in fighting cybercrime, Togo said in a statement.", "Togo"},
		{"Ghana supports a binding convention on cybercrime, Nigeria said.", "Nigeria"},
		{"Benin, the Togolese minister said, is a close partner in fighting cybercrime.", "Togo"},
		{"Benin adopted its cybercrime law in 2018, Togo's minister recalled.", "Togo"},
		{"Benin is a model for the region, according to Togo's foreign minister.", "Togo"},
		{"Benín es un modelo para la región, según el canciller togolés.", "Togo"},
		{"Le Bénin est un modèle pour la région, selon le ministre togolais.", "Togo"},
		{"Benin has a strong cybercrime law, the Togolese minister explained to the committee.", "Togo"},
		{"Benín es un socio cercano en la lucha contra la ciberdelincuencia, dijo el canciller togolés.", "Togo"},
		{"Le Bénin est un partenaire proche dans la lutte contre la cybercriminalité, a déclaré le ministre togolais.", "Togo"},
		{"Benín, afirmó el canciller togolés, es un socio cercano en la lucha contra la ciberdelincuencia.", "Togo"},
		// Neighbours.
		{"Ghana supports a binding convention on cybercrime, Ghana's ambassador said.", "Ghana"},
		{"Ghana supports a binding convention on cybercrime, a position Nigeria shares.", "Ghana"},
		{"Benin is a model for the region, according to the report.", "Benin"},
		{"Benín es un modelo para la región, según el informe.", "Benin"},
		{"Benin, a close partner of Togo, has adopted a new cybercrime law.", "Benin"},
		{"Benin, like Togo, has adopted a new cybercrime law.", "Benin"},
		{"Benín ha adoptado una nueva ley sobre ciberdelincuencia, como Togo.", "Benin"},
		{"Le Bénin a adopté une nouvelle loi sur la cybercriminalité, comme le Togo.", "Benin"},
		{"Ghana supports a binding convention on cybercrime, as Nigeria has long argued.", "Ghana"},
		{"Chile supports the draft on cyber norms, and the Peruvian delegate agreed with it.", "Chile"},
		{"Morocco supports the initiative on capacity building, the Moroccan delegate said.", "Morocco"},
	}
	checkHeldAfterLead(t, lead, tests)
}

// TestPossessiveTakenUpBy: another country's proposal taken up in a
// passive by a country ("was welcomed by Togo") is that country's
// position; a person received, or a verb of no position, keeps the
// possessive's reading.
func TestPossessiveTakenUpBy(t *testing.T) {
	const lead = "Togo will host the regional cyber forum in Lomé next year.\n\n"
	tests := []heldRow{
		{"Benin's proposal for a regional CERT was welcomed by Togo.", "Togo"},
		{"Chile's draft resolution on cyber norms was strongly opposed by Peru.", "Peru"},
		// Neighbours.
		{"Benin's proposal for a regional CERT was presented at the forum.", "Benin"},
		{"Benin's proposal for a regional CERT was welcomed by several delegations.", "Benin"},
		{"Benin's minister was received by the Togolese president in Lomé.", "Benin"},
		{"Benin's proposal for a regional CERT has won wide support.", "Benin"},
	}
	checkHeldAfterLead(t, lead, tests)
}
