package corpus

import (
	"regexp"
	"strings"
)

// A country's own communiqué or press release (a ministry's masthead
// makes the page the country's) reports how other countries reacted to
// it: "Colombia y Chile expresaron su respaldo a la respuesta del Ecuador",
// "El Gobierno del Perú, por su parte, condenó el ataque", "Latvia,
// Lithuania and Ukraine issued statements in support of the attribution",
// "The European Union's High Representative also expressed solidarity".
// The paragraph is the author's account of its own affair, not the
// reported countries' statement: read by its subject, each supporter held
// words it never published (testdata/pages19's 9h0, 9ha). A ministry's
// page reporting another country's own act ("Zambia presented its new
// platform") keeps that country's paragraph (TestMastheadOfficial).

// partyEvidence reports whether a subject's evidence names a party to a
// talk or meeting ("The Chadian side", "la delegación colombiana", "la
// partie tchadienne", "his Chadian counterpart"): a participant whose
// words the readout reports as its own.
func partyEvidence(ev string) bool {
	ev = strings.ToLower(ev)
	for _, w := range [...]string{"side", "parte", "partie", "party", "counterpart", "homólog", "homolog", "delegation", "delegación", "délégation"} {
		if strings.Contains(ev, w) {
			return true
		}
	}
	return false
}

// reactionRe matches a reaction of support, solidarity or condemnation in
// English, Spanish or French; help with the author's response counts as
// support ("Estados Unidos y España apoyaron la respuesta de Costa Rica
// en 2022 con equipos de expertos" in Costa Rica's communiqué was held by
// the United States and Spain).
var reactionRe = regexp.MustCompile(`(?i)\b(?:(?:expressed|expresses|conveyed|reiterated|voiced|extended|offered|pledged|lent|gave)\s+(?:its|their|his|her)?\s*(?:full\s+|strong\s+|firm\s+|unwavering\s+)?(?:support|solidarity|backing)|issued\s+(?:a\s+)?statements?\s+(?:of|in)\s+(?:support|solidarity)|stands?\s+(?:with|in solidarity)|condemned|condemns|(?:expres|manifest|brind|reiter)(?:ó|aron|a|an)\s+su\s+(?:pleno\s+|firme\s+|total\s+|decidido\s+)?(?:respaldo|apoyo|solidaridad|condena)|condenó|condenaron|respald(?:ó|aron)|se\s+solidariz(?:ó|aron)|(?:a|ont)\s+(?:exprimé|apporté|manifesté|réitéré)\s+(?:son|sa|leur)\s+(?:plein\s+|entier\s+|total\s+|ferme\s+)?(?:soutien|solidarité|appui)|(?:a|ont)\s+condamné|(?:apoy|respald)(?:ó|aron)\s+(?:la\s+respuesta|los\s+esfuerzos|la\s+recuperación|la\s+investigación)|(?:supported|backed|assisted)\s+(?:the\s+|its\s+)?(?:\S+\s+)?(?:response|recovery|investigation)|(?:a|ont)\s+(?:soutenu|appuyé|accompagné)\s+(?:la\s+réponse|les\s+efforts|l['’]enquête))`)

// reactionAbout matches what a condemnation on the author's page is
// about when the page's author goes unnamed: its affair ("the attack",
// "el ataque", "l'attaque", "the attribution").
var reactionAbout = regexp.MustCompile(`(?i)\b(?:the\s+(?:attack|attacks|attribution|incident|response)|el\s+(?:ataque|incidente)|la\s+(?:respuesta|atribución)|l['’](?:attaque|incident|attribution)|la\s+réponse)\b`)

// reportedReaction reports whether the first sentence of text (at most
// 300 bytes) tells another country's reaction to the affair of the page's
// author, named masthead: support or solidarity always, a condemnation
// when it names the author or its affair.
func (g *Gazetteer) reportedReaction(text, masthead string) bool {
	s := text[:min(len(text), 300)]
	if k := strings.Index(s, ". "); k > 0 {
		s = s[:k]
	}
	loc := reactionRe.FindStringIndex(s)
	if loc == nil {
		return false
	}
	w := strings.ToLower(s[loc[0]:loc[1]])
	if !strings.Contains(w, "conden") && !strings.Contains(w, "condemn") && !strings.Contains(w, "condamn") {
		return true
	}
	if reactionAbout.MatchString(s) {
		return true
	}
	for _, m := range g.findText(Tokenize(s), true) {
		if m.Country == masthead {
			return true
		}
	}
	return false
}

// A speech reports another country's official to draw its own
// conclusion in the same paragraph: "In her opening remarks yesterday,
// the Ugandan Minister … reminded us that “…”. That is why Zambia
// proposes …" in Zambia's statement. The reported official is the first
// sentence's subject, but the paragraph is the speaker's argument
// (testdata/pages19's 9h1): read as a report of a meeting, the quoted
// country held the speaker's proposal.

// concludesRe matches a sentence, after the first, that opens on a
// conclusion: "That is why", "For this reason", "Por eso", "C'est
// pourquoi".
var concludesRe = regexp.MustCompile(`[.!?]["”»’']?\s+(?:That is why|This is why|That is the reason|For (?:this|that|these) reasons?,?|Therefore,?|Hence,?|Es por (?:ello|eso) que|Por (?:eso|ello|esta raz[oó]n),?|Por lo tanto,?|C['’]est (?:pourquoi|la raison pour laquelle)|Voilà pourquoi|Pour cette raison,?)\s+`)

// usFramedRe matches a report of another's words addressed to the
// speaker and the audience: "reminded us", "told us", "nos recordó",
// "nous a rappelé".
var usFramedRe = regexp.MustCompile(`\b(?:reminded|told|urged|asked|warned|assured|showed|taught) us\b|\bnos (?:recordó|dijo|pidió|advirtió|mostró)\b|\bnous a (?:rappelé|dit|demandé|montré)\b`)

// speakerFirstRe matches the speaker's own subject after such an
// opening: the first person or the speaker's delegation.
var speakerFirstRe = regexp.MustCompile(`^(?:we|I|my (?:country|delegation|government)|our (?:country|delegation|government)|nosotros|mi (?:país|delegación|gobierno)|nuestro (?:país|gobierno)|nuestra delegación|nous|je|mon (?:pays|gouvernement)|ma délégation|notre (?:pays|délégation|gouvernement))\b`)

// speakerConcludes reports whether text, a paragraph of author's speech
// or statement, goes on after its first sentence with the author's
// conclusion: a conclusion's opening (concludesRe) whose subject is the
// author by name or the speaker's first person, or any conclusion after
// words reported as addressed to "us" (usFramedRe).
func (g *Gazetteer) speakerConcludes(text, author string) bool {
	if author == "" || len(text) > 2000 {
		return false
	}
	locs := concludesRe.FindAllStringIndex(text, 4)
	if len(locs) > 0 && usFramedRe.MatchString(text[:locs[0][0]]) {
		// "… reminded us that “…”. That is why mutual legal assistance
		// must move as fast as the criminals.": the speaker, among those
		// the official addressed, draws the conclusion (asked22's 804).
		return true
	}
	for _, loc := range locs {
		rest := text[loc[1]:]
		if speakerFirstRe.MatchString(rest) {
			return true
		}
		// "That is why Zambia proposes", "C'est pourquoi le Cameroun …"
		if ms := g.findText(Tokenize(rest[:min(len(rest), 60)]), true); len(ms) > 0 && ms[0].Country == author && ms[0].First <= 1 {
			return true
		}
	}
	return false
}

// usFramedVerbs report words addressed to "us" ("reminded us"), and
// usFramedFR the French participles after "nous a" ("nous a rappelé").
var (
	usFramedVerbs = toSet(`reminded told urged asked warned assured showed taught`)
	usFramedES    = toSet(`recordó dijo pidió advirtió mostró`)
	usFramedFR    = toSet(`rappelé dit demandé montré`)
)

// usFramed reports whether the sentence toks[s:e] reports words
// addressed to the speaker and the audience, as usFramedRe reads a text.
func usFramed(toks []Token, s, e int) bool {
	for i := s; i+1 < e; i++ {
		w, next := toks[i].Lower, toks[i+1].Lower
		switch {
		case usFramedVerbs[w] && toks[i+1].Orig == "us" && toks[i+1].Gap == "":
			return true
		case w == "nos" && usFramedES[next] && toks[i+1].Gap == "":
			return true
		case w == "nous" && next == "a" && i+2 < e && usFramedFR[toks[i+2].Lower]:
			return true
		}
	}
	return false
}

// placeDateRe matches a line that is only a place and a date: "Kingston,
// 2 May 2026", "Reykjavík, 30 April 2026", "Quito, 9 de septiembre de
// 2026", "Paris, le 3 mai 2026", "Geneva, March 3, 2026".
var placeDateRe = regexp.MustCompile(`^\p{Lu}[\p{L} .'’-]{1,40}, (?:le |el )?(?:\d{1,2}(?:er)? (?:de )?\p{L}+(?: de)? \d{4}|\p{L}+ \d{1,2}, \d{4})\.?$`)

// placeDateLine reports whether text is only a place and a date (see
// placeDateRe).
func placeDateLine(text string) bool { return len(text) < 70 && placeDateRe.MatchString(text) }

// othersLeadRe matches a heading or lead-in announcing other States'
// views or submissions: "Views expressed by other States", "Summary of
// other submissions received so far:", "Propuestas de otros Estados:",
// "Contributions d'autres États :".
var othersLeadRe = regexp.MustCompile(`(?i)\b(?:other|otros|otras|autres|d['’]autres)\s+(?:\p{L}+\s+){0,2}?(?:States|submissions|delegations|countries|contributions|proposals|Estados|delegaciones|pa[ií]ses|contribuciones|propuestas|[ÉE]tats|d[ée]l[ée]gations|pays|propositions)\b|\b(?:submissions|contributions|views|proposals|contribuciones|propuestas|propositions)\s+(?:of|by|from|de|des|d['’])\s+(?:other|otros|otras|autres)\b`)
