package slack

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stancebot/stancebot/bot"
)

// The answer's buttons are labelled in the reply's language.
func TestActionsBlockInReplyLanguage(t *testing.T) {
	for code, want := range map[string][]string{
		"":   {`"More"`, `"Sources"`},
		"es": {`"Más"`, `"Fuentes"`},
		"fr": {`"Plus"`, `"Sources"`},
	} {
		b, err := json.Marshal((&Adapter{}).actionsBlock(bot.Reply{Lang: code, Intent: bot.IntentStance}, recordRef{Room: "C1", ID: "1"}))
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range want {
			if !strings.Contains(string(b), w) {
				t.Errorf("%q: buttons %s lack %s", code, b, w)
			}
		}
	}
}
