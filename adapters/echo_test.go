package adapters

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stancebot/stancebot/bot"
)

func TestCapEcho(t *testing.T) {
	long := strings.Repeat("ransomware insurance premiums rising ", 300) // 11,100 characters
	noisy := strings.Repeat("qué pasa con la ciberseguridad marítima ", 200)
	tests := []struct {
		name     string
		question string
		message  string
		wantMax  int    // the longest message allowed
		keep     string // text that must stay
	}{
		{"short question untouched", "what does Chile say on norms", "The corpus has no statement by Chile on norms", 1 << 20, "by Chile on norms"},
		{"whole echo cut", long, "No country in the corpus speaks on " + long, 35 + MaxEcho + 10, "No country in the corpus speaks on"},
		{"topic words echoed", "what does Ghana say on " + long, "The corpus has no statement by Ghana on " + strings.TrimSpace(long) + ".", 40 + MaxEcho + 10, "The corpus has no statement by"},
		{"accented words", noisy, "Nada sobre " + noisy, 12 + MaxEcho + 10, "Nada sobre"},
		{"own long text kept", long, strings.Repeat("Sources:\n1. Kenya, statement of 2021\n", 20), 1 << 20, "Kenya, statement of 2021"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := CapEcho(bot.Reply{Message: tc.message, Query: tc.question,
				Answers: []bot.Answer{{Country: "Ghana", Text: long}}}, tc.question)
			if n := utf8.RuneCountInString(r.Message); n > tc.wantMax {
				t.Errorf("message is %d characters, want ≤ %d: %.300q", n, tc.wantMax, r.Message)
			}
			if !strings.Contains(r.Message, tc.keep) {
				t.Errorf("message lost %q: %.300q", tc.keep, r.Message)
			}
			if len(tc.question) > MaxEcho && utf8.RuneCountInString(strings.TrimSpace(r.Query)) > MaxEcho+1 {
				t.Errorf("query echoed at %d characters", utf8.RuneCountInString(r.Query))
			}
			if r.Answers[0].Text != long {
				t.Error("a statement was cut: only the bot's own text may be")
			}
			if !utf8.ValidString(r.Message) {
				t.Error("cut inside a character")
			}
		})
	}
	// Parts are capped too.
	r := CapEcho(bot.Reply{Parts: []bot.Reply{{Message: "About " + long}}}, long)
	if n := utf8.RuneCountInString(r.Parts[0].Message); n > 6+MaxEcho+2 {
		t.Errorf("part message is %d characters", n)
	}
}
