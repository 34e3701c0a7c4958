// Package gen writes deterministic, scalable stancebot corpora: N countries
// × M statements each, laid out like the atlas's compare pages (2–4 country
// blocks per file, every block repeated across many files) with the seeds'
// quirks: lines broken mid-sentence, continuation paragraphs that start
// "It" or "The country", and other countries named inside a block.
//
// Every statement carries two generated content words found nowhere else,
// so a stance question naming its country and those words has exactly one
// right first answer.
package gen

import (
	"bytes"
	"errors"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing/fstest"
)

// Config sizes a generated corpus. The zero value of every field but
// Statements picks a default.
type Config struct {
	Statements int      // unique statements to generate (> 0)
	Countries  int      // countries to spread them over (0: min(len(Names), ceil(Statements/20)))
	Dup        int      // average number of files each country block appears in (0: 25)
	BlockMin   int      // fewest statements in a country block (0: 3)
	BlockMax   int      // most statements in a country block (0: 8)
	Seed       uint64   // everything generated is a function of Config
	Names      []string // candidate country names, gazetteer short names (nil: FallbackNames)
}

// Statement is one generated position: what a loader should extract.
type Statement struct {
	Country string   // holder, a Names entry
	Text    string   // the paragraph as read after line repair (single spaces)
	Words   []string // the two generated words only this statement contains
	Theme   string   // the theme it speaks about, as a question names it
}

// Corpus describes what Generate wrote.
type Corpus struct {
	Config      Config      // with defaults filled in
	Countries   []string    // the countries used, in order
	Statements  []Statement // every unique statement
	Files       int         // files written
	RawBytes    int64       // total bytes written, duplicates included
	UniqueBytes int64       // total bytes of unique statement text
}

// Sink receives each generated file.
type Sink func(name string, data []byte) error

func (c Config) withDefaults() (Config, error) {
	if c.Statements <= 0 {
		return c, fmt.Errorf("gen: Statements must be positive, got %d", c.Statements)
	}
	if c.Names == nil {
		c.Names = FallbackNames()
	}
	if len(c.Names) < 2 {
		return c, fmt.Errorf("gen: need at least 2 country names, got %d", len(c.Names))
	}
	if c.Countries == 0 {
		c.Countries = min(len(c.Names), (c.Statements+19)/20)
	}
	c.Countries = max(2, min(c.Countries, len(c.Names), c.Statements))
	if c.Statements < c.Countries {
		return c, fmt.Errorf("gen: %d statements cannot cover %d countries", c.Statements, c.Countries)
	}
	if c.Dup == 0 {
		c.Dup = 25
	}
	if c.Dup < 1 {
		return c, fmt.Errorf("gen: Dup must be at least 1, got %d", c.Dup)
	}
	if c.BlockMin == 0 {
		c.BlockMin = 3
	}
	if c.BlockMax == 0 {
		c.BlockMax = max(8, c.BlockMin)
	}
	if c.BlockMin < 1 || c.BlockMax < c.BlockMin {
		return c, fmt.Errorf("gen: bad block size range %d..%d", c.BlockMin, c.BlockMax)
	}
	return c, nil
}

// block is one country's run of consecutive paragraphs, rendered once
// with its line breaks and reused verbatim in every file that holds it.
type block struct {
	country int
	text    []byte
}

// Generate builds the corpus described by cfg and hands each file to sink.
func Generate(cfg Config, sink Sink) (*Corpus, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x5eedbe7c4))
	// Spread the chosen countries over the whole gazetteer, not its first
	// letters, so every size sees hard names (Niger/Nigeria, Guinea...).
	perm := rng.Perm(len(cfg.Names))[:cfg.Countries]
	slices.Sort(perm)
	countries := make([]string, cfg.Countries)
	for i, p := range perm {
		countries[i] = cfg.Names[p]
	}
	g := &generator{rng: rng, countries: countries, words: newWordSource(cfg.Seed, cfg.Names)}
	out := &Corpus{Config: cfg, Countries: countries}

	var blocks []block
	for ci := range countries {
		n := cfg.Statements / cfg.Countries
		if ci < cfg.Statements%cfg.Countries {
			n++
		}
		for n > 0 {
			size := min(n, cfg.BlockMin+rng.IntN(cfg.BlockMax-cfg.BlockMin+1))
			n -= size
			text, stmts := g.block(ci, size)
			blocks = append(blocks, block{country: ci, text: text})
			out.Statements = append(out.Statements, stmts...)
		}
	}
	for _, s := range out.Statements {
		out.UniqueBytes += int64(len(s.Text))
	}

	// Every block appears in Dup files on average (at least once), in
	// files of 2–4 blocks from different countries.
	var slots []int
	for bi := range blocks {
		copies := 1
		if cfg.Dup > 1 {
			copies = cfg.Dup/2 + rng.IntN(cfg.Dup+1) // mean Dup
		}
		for range copies {
			slots = append(slots, bi)
		}
	}
	rng.Shuffle(len(slots), func(i, j int) { slots[i], slots[j] = slots[j], slots[i] })

	var buf bytes.Buffer
	for i := 0; i < len(slots); {
		want := 2 + rng.IntN(3)
		buf.Reset()
		used := map[int]bool{}
		for k := 0; k < want && i < len(slots); k++ {
			// Take the next slot whose country is not in this file yet.
			j := i
			for j < len(slots) && j < i+64 && used[blocks[slots[j]].country] {
				j++
			}
			if j == len(slots) || j == i+64 {
				break
			}
			slots[i], slots[j] = slots[j], slots[i]
			b := blocks[slots[i]]
			used[b.country] = true
			buf.Write(b.text)
			i++
		}
		if buf.Len() == 0 { // only same-country blocks left in the window: emit one alone
			buf.Write(blocks[slots[i]].text)
			i++
		}
		h := fnv.New64a()
		h.Write(buf.Bytes())
		name := fmt.Sprintf("%06d_%016x.txt", out.Files, h.Sum64())
		if err := sink(name, buf.Bytes()); err != nil {
			return nil, fmt.Errorf("gen: write %s: %w", name, err)
		}
		out.Files++
		out.RawBytes += int64(buf.Len())
	}
	return out, nil
}

// GenerateDir writes the corpus as *.txt files into dir, creating it.
func GenerateDir(cfg Config, dir string) (*Corpus, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("gen: %w", err)
	}
	return Generate(cfg, func(name string, data []byte) error {
		return os.WriteFile(filepath.Join(dir, name), data, 0o644)
	})
}

// GenerateFS builds the corpus in memory.
func GenerateFS(cfg Config) (fstest.MapFS, *Corpus, error) {
	fsys := fstest.MapFS{}
	c, err := Generate(cfg, func(name string, data []byte) error {
		if _, dup := fsys[name]; dup {
			return errors.New("duplicate file name")
		}
		fsys[name] = &fstest.MapFile{Data: bytes.Clone(data), Mode: 0o644}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return fsys, c, nil
}

type generator struct {
	rng       *rand.Rand
	countries []string
	words     *wordSource
}

func (g *generator) pick(list []string) string { return list[g.rng.IntN(len(list))] }

// others returns n distinct countries other than ci.
func (g *generator) others(ci, n int) []string {
	n = min(n, len(g.countries)-1)
	var out []string
	seen := map[int]bool{ci: true}
	for len(out) < n {
		k := g.rng.IntN(len(g.countries))
		if !seen[k] {
			seen[k] = true
			out = append(out, g.countries[k])
		}
	}
	return out
}

// block renders size paragraphs of country ci. The first names the
// country; later ones name it again or continue with "It", "The country",
// "Its delegation" or an unnamed "As part of their statement".
func (g *generator) block(ci, size int) ([]byte, []Statement) {
	name := g.countries[ci]
	var buf bytes.Buffer
	stmts := make([]Statement, 0, size)
	for p := range size {
		th := themes[g.rng.IntN(len(themes))]
		phrase := g.pick(th.Phrases)
		w1, w2 := g.words.word(), g.words.word()
		noun := g.pick(nouns)
		var sentences []string
		breakAfterLead := false

		var lead string
		r := g.rng.IntN(100)
		switch {
		case p == 0 || r < 30:
			lead = name
		case r < 50:
			lead = "It"
		case r < 65:
			lead = "The country"
		case r < 75:
			lead = "In addition, " + name
		case r < 85:
			lead = "In any case, " + name
			breakAfterLead = true // "In any case, Peru⏎highlights ..."
		case r < 92:
			lead = "Its delegation"
		default:
			lead = "As part of their statement, it was noted that the country"
		}
		first := lead + " " + g.pick(verbs) + " " + phrase + g.pick(fillers)
		uniqueLead := g.pick([]string{"It", "The country", "Its delegation"})
		if g.rng.IntN(3) == 0 {
			// One sentence: the words close the theme sentence.
			sentences = append(sentences, first+", citing the "+w1+" "+w2+" "+noun+".")
		} else {
			sentences = append(sentences, first+".")
			sentences = append(sentences, fmt.Sprintf(g.pick(uniqueSentences), uniqueLead, w1, w2, noun))
		}
		if g.rng.IntN(2) == 0 {
			other := themes[g.rng.IntN(len(themes))]
			sentences = append(sentences, g.pick([]string{"It also", "The country also", "Its delegation also"})+" "+
				g.pick(verbs)+" "+g.pick(other.Phrases)+g.pick(fillers)+".")
		}
		if g.rng.IntN(5) < 3 {
			sentences = append(sentences, g.pick(contextSentences))
		}
		if g.rng.IntN(4) == 0 {
			o := g.others(ci, 3)
			switch g.rng.IntN(3) {
			case 0:
				sentences = append(sentences, "This brings "+name+" to a certain degree of alignment with "+joinAnd(o[:min(2, len(o))])+" in the context of norm-building debates.")
			case 1:
				sentences = append(sentences, "It proposed a new norm on refraining from offensive uses of ICTs along with countries like "+joinAnd(o)+".")
			default:
				sentences = append(sentences, name+" does not typically vote in alignment with "+o[0]+" on key cybersecurity resolutions.")
			}
		}
		para := strings.Join(sentences, " ")
		stmts = append(stmts, Statement{Country: name, Text: para, Words: []string{w1, w2}, Theme: th.Query})
		g.writeWrapped(&buf, para, breakAfterLead, len(lead))
	}
	return buf.Bytes(), stmts
}

// writeWrapped writes para as one line, broken mid-sentence at 0–2 word
// boundaries (never after a sentence end), as links left it on the site.
func (g *generator) writeWrapped(buf *bytes.Buffer, para string, breakAfterLead bool, leadLen int) {
	var cuts []int // byte offsets of spaces to turn into newlines
	if breakAfterLead {
		cuts = append(cuts, leadLen)
	}
	for range g.rng.IntN(3) {
		at := g.rng.IntN(len(para))
		sp := strings.IndexByte(para[at:], ' ')
		if sp < 0 {
			continue
		}
		at += sp
		if at > 0 && para[at-1] == '.' {
			continue // that would end the line at a sentence end
		}
		cuts = append(cuts, at)
	}
	b := []byte(para)
	for _, c := range cuts {
		if c < len(b) && b[c] == ' ' {
			b[c] = '\n'
		}
	}
	buf.Write(b)
	buf.WriteByte('\n')
}

func joinAnd(list []string) string {
	switch len(list) {
	case 0:
		return ""
	case 1:
		return list[0]
	case 2:
		return list[0] + " and " + list[1]
	}
	return strings.Join(list[:len(list)-1], ", ") + ", and " + list[len(list)-1]
}
