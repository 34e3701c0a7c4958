package corpus

import (
	"slices"
	"testing"
)

// TestNumberedTitleParagraphs holds a numbered section title with its text
// on the next line apart from that text, and a wrapped numbered sentence
// whole.
func TestNumberedTitleParagraphs(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"title over its text", "1. Sovereignty\nMorocco considers that sovereignty applies to ICT infrastructure on its territory.\n",
			[]string{"1. Sovereignty", "Morocco considers that sovereignty applies to ICT infrastructure on its territory."}},
		{"roman, Spanish", "II. Diligencia debida\nEl Perú estima que los Estados deben adoptar medidas razonables.\n",
			[]string{"II. Diligencia debida", "El Perú estima que los Estados deben adoptar medidas razonables."}},
		{"title over a wrapped paragraph", "3. International humanitarian law\nMorocco affirms that international humanitarian law applies to cyber\noperations during armed conflict.\n",
			[]string{"3. International humanitarian law", "Morocco affirms that international humanitarian law applies to cyber operations during armed conflict."}},
		{"wrapped sentence ending in a joining word", "1. Morocco supports the work of the\nOpen-ended Working Group and its consensus report.\n",
			[]string{"Morocco supports the work of the Open-ended Working Group and its consensus report."}},
		{"wrapped sentence filling the width", "1. Morocco supports the consensus report adopted by the UN\nGeneral Assembly in 2021 and the eleven norms.\n",
			[]string{"Morocco supports the consensus report adopted by the UN General Assembly in 2021 and the eleven norms."}},
		{"list item continued in lower case", "2. Capacity building\nshould be demand-driven.\n",
			[]string{"Capacity building should be demand-driven."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			eachRawParagraph([]byte(tt.text), nil, func(p []byte, _ bool) { got = append(got, string(p)) }, nil)
			if !slices.Equal(got, tt.want) {
				t.Errorf("paragraphs\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}
