package corpus

import (
	"sync"
	"sync/atomic"
)

// foreignStemMax bounds the words each Spanish or French stem memo keeps.
const foreignStemMax = 1 << 16

// memoStem returns stem with a memo: the Snowball stemmers work through
// a word's suffixes on every call, and a Spanish or French question
// stems the same words (its own and the lexicon's candidates) every time
// (a seventh of reading one). The memo is cleared when it reaches
// foreignStemMax words; stem must be a pure function of its word
// (TestMemoStem).
func memoStem(stem func(string) string) func(string) string {
	var memo sync.Map // string -> string
	var size atomic.Int64
	return func(w string) string {
		if v, ok := memo.Load(w); ok {
			return v.(string)
		}
		k, s := cloneKeyed(w, stem(w))
		if _, loaded := memo.LoadOrStore(k, s); !loaded && size.Add(1) > foreignStemMax {
			memo.Clear()
			size.Store(0)
		}
		return s
	}
}
