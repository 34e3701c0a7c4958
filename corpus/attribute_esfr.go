package corpus

import (
	"regexp"
	"strings"

	"github.com/stancebot/stancebot/corpus/lang"
)

// Pages written in Spanish or French are attributed by the same grammar as
// English ones (see sentenceSubject): the word lists below give it the
// Spanish and French articles, prepositions, conjunctions and openers, and
// a paragraph that reads as Spanish or French also names its countries by
// their Spanish and French names and demonyms ("Guinea Ecuatorial", "la
// délégation haïtienne"). The lists only add words that English text never
// uses as words, so English paragraphs read as before
// (TestEnglishAttributionUnchangedByESFRWords).

// Function words that tell a paragraph's language: each list holds words
// frequent in running text of that language and rare in the other two
// ("la", "de" and "en" are in two and so in none).
var (
	textMarkersEN = toSet(`the of and to is has have that on for with by was were its which this are be from`)
	textMarkersES = toSet(`el los las del y que una por para con su sus se ha han es son al lo como más también según sobre
		fue fueron sido está están este esta estos estas muy pero desde hasta hacia cuando donde porque nuevo nueva tras será`)
	textMarkersFR = toSet(`le les des du et est une pour avec par au aux sur qui ce cette son sa ses dans il elle ont a été selon également
		mais donc très leur leurs nous vous être avait avaient ces cet où lors ainsi depuis sans sous chez vers aussi déjà`)
)

// textMarkers is the three lists in one map, so a word costs one look-up.
// A word in two lists ("son": Spanish "are", French "his") marks neither:
// it took whichever list the map's random order wrote last, so a French
// paragraph read as Spanish in about one process in six, and its speaker
// ("La représentante de la Tunisie a déclaré") lost the paragraph.
var textMarkers = func() map[string]uint8 {
	m := map[string]uint8{}
	for _, l := range []struct {
		code uint8
		set  map[string]bool
	}{{markEN, textMarkersEN}, {markES, textMarkersES}, {markFR, textMarkersFR}} {
		for w := range l.set {
			if c, dup := m[w]; dup && c != l.code {
				m[w] = 0
				continue
			}
			m[w] = l.code
		}
	}
	return m
}()

// markerStart marks the lengths and first bytes of textMarkers' words
// (of under 16 bytes): markerOf skips the map for a word no marker could
// be, most words of a paragraph that is not counted out early.
var markerStart = func() (t [16][256]bool) {
	for w := range textMarkers {
		if w != "" && len(w) < len(t) {
			t[len(w)][w[0]] = true
		}
	}
	return t
}()

// markerOf is textMarkers[w] (TestMarkerOf).
func markerOf(w string) uint8 {
	if w != "" && len(w) < len(markerStart) && !markerStart[len(w)][w[0]] {
		return 0
	}
	return textMarkers[w]
}

const (
	markEN uint8 = iota + 1
	markES
	markFR
)

// paragraphLang tells whether a paragraph reads as Spanish ("es") or
// French ("fr"), or neither (""), from its function words. It is a count
// over tokens the caller already has, so English corpora pay one map
// look-up per word.
func paragraphLang(toks []Token) string { return paragraphLangFacts(toks, nil) }

// paragraphLangFacts is paragraphLang; tf, when not nil, holds the
// tokens' facts (their markers: see tokFact).
func paragraphLangFacts(toks []Token, tf []tokFact) string {
	en, es, fr := 0, 0, 0
	for i := range toks {
		var mark uint8
		if tf != nil {
			mark = tf[i].mark
		} else {
			mark = markerOf(toks[i].Lower)
		}
		switch mark {
		case markEN:
			en++
			// Stop once the words left could not outnumber English.
			if es+fr+len(toks)-i-1 <= 2*en {
				return ""
			}
		case markES:
			es++
		case markFR:
			fr++
		default:
			switch {
			case frenchElision(toks[i].Lower):
				fr++
			case en == 0:
				// Accents count only until an English function word is
				// seen: a Spanish or French paragraph has none, and an
				// English one is spared a pass over every word's bytes
				// (most of a load's paragraphs).
				switch diacriticMark(toks[i].Orig) {
				case markES:
					es++
				case markFR:
					fr++
				}
			}
		}
	}
	if es+fr < 2 && !(es+fr == 1 && en == 0 && len(toks) >= 8) || es+fr <= 2*en {
		// One Spanish or French marker among eight or more words and no
		// English one is still Spanish or French: "Pour la Zambie, la
		// priorité reste la lutte contre la cybercriminalité." has only
		// "pour" (TestShortRomanceParagraphLang).
		return ""
	}
	if es > fr {
		return lang.Spanish
	}
	return lang.French
}

// frenchElision reports whether a word opens with a French elided article
// or pronoun ("l'élaboration", "d'information", "qu'il"): French running
// text has them in nearly every sentence, and a short paragraph whose other
// function words ("la", "de") are in two languages' lists ("La RDC
// soutient l'élaboration de mesures de confiance …") read as English
// without them, so that "RDC" was no name and the paragraph went to the
// previous paragraph's holder.
func frenchElision(w string) bool {
	if len(w) < 3 || w[0] != 'l' && w[0] != 'd' && w[0] != 'q' {
		return false // what every form below needs (most words: no loop)
	}
	for _, p := range [...]string{"l'", "d'", "qu'", "l’", "d’", "qu’"} {
		if len(w) > len(p)+1 && strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// Spanish and French additions to the English attribution word lists.
var (
	// articles before a country name, read like "the": "le Gabon a
	// soutenu", "la France estime", "el Perú considera".
	articles = toSet(`the le la les el los las`)

	relationalESFR = toSet(`de del con como y e o u entre contra hacia desde para por sin sobre según segun ante a al tras
		mediante incluido incluida incluidos incluidas junto frente
		du des d avec comme et ou vers depuis pour par sans sur selon à au aux après avant dont notamment parmi chez envers
		contrairement outre auprès`)
	notVerbESFR = toSet(`y e o u de del con como por para sobre al entre et ou du des avec comme par pour sur dans au aux entre`)
	frontedESFR = toSet(`a al en durante tras después antes desde bajo según segun como junto con sin pese ante frente
		para por aunque mientras si cuando miembro socio socia aliado aliada vecino vecina país firmante
		à au aux dans lors après avant depuis sous selon comme contrairement ensemble avec sans malgré pour face d'après
		apres proche membre partenaire allié alliée voisin voisine pays signataire longtemps bien quoique lorsque`)
	subordinatorsESFR = toSet(`que aunque mientras pero sino porque cuando donde cuyo cuya quien quienes
		qui quoique tandis mais parce lorsque quand où dont`)
	clauseOpenersESFR = toSet(`que y pero también además luego ahora hoy así et mais aussi puis ainsi désormais aujourd'hui`)

	// govNounsESFR come before a demonym: "la delegación nicaragüense",
	// "les autorités malgaches", "el Gobierno español", and a joint
	// communiqué's "la Parte ecuatoguineana", "la partie togolaise" (the
	// English "the Chadian side"). The institutions that speak for a State
	// are among them ("la Cancillería boliviana", "l'ambassade malienne"):
	// a news story names the other side's ministry so, and without them its
	// reply went on with the story's first country.
	govNounsESFR = toSet(`delegación delegacion gobierno autoridades representante representantes posición posicion
		ministerio ministro ministra presidente presidenta diplomáticos diplomacia postura parte
		délégation delegation gouvernement autorités autorites représentant représentants position ministère ministre
		président présidente diplomates diplomatie partie
		canciller cancillera vicecanciller viceministro viceministra embajador embajadora
		ambassadeur ambassadrice vice-ministre comandante commandant
		cancillería cancilleria embajada presidencia chancellerie ambassade présidence presidence`)

	// roleNounsESFR name the person who speaks for a country in Spanish
	// and French meetings coverage: "El representante de Costa Rica
	// dijo", "La représentante de la Côte d'Ivoire a déclaré" (see
	// insideSubjectNP).
	roleNounsESFR = toSet(`representante representantes delegado delegada delegados delegación delegacion portavoz
		embajador embajadora ministro ministra observador observadora canciller cancillera vicecanciller viceministro
		viceministra vice-ministre
		représentant représentante représentants representant representante délégué déléguée délégués délégation
		porte-parole ambassadeur ambassadrice ministre observateur observatrice
		gobierno gouvernement`)

	// authorityNounsESFR head a subject that speaks for a State like a
	// role noun when they are its first noun: "las autoridades de Gabón
	// anunciaron", "les autorités du Gabon ont annoncé", "la Secretaría de
	// Seguridad de Honduras concluyó", "le ministère de l'Intérieur du Mali
	// a indiqué" (not role nouns elsewhere: no person goes by them).
	authorityNounsESFR = toSet(`autoridades autorités autorites secretaría secretaria secrétariat ministerio ministère ministere`)

	// reportPreps open a fronted phrase that reports the view of the
	// country ending it: "Según España, ...", "Selon le Burkina Faso,
	// ...", "Pour Madagascar, ...", "Para el Perú, ...".
	reportPreps = toSet(`según segun selon para pour d'après apres`)
)

// contReESFR matches a Spanish or French paragraph that opens like a
// continuation of the one before: group 1 a pronoun or connective, group
// 2 a definite noun phrase ("El país", "Le pays", "Ce pays").
var contReESFR = regexp.MustCompile(`^(?:((?:Il|Elle|Ils|Elles|Son|Sa|Ses|Leur|Leurs|Su|Sus|Este|Esta|Estos|Ce|Cette|Ces|Además|Asimismo|También|Igualmente|Por otra parte|Por su parte|En este sentido|De plus|En outre|Par ailleurs|Également|De même|Cependant|Toutefois|Néanmoins|Sin embargo|No obstante)\b)|((?:El|La|Le|Les|Las|Los|Ce|Cette|Este|Esta) (?:[a-zé]+ ){0,2}(?:país|pays|nación|nation|Estado|État|Etat|gobierno|Gobierno|gouvernement|Gouvernement|delegación|délégation|república|République|reino|royaume|isla|île|archipiélago|archipel)\b))`)

func init() {
	// The English lists gain the Spanish and French words here rather
	// than in attribute.go, so the two sets of words stay readable apart.
	for _, p := range []struct{ dst, src map[string]bool }{
		{relational, relationalESFR}, {notVerb, notVerbESFR}, {fronted, frontedESFR},
		{subordinators, subordinatorsESFR}, {clauseOpeners, clauseOpenersESFR},
	} {
		for w := range p.src {
			p.dst[w] = true
		}
	}
}

// frenchAuxiliaries rewrites the French auxiliary "a" ("Haïti a demandé")
// to "has" in a French paragraph's tokens, so the English grammar reads
// it as the verb it is rather than the English article.
func frenchAuxiliaries(toks []Token) {
	for i := range toks {
		if toks[i].Lower == "a" && toks[i].Orig == "a" {
			toks[i].Lower = "has"
		}
	}
}

// govDemonymESFR matches a government noun before a demonym: "la
// delegación nicaragüense", "les autorités malgaches".
func govDemonymESFR(toks []Token, m Mention) (int, bool) {
	prev := m.First - 1
	if prev < 0 || toks[m.First].Gap != "" {
		return 0, false
	}
	if !govNounsESFR[toks[prev].Lower] {
		// "l'ambassade malienne", "l'ambassadeur malien": the noun after
		// a French elided article, which is then the phrase's start.
		w, ok := lang.StripElision(toks[prev].Lower)
		if !ok || !govNounsESFR[w] {
			if k, ok := portfolioBefore(toks, prev); ok {
				return govDemonymStart(toks, k), true
			}
			return 0, false
		}
		return prev, true
	}
	return govDemonymStart(toks, prev), true
}

// govDemonymStart returns where the noun phrase of the government noun at
// prev starts: at its article, when one comes right before it.
func govDemonymStart(toks []Token, prev int) int {
	if prev > 0 && articles[toks[prev-1].Lower] && toks[prev].Gap == "" {
		prev--
	}
	return prev
}

// portfolioBefore returns the government noun before a portfolio's
// capitalised name that ends at toks[last], the demonym coming after the
// portfolio as Spanish and French write it: "la ministra de Defensa
// española", "el ministro de Relaciones Exteriores chileno", "le ministre
// de la Défense belge" (esfr25's class: such an official went on with the
// country before). The name is at most five words and their joins.
func portfolioBefore(toks []Token, last int) (int, bool) {
	if last < 2 {
		return 0, false
	}
	lower := 0 // French writes "Affaires étrangères": up to two lower-case words
	for k := last; k >= 1 && k >= last-6; k-- {
		if toks[k].Gap != "" && toks[k].Gap != "-" && k < last {
			return 0, false
		}
		w := toks[k].Lower
		if (w == "de" || w == "del" || w == "du" || w == "des") && k < last && portfolioOpens(toks, k+1, last) {
			if govNounsESFR[toks[k-1].Lower] {
				return k - 1, true
			}
			continue
		}
		if !capitalised(unelided(toks[k].Orig)) && !officeNameJoin[w] {
			if lower++; lower > 2 {
				return 0, false
			}
		}
	}
	return 0, false
}

// portfolioOpens reports a portfolio's name opening at toks[i] (up to
// last): a capitalised word, or "la" and one ("de la Défense").
func portfolioOpens(toks []Token, i, last int) bool {
	if toks[i].Lower == "la" && i < last {
		i++
	}
	return capitalised(unelided(toks[i].Orig))
}

// reportedView matches a fronted phrase that reports the view of the
// country ending it: "Según España," "Selon le Burkina Faso,", "Selon la
// délégation nigérienne,". clause is the first token after the phrase's
// comma.
func reportedView(toks []Token, m Mention, s, clause int) bool {
	if m.Last+1 != clause || !reportPreps[Fold(toks[s].Lower)] {
		return false
	}
	from := m.First
	if m.How == ByDemonym {
		f, ok := govDemonymESFR(toks, m)
		if !ok || m.Lang == "" {
			return false
		}
		from = f
	} else if from > s && articles[toks[from-1].Lower] {
		from--
	}
	return from == s+1
}

// elisionUpper reports whether a word written with a French elision
// ("l'Espagne", "d'Haïti") has a capitalised name after it.
func elisionUpper(orig string) bool {
	if s, ok := lang.StripElision(orig); ok {
		return startsUpper(s)
	}
	return false
}

// contESFR is contRe for Spanish and French paragraphs.
func contESFR(p string) (cont, pronoun bool, words string) {
	sm := contReESFR.FindStringSubmatch(p)
	if sm == nil {
		return false, false, ""
	}
	return true, sm[1] != "", strings.TrimSpace(sm[0])
}

// findText returns the countries named in a corpus paragraph, as
// Find(toks, false, nil) does; esfr reads a Spanish or French paragraph,
// whose countries may also go by their Spanish and French names and
// demonyms.
func (g *Gazetteer) findText(toks []Token, esfr bool) []Mention {
	if !esfr {
		return g.Find(toks, false, nil)
	}
	keys := make([]string, len(toks))
	for i := range toks {
		keys[i] = Fold(toks[i].Lower)
	}
	var out []Mention
	for i := 0; i < len(toks); i++ {
		if !g.mayStartText(keys[i]) {
			continue
		}
		p, last, ok := g.matchAt(toks, keys, nil, i, false, true)
		if !ok {
			continue
		}
		if articles[keys[i]] && i+1 <= last {
			// "los Emiratos Árabes Unidos" is the whole name after the
			// article, not "los Emiratos" and two stray words (as Find).
			if q, l, ok2 := g.matchAt(toks, keys, nil, i+1, false, true); ok2 && l > last {
				p, last, i = q, l, i+1
			}
		}
		if p.how == ByDemonym && p.lang == "" && elisionUpper(toks[i].Orig) {
			// "de l'Argentine": the French name spelt like the English
			// demonym "Argentine"; an elided article makes it the name.
			p.how, p.lang = ByFrench, "fr"
		}
		if p.country >= 0 && !landform(keys, i, last) && !(g.capShells != nil && g.inCapitalShell(keys, i)) && !ministryNamePart(toks, Mention{First: i, Last: last}) {
			first := stateFormOf(toks, keys, i)
			out = append(out, Mention{Country: g.Countries[p.country].Short, How: p.how, Lang: p.lang, First: first, Last: last, Text: joinOrig(toks[first : last+1])})
		}
		i = last
	}
	return out
}

// gerundNext are the words a Spanish or French gerund or present
// participle that opens a sentence is followed by: "Prenant la parole au
// nom du Groupe …,", "Hablando en nombre de la Unión Africana,", and a
// possessive: "Exerçant son droit de réponse,", "Ejerciendo su derecho de
// respuesta," (pages11's 980).
var gerundNext = toSet(`la le les l au aux en el los las de del du des à a al por par sur sobre son sa ses su sus leur`)

// gerundAdverbs may come between such a gerund and its article: "Prenant
// ensuite la parole,", "Tomando luego la palabra,".
var gerundAdverbs = toSet(`ensuite alors également egalement aussi enfin luego después despues también tambien entonces seguidamente finalmente`)

// romanceGerund reports a sentence toks[s:e] that opens with a Spanish or
// French gerund or present participle phrase ("Prenant la parole au nom du
// Groupe des États d'Afrique, le représentant du Tchad a appelé …",
// "Hablando en nombre de …, el delegado de …"): a fronted phrase, as an
// English "Speaking on behalf of …," is, so the subject after its comma
// holds the sentence. The word after it must be an article or a
// preposition, so an English adjective ("Significant progress …") is not
// read so.
func romanceGerund(toks []Token, s, e int) bool {
	w := toks[s].Lower
	next := s + 1
	if next+1 < e && gerundAdverbs[toks[next].Lower] {
		next++ // "Prenant ensuite la parole, la déléguée de l'Azerbaïdjan a affirmé"
	}
	if len(w) <= 5 || next >= e || !gerundNext[toks[next].Lower] {
		return false
	}
	return strings.HasSuffix(w, "ant") || strings.HasSuffix(w, "ando") || strings.HasSuffix(w, "iendo") || strings.HasSuffix(w, "yendo")
}

// npBreakWordsESFR end a Spanish or French subject noun phrase as npBreak
// does an English one: a clause opener ("que", "qui"), an auxiliary ("a",
// "ha", "ont", "es", "est") or another preposition ("El ministerio afirmó
// que el gobierno de Jordania presentó …" is not Jordan's subject,
// TestMinistryOfCountry).
var npBreakWordsESFR = toSet(`que qui a à al au aux ha han ont est es fue fueron sont con sin para por entre avec sans pour par sur dans en sobre`)

// npBreakESFR reports a word in npBreakWordsESFR or a Spanish preterite
// ("afirmó", "señaló"): no noun in either language ends in "ó".
func npBreakESFR(w string) bool { return npBreakWordsESFR[w] || strings.HasSuffix(w, "ó") }

// roleHeadBeforeESFR reports whether the Spanish or French subject noun
// phrase from clause to the "de" at prep is headed by a role noun or the
// authorities: right before it ("El representante de Costa Rica", "les
// autorités du Gabon") or before a short complement of its own with its
// "de" ("les autorités de transition du Gabon", "la ministra de Economía
// del Paraguay", "le ministre de l'Économie numérique de Djibouti"). The
// head must be the phrase's first noun, after at most an article, so "la
// coopération des autorités du Gabon" or "el apoyo del gobierno de Chile"
// do not count.
func roleHeadBeforeESFR(toks []Token, clause, prep int) bool {
	if roleNounsESFR[toks[prep-1].Lower] {
		return true
	}
	head := func(w string) bool { return roleNounsESFR[w] || authorityNounsESFR[w] }
	h := clause
	if h < prep && articles[toks[h].Lower] {
		h++
	} else if w, ok := lang.StripElision(toks[h].Lower); ok && head(w) {
		// "l'ambassadeur de …" is one token.
		return h+1 == prep || complementESFR(toks, h+1, prep)
	}
	if h >= prep || !head(toks[h].Lower) {
		return false
	}
	return h+1 == prep || complementESFR(toks, h+1, prep)
}

// complementESFR reports whether toks[from:to] is a head noun's short
// complement: "de"/"d'…" then at most three words with no verb-like
// ending ("de transition", "de l'Économie numérique").
func complementESFR(toks []Token, from, to int) bool {
	if to-from > 4 {
		return false
	}
	w := toks[from].Lower
	if w != "de" && w != "del" && w != "du" && w != "des" && !elidedDe(toks[from].Orig) {
		return false
	}
	for i := from + 1; i < to; i++ {
		if toks[i].Gap != "" || (relational[toks[i].Lower] && !articles[toks[i].Lower]) {
			return false
		}
	}
	return true
}

// elidedRole reports a French role noun written with its elided article
// as one token ("l'ambassadeur", "l'envoyée").
func elidedRole(w string) bool {
	r, ok := lang.StripElision(w)
	return ok && roleNounsESFR[r]
}
