package corpus

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/language"
)

//go:embed data/regions.tsv
var regionsTSV string

// Region is a UN M49 region or a political grouping of countries.
type Region struct {
	Name string // English name used in output ("Latin America and the Caribbean")
	// Kind is "m49" (UN M49 region), "group" (ASEAN, Western Balkans,
	// ...) or "unlisted": a grouping whose members are not held (the G77,
	// the Non-Aligned Movement, the Commonwealth, the Francophonie, the
	// LDCs, the Global South), read in questions only so that a question
	// asking it is told so rather than answered as if it were absent.
	Kind string
	// Code is the M49 code of an m49 region ("419").
	Code string
	// Members lists the ISO codes (or M49 codes) of a group's members.
	Members []string
	// Forms are the other names in English, Spanish and French.
	Forms, ES, FR []string
	// Adjectives are the region's adjectives and people in English,
	// Spanish and French ("Asian", "africanos", "nordiques"): read in
	// questions only ("asian views on norms", "la posición africana"),
	// since in a statement "an African initiative" names no region's
	// position.
	Adjectives [3][]string
	// Countries are the gazetteer indices of the countries in the region,
	// in gazetteer order.
	Countries []int
}

// KindUnlisted is the Kind of a grouping whose members are not held.
const KindUnlisted = "unlisted"

// RegionMention is a region or grouping named in a text.
type RegionMention struct {
	Region string // the region's Name
	// Countries are the short names of the gazetteer's countries in the
	// region, in gazetteer order; the caller keeps those of its corpus.
	Countries []string
	How       string // ByName, BySpanish or ByFrench
	First     int    // index of the first token
	Last      int    // index of the last token (inclusive)
	Text      string // the words as written
}

// AddRegions reads regions in the TSV format of data/regions.tsv: name,
// kind (m49 or group), members (an M49 code for m49; ;-separated ISO or
// M49 codes for a group), then ;-separated other English, Spanish and
// French names. An M49 region holds the countries whose ISO code or M49
// sub-region it contains, by golang.org/x/text/language's region
// containment (CLDR); the EU is filed under Europe (150) by its region
// column. A region's names may not be a country's.
func (g *Gazetteer) AddRegions(r io.Reader) error {
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		for len(f) < 9 {
			f = append(f, "")
		}
		reg := Region{Name: strings.TrimSpace(f[0]), Kind: strings.TrimSpace(f[1]), Forms: splitList(f[3]), ES: splitList(f[4]), FR: splitList(f[5]),
			Adjectives: [3][]string{splitList(f[6]), splitList(f[7]), splitList(f[8])}}
		if reg.Name == "" {
			return fmt.Errorf("regions line %d: empty name", line)
		}
		var codes []string
		switch reg.Kind {
		case "m49":
			reg.Code = strings.TrimSpace(f[2])
			codes = []string{reg.Code}
		case "group":
			reg.Members = splitList(f[2])
			codes = reg.Members
		case KindUnlisted:
		default:
			return fmt.Errorf("regions line %d: kind %q, want m49, group or unlisted", line, reg.Kind)
		}
		in, err := g.countriesIn(codes)
		if err != nil {
			return fmt.Errorf("regions line %d (%s): %w", line, reg.Name, err)
		}
		reg.Countries = in
		idx := len(g.Regions)
		g.Regions = append(g.Regions, reg)
		for _, fm := range []struct {
			names []string
			how   string
			lang  string
			adj   bool
		}{{append([]string{reg.Name}, reg.Forms...), ByName, "", false}, {reg.ES, BySpanish, "es", false}, {reg.FR, ByFrench, "fr", false},
			{reg.Adjectives[0], ByName, "", true}, {reg.Adjectives[1], BySpanish, "es", true}, {reg.Adjectives[2], ByFrench, "fr", true}} {
			for _, s := range fm.names {
				key := foldPhrase(s)
				if c, ok := g.seen[key]; ok {
					return fmt.Errorf("regions line %d: %q names the country %s", line, s, g.Countries[c].Short)
				}
				if key == "" || g.seenRegion(key) {
					continue
				}
				g.dropISOCode(key) // "UA" is the African Union, not Ukraine's code
				g.addRegionPhrase(s, idx, fm.how, fm.lang, fm.adj)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("regions: %w", err)
	}
	g.sortPhrases()
	return nil
}

func (g *Gazetteer) seenRegion(key string) bool {
	first := strings.Fields(key)[0]
	for _, p := range g.phrases[first] {
		if p.country < 0 && strings.Join(p.words, " ") == key {
			return true
		}
	}
	return false
}

func (g *Gazetteer) addRegionPhrase(s string, region int, how, lang string, adjective bool) {
	toks := Tokenize(s)
	p := phrase{country: -1, region: region, how: how, lang: lang, questionOnly: lang != "" || adjective, adjective: adjective}
	if g.Regions[region].Kind == KindUnlisted {
		// Never read in a statement, whatever its language: the corpus
		// records what a page says of such a grouping as its topic.
		p.lang, p.questionOnly = "", true
	}
	for _, t := range toks {
		p.words = append(p.words, Fold(t.Lower))
		p.exact = append(p.exact, Fold(stripDots(t.Orig)))
	}
	for _, w := range strings.Fields(s) {
		if hasInnerUpper(w) {
			p.caseSens = true // ASEAN, AU, GCC
		}
	}
	if p.caseSens && len(p.words) == 1 && (stopWords[p.words[0]] || romanceFunction[p.words[0]]) {
		// "AU" in lower case is French "au" ("au revoir", "la serbie au
		// GTCNL"): written so, it is the African Union only after "the".
		p.stopForm = true
	}
	g.phrases[p.words[0]] = append(g.phrases[p.words[0]], p)
}

// countriesIn returns the gazetteer countries in the given ISO or M49
// codes, in gazetteer order. An ISO code the gazetteer lacks is an error.
func (g *Gazetteer) countriesIn(codes []string) ([]int, error) {
	var regions []language.Region
	byISO := map[string]int{}
	for i, c := range g.Countries {
		if c.ISO != "" {
			byISO[c.ISO] = i
		}
	}
	want := map[int]bool{}
	for _, code := range codes {
		if len(code) == 3 {
			r, err := language.ParseRegion(code)
			if err != nil {
				return nil, fmt.Errorf("M49 code %q: %w", code, err)
			}
			regions = append(regions, r)
			continue
		}
		i, ok := byISO[code]
		if !ok {
			return nil, fmt.Errorf("no country with ISO code %q", code)
		}
		want[i] = true
	}
	var out []int
	for i, c := range g.Countries {
		if want[i] || c.ISO != "" && g.contained(regions, c) {
			out = append(out, i)
		}
	}
	return out, nil
}

// contained reports whether one of regions contains the country, by its
// ISO code or its M49 sub-region.
func (g *Gazetteer) contained(regions []language.Region, c Country) bool {
	for _, r := range regions {
		for _, code := range []string{c.ISO, c.Region} {
			if code == "" || code == "EU" {
				continue
			}
			cr, err := language.ParseRegion(code)
			if err == nil && r.Contains(cr) {
				return true
			}
		}
	}
	return false
}

func (g *Gazetteer) regionMention(p phrase, toks []Token, first, last int) RegionMention {
	reg := g.Regions[p.region]
	names := make([]string, len(reg.Countries))
	for i, c := range reg.Countries {
		names[i] = g.Countries[c].Short
	}
	return RegionMention{Region: reg.Name, Countries: names, How: p.how, First: first, Last: last, Text: joinOrig(toks[first : last+1])}
}

// LookupRegion returns the region with the given name.
func (g *Gazetteer) LookupRegion(name string) (Region, bool) {
	for _, r := range g.Regions {
		if r.Name == name {
			return r, true
		}
	}
	return Region{}, false
}

// regionNames returns the regions named in a question as mentions
// (Country empty), for callers that keep names verbatim.
func (g *Gazetteer) regionNames(toks []Token) []Mention {
	var out []Mention
	for _, r := range g.FindRegions(toks) {
		out = append(out, Mention{How: r.How, First: r.First, Last: r.Last, Text: r.Text})
	}
	return out
}
