package bot

import "testing"

// TestCorrectionFollowUp backs correctionFollowUp: corrections and goings
// back are read as "what about …"; their neighbours, which only look like
// one, are left alone.
func TestCorrectionFollowUp(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"no, i meant timor-leste", "what about timor-leste"},
		{"sorry, i meant fiji", "what about fiji"},
		{"i meant ransomware", "what about ransomware"},
		{"sorry, fiji not colombia", "what about fiji"},
		{"fiji, not colombia", "what about fiji"},
		{"sorry, fiji not fiji's neighbour", "what about fiji"},
		{"non, je voulais dire la guinee", "what about la guinee"},
		{"perdon, quise decir chile", "what about chile"},
		{"back to the treaty question", "what about the treaty question"},
		{"volvamos a uruguay", "what about uruguay"},
		{"revenons a la jordanie", "what about la jordanie"},
		// A going back with the topic asked after it, set off by a comma
		// or colon (threads23).
		{"back to lesotho, what about cybercrime", "what about lesotho on cybercrime"},
		{"back to kenya: and on cables", "what about kenya on cables"},
		{"volvamos a chile, ¿y sobre ransomware", "what about chile on ransomware"},
		{"revenons a la centrafrique : et sur la convention de malabo", "what about la centrafrique on la convention de malabo"},
		// Neighbours that must not change.
		{"does fiji not agree", ""},
		{"no", ""},
		{"sorry", ""},
		{"what does fiji say about ransomware", ""},
		{"why not fiji", ""},
		{"no statement from fiji", ""},
		{"i meant", ""},
	} {
		got, _, ok := correctionFollowUp(tc.in)
		if !ok {
			got = ""
		}
		if got != tc.want {
			t.Errorf("correctionFollowUp(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestCorrectionLang backs the language correctionFollowUp gives a
// Spanish or French cue; an English cue gives none (the thread's stays).
func TestCorrectionLang(t *testing.T) {
	for in, want := range map[string]string{"no, me referia a islandia": "es", "non, je voulais dire la guinee": "fr",
		"volvamos a peru": "es", "no, i meant panama": "", "sorry, fiji not colombia": ""} {
		if _, got, _ := correctionFollowUp(in); got != want {
			t.Errorf("correctionFollowUp(%q) language %q, want %q", in, got, want)
		}
	}
}

// TestThreadAsksSpanishFrench backs the Spanish and French neighbour and
// everyone-else asks; "voisins" inside a question is no ask.
func TestThreadAsksSpanishFrench(t *testing.T) {
	for _, tc := range []struct {
		in         string
		neighbours bool
		others     bool
	}{
		{"et ses voisins", true, false},
		{"y sus vecinos", true, false},
		{"what about everyone", false, true},
		{"et les autres", false, true},
		{"y los demas", false, true},
		{"que disent les voisins du tchad", false, false},
		{"everyone on ransomware", false, false},
	} {
		if got := neighbourAsks[tc.in]; got != tc.neighbours {
			t.Errorf("neighbourAsks[%q] = %v, want %v", tc.in, got, tc.neighbours)
		}
		if got := othersAsks[tc.in]; got != tc.others {
			t.Errorf("othersAsks[%q] = %v, want %v", tc.in, got, tc.others)
		}
	}
}
