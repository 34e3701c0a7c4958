package corpus

import (
	"bytes"
	"regexp"
	"strings"
)

// A paragraph that sets the scene in a country and then makes its
// government act ("BAMAKO – In Mali, the transitional authorities
// announced …", "Au Niger, le ministère de la Communication a indiqué …",
// "En Bolivia, el Gobierno aprobó …") is that country's: read with the
// country only as a place, a wire roundup's third story was nobody's after
// its dateline, or went on with the story before (testdata/pages18's 9g5,
// 9g8). So with a neighbour's adjective and a national agency: "In
// neighbouring Belize, the government said …", "En Bolivia, la Agencia de
// Gobierno Electrónico … anunció …" went on with the country of the story
// before, or of the news title (testdata/pages19's 9h2, 9h3).

// locativeGovRe matches such an opening, after an optional dateline: the
// place (group 1) and the governing subject after its comma (a government
// body after an article, or a title before a name).
var locativeGovRe = regexp.MustCompile(`^(?:\p{Lu}[\p{Lu}.'’ -]{2,40}?(?:,[^–—\n]{1,60}?)?\s+(?:–|—|--?)\s+)?` +
	`(?:In|Au|Aux|En|À)\s+(?:(?:neighbou?ring|nearby|la vecina|el vecino|le voisin|la voisine)\s+)?([^,;:.]{2,40}?),\s+` +
	`(?:(?:(?:the|le|la|les|el|los|las)\s+|l['’])(?:[\p{L}-]+\s+){0,3}?` +
	`(?:[Gg]overnment|[Aa]uthorities|[Aa]gency|[Aa]gencia|[Aa]gence|[Mm]inistry|[Mm]inister|[Cc]abinet|[Gg]ouvernement|[Aa]utorités|[Mm]inistère|[Mm]inistre|[Gg]obierno|[Aa]utoridades|[Mm]inisterio|[Mm]inistr[oa]|[Ee]xécutif|[Ee]jecutivo)\b|` +
	// "In Ghana, President Mahama said …": a head of government's or
	// minister's title before a name.
	`(?:President|Prime Minister|Minister|Présidente?|Presidente|Presidenta|Premier ministre|Ministre|Ministro|Ministra)\s+\p{Lu})`)

// locativeOpens reports whether the raw paragraph p may open so (a
// look at its first bytes): parseFile decodes a paragraph's text for
// locativeGovernment only then.
func locativeOpens(p []byte) bool {
	head := p[:min(len(p), 80)]
	return bytes.HasPrefix(head, []byte("In ")) || bytes.HasPrefix(head, []byte("Au ")) || bytes.HasPrefix(head, []byte("Aux ")) ||
		bytes.HasPrefix(head, []byte("En ")) || bytes.HasPrefix(head, []byte("À ")) ||
		bytes.Contains(head, []byte(" In ")) || bytes.Contains(head, []byte(" Au ")) || bytes.Contains(head, []byte(" En "))
}

// locativeGovernment is the country such an opening of p places its
// government in, or "".
func (g *Gazetteer) locativeGovernment(p string) string {
	m := locativeGovRe.FindStringSubmatch(p)
	if m == nil {
		return ""
	}
	place := m[1]
	for _, adj := range [...]string{" voisin", " voisine", " vecino", " vecina"} {
		place = strings.TrimSuffix(place, adj) // "Au Congo voisin", "En el Perú vecino"
	}
	c, ok := g.Resolve(place)
	if !ok {
		return ""
	}
	return c
}
