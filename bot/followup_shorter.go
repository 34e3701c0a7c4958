package bot

import (
	"strings"

	"github.com/stancebot/stancebot/corpus"
)

// A follow-up asking for a shorter reply ("shorter pls", "tl;dr", "too
// long", "just the gist") asks the last question again with fewer
// answers: the first for one country, the first three across countries.
// Read as a new question it was a topic ("No country in the corpus speaks
// on shorter"), and the thread lost its question for the next follow-up.
// TestShorterFollowUp backs it.

// shorterAsks are the whole messages (folded, filler dropped) that ask for
// a shorter reply.
var shorterAsks = phraseSet(`shorter|shorter version|a shorter version|short version|make it shorter|can you make it shorter|` +
	`tl;dr|tldr|tl dr|too long|too long didn't read|just the gist|the gist|gist|in short|briefly|summary|summarise|summarize|` +
	`shorter answer|shorter one|shorter reply|the short version|the tl;dr|tl;dr version|tldr version|just the top one|just the first one`)

// shorterFollowUp returns the last question limited to fewer answers.
func shorterFollowUp(c *corpus.Corpus, rec ReplyRecord, text string) (string, bool) {
	words := followUpCore(strings.Fields(strings.Trim(followUpLead(followUpText(text)), " ?!.")))
	if !shorterAsks[strings.Join(words, " ")] || rec.Question == "" {
		return "", false
	}
	if rec.Intent == IntentStance || rec.Intent == IntentCountry {
		return rec.Question + " top 1", true
	}
	return rec.Question + " top 3", true
}
