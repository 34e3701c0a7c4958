package matrix_test

import (
	"context"
	"strings"
	"testing"

	"maunium.net/go/mautrix/event"

	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/seeds"
)

// The real bot over the embedded seeds, end to end through Matrix.
func TestRealBotOnSeeds(t *testing.T) {
	c, err := corpus.Load(context.Background(), seeds.FS, corpus.Options{})
	if err != nil {
		t.Fatalf("load seeds: %v", err)
	}
	e := newEnv(t)
	e.handler = bot.New(c)
	e.startBot()
	room := e.dmRoom()

	_, reply := e.ask(room, "what does Peru say on attribution?")
	m := reply.Content.AsMessage()
	if m.MsgType != event.MsgNotice {
		t.Errorf("msgtype = %q, want m.notice", m.MsgType)
	}
	if !strings.Contains(m.FormattedBody, "<b>Peru</b>") || !strings.Contains(m.FormattedBody, "<blockquote>") {
		t.Errorf("reply does not show Peru's statement:\n%s", m.FormattedBody)
	}
	for _, id := range []string{"000_1ebf36fdb85f7c30", "001_a79107312ff06e8a", "002_b44b26f2b45a15c3", "003_b51f9da9da894e76", "004_a60c58689f941b60"} {
		if !strings.Contains(m.FormattedBody, "<code>"+id+"</code>") || !strings.Contains(m.Body, id) {
			t.Errorf("reply lacks source %s:\n%s", id, m.Body)
		}
	}
	// The seeds' citations (seeds/sources.tsv), newest first, three and "N more".
	if !strings.Contains(m.FormattedBody, "<li><i>Cyber Diplomacy Atlas: Peru, Cuba and South Korea compared</i>, EU Cyber Direct, <code>000_1ebf36fdb85f7c30</code></li>") ||
		!strings.Contains(m.Body, "- “Cyber Diplomacy Atlas: Peru, Cuba and South Korea compared”, EU Cyber Direct [000_1ebf36fdb85f7c30]") ||
		!strings.Contains(m.Body, "- 2 more: 003_b51f9da9da894e76, 004_a60c58689f941b60") {
		t.Errorf("reply lacks the seed citations:\n%s\n%s", m.FormattedBody, m.Body)
	}

	_, cmp := e.ask(room, "!stance compare Peru and Cuba")
	body := cmp.Content.AsMessage().FormattedBody
	for _, want := range []string{"<b>Peru</b>", "<b>Cuba</b>"} {
		if !strings.Contains(body, want) {
			t.Errorf("compare reply lacks %s:\n%s", want, body)
		}
	}
}
