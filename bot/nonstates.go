package bot

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stancebot/stancebot/corpus"
)

// Territories and non-State actors named as speakers ("what does
// greenland say", "the houthis on undersea cables", "que dit la
// nouvelle-calédonie", "¿qué dice puerto rico?"). The gazetteer knows
// States (and Kosovo, Taiwan, Palestine, which hold statements of their
// own); these names it does not know, but the corpus's words do (a Danish
// report names Greenland, a brief names the Houthis), so the question was
// read as a topic and answered by the States whose statements mention
// the name: Denmark's words given for Greenland, Yemen's for the Houthis.
// Named as the speaker, such a name is answered with nothing, and a note
// saying so; named as the topic of a question with a country, or after a
// preposition ("ransomware in puerto rico", "who talks about greenland"),
// it stays the topic (TestNonStateSpeaker).

// nonState is a territory or a non-State actor: its words (folded, as
// tokens) in each form, and its name in English, Spanish and French.
type nonState struct {
	en, es, fr string
}

// nonStateForms maps the first folded word of each form to the forms
// starting with it (each a list of folded words) and what they name.
var nonStateForms = func() map[string][]nonStateForm {
	m := map[string][]nonStateForm{}
	for _, line := range strings.Split(strings.TrimSpace(nonStateTable), "\n") {
		f := strings.Split(strings.TrimSpace(line), "|")
		ns := nonState{en: f[0], es: f[1], fr: f[2]}
		for _, form := range strings.Split(f[3], ";") {
			words := strings.Fields(strings.NewReplacer("-", " ").Replace(form))
			m[words[0]] = append(m[words[0]], nonStateForm{words: words, name: ns})
		}
	}
	return m
}()

// nonStateForm is one way of writing a nonState's name.
type nonStateForm struct {
	words []string
	name  nonState
}

// nonStateTable lists territories that are no State of the gazetteer
// and non-State armed groups, one a line: English, Spanish and French
// names, then the forms a question may use (folded, ';' between; a
// hyphen as a space).
const nonStateTable = `
Greenland|Groenlandia|Groenland|greenland;groenlandia;groenland
the Faroe Islands|las Islas Feroe|les îles Féroé|faroe islands;faroes;islas feroe;iles feroe
Hong Kong|Hong Kong|Hong Kong|hong kong;hongkong
Macao|Macao|Macao|macao;macau
Puerto Rico|Puerto Rico|Porto Rico|puerto rico;porto rico
Guam|Guam|Guam|guam
Bermuda|las Bermudas|les Bermudes|bermuda;bermudas;bermudes
Gibraltar|Gibraltar|Gibraltar|gibraltar
New Caledonia|Nueva Caledonia|la Nouvelle-Calédonie|new caledonia;nueva caledonia;nouvelle caledonie;new caledonie
French Polynesia|la Polinesia Francesa|la Polynésie française|french polynesia;polinesia francesa;polynesie francaise
Western Sahara|el Sáhara Occidental|le Sahara occidental|western sahara;sahara occidental
Somaliland|Somalilandia|le Somaliland|somaliland;somalilandia
Transnistria|Transnistria|la Transnistrie|transnistria;transnistrie
Abkhazia|Abjasia|l'Abkhazie|abkhazia;abjasia;abkhazie
South Ossetia|Osetia del Sur|l'Ossétie du Sud|south ossetia;osetia del sur;ossetie du sud
Northern Cyprus|Chipre del Norte|Chypre du Nord|northern cyprus;chipre del norte;chypre du nord
Catalonia|Cataluña|la Catalogne|catalonia;cataluna;catalunya;catalogne
Scotland|Escocia|l'Écosse|scotland;escocia;ecosse
the Houthis|los hutíes|les Houthis|houthis;houthi;huties;huthies;hutis;houthistes
Hamas|Hamás|le Hamas|hamas
Hezbollah|Hezbolá|le Hezbollah|hezbollah;hizbollah;hezbola;hizbola
the Taliban|los talibanes|les talibans|taliban;talibans;talibanes
`

// nonStateSpan is a nonState named in a question, at tokens [first, last].
type nonStateSpan struct {
	name        nonState
	first, last int
}

// findNonStates returns the nonStates toks name, left to right.
func findNonStates(toks []corpus.Token) []nonStateSpan {
	var out []nonStateSpan
	for i := 0; i < len(toks); i++ {
		forms, ok := nonStateForms[corpus.Fold(toks[i].Lower)]
		if !ok {
			continue
		}
		for _, f := range forms {
			if n := len(f.words); i+n <= len(toks) && formAt(toks[i:i+n], f.words) {
				out = append(out, nonStateSpan{name: f.name, first: i, last: i + n - 1})
				i += n - 1
				break
			}
		}
	}
	return out
}

// inNonState reports whether tokens [first, last] overlap one of spans.
func inNonState(spans []nonStateSpan, first, last int) bool {
	for _, s := range spans {
		if first <= s.last && s.first <= last {
			return true
		}
	}
	return false
}

// formAt reports whether toks spell words, folded.
func formAt(toks []corpus.Token, words []string) bool {
	for k, w := range words {
		if corpus.Fold(toks[k].Lower) != w || k > 0 && toks[k].SentStart {
			return false
		}
	}
	return true
}

// nonStateTopicPreps before a nonState's name make it the topic's place
// or object, not the speaker: "ransomware in puerto rico", "what is said
// about greenland", "cooperation with the faroes".
var nonStateTopicPreps = toSet(`in on about over regarding concerning against with from to for into around near off
	en sobre acerca contra con desde hacia para por dans sur avec contre pour vers depuis chez`)

// asSpeaker reports whether the nonState at s is named as the speaker of
// a question that names no country: no preposition of the topic before
// it (an article may stand between), and the question does not ask who
// speaks ("who mentions hong kong").
func (s nonStateSpan) asSpeaker(toks []corpus.Token) bool {
	if asksWho(toks[:s.first]) || len(toks) > 0 && whoAsks[toks[0].Lower] {
		return false
	}
	j := s.first - 1
	for j >= 0 && articleWords[toks[j].Lower] {
		j--
	}
	return j < 0 || !nonStateTopicPreps[toks[j].Lower] && !mentionVerbs[toks[j].Lower]
}

// nonStateName is ns's name in the language code, capitalised: it opens
// the note ("The Houthis: …", "Los hutíes: …").
func nonStateName(ns nonState, code string) string {
	name := ns.en
	switch code {
	case "es":
		name = ns.es
	case "fr":
		name = ns.fr
	}
	r, n := utf8.DecodeRuneInString(name)
	return string(unicode.ToUpper(r)) + name[n:]
}

// msgNonState is the note of a question asking a territory or non-State
// actor: the corpus holds nothing of its own.
const msgNonState = "non-state" // Greenland: not a State of the corpus's list ...

func init() {
	catalogueEntries = append(catalogueEntries,
		entry{msgNonState,
			msgText("%s: not a State of the corpus's list of countries, and the corpus holds no statement of its own; statements of countries that mention it are not its position, so none is given."),
			msgText("%s: no es un Estado de la lista de países del corpus, y el corpus no tiene ninguna declaración propia; las declaraciones de países que lo mencionan no son su posición, así que no se dan."),
			msgText("%s : ce n'est pas un État de la liste des pays du corpus, et le corpus n'a aucune déclaration de sa part ; les déclarations de pays qui le mentionnent ne sont pas sa position, elles ne sont donc pas données.")},
	)
}
