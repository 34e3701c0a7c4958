package bot

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stancebot/stancebot/corpus"
)

// TestUpperChecksMatchToUpper holds correctable's allocation-free case
// checks to the strings.ToUpper comparisons they replace.
func TestUpperChecksMatchToUpper(t *testing.T) {
	for _, s := range []string{"a", "A", "Peru", "peru", "PERU", "ÉTATS", "états", "États", "ß", "ǅ", "\xff", "A\xff", "Z\xc3", "\uFFFD", "1a", "123", "-", "İstanbul", "ﬁ", "DPRK's", "e.u.", "Ωmega", "ωmega"} {
		checkUpperChecks(t, s)
	}
}

func FuzzUpperChecks(f *testing.F) {
	for _, s := range []string{"Peru", "peru", "PERU", "É", "\xff", "ǅ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if s != "" {
			checkUpperChecks(t, s)
		}
	})
}

func checkUpperChecks(t *testing.T, s string) {
	t.Helper()
	if got, want := firstByteUnchangedByUpper(s), strings.ToUpper(s[:1]) == s[:1]; got != want {
		t.Errorf("firstByteUnchangedByUpper(%q) = %v, want %v", s, got, want)
	}
	if got, want := changedByUpper(s), s != strings.ToUpper(s); got != want {
		t.Errorf("changedByUpper(%q) = %v, want %v", s, got, want)
	}
}

// TestAnswersSharedBuffersMatch: answers cut from shared buffers equal
// answers made one by one (toAnswer, each list its own allocation), nil
// and empty lists included, and appending to one answer's lists never
// changes another's.
func TestAnswersSharedBuffersMatch(t *testing.T) {
	for name, b := range map[string]*Bot{"seeds": seedBot(t), "alt": altBot(t)} {
		c := b.Corpus()
		var hs []corpus.ScoredHit
		for i := range c.Len() {
			hs = append(hs, corpus.ScoredHit{Stmt: i, Score: float64(i%7) / 3, Match: corpus.MatchTopic})
		}
		for _, n := range []int{1, 2, 3, 5, len(hs)} {
			for lo := 0; lo+n <= len(hs); lo += n {
				got := answers(c, hs[lo:lo+n])
				for k, h := range hs[lo : lo+n] {
					want := toAnswer(c, new(c.Statement(h.Stmt)), h.Score, h.Match)
					if !reflect.DeepEqual(got[k], want) {
						t.Fatalf("%s: statement %d: shared %+v, own %+v", name, h.Stmt, got[k], want)
					}
					if (got[k].Themes == nil) != (want.Themes == nil) || (got[k].Sources == nil) != (want.Sources == nil) || (got[k].Citations == nil) != (want.Citations == nil) {
						t.Fatalf("%s: statement %d: nil lists differ", name, h.Stmt)
					}
				}
				if len(got) > 1 {
					before := slices.Clone(got[1].Sources)
					_ = append(got[0].Sources, "x")
					_ = append(got[0].Themes, "x")
					_ = append(got[0].Citations, Citation{ID: "x"})
					if !slices.Equal(got[1].Sources, before) {
						t.Fatalf("%s: appending to one answer's sources changed the next one's", name)
					}
				}
			}
		}
	}
}

// TestAnswerSourcesOwnList: an answer's Sources is the list the corpus
// built for its statement (toAnswerIn does not copy it), so that list
// must be the answer's own: writing into one answer's sources changes
// neither another answer of the same statement nor what the corpus gives
// next.
func TestAnswerSourcesOwnList(t *testing.T) {
	c := seedBot(t).Corpus()
	id := -1
	for i := range c.Len() {
		if len(c.Meta(i).Sources) > 0 {
			id = i
			break
		}
	}
	if id < 0 {
		t.Fatal("no seed statement has sources")
	}
	want := slices.Clone(c.Statement(id).Sources)
	hs := []corpus.ScoredHit{{Stmt: id}, {Stmt: id}}
	for _, got := range [][]Answer{answers(c, hs), answers(c, hs[:1]), {toAnswer(c, new(c.Statement(id)), 0, "")}} {
		got[0].Sources[0] = "written"
		if len(got) > 1 && !slices.Equal(got[1].Sources, want) {
			t.Fatalf("writing one answer's sources changed another's: %q", got[1].Sources)
		}
		if now := c.Statement(id).Sources; !slices.Equal(now, want) {
			t.Fatalf("writing an answer's sources changed the corpus's: %q, want %q", now, want)
		}
	}
}

// containsASCIIFold (mayHaveDates before TestMayHaveDatesOnePass) reports whether s contains the lower-case ASCII word
// w, ignoring ASCII case, without allocating.
func containsASCIIFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		j := 0
		for ; j < len(w); j++ {
			c := s[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != w[j] {
				break
			}
		}
		if j == len(w) {
			return true
		}
	}
	return false
}

// mayHaveDatesSearches is mayHaveDates as six searches of the text, the
// reference for the one-pass version.
func mayHaveDatesSearches(text string) bool {
	for i := 0; i < len(text); i++ {
		if c := text[i]; c >= utf8.RuneSelf || ('0' <= c && c <= '9') {
			return true
		}
	}
	for _, w := range []string{"latest", "new", "update", "recent", "last", "year", "month", "week", "day"} {
		if containsASCIIFold(text, w) {
			return true
		}
	}
	return false
}

// TestMayHaveDatesOnePass: the one-pass pre-check answers as the six
// searches did.
func TestMayHaveDatesOnePass(t *testing.T) {
	for _, s := range []string{"", "what does Peru say on attribution?", "LATEST from peru", "the lasT word", "las", "news", "newest", "Recently", "per year", "YEAR", "monthly", "mont", "yea", "l", "São Tomé", "peru 2021", "at last", "last", "@", "`", "[", "{", "ye\ar"} {
		if got, want := mayHaveDates(s), mayHaveDatesSearches(s); got != want {
			t.Errorf("mayHaveDates(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzMayHaveDatesOnePass(f *testing.F) {
	for _, s := range []string{"what does Peru say on attribution?", "latest", "YeAr", "mOnTh"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := mayHaveDates(s), mayHaveDatesSearches(s); got != want {
			t.Errorf("mayHaveDates(%q) = %v, want %v", s, got, want)
		}
	})
}
