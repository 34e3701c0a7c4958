package slack

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stancebot/stancebot/bot"
)

// A digest of long statements is split over messages that each stay
// within maxMessageText characters of block text, in order, with nothing
// cut (a digest is never answered with "…and N more").
func TestRenderDigestLongStatementsWithinTextLimit(t *testing.T) {
	d := &bot.Digest{Name: "monthly", CorpusVersion: "v1"}
	n := 0
	for th := range 3 {
		dt := bot.DigestTheme{Theme: fmt.Sprintf("theme %d", th)}
		for c := range 9 {
			dt.Entries = append(dt.Entries, bot.DigestEntry{Country: fmt.Sprintf("Country %02d", n),
				Text: strings.Repeat(fmt.Sprintf("Position %02d, clause. ", c), 120), Sources: []string{"s"}})
			n++
		}
		d.Themes = append(d.Themes, dt)
	}
	msgs := render(bot.Reply{Intent: bot.IntentDigest, Digest: d})
	var all strings.Builder
	for i, m := range msgs {
		if got := blocksText(m.Blocks); got > maxMessageText {
			t.Errorf("message %d carries %d characters of block text, want ≤ %d", i, got, maxMessageText)
		}
		for _, s := range sectionTexts(t, m) {
			all.WriteString(s + "\n")
		}
	}
	last := -1
	for i := range n {
		at := strings.Index(all.String(), fmt.Sprintf("*Country %02d*", i))
		if at < 0 || at < last {
			t.Fatalf("Country %02d missing or out of order (at %d, after %d)", i, at, last)
		}
		last = at
	}
}
