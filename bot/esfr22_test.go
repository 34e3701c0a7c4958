package bot

import (
	"testing"
	"time"
)

// esfr22Bot is a Bot over testdata/esfr22, the corpus of Costa Rican,
// Uruguayan, Honduran-Guatemalan, Argentine and UN working-group (Panama,
// Equatorial Guinea, Paraguay) pages in Spanish, Senegalese, DR Congo,
// Swiss, Togolese-Nigerien and OIF (Haiti, Luxembourg, Djibouti) pages in
// French and a Rwandan page in English the twenty-second set of questions
// is asked on.
func esfr22Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/esfr22") }

// TestESFR22Questions runs testdata/esfr22-questions.tsv, Spanish and
// French questions (and some mixed with English) typed as in Slack and
// Matrix, with the "open: why" mark of TestAsked8Questions.
func TestESFR22Questions(t *testing.T) {
	runOpenQuestions(t, esfr22Bot(t), "testdata/esfr22-questions.tsv")
}

// TestESFR22Conversations runs testdata/esfr22-conversations.tsv through
// the follow-up middleware, one conversation per block.
func TestESFR22Conversations(t *testing.T) {
	runConversationsAt(t, esfr22Bot(t), "testdata/esfr22-conversations.tsv", time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC))
}

// TestFollowUpWordLang: a one-word follow-up only one language uses
// ("fuentes", "pourquoi") answers in that language, whatever language the
// thread went on in ("fuentes" after "et le rwanda ?" was answered in
// French, esfr22); a word English and French share ("sources") or a
// message of more words decides nothing.
func TestFollowUpWordLang(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"fuentes", "es"},
		{"¿fuentes?", "es"},
		{"referencias", "es"},
		{"pourquoi ?", "fr"},
		// Mirrors.
		{"sources", ""},
		{"sources?", ""},
		{"y las fuentes de chile sobre ransomware por favor", ""},
	} {
		if got := followUpWordLang(c.text); got != c.want {
			t.Errorf("followUpWordLang(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
