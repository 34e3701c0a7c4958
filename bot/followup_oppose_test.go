package bot

import "testing"

// TestOpposeFollowUp: "does anyone oppose it" after a reply asks who
// opposes its topic, "who disagrees?" ("who said the opposite?", "¿alguien
// no está de acuerdo?", "qui a dit le contraire ?") who else speaks on it; with no topic before, or with a topic of its own, it
// is no such follow-up.
func TestOpposeFollowUp(t *testing.T) {
	b := asked7Bot(t)
	rec := ReplyRecord{Question: "compare nepal, bangladesh and tanzania on data localisation", Lang: "en"}
	for _, tt := range []struct {
		rec      ReplyRecord
		in, want string
	}{
		{rec, "does anyone oppose it", "who opposes data localisation"},
		{rec, "<@U1> anyone against it?", "who opposes data localisation"},
		{ReplyRecord{Question: "bangladesh on data localisation", Lang: "en", Earlier: []string{"Bangladesh"}}, "who disagrees?", "who talks about data localisation besides Bangladesh"},
		// "the opposite", "lo contrario", "pas d'accord": who else, as "who disagrees?".
		{ReplyRecord{Question: "bangladesh on data localisation", Lang: "en", Earlier: []string{"Bangladesh"}}, "who said the opposite?", "who talks about data localisation besides Bangladesh"},
		{ReplyRecord{Question: "nepal on data localisation", Lang: "en", Earlier: []string{"Nepal"}}, "ok, anyone say otherwise?", "who talks about data localisation besides Nepal"},
		{ReplyRecord{Question: "que dice nepal sobre la localizacion de datos", Lang: "es", Earlier: []string{"Nepal"}}, "¿alguien no está de acuerdo?", "who talks about data protection besides Nepal"},
		{ReplyRecord{Question: "que dit la tanzanie sur la localisation des données", Lang: "fr", Earlier: []string{"Tanzania"}}, "quelqu’un n'est pas d'accord ?", "who talks about data protection besides Tanzania"},
		{ReplyRecord{Question: "que dit la tanzanie sur la localisation des données", Lang: "fr", Earlier: []string{"Tanzania"}}, "qui a dit le contraire ?", "who talks about data protection besides Tanzania"},
		{rec, "who said the opposite of nepal", ""},
		{rec, "does anyone oppose sanctions", ""},
		{ReplyRecord{Question: "nepal", Lang: "en"}, "anyone against it", ""},
	} {
		got, _ := opposeFollowUp(b.Corpus(), tt.rec, tt.in)
		if got != tt.want {
			t.Errorf("opposeFollowUp(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
