package corpus

import (
	"slices"
	"testing"
	"unsafe"
)

// sourceIDs gives every used file its source ID (the name without its
// extension, directories kept), "" to the others, all in one string.
func TestSourceIDs(t *testing.T) {
	tests := []struct {
		name  string
		names []string
		used  []bool
		want  []string
	}{
		{"none", nil, nil, []string{}},
		{"none used", []string{"a.txt", "b.txt"}, []bool{false, false}, []string{"", ""}},
		{"some used", []string{"peru.txt", "2024/compare-7.txt", "notes.v2.txt", "chile.txt"},
			[]bool{true, true, true, false}, []string{"peru", "2024/compare-7", "notes.v2", ""}},
		{"used shorter than names", []string{"a.txt", "b.txt"}, []bool{true}, []string{"a", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ids := sourceIDs(tt.names, tt.used)
			if !slices.Equal(ids.of, tt.want) && len(tt.want)+len(ids.of) > 0 {
				t.Fatalf("ids %q, want %q", ids.of, tt.want)
			}
			var prev string
			for _, f := range ids.used {
				id := ids.of[f]
				if id == "" || f >= len(tt.used) || !tt.used[f] {
					t.Fatalf("file %d listed as used", f)
				}
				// Each ID follows the previous one in the same string.
				if prev != "" && uintptr(unsafe.Pointer(unsafe.StringData(id))) != uintptr(unsafe.Pointer(unsafe.StringData(prev)))+uintptr(len(prev)) {
					t.Fatalf("%q does not follow %q in one string", id, prev)
				}
				prev = id
			}
		})
	}
}
