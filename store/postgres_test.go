package store

import (
	"context"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stancebot/stancebot/store/storetest"
)

// Every SQLite migration has a PostgreSQL twin with the same number and
// name, and the other way round: a table added on one engine only would
// make that piece of state silently engine-specific.
func TestMigrationsHaveTwins(t *testing.T) {
	list := func(fsys fs.FS, glob string) map[string]bool {
		names, err := fs.Glob(fsys, glob)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]bool{}
		for _, n := range names {
			out[filepath.Base(n)] = true
		}
		return out
	}
	lite := list(migrations, "migrations/*.sql")
	pg := list(postgresMigrations, "migrations/postgres/*.sql")
	if len(lite) == 0 {
		t.Fatal("no SQLite migrations found")
	}
	for n := range lite {
		if !pg[n] {
			t.Errorf("store/migrations/%s has no PostgreSQL twin store/migrations/postgres/%s: write one (same tables and columns, BIGINT for Unix times)", n, n)
		}
	}
	for n := range pg {
		if !lite[n] {
			t.Errorf("store/migrations/postgres/%s has no SQLite twin store/migrations/%s", n, n)
		}
	}
	// Two files with one number: the second would never be applied.
	byVersion := map[string]string{}
	for n := range lite {
		v, _, _ := strings.Cut(n, "_")
		if other, dup := byVersion[v]; dup {
			t.Errorf("migrations %s and %s share the number %s: renumber the newer one", other, n, v)
		}
		byVersion[v] = n
	}
}

// Replicas that start together on an empty database each run the
// migrations; the advisory lock makes them apply each one once.
func TestPostgresConcurrentMigrate(t *testing.T) {
	loc := storetest.PostgresURL(t)
	const n = 4
	var wg sync.WaitGroup
	errs := make([]error, n)
	stores := make([]*Store, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			stores[i], errs[i] = Open(loc)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("replica %d: %v", i, err)
		}
		defer stores[i].Close()
	}
	var applied, files int
	if err := stores[0].DB().QueryRow(`SELECT COUNT(*) FROM schema_migrations`).Scan(&applied); err != nil {
		t.Fatal(err)
	}
	names, _ := fs.Glob(postgresMigrations, "migrations/postgres/*.sql")
	files = len(names)
	if applied != files {
		t.Errorf("schema_migrations has %d rows, want %d (one per migration)", applied, files)
	}
	// Every replica sees one database: a claim by one is seen by all.
	ctx := context.Background()
	if ok, err := stores[1].ClaimEvent(ctx, "slack", "Ev1"); err != nil || !ok {
		t.Fatalf("claim = %v, %v", ok, err)
	}
	if ok, _ := stores[2].ClaimEvent(ctx, "slack", "Ev1"); ok {
		t.Error("a second replica claimed the same event")
	}
}

// Concurrent claims of the same events from several replicas: each event
// is claimed exactly once.
func TestClaimsAreUniqueAcrossReplicas(t *testing.T) {
	storetest.Each(t, func(t *testing.T, loc string) {
		const replicas, events = 3, 200
		stores := make([]*Store, replicas)
		for i := range stores {
			s, err := Open(loc)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			stores[i] = s
		}
		ctx := context.Background()
		var mu sync.Mutex
		won := map[string]int{}
		var wg sync.WaitGroup
		for r := range replicas {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for e := range events {
					id := fmt.Sprintf("Ev%d", e)
					ok, err := stores[r].ClaimEvent(ctx, "slack", id)
					if err != nil {
						t.Error(err)
						return
					}
					if ok {
						mu.Lock()
						won[id]++
						mu.Unlock()
					}
				}
			}()
		}
		wg.Wait()
		if len(won) != events {
			t.Errorf("%d events claimed, want %d", len(won), events)
		}
		for id, n := range won {
			if n != 1 {
				t.Errorf("%s claimed %d times", id, n)
			}
		}
	})
}

func TestOpenPostgresErrorsNameTheSetting(t *testing.T) {
	tests := []struct {
		name, url string
	}{
		{"unreachable", "postgres://stancebot:s3cret-pw@127.0.0.1:1/stancebot?sslmode=disable&connect_timeout=2"},
		{"unparseable", "postgres://stancebot:s3cret-pw@127.0.0.1:notaport/x"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Open(tc.url)
			if err == nil {
				s.Close()
				t.Fatal("Open succeeded")
			}
			msg := err.Error()
			if !strings.Contains(msg, "store.url") {
				t.Errorf("error does not name store.url: %s", msg)
			}
			if strings.Contains(msg, "s3cret-pw") {
				t.Errorf("error leaks the password: %s", msg)
			}
		})
	}
}
