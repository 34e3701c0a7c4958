package corpus

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
)

// A page saved from a browser or exported by a CMS is HTML in a .txt
// file: "<h1>Statement by Jamaica …</h1><p>Mr. Chair,</p><p>I have the
// honour …</p>". Read as text, its lines end in "</p>", never a sentence's
// end, so the whole page ran into one paragraph held by whichever country
// it named first: the title, a group's statement and the speaker's
// national part in one. htmlText turns such a page into the text the
// corpus reads: a block element (p, div, li, blockquote, …) is a
// paragraph, a heading (h1–h6) a Markdown heading, a table's rows
// tab-separated lines (read as a table, see eachRawParagraphCols), and
// script, style and the document's head are dropped. x/net/html tokenises
// it (entities decoded, broken markup tolerated) rather than expressions
// over tags.

// looksHTML reports a file that is an HTML page or fragment: it opens with
// a tag, and its first kilobyte has a document or block tag.
func looksHTML(text []byte) bool {
	t := bytes.TrimLeft(text, " \t\n")
	if len(t) == 0 || t[0] != '<' {
		return false // nearly every file: one byte read
	}
	head := bytes.ToLower(t[:min(len(t), 1024)])
	for _, tag := range []string{"<!doctype html", "<html", "<body", "<p>", "<p ", "<div", "<h1", "<h2", "<h3", "<br", "<table", "<ul", "<article", "<section"} {
		if bytes.Contains(head, []byte(tag)) {
			return true
		}
	}
	return false
}

// htmlBlocks end a paragraph where they open or close.
var htmlBlocks = toSet(`p div section article header footer main aside nav blockquote li ul ol dl dt dd figure figcaption
pre address hr table tbody thead tfoot caption form fieldset center`)

// htmlSkipped are elements whose text is no part of the page's content.
var htmlSkipped = toSet(`script style head title noscript template svg iframe object`)

// htmlText returns the text of an HTML page (see looksHTML) as the
// corpus reads text.
func htmlText(page []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(page))
	z := html.NewTokenizer(bytes.NewReader(page))
	skip := 0         // depth inside skipped elements
	cell := false     // a table cell is open in the current row
	lineStart := true // nothing but blanks written since the last line break
	space := false    // the last text ended with white space
	brk := func(s string) {
		trimTrailingSpace(&out)
		b := out.Bytes()
		switch {
		case len(b) == 0:
		case s == "\n\n" && bytes.HasSuffix(b, []byte("\n\n")):
		case s == "\n\n" && b[len(b)-1] == '\n':
			out.WriteByte('\n')
		case s == "\n" && b[len(b)-1] == '\n':
		default:
			out.WriteString(s)
		}
		lineStart, space = true, false
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			trimTrailingSpace(&out)
			out.WriteByte('\n')
			return out.Bytes()
		case html.TextToken:
			if skip > 0 {
				continue
			}
			raw := z.Text()
			text := strings.Join(strings.Fields(string(raw)), " ")
			if text == "" {
				space = space || len(raw) > 0
				continue
			}
			if !lineStart && (space || startsBlank(raw)) {
				out.WriteByte(' ')
			}
			out.WriteString(text)
			lineStart, space = false, endsBlank(raw)
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if htmlSkipped[tag] {
				switch tt {
				case html.StartTagToken:
					skip++
				case html.EndTagToken:
					skip = max(skip-1, 0)
				}
				continue
			}
			if skip > 0 {
				continue
			}
			switch {
			case len(tag) == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6':
				if tt == html.StartTagToken {
					brk("\n\n")
					out.WriteString(strings.Repeat("#", int(tag[1]-'0')) + " ")
					lineStart = false
				} else {
					brk("\n\n")
				}
			case tag == "br":
				brk("\n")
			case tag == "tr":
				if tt == html.StartTagToken {
					brk("\n") // (a blank line between rows would end the table)
				}
				cell = false
			case tag == "td" || tag == "th":
				if tt == html.StartTagToken {
					if cell {
						trimTrailingSpace(&out)
						out.WriteByte('\t')
					}
					cell, lineStart = true, true
				}
			case tag == "table" || tag == "tbody" || tag == "thead" || tag == "tfoot":
				if tt == html.StartTagToken && tag == "table" || tt == html.EndTagToken && tag == "table" {
					brk("\n\n")
				}
			case htmlBlocks[tag]:
				if tag == "li" && tt == html.StartTagToken {
					brk("\n")
					out.WriteString("- ")
					lineStart = false
					continue
				}
				brk("\n\n")
			}
		}
	}
}

// startsBlank and endsBlank report white space at either end of raw text.
func startsBlank(b []byte) bool {
	return len(b) > 0 && (b[0] == ' ' || b[0] == '\n' || b[0] == '\t' || b[0] == '\r')
}

func endsBlank(b []byte) bool {
	return len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\n' || b[len(b)-1] == '\t' || b[len(b)-1] == '\r')
}

// trimTrailingSpace drops the blanks that end the buffer.
func trimTrailingSpace(out *bytes.Buffer) {
	b := out.Bytes()
	n := len(b)
	for n > 0 && (b[n-1] == ' ' || b[n-1] == '\t') {
		n--
	}
	out.Truncate(n)
}
