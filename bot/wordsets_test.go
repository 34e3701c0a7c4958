package bot

import (
	"testing"

	"github.com/stancebot/stancebot/corpus"
)

// TestMergedSkipWords holds skipWord and the known words of the question
// scan to the lists they merge, on every word of those lists and on words
// in none of them.
func TestMergedSkipWords(t *testing.T) {
	words := map[string]bool{"peru": true, "attribution": true, "tukutagamu": true, "": true, "Says": true}
	for _, l := range []map[string]bool{intentWords, fillerWords, listWords} {
		for w := range l {
			words[w] = true
		}
	}
	stops := 0
	for w := range corpus.StopWords() {
		words[w] = true
		stops++
		if !corpus.IsStopWord(w) {
			t.Errorf("StopWords yields %q, which IsStopWord does not report", w)
		}
	}
	if stops < 50 {
		t.Fatalf("StopWords yields %d words: the merge lost the stop list", stops)
	}
	for w := range words {
		skip := corpus.IsStopWord(w) || intentWords[w] || fillerWords[w]
		if got := skipWord(w); got != skip {
			t.Errorf("skipWord(%q) = %v, the lists say %v", w, got, skip)
		}
		if got, want := knownQuestionWords[w], skip || listWords[w]; got != want {
			t.Errorf("knownQuestionWords[%q] = %v, the lists say %v", w, got, want)
		}
	}
}
