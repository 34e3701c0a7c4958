package bot

import "strings"

// causeOpeners open a leading clause that gives the reason or occasion
// for a question rather than its time: "given the cable cuts in the Red
// Sea last year, has Yemen said anything on cables", "ahead of my call
// with the minister next month, what does …", "following the 2024 attack
// on the utility, what has …". A date inside such a clause dates the
// event it tells of, not the statements asked for. Clauses opened by a
// word of time ("since 2022, what has …", "after 2020, …") are not
// among them: their dates are the question's.
var causeOpeners = []string{"given ", "in light of ", "in view of ", "considering ", "because of ", "due to ", "following ",
	"ahead of ", "with ", "as ", "for ", "re ", "regarding ", "on the back of ", "in the wake of "}

// contextOpeners open a leading sentence in which the user tells what
// brings the question, in the first person: "we met the Cambodian police
// last week. what do they say about scams", "I saw the minister
// yesterday. …". Its dates are the meeting's, as a cause clause's are.
var contextOpeners = []string{"we ", "we're ", "we’re ", "we've ", "we’ve ", "we'd ", "we had ", "i ", "i'm ", "i’m ", "i've ", "i’ve ",
	"my ", "our ", "context: ", "fyi "}

// requestWords make a first-person sentence the request itself, its dates
// the question's: "I need statements from last week. what did Peru say".
var requestWords = []string{" need ", " want ", "looking for", "interested in", " only ", "'d like", "’d like", " would like "}

// asksFor reports whether a leading first-person sentence s (lower case)
// asks for something (requestWords) rather than telling an occasion.
func asksFor(s string) bool {
	s = " " + s + " "
	for _, w := range requestWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// causeClauseEnd returns the byte index of the comma that closes a
// leading cause clause of text (see causeOpeners), or just past the full
// stop that closes a leading context sentence (see contextOpeners), or 0
// when text opens with neither or nothing of a question follows (at
// least three words).
func causeClauseEnd(text string) int {
	for _, o := range contextOpeners {
		if len(text) > len(o) && strings.EqualFold(text[:len(o)], o) {
			i := strings.Index(text, ". ")
			if i < 0 || len(strings.Fields(text[i+2:])) < 3 || asksFor(strings.ToLower(text[:i])) {
				return 0
			}
			return i + 1
		}
	}
	opens := false
	for _, o := range causeOpeners {
		if len(text) > len(o) && strings.EqualFold(text[:len(o)], o) {
			opens = true
			break
		}
	}
	if !opens {
		return 0
	}
	i := strings.IndexByte(text, ',')
	if i < 0 || len(strings.Fields(text[i+1:])) < 3 {
		return 0
	}
	return i + 1
}
