package bot

import (
	"slices"
	"strings"
	"time"
)

// IntentRecent asks for the statements of a period across the corpus:
// a question with only date words ("what's new since september",
// "anything from 2026?", "statements after june 2025", "¿algo desde
// marzo?"). It answered "I could not find a country or a topic", or
// listed the countries and dropped the period.
const IntentRecent = "recent"

// recentOnly reports whether p, read with date words d, asks only about a
// period: no country, region, place, unknown name, theme or topic word,
// and not a list of themes.
func recentOnly(p Parsed, d dateAsk) bool {
	if !d.filters() && !d.newest && !d.oldest {
		return false
	}
	// Help: the date words cut, nothing was left ("¿algo desde marzo?").
	if p.Intent != IntentNone && p.Intent != IntentHelp && !(p.Intent == IntentList && p.ListWhat != "themes") {
		return false
	}
	return len(p.Countries) == 0 && len(p.Themes) == 0 && len(p.Content) == 0 && len(p.Unknown) == 0 &&
		len(p.Regions) == 0 && len(p.Places) == 0 && p.Whose == ""
}

// answerRecent lists the statements first published in the asked period,
// newest first ("oldest" alone: oldest first), whoever holds them; each is
// its holder's own words, as in any reply. Undated statements are left
// out: the period cannot be said of them.
func answerRecent(a *asked, r *Reply) {
	d := a.dates
	if !a.c.HasDates() {
		r.Message = strings.TrimSpace(T(a.lang, msgNoIdea) + " " + a.t(msgDatesNone, d.quoted()))
		return
	}
	type dated struct {
		id int
		at time.Time
	}
	var ids []dated
	holders := map[string]bool{}
	for i := range a.c.Len() {
		dt := a.c.DateOf(i)
		if dt.IsZero() {
			continue
		}
		st := dt.Start()
		if (!d.from.IsZero() && st.Before(d.from)) || (!d.to.IsZero() && st.After(d.to)) {
			continue
		}
		ids = append(ids, dated{i, st})
		holders[a.c.Holder(i)] = true
	}
	oldest := d.oldest && !d.newest
	slices.SortStableFunc(ids, func(x, y dated) int {
		if oldest {
			return x.at.Compare(y.at)
		}
		return y.at.Compare(x.at)
	})
	period := ""
	if d.filters() {
		period = rangeText(a.lang, d.from, d.to)
	}
	if len(ids) == 0 {
		r.Message = a.t(msgRecentNone, period)
		return
	}
	limit := pick(a.n, defaultTheme)
	for _, x := range ids[min(a.offset, len(ids)):] {
		if len(r.Answers) == limit {
			break
		}
		r.Answers = append(r.Answers, toAnswer(a.c, new(a.c.Statement(x.id)), 0, ""))
	}
	order := a.t(msgDatesNewest)
	if oldest {
		order = a.t(msgDatesOldest)
	}
	if period == "" {
		r.Message = a.t(msgRecentAll, a.t(msgNStatements, len(ids)), a.t(msgNCountries, len(holders)), order, a.shown(len(r.Answers), len(ids)))
		return
	}
	r.Message = a.t(msgRecentIn, a.t(msgNStatements, len(ids)), a.t(msgNCountries, len(holders)), period, order, a.shown(len(r.Answers), len(ids)))
}
