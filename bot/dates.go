package bot

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/stancebot/stancebot/corpus"
)

// dateAsk is what a question says about dates: "latest", "most recent"
// (order newest first), "oldest", "earliest" (order oldest first), "since 2021", "before 2020", "in 2019", "between
// 2018 and 2020" (keep statements dated in a range). A statement's date is
// the earliest date among its sources (corpus.Statement.Date): when the
// position was first published.
type dateAsk struct {
	phrases  []string  // the date words as typed, for notes
	newest   bool      // order newest first
	oldest   bool      // order oldest first ("the earliest statement"; newest wins if both)
	from, to time.Time // inclusive bounds on a statement's first day; zero: open
}

func (d dateAsk) active() bool   { return len(d.phrases) > 0 }
func (d dateAsk) filters() bool  { return !d.from.IsZero() || !d.to.IsZero() }
func (d dateAsk) quoted() string { return "“" + strings.Join(d.phrases, "”, “") + "”" }

const monthNames = `jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`

// dateRE matches one date: ISO 8601 at any precision, or "March 2021".
const dateRE = `(\d{4}(?:-\d{2}(?:-\d{2})?)?|(?:` + monthNames + `)\.?\s+\d{4})`

var (
	newestRE = regexp.MustCompile(`(?i)\b(?:the\s+)?(?:latest|newest|most\s+recent(?:ly)?|(?:more\s+)?recent(?:ly)?)\b`)
	// newsRE asks what is new as chat does ("what's new?", "anything new
	// on ransomware", "any updates from Kenya", "news?"): newest first.
	// "new" alone is no such word ("new norms", "a new convention").
	newsRE = regexp.MustCompile(`(?i)\b(?:what(?:'|’|\s+i)?s\s+new|(?:is\s+there\s+)?(?:anything|something)\s+new|any\s+(?:news|updates?)|what\s+are\s+the\s+updates)\b|^\s*(?:news|updates?)\s*[?!.]*\s*$`)
	// lastVerbRE is "last" right before a verb of speaking ("when did
	// estonia last talk about ransomware", "what did chile last say"):
	// the latest, where "the last OEWG session" names one session.
	lastVerbRE = regexp.MustCompile(`(?i)\blast\s+((?:say|said|says|talk|talked|speak|spoke|spoken|mention|mentioned|discuss|discussed|raise|raised|address|addressed|comment|commented|refer|referred|touch|touched|publish|published|issue|issued|update|updated|state|stated)\b)`)
	// oldestRE also reads "first" before a statement's noun ("first
	// statement by kenya", "kenya's first remarks"): the earliest, where
	// "first" was read as the topic; "first committee" and "first 3"
	// stay (a venue, a count).
	oldestRE  = regexp.MustCompile(`(?i)\b(?:the\s+)?(?:oldest|earliest)(?:\s+first)?\b|\b(?:the\s+)?(?:very\s+)?first\s+` + statementNouns + `\b`)
	betweenRE = regexp.MustCompile(`(?i)\b(?:between\s+` + dateRE + `\s+and|from\s+` + dateRE + `\s+(?:to|until|till|through|thru))\s+` + dateRE + `\b`)
	boundRE   = regexp.MustCompile(`(?i)\b(since|after|from|later\s+than|before|until|till|up\s+to|prior\s+to|earlier\s+than|in|during)\s+` + dateRE + `(?:\s+onwards?)?\b`)
)

// statementNouns are the nouns "first" orders by date ("first
// statement", "first remarks").
const statementNouns = `(?:(?:public\s+|official\s+)?statements?|remarks|comments?|interventions?|speech(?:es)?|communiqu[eé]s?|press\s+releases?|declarations?|positions?|mentions?)`

// cutDates reads the date words of a question and returns the question
// without them (so "latest" or "2021" do not become topic words).
func cutDates(text string) (string, dateAsk) {
	if !mayHaveDates(text) {
		if singleSpaced(text) {
			return text, dateAsk{} // what joining its fields gives, without copying it
		}
		return strings.Join(strings.Fields(text), " "), dateAsk{}
	}
	return cutDatesRE(text)
}

// cutDatesRE is cutDates without the pre-check.
func cutDatesRE(text string) (string, dateAsk) {
	if n := causeClauseEnd(text); n > 0 {
		// The dates of a leading clause of reason are the event's, not
		// the question's (causeOpeners).
		rest, d := cutDatesRE(text[n:])
		return strings.Join(strings.Fields(text[:n]+" "+rest), " "), d
	}
	var d dateAsk
	cut := func(re *regexp.Regexp, fn func(m []string) bool) {
		text = re.ReplaceAllStringFunc(text, func(s string) string {
			if !fn(re.FindStringSubmatch(s)) {
				return s
			}
			d.phrases = append(d.phrases, strings.Join(strings.Fields(s), " "))
			return " "
		})
	}
	text = cutMonthRange("", text, &d)
	text = cutPartOfYear("", text, &d)
	cut(betweenRE, func(m []string) bool {
		first := m[1] // between … and …
		if first == "" {
			first = m[2] // from … to …
		}
		a, okA := readDate(first)
		b, okB := readDate(m[3])
		if !okA || !okB {
			return false
		}
		if b.Compare(a) < 0 {
			a, b = b, a
		}
		d.from, d.to = a.Start(), b.End()
		return true
	})
	cut(boundRE, func(m []string) bool {
		at, ok := readDate(m[2])
		if !ok {
			return false
		}
		switch strings.ToLower(strings.Join(strings.Fields(m[1]), " ")) {
		case "since", "from":
			d.from = at.Start()
		case "after", "later than":
			d.from = at.End().AddDate(0, 0, 1)
		case "before", "prior to", "earlier than":
			d.to = at.Start().AddDate(0, 0, -1)
		case "until", "till", "up to":
			d.to = at.End()
		case "in", "during":
			d.from, d.to = at.Start(), at.End()
		}
		return true
	})
	text = cutBareMonth("", text, &d)
	text = cutRelative("", text, &d)
	cut(newestRE, func([]string) bool { d.newest = true; return true })
	text = lastVerbRE.ReplaceAllStringFunc(text, func(s string) string {
		d.newest = true
		d.phrases = append(d.phrases, "last")
		return lastVerbRE.FindStringSubmatch(s)[1] // the verb stays: it frames the question
	})
	cut(newsRE, func([]string) bool { d.newest = true; return true })
	cut(oldestRE, func([]string) bool { d.oldest = true; return true })
	return strings.Join(strings.Fields(text), " "), d
}

// mayHaveDates is a cheap pre-check for cutDates: its regular expressions
// cost about a fifth of a question's time, and most questions have no
// date words. A date needs an ASCII digit (\d is ASCII in RE2), and the
// newest-first words all contain "latest", "new", "update" or "recent" ("last"
// is checked too, so that the list stays a superset), the oldest-first
// ones "oldest" or "earliest". Text with any non-ASCII byte goes to the expressions as it is, because (?i)
// folds a few non-ASCII letters onto ASCII ones (ſ onto s).
//
// It reads the text once, trying a word only where its first letter is
// (six searches of the whole text were a twentieth of a stance question;
// TestMayHaveDatesOnePass).
func mayHaveDates(text string) bool {
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= utf8.RuneSelf || ('0' <= c && c <= '9') {
			return true
		}
		var hit bool
		switch c | 0x20 { // ASCII lower case; only a letter maps onto these
		case 'l':
			hit = hasASCIIFoldAt(text, i, "latest") || hasASCIIFoldAt(text, i, "last")
		case 'n':
			hit = hasASCIIFoldAt(text, i, "new") // newest, news, what's new (newsRE)
		case 'u':
			hit = hasASCIIFoldAt(text, i, "update")
		case 'o':
			hit = hasASCIIFoldAt(text, i, "oldest")
		case 'e':
			hit = hasASCIIFoldAt(text, i, "earliest")
		case 'f':
			hit = hasASCIIFoldAt(text, i, "first") // "first statement" (oldestRE)
		case 'r':
			hit = hasASCIIFoldAt(text, i, "recent")
		case 'y':
			hit = hasASCIIFoldAt(text, i, "year")
		case 'm':
			hit = hasASCIIFoldAt(text, i, "month")
		case 'w':
			hit = hasASCIIFoldAt(text, i, "week")
		case 'd':
			hit = hasASCIIFoldAt(text, i, "day")
		case 's':
			hit = hasASCIIFoldAt(text, i, "since") // a bare month (see cutBareMonth)
		case 'a':
			hit = hasASCIIFoldAt(text, i, "after")
		case 'b':
			hit = hasASCIIFoldAt(text, i, "before")
		case 'i':
			hit = hasASCIIFoldAt(text, i, "in ") && (monthAt(text, i+3) || hasASCIIFoldAt(text, i+3, "may")) // "in january", "in may" (see cutBareMonth)
		}
		if hit {
			return true
		}
	}
	return false
}

// monthAt reports whether s holds an English month name other than May at
// byte i (May after "in" is a date only ending the question; see
// cutBareMonth).
func monthAt(s string, i int) bool {
	for _, m := range [...]string{"january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"} {
		if hasASCIIFoldAt(s, i, m) {
			return true
		}
	}
	return false
}

// hasASCIIFoldAt reports whether s holds the lower-case ASCII word w at
// byte i, ignoring ASCII case.
func hasASCIIFoldAt(s string, i int, w string) bool {
	if i+len(w) > len(s) {
		return false
	}
	for j := 0; j < len(w); j++ {
		c := s[i+j]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[j] {
			return false
		}
	}
	return true
}

// singleSpaced reports whether ASCII text is its words joined by single
// spaces: no leading, trailing or repeated space and no other white
// space, so that strings.Join(strings.Fields(text), " ") is text itself
// (TestSingleSpaced).
func singleSpaced(text string) bool {
	if text == "" || text[0] == ' ' || text[len(text)-1] == ' ' {
		return false
	}
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\t', '\n', '\v', '\f', '\r':
			return false
		case ' ':
			if text[i-1] == ' ' {
				return false
			}
		}
	}
	return true
}

// readDate reads "2021", "2021-03", "2021-03-04" or "March 2021"; years
// outside 1900–2099 are not dates here (they are more likely numbers, as
// in "resolution 2341").
func readDate(s string) (corpus.Date, bool) {
	if f := strings.Fields(s); len(f) == 2 {
		y, err := strconv.Atoi(f[1])
		if err != nil {
			return corpus.Date{}, false
		}
		name := strings.ToLower(strings.TrimSuffix(f[0], "."))
		for m := time.January; m <= time.December; m++ {
			if strings.HasPrefix(strings.ToLower(m.String()), name[:min(3, len(name))]) {
				s = fmt.Sprintf("%04d-%02d", y, int(m))
				break
			}
		}
	}
	d, err := corpus.ParseDate(s)
	if err != nil || d.Year < 1900 || d.Year > 2099 {
		return corpus.Date{}, false
	}
	return d, true
}

// intentDefaults are the answer counts the intent handlers use for n = 0.
var intentDefaults = map[string]int{IntentStance: defaultStance, IntentCountry: defaultCountry, IntentTheme: defaultTheme, IntentCompare: defaultCompare}

// answerDated runs the intent's handler and applies the question's dates:
// with a date filter the handler is asked for every relevant statement,
// which is then filtered and cut to the usual count (per country for
// compare); "latest" orders newest first. When the corpus has no dates the
// question is answered as usual with a one-line note. It returns what was
// done, for explain ("" when the question had no date words).
func answerDated(a *asked, r *Reply, h intentHandler) string {
	d := a.dates
	def, ranked := intentDefaults[r.Intent]
	if !d.active() || !ranked {
		h.handle(a, r)
		return ""
	}
	if !a.c.HasDates() {
		h.handle(a, r)
		note := a.t(msgDatesNone, d.quoted())
		r.Message = strings.TrimSpace(r.Message + " " + note)
		return note
	}
	want := pick(a.n, def)
	// A count asked with "latest" or "oldest" ("latest … top 1": "which
	// one was most recent" in a thread) is the newest that many, not the
	// best-ranked that many ordered by date: asked for every relevant
	// statement, cut below after the ordering, as a date filter is.
	recut := d.filters() || (d.newest || d.oldest) && a.n > 0
	if recut {
		a.n = a.c.Len() // every relevant statement; cut below
		if r.Intent == IntentTheme && d.filters() {
			// Each country's best statement in the date range, not its
			// best statement filtered by the range.
			h = handleThemeAll
		}
	}
	h.handle(a, r)
	dates := make(map[string]corpus.Date, len(r.Answers)+len(r.Related))
	for _, as := range [][]Answer{r.Answers, r.Related} {
		for _, x := range as {
			dates[x.Date], _ = corpus.ParseDate(x.Date)
		}
	}
	before, qualified := len(r.Answers), 0
	undated := 0
	keep := func(as []Answer) []Answer {
		out := as[:0]
		for _, x := range as {
			dt := dates[x.Date]
			if dt.IsZero() {
				undated++
				continue
			}
			if st := dt.Start(); (!d.from.IsZero() && st.Before(d.from)) || (!d.to.IsZero() && st.After(d.to)) {
				continue
			}
			out = append(out, x)
		}
		return out
	}
	var how []string
	if d.filters() {
		r.Answers = keep(r.Answers)
		r.Related = keep(r.Related)
		qualified = len(r.Answers)
		how = append(how, a.t(msgDatesKept, rangeText(a.lang, d.from, d.to)))
	}
	if d.newest || d.oldest {
		order := func(as []Answer) {
			slices.SortStableFunc(as, func(x, y Answer) int {
				if r.Intent == IntentCompare && x.Country != y.Country {
					return 0 // compare keeps its countries' order
				}
				dx, dy := dates[x.Date], dates[y.Date]
				if dx.IsZero() != dy.IsZero() {
					if dx.IsZero() {
						return 1
					}
					return -1
				}
				if !d.newest {
					return dx.Compare(dy)
				}
				return dy.Compare(dx)
			})
		}
		order(r.Answers)
		order(r.Related)
		if d.newest {
			how = append(how, a.t(msgDatesNewest))
		} else {
			how = append(how, a.t(msgDatesOldest))
		}
	}
	if !d.filters() {
		qualified = before
	}
	if recut {
		if r.Intent == IntentTheme && d.filters() {
			r.Answers = cutAnswers(r.Answers, 1, true)
			names := make([]string, len(r.Answers))
			for i, x := range r.Answers {
				names[i] = x.Country
			}
			if len(names) == 0 {
				r.Message = a.t(msgThemeNone, a.on(a.topic)) // not "0 countries on T: ."
			} else {
				r.Message = a.t(msgThemeSummary, a.t(msgNCountries, len(names)), a.on(a.topic), strings.Join(a.names(names), ", "))
			}
			if note := leftOutNote(a); note != "" {
				r.Message = note + " " + r.Message
			}
		}
		r.Answers = cutAnswers(r.Answers, want, r.Intent == IntentCompare)
		r.Related = cutAnswers(r.Related, pick(a.n0, defaultRelated), false)
		recountStance(a, r, before, qualified)
	}
	note := a.t(msgDatesNote, d.quoted(), strings.Join(how, ", "))
	if d.filters() {
		note += a.t(msgDatesQualify, strconv.Itoa(qualified), strconv.Itoa(before))
		if undated > 0 {
			note += a.t(msgDatesUndated, undated, strconv.Itoa(undated))
		}
		note += "."
	}
	r.Message = strings.TrimSpace(r.Message + " " + note)
	return note
}

// recountStance says one country's headline again with the statements
// the dates kept, and how many are shown when a count cut them ("latest …
// top 1"): "Paraguay on critical infrastructure: 1 statement." over
// no answer, when its one statement was from before the dates asked ("since
// 2025?" in a thread, or in the question), read as the statement shown
// being out of date, not as there being none in the dates asked.
func recountStance(a *asked, r *Reply, before, qualified int) {
	if r.Intent != IntentStance || len(r.Countries) != 1 || qualified >= before && len(r.Answers) >= before {
		return
	}
	country := r.Countries[0]
	old := a.ts(msgStanceSummary, a.name(country), a.on(a.topic), a.t(msgNStatements, before), a.shown(before, before))
	rest, ok := strings.CutPrefix(r.Message, old)
	if !ok {
		return
	}
	if qualified == 0 {
		r.Message = a.ts(msgDatesNoneIn, a.name(country), a.on(a.topic)) + rest
		return
	}
	r.Message = a.ts(msgStanceSummary, a.name(country), a.on(a.topic), a.t(msgNStatements, qualified), a.shown(len(r.Answers), qualified)) + rest
}

// answerThemeAll answers a theme question with every relevant statement,
// best first, not only each country's best (see answerDated).
// The question's left-out countries stay out: "who talks about data
// protection besides Mongolia since 2026" showed Mongolia among them
// (threads23).
func answerThemeAll(a *asked, r *Reply) {
	res := a.c.Search(a.query())
	if len(a.p.Except) > 0 {
		res.Hits = slices.DeleteFunc(res.Hits, func(h corpus.ScoredHit) bool { return slices.Contains(a.p.Except, a.c.Holder(h.Stmt)) })
	}
	r.Answers = answers(a.c, res.Hits)
}

// cutAnswers keeps the first n answers, or the first n per country.
func cutAnswers(as []Answer, n int, perCountry bool) []Answer {
	if !perCountry {
		if len(as) > n {
			return as[:n]
		}
		return as
	}
	seen := map[string]int{}
	out := as[:0]
	for _, x := range as {
		if seen[x.Country] < n {
			seen[x.Country]++
			out = append(out, x)
		}
	}
	return out
}

// rangeText says a date range in a language ("from 2020-01-01 to …").
func rangeText(code string, from, to time.Time) string {
	const day = "2006-01-02"
	switch {
	case !from.IsZero() && !to.IsZero():
		return T(code, msgRangeBetween, from.Format(day), to.Format(day))
	case !from.IsZero():
		return T(code, msgRangeFrom, from.Format(day))
	}
	return T(code, msgRangeTo, to.Format(day))
}
