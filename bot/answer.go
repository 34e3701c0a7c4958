package bot

import (
	"fmt"
	"math/bits"
	"slices"
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
	themeBonus     = 1.5 // added per asked theme a statement is tagged with
	expansionW     = 0.3 // weight of a theme's other phrases
)

// themeTerms builds the weighted query: content stems at full weight, the
// asked themes' other phrase stems at a lower one.
func themeTerms(c *corpus.Corpus, themes []int, content []string) []corpus.Term {
	terms := make([]corpus.Term, 0, len(content)+8)
	seen := map[string]bool{}
	for _, s := range content {
		if !seen[s] {
			seen[s] = true
			terms = append(terms, corpus.Term{Stem: s, Weight: 1})
		}
	}
	// A theme's other phrases help rank its statements, but a common word
	// of a phrase ("state" in "state's duty") would only add noise and
	// read long posting lists; statements tagged with the theme are
	// candidates anyway (see addTagged).
	maxDF := len(c.Statements) / 10
	for _, t := range themes {
		for _, s := range c.Lexicon.ThemeStems(t) {
			if !seen[s] && (len(c.Statements) < 200 || c.DocFreq(s) <= maxDF) {
				seen[s] = true
				terms = append(terms, corpus.Term{Stem: s, Weight: expansionW})
			}
		}
	}
	return terms
}

// relevance decides which scored statements answer the question: one
// tagged with an asked theme, or one matching the question's own words
// beyond theme vocabulary.
type relevance struct {
	c        *corpus.Corpus
	themes   []int
	ownTerms uint64 // bits of content terms that are not theme vocabulary
	nOwn     int
}

func newRelevance(c *corpus.Corpus, themes []int, content []string, terms []corpus.Term) relevance {
	r := relevance{c: c, themes: themes}
	isThemeStem := func(s string) bool {
		for _, t := range themes {
			if slices.Contains(c.Lexicon.ThemeStems(t), s) {
				return true
			}
		}
		return false
	}
	for i, t := range terms {
		if i < 64 && t.Weight == 1 && !isThemeStem(t.Stem) && !genericStem[t.Stem] {
			r.ownTerms |= 1 << i
			r.nOwn++
		}
	}
	return r
}

// genericStem are words every statement of this domain uses; alone they
// do not make a statement an answer.
var genericStem = map[string]bool{"cyber": true, "cyberspac": true, "state": true, "countri": true, "ict": true, "inform": true, "secur": true, "cybersecur": true}

func (r relevance) ok(stmt int, mask uint64) (bool, float64) {
	bonus := 0.0
	tagged := false
	for _, t := range r.themes {
		if r.c.HasTheme(stmt, t) {
			tagged = true
			bonus += themeBonus
		}
	}
	own := bits.OnesCount64(mask & r.ownTerms)
	switch {
	case tagged:
		return true, bonus
	case len(r.themes) == 0 && r.nOwn == 0:
		// Only generic words were asked ("cyberspace"): any match will do.
		return mask != 0, 0
	case r.nOwn > 0 && own*2 >= r.nOwn:
		return true, 0
	}
	return false, 0
}

type scored struct {
	stmt  int
	score float64
}

// rank returns the k best relevant statements of one country (or of all
// when country is ""), best first, and how many were relevant in all.
func rank(c *corpus.Corpus, country string, terms []corpus.Term, rel relevance, k int) ([]scored, int) {
	var out []scored
	var reached []int
	total := 0
	sc := c.NewScorer(terms)
	defer sc.Release()
	hit := func(stmt int, score float64, mask uint64) {
		reached = append(reached, stmt)
		ok, bonus := rel.ok(stmt, mask)
		if !ok {
			return
		}
		total++
		out = insertTop(out, scored{stmt, score + bonus}, k)
	}
	if country != "" {
		sc.Country(country, hit)
		// Tagged statements no term reached (see bestPer).
		if len(rel.themes) > 0 {
			slices.Sort(reached)
			for _, id := range c.StatementsOf(country) {
				if _, found := slices.BinarySearch(reached, id); found {
					continue
				}
				if ok, bonus := rel.ok(id, 0); ok {
					total++
					out = insertTop(out, scored{id, bonus}, k)
				}
			}
		}
	} else {
		sc.All(hit)
	}
	return out, total
}

// insertTop adds s to out, kept sorted best first (ties in corpus order)
// and cut to k entries when k > 0.
func insertTop(out []scored, s scored, k int) []scored {
	if k > 0 && len(out) == k && !better(s, out[k-1]) {
		return out
	}
	i := sort.Search(len(out), func(i int) bool { return better(s, out[i]) })
	if k <= 0 || len(out) < k {
		out = append(out, scored{})
	}
	copy(out[i+1:], out[i:])
	out[i] = s
	return out
}

func better(a, b scored) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	return a.stmt < b.stmt
}

// bestPer keeps each country's best relevant statement, best first.
func bestPer(c *corpus.Corpus, terms []corpus.Term, rel relevance) []scored {
	best := make([]scored, c.NumHolders())
	for i := range best {
		best[i].stmt = -1
	}
	keep := func(s scored) {
		h := c.HolderIndex(s.stmt)
		if best[h].stmt < 0 || better(s, best[h]) {
			best[h] = s
		}
	}
	sc := c.NewScorer(terms)
	sc.All(func(stmt int, score float64, mask uint64) {
		if ok, bonus := rel.ok(stmt, mask); ok {
			keep(scored{stmt, score + bonus})
		}
	})
	sc.Release()
	// A statement tagged with an asked theme answers even when no query
	// term reached it (tagged through a phrase left out of the terms).
	for _, t := range rel.themes {
		for _, id := range c.ThemeStatementIDs(t) {
			if best[c.HolderIndex(id)].stmt < 0 {
				_, bonus := rel.ok(id, 0)
				keep(scored{id, bonus})
			}
		}
	}
	var top []scored
	for _, b := range best {
		if b.stmt >= 0 {
			top = insertTop(top, b, 0)
		}
	}
	return top
}

// answers turns the first n scored statements (all when n < 0) into answers.
func answers(c *corpus.Corpus, ss []scored, n int) []Answer {
	if n >= 0 && len(ss) > n {
		ss = ss[:n]
	}
	out := make([]Answer, 0, len(ss))
	for _, s := range ss {
		out = append(out, toAnswer(&c.Statements[s.stmt], s.score))
	}
	return out
}

func toAnswer(s *corpus.Statement, score float64) Answer {
	return Answer{
		Country: s.Country,
		Text:    s.Text,
		Sources: append([]string(nil), s.Sources...),
		Score:   round2(score),
		Themes:  nonNil(s.Themes),
		Key:     s.Key,
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
	p := Parse(c, text)
	r := Reply{Query: text, Intent: p.Intent, Countries: []string{}, Themes: []string{}, Answers: []Answer{}, Related: []Answer{}}
	for _, m := range p.Countries {
		r.Countries = append(r.Countries, m.Country)
	}
	for _, t := range p.Themes {
		r.Themes = append(r.Themes, c.Lexicon.Themes[t].Name)
	}
	terms := themeTerms(c, p.Themes, p.Content)
	rel := newRelevance(c, p.Themes, p.Content, terms)
	topic := topicName(c, p)

	switch p.Intent {
	case IntentHelp:
		r.Message = helpText
	case IntentList:
		r.Message = listMessage(c, p.ListWhat)
	case IntentNone:
		r.Message = "I could not find a country or a topic in that question. Try \"what does Peru say on attribution?\", \"who talks about due diligence?\", \"countries\", \"themes\" or \"help\"."
	case IntentCountry:
		country := r.Countries[0]
		ids := c.StatementsOf(country)
		if len(ids) == 0 {
			r.Message = absentMessage(c, country)
			r.Related = mentionedIn(c, country, n)
			break
		}
		limit := pick(n, defaultCountry)
		for _, id := range ids {
			if len(r.Answers) == limit {
				break
			}
			r.Answers = append(r.Answers, toAnswer(&c.Statements[id], 0))
		}
		r.Message = fmt.Sprintf("%s: %s in the corpus%s.", country, plural(len(ids), "statement"), shown(len(r.Answers), len(ids)))
	case IntentStance:
		country := r.Countries[0]
		if !c.Holds(country) {
			r.Message = absentMessage(c, country)
			r.Related = relatedOthers(c, "", terms, rel, n)
			if len(r.Related) > 0 {
				r.Message += " Related statements by other countries" + onTopic(topic) + " are listed separately."
			}
			break
		}
		hits, total := rank(c, country, terms, rel, pick(n, defaultStance))
		for _, h := range hits {
			r.Answers = append(r.Answers, toAnswer(&c.Statements[h.stmt], h.score))
		}
		if len(r.Answers) == 0 {
			r.Message = fmt.Sprintf("The corpus has no statement by %s%s.", country, onTopic(topic))
			r.Related = relatedOthers(c, country, terms, rel, n)
			if len(r.Related) > 0 {
				r.Message += " Related statements by other countries are listed separately; they are not " + country + "'s position."
			}
			break
		}
		r.Message = fmt.Sprintf("%s%s: %s%s.", country, onTopic(topic), plural(total, "statement"), shown(len(r.Answers), total))
	case IntentTheme:
		var best []scored
		if len(p.Themes) == 1 && rel.nOwn == 0 {
			// A pure theme question: the index ranked it already.
			for _, h := range c.ThemeBest(p.Themes[0]) {
				best = append(best, scored{h.Stmt, h.Score})
			}
		} else {
			best = bestPer(c, terms, rel)
		}
		r.Answers = answers(c, best, pick(n, defaultTheme))
		names := make([]string, len(best))
		for i, s := range best {
			names[i] = c.Statements[s.stmt].Country
		}
		if len(best) == 0 {
			r.Message = fmt.Sprintf("No country in the corpus speaks%s.", onTopic(topic))
			break
		}
		r.Message = fmt.Sprintf("%s%s: %s.", plural(len(best), "country"), onTopic(topic), strings.Join(names, ", "))
	case IntentCompare:
		per := pick(n, defaultCompare)
		var notes []string
		for _, country := range r.Countries {
			if !c.Holds(country) {
				notes = append(notes, absentMessage(c, country))
				continue
			}
			var hits []scored
			if len(terms) > 0 {
				hits, _ = rank(c, country, terms, rel, per)
			} else {
				for _, id := range c.StatementsOf(country) {
					hits = append(hits, scored{stmt: id})
				}
			}
			if len(hits) == 0 {
				notes = append(notes, fmt.Sprintf("%s: no statement%s.", country, onTopic(topic)))
				continue
			}
			for i, h := range hits {
				if i == per {
					break
				}
				r.Answers = append(r.Answers, toAnswer(&c.Statements[h.stmt], h.score))
			}
		}
		head := fmt.Sprintf("Comparing %s%s.", joinAnd(r.Countries), onTopic(topic))
		r.Message = strings.TrimSpace(head + " " + strings.Join(notes, " "))
	}
	if explain {
		r.Explain = explainFor(c, p, terms, r.Answers)
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
		out = append(out, toAnswer(&c.Statements[id], 0))
	}
	return out
}

// relatedOthers returns the best statements of countries other than
// exclude on the topic, one per country.
func relatedOthers(c *corpus.Corpus, exclude string, terms []corpus.Term, rel relevance, n int) []Answer {
	out := []Answer{}
	if len(terms) == 0 {
		return out
	}
	for _, s := range bestPer(c, terms, rel) {
		st := &c.Statements[s.stmt]
		if st.Country == exclude {
			continue
		}
		out = append(out, toAnswer(st, s.score))
		if len(out) == pick(n, defaultRelated) {
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

const helpText = `Ask me what countries say in international cyber-policy debates, with the source of every statement. For example:
• what does Peru say on attribution?
• tell me about Cuba
• who talks about due diligence?
• compare India and the EU on norms
• countries — the countries in the corpus
• themes — the themes I know
• explain <question> — why these answers came`

func explainFor(c *corpus.Corpus, p Parsed, terms []corpus.Term, answers []Answer) *Explain {
	e := &Explain{Stems: append([]string{}, p.Content...), Countries: []CountryMatch{}, Themes: []string{}}
	for _, m := range p.Countries {
		e.Countries = append(e.Countries, CountryMatch{Country: m.Country, Matched: m.Text, How: m.How})
	}
	for _, t := range p.Themes {
		e.Themes = append(e.Themes, c.Lexicon.Themes[t].Name)
	}
	for _, a := range answers {
		e.Scores = append(e.Scores, ScoreBreakdown{Country: a.Country, Score: a.Score, Terms: termsIn(a.Text, terms)})
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
