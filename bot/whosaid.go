package bot

import (
	"strings"
	"unicode"

	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/corpus/lang"
)

// Who said it. An analyst pastes a line and asks whose it is — `"voluntary
// norms alone have not prevented attacks" who said this?`, "which country
// said that a treaty would give them obligations", "> …" then "¿quién
// dijo esto?" — and wants the statement that holds those words, with its
// country and sources. Read as a topic question it listed every country
// on the quote's themes, the speaker somewhere among them. The words are
// looked for as typed (case, accents and punctuation aside) among the
// statements that rank best on them; when none holds them all, the
// closest statements answer, marked so. The reply says which country
// holds the statement, not that it spoke the words: a statement may quote
// another State's. TestWhoSaid backs it.

// minQuoteWords is the fewest words a quotation must have: "who said
// ransomware" asks a topic, not a quotation.
const minQuoteWords = 4

// whoSaidQuote returns the words a message asks the speaker of and the
// message's own words around them, or ok false when it asks no such
// thing. The words are a quotation ("…", “…”, «…», or Slack's "> " lines)
// beside a who-said cue, or what follows a cue that opens the message
// ("who said that …").
func whoSaidQuote(text string) (quote, own string, ok bool) {
	if q, o, split := splitQuote(text); split && whoSaidCue(o) {
		return q, o, len(strings.Fields(q)) >= minQuoteWords
	}
	for _, p := range [][2]string{{`"`, `"`}, {"“", "”"}, {"«", "»"}, {"„", "“"}} {
		i := strings.Index(text, p[0])
		if i < 0 {
			continue
		}
		j := strings.Index(text[i+len(p[0]):], p[1])
		if j < 0 {
			continue
		}
		q := text[i+len(p[0]) : i+len(p[0])+j]
		o := text[:i] + " " + text[i+len(p[0])+j+len(p[1]):]
		if len(strings.Fields(q)) >= minQuoteWords && whoSaidCue(o) {
			return strings.TrimSpace(q), strings.TrimSpace(o), true
		}
	}
	text = strings.TrimLeft(strings.TrimSpace(text), "¿¡")
	if text == "" || text[0]|0x20 != 'w' && text[0]|0x20 != 'q' {
		return "", text, false // every lead opens with "w" or "q": most questions stop here
	}
	for _, lead := range whoSaidLeads {
		// EqualFold on the typed bytes: no folded copy of every question.
		if len(text) <= len(lead) || !strings.EqualFold(text[:len(lead)], lead) {
			continue
		}
		n := len(strings.Fields(lead))
		if words := strings.Fields(text); len(words)-n >= minQuoteWords+1 {
			return strings.Trim(strings.Join(words[n:], " "), " ?!."), strings.Join(words[:n], " "), true
		}
	}
	return "", text, false
}

// whoSaidCue reports whether a message's own words (beside a quotation)
// ask who said it.
func whoSaidCue(own string) bool {
	f := " " + strings.Join(strings.FieldsFunc(lang.Fold(strings.ToLower(own)), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	}), " ") + " "
	for _, c := range whoSaidCues {
		if strings.Contains(f, " "+c+" ") {
			return true
		}
	}
	return false
}

var (
	// whoSaidCues are the phrases (folded) that ask who said a quotation.
	whoSaidCues = []string{"who said", "who says", "who wrote", "who is this from", "who's this from", "whos this from",
		"which country said", "which country says", "what country said", "which state said", "whose words", "whose quote",
		"whose statement", "where is this from", "where's this from", "wheres this from", "where is this quote from",
		"where does this come from", "where does this quote come from", "source of this quote", "who is quoted", "who said it",
		"quien dijo", "que pais dijo", "de quien es", "quien lo dijo", "de donde es esta cita", "de donde viene",
		"qui a dit", "quel pays a dit", "de qui est", "d'ou vient", "qui l'a dit",
		// How analysts also ask it: "whose line is this", "which
		// delegation said", "who made this statement".
		"whose line", "whose is this", "whose is that", "who's line", "which delegation said", "what delegation said",
		"which government said", "who made this statement", "who made that statement", "source for this quote", "who wrote this",
		"quien escribio", "de quien son", "que delegacion dijo", "qui a ecrit", "de qui sont", "quelle delegation a dit"}
	// whoSaidLeads open a message whose rest is the quotation, unquoted.
	// Only with "that" ("who said anything about X" asks a topic); with
	// and without accents, as typed.
	whoSaidLeads = []string{"who said that ", "which country said that ", "what country said that ", "which state said that ",
		"quien dijo que ", "quién dijo que ", "que pais dijo que ", "qué país dijo que ", "qui a dit que ", "quel pays a dit que "}
)

// answerWhoSaid answers a who-said question: the statements that hold
// the quotation's words, or the closest on them. code is the reply's
// language; n the most answers (0: the theme default).
func answerWhoSaid(c *corpus.Corpus, code, quote string, n int) Reply {
	r := newReply(quote, IntentTheme)
	r.Lang = code
	var terms []corpus.QueryTerm
	seen := map[string]bool{}
	for _, t := range corpus.Tokenize(quote) {
		st := corpus.Stem(t.Lower)
		if len([]rune(t.Lower)) < 3 || skipWords[t.Lower] || seen[st] {
			continue
		}
		seen[st] = true
		terms = append(terms, corpus.QueryTerm{Stem: st})
	}
	if len(terms) == 0 {
		r.Message = T(code, msgSaidNone)
		return r
	}
	res := c.Search(corpus.Query{Terms: terms, Limit: 50})
	want := normQuote(quote)
	var exact, near []corpus.ScoredHit
	for _, h := range res.Hits {
		if strings.Contains(normQuote(c.Statement(h.Stmt).Text), want) {
			exact = append(exact, h)
		} else if len(near) < pick(n, defaultTheme) {
			h.Match = corpus.MatchClosest
			near = append(near, h)
		}
	}
	switch {
	case len(exact) > 0:
		r.Answers = answers(c, exact[:min(len(exact), pick(n, defaultTheme))])
		var names []string
		for _, a := range r.Answers {
			names = appendNew(names, countryName(c, code, a.Country))
		}
		r.Message = ts(code, msgSaidBy, joinAndIn(code, names), T(code, msgNStatements, len(exact)))
	case len(near) > 0:
		r.Answers = answers(c, near)
		r.Message = T(code, msgSaidClosest)
	default:
		r.Message = T(code, msgSaidNone)
	}
	for _, a := range r.Answers {
		r.Countries = appendNew(r.Countries, a.Country)
	}
	return r
}

// normQuote is text lower-cased and folded, its words joined by single
// spaces with punctuation dropped, so a quotation matches a statement
// whatever its quotes, dashes and accents.
func normQuote(s string) string {
	return " " + strings.Join(strings.FieldsFunc(lang.Fold(strings.ToLower(s)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ") + " "
}

// Catalogue keys of who-said replies.
const (
	msgSaidBy      = "said-by"      // These words are in 1 statement held by Mongolia.
	msgSaidClosest = "said-closest" // No statement holds these exact words; the closest ...
	msgSaidNone    = "said-none"    // No statement holds these words.
)

func init() {
	catalogueEntries = append(catalogueEntries,
		entry{msgSaidBy,
			msgText("These words are in %[2]s held by %[1]s."),
			msgText("Estas palabras están en %[2]s de %[1]s."),
			msgText("Ces mots figurent dans %[2]s ; pays : %[1]s.")},
		entry{msgSaidClosest,
			msgText("No statement holds these exact words; the closest by their words follow, not necessarily who said them."),
			msgText("Ninguna declaración contiene exactamente estas palabras; siguen las más cercanas por sus palabras, que no dicen necesariamente quién las dijo."),
			msgText("Aucune déclaration ne contient exactement ces mots ; voici les plus proches par leurs mots, qui ne disent pas forcément qui les a dits.")},
		entry{msgSaidNone,
			msgText("No statement in the corpus holds these words."),
			msgText("Ninguna declaración del corpus contiene estas palabras."),
			msgText("Aucune déclaration du corpus ne contient ces mots.")},
	)
}
