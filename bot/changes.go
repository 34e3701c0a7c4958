package bot

import "github.com/stancebot/stancebot/changes"

// ChangesReply is the "what changed" post (and `stancebot changes`) for a
// report: its short summary as the message, the whole report attached.
func ChangesReply(r changes.Report) Reply {
	out := Reply{Intent: IntentChanges, Countries: []string{}, Themes: []string{}, Answers: []Answer{}, Related: []Answer{},
		Message: r.Summary(maxChangeCountries), Changes: &r}
	for _, c := range r.Countries {
		out.Countries = append(out.Countries, c.Country)
	}
	return out
}

// maxChangeCountries keeps a "what changed" post short: past it the
// summary says "and N more countries".
const maxChangeCountries = 12
