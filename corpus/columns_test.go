package corpus

import (
	"strings"
	"testing"
)

// TestColumnsReflow: two columns of prose side by side are read column by
// column; a laid-out table and a line with one wide gap are not.
func TestColumnsReflow(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"two columns", "" +
			"Palau has completed the first phase of its        Nauru has asked the Forum secretariat for\n" +
			"national strategy, which covers the cable.        help in drafting a law. Nauru has none.\n" +
			"\n" +
			"Tuvalu has joined the Forum's cyber network.\n" +
			"Samoa and Tonga run joint exercises every year.   Fiji hosts the regional centre in Suva.\n" +
			"Both have asked for more funding from donors.     It was opened by the Prime Minister.\n",
			[]string{"Palau has completed the first phase of its national strategy, which covers the cable.",
				"Nauru has asked the Forum secretariat for help in drafting a law. Nauru has none.",
				"Tuvalu has joined the Forum's cyber network.",
				// (A line ending a sentence ends a paragraph, in a column
				// as on a page.)
				"Samoa and Tonga run joint exercises every year.", "Both have asked for more funding from donors.",
				"Fiji hosts the regional centre in Suva.", "It was opened by the Prime Minister."}},
		{"one wide gap is no column", "" +
			"The representative of Palau said that her country      had adopted a strategy\n" +
			"in 2021 and that it covers the cable.\n",
			[]string{"The representative of Palau said that her country      had adopted a strategy in 2021 and that it covers the cable."}},
		{"a laid-out table is not prose", "" +
			"Country        Binding instrument      Attribution\n" +
			"Algeria        Supports                No public position\n",
			[]string{"Algeria — Binding instrument: Supports; Attribution: No public position."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			eachRawParagraph([]byte(tt.text), nil, func(p []byte, piece bool) { got = append(got, string(p)) }, nil)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("paragraphs:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
