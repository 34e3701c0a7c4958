package corpus

import (
	"context"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestSectionThemes: a paragraph under a section heading has the
// heading's themes, whether or not it says the heading's words; a page
// title, a list item, a country's heading and a heading with no theme
// give none.
func TestSectionThemes(t *testing.T) {
	tests := []struct {
		name string
		page string
		// para: a distinctive word of the paragraph checked; theme: the
		// theme it must have (or must not, when absent).
		para, theme string
		absent      bool
	}{
		{"numbered heading", "Position of Moldova on international law in cyberspace\n\n1. Introduction\n\nMoldova welcomes this opportunity.\n\n3. Due diligence\n\n3.1 Moldova considers that States must take reasonable steps to stop operations launched from their networks once they know of them.\n",
			"reasonable", "due diligence", false},
		{"heading after statements", "Moldova welcomes this opportunity to share its views.\n\nSovereignty\n\nMoldova holds that a remote operation that disables a ministry's servers breaches its rights.\n",
			"servers", "sovereignty", false},
		{"markdown sub-heading", "# Moldova\n\n## Attribution\n\nMoldova publishes its findings only after consulting partners.\n",
			"findings", "attribution", false},
		{"French numbered heading", "Position de la Moldavie\n\nII. Diligence raisonnable\n\nLa Moldavie estime que les États doivent prendre des mesures pour faire cesser les opérations lancées depuis leurs réseaux.\n",
			"cesser", "due diligence", false},
		{"until the next heading", "Moldova welcomes this opportunity.\n\n2. Sovereignty\n\nMoldova holds that remote operations may breach its rights.\n\n3. Outlook\n\nMoldova looks forward to the next session of the group.\n",
			"forward", "sovereignty", true},
		{"page title is not a section", "National positions on sovereignty in cyberspace: an overview\n\nMoldova has adopted a law on electronic signatures.\n",
			"signatures", "sovereignty", true},
		{"list item is not a section", "Moldova set out its priorities.\n\n- sovereignty\n\nMoldova has adopted a law on electronic signatures.\n",
			"signatures", "sovereignty", true},
		{"a country's heading ends the section", "Moldova welcomes this opportunity.\n\n2. Sovereignty\n\nMoldova holds that remote operations may breach its rights.\n\n## Georgia\n\nGeorgia has adopted a law on electronic signatures.\n",
			"signatures", "sovereignty", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Load(context.Background(), fstest.MapFS{"page.txt": {Data: []byte(tt.page)}}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for i := range c.Len() {
				s := c.Statement(i)
				if !strings.Contains(s.Text, tt.para) {
					continue
				}
				found = true
				if has := slices.Contains(s.Themes, tt.theme); has == tt.absent {
					t.Errorf("%.50q (%s): themes %v; %q wanted: %v", s.Text, s.Country, s.Themes, tt.theme, !tt.absent)
				}
			}
			if !found {
				t.Fatalf("no statement says %q", tt.para)
			}
		})
	}
}

// TestSectionNumberLen: a heading's number is read as one, a sentence's
// first word is not.
func TestSectionNumberLen(t *testing.T) {
	tests := []struct {
		p    string
		want int
	}{
		{"IV. Attribution", 4},
		{"2.1 Sovereignty", 4},
		{"3. Due diligence", 3},
		{"B) Capacity-building", 3},
		{"12.3.4 Data", 7},
		{"Mr. Chair", 0},
		{"Slovenia considers that", 0},
		{"H.E. Mr. Smith", 0},
		{"2025. The year", 0},
		{"I", 0},
		{"", 0},
	}
	for _, tt := range tests {
		if got := sectionNumberLen([]byte(tt.p)); got != tt.want {
			t.Errorf("sectionNumberLen(%q) = %d, want %d", tt.p, got, tt.want)
		}
	}
	for _, h := range []string{"IV. Application of international law", "II. Diligence raisonnable", "2.1 Sovereignty"} {
		if !isHeadingText([]byte(h)) {
			t.Errorf("isHeadingText(%q) = false", h)
		}
	}
}
