package corpus

import (
	"hash/maphash"
	"sync/atomic"
)

// frontMemo is a direct-mapped cache of a pure function of a string, in
// front of a memo that keeps every word (sync.Map): one hash and one
// atomic load where sync.Map walks its trie, ~30 against ~55 ns a
// look-up with the trie in cache and ~25 against ~110 ns out of it
// (BenchmarkStemMemo). A question stems each of its topic words
// four or five times (the typo rule, the unknown-name rule, spelling
// correction, the terms, acronyms), so the walk was a few per cent of a
// stance question. A slot holds the last word put there; a word whose
// slot another word took is found in the memo behind it.
type frontMemo struct {
	seed  maphash.Seed
	slots []atomic.Pointer[frontEntry]
}

// frontEntry is one word and its value, never written once stored.
type frontEntry struct{ key, val string }

// newFrontMemo makes a memo of n slots (a power of two).
func newFrontMemo(n int) *frontMemo {
	return &frontMemo{seed: maphash.MakeSeed(), slots: make([]atomic.Pointer[frontEntry], n)}
}

func (m *frontMemo) slot(key string) *atomic.Pointer[frontEntry] {
	return &m.slots[maphash.String(m.seed, key)&uint64(len(m.slots)-1)]
}

// get returns the value kept for key, if its slot holds it.
func (m *frontMemo) get(key string) (string, bool) {
	if e := m.slot(key).Load(); e != nil && e.key == key {
		return e.val, true
	}
	return "", false
}

// put keeps val for key: copies of both where they view key (key may be
// part of a longer text, and val a part of key; see cloneKeyed).
func (m *frontMemo) put(key, val string) {
	k, v := cloneKeyed(key, val)
	m.slot(key).Store(&frontEntry{key: k, val: v})
}
