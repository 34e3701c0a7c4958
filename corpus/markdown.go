package corpus

import (
	"bytes"
	"regexp"
)

// Markdown written into a .txt page: compilations and trackers bold or
// italicise the country that opens an item ("- **Fiji** – supports …",
// "* _Solomon Islands_ — favours …"), quote a passage with "> " and link
// with "[text](url)". Left in, the markers hid the item's label (every
// item went to the first country by block order) and showed in the
// statement's text. The emphasis markers and a link's address go; the
// words stay. Only paired markers at word edges are removed, so "5 * 3",
// "snake_case" and a lone footnote asterisk are kept. This is done on a
// paragraph's first sight only (cleanParagraph), never on a repeat.

var (
	mdStrongRe = regexp.MustCompile(`\*\*([^*\n]*[^*\s])\*\*|__([^_\n]*[^_\s])__`)
	mdEmRe     = regexp.MustCompile(`(^|[\s(\["“'‘])[*_]([^\s*_](?:[^*_\n]*[^\s*_])?)[*_]([\s.,;:!?)\]"”'’]|$)`)
	mdLinkRe   = regexp.MustCompile(`\[([^\[\]\n]+)\]\((?:https?://|mailto:|/|#|www\.)[^()\s]*\)`)
)

// stripMarkdown removes inline Markdown emphasis and link addresses from
// a paragraph (see above). p is returned unchanged (not copied) when it
// has none.
func stripMarkdown(p []byte) []byte {
	star, under := bytes.IndexByte(p, '*') >= 0, bytes.IndexByte(p, '_') >= 0
	link := bytes.Contains(p, []byte("]("))
	if !star && !under && !link {
		return p
	}
	if link {
		p = mdLinkRe.ReplaceAll(p, []byte("$1"))
	}
	if star || under {
		p = mdStrongRe.ReplaceAll(p, []byte("$1$2"))
		p = mdEmRe.ReplaceAll(p, []byte("$1$2$3"))
	}
	return p
}

// blockquote returns line without a Markdown quotation marker ("> The EU
// stands ready …"), or line as it is.
func blockquote(line []byte) []byte {
	if len(line) > 2 && line[0] == '>' && line[1] == ' ' {
		return bytes.TrimLeft(line[2:], " ")
	}
	return line
}
