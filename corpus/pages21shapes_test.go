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
