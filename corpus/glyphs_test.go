package corpus

import "testing"

// TestFixGlyphs: a PDF's ligatures become letters and its superscript
// footnote markers glued to a word go, but a unit's exponent, a marker
// opening a footnote and text with no such glyph are left as they are.
func TestFixGlyphs(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"signiﬁcant conﬂict ﬀ ﬃ ﬄ", "significant conflict ff ffi ffl"},
		{"The Kyrgyz Republic¹ attaches", "The Kyrgyz Republic attaches"},
		{"Like Turkmenistan² and Tajikistan,", "Like Turkmenistan and Tajikistan,"},
		{"une réunion en 2027².", "une réunion en 2027."},
		{"as the States said,¹² and", "as the States said, and"},
		{"La délégation de la Belgique¹ a proposé", "La délégation de la Belgique a proposé"},
		{"an area of 12 km² in all", "an area of 12 km² in all"},
		{"x² + y²", "x² + y²"},
		{"¹ A/70/174, para. 13.", "¹ A/70/174, para. 13."},
		{"Côte d'Ivoire — “quoted” …", "Côte d'Ivoire — “quoted” …"},
		{"plain ASCII text.", "plain ASCII text."},
	} {
		if got := string(fixGlyphs([]byte(tc.in))); got != tc.want {
			t.Errorf("fixGlyphs(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestTrimTimestamp: a transcript's time opening a line goes; footnote
// markers and other brackets stay.
func TestTrimTimestamp(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"[00:01:52] Ms. Vrabie (Republic of Moldova): Thank you.", "Ms. Vrabie (Republic of Moldova): Thank you."},
		{"[1:02:33]\tCHAIR: Thank you.", "CHAIR: Thank you."},
		{"[12:05] Speaker: yes.", "Speaker: yes."},
		{"[00:06:02]", ""},
		{"[1] See the report.", "[1] See the report."},
		{"[12] See the report.", "[12] See the report."},
		{"[00:01:52:07:01] x", "[00:01:52:07:01] x"},
		{"[inaudible]", "[inaudible]"},
		{"[2024] was a year", "[2024] was a year"},
		{"(00:05:02) Mr. Mensah (Ghana): Ghana licenses.", "Mr. Mensah (Ghana): Ghana licenses."},
		{"00:02:30 Ms. Wanjiru (Kenya): Thank you.", "Ms. Wanjiru (Kenya): Thank you."},
		{"10:30 The meeting resumed.", "The meeting resumed."},
		{"(2) States should cooperate.", "(2) States should cooperate."},
		{"1.2 Sovereignty", "1.2 Sovereignty"},
		{"3:1 was the vote.", "3:1 was the vote."},
		{"24-12345 (E)", "24-12345 (E)"},
		{"2024: a year of attacks.", "2024: a year of attacks."},
	} {
		if got := string(trimTimestamp([]byte(tc.in))); got != tc.want {
			t.Errorf("trimTimestamp(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
