package slack

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/adapters"
	"github.com/stancebot/stancebot/adapters/slack/fakeslack"
	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/delivery"
)

// A digest of several messages asks the send guard before each one and
// stops at the first refusal (a leader that lost its lease): the messages
// before it are posted, none after, and Send returns the refusal.
func TestSendStopsWhenTheGuardRefuses(t *testing.T) {
	d := &bot.Digest{Name: "weekly", CorpusVersion: "v1"}
	for th := range 3 {
		dt := bot.DigestTheme{Theme: fmt.Sprintf("theme %d", th)}
		for c := range 9 {
			dt.Entries = append(dt.Entries, bot.DigestEntry{Country: fmt.Sprintf("Country %d-%d", th, c),
				Text: strings.Repeat("A long position, clause by clause. ", 110), Sources: []string{"s"}})
		}
		d.Themes = append(d.Themes, dt)
	}
	r := bot.Reply{Intent: bot.IntentDigest, Digest: d}
	if n := len(render(r)); n < 3 {
		t.Fatalf("the digest renders as %d messages, want at least 3", n)
	}
	for _, allowed := range []int{0, 1, 2} {
		t.Run(fmt.Sprintf("refused after %d", allowed), func(t *testing.T) {
			fs := fakeslack.New(t)
			h := start(t, fs, nil, nil, nil)
			asked := 0
			ctx := adapters.WithSendKey(context.Background(), "digest/digest:weekly/slack:C0400/1775000000", time.Time{})
			ctx = adapters.WithSendGuard(ctx, func(context.Context) error {
				asked++
				if asked > allowed {
					return fmt.Errorf("hold slot: %w", delivery.ErrFenced)
				}
				return nil
			})
			err := h.a.Send(ctx, "C0400", r)
			if !errors.Is(err, delivery.ErrFenced) {
				t.Errorf("Send = %v, want the guard's refusal", err)
			}
			if n := len(fs.Calls("chat.postMessage")); n != allowed {
				t.Errorf("%d messages posted, want %d (those before the refusal)", n, allowed)
			}
		})
	}
}
