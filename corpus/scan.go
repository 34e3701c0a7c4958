package corpus

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Reading is what Scan found in a text: the countries named as actors,
// and the names that must not be read as such.
type Reading struct {
	// Countries are the countries named as actors, left to right.
	Countries []Mention
	// Regions are regions and groupings ("Latin America", "ASEAN"); their
	// words never name a country ("Latin America" is not the US).
	Regions []RegionMention
	// Topic holds demonyms and capitals that modify a noun of the topic
	// ("the Chinese proposal", "the Russian-sponsored resolution", "the
	// Budapest Convention", "la propuesta rusa"): not the country asked
	// about. Questions only.
	Topic []Mention
	// Places holds capitals used as places ("the weather in Tokyo").
	// Questions only.
	Places []Mention
	// Unknown holds names used where a country would be ("what does Narnia
	// say", "Wakanda's view") that the gazetteer does not know. Questions
	// only.
	Unknown []Span
}

// Span is some words of a text.
type Span struct {
	Text  string // the words as written
	First int    // index of the first token
	Last  int    // index of the last token (inclusive)
	// Weak is set on an unknown name found only by its place at the head
	// of a question ("Narnia on attribution"): a topic word can stand
	// there too ("Ransomware on the rise"), so the caller should keep it
	// only when the rest of the question has a topic of its own.
	Weak bool
}

// Scan reads the countries, regions and country-like names of toks. In
// question mode lower-case names, Spanish and French names, capitals,
// dotted and spaced abbreviations ("e.u.", "S. Korea", "EE. UU.") and
// small typos count, and each demonym or capital is judged by its role;
// in text mode (the corpus) only English names, aliases and demonyms
// count, capitalised as proper nouns are. known lists words that are never
// typos or unknown names (the corpus vocabulary); it may be nil. Names are
// compared after Fold, so accents and elisions do not matter.
func (g *Gazetteer) Scan(toks []Token, question bool, known func(string) bool) Reading {
	return g.scan(toks, question, known, true)
}

// Find returns the countries named in toks as actors, longest match first
// and left to right: Scan(toks, question, known).Countries.
func (g *Gazetteer) Find(toks []Token, question bool, known func(string) bool) []Mention {
	return g.scanWith(toks, question, known, true, false).Countries
}

// FindRegions returns the regions and groupings named in a question.
func (g *Gazetteer) FindRegions(toks []Token) []RegionMention {
	return g.scanWith(toks, true, nil, true, false).Regions
}

// UnknownNames returns the names a question uses where a country would
// be that are no country the gazetteer knows ("Narnia", "Freedonia").
func (g *Gazetteer) UnknownNames(toks []Token, known func(string) bool) []Span {
	return g.scan(toks, true, known, true).Unknown
}

// scan does the work of Scan; roles=false takes every demonym and capital
// as an actor (Resolve: a name on its own has no role to judge).
func (g *Gazetteer) scan(toks []Token, question bool, known func(string) bool, roles bool) Reading {
	return g.scanWith(toks, question, known, roles, true)
}

// scanWith is scan; unknown=false skips looking for unknown names (a
// quarter of a scan), for callers that read only the countries or the
// regions: Reading.Unknown is the only part that search fills.
func (g *Gazetteer) scanWith(toks []Token, question bool, known func(string) bool, roles, unknown bool) Reading {
	r, _ := g.scanPair(toks, question, known, nil, roles, unknown)
	return r
}

// ScanPair is Scan(toks, true, known) and, from the same pass,
// Find(toks, true, alt): the two differ only in the one-word typos that
// one known-word set refuses and the other does not. A question is read
// for its language with the language lexicon's words as known and for
// its meaning with the corpus vocabulary's; this reads it once for both
// (TestScanPairMatchesTwoScans).
func (g *Gazetteer) ScanPair(toks []Token, known, alt func(string) bool) (Reading, []Mention) {
	if alt == nil {
		alt = func(string) bool { return false }
	}
	return g.scanPair(toks, true, known, alt, true, true)
}

// scanPair does the work of scanWith and, when alt is not nil, also
// returns the countries scanWith(toks, question, alt, roles, false) finds.
func (g *Gazetteer) scanPair(toks []Token, question bool, known, alt func(string) bool, roles, unknown bool) (Reading, []Mention) {
	kp := keysPool.Get().(*[]string)
	keys := slices.Grow((*kp)[:0], len(toks))[:len(toks)]
	defer func() {
		clear(keys) // keep no text alive in the pool
		*kp = keys[:0]
		keysPool.Put(kp)
	}()
	for i := range toks { // not range by value: a copy of each 88-byte token was a third of a paragraph's scan
		keys[i] = Fold(toks[i].Lower)
	}
	return g.scanPairKeys(toks, keys, nil, question, known, alt, roles, unknown)
}

// scanPairKeys is scanPair with each token's folded key (Fold of its
// Lower) given; the countries are appended to into[:0].
func (g *Gazetteer) scanPairKeys(toks []Token, keys []string, into []Mention, question bool, known, alt func(string) bool, roles, unknown bool) (Reading, []Mention) {
	r := Reading{Countries: into[:0]}
	var altCountries []Mention
	add := func(m Mention) {
		if r.Countries == nil && altCountries == nil && alt != nil {
			// A question names one country, most often, found by both
			// readings: one allocation for both lists, each capped.
			pair := make([]Mention, 0, 2)
			r.Countries, altCountries = pair[0:0:1], pair[1:1:2]
		}
		r.Countries = append(r.Countries, m)
		if alt != nil {
			altCountries = append(altCountries, m)
		}
	}
	var covered []bool
	if question && roles {
		covered = make([]bool, len(toks))
	}
	cover := func(first, last int) {
		if covered != nil {
			for k := first; k <= last; k++ {
				covered[k] = true
			}
		}
	}
	romance := -1 // unknown yet; 1 when the question reads as Spanish or French
	// A question's words are looked up once each for everything the
	// rules below ask of them (wordFacts): the phrases they start, the
	// multi-word names they are part of (the typo rule for those names
	// looks only at their words), the word lists.
	var facts []wordFacts
	if question {
		var buf [24]wordFacts
		facts = g.wordFactsOf(keys, buf[:])
	}
	for i := 0; i < len(toks); i++ {
		if !question && !g.mayStartText(keys[i]) {
			continue // as matchAt would find nothing: running text reads no typo
		}
		if romance < 0 && question {
			romance = 0
			if readsRomanceFacts(facts) {
				romance = 1
			}
		}
		p, last, ok := g.matchAt(toks, keys, facts, i, question, romance == 1)
		if ok && articles[keys[i]] && i+1 <= last {
			// "the Pacific Islands Forum" is the Forum, not "the Pacific"
			// and two stray words: a longer name after the article wins
			// ("le Cap-Vert" is Cabo Verde, not "le Cap" and a word).
			if q, l, ok2 := g.matchAt(toks, keys, facts, i+1, question, romance == 1); ok2 && l > last {
				p, last, i = q, l, i+1
			}
		}
		if !ok && question {
			p, last, ok = g.initialsAt(toks, i)
		}
		if ok && question && p.how == ByDemonym && p.lang != "" && last == i && romance != 1 {
			// "i need bosnias view": in an English question, the English
			// name's possessive without its apostrophe, not the Spanish
			// demonym ("bosnias") a role rule then reads as a topic
			// (asked23).
			if m, ok2 := g.plainPossessiveAt(toks, keys, facts, i); ok2 {
				cover(i, i)
				add(m)
				continue
			}
		}
		if ok && question && p.country >= 0 {
			// A longer name with a typo beats a shorter exact one:
			// "Bosnia Herzegovnia" is not "Bosnia" and a stray word.
			if m, ok := g.multiTypoAt(toks, keys, facts, i); ok && m.Last > last {
				cover(m.First, m.Last)
				add(m)
				i = m.Last
				continue
			}
		}
		if ok {
			cover(i, last)
			if p.country < 0 {
				// A region hyphenated to another word is part of a compound
				// ("the Indo-Pacific", "Asia-Pacific"): no region, and its
				// words name no country either.
				if !(i > 0 && toks[i].Gap == "-" || last+1 < len(toks) && toks[last+1].Gap == "-") {
					r.Regions = append(r.Regions, g.regionMention(p, toks, i, last))
				}
				i = last
				continue
			}
			if landform(keys, i, last) || !question && g.capShells != nil && g.inCapitalShell(keys, i) {
				i = last // "the South China Sea", "the Gulf of Guinea", "Port of Spain": a place, no country
				continue
			}
			if ministryNamePart(toks, Mention{First: i, Last: last}) {
				// "El ministro de Asuntos Exteriores, Unión Europea y
				// Cooperación presentó …": the Union is the ministry's
				// portfolio, no country of the paragraph; read as one, it
				// held the Spanish minister's words (TestMinistryPortfolioNoMention).
				i = last
				continue
			}
			m := Mention{Country: g.Countries[p.country].Short, How: p.how, Lang: p.lang, First: i, Last: last, Text: joinOrig(toks[i : last+1])}
			if question && roles && (p.how == ByDemonym || p.how == ByCapital) {
				switch g.role(toks, keys, i, last, p, 0) {
				case roleTopic:
					r.Topic = append(r.Topic, m)
					i = last
					continue
				case rolePlace:
					r.Places = append(r.Places, m)
					i = last
					continue
				}
			}
			if question && p.how != ByDemonym && p.how != ByCapital {
				// "la Principauté de Monaco", "la República de Honduras":
				// the form is part of the name, never a topic word.
				if first := stateFormAt(toks, keys, i, true); first < i {
					cover(first, i-1)
					m.First, m.Text = first, joinOrig(toks[first:last+1])
				}
			}
			if question && p.how != ByCapital && m.First == i {
				// "la republica argentina", "la confederation suisse", "la
				// république togolaise": the form before the name or its
				// adjective is the name too.
				if first := stateFormBefore(toks, keys, i); first < i {
					cover(first, i-1)
					m.First, m.Text = first, joinOrig(toks[first:last+1])
				}
			}
			add(m)
			i = last
			continue
		}
		if !question {
			continue
		}
		if m, ok := g.plainPossessiveAt(toks, keys, facts, i); ok {
			cover(i, i)
			add(m)
			continue
		}
		if m, ok := g.multiTypoAt(toks, keys, facts, i); ok {
			cover(m.First, m.Last)
			add(m)
			i = m.Last
			continue
		}
		if romance < 0 {
			romance = 0
			if readsRomanceFacts(facts) {
				romance = 1
			}
		}
		// The typo rule is the one place the known words decide; a word
		// both sets know is never looked up.
		if !g.typoShaped(toks, keys, facts, i, romance == 1) {
			continue // checked before the known words: most words fail here
		}
		// The nearest name first (memoised per word): most words are near
		// none, and asking the known words of each was a look-up in the
		// corpus's stems per topic word (TestScanAsksKnownWordsLate).
		if m, ok := g.typoAt(toks, keys, facts, i, nil, romance == 1); ok {
			// A word the corpus knows only as the name's own stem
			// ("singapor", Snowball's stem of "Singapore") is that name
			// misspelt, not a word of the corpus.
			ownStem := g.nameStem(keys[i], m.Country)
			inR := ownStem || !knows(known, toks[i].Lower, keys[i])
			inAlt := alt != nil && (ownStem || !knows(alt, toks[i].Lower, keys[i]))
			if inR {
				cover(i, i)
				r.Countries = append(r.Countries, m)
			}
			if inAlt {
				altCountries = append(altCountries, m)
			}
		}
	}
	if covered != nil && unknown {
		r.Unknown = g.unknownNames(toks, keys, covered, known)
		r.Countries, r.Unknown = g.capitalTypos(toks, keys, r.Countries, r.Unknown)
	}
	r.Regions = g.narrowRegionParts(toks, r.Regions)
	return r, altCountries
}

// nameStem reports whether w has the stem of the country's one-word
// English short name ("singapor" and "Singapore").
func (g *Gazetteer) nameStem(w, country string) bool {
	c, ok := g.Lookup(country)
	if !ok || strings.ContainsAny(c.Short, " -'") {
		return false
	}
	return Stem(w) == Stem(Fold(strings.ToLower(c.Short)))
}

// capitalTypos reads an unknown one-word name within the typo allowance
// of a capital as that capital's country ("what does bishkk think",
// "luandda on the UN"). Capitals are read by their exact forms only
// elsewhere, since many are near ordinary words; a word already in a
// country's place and known as nothing else is safe to correct.
func (g *Gazetteer) capitalTypos(toks []Token, keys []string, countries []Mention, unknown []Span) ([]Mention, []Span) {
	kept := unknown[:0]
	added := false
	for _, u := range unknown {
		// A weak slot ("Kathhmandu on capacity building", but also
		// "Ransomware on the rise") takes a long word only.
		if u.First == u.Last && (!u.Weak || utf8.RuneCountInString(keys[u.First]) >= 6) {
			if ci := g.nearestCapital(keys[u.First]); ci >= 0 {
				countries = append(countries, Mention{Country: g.Countries[ci].Short, How: ByTypo, First: u.First, Last: u.Last, Text: toks[u.First].Orig})
				added = true
				continue
			}
		}
		kept = append(kept, u)
	}
	if added {
		sort.SliceStable(countries, func(i, j int) bool { return countries[i].First < countries[j].First })
	}
	if len(kept) == 0 {
		kept = nil
	}
	return countries, kept
}

// nearestCapital returns the country whose one-word capital is within the
// typo allowance of w, with its first letter, or -1; a tie between two
// countries is no answer.
func (g *Gazetteer) nearestCapital(w string) int {
	if w == "" {
		return -1
	}
	n := utf8.RuneCountInString(w)
	maxDist := typoAllowance(n)
	best, bestD, tie := -1, maxDist+1, false
	for ln := n - maxDist; ln <= n+maxDist; ln++ {
		for _, t := range g.capByInitial[initialLen{w[0], ln}] {
			switch d := editDistance(w, t.word, bestD); {
			case d < bestD:
				best, bestD, tie = t.country, d, false
			case d == bestD && t.country != best:
				tie = true
			}
		}
	}
	if tie {
		return -1
	}
	return best
}

// keysPool holds scanPair's folded-word buffers: one per paragraph was a
// quarter of the bytes a load allocates.
var keysPool = sync.Pool{New: func() any { return new([]string) }}

// knows reports whether a known-word set holds a word, as lower-cased or
// folded (key); a nil set knows nothing.
func knows(known func(string) bool, lower, key string) bool {
	return known != nil && (known(key) || key != lower && known(lower))
}

// matchAt returns the longest phrase (country or region) that starts at
// toks[i], and the index of its last token.
//
// romance says the question reads as Spanish or French: a capital that is
// also a word of those languages ("lima", "sucre") then counts only
// capitalised; in an English question, lower case is how people type it.
//
// facts, when not nil, are the question's words' facts (wordFactsOf):
// their phrases are the table's.
func (g *Gazetteer) matchAt(toks []Token, keys []string, facts []wordFacts, i int, question, romance bool) (phrase, int, bool) {
	key := keys[i]
	table, pairs := g.phrases, (*phrasePairs)(nil)
	switch {
	case !question && romance:
		table, pairs = g.textPhrasesESFR, g.textPairsESFR
	case !question:
		table, pairs = g.textPhrases, g.textPairs
	}
	var cands []phrase
	if facts != nil && question {
		cands = facts[i].phrases
	} else {
		cands = table[key]
	}
	if cands == nil && strings.IndexByte(key, '.') >= 0 {
		key = stripDots(key)
		cands = table[key]
	}
	if len(cands) >= crowdedFirst && pairs != nil && i+1 < len(keys) {
		cands = pairs.narrow(key, keys[i+1], cands)
	}
	for ci := range cands {
		p := &cands[ci] // not a copy of each candidate (~100 bytes)
		if i+len(p.words) > len(toks) || p.questionOnly && !question && !(romance && p.lang != "" && p.how != ByCapital && !p.adjective) {
			continue
		}
		if !wordsAt(p.words, keys[i:]) {
			// The words first: most candidates of a common first word
			// ("the", "republic") fail on the second, and the checks of
			// case and stop words below cost map probes and folds.
			continue
		}
		if question && !romance && p.lang != "" && spacedLetters(toks, i, len(p.words)) {
			// "r u sure": chat for "are you", not the French "R-U"
			// (Royaume-Uni) typed with a space; in a Spanish or French
			// question, or written "R-U", it stays the country (left23).
			continue
		}
		if question && p.stopForm && p.caseSens && len(p.words) == 1 && elidedLower(toks[i].Orig) {
			continue // "l'eau" is water: the Emirates are "les EAU", never elided
		}
		if p.isoCode && !g.isoActor(toks, keys, i, p.exact[0]) {
			continue
		}
		if p.adjective && p.country < 0 && i+len(p.words) < len(keys) && keys[i+len(p.words)] == "of" {
			continue // "the Gulf of Guinea", "the Gulf of Aden": a sea, not the Gulf states
		}
		// A capital that is also a Spanish or French word, typed in lower
		// case in an English question, counts where it acts: "what does
		// lima say", "lima's view", "colombo on norms".
		// A Spanish or French name typed in lower case in an English
		// question is that country wherever it stands: code-switched
		// chat ("china y rusia on IHL", "chine and russie on ihl")
		// silently lost it.
		// Not a name spelt like a capital that is a word ("tunez"):
		// TestNoCapitalIsAWord.
		stop := p.stopForm && !(p.esfrStop && !romance && len(p.words) == 1 && question &&
			(p.how != ByCapital && !g.capitalSpelt(p) || leadsQuestion(toks, keys, i) || i > 0 && (keys[i-1] == "does" || keys[i-1] == "do" || keys[i-1] == "did"))) &&
			!(question && articledName(toks, keys, i, p)) &&
			!(question && p.esfrStop && p.how == ByCapital && len(p.words) == 1 && (opensJoined(toks, keys, i) || opensTopic(toks, keys, i))) &&
			!(question && p.how == ByCapital && len(p.words) == 1 && !stopWords[p.words[0]] && doesSay(keys, i))
		if stop && p.how == ByCapital && toks[i].SentStart && !leadsQuestion(toks, keys, i+len(p.words)-1) {
			continue // "Male officials ..." is not the Maldives; "Lima on norms" is Peru
		}
		ok := true
		for k, w := range p.words {
			t := toks[i+k]
			tk := keys[i+k]
			if tk != w && (strings.IndexByte(tk, '.') < 0 || stripDots(tk) != w) {
				ok = false
				break
			}
			if k > 0 && t.SentStart && !initialBreak(t, p.words[k-1]) {
				ok = false // a name never spans a sentence boundary
				break
			}
			switch {
			case stop || p.theForm && !(question && p.theLower) || p.caseSens && !question:
				// Abbreviations are exact in running text; in questions
				// people type "eu" or "rok", but never mean "us" as the US.
				// A Spanish or French demonym that is also a common word
				// ("suisses") counts capitalised too: French writes the
				// people so ("les Suisses", "les Chinois").
				if Fold(stripDots(t.Orig)) != p.exact[k] && !(k == 0 && p.theForm && t.Orig == "The") && !(question && len(p.words) == 1 && i > 0 && keys[i-1] == "the") &&
					!(question && i == 0 && p.country < 0 && p.words[0] == "au" && englishAU(toks, nil, 0)) && // "au position on …" (englishAU)
					!(question && len(p.words) == 1 && p.how == ByAbbreviation && (actorAfter(keys, i) || g.inNameList(toks, keys, i))) &&
					!(stop && p.how == ByDemonym && p.lang != "" && startsUpper(t.Orig)) {
					// "the us" typed in lower case is still the US: the
					// pronoun never follows "the".
					ok = false
				}
			case !question:
				// In running text names are capitalised; "the", "of" inside them are not.
				// Spanish and French write demonyms in lower case ("la
				// delegación nicaragüense") and names after an elision
				// ("l'Espagne").
				// French writes the adjectives of a name in lower case
				// ("la République centrafricaine", "la République
				// démocratique du Congo", "la Guinée équatoriale"): after a
				// capitalised first word, a Spanish or French name's other
				// words may be too, the first after an elision as well
				// ("l'Union européenne").
				if !stopWords[w] && !startsUpper(t.Orig) && p.lowerWords&(1<<k) == 0 && !(romance && (connector[w] || p.how == ByDemonym && p.lang != "" || p.esfrDemonym != "" || elisionUpper(t.Orig) ||
					k > 0 && p.lang != "" && (startsUpper(toks[i].Orig) || elisionUpper(toks[i].Orig)))) {
					ok = false
				}
			}
			if !ok {
				break
			}
		}
		if ok {
			if p.esfrDemonym != "" && romance && !question && !startsUpper(toks[i].Orig) && !elisionUpper(toks[i].Orig) {
				// "El Gobierno danés", "le gouvernement suisse": the demonym.
				q := *p
				q.how, q.lang = ByDemonym, p.esfrDemonym
				return q, i, true
			}
			return *p, i + len(p.words) - 1, true
		}
	}
	return phrase{}, 0, false
}

// wordsAt reports whether keys start with the folded words of a phrase,
// a key matching with its dots dropped too ("u.s." for "us"): the
// word test of matchAt's loop, which it repeats.
func wordsAt(words, keys []string) bool {
	for k, w := range words {
		// (Without dots a word is shorter than with them.)
		if tk := keys[k]; tk != w && (len(tk) <= len(w) || strings.IndexByte(tk, '.') < 0 || stripDots(tk) != w) {
			return false
		}
	}
	return true
}

// actorAfter reports an abbreviation typed in lower case that a
// government noun follows and no verb takes as its object, or that is
// compared with "vs", or that opens a question followed by "on", "and" or
// "vs": "us position on attribution", "us govt on norms", "drc vs car",
// "us on norms" ask the US and the CAR, where "tell us about norms" and
// "let us view" do not.
func actorAfter(keys []string, i int) bool {
	if i > 0 && (keys[i-1] == "vs" || keys[i-1] == "versus") {
		return true // "drc vs car", "india vs us on norms"
	}
	if i == 0 && i+1 < len(keys) && leadWords[keys[i+1]] {
		return true // "us on norms", "uk and france on attribution": the question opens with it
	}
	if i+1 >= len(keys) || !actorNouns[keys[i+1]] {
		return false
	}
	return i == 0 || !objectHosts[keys[i-1]]
}

// leadWords after a lower-case abbreviation that opens a question make it
// the country asked about: "us on norms", "uk vs france", "us and china".
var leadWords = toSet(`on and vs versus or re sobre sur y et`)

// objectHosts take a pronoun as their object: "tell us", "give us", "for
// us".
var objectHosts = toSet(`tell give show let help send remind brief update for to with from about of by like let's lets
get find teach`)

// leadsQuestion reports whether the name ending at toks[last] is followed
// by what makes it the subject of a short question: a possessive, "on",
// "about" or a verb of saying ("Lima on norms", "Lima's view").
func leadsQuestion(toks []Token, keys []string, last int) bool {
	if toks[last].Poss {
		return true
	}
	if last+1 >= len(toks) || toks[last+1].SentStart {
		return false
	}
	w := keys[last+1]
	return w == "on" || w == "about" || w == "sobre" || w == "sur" || sayVerbs[w]
}

// opensJoined reports a one-word name that opens the message and is
// joined by "and" ("y", "et") to what follows: "caracas and the budapest
// convention", "quito y el programa de acción" ask the government of the
// capital that opens them, as "lima on norms" does, though the capital is
// also a Spanish or French word (TestCapitalOpensJoined).
func opensJoined(toks []Token, keys []string, i int) bool {
	if i != 0 || i+2 >= len(toks) || toks[i+1].SentStart || toks[i+1].Gap != "" {
		return false
	}
	switch keys[i+1] {
	case "and", "y", "et":
		return true
	}
	return false
}

// opensTopic reports a one-word name that opens a terse message of three
// to six words and is followed right away by a content word: "rabat
// infrastructures critiques", "vienne droit international humanitaire",
// "rabat critical infrastructure" ask the government of the capital that
// opens them, as "KE cables" asks Kenya's, though the capital is also a
// Spanish or French word. A function word after it ("damas de honor",
// "sucre en poudre", "lima tu ropa"), punctuation, a longer sentence or
// a two-word message ("vienne demain") keep the word (TestCapitalOpensTopic).
func opensTopic(toks []Token, keys []string, i int) bool {
	if i != 0 || len(toks) < 3 || len(toks) > 6 || toks[1].SentStart || toks[1].Gap != "" {
		return false
	}
	content := func(w string) bool {
		return letters(w) && !stopWords[w] && !esfrFunctionWords()[w] && !sayVerbs[w]
	}
	if w := keys[1]; len(w) == 3 && content(w) {
		// A three-letter word opens a topic only with a longer content
		// word after it: "berne due diligence", the English reading of
		// "berne diligence raisonnable" (esfr20), was left a theme
		// question.
		return len(keys[2]) > 3 && content(keys[2])
	}
	w := keys[1]
	return len(w) > 3 && content(w)
}

// esfrFunctionWords returns the Spanish and French stop words, folded.
var esfrFunctionWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(stripComments(stopES + " " + stopFR)) {
		m[Fold(w)] = true
	}
	return m
})

// nameAbbrevs are the abbreviated words of country names whose dot ends
// no sentence: "Dem. Rep. of the Congo", "Dominican Rep.".
var nameAbbrevs = toSet(`dem rep dom`)

// initialBreak reports whether the sentence boundary before t is only the
// dot of an initial or a short abbreviation: "S. Korea", "EE. UU.".
func initialBreak(t Token, prev string) bool {
	if utf8.RuneCountInString(prev) > 2 && !nameAbbrevs[prev] || t.Gap == "" {
		return false
	}
	for _, r := range t.Gap {
		if r != '.' && r != '-' {
			return false
		}
	}
	return true
}

// initialsAt matches single letters separated by dots as one abbreviation,
// in any case: "e.u.", "u.s.", "r.o.k." (the tokenizer joins only
// upper-case ones). Written with dots, "u.s." is the US, not the word "us".
// Typed with spaces ("u s", "the u k and france", "u s a", "e e u u"),
// the whole run of letters must be a country's abbreviation that is not
// only its ISO code ("g h" is no Ghana), and the run opens on neither "a"
// nor "i", English words ("is there a u s view" is the US, not "aus"):
// a lone "u" for "you" ("can u tell me") is no run and stays a word.
func (g *Gazetteer) initialsAt(toks []Token, i int) (phrase, int, bool) {
	spaced := i+1 < len(toks) && toks[i+1].Gap == "" && !toks[i+1].SentStart && singleLetter(toks[i+1].Lower)
	if spaced && (wordLetter(toks[i].Lower) || i > 0 && toks[i].Gap == "" && !toks[i].SentStart && singleLetter(toks[i-1].Lower) && !wordLetter(toks[i-1].Lower)) {
		return phrase{}, 0, false // an English word, or inside a run begun before
	}
	sep := "."
	if spaced {
		sep = ""
	}
	j := i
	var b []byte
	for j < len(toks) && singleLetter(toks[j].Lower) {
		if j > i && (toks[j].Gap != sep || spaced && toks[j].SentStart) {
			break
		}
		b = append(b, toks[j].Lower[0])
		j++
	}
	if len(b) < 2 || spaced && j < len(toks) && toks[j].Gap == "" && singleLetter(toks[j].Lower) {
		return phrase{}, 0, false
	}
	last := j - 1
	for _, p := range g.phrases[string(b)] {
		if spaced && p.isoCode {
			continue
		}
		if len(p.words) == 1 && p.country >= 0 && (p.caseSens || p.stopForm) && (p.how == ByAbbreviation || p.how == ByAlias) {
			p.how = ByAbbreviation
			return p, last, true
		}
		if len(p.words) == 1 && p.country >= 0 && p.caseSens && p.lang != "" {
			// A Spanish or French abbreviation ("u.e.", "e.a.u.",
			// "r.d.c."): its language stays, so it is evidence of it as
			// the capitals are.
			return p, last, true
		}
	}
	return phrase{}, 0, false
}

// singleLetter reports whether w is one ASCII letter.
func singleLetter(w string) bool {
	return len(w) == 1 && w[0] >= 'a' && w[0] <= 'z'
}

// wordLetter reports the single letters that are English words ("a",
// "i"): a run of spaced initials never opens on them.
func wordLetter(w string) bool {
	return w == "a" || w == "i"
}

// spacedLetters reports whether the n tokens from i are single letters
// typed with spaces between them ("r u"), as chat types words, not as an
// abbreviation is written ("R-U", "R.U.").
func spacedLetters(toks []Token, i, n int) bool {
	if n < 2 {
		return false
	}
	for k := i; k < i+n; k++ {
		if !singleLetter(toks[k].Lower) || k > i && toks[k].Gap != "" {
			return false
		}
	}
	return true
}

// letters reports whether w is made of letters only.
func letters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// typoAllowance is the edit distance tolerated in a word of n letters.
func typoAllowance(n int) int {
	switch {
	case n <= 3:
		return 0
	case n < 8:
		return 1
	}
	return 2
}

// romanceMarkers are Spanish and French function words that English
// questions do not use.
var romanceMarkers = toSet(`el los las del la les des du que qui sobre sur dice dicen dit disent cual quelle quel est es
una une por pour con avec postura posicion position`)

// readsRomance reports whether a question reads as Spanish or French, so
// that the Spanish and French words near a country name ("pero" near
// "Peru", "peur") are words, not typos. A rough test on purpose: an
// English question with "Peur" in it still gets Peru. (Language
// detection proper belongs to the question's reader; this only guards
// the typo rule.)
func readsRomance(keys []string) bool {
	for _, k := range keys {
		if romanceMarkers[k] && k != "position" {
			return true
		}
	}
	return false
}

// plainPossessiveAt reads a possessive typed without its apostrophe, as
// chat users do: "japans view", "kenyas position". Only a one-word name
// (not a demonym, capital or abbreviation) plus "s" counts, and a
// dictionary word ("japans", "turkeys") only where a possessive would
// stand. The typo rule cannot
// take these: the corpus knows "kenya", and stemming makes "kenyas" a
// known word.
// facts, when not nil, are the words' facts (wordFactsOf).
func (g *Gazetteer) plainPossessiveAt(toks []Token, keys []string, facts []wordFacts, i int) (Mention, bool) {
	w := keys[i]
	if len(w) < 5 || w[len(w)-1] != 's' || w[len(w)-2] == 's' || w[len(w)-2] == '\'' || !letters(w) {
		return Mention{}, false
	}
	if facts != nil && facts[i].flags&wfCommon != 0 || facts == nil && g.common[w] {
		// A dictionary word ("japans", "turkeys") is a possessive only
		// before what a country holds or does: "japans view", "turkeys on".
		if i+1 >= len(toks) {
			return Mention{}, false
		}
		if next := keys[i+1]; !actorNouns[next] && !sayVerbs[next] && next != "on" && next != "about" {
			return Mention{}, false
		}
	}
	for _, p := range g.phrases[w[:len(w)-1]] {
		if len(p.words) != 1 || p.country < 0 || p.stopForm || p.theForm || p.questionOnly || p.how == ByDemonym || p.how == ByCapital {
			continue
		}
		return Mention{Country: g.Countries[p.country].Short, How: p.how, Lang: p.lang, First: i, Last: i, Text: toks[i].Orig}, true
	}
	return Mention{}, false
}

// typoAt matches one word within a small edit distance of a one-word
// country name with the same first letter, unless the word is a known word.
func (g *Gazetteer) typoAt(toks []Token, keys []string, facts []wordFacts, i int, known func(string) bool, romance bool) (Mention, bool) {
	w := keys[i]
	if !g.typoShaped(toks, keys, facts, i, romance) || knows(known, toks[i].Lower, w) {
		return Mention{}, false
	}
	n := utf8.RuneCountInString(w)
	best := g.nearestName(w, n)
	if best < 0 {
		return Mention{}, false
	}
	if !romance && g.commonESFR[w] && !g.nearEnglishName(w, n, best) {
		// A Spanish or French word near only a Spanish or French name
		// ("libre", one letter from "Libye") is that word: a question
		// typed in those languages writes it, and one typed in English
		// misspells the English name ("bolivia software libre" is no
		// Libya; TestESFRWordNoForeignTypo).
		return Mention{}, false
	}
	return Mention{Country: g.Countries[best].Short, How: ByTypo, First: i, Last: i, Text: toks[i].Orig}, true
}

// nearEnglishName reports whether w (n letters) is within the typo
// allowance of a one-word English name or alias of country.
func (g *Gazetteer) nearEnglishName(w string, n, country int) bool {
	c := &g.Countries[country]
	max := typoAllowance(n)
	for k := -1; k < len(c.Aliases); k++ {
		name := c.Short
		if k >= 0 {
			name = c.Aliases[k]
		}
		if f := foldPhrase(name); !strings.Contains(f, " ") && editDistance(w, f, max) <= max {
			return true
		}
	}
	return false
}

// typoShaped reports whether toks[i] may be a misspelt one-word name by
// everything but the known words: long enough, letters only, no common
// word or name, not the first part of a compound.
//
// facts, when not nil, are the words' facts (wordFactsOf).
func (g *Gazetteer) typoShaped(toks []Token, keys []string, facts []wordFacts, i int, romance bool) bool {
	w := keys[i]
	if utf8.RuneCountInString(w) < 4 || !letters(w) {
		return false
	}
	if facts != nil {
		// wfSeen: a name its exact rules refused ("tunez" as a word).
		if f := facts[i].flags; f&(wfNotTypo|wfCommon|wfSeen) != 0 || romance && f&wfCommonESFR != 0 {
			return false
		}
	} else if notTypoWords[w] || g.common[w] || romance && g.commonESFR[w] {
		return false
	} else if _, isName := g.seen[w]; isName {
		return false // a name its exact rules refused ("tunez" as a word)
	}
	if i+1 < len(toks) && toks[i+1].Gap == "-" {
		return false // a compound's first part ("Indo-Pacific", "Sino-")
	}
	return true
}

// nearestName returns the country whose one-word name is within the typo
// allowance of w (n letters), or -1. Results are cached: questions repeat
// their words ("what", "compare", "norms") and each miss costs an edit
// distance per name of the same initial and about the same length.
func (g *Gazetteer) nearestName(w string, n int) int {
	if v, ok := g.typoCache.Load(w); ok {
		return v.(int)
	}
	maxDist := typoAllowance(n)
	best, bestD := -1, maxDist+1
	for ln := n - maxDist; ln <= n+maxDist; ln++ {
		for _, t := range g.byInitial[initialLen{w[0], ln}] {
			d := editDistance(w, t.word, bestD)
			if d < bestD || d == bestD && best >= 0 && w[len(w)-1] == t.word[len(t.word)-1] {
				// A tie goes to the name ending like the word: "Nigera" is
				// Nigeria rather than Niger.
				best, bestD = t.country, d
			}
		}
	}
	if best < 0 && strings.ContainsAny(w, "iy") {
		best = g.nearestNameIY(w, n, maxDist)
	}
	if g.typoCacheSize.Add(1) > typoCacheMax {
		g.typoCache.Clear()
		g.typoCacheSize.Store(0)
	}
	g.typoCache.Store(strings.Clone(w), best)
	return best
}

// typoCacheMax bounds the typo cache of a gazetteer.
const typoCacheMax = 1 << 16

// multiTypoAt matches a multi-word name with typos ("El Slavador", "Soth
// Korea", "Bosnia Herzegovnia"): its content words in order, connector
// words ("and", "del") optional, each word within its typo allowance and
// at least one word exact, so that two misspelt ordinary words never make
// a country.
//
// facts, when not nil, are the words' facts (wordFactsOf): only the
// words of some multi-word name (Gazetteer.multiWords) are looked at in
// the index; nil reads every word as one.
func (g *Gazetteer) multiTypoAt(toks []Token, keys []string, facts []wordFacts, i int) (Mention, bool) {
	w0 := keys[i]
	if w0 == "" || !letters(w0) {
		return Mention{}, false
	}
	if facts != nil && facts[i].flags&(wfConnector|wfStop) != 0 || facts == nil && (connector[w0] || stopWords[w0]) {
		return Mention{}, false
	}
	// Candidates share an exact word with the next few tokens (a name has
	// at most multiMaxWords content words): a map look-up per token
	// instead of an edit distance per name.
	// The index is keyed by word and the name's initial: a typo keeps
	// the first letter, so "Untied Kingdom" looks only at the names
	// starting with "u" that have "kingdom".
	var cands [32]int32
	cs := cands[:0]
	var kb [48]byte
	for j := i; j < len(toks) && j < i+multiMaxWords+2; j++ {
		if j > i && toks[j].SentStart {
			break
		}
		if facts != nil && facts[j].flags&wfMulti == 0 {
			continue // no name has this word: no key with it
		}
		// multiKey written into a stack buffer: the look-up of a
		// string(bytes) conversion copies nothing, where building the key
		// was most of this function's time (TestAppendMultiKey).
		key := appendMultiKey(kb[:0], keys[j], w0[0])
		for _, ti := range g.multiByWord[string(key)] {
			if len(cs) < cap(cs) && !containsInt32(cs, ti) {
				cs = append(cs, ti)
			}
		}
	}
	best, bestD, bestLast := -1, 1<<30, 0
	var bestT multiTarget
	for _, ti := range cs {
		t := g.multiTargets[ti]
		j, k, exact, dist := i, 0, 0, 0
		for k < len(t.words) && j < len(toks) {
			if j > i && toks[j].SentStart {
				break
			}
			tw := keys[j]
			if k > 0 && connector[tw] {
				j++
				continue
			}
			allow := typoAllowance(utf8.RuneCountInString(t.words[k]))
			d := editDistance(tw, t.words[k], allow)
			if d > allow {
				break
			}
			if d == 0 && !notTypoWords[tw] {
				// A Spanish or French function word that a name holds
				// ("sur" of "Sudán del Sur") is no anchor: "le soudan sur
				// la cybercriminalité" is Sudan and a preposition.
				exact++
			}
			dist += d
			k++
			j++
		}
		if k == len(t.words) && exact >= 1 && dist < bestD {
			best, bestD, bestLast, bestT = t.country, dist, j-1, t
		}
	}
	if best < 0 {
		return Mention{}, false
	}
	return Mention{Country: g.Countries[best].Short, How: ByTypo, Lang: bestT.lang, First: i, Last: bestLast, Text: joinOrig(toks[i : bestLast+1])}, true
}

// multiMaxWords bounds the content words of a multi-word name looked at
// for typos.
const multiMaxWords = 6

// multiKey indexes a multi-word name by one of its words and its initial.
func multiKey(word string, initial byte) string { return word + "\x00" + string(initial) }

// appendMultiKey appends multiKey(word, initial) to b.
func appendMultiKey(b []byte, word string, initial byte) []byte {
	b = append(b, word...)
	b = append(b, 0)
	return utf8.AppendRune(b, rune(initial))
}

func containsInt32(xs []int32, x int32) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func joinOrig(toks []Token) string {
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.Orig
	}
	return strings.Join(parts, " ")
}

// Words around a country's name that make it part of a sea's, a gulf's or
// a delta's name: "the South China Sea", "the Gulf of Guinea", "Lake
// Chad", "the Niger Delta" name a place, not the country.
var (
	landformAfter  = map[string]bool{"sea": true, "seas": true, "delta": true, "basin": true}
	landformBefore = map[string]bool{"gulf": true, "sea": true, "bay": true, "strait": true, "straits": true, "horn": true}
	// landformBeforeESFR are landformBefore in Spanish and French, folded,
	// before "de"/"del"/"du".
	landformBeforeESFR = map[string]bool{"golfo": true, "golfe": true, "mar": true, "mer": true, "bahia": true, "baie": true,
		"estrecho": true, "detroit": true, "cuerno": true, "corne": true}
	// seaRise follow "sea" when it is the level of the sea, not a sea's
	// name (landform).
	seaRise = map[string]bool{"level": true, "levels": true, "rise": true, "rises": true}
)

// landform reports whether the name at keys[first..last] (folded words)
// is part of a geographic feature's name. "Sea" followed by "level" or
// "rise" is the sea's rise, not a sea of that name: "funafuti sea level
// rise", "Tuvalu sea-level rise" name the country.
func landform(keys []string, first, last int) bool {
	if last+1 < len(keys) && landformAfter[keys[last+1]] {
		return !(last+2 < len(keys) && seaRise[keys[last+2]] && keys[last+1] == "sea")
	}
	if first >= 2 && keys[first-1] == "of" && landformBefore[keys[first-2]] {
		return true
	}
	if first >= 2 && (keys[first-1] == "de" || keys[first-1] == "del" || keys[first-1] == "du") && landformBeforeESFR[keys[first-2]] {
		// "golfe de Guinée", "golfo de Guinea", "mer de Chine": a sea,
		// as "Gulf of Guinea" is (esfr22's 813 named Guinea for the
		// coastal States' CERT network).
		return true
	}
	return first >= 1 && keys[first-1] == "lake"
}

// capitalSpelt reports whether a one-word name is spelt as its country's
// capital too ("Túnez", the Spanish for Tunisia and Tunis).
func (g *Gazetteer) capitalSpelt(p *phrase) bool {
	if p.country < 0 {
		return false
	}
	for _, c := range g.Countries[p.country].Capitals {
		if foldPhrase(c) == p.words[0] {
			return true
		}
	}
	return false
}

// doesSay reports whether keys[i] stands between "does"/"do"/"did" and a
// verb of saying: "what does muscat say", "what did male think". There a
// capital that is also an English word (a grape, an adjective) is who
// speaks, as a Spanish or French one is after "does" alone.
func doesSay(keys []string, i int) bool {
	return i > 0 && i+1 < len(keys) && (keys[i-1] == "does" || keys[i-1] == "do" || keys[i-1] == "did") && sayVerbs[keys[i+1]]
}
