package bot

import (
	"testing"

	"github.com/stancebot/stancebot/feedback"
)

// Every feedback reason has a label in each language, and none is the
// English one in Spanish or French.
func TestReasonLabels(t *testing.T) {
	for _, r := range feedback.Reasons {
		en := T("en", "reason-"+r)
		if en == "" || en == "reason-"+r {
			t.Errorf("reason %s has no English label", r)
		}
		for _, code := range []string{"es", "fr"} {
			if l := T(code, "reason-"+r); l == "" || l == en {
				t.Errorf("reason %s in %s: %q", r, code, l)
			}
		}
	}
}

func TestLabelsOriginal(t *testing.T) {
	for _, tc := range []struct{ reply, stmt, want string }{
		{"en", "", ""},
		{"", "fr", "statement in French"},
		{"en", "es", "statement in Spanish"},
		{"es", "", "declaración en inglés"},
		{"es", "es", ""},
		{"es", "fr", "declaración en francés"},
		{"fr", "", "déclaration en anglais"},
		{"fr", "es", "déclaration en espagnol"},
		{"fr", "fr", ""},
	} {
		if got := LabelsFor(tc.reply).Original(tc.stmt); got != tc.want {
			t.Errorf("reply %q, statement %q: %q, want %q", tc.reply, tc.stmt, got, tc.want)
		}
	}
}
