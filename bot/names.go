package bot

import (
	"fmt"
	"slices"
	"strings"

	"github.com/stancebot/stancebot/corpus"
)

// RegionNote is a region or grouping named in a question ("Latin
// America", "ASEAN") and the corpus countries that answered for it.
type RegionNote struct {
	Region    string   `json:"region"`
	Countries []string `json:"countries"`
}

// questionNames is what the gazetteer read in a message beyond plain
// country names: regions (expanded into the corpus countries in them),
// capitals used as places and country-like names it does not know.
type questionNames struct {
	mentions []corpus.Mention // countries, region members included, by position
	regions  []corpus.RegionMention
	expanded []bool // regions[i] answers through its members
	places   []corpus.Mention
	unknown  []corpus.Span
}

// readNames reads the countries, regions, places and unknown names of a
// question. A region stands for the corpus countries in it ("what does
// Latin America say" asks each of them), unless it is what another
// country is asked about ("what does India say about Latin America"):
// then its words are the topic. A region never names a country by its
// words: "Latin America" is not the United States.
func readNames(c *corpus.Corpus, toks []corpus.Token, known func(string) bool) questionNames {
	rd := c.Gazetteer.Scan(toks, true, known)
	n := questionNames{mentions: rd.Countries, regions: rd.Regions, places: rd.Places, unknown: rd.Unknown}
	n.expanded = make([]bool, len(rd.Regions))
	for i, r := range rd.Regions {
		if len(rd.Countries) > 0 && r.First > 0 && aboutWords[toks[r.First-1].Lower] ||
			len(rd.Countries) > 0 && r.First > 1 && toks[r.First-1].Lower == "the" && aboutWords[toks[r.First-2].Lower] {
			continue
		}
		n.expanded[i] = true
		for _, name := range r.Countries {
			if c.Holds(name) {
				n.mentions = append(n.mentions, corpus.Mention{Country: name, How: "region", First: r.First, Last: r.Last, Text: r.Text})
			}
		}
	}
	slices.SortStableFunc(n.mentions, func(a, b corpus.Mention) int { return a.First - b.First })
	return n
}

// apply records on p the regions, places and unknown names within tokens
// [lo, hi) of the message, and settles what a question with no country
// left asks: nothing, when it named only an unknown country ("what does
// Narnia say on attribution?" must not answer with everyone's
// statements) or a place ("the weather in Tokyo").
func (n questionNames) apply(p *Parsed, lo, hi int) {
	for i, r := range n.regions {
		if r.First >= lo && r.Last < hi && n.expanded[i] {
			note := RegionNote{Region: r.Region, Countries: []string{}}
			for _, m := range p.Countries {
				if m.How == "region" && m.Text == r.Text {
					note.Countries = append(note.Countries, m.Country)
				}
			}
			p.Regions = append(p.Regions, note)
		}
	}
	for _, m := range n.places {
		if m.First >= lo && m.Last < hi {
			p.Places = append(p.Places, m.Text)
		}
	}
	for _, u := range n.unknown {
		if u.First >= lo && u.Last < hi && !slices.Contains(p.Unknown, u.Text) {
			p.Unknown = append(p.Unknown, u.Text)
		}
	}
	if len(p.Countries) > 0 || p.Intent == IntentHelp || p.Intent == IntentList {
		return
	}
	if len(p.Unknown) > 0 || len(p.Regions) > 0 || len(p.Places) > 0 && len(p.Themes) == 0 {
		p.Intent = IntentNone
	}
}

// noteNames says in the reply which countries answered for a region, and
// which names were not read as countries.
func noteNames(r *Reply, p Parsed) {
	r.Regions = p.Regions
	var notes []string
	for _, reg := range p.Regions {
		if len(reg.Countries) == 0 {
			notes = append(notes, fmt.Sprintf("No country of %s holds statements in the corpus.", reg.Region))
			continue
		}
		notes = append(notes, fmt.Sprintf("%s is not a country: answering for its countries in the corpus, %s.", reg.Region, joinAnd(reg.Countries)))
	}
	if len(p.Unknown) > 0 {
		notes = append(notes, fmt.Sprintf("I do not know %s as a country or organisation.", joinAnd(quoteAll(p.Unknown))))
	}
	if len(p.Places) > 0 && p.Intent == IntentNone && len(p.Unknown) == 0 && len(p.Regions) == 0 {
		notes = append(notes, fmt.Sprintf("%s reads as a place here, not as a government: ask, for example, \"what does %s say on attribution?\"", joinAnd(p.Places), p.Places[0]))
	}
	if len(notes) == 0 {
		return
	}
	if p.Intent == IntentNone {
		r.Message = strings.Join(notes, " ")
		return
	}
	r.Message = strings.TrimSpace(strings.Join(notes, " ") + " " + r.Message)
}

func quoteAll(xs []string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = "\u201c" + x + "\u201d"
	}
	return out
}
