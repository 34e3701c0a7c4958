package slack

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/stancebot/stancebot/adapters"
	"github.com/stancebot/stancebot/adapters/slack/fakeslack"
	"github.com/stancebot/stancebot/bot"
)

// Delivered (the scheduler's check of a digest slot left unconfirmed)
// says yes only when every message of the send is in the channel; a send
// cut short after its first message is not delivered, and sending it again
// with a since posts only the missing message.
func TestDeliveredNeedsEveryPart(t *testing.T) {
	meta := func(key string, parts int) string {
		return fmt.Sprintf(`{"event_type":"%s","event_payload":{"key":"%s","parts":%d}}`, replyEventType, key, parts)
	}
	const key = "digest/digest:weekly/slack:C0300/1775000000"
	tests := []struct {
		name    string
		present []string // message keys already in the channel
		want    bool
	}{
		{"nothing posted", nil, false},
		{"first of two", []string{key + "#0"}, false},
		{"both of two", []string{key + "#0", key + "#1"}, true},
		{"another slot's messages", []string{key + "0#0", key + "0#1"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs := fakeslack.New(t)
			h := start(t, fs, nil, nil, nil)
			for _, k := range tc.present {
				fs.AddMessage(fakeslack.Message{Channel: "C0300", Text: "digest part", Metadata: meta(k, 2)})
			}
			got, err := h.a.Delivered(context.Background(), "C0300", key, time.Now().Add(-time.Hour))
			if err != nil || got != tc.want {
				t.Errorf("Delivered = %v, %v; want %v", got, err, tc.want)
			}
		})
	}

	// A resend under the key posts only what is missing.
	fs := fakeslack.New(t)
	h := start(t, fs, nil, nil, nil)
	fs.AddMessage(fakeslack.Message{Channel: "C0300", Text: "first", Metadata: meta(key+"#0", 1)})
	ctx := adapters.WithSendKey(context.Background(), key, time.Now().Add(-time.Hour))
	if err := h.a.Send(ctx, "C0300", bot.Reply{Message: "Norway says …"}); err != nil {
		t.Fatal(err)
	}
	if n := len(fs.Calls("chat.postMessage")); n != 0 {
		t.Errorf("resend posted %d messages although its one message was there", n)
	}
	if ok, err := h.a.Delivered(context.Background(), "C0300", key, time.Now().Add(-time.Hour)); !ok || err != nil {
		t.Errorf("Delivered after the resend = %v, %v", ok, err)
	}
}
