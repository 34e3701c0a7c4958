package bot

import (
	"fmt"
	"strings"

	"github.com/stancebot/stancebot/corpus"
)

// ShownCitations is how many citations an answer shows before "N more";
// the full list stays in Answer.Citations (and the `sources` follow-up).
const ShownCitations = 3

// citations turns a statement's source metadata (newest first, built by
// c on demand; a nil c, as in tests and fakes, cites the IDs alone) into
// citations.
func citations(c *corpus.Corpus, s *corpus.Statement) []Citation {
	return citationsIn(c, s, nil)
}

// citationsIn is citations written into out when it is not nil (len(out)
// == len(s.Sources), zeroed: answers gives every answer its part of one
// allocation); a statement whose sources must be sorted still gets a
// list of its own.
func citationsIn(c *corpus.Corpus, s *corpus.Statement, out []Citation) []Citation {
	// Most statements' sources are undated and listed in ID order, which
	// is already newest first: their citations are made in one pass,
	// without the list of sources corpus.Citations builds to sort (half
	// of an answer's allocations on a corpus whose paragraphs repeat
	// across many files). TestCitationsOnePass holds it to that path.
	if out == nil {
		out = make([]Citation, len(s.Sources))
	}
	if c != nil && c.SourcesInOrder(s) {
		// Known plain: no comparison of the IDs (SourcesInOrder).
		if !c.HasSourceMeta() { // nothing to look up: each source is its ID
			for k, id := range s.Sources {
				out[k] = Citation{ID: id}
			}
			return out
		}
		for k, id := range s.Sources {
			src := c.Source(id)
			out[k] = Citation{ID: src.ID, Title: src.Title, URL: src.URL, Publisher: src.Publisher}
		}
		return out
	}
	for k, id := range s.Sources {
		src := corpus.Source{ID: id}
		if c != nil {
			src = c.Source(id)
		}
		if !src.Date.IsZero() || k > 0 && s.Sources[k-1] >= id {
			return citationsSorted(c, s)
		}
		out[k] = Citation{ID: src.ID, Title: src.Title, URL: src.URL, Publisher: src.Publisher}
	}
	return out
}

// citationsSorted is citations through corpus.Citations, which sorts.
func citationsSorted(c *corpus.Corpus, s *corpus.Statement) []Citation {
	srcs := c.Citations(s)
	out := make([]Citation, 0, len(srcs))
	for _, src := range srcs {
		out = append(out, Citation{ID: src.ID, Title: src.Title, URL: src.URL, Publisher: src.Publisher, Date: src.Date.String()})
	}
	return out
}

// Label is the citation as one line of plain text, without the URL:
// `"Title", Publisher, 2021-03 [id]`; a source without metadata is its ID.
func (c Citation) Label() string {
	var parts []string
	if c.Title != "" {
		parts = append(parts, "“"+c.Title+"”")
	}
	if c.Publisher != "" {
		parts = append(parts, c.Publisher)
	}
	if c.Date != "" {
		parts = append(parts, c.Date)
	}
	if len(parts) == 0 {
		return c.ID
	}
	return strings.Join(parts, ", ") + " [" + c.ID + "]"
}

// Text is the citation as one line of plain text with its URL in angle
// brackets (so terminals and clients make it clickable and no punctuation
// runs into it): `“Title”, Publisher, 2021-03 <https://…> [id]`.
func (c Citation) Text() string {
	s := c.Label()
	if c.URL == "" {
		return s
	}
	if s == c.ID {
		return "<" + c.URL + "> [" + c.ID + "]"
	}
	i := strings.LastIndex(s, " [")
	return s[:i] + " <" + c.URL + ">" + s[i:]
}

// SplitCitations returns the citations to show and how many more there are.
func SplitCitations(cs []Citation) (shown []Citation, more int) {
	if len(cs) <= ShownCitations {
		return cs, 0
	}
	return cs[:ShownCitations], len(cs) - ShownCitations
}

// MoreCitations is the "N more" note ("" for 0).
func MoreCitations(n int) string {
	if n <= 0 {
		return ""
	}
	return fmt.Sprintf("%d more", n)
}
