// Package changes tells what changed between two versions of a corpus:
// statements added, removed and changed, per country, with their sources.
// It owns the comparison and the record of a version it is made from
// (Snapshot); it does not own storing versions (package store) or posting
// reports (cmd/stancebot's serve wiring).
package changes

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/stancebot/stancebot/corpus"
)

// Statement is what a version remembers of one statement: enough to
// match it against another version and to show it.
type Statement struct {
	// Key is the paragraph's holder-independent identity
	// (corpus.Statement.Key): same words, same key, whoever holds them.
	Key     string   `json:"key"`
	Country string   `json:"country"`
	Opening string   `json:"opening"` // first 40 characters, whitespace-normalised (corpus.HoldersPrefix)
	Text    string   `json:"text"`
	Sources []string `json:"sources"`
}

// Snapshot records every statement of a corpus version.
func Snapshot(c *corpus.Corpus) []Statement {
	out := make([]Statement, c.Len())
	for i, s := range c.Statements() {
		out[i] = Statement{Key: s.Key, Country: s.Country, Opening: corpus.HoldersPrefix(s.Text), Text: s.Text, Sources: s.Sources}
	}
	return out
}

// Report is the difference between two corpus versions.
type Report struct {
	From      string    `json:"from"` // previous version
	To        string    `json:"to"`   // new version
	Generated time.Time `json:"generated"`
	Countries []Country `json:"countries"` // countries with a change, by name
}

// Country holds one country's changes.
type Country struct {
	Country string      `json:"country"`
	Added   []Statement `json:"added"`
	Removed []Statement `json:"removed"`
	Changed []Change    `json:"changed"`
}

// Change is a statement whose text changed: same holder, same opening,
// different words.
type Change struct {
	Before Statement `json:"before"`
	After  Statement `json:"after"`
}

// Empty reports a report with no change to any statement (a reload that
// changed nothing, or only citations).
func (r Report) Empty() bool { return len(r.Countries) == 0 }

// Counts sums the report's statements added, removed and changed.
func (r Report) Counts() (added, removed, changed int) {
	for _, c := range r.Countries {
		added += len(c.Added)
		removed += len(c.Removed)
		changed += len(c.Changed)
	}
	return
}

// Diff compares two versions' statements. A statement is the same in
// both when its paragraph identity and its holder are; one that is only
// in the new version is added, only in the old removed — unless the
// country has, on the other side, a statement with the same opening: then
// the pair is one changed statement (an edited paragraph). A paragraph
// whose holder changed is removed from one country and added to the other,
// so a country's report never shows another country's words.
func Diff(from, to string, before, after []Statement, now time.Time) Report {
	type id struct{ key, country string }
	inBefore := make(map[id]bool, len(before))
	for _, s := range before {
		inBefore[id{s.Key, s.Country}] = true
	}
	inAfter := make(map[id]bool, len(after))
	for _, s := range after {
		inAfter[id{s.Key, s.Country}] = true
	}
	per := map[string]*Country{}
	get := func(name string) *Country {
		c, ok := per[name]
		if !ok {
			c = &Country{Country: name, Added: []Statement{}, Removed: []Statement{}, Changed: []Change{}}
			per[name] = c
		}
		return c
	}
	for _, s := range after {
		if !inBefore[id{s.Key, s.Country}] {
			get(s.Country).Added = append(get(s.Country).Added, s)
		}
	}
	for _, s := range before {
		if !inAfter[id{s.Key, s.Country}] {
			get(s.Country).Removed = append(get(s.Country).Removed, s)
		}
	}
	r := Report{From: from, To: to, Generated: now, Countries: []Country{}}
	for _, c := range per {
		pairChanged(c)
		r.Countries = append(r.Countries, *c)
	}
	sort.Slice(r.Countries, func(i, j int) bool { return r.Countries[i].Country < r.Countries[j].Country })
	return r
}

// pairChanged turns a removed and an added statement with the same
// opening into one change, first come first paired.
func pairChanged(c *Country) {
	var added []Statement
	used := make([]bool, len(c.Removed))
	for _, a := range c.Added {
		j := -1
		for k, r := range c.Removed {
			if !used[k] && r.Opening == a.Opening && a.Opening != "" {
				j = k
				break
			}
		}
		if j < 0 {
			added = append(added, a)
			continue
		}
		used[j] = true
		c.Changed = append(c.Changed, Change{Before: c.Removed[j], After: a})
	}
	var removed []Statement
	for k, r := range c.Removed {
		if !used[k] {
			removed = append(removed, r)
		}
	}
	c.Added, c.Removed = nonNil(added), nonNil(removed)
}

func nonNil(s []Statement) []Statement {
	if s == nil {
		return []Statement{}
	}
	return s
}

// Summary is the short "what changed" post: a headline with the totals and
// one line per country (at most maxCountries, then "and N more"), each
// naming the counts and the first few sources involved.
func (r Report) Summary(maxCountries int) string {
	if r.Empty() {
		return fmt.Sprintf("The corpus changed (%s → %s), but no statement did.", short(r.From), short(r.To))
	}
	a, rm, ch := r.Counts()
	var b strings.Builder
	fmt.Fprintf(&b, "What changed in the corpus (%s → %s): %s.", short(r.From), short(r.To), counts(a, rm, ch))
	for i, c := range r.Countries {
		if maxCountries > 0 && i == maxCountries {
			fmt.Fprintf(&b, "\n• and %d more countries", len(r.Countries)-i)
			break
		}
		fmt.Fprintf(&b, "\n• %s: %s", c.Country, counts(len(c.Added), len(c.Removed), len(c.Changed)))
		if src := c.sources(3); src != "" {
			b.WriteString(" (" + src + ")")
		}
	}
	return b.String()
}

// sources lists the distinct sources of a country's changes, at most n
// and "…" after.
func (c Country) sources(n int) string {
	var all []string
	add := func(ss []string) {
		for _, s := range ss {
			if !slices.Contains(all, s) {
				all = append(all, s)
			}
		}
	}
	for _, s := range c.Added {
		add(s.Sources)
	}
	for _, ch := range c.Changed {
		add(ch.After.Sources)
	}
	for _, s := range c.Removed {
		add(s.Sources)
	}
	if len(all) > n {
		return strings.Join(all[:n], ", ") + ", …"
	}
	return strings.Join(all, ", ")
}

func counts(added, removed, changed int) string {
	var parts []string
	for _, p := range []struct {
		n    int
		word string
	}{{added, "added"}, {removed, "removed"}, {changed, "changed"}} {
		if p.n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", p.n, p.word))
		}
	}
	return strings.Join(parts, ", ")
}

// short abbreviates a version hash for people.
func short(v string) string {
	if v == "" {
		return "nothing"
	}
	if len(v) > 8 {
		return v[:8]
	}
	return v
}

// Load is one recorded corpus load that changed the version.
type Load struct {
	Seq      int64     `json:"seq"`
	Version  string    `json:"version"`
	Previous string    `json:"previous"` // "" for the first recorded load
	LoadedAt time.Time `json:"loaded_at"`
}
