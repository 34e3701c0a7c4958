package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/stancebot/stancebot/changes"
	"github.com/stancebot/stancebot/config"
	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/store"
)

// runChanges prints what changed between a recorded corpus version and
// the corpus as it is now. It reads the history `stancebot serve` records
// in its store on every load, and records nothing itself.
func runChanges(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("changes", stderr)
	var cf corpusFlags
	cf.register(fs)
	cfgPath := fs.String("config", "", "read the store location (and corpus.dir, corpus.themes) from this configuration")
	storeLoc := fs.String("store", "", "the store serve records corpus versions in: a SQLite file or a postgres:// URL")
	since := fs.String("since", "", "compare with this recorded version (hash or a prefix of it), or with the version in use on this date (YYYY[-MM[-DD]] or RFC 3339)")
	asJSON := fs.Bool("json", false, "print the report as one JSON object")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "stancebot changes: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	loc := *storeLoc
	if *cfgPath != "" {
		cfg, err := config.Load(*cfgPath)
		if err != nil {
			fmt.Fprintf(stderr, "stancebot changes: invalid configuration:\n%v\n", err)
			return 2
		}
		if loc == "" {
			loc = cfg.StoreLocation()
		}
		if cf.dir == "" {
			cf.dir = cfg.Corpus.Dir
		}
		if cf.themes == "" {
			cf.themes = cfg.Corpus.Themes
		}
	}
	if loc == "" {
		fmt.Fprintln(stderr, "stancebot changes: give --store or --config: the corpus history is what `stancebot serve` recorded in its store")
		return 2
	}
	cur, err := cf.load(stderr)
	if err != nil {
		fmt.Fprintf(stderr, "stancebot changes: %v\n", err)
		return 1
	}
	st, err := store.Open(loc)
	if err != nil {
		fmt.Fprintf(stderr, "stancebot changes: %v\n", err)
		return 1
	}
	defer st.Close()
	rep, err := changesSince(ctx, st, cur, *since, time.Now())
	if err != nil {
		fmt.Fprintf(stderr, "stancebot changes: %v\n", err)
		return 1
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(rep); err != nil {
			return 1
		}
		return 0
	}
	printReport(stdout, rep)
	return 0
}

// changesSince compares cur with the recorded version since names: a
// version hash (or unique prefix), or a date, meaning the version in use
// then. Without since: the version cur replaced when it is the latest
// recorded, else the latest recorded (changes serve has not loaded yet).
func changesSince(ctx context.Context, st *store.Store, cur *corpus.Corpus, since string, now time.Time) (changes.Report, error) {
	hist, err := st.CorpusHistory(ctx)
	if err != nil {
		return changes.Report{}, err
	}
	if len(hist) == 0 {
		return changes.Report{}, errors.New("no corpus version recorded yet: `stancebot serve` records one on every load")
	}
	from := ""
	switch {
	case since != "":
		if from, err = pickVersion(hist, since); err != nil {
			return changes.Report{}, err
		}
	case hist[len(hist)-1].Version == cur.Version:
		from = hist[len(hist)-1].Previous
		if from == "" {
			return changes.Report{}, fmt.Errorf("corpus %s is the only version recorded: nothing to compare with", cur.Version)
		}
	default:
		from = hist[len(hist)-1].Version
	}
	before, ok, err := st.CorpusStatements(ctx, from)
	if err != nil {
		return changes.Report{}, err
	}
	if !ok {
		return changes.Report{}, fmt.Errorf("the statements of version %s are no longer kept (the store keeps the last %d versions)", from, store.KeepCorpusVersions)
	}
	return changes.Diff(from, cur.Version, before, changes.Snapshot(cur), now), nil
}

// pickVersion reads --since: a recorded version (or a unique prefix of at
// least 4 characters), else a date.
func pickVersion(hist []changes.Load, since string) (string, error) {
	var found []string
	for _, l := range hist {
		if l.Version == since || (len(since) >= 4 && strings.HasPrefix(l.Version, since)) {
			if !containsString(found, l.Version) {
				found = append(found, l.Version)
			}
		}
	}
	switch len(found) {
	case 1:
		return found[0], nil
	case 0:
	default:
		return "", fmt.Errorf("--since %s: several recorded versions start so (%s)", since, strings.Join(found, ", "))
	}
	at, err := time.Parse(time.RFC3339, since)
	if err != nil {
		d, derr := corpus.ParseDate(since)
		if derr != nil {
			return "", fmt.Errorf("--since %s: not a recorded version nor a date (YYYY, YYYY-MM, YYYY-MM-DD or RFC 3339)", since)
		}
		at = d.Start()
	}
	// The version in use at that moment: the last loaded at or before it;
	// before the first recorded load, the first version.
	v := hist[0].Version
	for _, l := range hist {
		if !l.LoadedAt.After(at) {
			v = l.Version
		}
	}
	return v, nil
}

func containsString(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// printReport writes the report as text: the summary, then each country's
// statements added, removed and changed with their sources.
func printReport(w io.Writer, r changes.Report) {
	if r.Empty() {
		fmt.Fprintf(w, "No statement changed between %s and %s.\n", r.From, r.To)
		return
	}
	a, rm, ch := r.Counts()
	fmt.Fprintf(w, "Changes from %s to %s: %d added, %d removed, %d changed.\n", r.From, r.To, a, rm, ch)
	for _, c := range r.Countries {
		fmt.Fprintf(w, "\n== %s ==\n", c.Country)
		for _, s := range c.Added {
			fmt.Fprintf(w, "+ added:   %s\n            sources: %s\n", excerpt(s.Text), strings.Join(s.Sources, ", "))
		}
		for _, s := range c.Removed {
			fmt.Fprintf(w, "- removed: %s\n            sources: %s\n", excerpt(s.Text), strings.Join(s.Sources, ", "))
		}
		for _, x := range c.Changed {
			fmt.Fprintf(w, "~ changed: %s\n       now: %s\n            sources: %s\n", excerpt(x.Before.Text), excerpt(x.After.Text), strings.Join(x.After.Sources, ", "))
		}
	}
}

// excerpt keeps a statement to one readable line.
func excerpt(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 160 {
		return string(r[:159]) + "…"
	}
	return s
}
