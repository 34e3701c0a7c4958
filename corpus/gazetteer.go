package corpus

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed data/countries.tsv
var countriesTSV string

//go:embed data/commonwords.txt
var commonWordsTXT string

// Country is one entry of the gazetteer.
type Country struct {
	Short    string   // short English name used in output ("South Korea")
	Official string   // official name ("Republic of Korea")
	Aliases  []string // other names and abbreviations ("ROK", "Korea")
	Demonyms []string // "Korean", "South Korean"
	Status   string   // member, observer, union, other
}

// How a country was named.
const (
	ByName    = "name"
	ByAlias   = "alias"
	ByDemonym = "demonym"
	ByTypo    = "typo"
)

// Mention is a country named in a text.
type Mention struct {
	Country string // short name
	How     string // ByName, ByAlias, ByDemonym, ByTypo
	First   int    // index of the first token
	Last    int    // index of the last token (inclusive)
	Text    string // the words as written
}

type phrase struct {
	words   []string // lower-case words
	exact   []string // words as they must be written when caseSens
	country int
	how     string
	// caseSens: the phrase must be written exactly (abbreviations such as
	// US or ROK, "the Union"), never matched from lower case.
	caseSens bool
	// stopForm: lower-cased, the phrase is an ordinary word ("us", "car"):
	// only the exact capitalised form counts, in questions too.
	stopForm bool
	// theForm: the phrase starts with "the" ("the Union"): always exact.
	theForm bool
}

// Gazetteer finds countries in text by name, alias, demonym and (in
// questions) small typos.
type Gazetteer struct {
	Countries []Country
	byShort   map[string]int
	phrases   map[string][]phrase // first lower-case word -> candidates, longest first
	single    []typoTarget        // one-word names for typo matching
	byInitial map[byte][]typoTarget
	common    map[string]bool // English words never taken for a typo
}

type typoTarget struct {
	word    string
	country int
}

// DefaultGazetteer parses the embedded gazetteer (all UN member states,
// observers, the EU and a few others).
func DefaultGazetteer() *Gazetteer {
	g, err := ParseGazetteer(strings.NewReader(countriesTSV))
	if err != nil {
		panic(fmt.Sprintf("embedded gazetteer: %v", err)) // a build-time data error
	}
	return g
}

// ParseGazetteer reads a gazetteer in the TSV format of data/countries.tsv:
// short, official, aliases (;-separated), demonyms (;-separated), status.
func ParseGazetteer(r io.Reader) (*Gazetteer, error) {
	g := &Gazetteer{byShort: map[string]int{}, phrases: map[string][]phrase{}, common: wordList(commonWordsTXT)}
	sc := bufio.NewScanner(r)
	line := 0
	seen := map[string]string{}
	for sc.Scan() {
		line++
		text := sc.Text()
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) < 2 {
			return nil, fmt.Errorf("gazetteer line %d: want 5 tab-separated columns", line)
		}
		for len(f) < 5 {
			f = append(f, "")
		}
		c := Country{Short: strings.TrimSpace(f[0]), Official: strings.TrimSpace(f[1]), Aliases: splitList(f[2]), Demonyms: splitList(f[3]), Status: strings.TrimSpace(f[4])}
		if c.Short == "" {
			return nil, fmt.Errorf("gazetteer line %d: empty short name", line)
		}
		if _, dup := g.byShort[c.Short]; dup {
			return nil, fmt.Errorf("gazetteer line %d: %q listed twice", line, c.Short)
		}
		idx := len(g.Countries)
		g.Countries = append(g.Countries, c)
		g.byShort[c.Short] = idx
		add := func(s, how string) error {
			key := strings.ToLower(s)
			if prev, ok := seen[key]; ok && prev != c.Short {
				return fmt.Errorf("gazetteer line %d: %q names both %s and %s", line, s, prev, c.Short)
			}
			seen[key] = c.Short
			g.addPhrase(s, idx, how)
			return nil
		}
		if err := add(c.Short, ByName); err != nil {
			return nil, err
		}
		if c.Official != "" && !strings.EqualFold(c.Official, c.Short) {
			if err := add(c.Official, ByName); err != nil {
				return nil, err
			}
		}
		for _, a := range c.Aliases {
			if err := add(a, ByAlias); err != nil {
				return nil, err
			}
		}
		for _, d := range c.Demonyms {
			if err := add(d, ByDemonym); err != nil {
				return nil, err
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	g.byInitial = map[byte][]typoTarget{}
	for _, t := range g.single {
		g.byInitial[t.word[0]] = append(g.byInitial[t.word[0]], t)
	}
	for k := range g.phrases {
		ps := g.phrases[k]
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].words) > len(ps[j].words) })
	}
	return g, nil
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

func (g *Gazetteer) addPhrase(s string, country int, how string) {
	toks := Tokenize(s)
	if len(toks) == 0 {
		return
	}
	p := phrase{country: country, how: how}
	for _, t := range toks {
		p.words = append(p.words, t.Lower)
		p.exact = append(p.exact, stripDots(t.Orig))
	}
	for _, w := range strings.Fields(s) {
		if hasInnerUpper(w) {
			p.caseSens = true
		}
	}
	if strings.HasPrefix(s, "the ") {
		p.caseSens, p.theForm = true, true
	}
	if len(p.words) == 1 && (stopWords[p.words[0]] || g.common[p.words[0]]) {
		p.stopForm = true
	}
	g.phrases[p.words[0]] = append(g.phrases[p.words[0]], p)
	if len(p.words) == 1 && !p.caseSens && utf8.RuneCountInString(p.words[0]) >= 4 && how != ByDemonym {
		g.single = append(g.single, typoTarget{word: p.words[0], country: country})
	}
}

func stripDots(s string) string { return strings.ReplaceAll(s, ".", "") }

// hasInnerUpper reports an upper-case letter after the first: "US", "ROK", "BiH".
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
	if len(toks) > 1 && toks[0].Lower == "the" {
		toks = toks[1:]
	}
	ms := g.Find(toks, true, nil)
	if len(ms) == 1 && ms[0].First == 0 && ms[0].Last == len(toks)-1 {
		return ms[0].Country, true
	}
	return "", false
}

// Find returns the countries named in toks, longest match first and left to
// right. In question mode lower-case names and small typos count; in text
// mode (the corpus) a name must be capitalised as proper nouns are. known
// lists words that are never typos (the corpus vocabulary); it may be nil.
func (g *Gazetteer) Find(toks []Token, question bool, known func(string) bool) []Mention {
	var out []Mention
	for i := 0; i < len(toks); i++ {
		if m, ok := g.matchAt(toks, i, question); ok {
			out = append(out, m)
			i = m.Last
			continue
		}
		if question {
			if m, ok := g.typoAt(toks, i, known); ok {
				out = append(out, m)
			}
		}
	}
	return out
}

func (g *Gazetteer) matchAt(toks []Token, i int, question bool) (Mention, bool) {
	cands := g.phrases[toks[i].Lower]
	for _, p := range cands {
		if i+len(p.words) > len(toks) {
			continue
		}
		ok := true
		for k, w := range p.words {
			t := toks[i+k]
			if t.Lower != w && stripDots(t.Lower) != w {
				ok = false
				break
			}
			if k > 0 && t.SentStart {
				ok = false // a name never spans a sentence boundary
				break
			}
			switch {
			case p.stopForm || p.theForm || p.caseSens && !question:
				// Abbreviations are exact in running text; in questions
				// people type "eu" or "rok", but never mean "us" as the US.
				if stripDots(t.Orig) != p.exact[k] {
					ok = false
				}
			case !question:
				// In running text names are capitalised; "the", "of" inside them are not.
				if !stopWords[w] && !startsUpper(t.Orig) {
					ok = false
				}
			}
			if !ok {
				break
			}
		}
		if !ok {
			continue
		}
		last := i + len(p.words) - 1
		return Mention{Country: g.Countries[p.country].Short, How: p.how, First: i, Last: last, Text: joinOrig(toks[i : last+1])}, true
	}
	return Mention{}, false
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

// typoAt matches one word within a small edit distance of a one-word
// country name with the same first letter, unless the word is a known word.
func (g *Gazetteer) typoAt(toks []Token, i int, known func(string) bool) (Mention, bool) {
	w := toks[i].Lower
	n := utf8.RuneCountInString(w)
	if n < 4 || stopWords[w] || g.common[w] || (known != nil && known(w)) {
		return Mention{}, false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return Mention{}, false
		}
	}
	maxDist := 1
	if n >= 8 {
		maxDist = 2
	}
	best, bestD := -1, maxDist+1
	for _, t := range g.byInitial[w[0]] {
		d := editDistance(w, t.word, bestD)
		if d < bestD {
			best, bestD = t.country, d
		}
	}
	if best < 0 {
		return Mention{}, false
	}
	return Mention{Country: g.Countries[best].Short, How: ByTypo, First: i, Last: i, Text: toks[i].Orig}, true
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
