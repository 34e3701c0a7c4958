package bot

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// esfr25Bot is a Bot over testdata/esfr25, the corpus of Spanish
// defence, Dominican OEWG, SICA-MERCOSUR-CAN, Mexican column and
// round-table pages in Spanish, Tunisian-Mauritanian, Algerian (A3+),
// Chadian-Burundian-Djiboutian, Belgian and Comorian pages in French and a
// Seychelles page in English the twenty-fifth set of questions is asked on.
func esfr25Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/esfr25") }

// TestESFR25Questions runs testdata/esfr25-questions.tsv, Spanish and
// French questions (and some English ones) typed as in Slack and Matrix,
// with the "open: why" mark of TestAsked8Questions.
func TestESFR25Questions(t *testing.T) {
	runOpenQuestions(t, esfr25Bot(t), "testdata/esfr25-questions.tsv")
}

// TestESFR25Conversations runs testdata/esfr25-conversations.tsv through
// the follow-up middleware, one conversation per block.
func TestESFR25Conversations(t *testing.T) {
	runConversationsAt(t, esfr25Bot(t), "testdata/esfr25-conversations.tsv", time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC))
}

// TestAskedForWordsNoTopic: what a chat question asks for ("t'as qqch
// sur les comores ?", "tu as quelque chose sur le tchad ?", "¿y el resto
// de los países?") is no topic: the question is about the country, in
// French and Spanish, and a real topic after it is still read.
func TestAskedForWordsNoTopic(t *testing.T) {
	b := esfr25Bot(t)
	tests := []struct {
		q, country, topic string // topic: a theme the reading must hold ("" none)
	}{
		{"t'as qqch sur les comores ?", "Comoros", ""},
		{"tu as quelque chose sur le tchad ?", "Chad", ""},
		{"t'as qqchose sur djibouti", "Djibouti", ""},
		{"¿tienes algo de bolivia?", "Bolivia", ""},
		{"y el resto de paraguay?", "Paraguay", ""},
		// mirror: a topic after the asked-for words
		{"t'as qqch sur la tunisie et la convention de budapest ?", "Tunisia", "cybercrime"},
	}
	for _, tt := range tests {
		r := b.Ask(tt.q, 0)
		if !slices.Contains(r.Countries, tt.country) || len(r.Answers) == 0 {
			t.Errorf("%q: countries %v, %d answers (%s)", tt.q, r.Countries, len(r.Answers), r.Message)
		}
		if tt.topic == "" && strings.Contains(r.Message, "qqch") || tt.topic != "" && !slices.Contains(r.Themes, tt.topic) {
			t.Errorf("%q: themes %v, message %q", tt.q, r.Themes, r.Message)
		}
	}
}
