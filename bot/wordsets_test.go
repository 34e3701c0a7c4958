package bot

import (
	"strings"
	"testing"

	"github.com/stancebot/stancebot/corpus"
)

// TestMergedSkipWords holds skipWord and the known words of the question
// scan to the lists they merge, on every word of those lists and on words
// in none of them.
func TestMergedSkipWords(t *testing.T) {
	words := map[string]bool{"peru": true, "attribution": true, "tukutagamu": true, "": true, "Says": true}
	for _, l := range []map[string]bool{intentWords, fillerWords, attitudeWords, listWords} {
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
		skip := corpus.IsStopWord(w) || intentWords[w] || fillerWords[w] || attitudeWords[w]
		if got := skipWord(w); got != skip {
			t.Errorf("skipWord(%q) = %v, the lists say %v", w, got, skip)
		}
		if got, want := knownQuestionWords[w], skip || listWords[w]; got != want {
			t.Errorf("knownQuestionWords[%q] = %v, the lists say %v", w, got, want)
		}
	}
}

// TestMayHaveOccasionByFirst holds mayHaveOccasion to trying every meeting
// noun at every byte, on questions with and without one, in any case.
func TestMayHaveOccasionByFirst(t *testing.T) {
	every := func(text string) bool {
		for i := 0; i < len(text); i++ {
			for _, w := range occasionNouns {
				if w[0] == text[i]|0x20 && hasASCIIFoldAt(text, i, w) {
					return true
				}
			}
		}
		return false
	}
	qs := []string{"what has Georgia said since the last OEWG session", "China at the LATEST MEETING", "desde la última sesión",
		"lors de la dernière réunion", "what does Peru say on attribution?", "", "@", "séance", "NÉGOCIATIONS", "gge", "Round", "périODO"}
	for _, w := range occasionNouns {
		qs = append(qs, w, strings.ToUpper(w), "x"+w+"y", w[:len(w)-1])
	}
	hits := 0
	for _, q := range qs {
		got, want := mayHaveOccasion(q), every(q)
		if got != want {
			t.Errorf("mayHaveOccasion(%q) = %v, trying every noun gives %v", q, got, want)
		}
		if want {
			hits++
		}
	}
	if hits == 0 || hits == len(qs) {
		t.Fatalf("%d of %d questions hold a meeting noun: both answers must be tried", hits, len(qs))
	}
}

// BenchmarkQuestionKnown asks the scan's known words of topic words, as
// the typo and unknown-name rules do: known words whose stem is not the
// word ("attribution", "sovereignty") ask whether that stem names a
// country (Gazetteer.NameStem; Resolve on the stem took ~0.5 µs each).
func BenchmarkQuestionKnown(b *testing.B) {
	c := seedBot(b).Corpus()
	known := questionKnown(c)
	words := []string{"attribution", "sovereignty", "norms", "diligence", "chilee", "tukutagamu"}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		_ = known(words[i%len(words)])
		i++
	}
}
