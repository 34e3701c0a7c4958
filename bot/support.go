package bot

import (
	"strings"

	"github.com/stancebot/stancebot/corpus"
)

// Support questions. "Who supports a binding treaty?", "does Korea back
// it?", "is Chile in favour of a new convention", "¿quién apoya un
// tratado?", "le Maroc soutient-il un traité ?" ask a judgement the corpus
// cannot make: a statement carries no stance for or against a proposal,
// and one on the topic may well reject it ("no new legally binding
// instrument is necessary for the moment"). Answered as a plain theme or
// stance question, the reply read as a list of supporters, or as a yes.
// The statements are still given, with a note that leaves the judgement
// to the reader, as "who does not support it" has (negation.go).
// TestSupportAsk backs it.

// supportAsk reports whether a question's tokens as typed ask who
// supports its topic, or whether a country supports or opposes it. The
// support word must be a verb of the question, not a word of its topic:
// it comes before any verb of saying ("what does Chile say about
// supporting victims" asks what it says), is not joined by a hyphen
// ("state-backed hackers"), and an ambiguous form ("support", "back",
// "want", "backed") needs a subject or an auxiliary before it ("who
// supports", "which countries back", "does India want", "has Chile
// backed").
func supportAsk(toks []corpus.Token) bool {
	yesNo := yesNoOpened(toks)
	for i, t := range toks {
		if k := supportKinds[t.Lower]; k == skSpeak {
			return false // a support word after it is the topic's
		} else if k != skNone && supportVerb(toks, i, k, yesNo) {
			return true
		}
	}
	return false
}

// supportVerbAt reports whether toks[i] is a verb of supporting or
// opposing that the question asks about, as supportAsk reads it: Parse
// leaves it out of the topic ("does Iceland support it?" has no topic
// "support").
func supportVerbAt(toks []corpus.Token, i int) bool {
	k := supportKinds[toks[i].Lower]
	if k == skNone || k == skSpeak {
		return false
	}
	for _, t := range toks[:i] {
		if supportKinds[t.Lower] == skSpeak {
			return false
		}
	}
	return supportVerb(toks, i, k, yesNoOpened(toks))
}

// yesNoOpened reports whether the question opens with an auxiliary, as a
// yes-or-no question does: "does India support …", "so has Chile …".
func yesNoOpened(toks []corpus.Token) bool {
	for i := 0; i < len(toks) && i <= 1; i++ {
		if yesNoOpeners[toks[i].Lower] && (i == 0 || chatLeads[toks[0].Lower]) {
			return true
		}
	}
	return false
}

// supportVerb reports whether toks[i], a word of kind k, is the verb of
// supporting or opposing by its neighbours.
func supportVerb(toks []corpus.Token, i int, k supportKind, yesNo bool) bool {
	t := toks[i]
	w := t.Lower
	if t.Gap == "-" {
		return false
	}
	prev, next := "", ""
	if i > 0 {
		prev = toks[i-1].Lower
	}
	if i+1 < len(toks) {
		next = toks[i+1].Lower
	}
	switch k {
	case skFavour:
		// "in favour of", "a favor de", "en faveur d'un traité"; else a
		// base form ("does India favour a treaty").
		return prev == "in" || prev == "a" || prev == "en" || supportSubjects[prev] || yesNo && subjectBefore(toks, i, 4)
	case skOppose:
		// "does Iceland oppose a treaty": the same judgement (a "who"
		// question is negatedAsk's).
		return true
	case skAgainst:
		// "is Benin against it", "for or against", "pour ou contre",
		// "L'Islande est-elle contre ?".
		return i > 0 && (yesNo || toks[i-1].Poss || beforeAgainst(prev) || orWords[prev] || invertedSubjects[prev])
	case skFinite:
		// "apoya", "soutient", "supports": verbs whatever precedes them,
		// unless a determiner makes a noun of them.
		return !supportDeterminers[prev]
	case skIng:
		// "who is pushing for a treaty", "anyone backing it".
		return (supportSubjects[prev] || ingBe[prev]) && (supportKinds[strings.TrimSuffix(w, "ing")] != skNeedsFor || next == "for")
	case skPast:
		return subjectBefore(toks, i, 3)
	case skBase:
		return supportSubjects[prev] || yesNo && subjectBefore(toks, i, 4)
	case skNeedsFor:
		// "who calls for a treaty", "which countries push for it".
		return (next == "for" || next == "por" || next == "pour") && (supportSubjects[prev] || !supportDeterminers[prev] && strings.HasSuffix(w, "s") || yesNo)
	case skFavorable:
		// "¿es Chile favorable a …?", "qui est favorable à …".
		return beWords[prev] || i >= 2 && beWords[toks[i-2].Lower]
	}
	return false
}

// supportKind is what a word is to supportAsk.
type supportKind uint8

const (
	skNone supportKind = iota
	skSpeak
	skFavour
	skOppose
	skAgainst
	skFinite
	skIng
	skPast
	skBase
	skNeedsFor
	skFavorable
)

// supportKinds gives each word supportAsk reads its kind, so a word of
// the question costs one lookup, not one a set.
var supportKinds = func() map[string]supportKind {
	m := map[string]supportKind{}
	for _, set := range []struct {
		words map[string]bool
		k     supportKind
	}{
		{supportNeedsFor, skNeedsFor}, {supportBase, skBase}, {supportPast, skPast}, {supportIng, skIng},
		{supportFinite, skFinite}, {againstWords, skAgainst}, {opposeWords, skOppose},
		{toSet(`favour favor faveur`), skFavour}, {toSet(`favorable favorables pro`), skFavorable}, {speakWords, skSpeak},
	} {
		for w := range set.words {
			m[w] = set.k // later sets win: a verb of saying is always one
		}
	}
	return m
}()

// subjectBefore reports whether one of the n words before toks[i] is a
// subject or an auxiliary that makes toks[i] the question's verb.
func subjectBefore(toks []corpus.Token, i, n int) bool {
	for j := i - 1; j >= 0 && j >= i-n; j-- {
		if w := toks[j].Lower; supportSubjects[w] || supportAux[w] {
			return true
		}
	}
	return false
}

var (
	// supportFinite are forms that are the verb of supporting wherever
	// they stand (a determiner before one aside).
	supportFinite = toSet(`supports backs favours favors endorses advocates champions wants
		apoya apoyan apoyó respalda respaldan respaldó defiende defienden
		soutient soutiennent appuie appuient prône prônent prone pronent`)
	// supportPast are past forms, adjectives as often ("the endorsed
	// norms"): verbs after a subject or an auxiliary.
	supportPast = toSet(`supported backed favoured favored endorsed advocated championed wanted
		apoyado respaldado soutenu appuyé`)
	// supportBase are base forms, nouns as often ("support for victims").
	supportBase = toSet(`support back favour favor endorse want advocate champion
		apoyar respaldar soutenir appuyer`)
	// supportIng are the -ing forms, gerunds as often ("supporting
	// victims"): verbs after "is" or a subject.
	supportIng = toSet(`supporting backing favouring favoring endorsing advocating championing wanting pushing calling arguing`)
	// ingBe are the forms of "be" before an -ing verb.
	ingBe = toSet(`is are was were been be s whos`)
	// supportNeedsFor are verbs that ask for support only with "for":
	// "who calls for a treaty".
	supportNeedsFor = toSet(`call calls called push pushes pushed argue argues argued aboga abogan plaide plaident`)
	// supportSubjects, right before a base form, make it a verb: "who
	// supports", "which countries back", "anyone want".
	supportSubjects = toSet(`who whom anyone anybody someone somebody everyone countries states nations delegations governments
		members ones country state government quien quién quienes quiénes países paises estados gobiernos delegaciones
		qui pays états etats gouvernements délégations delegations`)
	// supportAux, a few words before a past or base form, make it a verb:
	// "has India backed", "does Chile support".
	supportAux = toSet(`has have had does do did would will could ha han habia había a ont avait`)
	// supportDeterminers before a form make a noun of it: "the supports".
	supportDeterminers = toSet(`the a an its their these those our el la los las un una le les des du de`)
	// yesNoOpeners open a yes-or-no question: "does India support …".
	yesNoOpeners = toSet(`does do did has have would will is are`)
	// chatLeads may come before a yes-or-no question's auxiliary: "so
	// does India support it".
	chatLeads = toSet(`so and but ok okay hey hi also then`)
	// beWords are the forms of "be" before "favorable" or "pro".
	beWords = toSet(`is are es son está están esta estan sea sean est sont soit soient serait`)
	// orWords before "against" make "for or against".
	orWords = toSet(`or o ou`)
	// invertedSubjects are the French pronouns of an inverted question
	// ("est-elle contre").
	invertedSubjects = toSet(`il elle ils elles`)
)

// Catalogue keys of the support questions.
const (
	msgSupportNote = "support-note" // The corpus cannot say who supports it: ...
	msgYesNoNote   = "yesno-note"   // The corpus cannot answer yes or no: ...
)

func init() {
	catalogueEntries = append(catalogueEntries,
		entry{msgSupportNote,
			msgText("The corpus cannot say who supports it: each country's statement follows, for you to judge from its words."),
			msgText("El corpus no puede decir quién lo apoya: siguen las declaraciones de cada país, para que las juzgue por sus palabras."),
			msgText("Le corpus ne peut pas dire qui le soutient : voici la déclaration de chaque pays, à juger sur ses propres mots.")},
		entry{msgYesNoNote,
			msgText("The corpus cannot answer yes or no: the statements follow, for you to judge from their words."),
			msgText("El corpus no puede responder sí o no: siguen las declaraciones, para que las juzgue por sus palabras."),
			msgText("Le corpus ne peut pas répondre par oui ou par non : voici les déclarations, à juger sur leurs propres mots.")},
	)
}

// noteSupport puts the support question's note before a reply that has
// statements: "who supports" gets msgSupportNote, a question on named
// countries ("does India support …", "do Chile and Peru back …")
// msgYesNoNote.
func noteSupport(a *asked, r *Reply) {
	if !a.p.Support || len(r.Answers) == 0 {
		return
	}
	key := msgYesNoNote
	if a.p.Intent == IntentTheme {
		key = msgSupportNote
	}
	r.Message = a.t(key) + " " + r.Message
}
