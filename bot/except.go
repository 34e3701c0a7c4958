package bot

import (
	"github.com/stancebot/stancebot/corpus"
)

// Countries left out of a question: "who supports a treaty besides
// Egypt", "does anyone other than Canada talk about spyware", "cables
// without Madagascar and Palau", "the Nordics except Denmark on IHL". The
// countries after the marker are not asked:
// a question that names no other country asks who speaks on the topic,
// without them; they are never answered for, and the reply says so.

// exceptLead are the one-word markers; exceptPairs the two-word ones
// ("apart from", "other than", "but not": "ransomware but not the uk").
var (
	exceptLead  = toSet(`besides except excluding excl exc beyond minus without sauf excepto salvo aparte hormis`)
	exceptPairs = map[string]string{"apart": "from", "aside": "from", "other": "than", "except": "for", "not": "counting",
		"outside": "of", "fuera": "de", "en": "dehors", "but": "not", "leaving": "out", "leave": "out"}
	// elseWords ask for other countries than one named after likeWords:
	// "who else … like Peru", "quién más … como Bolivia", "qui d'autre …
	// comme le Zimbabwe". Without them "like" is no marker ("countries
	// like Peru", "a law like Kenya's").
	elseWords = toSet(`else other others mas autre autres`)
	likeWords = toSet(`like as como comme`)
	// exceptGlue may join the left-out countries ("besides Egypt and
	// Pakistan", "other than the UAE, Egypt or Israel").
	exceptGlue = toSet(`the and or nor , & y o et ou`)
)

// exceptCountries splits the mentions of toks into those asked and those
// left out, and marks the tokens of the markers and of the left-out names
// (skip) so that they are no topic words.
func exceptCountries(toks []corpus.Token, ms []corpus.Mention) (asked, left []corpus.Mention, skip []int) {
	if len(ms) == 0 {
		return ms, nil, nil
	}
	marker := -1
	other := false // "who else", "which other", "quién más", "qui d'autre" came before
	for i, t := range toks {
		w := t.Lower
		if elseWords[w] {
			other = true
		}
		if exceptLead[w] || other && likeWords[w] {
			// "who else wants the Budapest Convention like Peru": the
			// others than Peru, as "besides Peru".
			marker, skip = i, append(skip, i)
		} else if second, ok := exceptPairs[w]; ok && second != "" && i+1 < len(toks) && toks[i+1].Lower == second {
			marker, skip = i+1, append(skip, i, i+1)
		} else {
			continue
		}
		// The names right after the marker, joined by glue, are left out.
		j := marker + 1
		for _, m := range ms {
			if m.First < j {
				continue
			}
			for j < m.First && exceptGlue[toks[j].Lower] {
				j++
			}
			if m.First != j {
				break
			}
			left = append(left, m)
			for k := m.First; k <= m.Last; k++ {
				skip = append(skip, k)
			}
			j = m.Last + 1
		}
	}
	if len(left) == 0 {
		return ms, nil, nil
	}
	asked = ms[:0:0]
	for _, m := range ms {
		// A region's member left out by name goes too ("the Nordics
		// except Denmark").
		if !mentionIn(left, m) && !countryIn(left, m.Country) {
			asked = append(asked, m)
		}
	}
	return asked, left, skip
}

func countryIn(ms []corpus.Mention, country string) bool {
	for _, x := range ms {
		if x.Country == country {
			return true
		}
	}
	return false
}

func mentionIn(ms []corpus.Mention, m corpus.Mention) bool {
	for _, x := range ms {
		if x.First == m.First && x.Last == m.Last {
			return true
		}
	}
	return false
}

// leftOut names the countries a reply leaves out, for its message.
func leftOutNote(a *asked) string {
	if len(a.p.Except) == 0 {
		return ""
	}
	names := make([]string, len(a.p.Except))
	for i, c := range a.p.Except {
		names[i] = countryName(a.c, a.lang, c)
	}
	return a.t(msgExceptNote, a.and(names))
}

// msgExceptNote: the countries the question left out.
const msgExceptNote = "except-note"

func init() {
	catalogueEntries = append(catalogueEntries,
		entry{msgExceptNote, msgText("Leaving out %s, as asked."), msgText("Sin %s, como se pidió."), msgText("Sans %s, comme demandé.")})
}
