package corpus

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"testing/fstest"
)

// layoutCorpus writes a corpus shaped like the benchmark's generated one
// (bench/gen), small enough for a unit test: stmts statements of ~60
// words, two of them unique to the statement, held by countries in
// blocks, each block repeated in dup files.
func layoutCorpus(stmts, dup int) fstest.MapFS {
	g := defaultGazetteer()
	var countries []string
	for _, c := range g.Countries {
		if !strings.ContainsAny(c.Short, " -'.,") {
			countries = append(countries, c.Short)
		}
	}
	common := strings.Fields(`cyber norms capacity building critical infrastructure attribution
		sovereignty international law confidence measures cooperation ransomware incident response
		data protection privacy development digital divide multistakeholder approach national strategy
		public private partnership cybercrime convention budapest technical assistance training regional
		organisation framework responsible behaviour state voluntary binding obligations humanitarian
		due diligence transparency reporting accountability resilience supply chain vulnerability
		disclosure emergency teams information sharing trust exchange dialogue consultations`)
	rng := uint64(7)
	next := func(n int) int {
		rng ^= rng << 13
		rng ^= rng >> 7
		rng ^= rng << 17
		return int(rng % uint64(n))
	}
	fsys := fstest.MapFS{}
	const perBlock = 5
	blocks := make([]string, 0, stmts/perBlock)
	for b := 0; b < stmts/perBlock; b++ {
		country := countries[b%len(countries)]
		var sb strings.Builder
		for p := 0; p < perBlock; p++ {
			fmt.Fprintf(&sb, "%s supports", country)
			for w := 0; w < 58; w++ {
				sb.WriteString(" " + common[next(len(common))])
				if w == 20 || w == 40 {
					fmt.Fprintf(&sb, " zq%dx%d", b, p) // the statement's own words
				}
			}
			sb.WriteString(".\n\n")
		}
		blocks = append(blocks, sb.String())
	}
	files := len(blocks) * dup / 4
	for f := 0; f < files; f++ {
		var sb strings.Builder
		for k := 0; k < 4; k++ {
			sb.WriteString(blocks[next(len(blocks))])
		}
		fsys[fmt.Sprintf("f%05d.txt", f)] = &fstest.MapFile{Data: []byte(sb.String())}
	}
	for b, text := range blocks { // every block at least once
		fsys[fmt.Sprintf("b%05d.txt", b)] = &fstest.MapFile{Data: []byte(text)}
	}
	return fsys
}

// liveHeap is the heap in use after a full collection.
func liveHeap() uint64 {
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// TestIndexBytesPerStatement guards the layout of a loaded corpus: the
// heap it keeps beyond its statements' text, per statement. It is a
// size, not a timing: the bound is generous (about 1.5× what this layout
// takes) and fails only when a change makes the kept corpus clearly
// larger. Before issue 9's memory work the corpus kept 952 bytes a
// statement here beyond 603 of text; with interned theme lists, the stem
// dictionary and one-byte term frequencies, 676; with 16-bit doc gaps in
// the postings, 599; with the compact statement store (stmtstore.go), 425;
// 371 later; with varint postings, exact index tables, 40-byte statement
// records and the source IDs in one string, 329.
func TestIndexBytesPerStatement(t *testing.T) {
	if testing.Short() {
		t.Skip("loads a 10,000-statement corpus")
	}
	const stmts = 10000
	fsys := layoutCorpus(stmts, 3)
	before := liveHeap()
	c, err := Load(context.Background(), fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	after := liveHeap()
	text := 0
	for _, s := range c.Statements() {
		text += len(s.Text)
	}
	if c.Len() < stmts*9/10 {
		t.Fatalf("%d statements, want about %d", c.Len(), stmts)
	}
	perStmt := (float64(after) - float64(before) - float64(text)) / float64(c.Len())
	t.Logf("%d statements, %d bytes of text (%.0f a statement); kept beyond the text: %.0f bytes a statement",
		c.Len(), text, float64(text)/float64(c.Len()), perStmt)
	const bound = 500
	if perStmt > bound {
		t.Errorf("the loaded corpus keeps %.0f bytes a statement beyond its text, over %d", perStmt, bound)
	}
	runtime.KeepAlive(c)
	runtime.KeepAlive(fsys)
}
