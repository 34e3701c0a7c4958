package store

import (
	"context"
	"testing"
	"time"

	"github.com/stancebot/stancebot/conversation"
	"github.com/stancebot/stancebot/conversation/conversationtest"
	"github.com/stancebot/stancebot/store/storetest"
)

func TestConversations(t *testing.T) {
	storetest.Each(t, func(t *testing.T, loc string) {
		conversationtest.Run(t, func(t *testing.T, ttl time.Duration, now func() time.Time) conversation.Store {
			s, err := Open(loc)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.Close() })
			return s.Conversations(ttl, now)
		})
	})
}

// TestConversationsSurviveRestart: a record written before the store is
// closed is read back after it is opened again.
func TestConversationsSurviveRestart(t *testing.T) {
	storetest.Each(t, func(t *testing.T, loc string) {
		ctx := context.Background()
		k := conversation.Key{Platform: "matrix", Room: "!r:x", Thread: "$root"}
		s, err := Open(loc)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Conversations(0, nil).Put(ctx, k, conversation.Record{Question: "Brazil on sovereignty", Keys: []string{"k1"}, At: time.Now()}); err != nil {
			t.Fatal(err)
		}
		s.Close()
		s, err = Open(loc)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		rec, ok, err := s.Conversations(0, nil).Get(ctx, k)
		if err != nil || !ok || rec.Question != "Brazil on sovereignty" || len(rec.Keys) != 1 {
			t.Fatalf("after restart: %+v, %v, %v", rec, ok, err)
		}
	})
}
