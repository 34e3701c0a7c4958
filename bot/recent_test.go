package bot

import (
	"strings"
	"testing"
)

// TestRecentQuestions: a question with only a period asks for the
// statements first published in it, across the corpus, newest first
// (oldest first when asked), each with its own holder; undated ones are
// left out. A question with a country or a topic keeps its intent.
func TestRecentQuestions(t *testing.T) {
	b := datedBot(t, true)
	tests := []struct {
		q, intent, want, msg string
	}{
		{"anything since 2021?", IntentRecent, "Chile@2022 Ghana@2021-03-10", "2 statements by 2 countries, first published on or after 2021-01-01"},
		{"statements after 2020", IntentRecent, "Chile@2022 Ghana@2021-03-10", "newest first"},
		{"what was said in 2018", IntentRecent, "Ghana@2018-05 Chile@2018-05", "first published from 2018-01-01 to 2018-12-31"},
		{"the oldest statements", IntentRecent, "Ghana@2018-05 Chile@2018-05 Ghana@2021-03-10 Chile@2022", "ordered oldest first"},
		{"the latest statements", IntentRecent, "Chile@2022 Ghana@2021-03-10 Ghana@2018-05 Chile@2018-05", "4 statements with a date, by 2 countries"},
		{"¿algo desde 2021?", IntentRecent, "Chile@2022 Ghana@2021-03-10", "publicadas por primera vez"},
		{"quoi de neuf depuis 2021 ?", IntentRecent, "Chile@2022 Ghana@2021-03-10", "publiées pour la première fois"},
		{"anything from 2030?", IntentRecent, "", "No statement in the corpus was first published on or after 2030-01-01."},
		// A country or a topic keeps the question what it was.
		{"what does Ghana say on attribution since 2021?", IntentStance, "Ghana@2021-03-10", ""},
		{"who talks about attribution after 2021", IntentTheme, "Chile@2022", ""},
		// Chat's "what's new?": the newest statements, as "the latest".
		{"what's new?", IntentRecent, "Chile@2022 Ghana@2021-03-10 Ghana@2018-05 Chile@2018-05", "4 statements with a date, by 2 countries"},
		{"anything new since 2021?", IntentRecent, "Chile@2022 Ghana@2021-03-10", "first published on or after 2021-01-01"},
		{"any updates?", IntentRecent, "Chile@2022 Ghana@2021-03-10 Ghana@2018-05 Chile@2018-05", "newest first"},
		{"news?", IntentRecent, "Chile@2022 Ghana@2021-03-10 Ghana@2018-05 Chile@2018-05", "newest first"},
		{"¿qué hay de nuevo?", IntentRecent, "Chile@2022 Ghana@2021-03-10 Ghana@2018-05 Chile@2018-05", "de la más reciente a la más antigua"},
		{"quoi de neuf ?", IntentRecent, "Chile@2022 Ghana@2021-03-10 Ghana@2018-05 Chile@2018-05", "de la plus récente à la plus ancienne"},
		{"anything new from ghana?", IntentCountry, "Ghana@2021-03-10 Ghana@2018-05 Ghana@", "ordered newest first"},
		{"what's new on attribution", IntentTheme, "Ghana@2021-03-10 Chile@2018-05", "ordered newest first"},
		// "new" alone is no date word.
		{"who supports new norms", IntentTheme, "", ""},
	}
	for _, tt := range tests {
		r := b.Ask(tt.q, 5)
		if r.Intent != tt.intent || answerDates(r) != tt.want || !strings.Contains(r.Message, tt.msg) {
			t.Errorf("%q: intent %s, answers %q, message %q; want %s, %q, %q", tt.q, r.Intent, answerDates(r), r.Message, tt.intent, tt.want, tt.msg)
		}
	}
	if r := datedBot(t, false).Ask("anything since 2021?", 5); len(r.Answers) != 0 || !strings.Contains(r.Message, "was not applied") {
		t.Errorf("no dates: answers %d, message %q; want none and the note", len(r.Answers), r.Message)
	}
}

// TestRewriteKeepsPeriod: a follow-up naming only another country keeps
// the last question's period whole ("since 2025-09" lost its month, and
// "09" became a topic word); a follow-up on a new topic asks afresh.
func TestRewriteKeepsPeriod(t *testing.T) {
	c := datedBot(t, true).Corpus()
	for _, tt := range []struct{ last, rest, want string }{
		{"what does ghana say on attribution since 2021-03?", "and chile?", "what does Chile say on attribution since 2021-03"},
		{"what does ghana say on attribution since 2021?", "and chile?", "what does Chile say on attribution since 2021"},
		{"what does ghana say on attribution since 2021?", "sovereignty", "what does Ghana say on sovereignty"},
		{"what does ghana say on attribution?", "and chile?", "what does Chile say on attribution"},
	} {
		got, ok := rewrite(c, tt.last, tt.rest, "en")
		if !ok || got != tt.want {
			t.Errorf("rewrite(%q, %q) = %q, %v; want %q", tt.last, tt.rest, got, ok, tt.want)
		}
	}
}
