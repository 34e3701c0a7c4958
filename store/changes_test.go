package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/stancebot/stancebot/changes"
	"github.com/stancebot/stancebot/store"
	"github.com/stancebot/stancebot/store/storetest"
)

func TestCorpusHistory(t *testing.T) {
	storetest.Each(t, func(t *testing.T, loc string) {
		ctx := context.Background()
		s, err := store.Open(loc)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		now := time.Unix(1_800_000_000, 0)
		v1 := []changes.Statement{{Key: "k1", Country: "Ghana", Opening: "Ghana holds", Text: "Ghana holds x.", Sources: []string{"a", "b"}}}
		v2 := append(v1, changes.Statement{Key: "k2", Country: "Chile", Opening: "Chile says", Text: "Chile says y.", Sources: []string{"c"}})
		for i, step := range []struct {
			version string
			stmts   []changes.Statement
			prev    string
			changed bool
		}{
			{"v1", v1, "", true},    // the first load
			{"v1", v1, "v1", false}, // a restart on the same corpus
			{"v2", v2, "v1", true},
			{"v1", v1, "v2", true}, // a revert is a change too
		} {
			prev, changed, err := s.RecordCorpus(ctx, step.version, step.stmts, now.Add(time.Duration(i)*time.Minute))
			if err != nil || prev != step.prev || changed != step.changed {
				t.Fatalf("step %d: RecordCorpus(%s) = %q, %v, %v; want %q, %v", i, step.version, prev, changed, err, step.prev, step.changed)
			}
		}
		got, ok, err := s.CorpusStatements(ctx, "v2")
		if err != nil || !ok || len(got) != 2 || got[0].Country != "Chile" || got[1].Sources[1] != "b" {
			t.Fatalf("statements of v2: %+v %v %v", got, ok, err)
		}
		h, err := s.CorpusHistory(ctx)
		if err != nil || len(h) != 3 || h[2].Version != "v1" || h[2].Previous != "v2" || !h[1].LoadedAt.Equal(now.Add(2*time.Minute)) {
			t.Fatalf("history %+v %v", h, err)
		}
		// Old versions' statements are pruned, their history kept.
		for i := range store.KeepCorpusVersions + 2 {
			v := string(rune('A' + i))
			if _, _, err := s.RecordCorpus(ctx, v, v1, now); err != nil {
				t.Fatal(err)
			}
		}
		if _, ok, _ := s.CorpusStatements(ctx, "v2"); ok {
			t.Error("statements of an old version were kept")
		}
		if _, ok, _ := s.CorpusStatements(ctx, "L"); !ok {
			t.Error("statements of the latest version were pruned")
		}
	})
}

func TestChangeSubscriptionsAndPosts(t *testing.T) {
	storetest.Each(t, func(t *testing.T, loc string) {
		ctx := context.Background()
		s, err := store.Open(loc)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		now := time.Unix(1_800_000_000, 0)
		if ok, err := s.SubscribeChanges(ctx, "slack", "C1", "U1", now); !ok || err != nil {
			t.Fatal(ok, err)
		}
		if ok, _ := s.SubscribeChanges(ctx, "slack", "C1", "U2", now); ok {
			t.Error("subscribed twice")
		}
		s.SubscribeChanges(ctx, "matrix", "!r:x", "@u:x", now)
		ts, err := s.ChangeTargets(ctx, now)
		if err != nil || len(ts) != 2 || ts[0].String() != "matrix:!r:x" {
			t.Fatalf("targets %v %v", ts, err)
		}
		if ts, _ := s.ChangeTargets(ctx, now.Add(-time.Second)); len(ts) != 0 {
			t.Fatalf("rooms subscribed later are owed nothing earlier: %v", ts)
		}
		if ok, _ := s.ChangesSubscribed(ctx, "slack", "C1"); !ok {
			t.Error("not subscribed")
		}
		if ok, _ := s.UnsubscribeChanges(ctx, "slack", "C1"); !ok {
			t.Error("unsubscribe")
		}
		if ok, _ := s.ChangesSubscribed(ctx, "slack", "C1"); ok {
			t.Error("still subscribed")
		}

		// Once per (target, from, to): a second claim loses; a failed post
		// is claimed again until the attempts run out.
		claim := func() bool {
			ok, err := s.ClaimChangePost(ctx, "slack:C1", "v1", "v2", now)
			if err != nil {
				t.Fatal(err)
			}
			return ok
		}
		if !claim() || claim() {
			t.Fatal("first claim must win, the second lose")
		}
		for i := 1; i < store.MaxChangePostAttempts; i++ {
			s.MarkChangePost(ctx, "slack:C1", "v1", "v2", false, "boom", now)
			if !claim() {
				t.Fatalf("failed post not reclaimed after attempt %d", i)
			}
		}
		s.MarkChangePost(ctx, "slack:C1", "v1", "v2", false, "boom", now)
		if claim() {
			t.Error("reclaimed past the attempt limit")
		}
		ok, _ := s.ClaimChangePost(ctx, "slack:C1", "v2", "v3", now)
		s.MarkChangePost(ctx, "slack:C1", "v2", "v3", true, "", now)
		if !ok {
			t.Fatal("claim v2..v3")
		}
		if again, _ := s.ClaimChangePost(ctx, "slack:C1", "v2", "v3", now); again {
			t.Error("a sent post was claimed again")
		}
	})
}
