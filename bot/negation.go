package bot

import (
	"slices"
	"strings"

	"github.com/stancebot/stancebot/corpus"
)

// Negated "who" questions. "Who hasn't said anything on ransomware?",
// "which countries have not mentioned X", "who is silent on X", "¿quién no
// ha dicho nada sobre X?", "qui ne parle pas de X" ask for the countries
// with no statement on the topic: the corpus can answer that (its
// countries less those that speak on it), and answering with those that
// do speak, as a plain theme question does, said the opposite of what was
// asked. "Who does not support a treaty?" asks a judgement the corpus
// cannot make: the countries' statements on the topic are given with a
// note saying so, as for "who agrees with Japan".

// negation is what a negated question asks: nothing, who is silent, or
// who does not support.
type negation uint8

const (
	negNone negation = iota
	negSilent
	negSupport
)

// negatedAsk reads a question's tokens as typed (in any of the three
// languages) for a negated "who" question. The negation must bear on the
// verb of saying or supporting: it comes before it with only auxiliaries
// and adverbs between ("hasn't said", "have not publicly mentioned", "no
// ha dicho", "ne parle pas") or, as "nothing", right after it ("said
// nothing"). A negation inside the
// topic ("who says due diligence isn't binding") asks who says so.
func negatedAsk(toks []corpus.Token) negation {
	// negated reports whether the verb at i is negated: a negation before
	// it with only auxiliaries and adverbs between ("has not publicly
	// said", "no ha dicho", "n'ont rien dit").
	negated := func(i int) bool {
		for j := i - 1; j >= 0 && j >= i-4; j-- {
			switch w := toks[j].Lower; {
			case negWords[w]:
				return true
			case !negBridge[w]:
				return false
			}
		}
		return false
	}
	anyNeg, speak, support, silent, oppose := false, false, false, false, false
	lastSpeak := -10
	for i, t := range toks {
		w := t.Lower
		switch {
		case negWords[w]:
			anyNeg = true
			if nothingWords[w] && i-lastSpeak <= 2 {
				speak = true // "said nothing on X"
			}
		case silentWords[w]:
			silent = true
		case speakWords[w]:
			lastSpeak = i
			speak = speak || negated(i)
		case supportWords[w]:
			support = support || negated(i)
		case opposeWords[w] && !negated(i), againstWords[w] && i > 0 && (toks[i-1].Poss || beforeAgainst(toks[i-1].Lower)):
			// "which countries oppose a treaty", "who is against it",
			// "¿quién se opone?", "qui est contre ?": who does not
			// support it, a judgement the corpus leaves to the reader.
			oppose = true
		}
	}
	switch {
	case silent && !anyNeg, speak:
		return negSilent
	case support, oppose:
		return negSupport
	}
	return negNone
}

// negBridge may stand between a negation and the verb it negates.
var negBridge = toSet(`has have had do does did is are was were be been yet ever really publicly explicitly officially formally
	actually so far anything ha han he hemos habia a ont avons avait`)

// nothingWords are the negations that follow the verb they negate ("said
// nothing on X").
var nothingWords = toSet(`nothing nada rien`)

var (
	// negWords negate a verb: English (with and without the apostrophe),
	// Spanish and French ("ne … pas", "n'ont rien dit").
	negWords = toSet(`not never nothing hasn't haven't hadn't didn't doesn't don't isn't aren't wasn't weren't won't
		hasnt havent hadnt didnt doesnt dont isnt arent wasnt werent wont
		no nunca nada ne n' pas jamais rien`)
	// silentWords ask who is silent without a negation.
	silentWords = toSet(`silent silence silencio silenciosos silenciosas callado callados silencieux silencieuses muets`)
	// speakWords are the verbs of saying something on a topic.
	speakWords = toSet(`said say says saying mention mentions mentioned mentioning talk talks talked talking spoken speak speaks
		raised raise raises addressed address addresses commented comment comments discussed discuss discusses covered
		stated declared dijo dijeron declaró declaro dicho dice dicen decir mencionado menciona mencionan mencionar hablado habla hablan hablar abordado aborda abordan
		déclaré declare dit dire parlé parle parlent parler mentionné mentionne mentionnent évoqué évoque évoquent abordé aborde abordent
		exprimé prononcé`)
	// supportWords are the verbs of supporting a proposal.
	supportWords = toSet(`support supports supported supporting back backs backed favour favor favours favors endorse endorses
		endorsed want wants wanted apoya apoyan apoyado apoyar respalda respaldan respaldado quiere quieren
		soutient soutiennent soutenu soutenir appuie appuient appuyé favorable favorables veut veulent`)
)

// opposeWords are the verbs of opposing a proposal, and the adjectives
// of doubting it ("which countries are sceptical of a treaty"); againstWords say it
// after a form of "be" ("who is against", "está en contra", "est contre").
var (
	opposeWords = toSet(`oppose opposes opposed opposing reject rejects rejected rejecting object objects objected
		opone oponen opuesto opuestos opuesta opuestas rechaza rechazan rechazado rechazar
		opposent s'oppose s'opposent s'opposer s’oppose s’opposent opposé opposés rejette rejettent rejeté hostile hostiles
		sceptical skeptical wary reluctant hesitant doubtful escéptico escépticos escéptica escépticas esceptico escepticos
		reacio reacios reacia reacias reticente reticentes sceptique sceptiques réticent réticents réticente réticentes`)
	againstWords = toSet(`against contra contre`)
	// beAgainst are the words "against" follows when it asks who opposes.
	beAgainst = toSet(`is are was were be been s whos who's en está esta están estan est sont`)
)

// beforeAgainst reports whether w, the word before "against", makes it
// ask who opposes ("is against", "whos against", "en contra"; "who's" is
// a possessive token, which the caller checks).
func beforeAgainst(w string) bool {
	return beAgainst[w] || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// answerSilent answers "who has not spoken on T": the corpus's countries
// that hold no statement on the topic, named in the message; there are no
// statements to show. speakers are the countries that do speak on it.
func answerSilent(a *asked, r *Reply, speakers []string) {
	var silent []string
	among := a.within()
	for _, cc := range a.c.Countries() {
		if !slices.Contains(speakers, cc.Country) && (among == nil || slices.Contains(among, cc.Country)) {
			silent = append(silent, cc.Country)
		}
	}
	r.Answers = []Answer{}
	if among != nil {
		// "which african countries don't mention ransomware": the
		// region's silent ones only (among.go).
		r.Message = a.t(msgWithinSilent, len(silent), len(among), a.withinName(), a.on(a.topic), a.and(a.names(silent)))
		if len(speakers) > 0 {
			r.Message += " " + a.ts(msgSilentSpeakers, a.and(a.names(speakers)))
		}
		return
	}
	msg := a.ts(msgSilentNone, a.on(a.topic))
	if len(silent) > 0 {
		msg = a.ts(msgSilentSummary, a.t(msgNCountries, len(silent)), a.on(a.topic), a.and(a.names(silent)))
	}
	if len(speakers) > 0 {
		msg += " " + a.ts(msgSilentSpeakers, a.and(a.names(speakers)))
	}
	r.Message = msg
}

// Catalogue keys of the negated questions.
const (
	msgSilentSummary  = "silent-summary"  // 17 countries hold no statement on T: A, B and C.
	msgSilentNone     = "silent-none"     // Every country in the corpus speaks on T.
	msgSilentSpeakers = "silent-speakers" // Those that do: A and B.
	msgNotSupportNote = "notsupport-note" // The corpus cannot say who does not support it: ...
)

func init() {
	catalogueEntries = append(catalogueEntries,
		entry{msgSilentSummary,
			msgText("%s in the corpus hold no statement%s: %s."),
			msgText("%s del corpus no tienen ninguna declaración%s: %s."),
			msgText("%s du corpus n'ont aucune déclaration%s : %s.")},
		entry{msgSilentNone,
			msgText("Every country in the corpus has a statement%s."),
			msgText("Todos los países del corpus tienen una declaración%s."),
			msgText("Tous les pays du corpus ont une déclaration%s.")},
		entry{msgSilentSpeakers,
			msgText("Those that speak on it: %s."),
			msgText("Se pronuncian al respecto: %s."),
			msgText("S'expriment sur ce sujet : %s.")},
		entry{msgNotSupportNote,
			msgText("The corpus cannot say who does not support it: each country's statement follows, for you to judge from its words."),
			msgText("El corpus no puede decir quién no lo apoya: siguen las declaraciones de cada país, para que las juzgue por sus palabras."),
			msgText("Le corpus ne peut pas dire qui ne le soutient pas : voici la déclaration de chaque pays, à juger sur ses propres mots.")},
	)
}
