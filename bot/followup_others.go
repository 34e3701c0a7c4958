package bot

import (
	"slices"
	"strings"

	"github.com/stancebot/stancebot/corpus"
)

// othersOn returns the question "who else?" or "the others?" stands for
// after a reply that showed some countries on topic: who talks about it
// besides those countries, so that the follow-up shows the others and not
// the same country again ("yemen on cables", "who else?" answers the
// other countries on cables, never Yemen first). A reply that showed no
// one asks the topic of everyone. The countries are listed one per
// "besides" clause with commas, so that names holding "and" ("Trinidad and
// Tobago") stay whole.
func othersOn(c *corpus.Corpus, rec ReplyRecord, topic string) string {
	return othersAsk(c, rec, "who talks about ", topic)
}

// othersAsk is othersOn asked with another lead: "who supports ", "who
// opposes " ("who else supports it?").
func othersAsk(c *corpus.Corpus, rec ReplyRecord, lead, topic string) string {
	q := lead + topic
	names := holdersOfKeys(c, rec.Keys)
	for _, e := range rec.Earlier {
		// "tanzania on cables", "and mauritius?", "anyone else?": else
		// than every country the thread asked about, not only the last.
		if c.Holds(e) {
			names = appendNew(names, e)
		}
	}
	if len(names) == 0 {
		return q
	}
	return q + " besides " + strings.Join(names, ", ")
}

// olderAsks ask for what was said before the statements the last reply
// showed: "older ones?", "anything older?", "anything before that?".
var olderAsks = phraseSet(`older ones|the older ones|any older ones|older|anything older|any older|something older|` +
	`older statements|any older statements|older stuff|earlier ones|anything earlier|any earlier|earlier statements|` +
	`anything before that|before that|what about before that|what did they say before|previous ones|the previous ones`)

// olderOf returns the last question limited to statements first published
// before the earliest the last reply showed ("older ones?" after answers
// of March 2026 asks the question again "before 2026-03-25"), so the
// reply shows the older statements or says there are none. Without a
// dated statement in the last reply there is no "before": ok is false.
func olderOf(c *corpus.Corpus, rec ReplyRecord) (string, bool) {
	var oldest corpus.Date
	for i := range c.Len() {
		if !slices.Contains(rec.Keys, c.Key(i)) { // Key first: Meta builds the source list
			continue
		}
		if d := c.Meta(i).Date; !d.IsZero() && (oldest.IsZero() || d.Compare(oldest) < 0) {
			oldest = d
		}
	}
	if oldest.IsZero() || rec.Question == "" {
		return "", false
	}
	return rec.Question + " before " + oldest.String(), true
}
