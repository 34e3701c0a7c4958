package corpus

import "iter"

// The statements of a corpus are read through Len, Statement and
// Statements, never as a slice: how they are stored is the corpus's own
// business (see docs/PERFORMANCE.md), and callers must not depend on it.

// Len is the number of statements in the corpus. Statement IDs run from
// 0 to Len()-1, in corpus order (first file, then paragraph).
func (c *Corpus) Len() int { return c.stmts.len() }

// Statement returns the statement with ID i (0 ≤ i < Len()), by value. It
// allocates its Text and its Sources only: the corpus keeps texts
// word-coded (see docs/PERFORMANCE.md) and decodes one in a few hundred
// nanoseconds, and keeps each source list as indices into Sources,
// building its strings on each call; to read other fields of many
// statements, use Meta, Key or Holder. Its strings and slices are shared
// with the corpus and must not be modified. It panics when i is out of
// range, as indexing a slice does.
func (c *Corpus) Statement(i int) Statement { return c.stmts.statement(i) }

// Holder is the country holding statement i: Statement(i).Country,
// reading nothing else (a theme question asks it of every hit).
func (c *Corpus) Holder(i int) string { return c.stmts.holder(i) }

// Meta is Statement(i) without its Text (""), allocating its Sources
// only: for reading the sources, themes or date of many statements,
// which would otherwise decode every text.
func (c *Corpus) Meta(i int) Statement { return c.stmts.meta(i) }

// Key is Statement(i).Key, reading nothing else and allocating nothing:
// for finding statements by key (follow-ups, digests), where Meta would
// build a whole Statement of every one, its source list included.
func (c *Corpus) Key(i int) string { return c.stmts.key(i) }

// Statements yields every statement with its ID, in corpus order.
func (c *Corpus) Statements() iter.Seq2[int, Statement] {
	return func(yield func(int, Statement) bool) {
		for i := range c.Len() {
			if !yield(i, c.Statement(i)) {
				return
			}
		}
	}
}

// setThemes records the theme names of statement i (buildIndex): set id
// (numbered from 1, in order of first use), names shared by every
// statement with the same themes.
func (c *Corpus) setThemes(i int, id uint32, names []string) { c.stmts.setThemes(i, id, names) }

// DateOf is statement i's Date alone (zero: undated), reading no text and
// no sources: for a question about a period across the whole corpus.
func (c *Corpus) DateOf(i int) Date { return c.stmts.dates[c.stmts.recs[i].date] }

// setDate records the date of statement i (applySources).
func (c *Corpus) setDate(i int, d Date) { c.stmts.setDate(i, d) }

// FromStatements builds an indexed corpus from statements made without
// files (tests, tools), in the order given, with the embedded gazetteer
// and lexicon. As in a load, each statement's ID becomes its position and
// its Themes are found from its text; Version is their content hash.
// Statements without a Country are held by "". A statement's Mentions
// leave out its own Country, as a load's do.
func FromStatements(stmts []Statement) *Corpus {
	c := &Corpus{Gazetteer: defaultGazetteer(), Lexicon: DefaultLexicon()}
	c.stmts = addStatements(stmts)
	c.buildIndex(nil, nil, nil)
	c.Version = c.hash()
	c.stmts.compress()
	return c
}

// SameText reports whether statements i and j have the same text: the
// copies of a joint statement, one per signatory. The stored bytes are
// compared, coded or not (one text has one code), so nothing is decoded.
func (c *Corpus) SameText(i, j int) bool {
	a, b := &c.stmts.recs[i], &c.stmts.recs[j]
	if a.textLen != b.textLen {
		return false
	}
	if a.chunk == b.chunk && a.off == b.off {
		return true
	}
	s := c.stmts.chunks
	return string(s[a.chunk][a.off:a.off+a.textLen]) == string(s[b.chunk][b.off:b.off+b.textLen])
}
