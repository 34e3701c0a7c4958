package corpus

import (
	"context"
	"testing"
	"testing/fstest"
)

// TestOutletQuestionIsAside: in an interview, the outlet's turns ("Baltic
// Review: … Do you agree?", "El Faro: ¿…?", "Jeune Afrique : … ?") are
// questions, nobody's, shown with the answer after them, whoever they name;
// the answer stays the interviewee's. Mirrors: a country's label, an
// office's turn ending in a question, and a turn that asks nothing.
func TestOutletQuestionIsAside(t *testing.T) {
	const head = "Interview with Estonia's digital minister\n\nEstonia will not accept cyber operations against its elections, the minister said.\n\n"
	tests := []struct {
		q, a   string
		holder string // the answer's holder; the question is shown with it
		joined bool   // the question is shown with the answer
	}{
		{"Baltic Review: Lithuania's president said last week that attribution should be coordinated at EU level. Do you agree?", "Minister: Coordination is good, but national attribution remains a sovereign decision.", "Estonia", true},
		{"Baltic Review: Minister, Latvia has proposed a joint Baltic cyber reserve. Is Estonia on board?", "Minister: A reserve is welcome if it is integrated into NATO structures.", "Estonia", true},
		{"El Faro: ¿Qué opina de la propuesta de Letonia sobre una reserva cibernética?", "Ministro: Apoyamos una reserva si se integra en la OTAN.", "Estonia", true},
		{"Jeune Afrique : La Lettonie propose une réserve cyber commune. Êtes-vous d'accord ?", "Ministre : Nous la soutenons si elle est intégrée à l'OTAN.", "Estonia", true},
		// mirrors
		{"Latvia: How can attribution be credible without evidence?", "Minister: Attribution is a sovereign decision.", "", false},
		{"Baltic Review: The interview was conducted in Tallinn.", "Minister: Attribution is a sovereign decision.", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.q[:16], func(t *testing.T) {
			c := loadPage(t, head+tt.q+"\n\n"+tt.a+"\n")
			var qHolder, aHolder string
			joined := false
			for _, s := range c.Statements() {
				switch {
				case s.Text == tt.q+" "+tt.a:
					joined, aHolder = true, s.Country
				case s.Text == tt.q:
					qHolder = s.Country
				case s.Text == tt.a:
					aHolder = s.Country
				}
			}
			if joined != tt.joined {
				t.Errorf("question joined to its answer: %v, want %v", joined, tt.joined)
			}
			if tt.joined && aHolder != tt.holder {
				t.Errorf("answer held by %q, want %q", aHolder, tt.holder)
			}
			if !tt.joined && qHolder == "Lithuania" {
				t.Errorf("question held by %q", qHolder)
			}
		})
	}
}

// loadPage loads one page as a corpus of its own.
func loadPage(t *testing.T, page string) *Corpus {
	t.Helper()
	c, err := Load(context.Background(), fstest.MapFS{"p.txt": {Data: []byte(page)}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return c
}
