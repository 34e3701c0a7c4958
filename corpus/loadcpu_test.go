package corpus

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// refDottedAbbrev is dottedAbbrev without its fast path for ASCII words.
func refDottedAbbrev(s string) (string, int) {
	var b strings.Builder
	i := 0
	for {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsUpper(r) || i+size >= len(s) || s[i+size] != '.' {
			break
		}
		b.WriteRune(r)
		i += size + 1
		if i >= len(s) {
			break
		}
	}
	if b.Len() < 2 {
		return "", 0
	}
	return b.String(), i
}

// TestDottedAbbrevFastPath: dottedAbbrev's early return for words that
// cannot start an abbreviation gives what the rune loop gives, on
// abbreviations, near misses and random mixes of capitals, dots,
// accented capitals and other bytes.
func TestDottedAbbrevFastPath(t *testing.T) {
	cases := []string{"", "U.S.", "U.S.A. and", "E.U", "u.s.", "A.", "A.b.", "Á.É.", "Ü.S. x", "US", "x.Y.Z.", ".U.S.", "U..S."}
	pieces := []string{"U", "S", "a", "é", "É", "Ü", ".", ". ", " ", "1", "\xff", "’"}
	rng := rand.New(rand.NewPCG(9, 11))
	for range 20000 {
		var b []byte
		for k := rng.IntN(8); k >= 0; k-- {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		cases = append(cases, string(b))
	}
	for _, c := range cases {
		gotA, gotN := dottedAbbrev(c)
		wantA, wantN := refDottedAbbrev(c)
		if gotA != wantA || gotN != wantN {
			t.Fatalf("dottedAbbrev(%q) = %q, %d; want %q, %d", c, gotA, gotN, wantA, wantN)
		}
	}
}

// TestMergerEarliestCopyAttribution: files merge in any order, and a
// statement keeps the attribution of its earliest copy in path order,
// whether a later-merged earlier copy's attribution equals the one held
// (kept without interning it again) or differs (interned).
func TestMergerEarliestCopyAttribution(t *testing.T) {
	g := defaultGazetteer()
	a := g.analyse("It also supports the OEWG process and its consensus report.")
	m := merger{byKey: map[uint64]int32{}}
	cont := Attribution{Method: MethodContinuation, Evidence: "It", Confidence: ConfHigh}
	head := Attribution{Method: MethodHeading, Evidence: "## Peru", Confidence: ConfMedium}
	// An equal attribution made of other strings than the first one's.
	contCopy := Attribution{Method: strings.Clone(MethodContinuation), Evidence: strings.Clone("It"), Confidence: strings.Clone(ConfHigh)}
	steps := []struct {
		file int
		attr Attribution
		want Attribution // the statement's attribution after the file
	}{
		{9, cont, cont},
		{7, contCopy, cont}, // earlier, equal
		{8, head, cont},     // later: no change
		{5, head, head},     // earlier, different
		{6, cont, head},     // later
		{2, cont, cont},     // earlier, back to one seen before
		{1, contCopy, cont}, // earlier, equal
	}
	for _, s := range steps {
		m.add(fileResult{file: s.file, paras: []parsedPara{{info: a, holder: "Peru", attr: s.attr}}})
		st := m.stmts.at(0)
		if got := m.shared.attrs.list[st.attr]; got != s.want {
			t.Errorf("after file %d: attribution %+v, want %+v", s.file, got, s.want)
		}
		if got := int(st.first >> 32); got > s.file {
			t.Errorf("after file %d: first copy in file %d", s.file, got)
		}
	}
	if m.stmts.len() != 1 || len(m.shared.attrs.list) != 2 {
		t.Errorf("%d statements, %d attributions interned; want 1 and 2", m.stmts.len(), len(m.shared.attrs.list))
	}
}
