package bot

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stancebot/stancebot/corpus"
)

// Parsed is how the matcher read a question.
type Parsed struct {
	Text      string // the question's words (one part of a message)
	Intent    string
	Countries []corpus.Mention   // distinct countries, in order of mention
	Themes    []int              // lexicon theme indices, distinct, in order
	Content   []string           // content stems: not stop, intent or country words
	Words     []string           // the content words as typed (lower case), corrected
	Terms     []corpus.QueryTerm // Content as query terms
	ListWhat  string             // "countries" or "themes" for IntentList
	// ListRanked says a list asks for the most (“which topics come up
	// most”, “which country has the most statements”): by count.
	ListRanked bool
	// CountsStatements says a theme question counts statements ("how
	// many statements on ransomware", "cuántas declaraciones hay sobre
	// …"), not countries.
	CountsStatements bool
	// About holds a country the question asks about rather than whose
	// position it asks for ("what does India say about China?"): the
	// answers are the asker's statements that mention it.
	About []string
	// Corrections lists misspelt topic words and what they were read as.
	Corrections []Correction
	// ThemePhrases says which words of the question named each theme.
	ThemePhrases []ThemePhrase
	// Dropped is the chat noise and context left out ("hey bot", a
	// sentence with neither a country nor a topic).
	Dropped []string
	// Unknown holds names that look like countries but are not in the
	// gazetteer ("Narnia"); filled by the gazetteer when it detects them.
	Unknown []string
	// Regions are the regions and groupings the question named ("Latin
	// America", "ASEAN") and the corpus countries answering for them,
	// which are in Countries too.
	Regions []RegionNote
	// Bodies are the groupings asked by one of their own bodies ("the
	// au commission", "la comisión de la ua"): the organisation speaks,
	// not its members, so none answers for it.
	Bodies []string
	// Places are capitals used as places ("the weather in Tokyo").
	Places []string
	// NonStates are territories and non-State actors asked as speakers
	// ("what does greenland say", "the houthis on cables"): the corpus
	// holds nothing of theirs, and no country answers for them.
	NonStates []nonState
	// Partners says About holds the first country's partners after a
	// noun of ties ("cooperation with Spain and France"; partnerList),
	// or the object of its act ("does ghana back togo"; actsOn): with no
	// statement naming them, the country's own on the topic answer, said
	// so.
	Partners bool
	// Agree is the country a question asks others' agreement with ("who
	// agrees with Japan on countermeasures"): the reply is every country
	// on the topic, that country first (see agreeWith).
	Agree string
	// Negated says the question asks who has not spoken on the topic, or
	// who does not support it (see negatedAsk).
	Negated negation
	// Support says the question asks who supports the topic, or whether
	// the countries it names support or oppose it: a judgement the reply
	// leaves to the reader (see supportAsk).
	Support bool
	// Except holds the countries the question leaves out ("who supports
	// a treaty besides Egypt"): never answered for (see except.go).
	Except []string
	// Whose is an actor noun the question asks about without naming its
	// country ("the pm" in "what does the pm say on AI"; whoseActor).
	Whose string
	// Within holds the members of a region a who-question asks among
	// ("which african countries mention ransomware", "how many EU states
	// talk about 5G"): the reply lists those of them that speak on the
	// topic, as for every country, not each one's statement (among.go).
	Within []corpus.Mention
}

// Correction is a misspelt question word and the word it was read as.
type Correction struct {
	From string `json:"from"`
	To   string `json:"to"`
}

// ThemePhrase is the words of a question that named a theme.
type ThemePhrase struct {
	Words string `json:"words"`
	Theme string `json:"theme"`
}

// intentWords frame a question without being its topic (the verbs of
// proposing too: "what did north macedonia offer", carried to "and
// montenegro?", asked Montenegro on "offer"; "how does brazil see the
// poa", "the gist of what kenya said").
var intentWords = toSet(`say says said saying think thinks thought position positions stance stances view views viewpoint tell
compare compares comparison compared comparing versus vs talk talks talking mention mentions mentioned mentioning discuss
discusses discussed discussing who which country countries list show give theme themes topic topics help regarding
concerning stand stands opinion opinions approach approaches statement statements please explain summarize summarise
summary know believe believes argue argues argued differ differs difference differences disagreement disagreements
similarities similarity between anything everything
something hold holds held state's stated states' think stance_ look looks like wants want can could would tell me
says anyone somebody someone brought bring brings raise raised raises highlight highlights highlighted emphasise
emphasised emphasize emphasized stress stresses stressed concerns priorities main key takeaway takeaways supports supported favour favours favor favors oppose opposes
opposed backs backed endorse endorses endorsed reject rejects rejected agree agrees agreed disagree disagrees disagreed aligned
speak speaks speaking spoke spoken address addresses addressed addressing cover covers covered covering commented talked
overview overviews rundown recap snapshot brief offer offers offered propose proposes proposed suggest suggests suggested
gist tldr see sees perceive perceives`)

// fillerWords are chat filler, greetings and slang: never a topic.
// "sources" is one too: every answer cites its sources, so "give me the
// sources for Peru" asks for Peru's statements, not for a topic named
// "sources" (the singular stays: "open source", "source code").
var fillerWords = toSet(`hey hi hello hiya howdy yo sup bot stancebot pls plz please lol lmao rofl tbh imo imho btw fyi quick q
question questions thx thanks thank ty cheers ok okay um uh hmm erm just really actually basically w abt re wrt take takes feel
feels feeling thoughts thinking stuff things thing currently nowadays lately days guys folks curious wondering wonder wanna gonna
whats kinda sorta honestly quickly briefly u ur r ya yeah yep nope pretty much said anything has have had got gotten
view opinion says saying officially exactly overall ever already yet many count counts total tally number
changed evolved evolve evolving shifted moved whos hows wheres else tldr tl dr ones
sources citations references refs
pull pulls grab fetch gimme dig find get send bring lookup need needs qs one
even specifically particularly especially esp wat wut smth sth smthg something asap boss colleague colleagues asking
sorry bother basics`)

// attitudeWords say how a speaker feels about a topic ("who is worried
// about elections", "anyone pushing for a treaty"): the topic follows
// them, they are none.
var attitudeWords = toSet(`worried worry worries worrying concerned keen vocal interested bothered fussed pushing pushed push
pushes cares caring champion champions championing`)

// actorWords right after a country or demonym say who speaks for it, not
// what the question is about ("the eu line", "the indian delegation", "uk
// officials"); words that are topics too (CERT, agency, strategy) stay.
var actorWords = toSet(`delegation delegations government governments gov govt govts official officials representative
representatives rep reps diplomat diplomats authorities ministry ministries minister ministers administration
admin line side leadership envoy envoys negotiators spokesperson spokesman spokeswoman fm fms mfa mofa pm dpm mission
missions embassy ambassador president delegate delegates regime regimes junta angle`)

// linkWords ask for where a statement is ("link to the Peru statement",
// "urls for Kenya pls", "source for the Maldives statement", "what's the
// source of Peru's statement"): as "sources", every answer carries them.
// The singular "source" is one only in that place: "open source" and
// "source code for X" keep their topic.
var linkWords = toSet(`link links url urls source`)

// linkRequest reports whether toks[i] asks for sources: a link word that
// is the question's first word but for skipped ones, followed by "to",
// "for" or "of" (so "satellite links for Tonga" keeps its topic), or
// "come from" in a question asking where ("where does the Maldives
// statement come from").
func linkRequest(toks []corpus.Token, i int) bool {
	if w := toks[i].Lower; (w == "come" || w == "comes" || w == "came") && i+1 < len(toks) && toks[i+1].Lower == "from" {
		for _, t := range toks[:i] {
			if t.Lower == "where" || t.Lower == "wheres" {
				return true
			}
		}
		return false
	}
	if !linkWords[toks[i].Lower] || i+1 >= len(toks) || toks[i+1].Lower != "to" && toks[i+1].Lower != "for" && toks[i+1].Lower != "of" {
		return false
	}
	for _, t := range toks[:i] {
		if !skipWord(t.Lower) {
			return false
		}
	}
	return true
}

// newWords, newLead and newAfter frame "new", "news" and "updates" as
// asking what was said lately ("anything new from Serbia?", "any updates
// on Kazakhstan?"), not as a topic; "a new instrument", "fake news" and
// "software updates" stay one.
var (
	newWords = toSet(`new news update updates`)
	newLead  = toSet(`anything something what whats what's nothing any`)
	newAfter = toSet(`from with by on about at in regarding since`)
)

// summaryNouns after "main" or "key" ask for what a country said most,
// not for a topic.
var summaryNouns = toSet(`point points message messages issue issues argument arguments`)

// askerNouns name the speakers a question asks about in general ("what do
// nations say", "which governments mention"); in that place they are not
// its topic, though elsewhere they are ("Peru on the United Nations").
var askerNouns = toSet(`nations states governments delegations delegates members member participants parties
countries actors estados naciones gobiernos delegaciones miembros países états nations gouvernements délégations membres pays`)

// askerLead are the words that put an asker noun in the speakers' place:
// "which nations", "do any governments", "how many states", "other
// delegations".
var askerLead = toSet(`which what do did does any other many most all some few whose qué cuáles cuántos quels quelles combien`)

// askerNoun reports whether toks[i] names the speakers in general: an
// asker noun led by askerLead (an article or another asker noun may come
// between: "what do the member states say") or followed by a speech verb.
func askerNoun(toks []corpus.Token, i int) bool {
	if !askerNouns[toks[i].Lower] {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		w := toks[j].Lower
		if askerLead[w] {
			return true
		}
		if !askerNouns[w] && w != "the" && w != "los" && w != "las" && w != "les" && w != "des" {
			break
		}
	}
	for j := i + 1; j < len(toks); j++ {
		w := toks[j].Lower
		if askerNouns[w] {
			continue
		}
		return speechVerbs[w]
	}
	return false
}

// speechVerbs follow the speakers a question asks about: "nations say",
// "governments mention".
var speechVerbs = toSet(`say says said think thinks mention mentions mentioned talk talks discuss discusses support supports
oppose opposes argue argue argues want wants believe believes raise raises propose proposes back backs favour favor agree agrees
dicen piensan mencionan hablan apoyan disent pensent mentionnent parlent soutiennent`)

// stanceVerbs ask whether a country holds a position ("does ghana support
// the Pall Mall Process"): such a verb is never the first word of an
// instrument's name (see instrumentNames), whatever stance verb the page
// used ("we welcome the Pall Mall Process").
var stanceVerbs = toSet(`support supports supported oppose opposes opposed back backs backed endorse endorses endorsed
favour favours favor favors reject rejects rejected welcome welcomes welcomed`)

var listWords = toSet(`list show which what all available known`)

// aboutWords introduce what a question is about ("say about China").
var aboutWords = toSet(`about on regarding concerning towards toward of re wrt abt vis`)

func toSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// questionKnown is the matcher's known words for the gazetteer: never a
// misspelt or unknown country name.
//
// A word the corpus knows only because its stem is a country's name is not
// known: the stemmer cuts "chilee" to "chile", which every statement of
// Chile holds, and the typo rule must still read it as Chile.
func questionKnown(c *corpus.Corpus) func(string) bool {
	return func(w string) bool {
		return knownQuestionWords[w] || c.KnownWord(w) && !stemIsName(c, w) || themeWord(c, w)
	}
}

// themeWord reports whether w names a theme by itself or is an acronym of
// the debates ("IHL", "CBMs", "DDoS"): never an unknown country, even
// where a country would stand ("does Russia oppose IHL?"). Asked last, for
// the words the corpus does not hold.
func themeWord(c *corpus.Corpus, w string) bool {
	return corpus.IsAcronymForm(w) || len(c.Lexicon.MatchQuestion([]string{corpus.Stem(w)})) > 0
}

// stemIsName reports whether w is not itself a country's name but its stem
// is one ("chilee", "irann").
func stemIsName(c *corpus.Corpus, w string) bool {
	s := corpus.Stem(w)
	if s == w || len(s) < 4 {
		return false
	}
	return c.Gazetteer.NameStem(s)
}

// skipWord reports whether a question word carries no topic.
func skipWord(w string) bool { return skipWords[w] }

// skipWords and knownQuestionWords are the lists skipWord and
// questionKnown ask, merged once: both run on every word of every
// question, and one map look-up costs what each list's did
// (TestMergedSkipWords holds them to the lists).
var (
	skipWords          = mergeSets(stopWordSet(), intentWords, fillerWords, attitudeWords, negWords, silentWords)
	knownQuestionWords = mergeSets(skipWords, listWords, othersWords)
)

// stopWordSet is corpus.IsStopWord's words as a set.
func stopWordSet() map[string]bool {
	m := map[string]bool{}
	for w := range corpus.StopWords() {
		m[w] = true
	}
	return m
}

// mergeSets returns the words set in any of sets.
func mergeSets(sets ...map[string]bool) map[string]bool {
	out := map[string]bool{}
	for _, s := range sets {
		for w, ok := range s {
			if ok {
				out[w] = true
			}
		}
	}
	return out
}

// Parse reads a question against the corpus's gazetteer and lexicon. A
// message holding several questions is read as one; see ParseAll.
func Parse(c *corpus.Corpus, text string) Parsed {
	ps := ParseAll(c, text)
	if len(ps) == 1 {
		return ps[0]
	}
	// Merge: every country, theme and word, as the reply's header does.
	p := ps[0]
	for _, q := range ps[1:] {
		for _, m := range q.Countries {
			if !slices.ContainsFunc(p.Countries, func(x corpus.Mention) bool { return x.Country == m.Country }) {
				p.Countries = append(p.Countries, m)
			}
		}
		for _, t := range q.Themes {
			if !slices.Contains(p.Themes, t) {
				p.Themes = append(p.Themes, t)
			}
		}
		p.Corrections = append(p.Corrections, q.Corrections...)
	}
	return p
}

// ParseAll reads a message as one question or several ("what does India
// say on sovereignty? and the EU on cybercrime?"). Chat noise is dropped
// first; a sentence with neither a country nor a topic word is context
// and dropped when another sentence has one; a follow-on sentence naming
// only a new country ("and Cuba?") takes the previous question's topic.
func ParseAll(c *corpus.Corpus, text string) []Parsed {
	quote, own, _ := splitQuote(text)
	return parseAll(c, quote, linesAsSentences(own), tokenized{}, nil)
}

// parseAll is ParseAll reusing the tokens in pre when the text left after
// chat noise is pre's text. A message of one question is returned in
// one, when given (the caller's, so that it need not be allocated).
//
// quote, when not empty, is the message's quoted lines (splitQuote), read
// before text as context: its words give the topic, its countries are not
// asked when text names one.
func parseAll(c *corpus.Corpus, quote, text string, pre tokenized, one *[1]Parsed) []Parsed {
	clean, dropped := cleanChat(flagNames(c, text))
	quoteEnd := 0
	if quote != "" {
		clean = othersOnQuote(c, quote, clean)
		cq, dq := cleanChat(flagNames(c, quote))
		cq = strings.TrimRight(strings.TrimSpace(cq), ".") + "."
		clean, quoteEnd, dropped = cq+" "+clean, len(cq), append(dq, dropped...)
	}
	toks := pre.tokens(clean)
	names := readNames(c, toks, pre.scanned(clean), questionKnown(c))
	if quoteEnd > 0 {
		toks = unnameQuoted(toks, names.dropQuoted(toks, quoteEnd))
	}
	ms := names.mentions
	if len(toks) == 0 {
		p := parseTokens(c, nil, nil)
		p.Text, p.Dropped = strings.TrimSpace(text), dropped
		return []Parsed{p}
	}
	toks = splitClauseQuestions(splitJoinedQuestions(toks), ms)
	if !multiSentence(toks) {
		// One sentence: no context to drop, no second question.
		p := parseTokens(c, toks, ms)
		p.Dropped = append(slices.Clip(dropped), p.Dropped...)
		names.apply(&p, 0, len(toks))
		p.Text = strings.TrimSpace(clean[toks[0].Start:toks[len(toks)-1].End])
		if one != nil {
			one[0] = p
			return one[:]
		}
		return []Parsed{p}
	}
	segs := segment(c, toks, ms)
	if quote == "" {
		if rebuilt, names, context := pronounAcross(c, clean, toks, segs, ms); rebuilt != "" {
			// "… the emirati delegation tomorrow. what's their position
			// on AI" (pronounacross.go).
			q := parseAll(c, "", rebuilt, tokenized{}, nil)
			if len(q) == 1 && len(q[0].Themes) == 0 && len(q[0].Content) == 0 {
				if t := contextTopic(context); t != "" {
					q = parseAll(c, "", rebuilt+" on "+t, tokenized{}, nil)
				}
			}
			if pronounRead(q, names) {
				q[0].Dropped = append(append(slices.Clip(dropped), context...), q[0].Dropped...)
				return q
			}
		}
	}
	// Context sentences go when another sentence carries the question.
	var keep []segmentInfo
	var context []string
	for _, s := range segs {
		if s.countries > 0 || s.themes > 0 || toks[s.lo].Start < quoteEnd {
			// A quote is kept: it is what "this" in the question is.
			keep = append(keep, s)
		} else {
			context = append(context, clean[toks[s.lo].Start:toks[s.hi-1].End])
		}
	}
	if len(keep) == 0 {
		keep = segs
	} else {
		dropped = append(dropped, context...)
	}
	// Several questions: two or more kept sentences naming countries, the
	// first with a topic of its own.
	var groups [][]segmentInfo
	for _, s := range keep {
		if len(groups) > 0 && !(s.countries > 0 && groupHasCountry(groups[len(groups)-1]) && groupHasTopic(groups[len(groups)-1])) {
			groups[len(groups)-1] = append(groups[len(groups)-1], s)
			continue
		}
		groups = append(groups, []segmentInfo{s})
	}
	var out []Parsed
	for _, g := range groups {
		var gt []corpus.Token
		var gm []corpus.Mention
		for _, s := range g {
			for _, m := range ms {
				if m.First >= s.lo && m.Last < s.hi {
					m.First -= s.lo - len(gt)
					m.Last -= s.lo - len(gt)
					gm = append(gm, m)
				}
			}
			gt = append(gt, toks[s.lo:s.hi]...)
		}
		p := parseTokens(c, gt, gm)
		p.Dropped = append(slices.Clip(dropped), p.Dropped...)
		names.apply(&p, g[0].lo, g[len(g)-1].hi)
		p.Text = strings.TrimSpace(clean[toks[g[0].lo].Start:toks[g[len(g)-1].hi-1].End])
		if len(out) > 0 && len(p.Themes) == 0 && len(p.Content) == 0 && len(p.Countries) > 0 {
			// "and Cuba?": the previous question's topic.
			prev := out[len(out)-1]
			p.Themes, p.Content, p.Words, p.Terms = prev.Themes, prev.Content, prev.Words, prev.Terms
			p.Intent = intentOf(c, p, nil, false)
		}
		out = append(out, p)
	}
	if len(out) == 1 && quote == "" && len(context) > 0 && len(out[0].Countries) > 0 && len(out[0].Themes) == 0 && len(out[0].Content) == 0 {
		if t := contextTopic(context); t != "" || pronounTopic(out[0].Text, context) != "" {
			// The question names only a country; its topic is the context's
			// (contexttopic.go).
			if t == "" {
				t = pronounTopic(out[0].Text, context)
			}
			q := parseAll(c, "", out[0].Text+" on "+t, tokenized{}, nil)
			if len(q) == 1 && len(q[0].Countries) == len(out[0].Countries) {
				q[0].Dropped = out[0].Dropped
				return q
			}
		}
	}
	return out
}

func groupHasCountry(g []segmentInfo) bool {
	return slices.ContainsFunc(g, func(s segmentInfo) bool { return s.countries > 0 })
}

func groupHasTopic(g []segmentInfo) bool {
	return slices.ContainsFunc(g, func(s segmentInfo) bool { return s.themes > 0 || s.words > 0 })
}

// multiSentence reports whether a sentence boundary lies inside toks.
// splitJoinedQuestions starts a new sentence at a second question joined
// by "and" ("what does Peru say on attribution and what does Cuba say on
// sovereignty"), so each is answered on its own topic. toks is copied
// only when it has one.
func splitJoinedQuestions(toks []corpus.Token) []corpus.Token {
	copied := false
	for i := 1; i+2 < len(toks); i++ {
		if toks[i].Lower != "and" || !joinedHeads[toks[i+1].Lower] || !joinedVerbs[toks[i+2].Lower] || toks[i+1].SentStart {
			continue
		}
		if !copied {
			toks, copied = slices.Clone(toks), true
		}
		toks[i+1].SentStart = true
	}
	return toks
}

// splitClauseQuestions starts a sentence at a question head after a
// colon, comma, semicolon or dash, as after a full stop, when the clause
// before names no country: people put the context first ("we have a
// bilateral with Bangui and I need the basics: what does chad say about the
// joint team?", "sorry to bother, what does …"), and read as one sentence
// the context's words became the topic. A clause naming another country ("following
// the US proposal, what is Japan's view") stays one sentence with the
// question, which compares them (TestContextCountry). toks is copied only
// when it changes.
func splitClauseQuestions(toks []corpus.Token, ms []corpus.Mention) []corpus.Token {
	copied, start := false, 0
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].SentStart {
			start = i
			continue
		}
		if !joinedHeads[toks[i].Lower] || !joinedVerbs[toks[i+1].Lower] || !clauseGap(toks[i].Gap) || otherCountryBefore(ms, start, i) {
			continue
		}
		if !copied {
			toks, copied = slices.Clone(toks), true
		}
		toks[i].SentStart, start = true, i
	}
	return toks
}

// otherCountryBefore reports whether tokens [lo, i) name a country that no
// mention from i on names ("Bangui" before "the central african republic"
// names the same one).
func otherCountryBefore(ms []corpus.Mention, lo, i int) bool {
	for _, m := range ms {
		if m.First >= lo && m.First < i && !slices.ContainsFunc(ms, func(n corpus.Mention) bool { return n.First >= i && n.Country == m.Country }) {
			return true
		}
	}
	return false
}

// clauseGap reports whether the punctuation gap before a token ends a
// clause a question may follow (see splitClauseQuestions).
func clauseGap(gap string) bool {
	return gap != "" && strings.ContainsAny(gap, ":,;-–—")
}

// joinedHeads and joinedVerbs open a second question after "and": "and
// what does", "and how do", "and where is".
var (
	joinedHeads = toSet(`what how where whats`)
	joinedVerbs = toSet(`does do did is are has have says say about`)
)

func multiSentence(toks []corpus.Token) bool {
	for _, t := range toks[1:] {
		if t.SentStart {
			return true
		}
	}
	return false
}

// segmentInfo is one sentence of a message: tokens [lo, hi).
type segmentInfo struct {
	lo, hi    int
	countries int // country mentions
	themes    int // theme phrases
	words     int // content words
}

// segment splits a message's tokens into sentences and says what each holds.
func segment(c *corpus.Corpus, toks []corpus.Token, ms []corpus.Mention) []segmentInfo {
	var segs []segmentInfo
	inside := map[int]bool{} // tokens after the first of a country's name
	for _, m := range ms {
		for i := m.First + 1; i <= m.Last; i++ {
			inside[i] = true
		}
	}
	for i, t := range toks {
		// The dots of "e.u." or "S. Korea" end no sentence.
		if i == 0 || t.SentStart && !inside[i] && !versusDot(toks, i) {
			segs = append(segs, segmentInfo{lo: i})
		}
		segs[len(segs)-1].hi = i + 1
	}
	inCountry := make([]bool, len(toks))
	for _, m := range ms {
		for i := m.First; i <= m.Last; i++ {
			inCountry[i] = true
		}
	}
	for k := range segs {
		s := &segs[k]
		var stems []string
		for i := s.lo; i < s.hi; i++ {
			// The words parseTokens reads as topic ("we have a bilateral
			// with Bangui next week" has none).
			if inCountry[i] || noTopicAt(toks[s.lo:s.hi], i-s.lo, inCountry[s.lo:s.hi]) {
				continue
			}
			w := toks[i].Lower
			stems = append(stems, corpus.Stem(w))
		}
		s.words = len(stems)
		s.themes = len(c.Lexicon.MatchQuestion(stems))
		for _, m := range ms {
			if m.First >= s.lo && m.First < s.hi {
				s.countries++
			}
		}
	}
	return segs
}

// parseTokens reads one question.
func parseTokens(c *corpus.Corpus, toks []corpus.Token, ms []corpus.Mention) Parsed {
	var p Parsed
	ms, inContext, context := dropContextCountry(toks, ms)
	if context != "" {
		p.Dropped = append(p.Dropped, context)
	}
	ms, left, skip := exceptCountries(toks, ms)
	inCountry := make([]bool, len(toks))
	if len(ms) == 0 {
		if i := whoseActor(toks); i >= 0 {
			p.Whose = toks[i].Lower
			inCountry[i] = true // who is asked, not what about
		}
	}
	for _, i := range skip {
		inCountry[i] = true // a left-out country and its marker are no topic
	}
	for _, m := range left {
		if !slices.Contains(p.Except, m.Country) {
			p.Except = append(p.Except, m.Country)
		}
	}
	seen := map[string]bool{}
	for _, m := range ms {
		for i := m.First; i <= m.Last; i++ {
			inCountry[i] = true
		}
		if !seen[m.Country] {
			seen[m.Country] = true
			p.Countries = append(p.Countries, m)
		}
	}
	others := -1 // "what did others say about ukraine": who speaks (othersabout.go)
	if len(p.Countries) == 1 {
		if others = othersSpeak(toks, p.Countries[0]); others >= 0 {
			inCountry[others] = true
			if others > 0 && (toks[others-1].Lower == "other" || toks[others-1].Lower == "the") {
				inCountry[others-1] = true
			}
		}
	}
	var background []bool // the scene before "what did X say about Y"
	if inContext == nil {
		// "after the kosovo logs offer, what does serbia say about
		// evidence": the context country's phrase stays the topic's.
		background = aboutFocus(toks, ms, inCountry)
	}
	// lowers stays on the stack (intentOf and listTarget keep nothing of
	// it); Content, Words and Terms are sized once, at the first content
	// word, for every token left: growing them one word at a time was a
	// fifth of a question's allocations.
	var lowBuf [24]string
	lowers := lowBuf[:0]
	var tokBuf [24]int
	termTok := tokBuf[:0] // the token each of p.Terms was read from
	compare := false
	for i, t := range toks {
		lowers = append(lowers, t.Lower)
		switch t.Lower {
		case "compare", "comparison", "differ", "differs", "difference", "differences", "disagreement", "disagreements", "similarities", "similarity":
			compare = true
		case "versus", "vs":
			compare = compare || versusSideAfter(toks, i, inCountry)
		case "v":
			// "Grenada v. the CAR", as case names and notes write versus:
			// only between two names, so "Part V" stays what it is.
			if i > 0 && inCountry[i-1] && i+1 < len(toks) && (inCountry[i+1] || toks[i+1].Lower == "the" && i+2 < len(toks) && inCountry[i+2]) {
				compare = true
				continue
			}
		}
		if inCountry[i] || inContext != nil && inContext[i] || background != nil && background[i] || noTopicAt(toks, i, inCountry) {
			continue
		}
		w := t.Lower
		if to, ok := correctable(c, t); ok {
			p.Corrections = append(p.Corrections, Correction{From: t.Lower, To: to})
			w = to
		}
		st := corpus.Stem(w)
		if w == "critical" && i+1 < len(toks) && toks[i+1].Lower == "of" {
			st = corpus.Stem("criticise") // "critical of russia" criticises it; "critical infrastructure" stays
		}
		term := corpus.QueryTerm{Stem: st}
		if p.Content == nil {
			n := len(toks) - i
			words := make([]string, 2*n)
			p.Content, p.Words = words[:0:n], words[n:n]
			p.Terms = make([]corpus.QueryTerm, 0, n)
		}
		if rest, ok := c.Lexicon.SplitCyber(w); ok {
			term.Alt = []string{corpus.Stem(rest)}
		} else if i > 0 && toks[i-1].Lower == "cyber" {
			// "cyber crime" is also "cybercrime".
			term.Alt = []string{corpus.Stem("cyber" + w)}
		} else if head, ok := compoundHead(c, w); ok {
			// "datacentres" finds "data centres", "healthcare" "health-care".
			term.Alt = []string{corpus.Stem(head)}
		}
		p.Content = append(p.Content, st)
		p.Words = append(p.Words, w)
		p.Terms = append(p.Terms, term)
		termTok = append(termTok, i)
	}
	if len(p.Words) == 1 && len(termTok) == 1 && supportKinds[toks[termTok[0]].Lower] >= skFavour && supportVerbAt(toks, termTok[0]) {
		// "does iceland support it?": the judgement asked, and no topic
		// (the pronoun's is the last question's). Beside other topic
		// words the verb stays one: "does jamaica support the pom" finds
		// the statement in which Jamaica "supports" a mechanism.
		p.Content, p.Words, p.Terms, termTok = nil, nil, nil, termTok[:0]
	}
	if len(p.Words) > 1 {
		p.Content, p.Words, p.Terms = joinCompounds(c, p.Content, p.Words, p.Terms)
	}
	named := len(p.Terms) > 1 && len(p.Terms) == len(termTok) && instrumentNames(c, toks, p.Words, p.Terms, termTok)
	for _, m := range withoutThemesInForms(c.Lexicon.MatchQuestion(p.Content), p.Content) {
		if !slices.Contains(p.Themes, m.Theme) {
			p.Themes = append(p.Themes, m.Theme)
		}
		for k := m.First; k < m.First+m.Len; k++ {
			p.Terms[k].InTheme = true
			if m.Len > 1 {
				p.Terms[k].Phrase = m.First + 1
			}
		}
		p.ThemePhrases = append(p.ThemePhrases, ThemePhrase{Words: strings.Join(p.Words[m.First:m.First+m.Len], " "), Theme: c.Lexicon.Themes[m.Theme].Name})
	}
	if named {
		settleInstrumentNames(p.Terms)
	}
	if len(p.Terms) > 1 && len(p.Terms) == len(termTok) {
		nameWithHead(toks, p.Terms, termTok)
		if len(ms) == 0 {
			// Who and how many only: a country's own statements are few,
			// and "kyrgyz cyber strategy" is its strategy however worded.
			genericCompound(c, toks, p.Terms, termTok)
		}
	}
	p.Content, p.Words, p.Terms = corpus.AcronymTerms(p.Content, p.Words, p.Terms)
	about := aboutCountry(toks, ms, compare)
	if about != "" && len(ms) == 2 && actsOn(toks, ms[0], ms[1]) {
		// "does ghana back togo on cybercrime": with no statement of the
		// first naming the second, its own on the topic answer, said so,
		// as a partner's do.
		p.Partners = true
		if len(p.Terms) == len(termTok) {
			// "does kenya support uganda's proposal": the verb is how the
			// first acts on the second, not a word its statements must hold.
			dropRelationVerbs(toks, &p, termTok)
		}
	}
	if about == "" {
		var modifier bool
		about, modifier = mentionedByFirst(c, toks, ms, compare)
		if about != "" && !modifier && !mentionsOnTopic(c, ms[0].Country, about, p) {
			// "ireland eu ihl": Ireland names the EU only to align with
			// it, never on IHL; read as Ireland on IHL naming the EU it
			// answered nothing, so the two are compared.
			about = ""
		}
	}
	p.Intent = intentOf(c, p, lowers, compare)
	if p.Intent == IntentCompare && len(p.Themes) == 0 && vagueTopic(p) {
		// "compare mexico and panama on cybersecurity", "méxico y panamá
		// sobre ciberseguridad": every statement is about that, so it
		// compares the countries' statements, as a single country's
		// question does (IntentCountry), not those that hold the word.
		p.Content, p.Words, p.Terms = nil, nil, nil
	}
	if p.Intent == IntentList {
		p.ListWhat = listTarget(lowers)
		p.ListRanked = slices.ContainsFunc(lowers, func(w string) bool { return rankWords[w] })
	}
	if p.Intent == IntentStance && len(p.Countries) == 1 && agreeWith(toks, p.Countries[0]) {
		p.Agree, p.Intent = p.Countries[0].Country, IntentTheme
	}
	if (p.Intent == IntentStance || p.Intent == IntentCountry) && len(p.Countries) == 1 && (others >= 0 || whoAboutObject(toks, p.Countries[0])) {
		// "who talks about capacity building for Ukraine": the others'
		// statements mentioning it (objectabout.go).
		p.About, p.Countries, p.Intent = []string{p.Countries[0].Country}, nil, IntentTheme
	}
	if p.Intent == IntentCompare && !compare && amongRegion(toks, p.Countries) {
		p.Within, p.Countries, p.Intent = p.Countries, nil, IntentTheme
	}
	if about == "" && p.Intent == IntentCompare && len(p.Countries) > 1 && p.Countries[0].Country == ms[0].Country {
		if partners := partnerList(toks, ms, compare); partners != nil {
			// "qué dice méxico sobre la cooperación con españa y
			// francia": the first country on its ties with the others.
			p.Countries, p.About, p.Intent, p.Partners = p.Countries[:1], partners, IntentStance, true
		}
	}
	if about != "" && p.Intent == IntentCompare {
		kept := p.Countries[:0:0]
		for _, m := range p.Countries {
			if m.Country != about {
				kept = append(kept, m)
			}
		}
		switch {
		case len(kept) == 1:
			p.Countries, p.About = kept, []string{about}
			p.Intent = IntentStance
		case len(kept) > 1 && allRegion(kept):
			// "what does the gulf say about iran": the region's countries,
			// each on its statements naming Iran, never Iran as a side.
			p.Countries, p.About = kept, []string{about}
		}
	}
	return p
}

// noTopicAt reports whether toks[i], a word of no country, carries no
// topic: a skip word, or who speaks, which document, how the question
// asks (actors, "a line on", "link to", "anything new from").
func noTopicAt(toks []corpus.Token, i int, inCountry []bool) bool {
	t := toks[i]
	if skipWord(t.Lower) {
		return true
	}
	if actorOf(toks, i, inCountry) || lineOn(toks, i) {
		return true // "the government of Tuvalu on data", "a line on cables": who and how, not what
	}
	if i > 0 && inCountry[i-1] && actorWords[t.Lower] {
		return true // "the eu line on ransomware", "indian delegation on the ITU": who, not what
	}
	if i+1 < len(toks) && inCountry[i+1] && actorWords[t.Lower] {
		return true // Spanish and French order: "el gobierno camerunés" read "government camerunés"
	}
	if documentWord(toks, i, inCountry) || channelWord(toks, i, inCountry) {
		return true // "the tuvalu joint statement", "its opening remarks", "say on X": which document, not what about
	}
	if i > 0 && summaryNouns[t.Lower] && (toks[i-1].Lower == "main" || toks[i-1].Lower == "key") {
		return true // "key messages from Peru", "India's main points"; "points of contact" stays a topic
	}
	if newWords[t.Lower] && (i > 0 && newLead[toks[i-1].Lower] || i == 0) && (i+1 == len(toks) || newAfter[toks[i+1].Lower] || inCountry[i+1]) {
		return true // "anything new from Serbia", "any updates on Kazakhstan?": no topic "new" or "updates"
	}
	if newWords[t.Lower] && t.Lower != "new" && i > 0 && inCountry[i-1] && i+1 == len(toks) {
		return true // "kazakhstan updates", "samoa news": what the country said lately
	}
	if linkRequest(toks, i) {
		return true // "link to the kazakhstan statement", "urls for peru pls": its sources, not a topic "link"
	}
	if askerNoun(toks, i) {
		return true // "what do nations say on X", "which governments mention X": who, not what
	}
	if intentionVerb(toks, i, inCountry) {
		return true // "does kuwait plan a new strategy": what it means to do, not a topic "plan"
	}
	return sceneWord(toks, i, inCountry) // "need 2 lines on", "for a side event": the asker's errand
}

// allRegion reports whether every mention is a region's country.
func allRegion(ms []corpus.Mention) bool {
	for _, m := range ms {
		if m.How != "region" {
			return false
		}
	}
	return true
}

// regionAsOne returns ms with the countries a region was read as (the
// mentions of one region's words, How "region") kept as one, its first:
// "what does the gulf say about iran" has two sides, the Gulf states and
// Iran, as "what does Kuwait say about Iran" has. ms is not changed.
func regionAsOne(ms []corpus.Mention) []corpus.Mention {
	if len(ms) < 3 {
		return ms
	}
	out := ms[:0:0]
	for i, m := range ms {
		if i > 0 && m.How == "region" && ms[i-1].How == "region" && m.First == ms[i-1].First && m.Last == ms[i-1].Last {
			continue
		}
		out = append(out, m)
	}
	return out
}

// nameWithHead joins a topic word and the name head right after it
// ("volt typhoon", "lazarus group", "nso group", "fancy bear") into one
// phrase: a threat actor's or a vendor's name is one thing, and a
// statement holding only its head ("Salt Typhoon", "Group of 77") or only
// its first word is no answer (a phrase counts only whole, see
// corpus.QueryTerm); it answered as "closest" by half the words. Words
// of a theme phrase, and words apart (a punctuation mark between), are
// left alone. terms[k] is the word at toks[termTok[k]].
func nameWithHead(toks []corpus.Token, terms []corpus.QueryTerm, termTok []int) {
	for k := 0; k+1 < len(terms); k++ {
		a, b := &terms[k], &terms[k+1]
		if a.InTheme || b.InTheme || a.Phrase > 0 || b.Phrase > 0 || termTok[k+1] != termTok[k]+1 || toks[termTok[k+1]].Gap != "" {
			continue
		}
		if nameHeads[toks[termTok[k+1]].Lower] && !nameHeads[toks[termTok[k]].Lower] {
			a.Phrase = len(terms) + k + 1 // past the lexicon's phrase numbers (First+1)
			b.Phrase = a.Phrase
			k++
		}
	}
}

// genericCompound joins a generic word and the topic word typed right
// after it ("cyber insurance", "cyber hygiene", "cyber diplomacy") into
// one compound phrase when some statement of the corpus writes them so:
// the generic word alone narrows nothing (every statement is "cyber"),
// and "who mentions cyber insurance" counted every statement on a health
// insurer. A compound the corpus never writes leaves the words as they
// were. terms[k] is the word at toks[termTok[k]].
func genericCompound(c *corpus.Corpus, toks []corpus.Token, terms []corpus.QueryTerm, termTok []int) {
	for k := 0; k+1 < len(terms); k++ {
		a, b := &terms[k], &terms[k+1]
		if a.InTheme || b.InTheme || a.Phrase > 0 || b.Phrase > 0 || termTok[k+1] != termTok[k]+1 || toks[termTok[k+1]].Gap != "" {
			continue
		}
		if !corpus.IsGenericStem(a.Stem) || corpus.IsGenericStem(b.Stem) || c.DocFreq(b.Stem) == 0 {
			continue
		}
		if !c.HoldsCompound([]string{a.Stem, b.Stem}) {
			continue
		}
		a.Phrase = len(terms) + k + 1 // past the lexicon's phrase numbers (First+1)
		b.Phrase = a.Phrase
		a.Compound, b.Compound = true, true
		k++
	}
}

// nameHeads end the names threat intelligence and the press give hacking
// groups and intrusion vendors ("Volt Typhoon", "Lazarus Group", "Fancy
// Bear", "Charming Kitten", "Midnight Blizzard", "NSO Group").
var nameHeads = toSet(`group typhoon typhoons bear panda kitten spider chollima blizzard sleet tempest sandstorm
hail tsunami`)

// agreeVerbs ask who holds the same (or the opposite) position as a
// country: "who agrees with Japan", "which states side with Kenya", "who
// opposes Brazil on X", "countries that share Chile's view".
var agreeVerbs = toSet(`agree agrees agreed agreeing disagree disagrees disagreed side sides siding align aligns aligned
oppose opposes opposed echo echoes echoed share shares shared sharing join joins joined support supports supported
back backs backed endorse endorses endorsed`)

// agreeWith reports whether a question asks who agrees (or disagrees) with
// the country m names: an agree verb right before it ("agree with Japan",
// "oppose the EU", "share Japan's view"), with at most "with", "against",
// "to" and "the" between. The corpus cannot say who agrees; the reply puts
// the country's statements beside every other country's on the topic.
func agreeWith(toks []corpus.Token, m corpus.Mention) bool {
	j := m.First - 1
	for j >= 0 && agreeGlue[toks[j].Lower] {
		j--
	}
	if j == 0 && agreeVerbs[toks[0].Lower] && strings.HasSuffix(toks[0].Lower, "s") {
		// A verb of the third person opening the question has its subject
		// after it: a yes/no question inverted, as Spanish and French ask
		// them ("¿apoya Irán un tratado?", read "supports Iran treaty";
		// "soutient l'Iran …"), is the country's own stance, not who
		// supports it.
		return false
	}
	return j >= 0 && agreeVerbs[toks[j].Lower]
}

// agreeGlue may stand between an agree verb and the country.
var agreeGlue = toSet(`with against to the`)

// aboutCountry returns the country a question asks about rather than
// whose view it asks for: exactly two countries, the second introduced by
// "about", "on", "regarding"... ("what does India say about China?",
// "India's view on Pakistan"), with no comparison word and no "and"
// joining the two.
func aboutCountry(toks []corpus.Token, ms []corpus.Mention, compare bool) string {
	ms = regionAsOne(ms)
	if compare || len(ms) != 2 || ms[0].Country == ms[1].Country || ms[1].First <= ms[0].Last {
		// Two countries of one name ("the Caribbean" read as its
		// members) are the sides asked about, never one the other's topic.
		return ""
	}
	second := ms[1]
	for i := ms[0].Last + 1; i < second.First; i++ {
		switch toks[i].Lower {
		case "with":
			if nounWith(toks, ms[0].Last+1, i, second.First) {
				// "cyprus agreement with israel", "kenya cooperation
				// with uganda": the noun's partner, not a second side
				// ("india with china on norms" stays two sides).
				return second.Country
			}
			return ""
		case "and", "or", "vs", "versus", "v", "plus":
			return ""
		}
		if strings.ContainsAny(toks[i].Gap, "&,+/") {
			return ""
		}
	}
	if strings.ContainsAny(toks[second.First].Gap, "&,+/") {
		return ""
	}
	j := second.First - 1
	if j >= 0 && toks[j].Lower == "the" {
		j--
	}
	if j >= 0 && aboutWords[toks[j].Lower] {
		return second.Country
	}
	if j >= 0 && objectPreps[toks[j].Lower] && aboutBetween(toks, ms[0].Last+1, j) {
		// Deeper in the topic: "what does Angola say about the cable to
		// Brazil", "Tanzania on the cuts off Mozambique" (objectabout.go).
		return second.Country
	}
	if j > ms[0].Last+1 && (toks[j].Lower == "of" || toks[j].Lower == "in") && !aboutWords[toks[j-1].Lower] && aboutBetween(toks, ms[0].Last+1, j-1) {
		// A noun of the topic and its "of" or "in" before the country:
		// "what does canada say about the law of nicaragua", and the
		// reading of "que dice canada sobre la ley de nicaragua", "que
		// dice uruguay sobre el ransomware en paraguay"; the second
		// country is inside the topic, not a side to compare (esfr19's
		// open row, esfr20).
		return second.Country
	}
	if j >= 0 && objectPreps[toks[j].Lower] && wantBetween(toks, ms[0].Last+1, j) {
		// "what do the marshall islands want from the us", "what does
		// fiji expect from australia": whom the first asks, not a second
		// side.
		return second.Country
	}
	if j > ms[0].Last && giveVerbs[toks[j].Lower] {
		// "what is japan offering mongolia", "what does cote d'ivoire
		// thank japan for": the verb's recipient, whom the first gives
		// or thanks, not a second side (groups23).
		return second.Country
	}
	if j > ms[0].Last+1 && (toks[j].Lower == "for" || toks[j].Lower == "to") && (giveVerbs[toks[j-1].Lower] || doVerbs[toks[j-1].Lower]) {
		// "what is japan doing for mongolia", "what did korea offer to
		// fiji": the verb's beneficiary.
		return second.Country
	}
	if actsOn(toks, ms[0], second) {
		return second.Country
	}
	return ""
}

// actsOn reports whether the second country is the object of a verb whose
// subject is the first ("does kenya support uganda's proposal", "has
// estonia backed ukraine", "est-ce que le rwanda soutient la centrafrique"
// read "rwanda supports centrafrique", "¿venezuela coopera con
// nicaragua?"), or of such a verb opening an inverted question before the
// two ("¿apoya chile a argentina?" read "supports chile argentina"): the
// question asks what the first says of the second, not a comparison. Only
// articles and "with" may stand beside the verb; a verb of agreeing is
// none of these ("does kenya agree with uganda" compares the two).
func actsOn(toks []corpus.Token, first, second corpus.Mention) bool {
	verb := false
	for i := first.Last + 1; i < second.First; i++ {
		switch w := toks[i].Lower; {
		case actVerbs[w]:
			verb = true
		case !articleWords[w] && !withWords[w]:
			return false
		}
	}
	if verb {
		return true
	}
	j := first.First - 1
	for j >= 0 && articleWords[toks[j].Lower] {
		j--
	}
	return j >= 0 && actVerbs[toks[j].Lower] && (j == 0 || yesNoOpened(toks[:j+1]))
}

// partnerList returns the countries after the first that a noun of ties
// between countries introduces ("what does india say about cooperation
// with the uk and france", "que dit la tunisie sur la coopération avec le
// maroc" read "says tunisie on cooperation maroc"): the first country's
// partners on the topic, not more sides to compare. Only a verb of saying,
// about-words and articles may stand between the first country and the
// noun, "with" and articles between the noun and the list, and "and" or a
// comma inside the list; nil otherwise, or with a word of comparison.
func partnerList(toks []corpus.Token, ms []corpus.Mention, compare bool) []string {
	if compare || len(ms) < 2 || ms[1].First <= ms[0].Last {
		return nil
	}
	j := ms[0].Last + 1
	for j < ms[1].First && (speechVerbs[toks[j].Lower] || aboutWords[toks[j].Lower] || articleWords[toks[j].Lower] || jointWords[toks[j].Lower]) {
		j++
	}
	if j >= ms[1].First || !partnerNouns[toks[j].Lower] {
		return nil
	}
	for j++; j < ms[1].First && (withWords[toks[j].Lower] || articleWords[toks[j].Lower]); j++ {
	}
	if j != ms[1].First {
		return nil
	}
	out := []string{ms[1].Country}
	for k := 2; k < len(ms); k++ {
		for i := ms[k-1].Last + 1; i < ms[k].First; i++ {
			if w := toks[i].Lower; w != "and" && !articleWords[w] {
				return nil
			}
		}
		if !slices.Contains(out, ms[k].Country) {
			out = append(out, ms[k].Country)
		}
	}
	return out
}

// partnerNouns name ties between countries, or what countries do
// together ("the exercise with portugal", "un exercice avec le maroc")
// (partnerList).
var partnerNouns = toSet(`cooperation partnership partnerships agreement agreements ties relations relationship dialogue
	collaboration exercise exercises drill drills training trainings programme programmes program programs project projects
	workshop workshops mission missions operation operations`)

// jointWords may stand before a partner noun ("the joint exercise with",
// "el ejercicio conjunto" read before its noun) (partnerList).
var jointWords = toSet(`joint bilateral common combined`)

// dropRelationVerbs leaves out of p's topic the relationVerbs among its
// terms (read from toks[termTok[k]]) that carry no theme.
func dropRelationVerbs(toks []corpus.Token, p *Parsed, termTok []int) {
	for k := len(termTok) - 1; k >= 0; k-- {
		if relationVerbs[toks[termTok[k]].Lower] && !p.Terms[k].InTheme {
			p.Content = slices.Delete(p.Content, k, k+1)
			p.Words = slices.Delete(p.Words, k, k+1)
			p.Terms = slices.Delete(p.Terms, k, k+1)
		}
	}
}

// relationVerbs are the actVerbs that say only how one country stands to
// another (training and funding are topics of their own).
var relationVerbs = toSet(`support supports supported supporting back backs backed backing help helps helped helping
	assist assists assisted assisting aid aids aided cooperate cooperates cooperated cooperating cooperation collaborate
	collaborates collaborated collaborating coopera cooperan colabora colaboran apoya apoyan ayuda ayudan coopere cooperent
	collabore collaborent aide aident`)

// actVerbs act on someone: supporting, helping, cooperating with (as read
// into English, with the Spanish and French forms the glossary keeps).
var actVerbs = func() map[string]bool {
	m := toSet(`train trains trained training fund funds funded funding`)
	for w := range relationVerbs {
		m[w] = true
	}
	return m
}()

// giveVerbs give or thank someone, the country right after them: "what is
// japan offering mongolia", "what does peru thank chile for".
var giveVerbs = toSet(`offer offers offered offering give gives gave giving provide provides provided providing
promise promises promised promising pledge pledges pledged pledging grant grants granted granting
thank thanks thanked thanking`)

// doVerbs do something for a country after "for": "what is japan doing
// for mongolia".
var doVerbs = toSet(`do does did doing done`)

// nounWith reports whether the "with" at toks[w] joins a noun of the topic
// to the country that starts at second: a content word right before it,
// after the first country (which ends before lo), and nothing but an
// article between it and the country.
func nounWith(toks []corpus.Token, lo, w, second int) bool {
	if w <= lo || skipWord(toks[w-1].Lower) || toks[w].Gap != "" {
		return false
	}
	k := w + 1
	if k < second && toks[k].Lower == "the" {
		k++
	}
	return k == second
}

// wantBetween reports whether a verb of wanting or asking (wantVerbs)
// stands among toks[lo:hi]: the country after the preposition that follows
// it is what the first country wants something from (aboutCountry).
func wantBetween(toks []corpus.Token, lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if wantVerbs[toks[i].Lower] {
			return true
		}
	}
	return false
}

// wantVerbs ask something of someone (wantBetween).
var wantVerbs = toSet(`want wants wanted expect expects expected need needs needed ask asks asked demand demands demanded
request requests requested seek seeks sought`)

// correctable returns the word a misspelt topic word was meant to be. A
// capitalised word inside a sentence is taken for a name and left alone.
func correctable(c *corpus.Corpus, t corpus.Token) (string, bool) {
	if rankWords[t.Lower] {
		return "", false // "los temas más comunes" is no typo of a page's "communes"
	}
	if !t.SentStart && t.Orig != "" && firstByteUnchangedByUpper(t.Orig) && changedByUpper(t.Orig) {
		return "", false
	}
	return c.Correct(t.Lower)
}

// firstByteUnchangedByUpper is strings.ToUpper(s[:1]) == s[:1] without
// the string ToUpper makes: an ASCII byte that is no lower-case letter (a
// byte of a multi-byte rune alone is invalid UTF-8, which ToUpper turns
// into U+FFFD). correctable asked ToUpper twice on every topic word, three
// allocations a question (TestUpperChecksMatchToUpper).
func firstByteUnchangedByUpper(s string) bool {
	b := s[0]
	return b < utf8.RuneSelf && !('a' <= b && b <= 'z')
}

// changedByUpper is s != strings.ToUpper(s) without building it: a rune
// that upper-cases to another, or an invalid byte (ToUpper writes U+FFFD
// for it).
func changedByUpper(s string) bool {
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			if 'a' <= b && b <= 'z' {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || unicode.ToUpper(r) != r {
			return true
		}
		i += n
	}
	return false
}

// intentOf decides what a read question asks for.
func intentOf(c *corpus.Corpus, p Parsed, lowers []string, compare bool) string {
	switch {
	case lowers != nil && isHelp(lowers) && !(len(lowers) > 0 && greetings[lowers[0]] && (len(p.Countries) > 0 || len(p.Themes) > 0 || len(p.Content) > 0)):
		// A greeting with a question after it ("hi cuba", "hola, qué
		// dice Cuba") is that question.
		return IntentHelp
	case len(p.Countries) == 0 && len(p.Themes) == 0 && contestResult(lowers):
		// "who won the rugby world cup": a contest's result, no position
		// (TestContestResultIsNoTopic).
		return IntentNone
	case len(p.Countries) == 0 && listTarget(lowers) != "" && !topical(p):
		return IntentList
	case len(p.Countries) >= 2 || compare && len(p.Countries) >= 1:
		return IntentCompare
	case len(p.Countries) == 1 && len(p.Themes) == 0 && vagueTopic(p):
		return IntentCountry // "anything from Pyongyang on cyber?", "Iran's stance on cyber issues"
	case len(p.Countries) == 1 && (len(p.Themes) > 0 || len(p.Content) > 0):
		return IntentStance
	case len(p.Countries) == 1:
		return IntentCountry
	case len(p.Themes) > 0 || len(p.Content) > 0:
		return IntentTheme
	}
	return IntentNone
}

// versusSideAfter reports whether the "versus" at i (typed "vs", or the
// reading of "frente a", "face à") has a side to set against after it: a
// country, or the others ("vs the rest", "frente a los demás"). Without
// one it is the country's stance towards the topic after it ("la postura
// de costa rica frente al ransomware", "¿cuál es la postura de nicaragua
// frente a la CIDH?"), which was a comparison of one country.
func versusSideAfter(toks []corpus.Token, i int, inCountry []bool) bool {
	for j := i + 1; j < len(toks); j++ {
		if inCountry[j] || versusOthers[toks[j].Lower] {
			return true
		}
	}
	return false
}

// versusOthers name the other side of a comparison that is no country.
var versusOthers = map[string]bool{"others": true, "other": true, "rest": true, "everyone": true, "everybody": true,
	"neighbours": true, "neighbors": true, "peers": true, "region": true, "demas": true, "demás": true, "otros": true,
	"autres": true, "voisins": true, "vecinos": true}

// vagueWords name a topic without saying which: "cyber issues", "his
// position paper", "cyber stuff".
var vagueWords = map[string]bool{"issue": true, "issues": true, "matter": true, "matters": true, "topic": true, "topics": true,
	"thing": true, "things": true, "stuff": true, "paper": true, "papers": true, "area": true, "areas": true, "field": true,
	"domain": true, "front": true, "sphere": true, "questions": true, "affairs": true}

// vagueTopic reports whether a question's topic words are only words of
// the whole domain ("cyber", "cybersecurity", "ICT"; see domainStems) or words that name no
// topic ("issues", "paper"): every statement of the corpus is about that,
// so it asks for the country's statements, not for those that happen to
// hold the word.
func vagueTopic(p Parsed) bool {
	if len(p.Content) == 0 {
		return false
	}
	for i, s := range p.Content {
		if !domainStems[s] && !vagueWords[p.Words[i]] {
			return false
		}
	}
	return true
}

// domainStems are the generic stems that name the whole domain; "state",
// "country" and "information" are not among them ("information security"
// is a topic of its own).
var domainStems = map[string]bool{"cyber": true, "cyberspac": true, "ict": true, "cybersecur": true, "secur": true}

// topical reports whether a question has a topic of its own beyond a list
// request: a theme, or any word that is not about the list itself ("which
// countries talk about sovereignty?" and "which countries mention
// quantum?" ask about a topic, even one no statement holds; "which
// countries are covered?" is a list).
func topical(p Parsed) bool {
	if len(p.Themes) > 0 {
		return true
	}
	for i, s := range p.Content {
		if listWords[p.Words[i]] || listMeta[p.Words[i]] || rankWords[p.Words[i]] || listTarget([]string{p.Words[i]}) != "" || corpus.IsGenericStem(s) {
			continue
		}
		return true
	}
	return false
}

// rankWords ask a list for the most ("the most common topics", "top
// themes", "which country has the most statements", "what comes up most
// often"): no topic of their own.
var rankWords = toSet(`most common popular discussed frequent frequently often top main biggest largest leading prominent
recurring recurrent mentioned come comes coming more active vocal
mas más activos activas
comunes común comun frecuentes frecuente populares principales mencionados discutidos tratados
fréquents fréquent fréquentes frequents frequentes courants courant populaires principaux abordés abordes discutés discutes cités cites actifs actives`)

// listMeta are the words of a list request that ask about the corpus, not
// a topic: "which countries are covered", "what countries are in the
// database", "which countries hold statements".
var listMeta = toSet(`covered cover included include includes available database databases corpus data dataset datasets
represented listed present exist exists know ask asked indexed loaded tracked track contain contains hold holds held
statement statements position positions view views there here got have has bot
incluidos incluidas incluido cubiertos cubiertas cubre disponibles representados representadas presentes datos tienes tienen conoces hay
base couverts couvertes couvre inclus incluses représentés représentées présents données avez connais`)

// thanksOnly reports whether a message, by its tokens as typed, only
// thanks or praises the bot, or closes the exchange: it is answered in
// kind, in its language, not with "no country speaks on gracias" (nor,
// for "nice one" or "thx that's great", with the statements that hold
// "nice" or "great").
func thanksOnly(toks []corpus.Token) bool {
	if len(toks) == 0 || len(toks) > maxThanksWords {
		return false
	}
	var wb [maxThanksWords]string
	words := wb[:0]
	for _, t := range toks {
		words = append(words, t.Lower)
	}
	return isThanks(words)
}

// maxThanksWords is the longest message read as thanks ("perfect, thank
// you so much bot").
const maxThanksWords = 6

// isThanks reports whether words only thank, praise or close: every word
// is a thanks word, and one of them thanks ("perfect, thanks", "muchas
// gracias"), praises ("that's helpful", "nice one", "c'est parfait") or
// takes leave ("ok bye"); "ok" or "got it" alone does none of these.
func isThanks(words []string) bool {
	if len(words) == 0 || len(words) > maxThanksWords {
		return false
	}
	thanked := false
	for _, w := range words {
		if !thanksWords[w] {
			return false
		}
		thanked = thanked || thanksCore[w] || praiseWords[w] || closingWords[w]
	}
	return thanked || phraseIn(praise, words)
}

var (
	// thanksCore are the words that thank, in English, Spanish and French.
	thanksCore = toSet(`thanks thank thx ty cheers tks tnx tysm gracias merci appreciated appreciate mrc mci graciass grax`)
	// praiseWords praise the bot's answer by themselves.
	praiseWords = toSet(`nice great perfect awesome cool helpful useful brilliant excellent lovely amazing wonderful
		fantastic super perfecto genial excelente útil estupendo parfait génial utile excellent top sympa`)
	// closingWords take leave.
	closingWords = toSet(`bye goodbye cya later adiós adios chao chau ciao revoir`)
	// thanksWords may stand beside them in a message of thanks.
	thanksWords = toSet(`thanks thank thx ty tks tnx tysm cheers appreciated appreciate you very much so a lot many great perfect ok okay
		nice cool awesome good bot helpful useful brilliant excellent lovely amazing wonderful fantastic super really that
		this it is was one all bye goodbye cya see later for the help gracias muchas mil perfecto genial excelente muy útil
		estupendo vale adiós adios chao chau ciao hasta luego merci beaucoup bien parfait génial très utile top sympa c'est
		au revoir bcp mxs xfa stp svp mrc mci grax graciass`)
	// praise is a whole message praising the bot.
	praise = map[string]bool{"good bot": true, "great bot": true, "very helpful": true, "muy útil": true, "très utile": true}
)

// greetings open a message; alone they ask what the bot does.
var greetings = toSet(`hi hello hey`)

// dayParts follow "good" in a greeting.
var dayParts = toSet(`morning afternoon evening day`)

func isHelp(words []string) bool {
	if len(words) == 0 {
		return true
	}
	if w := politeTrim(words); len(w) > 0 {
		words = w
	}
	switch words[0] {
	case "help", "usage", "commands":
		return len(words) <= 3
	}
	if greetings[words[0]] {
		return len(words) <= 3
	}
	if len(words) >= 2 && len(words) <= 3 && words[0] == "good" && dayParts[words[1]] {
		return true // "good morning", "good evening bot"
	}
	return phraseIn(metaQuestions, words)
}

// politeTrim drops an English request's polite frame around a question
// about the bot: "could you help me", "can you help us please", "would
// you help" (their Spanish and French forms, "¿podrías ayudarme?",
// "pourriez-vous m'aider ?", lose theirs as stop words). A stance
// question keeps its words: they are only trimmed for isHelp.
func politeTrim(words []string) []string {
	if len(words) >= 2 && (words[0] == "could" || words[0] == "can" || words[0] == "would" || words[0] == "will") && words[1] == "you" {
		words = words[2:]
	}
	for len(words) > 0 {
		switch words[len(words)-1] {
		case "me", "us", "please", "pls", "plz", "out":
			words = words[:len(words)-1]
			continue
		}
		break
	}
	return words
}

// phraseIn reports whether words, joined by spaces, are a key of set. They
// are joined in a buffer: a map index by string(b) copies nothing, where
// strings.Join allocated on every question.
func phraseIn(set map[string]bool, words []string) bool {
	var buf [64]byte
	b := buf[:0]
	for i, w := range words {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, w...)
	}
	return set[string(b)]
}

// metaQuestions ask about the bot itself (what it does, where its answers
// come from); the help text answers them, as it says where statements come
// from. Matched on the whole question so "how do you know what Peru says"
// stays a stance question.
var metaQuestions = map[string]bool{
	"what can you do": true, "how does this work": true, "how do i use this": true,
	"what do you do": true, "who are you": true, "what are you": true, "how do you work": true,
	"how do you know": true, "how do you know that": true, "how do you know this": true,
	"where is this from": true, "where is that from": true, "where does this come from": true,
	"where does that come from": true, "where do you get this": true, "where do you get this from": true,
	"what are your sources": true, "what is your source": true, "what sources do you use": true,
	"where do your answers come from": true, "where does your data come from": true,
}

// listTarget returns "countries" or "themes" when the question asks for a list.
func listTarget(words []string) string {
	for _, w := range words {
		switch w {
		case "countries", "country", "holders", "statements":
			// "how many statements are there": the countries, with how
			// many statements each holds.
			return "countries"
		case "themes", "theme", "topics", "topic", "subjects":
			return "themes"
		}
	}
	return ""
}

func containsInt(xs []int, x int) bool {
	return slices.Contains(xs, x)
}

// contestResult reports whether a message opens by asking who won or
// scored ("who won the rugby world cup", "quien gano el mundial", "qui a
// gagné la coupe du monde"): a result no statement holds, asked outside
// the domain, whose words ("world cup") a statement may still hold.
func contestResult(lowers []string) bool {
	if len(lowers) >= 2 && esfrContestVerbs[corpus.Fold(lowers[0])] {
		return true // the English reading of "quien gano …", "qui a gagné …" drops its "who"
	}
	if len(lowers) < 2 || !whoWords[lowers[0]] {
		return false
	}
	v := lowers[1]
	if (v == "a" || v == "has" || v == "have") && len(lowers) > 2 {
		v = lowers[2] // "qui a gagné", "who has won"
	}
	return contestVerbs[corpus.Fold(v)]
}

// whoWords open a who-question in English, Spanish and French. Folded.
var whoWords = toSet(`who quien quienes qui`)

// contestVerbs ask for a contest's result. Folded.
var contestVerbs = toSet(`won win wins winning scored beat lost gano ganaron gagne gagnent remporte`)

// esfrContestVerbs are contestVerbs' Spanish and French, which open the
// English reading of a Spanish or French who-question. Folded.
var esfrContestVerbs = toSet(`gano ganaron gagne gagnent remporte`)
