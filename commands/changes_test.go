package commands

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stancebot/stancebot/bot"
)

type memChanges struct {
	mu    sync.Mutex
	rooms map[string]bool
}

func (m *memChanges) SubscribeChanges(_ context.Context, platform, room, _ string, _ time.Time) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.rooms == nil {
		m.rooms = map[string]bool{}
	}
	k := platform + ":" + room
	if m.rooms[k] {
		return false, nil
	}
	m.rooms[k] = true
	return true, nil
}

func (m *memChanges) UnsubscribeChanges(_ context.Context, platform, room string) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	k := platform + ":" + room
	had := m.rooms[k]
	delete(m.rooms, k)
	return had, nil
}

func (m *memChanges) ChangesSubscribed(_ context.Context, platform, room string) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.rooms[platform+":"+room], nil
}

// TestChangesInSubscriptionsList runs the change commands in front of the
// real digest commands, as serve chains them.
func TestChangesInSubscriptionsList(t *testing.T) {
	now := time.Date(2026, 3, 27, 12, 0, 0, 0, time.UTC)
	digests := &Digests{Source: newFakeSource(), Store: &memSubs{}, Policy: SubscribePolicy{Everyone: true}, Now: func() time.Time { return now }}
	ch := &Changes{Store: &memChanges{}, Policy: SubscribePolicy{Admins: map[string][]string{"console": {"alice"}}}, Now: func() time.Time { return now }}
	question := bot.HandlerFunc(func(_ context.Context, q bot.Question) bot.Reply {
		return bot.Reply{Query: q.Text, Intent: bot.IntentNone, Message: "a question"}
	})
	b := bot.Chain(question, ch.Middleware, digests.Middleware)
	ask := func(user, room, text string) bot.Reply {
		return b.Handle(context.Background(), bot.Question{Text: text, Platform: "console", Room: room, User: user})
	}
	for _, step := range []struct {
		user, room, text string
		want             []string
		not              []string
	}{
		{"alice", "r1", "subscriptions", []string{"No subscriptions in this room"}, []string{"• changes"}},
		{"bob", "r1", "subscribe changes", []string{"Only this bot's admins"}, nil},
		{"alice", "r1", "subscribe changes", []string{"Subscribed: this room gets a short “what changed” post"}, nil},
		{"alice", "r1", "subscribe changes", []string{"already gets"}, nil},
		{"alice", "r1", "subscriptions", []string{"Subscriptions in this room:\n• changes:"}, []string{"No subscriptions"}},
		{"alice", "r1", "subscribe sovereignty weekly", []string{"Subscribed #1: sovereignty"}, nil},
		{"alice", "r1", "subscriptions", []string{"#1 sovereignty", "\n• changes:"}, nil},
		{"alice", "r2", "subscriptions", []string{"No subscriptions in this room"}, []string{"• changes"}},
		{"alice", "r1", "unsubscribe changes", []string{"Unsubscribed: no more"}, nil},
		{"alice", "r1", "unsubscribe changes", []string{"does not get"}, nil},
		{"alice", "r1", "subscriptions", []string{"#1 sovereignty"}, []string{"• changes"}},
		{"alice", "", "subscribe changes", []string{"belong to a channel or room"}, nil},
		{"alice", "r1", "what changed in Peru's position on sovereignty?", []string{"a question"}, nil},
	} {
		r := ask(step.user, step.room, step.text)
		for _, w := range step.want {
			if !strings.Contains(r.Message, w) {
				t.Errorf("%s %q: %q lacks %q", step.user, step.text, r.Message, w)
			}
		}
		for _, w := range step.not {
			if strings.Contains(r.Message, w) {
				t.Errorf("%s %q: %q has %q", step.user, step.text, r.Message, w)
			}
		}
	}
}
