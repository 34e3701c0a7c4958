package corpus

import (
	"path"
	"strings"
	"unicode"
)

// fileNameHolder is the one country a corpus file's name names
// ("nepal_oewg_statement_2024.txt", "Costa Rica - First Committee.txt"),
// or "" when it names none or several. Only names count (English, Spanish,
// French, aliases); an abbreviation only as written in capitals
// ("UK_statement.txt", not "about_us.txt"); never a demonym, a capital or a
// typo, which a file name gives no context to tell apart.
func (g *Gazetteer) fileNameHolder(name string) string {
	base := strings.TrimSuffix(path.Base(name), ".txt")
	words := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || r == '\'' {
			return r
		}
		return ' '
	}, base)
	toks := Tokenize(words)
	holder := ""
	// Read as a question is: a file name is often all lower case.
	for _, m := range g.Find(toks, true, nil) {
		switch m.How {
		case ByName, ByAlias, BySpanish, ByFrench:
		case ByAbbreviation:
			if w := words[toks[m.First].Start:toks[m.Last].End]; strings.ToUpper(w) != w {
				continue
			}
		default:
			continue
		}
		if holder != "" && holder != m.Country {
			return ""
		}
		holder = m.Country
	}
	return holder
}

// firstPersonWords mark a delegation speaking of itself: "we", "our",
// "my delegation", and their Spanish and French forms.
var firstPersonWords = toSet(`we our ours nous notre nos nosotros nosotras nuestro nuestra nuestros nuestras`)

// firstPersonOwners are the nouns that "my"/"mi"/"mon"/"ma" make a
// delegation's own ("my delegation", "mi país", "mon gouvernement").
var firstPersonOwners = toSet(`delegation country government delegación país gobierno délégation pays gouvernement`)

// firstPerson reports whether a paragraph's opening (its first 300 bytes)
// speaks in a delegation's first person.
func firstPerson(text string) bool {
	fs := strings.Fields(text[:min(len(text), 300)])
	for i, f := range fs {
		w := strings.ToLower(strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) }))
		if firstPersonWords[w] {
			return true
		}
		if (w == "my" || w == "mi" || w == "mon" || w == "ma") && i+1 < len(fs) {
			next := strings.ToLower(strings.TrimFunc(fs[i+1], func(r rune) bool { return !unicode.IsLetter(r) }))
			if firstPersonOwners[next] {
				return true
			}
		}
	}
	return false
}
