package corpus

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

//go:embed data/countries.tsv
var countriesTSV string

//go:embed data/commonwords.txt
var commonWordsTXT string

//go:embed data/commonwords_esfr.txt
var commonWordsESFRTXT string

// The columns of data/countries.tsv, in order.
const (
	colShort = iota
	colOfficial
	colAliases
	colDemonyms
	colStatus
	colISO
	colRegion
	colCapitals
	colES
	colESDemonyms
	colFR
	colFRDemonyms
)

// gazetteerColumns names the columns of data/countries.tsv.
var gazetteerColumns = []string{"short", "official", "aliases", "demonyms", "status", "iso", "region",
	"capitals", "es", "es_demonyms", "fr", "fr_demonyms"}

// Country is one entry of the gazetteer.
type Country struct {
	Short    string   // short English name used in output ("South Korea")
	Official string   // official name ("Republic of Korea")
	Aliases  []string // other names and abbreviations ("ROK", "Korea")
	Demonyms []string // "Korean", "South Korean"
	Status   string   // member, observer, union, other
	// ISO is the ISO 3166-1 alpha-2 code ("PE"); "EU" and "XK" (Kosovo)
	// are the codes CLDR uses for the two entries without one.
	ISO string
	// Region is the UN M49 sub-region code ("005" South America; "150"
	// Europe for the EU). Wider regions contain it (see Regions).
	Region string
	// Capitals are the capital or seat of government and its usual
	// spellings in English, Spanish and French ("Brasília", "Brasilia").
	// In a question a capital used as an actor names the country.
	Capitals []string
	// ES and FR are the Spanish and French names, the usual one first
	// (from CLDR, reviewed), then other forms ("EE. UU.", "la India" is
	// matched as "India" after its article).
	ES, FR []string
	// ESDemonyms and FRDemonyms are the demonyms in every gender and
	// number, inflected from the base forms of the data file.
	ESDemonyms, FRDemonyms []string
}

// How a country was named.
const (
	ByName         = "name"         // short or official English name
	ByAlias        = "alias"        // another English name ("Korea", "Britain")
	ByAbbreviation = "abbreviation" // "US", "E.U.", "e.u.", "the R.O.K.", "S. Korea"
	ByDemonym      = "demonym"      // "Peruvian", "peruano", "péruvien"
	ByTypo         = "typo"         // "Inda", "El Slavador", "Soth Korea"
	ByCapital      = "capital"      // "Tokyo", "Brussels" (the EU), used as an actor
	BySpanish      = "es"           // "Perú", "Corea del Sur", "EE. UU."
	ByFrench       = "fr"           // "Pérou", "l'Inde", "États-Unis"
)

// Mention is a country named in a text.
type Mention struct {
	Country string // short name
	How     string // ByName, ByAlias, ByAbbreviation, ByDemonym, ByTypo, ByCapital, BySpanish, ByFrench
	// Lang is "es" or "fr" when the words were Spanish or French (names
	// and demonyms), "" for English.
	Lang  string
	First int    // index of the first token
	Last  int    // index of the last token (inclusive)
	Text  string // the words as written
}

type phrase struct {
	words   []string // folded lower-case words
	exact   []string // words as they must be written when caseSens
	country int      // index in Countries, or -1 for a region
	region  int      // index in regions when country < 0
	how     string
	lang    string
	// caseSens: the phrase must be written exactly (abbreviations such as
	// US or ROK, "the Union"), never matched from lower case.
	caseSens bool
	// stopForm: lower-cased, the phrase is an ordinary word ("us", "car",
	// "male"): only the exact capitalised form counts, in questions too.
	stopForm bool
	// esfrStop: stopForm only because the word is Spanish or French
	// ("lima", "colombo"): in an English question it is the capital.
	esfrStop bool
	// theForm: the phrase starts with "the" ("the Union"): exact in
	// running text; in questions too when lower-cased it is ordinary
	// English ("the states", "the union"), see theLower.
	theForm bool
	// theLower: a the-form a question may type in lower case ("what do
	// the emirates say", "the kremlin on norms").
	theLower bool
	// questionOnly: Spanish and French names and capitals are read in
	// questions only; the corpus is English and names holders by name.
	questionOnly bool
	// adjective: a region's adjective ("Asian", "africanos"), read in
	// questions only, in Spanish and French paragraphs too.
	adjective bool
	// isoCode: a country's ISO code ("NL", "GH"), read in questions only,
	// typed in capitals where a country acts (see isoActor).
	isoCode bool
	// lowerWords: the words (bit k for word k) an English name writes in
	// lower case itself ("Palestinian territories", "former Yugoslav
	// Republic of Macedonia", the "operative" of "Co-operative Republic
	// of Guyana"), which running text writes so too.
	lowerWords uint32
	// esfrDemonym: the language ("es", "fr") whose lower-case demonym
	// this one-word form also is, when an English form of the same
	// country was given first ("afghan", "danés" and the English
	// "Danes", "suisse" and the French name "Suisse"): in that language's
	// running text, written in lower case, it is read as the demonym.
	esfrDemonym string
}

// Gazetteer finds countries in text by name, alias, demonym and (in
// questions) capitals, Spanish and French names and small typos; it also
// knows regions and groupings of countries (see Regions).
type Gazetteer struct {
	Countries []Country
	// Regions are M49 regions and political groupings ("Latin America",
	// "ASEAN"); empty unless loaded with AddRegions.
	Regions     []Region
	byShort     map[string]int
	phrases     map[string][]phrase // first folded word -> candidates, longest first
	textPhrases map[string][]phrase // the phrases of phrases read in corpus text
	// textPhrasesESFR adds the Spanish and French names and demonyms, for
	// corpus paragraphs written in those languages.
	textPhrasesESFR map[string][]phrase
	single          []typoTarget                // one-word names for typo matching
	byInitial       map[initialLen][]typoTarget // one-word names by first byte and length
	// capByInitial holds one-word capitals by first byte and length, for
	// a name a question uses where a country would be and that is no
	// name ("what does bishkk think"): only there is a capital's typo read.
	capByInitial map[initialLen][]typoTarget
	// multiTargets are the multi-word names for typo matching;
	// multiByWord indexes them by each of their content words and their
	// initial (multiKey).
	multiTargets []multiTarget
	multiByWord  map[string][]int32
	multiWords   map[string]bool // every content word of multiTargets
	common       map[string]bool // English words never taken for a typo
	// commonESFR are Spanish and French words near a country name ("pero",
	// "peur"): not typos in a question that reads as Spanish or French.
	commonESFR map[string]bool
	seen       map[string]int // folded phrase -> country, to refuse a name given to two
	// typedInitials are the codes of addInitials made from a country's
	// short name ("svg", "skn"), which chat types in lower case too (see
	// isoActor).
	typedInitials map[string]bool
	// facts answers a question's scan's questions about a word in one
	// look-up (see wordFacts); rebuilt by sortPhrases.
	facts map[string]wordFacts
	// typoCache memoises nearestName (word -> country index or -1).
	typoCache     sync.Map
	typoCacheSize atomic.Int64
	// nameStems is built on first asking (see NameStem).
	nameStems nameStemSet

	// textStart holds a bit for the first word of every phrase of
	// textPhrases and textPhrasesESFR (see mayStartText).
	textStart *[textStartSize / 64]uint64
	// textPairs and textPairsESFR narrow the candidates of a crowded
	// first word of textPhrases and textPhrasesESFR by the next word
	// (see phrasePairs).
	textPairs, textPairsESFR *phrasePairs
	// capShells are the multi-word capitals holding another country's
	// name, by that name's first word (see buildCapitalShells).
	capShells map[string][]capitalShell
}

// initialLen buckets typo targets: a typo keeps the first letter and
// changes the length by at most the allowed distance.
type initialLen struct {
	initial byte
	n       int
}

type typoTarget struct {
	word    string
	n       int // letters in word
	country int
}

// multiTarget is a multi-word name reduced to its content words
// ("bosnia herzegovina", "corea sur") for typo matching.
type multiTarget struct {
	words   []string
	country int
	how     string
	lang    string
}

// DefaultGazetteer parses the embedded gazetteer (all UN member states,
// observers, the EU and a few others) and the embedded regions.
func DefaultGazetteer() *Gazetteer {
	g, err := ParseGazetteer(strings.NewReader(countriesTSV))
	if err != nil {
		panic(fmt.Sprintf("embedded gazetteer: %v", err)) // a build-time data error
	}
	if err := g.AddRegions(strings.NewReader(regionsTSV)); err != nil {
		panic(fmt.Sprintf("embedded regions: %v", err))
	}
	return g
}

// ParseGazetteer reads a gazetteer in the TSV format of data/countries.tsv:
// short, official, aliases (;-separated), demonyms (;-separated), status,
// then optionally ISO code, M49 region, capitals, Spanish names, Spanish
// demonyms, French names, French demonyms (each ;-separated). Demonyms are
// given in their base form and inflected ("peruano" gives "peruana",
// "peruanos", "peruanas"); a form with commas ("grec,grecque,grecs")
// lists every form itself.
func ParseGazetteer(r io.Reader) (*Gazetteer, error) {
	g := &Gazetteer{byShort: map[string]int{}, phrases: map[string][]phrase{}, common: wordList(commonWordsTXT), commonESFR: wordList(commonWordsESFRTXT),
		seen: map[string]int{}, multiByWord: map[string][]int32{}, multiWords: map[string]bool{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) < 2 {
			return nil, fmt.Errorf("gazetteer line %d: want at least 2 of the %d tab-separated columns", line, len(gazetteerColumns))
		}
		for len(f) < len(gazetteerColumns) {
			f = append(f, "")
		}
		c := Country{Short: strings.TrimSpace(f[colShort]), Official: strings.TrimSpace(f[colOfficial]),
			Aliases: splitList(f[colAliases]), Demonyms: splitList(f[colDemonyms]), Status: strings.TrimSpace(f[colStatus]),
			ISO: strings.TrimSpace(f[colISO]), Region: strings.TrimSpace(f[colRegion]), Capitals: splitList(f[colCapitals]),
			ES: splitList(f[colES]), FR: splitList(f[colFR]),
			ESDemonyms: inflectAll(splitList(f[colESDemonyms]), inflectES), FRDemonyms: inflectAll(splitList(f[colFRDemonyms]), inflectFR)}
		if c.Short == "" {
			return nil, fmt.Errorf("gazetteer line %d: empty short name", line)
		}
		if _, dup := g.byShort[c.Short]; dup {
			return nil, fmt.Errorf("gazetteer line %d: %q listed twice", line, c.Short)
		}
		idx := len(g.Countries)
		g.Countries = append(g.Countries, c)
		g.byShort[c.Short] = idx
		type form struct {
			names []string
			how   string
			lang  string
		}
		forms := []form{{[]string{c.Short}, ByName, ""}}
		if c.Official != "" {
			forms = append(forms, form{[]string{c.Official}, ByName, ""})
		}
		forms = append(forms, form{c.Aliases, ByAlias, ""}, form{c.Demonyms, ByDemonym, ""},
			form{c.ES, BySpanish, "es"}, form{c.ESDemonyms, ByDemonym, "es"},
			form{c.FR, ByFrench, "fr"}, form{c.FRDemonyms, ByDemonym, "fr"}, form{c.Capitals, ByCapital, ""})
		for _, fm := range forms {
			for _, s := range fm.names {
				if err := g.addForm(s, idx, fm.how, fm.lang); err != nil {
					return nil, fmt.Errorf("gazetteer line %d: %w", line, err)
				}
			}
		}
		for _, s := range append([]string{c.Short, c.Official}, c.Aliases...) {
			for _, ab := range abbreviatedForms(s) {
				if err := g.addForm(ab, idx, ByAlias, ""); err != nil {
					return nil, fmt.Errorf("gazetteer line %d: %w", line, err)
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	g.addTypedForms()
	g.byInitial = map[initialLen][]typoTarget{}
	for _, t := range g.single {
		k := initialLen{t.word[0], t.n}
		g.byInitial[k] = append(g.byInitial[k], t)
	}
	g.sortPhrases()
	return g, nil
}

// abbreviatedForms returns a name's forms with "Republic" and
// "Democratic" abbreviated as tables and people write them ("Dominican
// Rep.", "Dem. Rep. of the Congo", "Rep. of Korea"); a dot after "Rep" is
// read as the same word (see stripDots).
func abbreviatedForms(name string) []string {
	if !strings.Contains(name, "Republic") {
		return nil
	}
	rep := strings.ReplaceAll(name, "Republic", "Rep")
	out := []string{rep}
	if strings.Contains(rep, "Democratic") {
		dem := strings.ReplaceAll(rep, "Democratic", "Dem")
		out = append(out, dem)
		if short := strings.Replace(strings.Replace(dem, " of the ", " ", 1), " of ", " ", 1); short != dem {
			out = append(out, short) // "Dem. Rep. Congo"
		}
	}
	return out
}

// sortPhrases orders each key's phrases longest first and derives
// textPhrases, the phrases read in corpus text: a third of the map, so
// the load path looks words up in a smaller table.
func (g *Gazetteer) sortPhrases() {
	g.textPhrases = map[string][]phrase{}
	g.textPhrasesESFR = map[string][]phrase{}
	for k := range g.phrases {
		ps := g.phrases[k]
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].words) > len(ps[j].words) })
		var text, esfr []phrase
		for _, p := range ps {
			if !p.questionOnly {
				text = append(text, p)
			}
			if !p.questionOnly || p.lang != "" && p.how != ByCapital && !p.adjective {
				esfr = append(esfr, p)
			}
		}
		if len(text) > 0 {
			g.textPhrases[k] = text
		}
		if len(esfr) > 0 {
			g.textPhrasesESFR[k] = esfr
		}
	}
	g.textPairs, g.textPairsESFR = newPhrasePairs(g.textPhrases), newPhrasePairs(g.textPhrasesESFR)
	g.textStart = new([textStartSize / 64]uint64)
	for k := range g.textPhrasesESFR { // every key of textPhrases too
		b := textStartBit(k)
		g.textStart[b/64] |= 1 << (b % 64)
	}
	g.buildCapitalShells()
	g.buildFacts()
}

// textStartSize is the number of bits of Gazetteer.textStart: 8 KiB, held
// in the first cache levels, for ~700 first words (~1% of other words
// pass).
const textStartSize = 1 << 16

// textStartBit is the bit of textStart for folded word k: a multiplicative
// hash of its length and three of its bytes, a few instructions where a
// map lookup hashes the whole word and probes a table.
func textStartBit(k string) uint32 {
	n := len(k)
	x := uint32(n) | uint32(k[0])<<8 | uint32(k[n/2])<<16 | uint32(k[n-1])<<24
	return (x * 0x9E3779B1) >> (32 - 16) // 16 = log2(textStartSize)
}

// mayStartText reports whether a phrase read in corpus text may start
// with folded word k: false means matchAt finds none there (a word with
// a dot is looked up without it, so it always may). Nine words in ten
// of running text start no name; this spares each the map lookup and
// matchAt's call (a sixth of reading a paragraph's countries).
func (g *Gazetteer) mayStartText(k string) bool {
	if k == "" || g.textStart == nil || strings.IndexByte(k, '.') >= 0 {
		return true
	}
	b := textStartBit(k)
	return g.textStart[b/64]&(1<<(b%64)) != 0
}

// addForm adds one name of a country. The same folded form given twice to
// one country is kept once (the English and Spanish "Chile"); given to two
// countries it is an error, except a capital shared with a union's seat:
// "Brussels" names the EU, the usual metonym, not Belgium.
func (g *Gazetteer) addForm(s string, idx int, how, lang string) error {
	key := foldPhrase(s)
	if key == "" {
		return nil
	}
	if prev, ok := g.seen[key]; ok {
		if prev == idx {
			if how == ByDemonym {
				// "noruega", "suisse": a lower-case word that is also this
				// country's demonym names it, word or not.
				for i, p := range g.phrases[key] {
					if p.country == idx && len(p.words) == 1 {
						g.phrases[key][i].stopForm = false
						if lang != "" && !(p.how == ByDemonym && p.lang != "") {
							g.phrases[key][i].esfrDemonym = lang
						}
					}
				}
			}
			return nil
		}
		if how == ByCapital && (g.Countries[prev].Status == "union" || g.Countries[idx].Status == "union") {
			if g.Countries[idx].Status == "union" {
				g.removeForm(key, prev)
				g.seen[key] = idx
				g.addPhrase(s, idx, how, lang)
			}
			return nil
		}
		return fmt.Errorf("%q names both %s and %s", s, g.Countries[prev].Short, g.Countries[idx].Short)
	}
	// A capital spelt like its country ("Kuwait", "Djibouti") returned
	// above: it names the country, as a name.
	g.seen[key] = idx
	g.addPhrase(s, idx, how, lang)
	return nil
}

func (g *Gazetteer) removeForm(key string, country int) {
	first := strings.Fields(key)[0]
	ps := g.phrases[first]
	out := ps[:0]
	for _, p := range ps {
		if p.country == country && strings.Join(p.words, " ") == key {
			continue
		}
		out = append(out, p)
	}
	g.phrases[first] = out
}

// foldPhrase is the folded words of a name joined by spaces.
func foldPhrase(s string) string {
	toks := Tokenize(s)
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = Fold(t.Lower)
	}
	return strings.Join(words, " ")
}

// wordList reads one word a line, skipping # comments.
func wordList(s string) map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(s, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			m[strings.ToLower(line)] = true
		}
	}
	return m
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ";") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func (g *Gazetteer) addPhrase(s string, country int, how, lang string) {
	toks := Tokenize(s)
	if len(toks) == 0 {
		return
	}
	p := phrase{country: country, how: how, lang: lang}
	for k, t := range toks {
		p.words = append(p.words, Fold(t.Lower))
		p.exact = append(p.exact, Fold(stripDots(t.Orig)))
		if lang == "" && (how == ByName || how == ByAlias) && k < 32 && isLowerWord(t.Orig) && !stopWords[p.words[k]] {
			p.lowerWords |= 1 << k
		}
	}
	for _, w := range strings.Fields(s) {
		if hasInnerUpper(w) {
			p.caseSens = true
		}
	}
	if p.caseSens && how == ByAlias {
		p.how = ByAbbreviation
	}
	if strings.HasPrefix(s, "the ") {
		p.caseSens, p.theForm = true, true
		p.theLower = !ordinaryThe[p.words[len(p.words)-1]]
	}
	// A Spanish or French word ("lima") makes only a capital or a Spanish
	// or French name a stop form: "eu" (French "had") is still the EU.
	if len(p.words) == 1 && (stopWords[p.words[0]] || g.common[p.words[0]] || g.commonESFR[p.words[0]] && (how == ByCapital || lang != "")) {
		p.stopForm = true
		p.esfrStop = !stopWords[p.words[0]] && !g.common[p.words[0]] && (how == ByCapital || lang != "")
	}
	// "the States" names the United States in questions only: in a page
	// it is the member States ("the States parties", "Statements by the
	// States that took the floor"), whose words it gave the United States.
	p.questionOnly = lang != "" || how == ByCapital || p.theForm && p.words[len(p.words)-1] == "states"
	g.phrases[p.words[0]] = append(g.phrases[p.words[0]], p)
	if how == ByCapital && len(p.words) == 1 && letters(p.words[0]) {
		if n := utf8.RuneCountInString(p.words[0]); n >= 5 {
			if g.capByInitial == nil {
				g.capByInitial = map[initialLen][]typoTarget{}
			}
			k := initialLen{p.words[0][0], n}
			g.capByInitial[k] = append(g.capByInitial[k], typoTarget{word: p.words[0], n: n, country: country})
		}
	}
	if how == ByDemonym || how == ByCapital || p.caseSens && !hyphenedName(s) {
		return
	}
	if len(p.words) == 1 {
		if utf8.RuneCountInString(p.words[0]) >= 4 {
			g.single = append(g.single, typoTarget{word: p.words[0], n: utf8.RuneCountInString(p.words[0]), country: country})
		}
		return
	}
	var content []string
	for _, w := range p.words {
		if !connector[w] {
			content = append(content, w)
		}
	}
	if len(content) >= 2 && len(content) <= multiMaxWords {
		ti := int32(len(g.multiTargets))
		g.multiTargets = append(g.multiTargets, multiTarget{words: content, country: country, how: how, lang: lang})
		for _, w := range content {
			g.multiWords[w] = true
			k := multiKey(w, content[0][0])
			if ids := g.multiByWord[k]; len(ids) == 0 || ids[len(ids)-1] != ti {
				g.multiByWord[k] = append(ids, ti)
			}
		}
	}
}

// ordinaryThe holds the last words of the the-form aliases that are
// ordinary English in lower case: "what do the states say" asks about
// countries in general, not the United States. Every other the-form ("the
// emirates", "the holy see") names its country however a question types it.
var ordinaryThe = toSet(`states union`)

// connector words join the words of a name and are skipped when a typo
// in a multi-word name is matched ("Bosnia Herzegovnia", "Corea Sur"),
// with chat's clippings of them ("Sudan dl Sur": "dl" is "del", as
// "xq" is "por qué"; "&" is no token).
var connector = toSet(`and of the y e et de del la le les el los las du des dl`)

func stripDots(s string) string { return strings.ReplaceAll(s, ".", "") }

// hasInnerUpper reports an upper-case letter after the first: "US", "ROK", "BiH".
// hyphenedName reports a name whose only inner capitals open the parts
// of hyphenated words ("Guinea-Bissau", "Guinée-Bissau", "Timor-Leste"):
// case-sensitive as written, yet a name of words that chat misspells like
// any other ("la guinee-bisau" was Guinea and a stray word, esfr24), so a
// typo target.
func hyphenedName(s string) bool {
	for _, w := range strings.Fields(s) {
		for _, part := range strings.Split(w, "-") {
			if hasInnerUpper(part) || utf8.RuneCountInString(part) < 3 {
				return false // "R-U": initials, no words
			}
		}
	}
	return strings.Contains(s, "-")
}

func hasInnerUpper(w string) bool {
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// Lookup returns the country with the given short name.
func (g *Gazetteer) Lookup(short string) (Country, bool) {
	i, ok := g.byShort[short]
	if !ok {
		return Country{}, false
	}
	return g.Countries[i], true
}

// Resolve maps a name, alias, demonym or near-miss spelling to a short name.
func (g *Gazetteer) Resolve(words string) (string, bool) {
	toks := Tokenize(words)
	if len(toks) < 2 || toks[0].Lower != "the" {
		return g.resolveToks(toks)
	}
	if c, ok := g.resolveToks(toks[1:]); ok {
		return c, ok
	}
	// "the" may be part of the name itself: "the Emirates", "the States".
	return g.resolveToks(toks)
}

func (g *Gazetteer) resolveToks(toks []Token) (string, bool) {
	// Resolve names a country by itself: no role in a sentence to judge,
	// so capitals and demonyms count whatever follows them.
	ms := g.scan(toks, true, nil, false).Countries
	if len(ms) == 1 && ms[0].First == 0 && ms[0].Last == len(toks)-1 {
		return ms[0].Country, true
	}
	return "", false
}

func appendRunes(dst []rune, s string) []rune {
	for _, r := range s {
		dst = append(dst, r)
	}
	return dst
}

// editDistance is the optimal-string-alignment distance (Levenshtein plus
// adjacent transpositions), giving up early once it exceeds limit.
func editDistance(a, b string, limit int) int {
	var abuf, bbuf [32]rune
	ra, rb := appendRunes(abuf[:0], a), appendRunes(bbuf[:0], b)
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	var rows [3][33]int
	if len(rb) > 32 {
		return limit + 1
	}
	prev2, prev, cur := rows[0][:len(rb)+1], rows[1][:len(rb)+1], rows[2][:len(rb)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
