package corpus

import "testing"

// TestReportOpener: a report of who spoke is told from other openings
// that share its first word.
func TestReportOpener(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Une délégation a estimé que le mécanisme devait rester ouvert.", true},
		{"One delegation said that the draft was too long.", true},
		{"The representative of Malta said that the draft was too long.", true},
		{"Varias delegaciones expresaron su preocupación.", true},
		{"The Committee adopted the draft.", false},
		{"One of the main issues is funding.", false},
		{"Une approche régionale est nécessaire.", false},
		{"the representative of Malta said", false},
	} {
		if got := reportOpener([]byte(tc.line)); got != tc.want {
			t.Errorf("reportOpener(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}
