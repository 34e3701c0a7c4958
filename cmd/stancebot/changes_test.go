package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/changes"
	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/store"
)

func TestChangesCommand(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "stancebot.db")
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	record := func(at time.Time) *corpus.Corpus {
		c, err := corpus.LoadDir(ctx, dir, corpus.Options{})
		if err != nil {
			t.Fatal(err)
		}
		st, err := store.Open(db)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		if _, _, err := st.RecordCorpus(ctx, c.Version, changes.Snapshot(c), at); err != nil {
			t.Fatal(err)
		}
		return c
	}
	cli := func(args ...string) (int, string, string) {
		var out, errb bytes.Buffer
		code := run(ctx, append([]string{"changes"}, args...), strings.NewReader(""), &out, &errb)
		return code, out.String(), errb.String()
	}

	if code, _, stderr := cli("--corpus", dir); code != 2 || !strings.Contains(stderr, "give --store or --config") {
		t.Errorf("no store: %d %q", code, stderr)
	}
	write("accra.txt", "Ghana stresses that capacity building should come before any new binding instrument.\n")
	if code, _, stderr := cli("--store", db, "--corpus", dir); code != 1 || !strings.Contains(stderr, "no corpus version recorded yet") {
		t.Errorf("empty history: %d %q", code, stderr)
	}
	v1 := record(time.Date(2026, 1, 10, 12, 0, 0, 0, time.UTC))
	if code, _, stderr := cli("--store", db, "--corpus", dir); code != 1 || !strings.Contains(stderr, "only version recorded") {
		t.Errorf("one version: %d %q", code, stderr)
	}

	// The directory changed since serve last loaded it: compared with the
	// latest recorded version.
	write("accra.txt", "Ghana stresses that capacity building should come first, with regional centres in West Africa.\n")
	write("nairobi.txt", "Kenya proposes a regional point of contact network for incident response.\n")
	code, out, stderr := cli("--store", db, "--corpus", dir)
	if code != 0 || !strings.Contains(out, "1 added, 0 removed, 1 changed") || !strings.Contains(out, "== Kenya ==\n+ added:   Kenya proposes") ||
		!strings.Contains(out, "~ changed: Ghana stresses that capacity building should come before") || !strings.Contains(out, "sources: accra") {
		t.Errorf("pending changes: %d\n%s\n%s", code, out, stderr)
	}
	v2 := record(time.Date(2026, 2, 10, 12, 0, 0, 0, time.UTC))

	// Recorded: the latest load against the one before, in JSON.
	code, out, _ = cli("--store", db, "--corpus", dir, "--json")
	var rep changes.Report
	if err := json.Unmarshal([]byte(out), &rep); code != 0 || err != nil || rep.From != v1.Version || rep.To != v2.Version || len(rep.Countries) != 2 {
		t.Errorf("json: %d %v %s", code, err, out)
	}
	// --since a version prefix, or a date after v2's load: nothing changed.
	if code, out, _ := cli("--store", db, "--corpus", dir, "--since", v2.Version[:6]); code != 0 || !strings.Contains(out, "No statement changed") {
		t.Errorf("since v2: %d %s", code, out)
	}
	if code, out, _ := cli("--store", db, "--corpus", dir, "--since", "2026-02-11"); code != 0 || !strings.Contains(out, "No statement changed") {
		t.Errorf("since a date after v2: %d %s", code, out)
	}
	if code, out, _ := cli("--store", db, "--corpus", dir, "--since", "2026-01"); code != 0 || !strings.Contains(out, "1 added") {
		t.Errorf("since a month when v1 was in use: %d %s", code, out)
	}
	if code, _, stderr := cli("--store", db, "--corpus", dir, "--since", "yesterday"); code != 1 || !strings.Contains(stderr, "not a recorded version nor a date") {
		t.Errorf("bad since: %d %s", code, stderr)
	}
}
