package bot

import (
	"fmt"
	"sort"
	"strings"

	"github.com/stancebot/stancebot/corpus"
)

// Default answer counts per intent when the caller passes n = 0.
const (
	defaultStance  = 3
	defaultCountry = 5
	defaultTheme   = 10
	defaultCompare = 1 // per country
	defaultRelated = 3
)

// asked is a question as read, with what every intent handler needs.
type asked struct {
	c        *corpus.Corpus
	p        Parsed
	n        int    // answers wanted, 0: the intent's default
	offset   int    // answers skipped ("more")
	topic    string // what was asked about, for messages
	hits     map[int]corpus.ScoredHit
	fallback string  // why answers came from full text, for explain
	dates    dateAsk // the question's date words (see dates.go)
	n0       int     // n as asked, before a date filter widened it
}

// query returns the corpus query for the question's topic.
func (a *asked) query(countries ...string) corpus.Query {
	return corpus.Query{Countries: countries, Themes: a.p.Themes, Terms: a.p.Terms, Mentioning: a.p.About}
}

// answers turns scored hits into answers, remembering the hits for explain.
func (a *asked) answers(hs []corpus.ScoredHit) []Answer {
	if a.hits == nil {
		a.hits = map[int]corpus.ScoredHit{}
	}
	for _, h := range hs {
		a.hits[h.Stmt] = h
	}
	return answers(a.c, hs)
}

func (a *asked) hasTopic() bool { return len(a.p.Themes) > 0 || len(a.p.Terms) > 0 }

// intentHandlers answer each intent; answer fills the common fields first.
var intentHandlers = map[string]func(a *asked, r *Reply){
	IntentHelp:    func(a *asked, r *Reply) { r.Message = helpText },
	IntentList:    func(a *asked, r *Reply) { r.Message = listMessage(a.c, a.p.ListWhat) },
	IntentNone:    func(a *asked, r *Reply) { r.Message = noneMessage() },
	IntentCountry: answerCountry,
	IntentStance:  answerStance,
	IntentTheme:   answerTheme,
	IntentCompare: answerCompare,
}

func answerCountry(a *asked, r *Reply) {
	country := r.Countries[0]
	ids := a.c.StatementsOf(country)
	if len(ids) == 0 {
		r.Message = absentMessage(a.c, country)
		r.Related = mentionedIn(a.c, country, a.n)
		return
	}
	limit := pick(a.n, defaultCountry)
	for _, id := range ids {
		if len(r.Answers) == limit {
			break
		}
		r.Answers = append(r.Answers, toAnswer(&a.c.Statements[id], 0, ""))
	}
	r.Message = fmt.Sprintf("%s: %s in the corpus%s.", country, plural(len(ids), "statement"), shown(len(r.Answers), len(ids)))
}

func answerStance(a *asked, r *Reply) {
	country := r.Countries[0]
	if !a.c.Holds(country) {
		r.Message = absentMessage(a.c, country)
		r.Related = relatedOthers(a, "")
		if len(r.Related) > 0 {
			r.Message += " Related statements by other countries" + onTopic(a.topic) + " are listed separately."
		}
		return
	}
	q := a.query(country)
	q.Limit = pick(a.n, defaultStance)
	q.Offset = a.offset
	res := a.c.Search(q)
	if res.Total == 0 && len(a.p.Themes) > 0 {
		// No statement of the country is tagged with the theme: its words
		// may still be in one ("data localisation" said as "data stored
		// within"). Rank the country's statements on all the question's
		// words; they answer only as "closest".
		q.Themes = nil
		q.Terms = untagged(a.p.Terms)
		res = a.c.Search(q)
		if res.Total > 0 {
			a.fallback = fmt.Sprintf("no statement of %s is tagged %s; ranked its statements on the question's words", country, a.topic)
		}
	}
	r.Answers = a.answers(res.Hits)
	if len(r.Answers) == 0 {
		if res.Total > 0 && a.offset > 0 {
			r.Message = fmt.Sprintf("No more statements by %s%s.", country, onTopic(a.topic))
			return
		}
		r.Message = fmt.Sprintf("The corpus has no statement by %s%s.", country, onTopic(a.topic))
		if len(a.p.About) > 0 {
			r.Message = fmt.Sprintf("The corpus has no statement by %s that mentions %s%s.", country, joinAnd(a.p.About), onTopic(a.topic))
			return
		}
		r.Related = relatedOthers(a, country)
		if len(r.Related) > 0 {
			r.Message += " Related statements by other countries are listed separately; they are not " + country + "'s position."
		}
		return
	}
	if len(a.p.About) > 0 {
		r.Message = fmt.Sprintf("%s on %s%s: %s%s.", country, joinAnd(a.p.About), onTopic(a.topic), plural(res.Total, "statement"), shown(len(r.Answers), res.Total))
		return
	}
	if r.Answers[0].Match == corpus.MatchClosest && a.hasTopic() {
		if a.fallback == "" {
			a.fallback = fmt.Sprintf("no theme matched %q; ranked %s's statements on the question's words", a.topic, country)
		}
		r.Message = closestMessage(country, a.topic, res.Total, len(r.Answers))
		return
	}
	r.Message = fmt.Sprintf("%s%s: %s%s.", country, onTopic(a.topic), plural(res.Total, "statement"), shown(len(r.Answers), res.Total))
}

// closestMessage introduces answers found by full text, not by a theme.
func closestMessage(country, topic string, total, shownN int) string {
	return fmt.Sprintf("No statement by %s matches a theme%s; the closest of %s's statements by their words: %s%s.", country, onTopic(topic), country, plural(total, "statement"), shown(shownN, total))
}

// untagged returns terms with every word counted as the question's own.
func untagged(ts []corpus.QueryTerm) []corpus.QueryTerm {
	out := make([]corpus.QueryTerm, len(ts))
	for i, t := range ts {
		t.InTheme = false
		out[i] = t
	}
	return out
}

func answerTheme(a *asked, r *Reply) {
	q := a.query()
	q.PerCountry = true
	res := a.c.Search(q)
	if a.offset > 0 {
		res.Hits = res.Hits[min(a.offset, len(res.Hits)):]
	}
	names := make([]string, len(res.Hits))
	for i, h := range res.Hits {
		names[i] = a.c.Statements[h.Stmt].Country
	}
	limit := pick(a.n, defaultTheme)
	if len(res.Hits) > limit {
		res.Hits = res.Hits[:limit]
	}
	r.Answers = a.answers(res.Hits)
	if len(names) == 0 {
		r.Message = fmt.Sprintf("No country in the corpus speaks%s.", onTopic(a.topic))
		return
	}
	r.Message = fmt.Sprintf("%s%s: %s.", plural(len(names), "country"), onTopic(a.topic), strings.Join(names, ", "))
}

func answerCompare(a *asked, r *Reply) {
	per := pick(a.n, defaultCompare)
	var notes []string
	for _, country := range r.Countries {
		if !a.c.Holds(country) {
			notes = append(notes, absentMessage(a.c, country))
			continue
		}
		var hits []corpus.ScoredHit
		if a.hasTopic() {
			q := a.query(country)
			q.Limit = per
			q.Offset = a.offset
			hits = a.c.Search(q).Hits
		} else {
			for _, id := range a.c.StatementsOf(country) {
				if len(hits) == per {
					break
				}
				hits = append(hits, corpus.ScoredHit{Stmt: id})
			}
		}
		if len(hits) == 0 {
			notes = append(notes, fmt.Sprintf("%s: no statement%s.", country, onTopic(a.topic)))
			continue
		}
		r.Answers = append(r.Answers, a.answers(hits)...)
	}
	head := fmt.Sprintf("Comparing %s%s.", joinAnd(r.Countries), onTopic(a.topic))
	r.Message = strings.TrimSpace(head + " " + strings.Join(notes, " "))
}

// answers turns scored hits into answers.
func answers(c *corpus.Corpus, hs []corpus.ScoredHit) []Answer {
	out := make([]Answer, 0, len(hs))
	for _, h := range hs {
		out = append(out, toAnswer(&c.Statements[h.Stmt], h.Score, h.Match))
	}
	return out
}

func toAnswer(s *corpus.Statement, score float64, match string) Answer {
	return Answer{
		Country: s.Country,
		Text:    s.Text,
		Sources: append([]string(nil), s.Sources...),
		Score:   round2(score),
		Themes:  nonNil(s.Themes),
		Key:     s.Key,
		Match:   match,

		Attribution: s.Attribution,
		Note:        attributionNote(s),
		// Citations are filled wherever an Answer is made from a Statement.
		Citations: citations(s),
		Date:      s.Date.String(),
	}
}

func round2(f float64) float64 { return float64(int64(f*100+0.5)) / 100 }

func nonNil(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return append([]string(nil), xs...)
}

func sortByCountry(as []Answer) {
	sort.SliceStable(as, func(i, j int) bool { return as[i].Country < as[j].Country })
}

// answer is the whole path of a question: parse, rank, reply.
func answer(c *corpus.Corpus, text string, n int, explain bool) Reply {
	return answerAt(c, text, n, 0, explain)
}

// answerAt answers text skipping the first offset answers of each question.
func answerAt(c *corpus.Corpus, text string, n, offset int, explain bool) Reply {
	text, dates := cutDates(text)
	ps := ParseAll(c, text)
	if len(ps) == 1 {
		return answerParsed(c, text, ps[0], n, offset, explain, dates)
	}
	r := newReply(text, ps[0].Intent)
	var msgs []string
	for _, p := range ps {
		part := answerParsed(c, p.Text, p, n, offset, explain, dates)
		r.Parts = append(r.Parts, part)
		r.Answers = append(r.Answers, part.Answers...)
		r.Related = append(r.Related, part.Related...)
		r.Corrections = append(r.Corrections, part.Corrections...)
		r.About = append(r.About, part.About...)
		r.Unknown = append(r.Unknown, part.Unknown...)
		for _, x := range part.Countries {
			if !containsStr(r.Countries, x) {
				r.Countries = append(r.Countries, x)
			}
		}
		for _, x := range part.Themes {
			if !containsStr(r.Themes, x) {
				r.Themes = append(r.Themes, x)
			}
		}
		if part.Intent != r.Intent {
			r.Intent = IntentCompare
		}
		msgs = append(msgs, part.Message)
	}
	r.Message = strings.Join(msgs, "\n")
	return r
}

func newReply(text, intent string) Reply {
	return Reply{Query: text, Intent: intent, Countries: []string{}, Themes: []string{}, Answers: []Answer{}, Related: []Answer{}}
}

// answerParsed answers one read question.
func answerParsed(c *corpus.Corpus, text string, p Parsed, n, offset int, explain bool, dates dateAsk) Reply {
	r := newReply(text, p.Intent)
	for _, m := range p.Countries {
		r.Countries = append(r.Countries, m.Country)
	}
	for _, t := range p.Themes {
		r.Themes = append(r.Themes, c.Lexicon.Themes[t].Name)
	}
	r.Corrections, r.About, r.Unknown = p.Corrections, p.About, p.Unknown
	a := &asked{c: c, p: p, n: n, offset: offset, topic: topicName(c, p), dates: dates, n0: n}
	datesNote := answerDated(a, &r, intentHandlers[p.Intent])
	noteNames(&r, p)
	noteLowConfidence(&r)
	if explain {
		r.Explain = explainFor(c, a, r.Answers)
		r.Explain.Dates = datesNote
	}
	return r
}

// topicName describes what was asked about, for messages.
func topicName(c *corpus.Corpus, p Parsed) string {
	if len(p.Themes) > 0 {
		names := make([]string, len(p.Themes))
		for i, t := range p.Themes {
			names[i] = c.Lexicon.Themes[t].Name
		}
		return joinAnd(names)
	}
	if len(p.Words) > 0 {
		return strings.Join(p.Words, " ")
	}
	return ""
}

func onTopic(topic string) string {
	if topic == "" {
		return ""
	}
	return " on " + topic
}

func pick(n, def int) int {
	if n > 0 {
		return n
	}
	return def
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	if strings.HasSuffix(word, "y") {
		return fmt.Sprintf("%d %sies", n, word[:len(word)-1])
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func shown(got, total int) string {
	if got < total {
		return fmt.Sprintf(", showing %d", got)
	}
	return ""
}

func joinAnd(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

// absentMessage explains a country that holds no statement, saying who
// mentions it if anyone does.
func absentMessage(c *corpus.Corpus, country string) string {
	ids := c.MentionedIn(country)
	if len(ids) == 0 {
		return fmt.Sprintf("The corpus has no statement by %s.", country)
	}
	var by []string
	for _, id := range ids {
		h := c.Statements[id].Country
		if !containsStr(by, h) {
			by = append(by, h)
		}
	}
	return fmt.Sprintf("The corpus has no statement by %s; it is only mentioned in statements by %s.", country, joinAnd(by))
}

func mentionedIn(c *corpus.Corpus, country string, n int) []Answer {
	out := []Answer{}
	for _, id := range c.MentionedIn(country) {
		if len(out) == pick(n, defaultRelated) {
			break
		}
		out = append(out, toAnswer(&c.Statements[id], 0, ""))
	}
	return out
}

// relatedOthers returns the best statements of countries other than
// exclude on the topic, one per country.
func relatedOthers(a *asked, exclude string) []Answer {
	out := []Answer{}
	if !a.hasTopic() {
		return out
	}
	q := a.query()
	q.PerCountry = true
	for _, h := range a.c.Search(q).Hits {
		st := &a.c.Statements[h.Stmt]
		if st.Country == exclude {
			continue
		}
		out = append(out, toAnswer(st, h.Score, h.Match))
		if len(out) == pick(a.n, defaultRelated) {
			break
		}
	}
	return out
}

func listMessage(c *corpus.Corpus, what string) string {
	var b strings.Builder
	if what == "themes" {
		b.WriteString("Themes: ")
		b.WriteString(strings.Join(c.ThemeNames(), ", "))
		b.WriteString(".")
		return b.String()
	}
	cs := c.Countries()
	fmt.Fprintf(&b, "%s hold statements in the corpus: ", plural(len(cs), "country"))
	for i, cc := range cs {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s (%d)", cc.Country, cc.Statements)
	}
	b.WriteString(".")
	return b.String()
}

// noneMessage is the reply to a message with no country and no topic.
func noneMessage() string {
	return "I could not find a country or a topic in that question. Try \"what does Peru say on attribution?\", \"who talks about due diligence?\", \"countries\", \"themes\" or \"help\"."
}

const helpText = `Ask me what countries say in international cyber-policy debates, with the source of every statement. For example:
• what does Peru say on attribution?
• tell me about Cuba
• who talks about due diligence?
• compare India and the EU on norms
• countries — the countries in the corpus
• themes — the themes I know
• explain <question> — why these answers came`

func explainFor(c *corpus.Corpus, a *asked, answers []Answer) *Explain {
	p := a.p
	e := &Explain{Stems: append([]string{}, p.Content...), Countries: []CountryMatch{}, Themes: []string{},
		Corrections: p.Corrections, ThemePhrases: p.ThemePhrases, Dropped: p.Dropped, Fallback: a.fallback}
	for _, m := range p.Countries {
		e.Countries = append(e.Countries, CountryMatch{Country: m.Country, Matched: m.Text, How: m.How})
	}
	for _, t := range p.Themes {
		e.Themes = append(e.Themes, c.Lexicon.Themes[t].Name)
	}
	terms := c.QueryTerms(a.query())
	if a.fallback != "" {
		terms = c.QueryTerms(corpus.Query{Terms: untagged(p.Terms)})
	}
	for _, ans := range answers {
		sb := ScoreBreakdown{Country: ans.Country, Score: ans.Score, Terms: termsIn(ans.Text, terms), Match: ans.Match}
		for id, h := range a.hits {
			if c.Statements[id].Key == ans.Key {
				sb.BM25, sb.ThemeBonus = round2(h.BM25), round2(h.ThemeBonus)
			}
		}
		sb.Attribution = ans.Attribution
		e.Scores = append(e.Scores, sb)
	}
	return e
}

// termsIn lists which query terms occur in a text, with their weights.
func termsIn(text string, terms []corpus.Term) map[string]float64 {
	have := map[string]bool{}
	for _, s := range corpus.Stems(text) {
		have[s] = true
	}
	out := map[string]float64{}
	for _, t := range terms {
		if have[t.Stem] {
			out[t.Stem] = t.Weight
		}
	}
	return out
}
