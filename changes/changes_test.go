package changes

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/stancebot/stancebot/corpus"
)

func load(t *testing.T, files map[string]string) *corpus.Corpus {
	t.Helper()
	fsys := fstest.MapFS{}
	for n, s := range files {
		fsys[n] = &fstest.MapFile{Data: []byte(s)}
	}
	c, err := corpus.Load(context.Background(), fsys, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

const (
	ghanaA = "Ghana holds that attribution of cyber operations must rest on evidence shared with the accused state.\n"
	ghanaB = "Ghana stresses that capacity building should come before any new binding instrument.\n"
	// Same opening as ghanaB, other words: an edit.
	ghanaB2 = "Ghana stresses that capacity building should come first, with regional centres in West Africa.\n"
	chileA  = "Chile considers that international law applies in full to the conduct of states in cyberspace.\n"
	kenyaA  = "Kenya proposes a regional point of contact network for incident response.\n"
)

func TestDiff(t *testing.T) {
	v1 := load(t, map[string]string{"accra.txt": ghanaA + ghanaB, "santiago.txt": chileA})
	v2 := load(t, map[string]string{"accra.txt": ghanaA + ghanaB2, "nairobi.txt": kenyaA})
	now := time.Date(2026, 11, 30, 5, 0, 0, 0, time.UTC)
	r := Diff(v1.Version, v2.Version, Snapshot(v1), Snapshot(v2), now)
	if r.Empty() {
		t.Fatal("empty report")
	}
	got := map[string]string{}
	for _, c := range r.Countries {
		got[c.Country] = counts(len(c.Added), len(c.Removed), len(c.Changed))
	}
	want := map[string]string{"Chile": "1 removed", "Ghana": "1 changed", "Kenya": "1 added"}
	if len(got) != len(want) {
		t.Fatalf("countries %v, want %v", got, want)
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s: %q, want %q", k, got[k], w)
		}
	}
	for _, c := range r.Countries {
		if c.Country == "Ghana" {
			ch := c.Changed[0]
			if !strings.Contains(ch.Before.Text, "before any new binding") || !strings.Contains(ch.After.Text, "West Africa") ||
				ch.After.Sources[0] != "accra" {
				t.Errorf("change %+v", ch)
			}
		}
		if c.Country == "Kenya" && c.Added[0].Sources[0] != "nairobi" {
			t.Errorf("added without its source: %+v", c.Added)
		}
	}
	s := r.Summary(10)
	for _, w := range []string{"1 added, 1 removed, 1 changed", "• Chile: 1 removed (santiago)", "• Ghana: 1 changed (accra)", "• Kenya: 1 added (nairobi)"} {
		if !strings.Contains(s, w) {
			t.Errorf("summary lacks %q:\n%s", w, s)
		}
	}
	if s := r.Summary(1); !strings.Contains(s, "and 2 more countries") {
		t.Errorf("capped summary:\n%s", s)
	}

	// A reload that changes nothing is an empty report.
	if r := Diff(v2.Version, v2.Version, Snapshot(v2), Snapshot(v2), now); !r.Empty() {
		t.Errorf("no-op diff: %+v", r)
	}
	// A file added with copies of known paragraphs adds sources, not statements.
	v3 := load(t, map[string]string{"accra.txt": ghanaA + ghanaB2, "nairobi.txt": kenyaA, "copy.txt": kenyaA})
	if r := Diff(v2.Version, v3.Version, Snapshot(v2), Snapshot(v3), now); !r.Empty() {
		t.Errorf("a copy counted as a change: %+v", r)
	}
}

// A paragraph that moves to another holder is removed from one and added
// to the other: no country's report holds another's words as "changed".
func TestDiffHolderChange(t *testing.T) {
	before := []Statement{{Key: "k1", Country: "Peru", Opening: "It supports the OEWG", Text: "It supports the OEWG process."}}
	after := []Statement{{Key: "k1", Country: "Chile", Opening: "It supports the OEWG", Text: "It supports the OEWG process."}}
	r := Diff("a", "b", before, after, time.Time{})
	if len(r.Countries) != 2 || len(r.Countries[0].Added) != 1 || r.Countries[0].Country != "Chile" || len(r.Countries[1].Removed) != 1 {
		t.Fatalf("%+v", r)
	}
	for _, c := range r.Countries {
		if len(c.Changed) != 0 {
			t.Fatalf("a holder change became a text change: %+v", c)
		}
	}
}
