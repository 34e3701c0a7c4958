package corpus

import (
	"bytes"
	"strings"
)

// A PDF converted with its document information printed first (pdfinfo's
// output, or a converter that writes it above the text) opens with lines
// such as "Title:          National statement – OEWG eleventh session",
// "Author:         Permanent Mission of the Republic of Kazakhstan to the
// United Nations", "Creator:        Microsoft Word", "Pages:          2".
// Read as text they were a table of fields, each field a statement of the
// country the Author names (TestPages5Corpus). They are the source's
// metadata, as front matter is: the Title and Author become its title and
// publisher (which may name its holder, see parseFile), the rest goes.

// pdfInfoKeys are the fields pdfinfo prints; pdfInfoOnly those no text
// but a PDF's information opens a line with.
var (
	pdfInfoKeys = toSet(`Title Subject Keywords Author Creator Producer CreationDate ModDate Custom Metadata Tagged
UserProperties Suspects Form JavaScript Pages Encrypted Page size Page rot File size Optimized PDF version`)
	pdfInfoOnly = toSet(`Creator Producer CreationDate ModDate Tagged UserProperties Suspects JavaScript Encrypted Optimized`)
)

// splitPDFInfo returns the text after a pdfinfo header opening it, and the
// source metadata the header gives; nil when the text opens otherwise. A
// header is three field lines or more, at least one of a field only
// pdfinfo prints (Creator, Producer, CreationDate …), up to the first line
// that is not a field.
func splitPDFInfo(text []byte) ([]byte, *Source) {
	if len(text) < 8 || !pdfInfoKeys[string(fieldKey(text))] {
		return text, nil // (nearly every file: one look at its first word)
	}
	var meta Source
	fields, only := 0, false
	rest := text
	for len(rest) > 0 {
		line, after, _ := bytes.Cut(rest, []byte("\n"))
		key := string(fieldKey(line))
		if !pdfInfoKeys[key] {
			if len(bytes.TrimSpace(line)) > 0 || fields == 0 {
				break
			}
			rest = after
			break // the blank line after the header
		}
		value := strings.TrimSpace(string(line[len(key)+1:]))
		switch key {
		case "Title":
			meta.Title = value
		case "Author":
			meta.Publisher = value
		}
		fields++
		only = only || pdfInfoOnly[key]
		rest = after
	}
	if fields < 3 || !only {
		return text, nil
	}
	return rest, &meta
}

// fieldKey returns the key of a "Key:   value" line (a key of letters,
// "Page size" and "PDF version" with their space), or nil.
func fieldKey(line []byte) []byte {
	i := bytes.IndexByte(line[:min(len(line), 17)], ':')
	if i <= 0 {
		return nil
	}
	for _, c := range line[:i] {
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == ' ') {
			return nil
		}
	}
	return line[:i]
}
