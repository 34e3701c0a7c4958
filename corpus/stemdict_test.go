package corpus

import (
	"fmt"
	"strings"
	"testing"
	"unsafe"
)

// checkStemDict fails unless d gives back every stem and surface by ID and
// every stem's ID, and finds none of missing.
func checkStemDict(t *testing.T, d *stemDict, stems, surface, missing []string) {
	t.Helper()
	if d.len() != len(stems) {
		t.Fatalf("len %d, want %d", d.len(), len(stems))
	}
	for i, s := range stems {
		if got := d.stem(uint32(i)); got != s {
			t.Fatalf("stem %d = %q, want %q", i, got, s)
		}
		if got := d.surface(uint32(i)); got != surface[i] {
			t.Fatalf("surface %d = %q, want %q", i, got, surface[i])
		}
		if id, ok := d.id(s); !ok || id != uint32(i) {
			t.Fatalf("id(%q) = %d, %v; want %d", s, id, ok, i)
		}
	}
	for _, s := range missing {
		if id, ok := d.id(s); ok {
			t.Fatalf("id(%q) = %d, want none", s, id)
		}
	}
}

// Stems and surfaces round-trip, whatever their length (a stem of 127
// bytes has a one-byte length, one of 128 two bytes) or script, and
// with or without a surface.
func TestStemDictRoundTrip(t *testing.T) {
	long := func(n int) string { return strings.Repeat("x", n) }
	tests := []struct {
		name           string
		stems, surface []string
		missing        []string
	}{
		{"empty", nil, nil, []string{"norm", ""}},
		{"one", []string{"norm"}, []string{"norms"}, []string{"nor", "norms", ""}},
		{"no surfaces", []string{"attack", "cyber"}, []string{"", ""}, []string{"attacks"}},
		{"lengths at the varint edge", []string{long(127), long(128), long(300), "a"}, []string{"", long(129), "y", ""}, []string{long(126), long(129)}},
		{"non-ASCII", []string{"soberanía", "sécurité", "数据"}, []string{"soberanías", "", "数据"}, []string{"soberania"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newStemDict(tt.stems, tt.surface)
			checkStemDict(t, &d, tt.stems, tt.surface, tt.missing)
		})
	}
}

// A stem costs about its bytes and a surface's, a 4-byte offset, a length
// byte and two 4-byte slots at most: at 200k stems of a 100k-statement
// corpus, ~20 bytes a stem beyond the words, where a map and a []string
// took ~80.
func TestStemDictCompact(t *testing.T) {
	const n = 200_000
	stems, surface := make([]string, n), make([]string, n)
	words := 0
	for i := range n {
		stems[i] = fmt.Sprintf("stem%d", i)
		if i%2 == 0 {
			surface[i] = stems[i] + "s"
		}
		words += len(stems[i]) + len(surface[i])
	}
	d := newStemDict(stems, surface)
	checkStemDict(t, &d, stems, surface, []string{"stem", "stem200000"})
	size := len(d.words) + int(unsafe.Sizeof(uint32(0)))*(len(d.off)+len(d.slots))
	if per := float64(size-words) / n; per > 20 {
		t.Errorf("%.1f bytes a stem beyond its words, want at most 20", per)
	}
}

// FuzzStemDict builds a dictionary from the fuzzer's words and reads it back.
func FuzzStemDict(f *testing.F) {
	f.Add("norm norms\x00attack\x00" + strings.Repeat("z", 200))
	f.Fuzz(func(t *testing.T, in string) {
		seen := map[string]bool{}
		var stems, surface []string
		for _, e := range strings.Split(in, "\x00") {
			s, surf, _ := strings.Cut(e, " ")
			if seen[s] {
				continue
			}
			seen[s] = true
			stems, surface = append(stems, s), append(surface, surf)
		}
		d := newStemDict(stems, surface)
		checkStemDict(t, &d, stems, surface, nil)
	})
}

// TestStemDictIDMemo holds idMemo to id: for stems present and missing,
// asked twice (the second answer from the front), for more stems than the
// front has slots (each slot taken over by others), for a stem that views
// a longer text, for stems of the longest length the front keeps and
// longer, and in a dictionary without a front.
func TestStemDictIDMemo(t *testing.T) {
	long := strings.Repeat("y", idKeyMax+1)
	stems, surface := []string{long, long[:idKeyMax]}, []string{"", ""}
	for i := range idFrontMinStems - 3 { // more than the front's slots
		stems = append(stems, fmt.Sprintf("stem%d", i))
		surface = append(surface, "")
	}
	big := newStemDict(stems, surface)
	if big.front != nil {
		t.Fatalf("a dictionary of %d stems has a front (from %d)", len(stems), idFrontMinStems)
	}
	big.front = new(idFront)
	small := newStemDict(stems[:10], surface[:10])
	if full := newStemDict(append(stems, "one more"), append(surface, "")); full.front == nil {
		t.Fatalf("a dictionary of %d stems has no front", idFrontMinStems)
	}
	text := "xx stem17 yy"
	asks := append(append([]string{}, stems...), "missing", "", "stem", text[3:9], long[:idKeyMax-1], long+"y")
	for i := range idFrontSize * 3 {
		asks = append(asks, fmt.Sprintf("nostem%d", i))
	}
	for _, d := range []*stemDict{&big, &small} {
		for round := range 2 {
			for _, s := range asks {
				gotID, gotOK := d.idMemo(s)
				wantID, wantOK := d.id(s)
				if gotID != wantID || gotOK != wantOK {
					t.Fatalf("round %d: idMemo(%q) = %d, %v; id gives %d, %v", round, s, gotID, gotOK, wantID, wantOK)
				}
			}
		}
	}
	var empty stemDict
	if _, ok := empty.idMemo("x"); ok {
		t.Fatal("an empty dictionary finds a stem")
	}
}
