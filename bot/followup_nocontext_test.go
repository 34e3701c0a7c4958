package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/stancebot/stancebot/conversation"
)

// TestFollowUpWithoutContext: a bare follow-up word with no earlier
// question in the conversation (or no conversation at all) says so, in the
// word's language, instead of searching the word as a topic; once a
// question is asked, the same word continues it.
func TestFollowUpWithoutContext(t *testing.T) {
	b := altBot(t)
	tests := []struct {
		text, room, lang, want string
	}{
		{"sources", "r1", "", "no earlier question"},
		{"more please", "r2", "", "no earlier question"},
		{"why?", "", "", "no earlier question"},
		{"¿más?", "r3", "es", "No hay una pregunta anterior"},
		{"pourquoi ?", "r4", "fr", "pas de question précédente"},
	}
	for _, tt := range tests {
		h := followUpHandler(b, &conversation.Memory{})
		q := Question{Text: tt.text, Platform: "console", Room: tt.room}
		if tt.room == "" {
			q.Platform = ""
		}
		r := h.Handle(context.Background(), q)
		if !strings.Contains(r.Message, tt.want) || r.Lang != tt.lang || len(r.Answers) != 0 {
			t.Errorf("%q: lang %q, %d answers, message %q; want %q in %q", tt.text, r.Lang, len(r.Answers), r.Message, tt.lang, tt.want)
		}
	}
	ask := conversationIn(b)
	ask("what does Japan say on countermeasures?")
	if r := ask("sources"); !strings.Contains(r.Message, "Sources of the last reply") {
		t.Errorf("sources after a question: %q", r.Message)
	}
	// "more" past the last answer says so, in the conversation's language;
	// Spanish "más" alone asks for more (it is also filler: "dame más").
	first := ask("who talks about countermeasures?")
	var r Reply
	for i := 0; i < 10 && (i == 0 || len(r.Answers) > 0); i++ {
		r = ask("more")
	}
	if len(first.Answers) == 0 || len(r.Answers) != 0 || !strings.Contains(r.Message, "no more statements for “who talks about countermeasures?”") {
		t.Errorf("more past the end: %d answers, %q", len(r.Answers), r.Message)
	}
	ask("¿qué dice Japón sobre las contramedidas?")
	if r := ask("más"); r.Lang != "es" || strings.Contains(r.Message, "Pregúnteme") {
		t.Errorf("más: lang %q, message %q", r.Lang, r.Message)
	}
}
