package bot

import (
	"strings"

	"github.com/stancebot/stancebot/corpus"
)

// "what about the other gulf states", "and the other Baltics?": a region
// asked as the others of the country the thread is about is that region
// besides it, on the same topic. Read as a new question it answered for
// the whole region, the country just shown first again.
// TestOtherRegionFollowUp backs it.

// otherRegionFollowUp returns the question such a follow-up stands for.
func otherRegionFollowUp(c *corpus.Corpus, rec ReplyRecord, text string) (string, bool) {
	t := strings.TrimSpace(text)
	for _, pre := range continuePrefixes {
		if rest, ok := strings.CutPrefix(t+" ", pre); ok {
			t = strings.TrimSpace(rest)
			break
		}
	}
	// Only "the other …": the rest of a set the country belongs to.
	// "other small island states" may still show it beside them
	// (asked4-conversations.tsv).
	rest, ok := strings.CutPrefix(t, "the other ")
	if !ok {
		return "", false
	}
	rest = strings.Trim(rest, " ?!.")
	p := Parse(c, rest)
	if len(p.Regions) == 0 || len(p.Themes) > 0 || len(p.Content) > 0 {
		return "", false
	}
	names := holdersOfKeys(c, rec.Keys)
	for _, e := range rec.Earlier {
		if c.Holds(e) {
			names = appendNew(names, e)
		}
	}
	if len(names) == 0 {
		return "", false
	}
	q := rest + " besides " + strings.Join(names, ", ")
	prev := Parse(c, readQuestion(c, rec.Question, "", rec.Lang).English)
	if len(prev.Words) > 0 {
		q += " on " + strings.Join(prev.Words, " ")
	}
	return q, true
}
