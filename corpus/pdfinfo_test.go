package corpus

import "testing"

// TestSplitPDFInfo: a pdfinfo header opening a file is the source's
// metadata; a text that opens with a field or two of its own is text.
func TestSplitPDFInfo(t *testing.T) {
	for _, tc := range []struct {
		name, text, body, title, publisher string
	}{
		{"pdfinfo", "Title:          Statement\nAuthor:         Mission of Chile\nCreator:        Word\nPages:          2\n\nChile supports it.\n",
			"Chile supports it.\n", "Statement", "Mission of Chile"},
		{"no blank line after", "Producer: pdfTeX\nCreationDate: Tue Mar 10 2026\nPages: 3\nWe support it.\n", "We support it.\n", "", ""},
		{"a memo's fields", "Title: Our position\nAuthor: Ministry of Foreign Affairs of Chile\nDate: 2026\n\nChile supports it.\n", "", "", ""},
		{"text", "Chile supports it.\n", "", "", ""},
		{"one field", "Subject: ransomware\n\nChile supports it.\n", "", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body, meta := splitPDFInfo([]byte(tc.text))
			if tc.body == "" {
				if meta != nil || string(body) != tc.text {
					t.Fatalf("read as a pdfinfo header: %+v, body %q", meta, body)
				}
				return
			}
			if meta == nil || string(body) != tc.body || meta.Title != tc.title || meta.Publisher != tc.publisher {
				t.Fatalf("got %+v, body %q; want title %q, publisher %q, body %q", meta, body, tc.title, tc.publisher, tc.body)
			}
		})
	}
}
