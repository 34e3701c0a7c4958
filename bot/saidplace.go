package bot

import (
	"strings"

	"github.com/stancebot/stancebot/corpus"
)

// A city named as the place where a country spoke ("what did turkey say
// in baku", "qu'a dit le sénégal à genève", "qué dijo chile en la cumbre
// de lima", "what did kenya say in addis ababa") is the venue, no topic:
// read as one, the answer was "no statement by Türkiye on baku" for a
// country that holds statements. A capital there names no country
// either (Baku is no second speaker). Only a capital the gazetteer knows
// or a city of the venues international meetings are held in, right
// after a verb of saying and its preposition (a few words, the speaker's
// name among them, may come between), is cut; "ransomware in kenya" and
// "what did chile say in response to the attack" keep their words
// (TestCutSaidPlace). After a meeting's noun and its link ("en el foro
// de panamá", "at the conference in singapore", "lors du sommet de
// dakar") a country's name is the host too, not a second side to compare
// (TestCutVenueCountry).

// saidPlacePreps put a place after a verb of saying.
var saidPlacePreps = toSet(`in at en à a au during durante pendant lors`)

// saidPlaceArticles may open the place or its meeting.
var saidPlaceArticles = toSet(`the la el le l los las du`)

// saidPlaceMeetings name a meeting held in the city after them and a
// link ("the summit in lima", "la cumbre de lima", "le sommet de paris").
var saidPlaceMeetings = toSet(`summit conference meeting forum session cumbre conferencia reunion foro sesion sommet conference
	reunion seance`)

// saidPlaceLinks join a meeting's noun to its city.
var saidPlaceLinks = toSet(`in of de du d`)

// venueCities are cities international meetings are held in that are no
// country's capital, folded, by their English, Spanish and French names.
var venueCities = func() map[string]bool {
	m := map[string]bool{}
	for _, name := range strings.Split(`geneva;ginebra;geneve;genf;new york;nueva york;vienna;viena;vienne;munich;munchen;davos;
		strasbourg;estrasburgo;hague;haya;haye;marrakech;marrakesh;dubai;istanbul;estambul;cartagena;montreal;
		san francisco;sharm el sheikh;addis;abidjan;lagos;casablanca;sydney;shanghai;punta del este;cancun;johannesburg;
		johannesburgo;mumbai;bombay;karachi;almaty;zurich;bonn;sao paulo`, ";") {
		m[strings.Join(strings.Fields(name), " ")] = true
	}
	return m
}()

// saidPlaceKeys are the prepositions cutSaidPlace needs, spaced.
var saidPlaceKeys = []string{" in ", " at ", " en ", " à ", " a ", " au ", " during ", " durante ", " pendant ", " lors "}

// saidVerbKeys are the verbs of saying cutSaidPlace needs, as substrings.
var saidVerbKeys = []string{"say", "said", "dit", "dij", "dic", "declar", "stat", "spoke", "speak", "habl", "parl", "talk"}

// cutSaidPlace cuts from text the city a verb of saying places the
// speaker in, with its preposition (and the meeting held there).
func cutSaidPlace(g *corpus.Gazetteer, text string) string {
	if !containsAny(text, saidPlaceKeys) || !mayFoldAny(text, saidVerbKeys) {
		return text
	}
	toks := corpus.Tokenize(text)
	for i, t := range toks {
		if !speakWords[t.Lower] {
			continue
		}
		for p := i + 1; p < len(toks) && p <= i+4; p++ {
			w := corpus.Fold(toks[p].Lower)
			if p > i+1 && (aboutWords[w] || topicOpeners[w] || toks[p].SentStart) {
				break
			}
			if !saidPlacePreps[w] {
				continue
			}
			if end := placeAfter(g, toks, p+1); end > 0 {
				return strings.TrimSpace(text[:toks[p].Start] + " " + text[toks[end-1].End:])
			}
		}
	}
	return text
}

// placeAfter returns the end of the city (and the meeting held there)
// that starts at toks[k], or 0 when none does.
func placeAfter(g *corpus.Gazetteer, toks []corpus.Token, k int) int {
	skip := func() {
		for k < len(toks) && saidPlaceArticles[corpus.Fold(toks[k].Lower)] {
			k++
		}
	}
	skip()
	meeting := k+1 < len(toks) && saidPlaceMeetings[corpus.Fold(toks[k].Lower)] && saidPlaceLinks[corpus.Fold(toks[k+1].Lower)]
	if meeting {
		k += 2
		skip()
	}
	for n := min(4, len(toks)-k); n >= 1; n-- {
		if (cityAt(g, toks[k:k+n]) || meeting && countryAt(g, toks[k:k+n])) && placeEnds(toks, k+n) {
			return k + n
		}
	}
	return 0
}

// cityAt reports whether toks name a venue city or a capital, whole.
func cityAt(g *corpus.Gazetteer, toks []corpus.Token) bool {
	words := make([]string, len(toks))
	for i, t := range toks {
		if i > 0 && t.SentStart {
			return false
		}
		words[i] = corpus.Fold(t.Lower)
	}
	name := strings.Join(words, " ")
	if venueCities[name] || len(toks) == 1 && g.IsCapital(name) {
		return true
	}
	if len(toks) == 1 {
		return false
	}
	rd := g.Scan(toks, true, nil)
	for _, ms := range [][]corpus.Mention{rd.Countries, rd.Places} {
		for _, m := range ms {
			if m.How == corpus.ByCapital && m.First == 0 && m.Last == len(toks)-1 {
				return true
			}
		}
	}
	return false
}

// countryAt reports whether toks name a country, whole, by a name (no
// demonym: "the african summit" names no host).
func countryAt(g *corpus.Gazetteer, toks []corpus.Token) bool {
	rd := g.Scan(toks, true, nil)
	return len(rd.Countries) == 1 && rd.Countries[0].First == 0 && rd.Countries[0].Last == len(toks)-1 && rd.Countries[0].How != corpus.ByDemonym
}

// placeEnds reports whether the place ending before toks[i] ends there:
// the question ends, a sentence or a clause does, or the topic, a date or
// another place opens ("in baku about cables", "in geneva last week");
// "in the paris call" names an instrument, no place.
func placeEnds(toks []corpus.Token, i int) bool {
	if i >= len(toks) || toks[i].SentStart || strings.ContainsAny(toks[i].Gap, ",;:?!.()") {
		return true
	}
	w := corpus.Fold(toks[i].Lower)
	return aboutWords[w] || placeEndWords[w]
}

// topicOpeners open the topic in Spanish and French: a place after them
// is the topic's ("que dit le maroc sur les attaques à rabat").
var topicOpeners = toSet(`sobre sur acerca concernant respecto`)

// placeEndWords may follow a place named after a verb of saying.
var placeEndWords = toSet(`sobre sur acerca concernant last this yesterday today in at en a au during durante pendant lors
	ayer hier aujourd hoy el le la the y et and or o ou`)

// containsAny reports whether text holds one of subs.
func containsAny(text string, subs []string) bool {
	for _, s := range subs {
		if strings.Contains(text, s) {
			return true
		}
	}
	return false
}
