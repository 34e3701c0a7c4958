package bot

import (
	"strings"
	"unicode"

	"github.com/stancebot/stancebot/corpus"
)

// A follow-up that names only a country carries the thread's last topic
// to it ("¿y el salvador?" after "chile ANCI" asked El Salvador on ANCI).
// Two such topics are not the new country's to hold: a national agency's
// initials the last question asked of another country ("chile ANCI",
// "rwanda NCSA": Chile's and Rwanda's own agencies, which no other country
// names so), and the topic of another country a thread goes back from
// ("volvamos a cuba" after "el salvador bitcoin": Cuba on bitcoin). When
// the new country then holds nothing on that topic, the follow-up asks
// about the country itself (esfr23; esfr22's "et le luxembourg ?" after
// "rwanda NCSA"), rather than answering that it says nothing on a word
// only the other country's statements hold. Going back to a country that
// holds the topic ("back to kenya" after "and ghana?" on ransomware) and
// a common topic carried ("¿y chile?" on estafas) are asked as before.

// topicDropped returns the question to ask instead of the follow-up text
// whose rewritten question r answered with nothing: "tell me about" its
// one country, when the follow-up names only that country and goes back
// to it, or the last question's topic is a national acronym (see above).
func topicDropped(c *corpus.Corpus, rec ReplyRecord, text string, r Reply) (string, bool) {
	if len(r.Answers) > 0 || len(r.Countries) != 1 || !c.Holds(r.Countries[0]) {
		return "", false
	}
	t := followUpLead(followUpText(text))
	rest, back := "", false
	for _, cue := range backCues {
		if r, ok := strings.CutPrefix(t, cue); ok {
			rest, back = r, true
			break
		}
	}
	if !back {
		for _, pre := range continuePrefixes {
			if r, ok := strings.CutPrefix(t+" ", pre); ok {
				rest = r
				break
			}
		}
		if rest == "" || !nationalAcronymTopic(c, rec) {
			return "", false
		}
	}
	p := Parse(c, readQuestion(c, strings.TrimSpace(rest), "", rec.Lang).English)
	if len(p.Countries) != 1 || p.Countries[0].Country != r.Countries[0] || len(p.Themes) > 0 || len(p.Content) > 0 {
		return "", false
	}
	return "tell me about " + r.Countries[0], true
}

// nationalAcronymTopic reports whether the last question's one topic word
// is initials typed in capitals ("ANCI", "NCSA", "CCB") that the acronym
// table does not know: a national agency's name, not a concept others
// share ("CERT", "CSIRT", "OEWG").
func nationalAcronymTopic(c *corpus.Corpus, rec ReplyRecord) bool {
	prev := Parse(c, readQuestion(c, rec.Question, "", rec.Lang).English)
	if len(prev.Countries) != 1 || len(prev.Themes) > 0 || len(prev.Words) != 1 {
		return false
	}
	w := prev.Words[0]
	if corpus.IsAcronymForm(w) {
		return false
	}
	for _, f := range strings.Fields(rec.Question) {
		f = strings.Trim(f, "?¿!¡.,;:()")
		if strings.EqualFold(f, w) && len(f) >= 3 && isInitials(f) {
			return true
		}
	}
	return false
}

// isInitials reports whether w is written in capitals (digits and hyphens
// allowed), as initials are.
func isInitials(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsDigit(r) || r == '-' || r == '.':
		default:
			return false
		}
	}
	return letters >= 2
}
