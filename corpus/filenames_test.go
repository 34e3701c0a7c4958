package corpus

import (
	"slices"
	"strings"
	"testing"
)

// namesOf makes a fileNames of names (slash-separated paths).
func namesOf(names ...string) fileNames {
	var n fileNames
	for _, s := range names {
		if err := n.add(".", s); err != nil {
			panic(err) // 4 GiB of names in a literal list
		}
	}
	return n
}

// The slab gives back every name as added (a directory and a base name
// joined by a slash, the root's files alone), views taken early stay
// right while names are added, and sortedNames puts them in byte order
// with each walk index's place.
func TestFileNamesRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		adds [][2]string // dir, base
		want []string
	}{
		{"none", nil, nil},
		{"root", [][2]string{{".", "peru.txt"}}, []string{"peru.txt"}},
		{"dirs", [][2]string{{".", "b.txt"}, {"2024", "compare-7.txt"}, {"a/b", "ü n.TXT"}, {".", "a.txt"}, {".", "a.txt.txt"}},
			[]string{"b.txt", "2024/compare-7.txt", "a/b/ü n.TXT", "a.txt", "a.txt.txt"}},
		{"many", manyNames(3000), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := tt.want
			if want == nil {
				for _, a := range tt.adds {
					if a[0] == "." {
						want = append(want, a[1])
					} else {
						want = append(want, a[0]+"/"+a[1])
					}
				}
			}
			var n fileNames
			var early []string
			for k, a := range tt.adds {
				if err := n.add(a[0], a[1]); err != nil {
					t.Fatal(err)
				}
				if k < 3 {
					early = append(early, n.at(k))
				}
			}
			if n.len() != len(want) {
				t.Fatalf("%d names, want %d", n.len(), len(want))
			}
			for i, w := range want {
				if got := n.at(i); got != w {
					t.Errorf("name %d: %q, want %q", i, got, w)
				}
			}
			for i, e := range early {
				if e != want[i] {
					t.Errorf("name %d viewed before later adds: now %q, want %q", i, e, want[i])
				}
			}
			byPath, rank := sortedNames(&n)
			sorted := slices.Clone(want)
			slices.SortFunc(sorted, strings.Compare)
			if byPath.len() != len(sorted) || len(rank) != len(want) {
				t.Fatalf("%d sorted names and %d ranks, want %d", byPath.len(), len(rank), len(sorted))
			}
			for r, w := range sorted {
				if got := byPath.at(r); got != w {
					t.Errorf("path order %d: %q, want %q", r, got, w)
				}
			}
			for i, w := range want {
				if got := byPath.at(int(rank[i])); got != w {
					t.Errorf("walk index %d ranked at %d = %q, want %q", i, rank[i], got, w)
				}
			}
			if len(byPath.blob) != cap(byPath.blob) {
				t.Errorf("sorted slab %d bytes of %d: not its exact size", len(byPath.blob), cap(byPath.blob))
			}
		})
	}
}

// manyNames returns n (dir, base) pairs in a scrambled order, spread over
// a few directories, enough for the slab to grow many times.
func manyNames(n int) [][2]string {
	out := make([][2]string, n)
	for i := range out {
		k := (i * 7919) % n
		dir := "."
		if k%3 != 0 {
			dir = "d" + strings.Repeat("x", k%5)
		}
		out[i] = [2]string{dir, strings.Repeat("n", k%7) + "-" + string(rune('a'+k%26)) + ".txt"}
	}
	return out
}
