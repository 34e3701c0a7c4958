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

// causeClauseEnd returns the byte index of the comma that closes a
// leading cause clause of text (see causeOpeners), or 0 when text opens
// with none or nothing of a question follows the comma (at least three
// words).
func causeClauseEnd(text string) int {
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
