package corpus

import (
	"strings"
	"unicode/utf8"
)

// A news paragraph may open with a quotation and name its speaker only in
// the reporting clause after it: "« Nous ne pouvons pas protéger nos
// réseaux … », a déclaré l'ambassadeur du Niger.", "“We will not accept
// it,” said the representative of Chad.", "«No aceptaremos …», dijo el
// embajador de Bolivia." The quotation names no country, so the paragraph
// fell to the previous paragraph's holder by block order: another
// country's words. The one country the reporting clause names, with a
// verb of saying in it, holds the paragraph (parseFile then lets the
// block before it go on, as for any quotation).

// closers pairs each opening quotation mark with its closing one.
var closers = map[rune]string{'“': "”", '«': "»", '„': "“", '‘': "’", '"': `"`}

// quotedEvidence opens the evidence of a paragraph held by the speaker its
// quotation names (quoteSpeaker): "quoted: Czechia".
const quotedEvidence = "quoted: "

// quoteSpeaker returns the country the reporting clause after a paragraph's
// opening quotation names as its speaker, or "". toks and ms are the
// paragraph's tokens and country mentions.
func quoteSpeaker(p string, toks []Token, ms []Mention) string {
	c, _ := quoteClause(p, toks, ms)
	return c
}

// quoteClause is quoteSpeaker, and reports whether the paragraph's
// opening quotation has a reporting clause with a verb of saying at all
// ("“…,” the minister said."), naming a country or not.
func quoteClause(p string, toks []Token, ms []Mention) (country string, said bool) {
	r, size := utf8.DecodeRuneInString(p)
	closer, ok := closers[r]
	if !ok || len(ms) == 0 {
		return "", false
	}
	end := strings.Index(p[size:], closer)
	if end < 0 {
		return "", false
	}
	end += size + len(closer)
	k := 0
	for k < len(toks) && toks[k].Start < end {
		k++
	}
	e := k
	for e < len(toks) && (e == k || !toks[e].SentStart) {
		e++
	}
	if e-k > 12 {
		// "“…,” a spokesperson for the Chinese mission added, referring
		// to …": the reporting clause ends at its comma.
		for i := k + 2; i < e && i-k <= 12; i++ {
			if strings.Contains(toks[i].Gap, ",") {
				e = i
				break
			}
		}
	}
	if e-k > 12 && toks[k].Lower == "the" {
		// "“No country can defend its networks alone,” the Czech
		// National Cyber and Information Security Agency stated in its
		// 2025 annual report": the clause ends at its verb of saying,
		// within the twelve words.
		for i := k + 2; i < e && i-k <= 12; i++ {
			if isReportVerb(toks, i) || sayVerbs[toks[i].Lower] {
				e = i + 1
				break
			}
		}
	}
	if e-k > 12 {
		// "« … », a déclaré le ministre tchadien des Télécommunications et
		// de l'Économie numérique devant ses homologues.", "”, said the
		// Chadian Minister of Telecommunications and the Digital Economy
		// before his counterparts": a clause opening with its verb names
		// the speaker right after it; the clause ends ten words on
		// (esfr25's dispatch: the Chadian minister's words went to the
		// country before).
		for i := k; i < e && i <= k+2; i++ {
			if isReportVerb(toks, i) || sayVerbs[toks[i].Lower] || quoteVerbs[toks[i].Lower] || frenchSaid(toks, i) {
				e = min(e, i+11)
				break
			}
		}
	}
	if k == e || e-k > 12 {
		return "", false // no reporting clause, or a sentence of its own
	}
	// A quotation signed after a dash, as a newsletter's quote of the
	// week is ("“No country should be asked …” — Minister of Foreign
	// Affairs of Cabo Verde"), names its speaker without a verb.
	said = quoteSigned(p[end:])
	for i := k; i < e; i++ {
		if isReportVerb(toks, i) || sayVerbs[toks[i].Lower] || quoteVerbs[toks[i].Lower] || frenchSaid(toks, i) ||
			toks[i].Lower == "according" || toks[i].Lower == "según" || toks[i].Lower == "selon" { // "”, according to …"
			said = true
			break
		}
	}
	if !said {
		return "", false
	}
	country = ""
	for _, m := range ms {
		if m.First < k || m.First >= e || accreditedTo(toks, m, k) {
			continue
		}
		if country != "" && m.Country != country {
			return "", true // "…, said Chad's envoy, quoting Niger": no one speaker
		}
		country = m.Country
	}
	return country, true
}

// envoyBodies are the envoys and missions a country sends to another
// country or body: "the EU Delegation to Bosnia and Herzegovina", "the
// U.S. Ambassador to Japan".
var envoyBodies = toSet(`delegation delegations embassy embassies mission missions ambassador ambassadors envoy envoys representative representatives office`)

// accreditedTo reports a country named after "to" ("to the") that
// follows an envoy or a mission (envoyBodies) at or after from: the
// place the envoy is sent to, not a second speaker. "“An attack on a
// parliament …,” a spokesperson for the EU Delegation to Bosnia and
// Herzegovina said" named two countries, so no speaker, and the EU's
// words went to Bosnia and Herzegovina by block order (asked23).
func accreditedTo(toks []Token, m Mention, from int) bool {
	i := m.First - 1
	if i > from && articles[toks[i].Lower] {
		i--
	}
	return i-1 >= from && toks[i].Lower == "to" && envoyBodies[toks[i-1].Lower]
}

// quoteVerbs report a quotation in the clause after it beside sayVerbs
// and isReportVerb's: "the Nigerian ambassador told reporters", "wrote
// the minister", "explique le ministre".
var quoteVerbs = toSet(`told tells tell wrote writes write put puts explique expliquait estime estimait souligne affirme
rappelle précise ajoute insiste assure indique déclare`)

// frenchSaid reports a French past participle of saying after its
// auxiliary, as a reporting clause puts it: "a déclaré", "a affirmé", "a
// ajouté", "a-t-il indiqué".
func frenchSaid(toks []Token, i int) bool {
	w := toks[i].Lower
	if i == 0 || !strings.HasSuffix(w, "é") || len(w) < 5 {
		return false
	}
	switch toks[i-1].Lower {
	case "a", "has", "il", "elle", "t-il", "t-elle", "a-t-il", "a-t-elle": // ("has": frenchAuxiliaries's rewrite of "a")
		return true
	}
	return false
}

// quoteSigned reports the text after a closing quotation mark opening with
// a dash: the quotation's signature follows.
func quoteSigned(after string) bool {
	after = strings.TrimLeft(after, " ")
	return strings.HasPrefix(after, "—") || strings.HasPrefix(after, "–") || strings.HasPrefix(after, "- ")
}

// quoteSignedByNone reports a paragraph that is only a quotation and its
// signature after a dash, short enough that the signature is all that
// follows ("“…” — Kofi Annan"): when no country is named in it, the
// quotation is no country's.
func quoteSignedByNone(p string) bool {
	after, ok := quoteSignature(p)
	return ok && len(after) < 120 && !strings.ContainsAny(after, ".!?")
}

// quoteSignature returns what follows the quotation p opens with, when a
// dash opens it (the quotation's signature).
func quoteSignature(p string) (string, bool) {
	r, size := utf8.DecodeRuneInString(p)
	closer, ok := closers[r]
	if !ok {
		return "", false
	}
	end := strings.Index(p[size:], closer)
	if end < 0 {
		return "", false
	}
	after := p[size+end+len(closer):]
	return after, quoteSigned(after)
}

// expertNouns are the words a news story gives a quoted outside expert
// (an analyst, a researcher, a professor), in English, Spanish and French.
var expertNouns = toSet(`analyst analysts analista analistas analyste analystes researcher researchers investigador investigadora
investigadores investigadoras chercheur chercheuse chercheurs chercheuses professor profesor profesora professeur professeure
academic académico académica universitaire scholar lecturer fellow experto experta expertos expert experte experts specialist
especialista spécialiste consultant consultora consultor politólogo politóloga politologue`)

// expertQuoted reports whether the reporting clause after a paragraph's
// opening quotation gives the quotation to an outside expert: a verb of
// saying and an expert's noun ("“…,” said Jane Doe, a researcher at …",
// "«…», explicó Andrea Villalta, investigadora del Centro de Estudios …",
// "« … », estime Paul Kaboré, chercheur à l'Institut …"). A news story
// quotes analysts between two governments' quotes; the quotation named no
// country, so it went on with the government before it (testdata/pages13's
// 9b9), and a country in the expert's affiliation ("a researcher at the
// University of Chile") read as the speaker. The expert's words are
// nobody's. So are a named body's, naming no country ("“…,” said John
// Banda of the Atlantic Council").
func expertQuoted(p string, toks []Token, ms []Mention) bool {
	r, size := utf8.DecodeRuneInString(p)
	closer, ok := closers[r]
	if !ok {
		return false
	}
	end := strings.Index(p[size:], closer)
	if end < 0 {
		return false
	}
	end += size + len(closer)
	k := 0
	for k < len(toks) && toks[k].Start < end {
		k++
	}
	said, expert, org := false, false, false
	named := false // a country in the clause
	for _, m := range ms {
		if m.How != ByDemonym && m.First >= k && m.First < k+10 {
			named = true
		}
	}
	for i := k; i < len(toks) && i < k+10 && (i == k || !toks[i].SentStart); i++ {
		switch {
		case expertNouns[toks[i].Lower]:
			expert = true
		case expertOrgWords[toks[i].Orig] && i > k:
			org = true
		case !said && (isReportVerb(toks, i) || sayVerbs[toks[i].Lower] || frenchSayVerbs[toks[i].Lower]):
			said = true
		}
	}
	return said && (expert || org && !named)
}

// frenchSayVerbs are French verbs of saying a reporting clause puts before
// its speaker ("estime Paul Kaboré", "explique", "souligne").
var frenchSayVerbs = toSet(`explique expliquait estime estimait souligne soulignait affirme affirmait observe note juge
analyse rappelle prévient avertit résume commente`)

// expertOrgWords name the kind of body an outside expert speaks from ("John
// Banda of the Atlantic Council", "Experts at the University of Cape
// Town").
var expertOrgWords = toSet(`Institute Institut Instituto University Universidad Université Foundation Fundación Fondation
Centre Center Centro Council Observatory Observatorio Observatoire Forum Lab Laboratory School Academy Escuela Académie`)

// sourceOpeners front an outside source's name: "Para Andrea Villalta,
// investigadora …, …", "Selon Aminata Diop, analyste …, …", "According to
// Jane Phiri, a researcher at …, …".
var sourceOpeners = toSet(`para según pour selon according d'après d’après`)

// pluralExperts open a paragraph with outside experts as a group
// ("Experts at the University of Cape Town said …").
var pluralExperts = toSet(`Experts Researchers Analysts Academics Scholars Expertos Investigadores Analistas Académicos
Chercheurs Analystes Universitaires`)

// expertOpens reports whether a paragraph's first sentence (toks[:e],
// countries ms) opens with an outside expert as its source: a name and an
// appositive with an expert's noun ("Jane Phiri, a senior researcher at
// the Southern Africa Policy Institute, said …", "Andrea Villalta,
// investigadora del Centro …, explicó …"), the same name fronted as a
// source ("Selon Aminata Diop, analyste au centre de réflexion Afrikajom,
// le Mali n'a jamais été accusé …", "Pour Paul Kaboré, chercheur à
// l'Institut …, …"), the noun as the name's title ("Analyst Jane Doe of
// …", "El académico costarricense Luis Mora opinó"), a name whose
// appositive names the body it works at ("Dr. Peter Mwale, who directs
// the cyber programme at the Lusaka Policy Centre, said"), or experts of a
// named body ("Experts at the
// University of Cape Town said …", naming no country before the verb).
// In a news story such a paragraph went on with the government quoted
// before it, or fell to the country the expert spoke about: the expert's
// words are nobody's.
func expertOpens(toks []Token, e int, ms []Mention) bool {
	if e < 4 {
		return false
	}
	i := 0
	if sourceOpeners[toks[0].Lower] {
		i = 1
		if toks[0].Lower == "according" && toks[1].Lower == "to" {
			i = 2
		}
	} else if pluralExperts[toks[0].Orig] && e > 3 {
		switch toks[1].Lower {
		case "at", "from", "of", "with", "del", "de", "du":
		default:
			return false
		}
		org := false
		for k := 2; k < e && k < 12; k++ {
			if expertOrgWords[toks[k].Orig] {
				org = true
			}
			if org && isReportVerb(toks, k) && !notVerb[toks[k].Lower] {
				for _, m := range ms {
					if m.How != ByDemonym && m.First < k {
						return false
					}
				}
				return true
			}
		}
		return false
	}
	if i > 0 && namedBodySource(toks, i, e, ms) {
		return true
	}
	// An expert's noun as a title before the name: "Analyst Jane Doe of
	// …", "Professor Grace Banda of the University of Malawi", "La
	// analista Andrea Villalta, del Centro …", "El académico
	// costarricense Luis Mora opinó".
	j := i
	if j < e && articles[toks[j].Lower] {
		j++
	}
	if j+1 < e && expertNouns[toks[j].Lower] {
		k := j + 1
		if k+1 < e && isLowerWord(toks[k].Orig) {
			k++ // a demonym or an adjective: "costarricense", "senior"
		}
		if startsUpper(toks[k].Orig) && !strings.Contains(toks[k].Gap, ",") {
			return true
		}
	}
	// A name: one to four capitalised words, then a comma.
	n := i
	for n < e && n < i+4 && startsUpper(toks[n].Orig) && (n == i || !strings.Contains(toks[n].Gap, ",")) {
		n++
	}
	if n == i || n >= e || !strings.Contains(toks[n].Gap, ",") {
		return false
	}
	for _, m := range ms {
		if m.First >= i && m.First < n {
			return false // "Según Chile, …", "Zambia, a member of the Council, said": a country, not a person
		}
	}
	// The appositive: articles and adjectives, then the expert's noun; or,
	// within it, the name of the body the person works at ("Dr. Peter
	// Mwale, who directs the cyber programme at the Lusaka Policy Centre,
	// said").
	for k := n; k < e && k < n+16; k++ {
		if k < n+4 && expertNouns[toks[k].Lower] {
			return true
		}
		if k > n && strings.Contains(toks[k].Gap, ",") {
			return false
		}
		if expertOrgWords[toks[k].Orig] && k > n+1 && startsUpper(toks[k-1].Orig) {
			return true
		}
	}
	return false
}

// namedBodySource reports whether the source fronted at toks[i] ("According
// to the Caribbean Cyber Security Centre, the three countries will …",
// "Según el Observatorio Regional, …") is a named body of experts, up to
// its comma, naming no country: its report is nobody's, not the holder's
// of the block before. A national body ("According to the National Cyber
// Security Centre, …") speaks for its government and is left out.
func namedBodySource(toks []Token, i, e int, ms []Mention) bool {
	j := i
	if j < e && articles[toks[j].Lower] {
		j++
	}
	org, k := false, j
	for k < e && k < j+8 && (startsUpper(toks[k].Orig) || k > j && nameJoiners[toks[k].Lower]) && (k == j || !strings.Contains(toks[k].Gap, ",")) {
		switch toks[k].Lower {
		case "national", "nacional", "government", "gobierno", "gouvernement", "ministry", "ministerio", "ministère":
			return false
		}
		org = org || expertOrgWords[toks[k].Orig]
		k++
	}
	if !org || k >= e || !strings.Contains(toks[k].Gap, ",") || nameJoiners[toks[k-1].Lower] {
		return false
	}
	for _, m := range ms {
		if m.First >= j && m.First < k {
			return false
		}
	}
	return true
}

// nameJoiners join the capitalised words of a body's name: "Observatorio
// Regional de Ciberseguridad", "Institute for Security Studies".
var nameJoiners = toSet(`of for and de del la du des pour`)

// quoteOwnSubject reports a quoted paragraph (tokens toks) in which the
// speaker speaks in the first person ("“Kenya is ready, and we will
// act,” the minister said", "“My country, Kenya, …”"): its country
// subject may be the speaker's own. Without it, a quotation opening on a
// country is what the speaker says about it.
func quoteOwnSubject(toks []Token) bool {
	for _, t := range toks {
		switch t.Lower {
		case "we", "our", "my", "nosotros", "nuestro", "nuestra", "nuestros", "nuestras", "mi", "nous", "notre", "nos", "mon", "ma":
			return true
		}
	}
	return false
}
