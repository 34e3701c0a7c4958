package corpus

import (
	"math"
	"strings"
	"sync"
	"sync/atomic"
)

// codeTable numbers strings that paragraph analyses keep by the hundred
// thousand but that take few distinct values (a subject's country, a
// continuation's opening words), so an analysis holds a two-byte code
// where a string took sixteen bytes and a pointer for every collection to
// follow: the parse cache keeps ~100k analyses to the end of the parse,
// the load's peak (docs/PERFORMANCE.md, "Load peak: compact analyses").
//
// A table is process-wide (its strings are not a load's: gazetteer names,
// openings like "It" or "The government") and holds at most limit of
// them; a string that finds no code is kept whole by the analysis, in
// paraMore. Reading a code takes no lock: names are appended, never
// written again, and the list is published after each append.
type codeTable struct {
	limit int
	// mu guards ids. A map under a reader-writer lock, not a sync.Map:
	// the evidence table holds thousands of strings for the process's
	// life, and a sync.Map's entries took ~150 bytes each.
	mu   sync.RWMutex
	ids  map[string]uint16        // string -> code
	list atomic.Pointer[[]string] // code - 1 -> string
}

// codeInMore is the code of a string that has none: the analysis keeps it
// in paraMore.
const codeInMore = math.MaxUint16

var (
	// subjectNames codes the countries of first-sentence subjects
	// (gazetteer short names: a few hundred for any gazetteer).
	subjectNames = codeTable{limit: codeInMore - 1}
	// openingCodes codes the opening words that make a paragraph read as
	// a continuation ("It", "In addition", "The national government"):
	// a few dozen in practice; the limit bounds what a hostile corpus
	// could make the process keep.
	openingCodes = codeTable{limit: 4096}
	// evidenceCodes codes the evidence of first-sentence subjects, the
	// words that name the subject ("Kenya has", "The delegation of
	// Peru", "delivered by Egypt"): ~2,600 at 100k statements. The limit
	// bounds what the process keeps over loads of unusual corpora; past
	// it an analysis keeps its subject whole in paraMore.
	evidenceCodes = codeTable{limit: 1 << 14}
)

// code returns s's code (1 or more; 0 for ""), giving it one on first
// sight; ok is false when the table is full.
func (t *codeTable) code(s string) (code uint16, ok bool) {
	if s == "" {
		return 0, true
	}
	t.mu.RLock()
	c, ok := t.ids[s]
	t.mu.RUnlock()
	if ok {
		return c, true
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if c, ok := t.ids[s]; ok {
		return c, true // added meanwhile
	}
	var list []string
	if l := t.list.Load(); l != nil {
		list = *l
	}
	if len(list) >= t.limit {
		return 0, false
	}
	s = strings.Clone(s) // kept for the process: never a view of a file's text
	// Appended in place when there is room: readers only read below the
	// length they loaded, and the new length is published after the write.
	list = append(list, s)
	t.list.Store(&list)
	c = uint16(len(list))
	if t.ids == nil {
		t.ids = map[string]uint16{}
	}
	t.ids[s] = c
	return c, true
}

// name is the string of code c ("" for 0).
func (t *codeTable) name(c uint16) string {
	if c == 0 {
		return ""
	}
	return (*t.list.Load())[c-1]
}
