package corpus

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// refAppendTokens is appendTokens as it was before its ASCII fast path:
// every rune decoded.
func refAppendTokens(toks []Token, text string) []Token {
	i := 0
	gapStart := 0
	sentStart := true
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		gap := strings.TrimSpace(text[gapStart:i])
		start := i
		// Dotted abbreviation: single letters separated by dots (U.S., E.U.).
		if abbr, n := dottedAbbrev(text[i:]); n > 0 {
			if sentEnds(gap) {
				sentStart = true
			}
			poss := abbrevPossessive(text[i+n:])
			toks = append(toks, Token{Orig: text[i : i+n], Lower: strings.ToLower(abbr), Start: i, End: i + n, Gap: gap, SentStart: sentStart, Poss: poss > 0})
			sentStart = false
			i += n + poss
			gapStart = i
			// An abbreviation's final dot may also end the sentence; we
			// cannot tell, so we leave SentStart to the next capital-led gap.
			continue
		}
		j := i
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r) {
				j += size
				continue
			}
			// An apostrophe between letters stays in the word (don't, state's).
			if isApos(r) && j+size < len(text) {
				r2, _ := utf8.DecodeRuneInString(text[j+size:])
				if unicode.IsLetter(r2) {
					j += size
					continue
				}
			}
			break
		}
		word := text[start:j]
		end := j
		poss := false
		if k := possessiveCut(word); k >= 0 {
			word = word[:k]
			end = start + k
			poss = true
		} else if j < len(text) {
			// Plural possessive: "states’ duty".
			r, size := utf8.DecodeRuneInString(text[j:])
			if isApos(r) && strings.HasSuffix(word, "s") {
				next, _ := utf8.DecodeRuneInString(text[j+size:])
				if j+size >= len(text) || !unicode.IsLetter(next) {
					poss = true
				}
			} else if r == '.' && shortAbbrevWord(word) {
				// "the Dom. Rep.'s representative": the abbreviation's
				// possessive, as after "U.K." (see abbrevPossessive).
				if n := abbrevPossessive(text[j+1:]); n > 0 {
					poss = true
					j += 1 + n
				}
			}
		}
		if sentEnds(gap) && !(gap == "." && len(toks) > 0 && titleAbbrev(toks[len(toks)-1].Orig)) {
			sentStart = true
		}
		toks = append(toks, Token{Orig: word, Lower: lowerWord(word), Start: start, End: end, Poss: poss, Gap: gap, SentStart: sentStart})
		sentStart = false
		i = j
		gapStart = j
	}
	return toks
}

// The tokenizer's ASCII fast path gives the tokens rune-by-rune decoding
// gives, on every corpus file of the repository and on fuzzed text.
func TestTokensASCIIFastPath(t *testing.T) {
	files, _ := filepath.Glob("../testdata/*/*.txt")
	seeds, _ := filepath.Glob("../seeds/*.txt")
	n := 0
	for _, f := range append(files, seeds...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := appendTokens(nil, string(b)), refAppendTokens(nil, string(b)); !slices.Equal(got, want) {
			t.Errorf("%s: tokens differ", f)
		}
		n++
	}
	if n < 20 {
		t.Fatalf("only %d files read", n)
	}
}

func FuzzTokensASCIIFastPath(f *testing.F) {
	for _, s := range []string{"The U.S. and E.U.'s view", "states’ duty, don't", "l'Espagne a dit: «non»", "Perú\xff\xfeok's", "x'", "A.B.", "ʼs’S's 1990s’"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := appendTokens(nil, s), refAppendTokens(nil, s); !slices.Equal(got, want) {
			t.Errorf("%q: tokens %v, want %v", s, got, want)
		}
	})
}
