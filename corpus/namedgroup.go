package corpus

import (
	"regexp"
	"strings"
)

// namedGroupRe matches a summary's paragraph that opens with delegations
// it names as a group and the verb they share: "Several delegations,
// including Lesotho and Eswatini, stressed …", "Two States (Kenya,
// Ghana) said …", "Varias delegaciones, entre ellas Chile y el Perú,
// subrayaron …", "Plusieurs délégations, dont le Niger et le Tchad, ont
// souligné …". Group 1 is the list of names, group 2 the word after it.
var namedGroupRe = regexp.MustCompile(`^(?:Others|Otros|Otras|D'autres|D’autres|(?:Some|Several|Many|Most|Other|Certain|Numerous|Two|Three|Four|Five|A few|A number of|A group of|A majority of|A large number of)\s+(?:other\s+|non-Council\s+|Council\s+)?(?:delegations|States|states|Member States|countries|speakers|participants|members)|(?:Algunas|Varias|Muchas|Otras|Numerosas|Ciertas|Dos|Tres|Cuatro)\s+(?:delegaciones|Estados|pa[ií]ses)|(?:Certaines|Plusieurs|De nombreuses|Quelques|D'autres|D’autres|Deux|Trois|Quatre)\s+(?:d[ée]l[ée]gations|[ÉE]tats|pays))\s*(?:,|\()\s*(?:(?:including|among them|amongst them|notably|such as|in particular|namely|led by|incluidas|incluidos|entre (?:ellas|ellos|otras|otros)|como|en particular|notamment|dont|parmi lesquelles|parmi lesquels|comme)\s+)?([^;:.()]{2,300}?)\s*[,)]\s*(\p{Ll}+)`)

// listJoins may stand between the names of a group's list: "Lesotho and
// Eswatini", "Chile y el Perú", "le Niger et le Tchad".
var listJoins = toSet(`and the y e el la los las et le les l d du des de del`)

// namedGroup returns the countries a paragraph opening with a named group
// of delegations lists (see namedGroupRe), each of which holds the
// paragraph, and the opening as evidence. When the list holds anything but
// country names ("Several delegations, notably small island States,
// stressed") the group is unnamed: no countries, and anonymous is set, so
// the paragraph is nobody's rather than the previous paragraph's holder's.
// No verb after the list ("Several delegations, however, stressed" is
// anonymousRe's) returns nothing.
func (g *Gazetteer) namedGroup(p string) (countries []string, evidence string, anonymous bool) {
	if !anonymousOpening(p) {
		return nil, "", false // most paragraphs: one word looked up, no expression run
	}
	sm := namedGroupRe.FindStringSubmatchIndex(p)
	if sm == nil {
		return nil, "", false
	}
	if w := p[sm[4]:sm[5]]; notVerb[w] || anonymousNotVerb[w] {
		return nil, "", false
	}
	if out := g.countryList(p[sm[2]:sm[3]]); len(out) > 0 {
		return out, clip(p[:sm[3]], 60), false
	}
	return nil, "", true
}

// coordJoins may stand between the countries of a coordinate subject:
// "Brazil and India", "Colombia y el Ecuador", "le Niger et le Tchad";
// andJoins must stand before its last one.
var (
	coordJoins = toSet(`and y e et nor ni the el la los las le les l`)
	andJoins   = toSet(`and y e et nor ni`)
	// bothWords may open a coordinate subject: "Both Argentina and Uruguay".
	bothWords = toSet(`both ambos ambas tanto neither ni`)
)

// coordinateSubject returns the countries of a list that opens the
// sentence toks[:e] as its subject, with the list as evidence: "Brazil and
// India argued …", "Ghana, Nigeria and Senegal jointly proposed …",
// "Colombia y el Ecuador acordaron …", "Le Niger et le Tchad ont appelé
// …". Each of them holds the paragraph, where the first sentence has no
// one country as its subject. A list that a comma or a preposition
// follows ("Brazil and India, for their part,", "Brazil and India in
// the Group of 77") is no subject here.
func coordinateSubject(p string, toks []Token, ms []Mention, e int) ([]string, string) {
	list, last := coordinateList(toks, ms, e)
	if len(list) < 2 {
		return nil, ""
	}
	next := last.Last + 1
	if next >= e || toks[next].Gap != "" {
		return nil, ""
	}
	if afterTime(toks, next, e) == 0 && !verbLike(toks[next]) {
		return nil, ""
	}
	return list, clip(p[toks[0].Start:toks[next].End], 60)
}

// coordinateReading reads a list of countries that opens the sentence
// toks[:e] as coordinateSubject does, and two shapes it leaves out. An
// insertion between the list and its verb ("La France et le Sénégal,
// invités à la réunion, ont présenté …", "Brazil and India, for their
// part, argued …") still makes each of them hold the paragraph: read as
// no subject, it went to the previous paragraph's country, which had not
// said it. A passive of what others say of them ("China and Singapore
// were cited by officials as models", see passive.go) makes none of them
// hold it: passive is true, and the list is nil, or the one country the
// passive names as its agent ("… were criticised by Albania"), whose
// words it then is.
func coordinateReading(p string, toks []Token, ms []Mention, e int) (list []string, ev string, passive bool) {
	list, last := coordinateList(toks, ms, e)
	if len(list) < 2 {
		return nil, "", false
	}
	next := last.Last + 1
	if next >= e {
		return nil, "", false
	}
	verb := next
	if gap := toks[next].Gap; gap == "," && !startsUpper(toks[next].Orig) {
		v, ok := insertionVerb(toks, next, e, ",")
		if !ok {
			return nil, "", false
		}
		verb = v
	} else if gap != "" || afterTime(toks, next, e) == 0 && !verbLike(toks[next]) {
		return nil, "", false
	}
	if agent, ok := passiveAfter(toks, verb, e, ms); ok {
		if agent.Country == "" {
			return nil, "", true
		}
		return []string{agent.Country}, clip(p[toks[0].Start:toks[agent.Last].End], 60), true
	}
	return list, clip(p[toks[0].Start:toks[verb].End], 60), false
}

// governmentsOf are the plural nouns that name several countries through
// their governments or envoys before "of" ("de", "des") and a list.
// Delegations are left out: "Las delegaciones de Colombia y Bolivia
// fueron recibidas por el Presidente" tells what was done to them, read as
// before (TestTitleCaseDatelineJoint).
var governmentsOf = toSet(`governments authorities gobiernos autoridades gouvernements autorités`)

// governmentsJoin join governmentsOf to the list.
var governmentsJoin = toSet(`of de des del`)

// coordinateList returns the countries of a list joined by "and" ("y",
// "et") that opens the sentence toks[:e], and its last mention; nil when
// the sentence opens otherwise.
func coordinateList(toks []Token, ms []Mention, e int) ([]string, Mention) {
	if len(ms) < 2 || e > len(toks) {
		return nil, Mention{}
	}
	i := readoutDatelineEnd(toks, e) // "JUBA —", and "Bogotá, 22 de octubre de 2025 –" (esfr21's 703)
	if i < e && bothWords[toks[i].Lower] {
		i++
	}
	art := i
	if i < e && articles[toks[i].Lower] {
		i++
	}
	if i+1 < e && governmentsOf[toks[i].Lower] && governmentsJoin[toks[i+1].Lower] {
		// "Los gobiernos de Bolivia y Perú firmaron …", "The governments
		// of Chile and Peru agreed …": each government's country (esfr23's
		// 833 was Bolivia's alone, the later mention).
		i += 2
	}
	if ms[0].First != i && ms[0].First != art || ms[0].How == ByDemonym {
		// (A name that holds its article, "les Comores", starts at it.)
		return nil, Mention{}
	}
	list := []string{ms[0].Country}
	last, and := ms[0], false
	for _, m := range ms[1:] {
		if m.First >= e || m.How == ByDemonym {
			break
		}
		joined, comma := false, strings.Contains(toks[last.Last+1].Gap, ",")
		ok := m.First > last.Last+1 || comma
		for t := last.Last + 1; t < m.First && ok; t++ {
			w := strings.TrimRight(toks[t].Lower, "'’")
			ok = coordJoins[w] && (t == last.Last+1 || !strings.Contains(toks[t].Gap, ","))
			joined = joined || andJoins[w]
		}
		if !ok {
			break
		}
		if !contains(list, m.Country) {
			list = append(list, m.Country)
		}
		last, and = m, joined
	}
	if len(list) < 2 || !and {
		return nil, Mention{}
	}
	return list, last
}

// datelineEnd returns where a news dateline ("JUBA, 12 February 2025 —",
// "KAMPALA —", "SANTIAGO, May 3 (Reuters) -") that opens the sentence
// toks[:e] ends, or 0 without one: a place in capitals, a date and an
// agency at most, then a dash or a spaced hyphen.
func datelineEnd(toks []Token, e int) int {
	if i := dateLabelEnd(toks, e); i > 0 {
		return i
	}
	if e == 0 || len(toks[0].Orig) < 3 || toks[0].Orig != strings.ToUpper(toks[0].Orig) || !letters(toks[0].Lower) {
		return 0
	}
	for i := 1; i < e && i <= 8; i++ {
		// A wire's spaced hyphen ends it too: "SANTIAGO, May 3 (Reuters) -
		// Chile and Peru agreed" (TestWireDatelineHyphen).
		if g := toks[i].Gap; strings.ContainsAny(g, "—–") || spacedHyphen(g, toks[i].Start-toks[i-1].End) {
			return i
		}
	}
	return 0
}

// groupSubject is the subject of the sentence toks[s:e] (countries ms)
// when no one country is: a list of countries ("Kazakhstan and Kyrgyzstan
// supported …"), delegations a summary names as a group ("Others, notably
// Switzerland, cautioned …"), or delegations it leaves unnamed ("Other
// delegations opposed it"). It keys the subject as a paragraph cut reads
// it (see splitAt): "\x00" and the countries, "\x00-" for the unnamed,
// "" for none. Each is strong: a summary's paragraph that quotes several
// of them in turn is cut before each ("X and Y supported A, while Z
// opposed B."), so that none holds another's words and none is lost as a
// framing sentence. opening is the first sentence's named or unnamed group,
// which the caller has read already (same keys).
func (g *Gazetteer) groupSubject(p string, toks []Token, s, e int, ms []Mention, opening string) (string, bool) {
	if s > 0 && anonymousOpening(p[toks[s].Start:]) {
		// (The first sentence's named group is read for the paragraph,
		// below.)
		sent := p[toks[s].Start:]
		if e < len(toks) {
			sent = p[toks[s].Start:toks[e].Start]
		}
		named, _, anon := g.namedGroup(sent)
		switch {
		case len(named) > 0:
			return "\x00" + strings.Join(named, "\x00"), true
		case anon || thirdPartyOpens(sent):
			return "\x00-", true
		}
	}
	if s == 0 && opening != "" {
		return opening, true // the paragraph's own opening, read once by the caller
	}
	n := 0
	for _, m := range ms {
		if m.How != ByDemonym {
			n++
		}
	}
	if n < 2 {
		return "", false
	}
	if coord, _ := coordinateSubject(p, toks[s:e], shiftMentions(ms, s), e-s); len(coord) > 1 {
		return "\x00" + strings.Join(coord, "\x00"), true
	}
	return "", false
}

// shiftMentions returns ms with token positions relative to token s.
func shiftMentions(ms []Mention, s int) []Mention {
	if s == 0 {
		return ms
	}
	out := make([]Mention, len(ms))
	for i, m := range ms {
		m.First -= s
		m.Last -= s
		out[i] = m
	}
	return out
}

// dateLabelEnd returns where a timeline's date label ("October 2023 —",
// "2022 —", "12 March 2024 –") that opens the sentence toks[:e] ends, or
// 0 without one: at most four words of a date, then a dash. "October 2023
// — Kiribati and Tuvalu deliver a joint statement" is the two countries'
// (TestDateLabels).
func dateLabelEnd(toks []Token, e int) int {
	if e == 0 || !dateWord(toks[0].Lower) {
		return 0
	}
	for i := 1; i < e && i <= 4; i++ {
		if strings.ContainsAny(toks[i].Gap, "—–") {
			return i
		}
		if !dateWord(toks[i].Lower) {
			return 0
		}
	}
	return 0
}

// spacedHyphen reports a gap (spaces removed) of width bytes that is a
// hyphen with spaces around it ("SANTIAGO - Chile", "(Reuters) - Chile"),
// not one that joins two words ("NATO-led").
func spacedHyphen(gap string, width int) bool {
	if !strings.HasSuffix(gap, "-") || width <= len(gap) {
		return false
	}
	g := strings.TrimRight(gap, "-")
	if len(gap)-len(g) > 2 {
		return false
	}
	g = strings.TrimRight(g, " ")
	return g == "" || g[len(g)-1] == ')'
}

// dateWord reports a month's name or a day's or year's number.
func dateWord(w string) bool {
	if w == "" || len(w) > 4 && !timeWords[w] {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		for i := 0; i < len(w); i++ {
			if w[i] < '0' || w[i] > '9' {
				return false
			}
		}
		return true
	}
	switch w {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december":
		return true
	}
	return false
}
