package corpus

import "testing"

// TestFrontedRelativeClause holds a paragraph opening "Unlike X, which …,
// Y argues" by Y, in English, Spanish and French: the relative clause's
// verb is X's, inside the fronted phrase, not a second subject.
func TestFrontedRelativeClause(t *testing.T) {
	tests := []struct {
		name, page string
		want       []held
	}{
		{"unlike, which", "Unlike Brazil, which has long resisted the application of countermeasures in cyberspace, Argentina argues that collective countermeasures may be lawful.\n",
			[]held{{"Argentina", "Unlike Brazil, which"}}},
		{"like, which", "Like Kenya, which hosted the regional workshop, Uganda called for more training.\n",
			[]held{{"Uganda", "Like Kenya"}}},
		{"Spanish, que", "A diferencia del Brasil, que se opone a las contramedidas, la Argentina sostiene que son lícitas.\n",
			[]held{{"Argentina", "A diferencia"}}},
		{"French, qui", "Contrairement au Maroc, qui soutient un traité, la Tunisie préfère les normes volontaires.\n",
			[]held{{"Tunisia", "Contrairement au Maroc"}}},
		{"mirror: the subject's own relative clause", "Brazil, which has long resisted countermeasures, now accepts them in narrow cases.\n",
			[]held{{"Brazil", "Brazil, which"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkHeld(t, tt.page, tt.want)
		})
	}
}
