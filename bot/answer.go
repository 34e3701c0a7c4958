package bot

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

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
	lang     string  // the language of the bot's words in the reply
	explain  bool    // the reply explains itself: keep the hits
}

// query returns the corpus query for the question's topic.
func (a *asked) query(countries ...string) corpus.Query {
	return corpus.Query{Countries: countries, Themes: a.p.Themes, Terms: a.p.Terms, Mentioning: a.p.About}
}

// answers turns scored hits into answers, remembering the hits for explain.
func (a *asked) answers(hs []corpus.ScoredHit) []Answer {
	if a.explain { // only explain reads them: no map on every question
		if a.hits == nil {
			a.hits = map[int]corpus.ScoredHit{}
		}
		for _, h := range hs {
			a.hits[h.Stmt] = h
		}
	}
	return preferReplyLang(answers(a.c, hs), a.lang)
}

// typedMargin is how close (as a share of the better score) a statement
// of the same country must come to the one ranked above it to be shown
// first for holding more of the words the question typed.
const typedMargin = 0.9

// typedPrefix is how many letters of a typed word a statement's word must
// start with to hold it: "capacites" holds "capacités", "hebergement"
// "hébergées", "cybercriminalite" "cybercriminalité".
const typedPrefix = 6

// typedWords returns the words a Spanish or French question typed for its
// topic, from the steps that read it as English (see corpus.Step): folded
// and cut to typedPrefix letters; not its country names, not words under
// five letters ("dit", "sur", "k"), which tell no statement apart.
func typedWords(steps []corpus.Step) []string {
	var out []string
	for _, st := range steps {
		if st.To == "" || st.How == "country" {
			continue
		}
		for _, t := range corpus.Tokenize(st.From) {
			w := corpus.Fold(t.Lower)
			if utf8.RuneCountInString(w) < 5 || typedFrame[w] {
				continue
			}
			if len(w) > typedPrefix {
				w = w[:typedPrefix]
			}
			if !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
	}
	return out
}

// themeNameWords adds to typed the words of the theme's full name in
// English, Spanish and French for each theme the question typed (cut as
// typedWords cuts them): "haiti ciberdelincuencia" asks a French page
// whose paragraph names "cybercriminalité", a word the asker did not
// type, and the Budapest paragraph, whose English reading holds the theme
// as well, came first (esfr19's open row). The full name is the theme's
// own phrase, so the paragraph naming it outranks the one holding a bare
// word of the theme in any language, as the typed words do in one.
func themeNameWords(tr *corpus.Translator, steps []corpus.Step, typed []string) []string {
	for _, st := range steps {
		if st.How != "theme" || st.To == "" {
			continue
		}
		for _, name := range [3]string{st.To, tr.ThemeName("es", st.To), tr.ThemeName("fr", st.To)} {
			for _, t := range corpus.Tokenize(name) {
				w := corpus.Fold(t.Lower)
				if utf8.RuneCountInString(w) < 5 || typedFrame[w] {
					continue
				}
				if len(w) > typedPrefix {
					w = w[:typedPrefix]
				}
				if !slices.Contains(typed, w) {
					typed = append(typed, w)
				}
			}
		}
	}
	return typed
}

// typedFrame are the longer words that frame a Spanish, French or English
// question without being its topic.
var typedFrame = toSet(`about position posicion postura opina opinan piensa piensan dicen dijo sobre respecto
quelle quelles quels disent pense pensent propos concernant what which where does think their there`)

// typedIn counts the typed words (see typedWords) a text holds as the
// start of one of its words.
func typedIn(text string, typed []string) int {
	if len(typed) == 0 {
		return 0
	}
	n := 0
	words := corpus.Tokenize(text)
	for _, w := range typed {
		for _, t := range words {
			if strings.HasPrefix(corpus.Fold(t.Lower), w) {
				n++
				break
			}
		}
	}
	return n
}

// preferTypedWords puts a country's statement that holds more of the
// words the question typed before its nearly equal neighbour: a Spanish or
// French page is ranked on its English reading, where a theme's bare word
// ("en tenant compte des capacités") and its full phrase ("renforcement
// des capacités") both read as the theme's name, and "fausses nouvelles"
// and "désinformation" as "disinformation"; the words the asker typed tell
// them apart. One pass, each statement moving up past the close ones
// holding fewer; a clearly better statement keeps its place.
func preferTypedWords(as []Answer, typed []string) []Answer {
	if len(as) < 2 || len(typed) == 0 {
		return as
	}
	held := make([]int, len(as))
	for i := range as {
		held[i] = typedIn(as[i].Text, typed)
	}
	for i := 1; i < len(as); i++ {
		for j := i; j > 0; j-- {
			x, y := &as[j-1], &as[j]
			if x.Country != y.Country || held[j] <= held[j-1] || y.Score < typedMargin*x.Score {
				break
			}
			*x, *y = *y, *x
			held[j-1], held[j] = held[j], held[j-1]
		}
	}
	return as
}

// sameLangMargin is how close (as a share of the better score) a statement
// in the reply's language must come to one in another language of the same
// country to be shown before it.
const sameLangMargin = 0.8

// preferReplyLang puts a country's statement in the reply's language before
// its nearly equal one in another language: a bilingual page gives the same
// paragraph in English and Spanish, and "qué dice Belice sobre el software
// espía" should quote the Spanish one first. One pass over neighbours; a
// clearly better statement keeps its place.
func preferReplyLang(as []Answer, lang string) []Answer {
	want := lang
	if want == "en" {
		want = ""
	}
	for i := 0; i+1 < len(as); i++ {
		x, y := &as[i], &as[i+1]
		if x.Lang != want && y.Lang == want && x.Country == y.Country && y.Score >= sameLangMargin*x.Score {
			*x, *y = *y, *x
			i++
		}
	}
	return as
}

func (a *asked) hasTopic() bool { return len(a.p.Themes) > 0 || len(a.p.Terms) > 0 }

// intentHandler names the handler that answers a question: its intent,
// or themeAll (each country's best statement in a date range).
type intentHandler uint8

const (
	handleNone intentHandler = iota
	handleHelp
	handleList
	handleCountry
	handleStance
	handleTheme
	handleCompare
	handleThemeAll
	handleRecent
)

// handlerFor is the handler of an intent.
func handlerFor(intent string) intentHandler {
	switch intent {
	case IntentHelp:
		return handleHelp
	case IntentList:
		return handleList
	case IntentNone:
		return handleNone
	case IntentCountry:
		return handleCountry
	case IntentStance:
		return handleStance
	case IntentTheme:
		return handleTheme
	case IntentCompare:
		return handleCompare
	case IntentRecent:
		return handleRecent
	}
	return handleNone // Parse gives no other intent; answer it as one it cannot read
}

// handle answers the question with handler h, answer having filled the
// common fields first. A switch of direct calls, not a map of funcs: a
// call through a func value makes its arguments escape, and the asked and
// Reply of every question were two heap allocations, ~900 bytes
// (TestAskedStaysOnStack).
func (h intentHandler) handle(a *asked, r *Reply) {
	switch h {
	case handleHelp:
		r.Message = T(a.lang, msgHelp)
	case handleList:
		r.Message = listMessage(a.c, a.lang, a.p.ListWhat, a.p.ListRanked)
	case handleNone:
		r.Message = T(a.lang, msgNoIdea)
	case handleCountry:
		answerCountry(a, r)
	case handleStance:
		answerStance(a, r)
	case handleTheme:
		answerTheme(a, r)
	case handleCompare:
		answerCompare(a, r)
	case handleThemeAll:
		answerThemeAll(a, r)
	case handleRecent:
		answerRecent(a, r)
	}
}

func answerCountry(a *asked, r *Reply) {
	country := r.Countries[0]
	ids := a.c.StatementsOf(country)
	if len(ids) == 0 {
		r.Message = absentMessage(a.c, a.lang, country)
		r.Related = mentionedIn(a.c, country, a.n)
		return
	}
	limit := pick(a.n, defaultCountry)
	for _, id := range ids[min(a.offset, len(ids)):] {
		if len(r.Answers) == limit {
			break
		}
		r.Answers = append(r.Answers, toAnswer(a.c, new(a.c.Statement(id)), 0, ""))
	}
	r.Message = a.ts(msgCountrySummary, a.name(country), a.t(msgNStatements, len(ids)), a.shown(len(r.Answers), len(ids)))
}

func answerStance(a *asked, r *Reply) {
	country := r.Countries[0]
	if !a.c.Holds(country) {
		r.Message = absentMessage(a.c, a.lang, country)
		r.Related = relatedOthers(a, "")
		if len(r.Related) > 0 {
			r.Message += a.ts(msgRelatedOthers, a.on(a.topic))
		}
		return
	}
	q := a.query(country)
	q.Limit = pick(a.n, defaultStance)
	q.Offset = a.offset
	q.Breakdown = len(a.p.Themes) == 0 // a question of words only: does its answer hold them all (holdsEvery)
	res := a.c.Search(q)
	if res.Total == 0 && len(a.p.Themes) > 0 {
		// No statement of the country is tagged with the theme: its words
		// may still be in one ("data localisation" said as "data stored
		// within"). Rank the country's statements on all the question's
		// words; they answer only as "closest".
		q = a.byWords(q)
		res = a.c.Search(q)
		if res.Total > 0 && a.explain { // only explain shows why
			a.fallback = a.ts(msgFallbackTag, a.name(country), a.topic)
		}
		if res.Total == 0 {
			// Nor are the question's words there; the theme's question
			// synonyms may be ("rejected the accusation" on attribution,
			// "its energy grid" on critical infrastructure). They answer
			// as "closest", from this country's statements only.
			if sq, ok := a.bySynonyms(q); ok {
				if sres := a.c.Search(sq); sres.Total > 0 {
					for i := range sres.Hits {
						sres.Hits[i].Match = corpus.MatchClosest
					}
					res = sres
					if a.explain {
						a.fallback = a.ts(msgFallbackTag, a.name(country), a.topic)
					}
				}
			}
		}
	}
	if res.Total == 0 && a.hasTopic() {
		res = a.c.Search(related(q))
	}
	if res.Total == 0 && !a.hasTopic() && len(a.p.About) == 1 {
		// "what does lithuania say about russia": a statement naming
		// only the capital ("a decision that Moscow dislikes") mentions
		// it too (capitalmention.go).
		if cq, ok := capitalQuery(a.c, q, a.p.About[0]); ok {
			res = a.c.Search(cq)
		}
	}
	r.Answers = a.answers(res.Hits)
	if len(r.Answers) == 0 {
		if res.Total > 0 && a.offset > 0 {
			r.Message = a.ts(msgNoMore, objectName(a.c, a.lang, country), a.on(a.topic))
			return
		}
		r.Message = a.ts(msgStanceNone, objectName(a.c, a.lang, country), a.on(a.topic))
		if len(a.p.About) > 0 {
			r.Message = a.ts(msgNoneMentioning, objectName(a.c, a.lang, country), a.and(objectNames(a.c, a.lang, a.p.About)), a.on(a.topic))
			return
		}
		r.Related = relatedOthers(a, country)
		if len(r.Related) > 0 {
			r.Message += a.ts(msgNotPosition, possessive(a.c, a.lang, country))
		}
		return
	}
	if len(a.p.About) > 0 {
		r.Message = a.ts(msgAboutSummary, a.name(country), a.and(a.names(a.p.About)), a.on(a.topic), a.t(msgNStatements, res.Total), a.shown(len(r.Answers), res.Total))
		return
	}
	if r.Answers[0].Match == corpus.MatchClosest && a.hasTopic() {
		if a.explain && a.fallback == "" {
			a.fallback = a.ts(msgFallbackTheme, strconv.Quote(a.topic), a.name(country))
		}
		if !(len(a.p.Themes) == 0 && holdsEvery(res.Hits[0], a.p.Terms)) {
			r.Message = a.ts(msgClosest, a.name(country), a.on(a.topic), a.t(msgNStatements, res.Total), a.shown(len(r.Answers), res.Total))
			return
		}
	}
	r.Message = a.ts(msgStanceSummary, a.name(country), a.on(a.topic), a.t(msgNStatements, res.Total), a.shown(len(r.Answers), res.Total))
}

// holdsEvery reports whether a hit (scored with Query.Breakdown) holds
// every topic word of the question, or one of its alternative forms: an
// answer to "what does japan say about ransomware" that says
// "ransomware" is that, and the reply says so, where it said "no
// statement matches a theme on ransomware; the closest…" (ransomware
// names no theme) (TestWordsOnlyAnswerIsNoClosest).
func holdsEvery(h corpus.ScoredHit, terms []corpus.QueryTerm) bool {
	if len(terms) == 0 || len(h.Matched) == 0 {
		return false
	}
	for _, t := range terms {
		if !slices.Contains(h.Matched, t.Stem) && !slices.ContainsFunc(t.Alt, func(s string) bool { return slices.Contains(h.Matched, s) }) {
			return false
		}
	}
	return true
}

// byWords is q ranked on all the question's words and no theme: the
// fallback when no statement is tagged with the theme the words name,
// whose answers are "closest".
func (a *asked) byWords(q corpus.Query) corpus.Query {
	q.Themes = nil
	q.Terms = untagged(a.p.Terms)
	return q
}

// bySynonyms is q ranked on the question synonyms of its themes (see
// corpus.Lexicon.SynonymStems), each a theme word a statement must hold
// whole, as if the question had said it. ok is false when the themes have
// no synonyms. The caller marks what it finds "closest".
func (a *asked) bySynonyms(q corpus.Query) (corpus.Query, bool) {
	var terms []corpus.QueryTerm
	phrase := 0
	for _, t := range a.p.Themes {
		for _, st := range a.c.Lexicon.SynonymStems(t) {
			phrase++
			for _, s := range st {
				terms = append(terms, corpus.QueryTerm{Stem: s, InTheme: true, Phrase: phrase})
			}
		}
	}
	q.Themes, q.Terms = a.p.Themes, terms
	return q, len(terms) > 0
}

// related is q matching the question's own words by their families too
// ("elections" by "electoral"): the last fallback when nothing matched.
func related(q corpus.Query) corpus.Query {
	q.Related = true
	return q
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
	q := a.query(a.within()...)
	q.PerCountry = true
	res := a.c.Search(q)
	if place := instrumentPlace(a.c, a.p); place != "" && len(q.Countries) == 0 && len(a.p.About) == 0 && res.Total > 0 {
		res = namingPlace(a.c, q, res, place)
	} else if len(a.p.Themes) == 0 && len(a.p.About) == 0 {
		res = rarestWordOnly(a.c, q, res)
	} else if len(a.p.About) == 0 {
		before := res.Total
		res = rareBesideTheme(a.c, q, res)
		if res.Total == before && a.p.Agree == "" {
			res = typedInTheme(a.c, q, res) // "who talks about desalination plants" (themewords.go)
		}
	}
	if len(q.Countries) == 0 {
		res = othersInitials(a.c, a.p, res) // "what has ANSSI said" (agencyinitials.go)
	}
	closest := false
	if res.Total == 0 && len(a.p.Themes) > 0 && a.hasTopic() {
		// No statement is tagged with the theme the question's words name
		// ("hack back" reads as countermeasures), but the words themselves
		// may be in statements: rank every country's statements on them,
		// as a stance question does for one country; they answer as "closest".
		q = a.byWords(q)
		res = a.c.Search(q)
		closest = res.Total > 0
	}
	if res.Total == 0 && a.hasTopic() {
		res = a.c.Search(related(q))
	}
	if res.Total == 0 && !a.hasTopic() && len(a.p.About) > 0 {
		// "who mentions russia": the best statement naming it of each
		// country that has one (the search of all countries needs a
		// topic).
		res = mentioningPerHolder(a, a.query)
	}
	namingOnly := false
	if res.Total == 0 && a.hasTopic() && len(a.p.About) > 0 && a.p.Agree == "" && a.p.Negated == 0 {
		// "who criticised iran", "which countries helped costa rica": no
		// statement naming it holds the question's own words, which are
		// often its verb; the statements that do name it are the closest
		// answer, said so (TestWhoNamingClosest), where "no statement
		// names Iran" was untrue.
		res = mentioningPerHolder(a, func(holder ...string) corpus.Query {
			return corpus.Query{Countries: holder, Mentioning: a.p.About}
		})
		namingOnly = res.Total > 0
	}
	var leftOut []string // the excepted countries that do speak on it
	if len(a.p.Except) > 0 {
		kept := res.Hits[:0:0]
		for _, h := range res.Hits {
			if holder := a.c.Holder(h.Stmt); !slices.Contains(a.p.Except, holder) {
				kept = append(kept, h)
			} else if !slices.Contains(leftOut, holder) {
				leftOut = append(leftOut, holder)
			}
		}
		res.Hits = kept
	}
	if a.p.Agree != "" {
		// "who agrees with Japan on X": Japan's statement first, then
		// every other country's, for the asker to compare.
		slices.SortStableFunc(res.Hits, func(x, y corpus.ScoredHit) int {
			return b2i(a.c.Holder(y.Stmt) == a.p.Agree) - b2i(a.c.Holder(x.Stmt) == a.p.Agree)
		})
	}
	var opposing []string // the countries whose statement on it uses words of opposition (opposition.go)
	if a.p.Negated == negSupport && a.p.Agree == "" && !closest && !namingOnly && a.hasTopic() {
		res, opposing = oppositionFirst(a.c, q, res, a.p.Themes, a.p.Except)
	}
	if a.p.Agree == "" && !closest && !namingOnly && (a.n > 0 || asksMost(a.p.Text)) {
		// "top 5 countries on hospitals": who says the most (byamount.go).
		res = byAmount(a.c, q, res)
	}
	if a.offset > 0 {
		res.Hits = res.Hits[min(a.offset, len(res.Hits)):]
	}
	names := make([]string, len(res.Hits))
	for i, h := range res.Hits {
		names[i] = a.c.Holder(h.Stmt)
	}
	if a.p.Negated == negSilent && a.p.Agree == "" && a.hasTopic() {
		answerSilent(a, r, names)
		return
	}
	limit := pick(a.n, defaultTheme)
	res.Hits = spreadCopies(a.c, res.Hits, limit)
	if len(res.Hits) > limit {
		res.Hits = res.Hits[:limit]
	}
	r.Answers = a.answers(res.Hits)
	if len(names) == 0 && len(leftOut) > 0 {
		// "does anyone besides Turkmenistan want a treaty": Turkmenistan
		// does, so "no country speaks on it" would be untrue.
		r.Message = a.ts(msgThemeNoneBut, joinAndIn(a.lang, a.names(leftOut)), a.on(a.topic))
		return
	}
	if len(names) == 0 && len(a.p.About) > 0 {
		// "who blames china", "who mentions russia": no statement names
		// it; that no country speaks at all would be untrue.
		r.Message = a.ts(msgThemeNoneNaming, a.and(objectNames(a.c, a.lang, a.p.About)), a.on(a.topic))
		return
	}
	if among := a.within(); len(among) > 0 && !closest && !namingOnly && a.p.Agree == "" {
		// "which african countries mention ransomware": how many of the
		// region's speak, and which (among.go).
		if len(names) == 0 {
			r.Message = a.t(msgWithinNone, len(among), a.withinName(), a.on(a.topic))
		} else {
			r.Message = a.t(msgWithinSummary, len(names), len(among), a.withinName(), a.on(a.topic), a.and(a.names(names)))
		}
		if a.p.Negated == negSupport {
			r.Message = a.t(msgNotSupportNote) + " " + r.Message + opposingNote(a, opposing)
		}
		return
	}
	if len(names) == 0 {
		r.Message = a.ts(msgThemeNone, a.on(a.topic))
		return
	}
	if closest {
		r.Message = a.ts(msgThemeClosest, a.on(a.topic), a.t(msgNCountries, len(names)), strings.Join(a.names(names), ", "))
		return
	}
	if namingOnly {
		r.Message = a.ts(msgThemeNamingClosest, a.and(objectNames(a.c, a.lang, a.p.About)), a.on(a.topic), a.t(msgNCountries, len(names)), strings.Join(a.names(names), ", "))
		return
	}
	r.Message = a.ts(msgThemeSummary, a.t(msgNCountries, len(names)), a.on(a.topic), strings.Join(a.names(names), ", "))
	if a.p.CountsStatements {
		// "how many statements on ransomware": the statements, then who
		// holds them; the country count alone answered another question.
		all := q
		all.PerCountry = false
		r.Message = a.ts(msgThemeStmtCount, a.t(msgNStatements, a.c.Search(all).Total), a.on(a.topic), a.t(msgNCountries, len(names)), strings.Join(a.names(names), ", "))
	}
	if note := leftOutNote(a); note != "" {
		r.Message = note + " " + r.Message
	}
	if len(q.Countries) == 0 {
		if note := initialsNote(a, names); note != "" {
			r.Message = note + " " + r.Message // "what has the NCSC said" (agencyinitials.go)
		}
	}
	if a.p.Negated == negSupport && a.p.Agree == "" {
		r.Message = a.t(msgNotSupportNote) + " " + r.Message + opposingNote(a, opposing)
	}
	if a.p.Agree != "" {
		note := a.ts(msgStanceNone, objectName(a.c, a.lang, a.p.Agree), a.on(a.topic))
		if names[0] == a.p.Agree {
			note = a.ts(msgAgreeNote, objectName(a.c, a.lang, a.p.Agree), possessive(a.c, a.lang, a.p.Agree))
		}
		r.Message = note + " " + r.Message
	}
}

// b2i is 1 for true, 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func answerCompare(a *asked, r *Reply) {
	per := pick(a.n, defaultCompare)
	var notes, none []string
	for _, country := range r.Countries {
		if !a.c.Holds(country) {
			notes = append(notes, absentMessage(a.c, a.lang, country))
			continue
		}
		var hits []corpus.ScoredHit
		if a.hasTopic() {
			q := a.query(country)
			q.Limit = per
			q.Offset = a.offset
			hits = a.c.Search(q).Hits
			if len(hits) == 0 && len(a.p.Themes) > 0 && a.offset == 0 {
				// As for one country: none of its statements is tagged
				// with the theme, but the question's other words may be
				// in one ("cybersecurity law"); those answer as "closest",
				// and only from this country's own statements.
				if hits = a.c.Search(a.byWords(q)).Hits; len(hits) > 0 {
					notes = append(notes, a.ts(msgCompareClosest, a.name(country), a.on(a.topic)))
				} else if sq, ok := a.bySynonyms(q); ok {
					// Nor its words: the theme's question synonyms (see
					// answerStance), from this country's statements only.
					if hits = a.c.Search(sq).Hits; len(hits) > 0 {
						for i := range hits {
							hits[i].Match = corpus.MatchClosest
						}
						notes = append(notes, a.ts(msgCompareClosest, a.name(country), a.on(a.topic)))
					}
				}
			}
		} else {
			skip := a.offset // "more": the next of each country's statements
			for _, id := range a.c.StatementsOf(country) {
				if len(hits) == per {
					break
				}
				if len(a.p.About) > 0 && !mentionsAll(a.c, id, a.p.About) {
					continue // "what does the gulf say about iran": only what names Iran
				}
				if skip > 0 {
					skip--
					continue
				}
				hits = append(hits, corpus.ScoredHit{Stmt: id})
			}
		}
		if len(hits) == 0 {
			if a.offset == 0 {
				// On a later page ("more") the country has said no more,
				// not nothing: it was shown on the pages before.
				none = append(none, a.name(country))
			}
			continue
		}
		r.Answers = append(r.Answers, a.answers(hits)...)
	}
	switch {
	case len(none) == 1:
		notes = append(notes, a.ts(msgCompareNone, none[0], a.on(a.topic)))
	case len(none) > 1:
		// One line for all the silent countries: a region of twenty
		// countries was twenty "X: no statement on T." sentences.
		notes = append(notes, a.ts(msgCompareNoneMany, a.on(a.topic), a.and(none)))
	}
	if len(r.Countries) == 1 {
		notes = append(notes, a.ts(msgCompareOne))
	}
	head := a.ts(msgComparing, a.and(objectNames(a.c, a.lang, r.Countries)), a.on(a.topic))
	if len(a.p.About) > 0 {
		head = a.ts(msgComparingAbout, a.and(objectNames(a.c, a.lang, r.Countries)), a.and(objectNames(a.c, a.lang, a.p.About)), a.on(a.topic))
	}
	if len(r.Countries) > manyCompared {
		head = a.ts(msgComparingMany, strconv.Itoa(len(r.Countries)), a.on(a.topic))
	}
	r.Message = strings.TrimSpace(head + " " + strings.Join(notes, " "))
}

// mentionsAll reports whether statement id names every country of about.
func mentionsAll(c *corpus.Corpus, id int, about []string) bool {
	for _, country := range about {
		if _, ok := slices.BinarySearch(c.MentionedIn(country), id); !ok {
			return false
		}
	}
	return true
}

// manyCompared is how many countries a comparison names in its heading;
// past it, the heading gives their number (a region's note, or the
// question, already names them).
const manyCompared = 6

// answers turns scored hits into answers. The answers' copied lists
// (themes; citations) are cut from one allocation each for all of them,
// and their source lists share the one AppendStatements made: at dup 25
// an answer carries ~25 sources, and one allocation per list per answer
// was a sixth of a stance question's (TestAnswersSharedBuffersMatch).
func answers(c *corpus.Corpus, hs []corpus.ScoredHit) []Answer {
	out := make([]Answer, 0, len(hs))
	if len(hs) == 0 {
		return out
	}
	// Each statement is read once: sizing the buffers read them a second
	// time, and reading one may decode its text.
	// Their texts are decoded into one allocation (AppendStatements).
	var stBuf [defaultTheme]corpus.Statement
	var idBuf [defaultTheme]int
	sts, ids := stBuf[:0], idBuf[:0]
	if len(hs) > len(stBuf) {
		sts, ids = make([]corpus.Statement, 0, len(hs)), make([]int, 0, len(hs))
	}
	for _, h := range hs {
		ids = append(ids, h.Stmt)
	}
	sts = c.AppendStatements(sts, ids...)
	var bufs answerBufs
	if len(hs) > 1 {
		nStr, nCite := 0, 0
		for i := range sts {
			nStr += len(sts[i].Themes)
			nCite += len(sts[i].Sources)
		}
		bufs.strs = make([]string, 0, nStr)
		bufs.cites = make([]Citation, 0, nCite)
	}
	for i, h := range hs {
		out = append(out, toAnswerIn(c, &sts[i], h.Score, h.Match, &bufs))
	}
	return out
}

// answerBufs holds room for the copied lists of several answers; with
// none left, toAnswerIn allocates each list as toAnswer does.
type answerBufs struct {
	strs  []string
	cites []Citation
}

// strings returns a copy of xs from the buffer: nil when xs is empty,
// as append([]string(nil), xs...) gives, and capped at its length so an
// append to one answer's list never writes into the next one's.
func (b *answerBufs) strings(xs []string) []string {
	if len(xs) == 0 || len(xs) > cap(b.strs)-len(b.strs) {
		return append([]string(nil), xs...)
	}
	n := len(b.strs)
	b.strs = append(b.strs, xs...)
	return b.strs[n:len(b.strs):len(b.strs)]
}

// citeRoom returns n zeroed citations from the buffer, capped at n (a
// non-nil empty list for n = 0, as make gives), or nil when the buffer
// has no room.
func (b *answerBufs) citeRoom(n int) []Citation {
	if n > cap(b.cites)-len(b.cites) {
		return nil
	}
	k := len(b.cites)
	b.cites = b.cites[:k+n]
	return b.cites[k : k+n : k+n]
}

func toAnswer(c *corpus.Corpus, s *corpus.Statement, score float64, match string) Answer {
	return toAnswerIn(c, s, score, match, &answerBufs{})
}

// toAnswerIn is toAnswer with its lists cut from bufs where it has room.
func toAnswerIn(c *corpus.Corpus, s *corpus.Statement, score float64, match string, bufs *answerBufs) Answer {
	themes := []string{}
	if s.Themes != nil {
		themes = bufs.strings(s.Themes)
	}
	return Answer{
		Country: s.Country,
		Text:    s.Text,
		// Not copied: the corpus builds every Statement's source list
		// afresh, a list of its own capped at its length (corpus.Statement,
		// AppendStatements; TestAnswerSourcesOwnList).
		Sources: s.Sources,
		Score:   round2(score),
		Themes:  themes,
		Key:     s.Key,
		Match:   match,

		Attribution: s.Attribution,
		Note:        attributionNote(s),
		// Citations are filled wherever an Answer is made from a Statement.
		Citations: citationsIn(c, s, bufs.citeRoom(len(s.Sources))),
		Date:      s.Date.String(),
		Lang:      statementLang(c, s),
	}
}

// statementLang is Answer.Lang: the statement's language, "" for English.
func statementLang(c *corpus.Corpus, s *corpus.Statement) string {
	if l := c.StatementLang(s.ID); l != "en" {
		return l
	}
	return ""
}

func round2(f float64) float64 { return float64(int64(f*100+0.5)) / 100 }

func sortByCountry(as []Answer) {
	sort.SliceStable(as, func(i, j int) bool { return as[i].Country < as[j].Country })
}

// answer is the whole path of a question: parse, rank, reply.
func answer(c *corpus.Corpus, text string, n int, explain bool) Reply {
	return answerAt(c, text, n, 0, explain)
}

// answerAt answers text skipping the first offset answers of each question.
func answerAt(c *corpus.Corpus, text string, n, offset int, explain bool) Reply {
	return answerIn(c, "", text, n, offset, explain)
}

// answerIn answers text (read as English) with the bot's words in lang
// ("" or "en": English; "es", "fr").
func answerIn(c *corpus.Corpus, lang, text string, n, offset int, explain bool) Reply {
	return answerTokens(c, lang, text, tokenized{}, n, offset, explain)
}

// answerTokens is answerIn reusing the tokens in pre when the matcher
// reads that same text.
func answerTokens(c *corpus.Corpus, lang, text string, pre tokenized, n, offset int, explain bool) Reply {
	return answerTokensDated(c, lang, text, pre, n, offset, explain, dateAsk{})
}

// answerTokensDated is answerTokens with date words already cut from the
// question as typed (Spanish and French, see cutDatesESFR).
func answerTokensDated(c *corpus.Corpus, lang, text string, pre tokenized, n, offset int, explain bool, typed dateAsk) Reply {
	// Quoted lines are context, read apart from the question's own words
	// (quote.go): their dates and meetings are not the question's.
	quote, text, _ := splitQuote(text)
	text = linesAsSentences(text)
	text, occasion := cutOccasion("en", text)
	text = cutGroupVenue("en", text)
	text = cutSaidPlace(c.Gazetteer, text) // "what did turkey say in baku": a venue (saidplace.go)
	text, dates := cutDates(text)
	dates = dates.withOccasion(occasion).merge(typed)
	var one [1]Parsed
	ps := parseAll(c, quote, text, pre, &one)
	if len(ps) == 1 && ps[0].Intent == IntentTheme {
		// A negation is read on the question as typed: translating a
		// Spanish or French one drops "ne … pas".
		ps[0].Negated = negatedAsk(pre.tokens(pre.text))
	}
	if len(ps) == 1 && ps[0].Negated == negNone && ps[0].Agree == "" {
		switch ps[0].Intent {
		case IntentTheme, IntentStance, IntentCompare:
			ps[0].Support = supportAsk(pre.tokens(pre.text))
		}
	}
	if len(ps) == 1 && ps[0].Intent == IntentTheme {
		// Read on the question as typed too: translating "¿cuántas
		// declaraciones hay sobre …?" drops its count.
		ps[0].CountsStatements = countsStatements(pre.text) || countsStatements(ps[0].Text)
	}
	if len(ps) == 1 && ps[0].Intent == IntentList && !ps[0].ListRanked {
		// So is "the most" of a list: translating "¿qué país tiene más
		// declaraciones?" drops "más".
		ps[0].ListRanked = slices.ContainsFunc(pre.tokens(pre.text), func(t corpus.Token) bool { return typedMost[t.Lower] })
	}
	if len(ps) == 1 {
		return answerParsed(c, lang, text, ps[0], n, offset, explain, dates)
	}
	r := newReply(text, ps[0].Intent)
	var msgs []string
	skipped := 0
	if len(ps) > maxQuestions {
		// A message of a thousand questions would be a reply of
		// megabytes: the first few are answered, and the reply says so.
		skipped, ps = len(ps)-maxQuestions, ps[:maxQuestions]
	}
	for _, p := range ps {
		part := answerParsed(c, lang, p.Text, p, n, offset, explain, dates)
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
	if skipped > 0 {
		r.PartsNote = ts(lang, msgMoreQuestions, strconv.Itoa(maxQuestions), strconv.Itoa(skipped))
		msgs = append(msgs, r.PartsNote)
	}
	r.Message = strings.Join(msgs, "\n")
	return r
}

// maxQuestions is how many of a message's questions are answered.
const maxQuestions = 5

func newReply(text, intent string) Reply {
	return Reply{Query: text, Intent: intent, Countries: []string{}, Themes: []string{}, Answers: []Answer{}, Related: []Answer{}}
}

// answerParsed answers one read question.
func answerParsed(c *corpus.Corpus, lang, text string, p Parsed, n, offset int, explain bool, dates dateAsk) Reply {
	r := newReply(text, p.Intent)
	if nc, nt := len(p.Countries), len(p.Themes); nc+nt > 0 {
		names := make([]string, nc+nt) // one allocation for both lists
		r.Countries, r.Themes = names[:0:nc], names[nc:nc]
	}
	for _, m := range p.Countries {
		r.Countries = append(r.Countries, m.Country)
	}
	for _, t := range p.Themes {
		r.Themes = append(r.Themes, c.Lexicon.Themes[t].Name)
	}
	r.Corrections, r.About, r.Unknown = p.Corrections, p.About, p.Unknown
	a := &asked{c: c, p: p, n: n, offset: offset, dates: dates, n0: n, lang: lang, explain: explain}
	a.topic = a.topicName()
	if recentOnly(p, dates) {
		// Only a period: its statements across the corpus (recent.go).
		a.p.Intent, r.Intent = IntentRecent, IntentRecent
	}
	datesNote := answerDated(a, &r, handlerFor(a.p.Intent))
	noteSupport(a, &r)
	noteNames(&r, c, p, lang)
	noteLowConfidence(&r, lang)
	if explain {
		r.Explain = explainFor(c, a, r.Answers)
		r.Explain.Dates = datesNote
	}
	return r
}

// topicName describes what was asked about, for messages: the themes'
// names in the reply's language, or the question's own words.
func (a *asked) topicName() string {
	c, p := a.c, a.p
	if len(p.Themes) > 0 {
		names := make([]string, len(p.Themes))
		for i, t := range p.Themes {
			names[i] = c.Translator().ThemeName(a.lang, c.Lexicon.Themes[t].Name)
		}
		return a.and(names)
	}
	if len(p.Words) > 0 {
		return strings.Join(p.Words, " ")
	}
	return ""
}

func pick(n, def int) int {
	if n > 0 {
		return n
	}
	return def
}

// absentMessage explains a country that holds no statement, saying who
// mentions it if anyone does.
func absentMessage(c *corpus.Corpus, lang, country string) string {
	ids := c.MentionedIn(country)
	if len(ids) == 0 {
		return T(lang, msgNoStatementBy, objectName(c, lang, country))
	}
	var by []string
	for _, id := range ids {
		h := objectName(c, lang, c.Holder(id))
		if !containsStr(by, h) {
			by = append(by, h)
		}
	}
	return T(lang, msgOnlyMentioned, objectName(c, lang, country), joinAndIn(lang, by))
}

func mentionedIn(c *corpus.Corpus, country string, n int) []Answer {
	out := []Answer{}
	for _, id := range c.MentionedIn(country) {
		if len(out) == pick(n, defaultRelated) {
			break
		}
		out = append(out, toAnswer(c, new(c.Statement(id)), 0, ""))
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
		if a.c.Holder(h.Stmt) == exclude {
			continue // before Statement, which decodes the text
		}
		st := new(a.c.Statement(h.Stmt))
		out = append(out, toAnswer(a.c, st, h.Score, h.Match))
		if len(out) == pick(a.n, defaultRelated) {
			break
		}
	}
	return out
}

func listMessage(c *corpus.Corpus, lang, what string, ranked bool) string {
	if what == "themes" {
		names := c.ThemeNames()
		if ranked {
			return rankedThemes(c, lang, names)
		}
		for i, n := range names {
			names[i] = c.Translator().ThemeName(lang, n)
		}
		return T(lang, msgThemesList, strings.Join(names, ", "))
	}
	cs := c.Countries()
	if ranked {
		// "which country has the most statements": the most first.
		slices.SortStableFunc(cs, func(x, y corpus.CountryCount) int { return y.Statements - x.Statements })
	}
	items := make([]string, len(cs))
	total := 0
	for i, cc := range cs {
		items[i] = fmt.Sprintf("%s (%d)", countryName(c, lang, cc.Country), cc.Statements)
		total += cc.Statements
	}
	return T(lang, msgCountriesList, T(lang, msgNCountries, len(cs)), T(lang, msgNStatements, total), strings.Join(items, ", "))
}

// typedMost are the words of "the most" in a Spanish or French list as
// typed ("más declaraciones", "le plus de déclarations").
var typedMost = toSet(`mas más plus`)

// rankedThemes lists the themes statements hold, the most held first, with
// how many statements hold each ("the most common topics"); themes no
// statement holds are left out.
func rankedThemes(c *corpus.Corpus, lang string, names []string) string {
	type held struct {
		name string
		n    int
	}
	var hs []held
	for _, n := range names {
		if k := len(c.ThemeStatements(n)); k > 0 {
			hs = append(hs, held{n, k})
		}
	}
	if len(hs) == 0 {
		return T(lang, msgThemesList, strings.Join(names, ", "))
	}
	slices.SortStableFunc(hs, func(x, y held) int { return y.n - x.n })
	items := make([]string, len(hs))
	for i, h := range hs {
		items[i] = fmt.Sprintf("%s (%d)", c.Translator().ThemeName(lang, h.name), h.n)
	}
	return T(lang, msgThemesRanked, strings.Join(items, ", "))
}

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
			if c.Key(id) == ans.Key {
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

// mentioningPerHolder returns, for each holder of a statement naming the
// question's About countries, its best such statement, in corpus order.
func mentioningPerHolder(a *asked, query func(countries ...string) corpus.Query) corpus.Result {
	var res corpus.Result
	var seen []string
	for _, id := range a.c.MentionedIn(a.p.About[0]) {
		holder := a.c.Holder(id)
		if holder == "" || slices.Contains(seen, holder) || slices.Contains(a.p.About, holder) {
			continue
		}
		seen = append(seen, holder)
		if hit := a.c.Search(query(holder)); len(hit.Hits) > 0 {
			res.Hits = append(res.Hits, hit.Hits[0])
		}
	}
	res.Total = len(res.Hits)
	return res
}
