package corpus

import "testing"

// TestLabelledAbsence: a roundup's entry labelled by its State (in
// capitals or not) that only says the State, or a body of it, did not
// comment is nobody's statement, in English, Spanish and French; one that
// goes on to what it said is still the State's.
func TestLabelledAbsence(t *testing.T) {
	g := DefaultGazetteer()
	for _, c := range []struct {
		p      string
		absent bool
	}{
		{"TUNISIA: Tunisia, where internet traffic was also disrupted for several hours, has not commented.", true},
		{"LIBYA: The Government of National Unity declined to comment when contacted by Medwire.", true},
		{"Estonia: Estonia has not responded.", true},
		{"KENYA: The Ministry of Foreign Affairs did not respond to a request for comment.", true},
		{"HONDURAS: Honduras no respondió a las consultas de este diario.", true},
		{"TCHAD : Le Tchad n'a pas réagi.", true},
		{"MALTA: Prime Minister Robert Camilleri condemned the attack and said Malta would ask for sanctions.", false},
		{"CYPRUS: Cyprus has not commented on attribution but said it stands with Malta.", false},
		{"CHILE: Chile condenó el ataque.", false},
	} {
		_, ev, kind := g.turnLabel(c.p)
		if got := kind == labelCountry && g.labelledAbsence(c.p, ev); got != c.absent {
			t.Errorf("labelledAbsence(%q) = %v, want %v (label %q, kind %v)", c.p, got, c.absent, ev, kind)
		}
	}
}

// TestEnvoyByline: an op-ed bylined by one State's envoy to another ("By
// H.E. …, Ambassador of Mauritania to Senegal") is the envoy's State's,
// its paragraphs opening on the host country included, in English, Spanish
// and French; mirrors: a byline by a journalist keeps the host's own
// paragraph the host's.
func TestEnvoyByline(t *testing.T) {
	tests := []struct {
		name string
		page string
		want []held
	}{
		{"en", "Why we must secure our cables\n\nBy H.E. Mr. Ahmed Salem Ould Cheikh, Ambassador of the Islamic Republic of Mauritania to the Republic of Senegal\n\n" +
			"Senegal has shown the way with its national strategy, and we should follow it.\n\n" +
			"That is why Mauritania will propose a joint exercise of our response teams.\n",
			[]held{{"Mauritania", "Senegal has shown"}, {"Mauritania", "That is why"}}},
		{"en high commissioner", "Small States and the cyber treaty\n\nBy Dr. Anne Mwale, High Commissioner of Malawi to Kenya\n\n" +
			"Kenya has led the region on cybercrime law, and its courts have been busy.\n",
			[]held{{"Malawi", "Kenya has led"}}},
		{"es", "Por qué necesitamos cooperar\n\nPor Ana Ruiz, Embajadora de Chile en Uruguay\n\n" +
			"Uruguay ha mostrado el camino con su agencia de gobierno electrónico.\n",
			[]held{{"Chile", "Uruguay ha mostrado"}}},
		{"fr", "Sécuriser nos câbles\n\nPar S.E. Mme Awa Diallo, Ambassadrice du Mali au Sénégal\n\n" +
			"Le Sénégal a montré la voie avec sa stratégie nationale.\n",
			[]held{{"Mali", "Le Sénégal a montré"}}},
		// Mirror: a journalist's byline names no envoy.
		{"journalist", "Senegal's plan\n\nBy Awa Ndiaye, correspondent in Dakar\n\n" +
			"Senegal has adopted a national strategy for its landing stations.\n",
			[]held{{"Senegal", "Senegal has adopted"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkHeld(t, tt.page, tt.want) })
	}
}
