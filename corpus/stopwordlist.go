package corpus

import "iter"

// StopWords yields every word IsStopWord reports, in no order: for a
// caller that merges them with lists of its own into one set, so that a
// word is looked up once rather than once a list.
func StopWords() iter.Seq[string] {
	return func(yield func(string) bool) {
		for w, ok := range stopWords {
			if ok && !yield(w) {
				return
			}
		}
	}
}
