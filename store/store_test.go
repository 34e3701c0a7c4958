package store

import (
	"context"
	"errors"
	"os"
	"testing"

	"github.com/stancebot/stancebot/store/storetest"
)

// TestMain stops the PostgreSQL that storetest may have started.
func TestMain(m *testing.M) { os.Exit(storetest.Run(m)) }

func TestClaimEventOnce(t *testing.T) { storetest.Each(t, testClaimEventOnce) }

func testClaimEventOnce(t *testing.T, path string) {
	ctx := context.Background()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	first, err := s.ClaimEvent(ctx, "slack", "Ev1")
	if err != nil || !first {
		t.Fatalf("first claim = %v, %v; want true", first, err)
	}
	again, err := s.ClaimEvent(ctx, "slack", "Ev1")
	if err != nil || again {
		t.Fatalf("second claim = %v, %v; want false", again, err)
	}
	other, _ := s.ClaimEvent(ctx, "matrix", "Ev1")
	if !other {
		t.Fatal("same ID on another platform must be a new event")
	}
	s.Close()

	// State survives a reopen, and migrations are not applied twice.
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if ok, _ := s.ClaimEvent(ctx, "slack", "Ev1"); ok {
		t.Fatal("claim after reopen must be false")
	}
}

func TestKV(t *testing.T) {
	storetest.Each(t, testKV)
	t.Run("memory", func(t *testing.T) { testKV(t, ":memory:") })
}

func testKV(t *testing.T, loc string) {
	ctx := context.Background()
	s, err := Open(loc)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Get(ctx, "k"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Get missing = %v, want ErrNotFound", err)
	}
	for _, v := range []string{"a", "b"} {
		if err := s.Put(ctx, "k", v); err != nil {
			t.Fatal(err)
		}
		got, err := s.Get(ctx, "k")
		if err != nil || got != v {
			t.Fatalf("Get = %q, %v; want %q", got, err, v)
		}
	}
}

// Two throwaway databases in one process must not see each other's rows
// (with cache=shared every ":memory:" Open was the same database).
func TestMemoryStoresAreIndependent(t *testing.T) {
	ctx := context.Background()
	a, err := Open(":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if err := a.Put(ctx, "k", "in a"); err != nil {
		t.Fatal(err)
	}
	if v, err := b.Get(ctx, "k"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("b.Get(k) = %q, %v; want ErrNotFound: in-memory stores share state", v, err)
	}
}
