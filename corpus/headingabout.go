package corpus

// A title that opens with a preposition of time or circumstance before a
// country names what the page looks back on, not who wrote it: "After
// Tonga's outage: where Pacific governments stand on cyber resilience",
// "Following Albania's break with Iran, what next?", "Tras el apagón de
// Tonga". Read as the page's holder, Tonga held a think tank's notes on
// Solomon Islands, Kiribati and Nauru, each of which names its own
// government (TestHeadingAfterEvent).

// headingEventWords open such a title, in English, Spanish and French.
var headingEventWords = toSet(`after following since before despite amid amidst beyond behind inside
tras después despues desde antes pese
après depuis avant malgré malgre`)

// headingAfterEvent reports a country whose mention in a heading's toks
// comes right after a word of headingEventWords opening it ("After
// Tonga's", "After the Gambia's"), or after that word and an article with
// the country's possessive ("Tras el apagón de Tonga" is not read: a
// noun stands between).
func headingAfterEvent(toks []Token, m Mention) bool {
	first := 0
	for first < len(toks) && toks[first].Orig == "" {
		first++
	}
	switch m.First - first {
	case 1:
	case 2:
		if w := toks[first+1].Lower; w != "the" && w != "el" && w != "la" && w != "le" && w != "l" {
			return false
		}
	default:
		return false
	}
	return headingEventWords[toks[first].Lower]
}
