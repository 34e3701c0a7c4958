package corpus

import (
	"regexp"
	"strings"
)

// speakerTitles are the titles a record's speaker label opens with:
// speakerRe's (titleWords), and the abbreviation "Amb." transcripts write.
const speakerTitles = `(?:H\.\s?E\.\s+)?(?:Amb|` + titleAlternation + `)\.?`

// looseLabelRes match the other ways transcripts, minutes and notes label a
// speaker's turn with the country, each with the country in group 1:
//   - square brackets: "Mr. Nguyen [Viet Nam]: …";
//   - a dash after the bracket: "Amb. Popescu (Moldova) – Moldova faced …";
//   - the country first: "Syria (Mr. Haddad): …";
//   - a comma: "H.E. Ambassador Lee, Micronesia: …";
//   - a round table's office in capitals: "VICEMINISTRA (Paraguay): …",
//     "SECRETARIO GENERAL (Guinea Ecuatorial): …", "MINISTRE (Tchad) : …",
//     "PERMANENT SECRETARY (Kenya): …" (esfr25's round table: a short answer
//     went on with the panellist before it). A moderator's or a
//     questioner's label is no such office (see roleLabelOffices).
//
// Unread, such a label left the paragraph in the previous speaker's turn:
// another country's words held by the speaker before it.
var looseLabelRes = []*regexp.Regexp{
	regexp.MustCompile(`^` + speakerTitles + `\s+[^()\[\]:]{1,60}?\s*\[([^\[\]]{2,60})\]\s*(?::|–|—|-\s)`),
	regexp.MustCompile(`^` + speakerTitles + `\s+[^():]{1,60}?\s*\(([^()]{2,60}?(?:\s*\([^()]{1,40}\))?)\)\s*(?:–|—|-\s)`),
	regexp.MustCompile(`^([\p{Lu}][^():\[\]]{1,60}?)\s*\(` + speakerTitles + `\s[^()]{1,60}\)\s*:`),
	regexp.MustCompile(`^` + speakerTitles + `(?:\s+(?:Ambassador|Minister))?\s+[^,:()]{1,40},\s+([^,:()]{2,60}):`),
	roleLabelRe,
}

// roleLabelRe matches an office, one to four words, and the country in
// brackets before the colon: "Director (Bolivia):", as titleLabel writes
// a transcript's "DIRECTOR (Bolivia):". Group 1 is the office, which must
// open with one of roleLabelOffices.
var roleLabelRe = regexp.MustCompile(`^(\p{Lu}[\p{L}-]+(?:\s+(?:\p{Lu}[\p{L}-]+|de|del|du|of|for)){0,3})\s*\(([^()]{2,60})\)\s*:`)

// roleLabelOffices are the offices a round table's label may open with,
// lower-cased: a government's people, never its moderator or a journalist.
var roleLabelOffices = toSet(`minister ministro ministra ministre viceministro viceministra vice-ministre vice-minister deputy
secretary secretario secretaria secrétaire subsecretario subsecretaria canciller vicecanciller director directora directeur
directrice director-general comandante commander commandant commissioner comisionado comisionada commissaire
ambassador embajador embajadora ambassadeur ambassadrice representative representante représentant représentante
delegate delegado delegada délégué déléguée permanent principal jefe jefa head chef`)

// looseLabel reads a speaker's label of looseLabelRes's shapes: the
// country and the label as evidence. Only a label whose country part is a
// country's name and nothing else counts ("Ms. Mansour, Observer of the
// State of Palestine:" is not read).
func (g *Gazetteer) looseLabel(p string) (country, evidence string, ok bool) {
	head := p[:min(len(p), 160)]
	if !labelMark(head) && !strings.Contains(head, " - ") {
		return "", "", false
	}
	for _, re := range looseLabelRes {
		sm := re.FindStringSubmatchIndex(head)
		if sm == nil {
			continue
		}
		name := head[sm[2]:sm[3]]
		if re == roleLabelRe {
			if first, _, _ := strings.Cut(name, " "); !roleLabelOffices[strings.ToLower(first)] {
				continue
			}
			name = head[sm[4]:sm[5]]
		}
		if c, ok := g.Resolve(name); ok && g.namesOnly(name) {
			return c, strings.TrimSpace(head[:sm[1]]), true
		}
	}
	return "", "", false
}

// witnessLabelRe matches a report's list of witnesses, each labelled by
// its role and whom it speaks for, with no article and the words after
// a colon: "Ambassador of the Czech Republic in Windhoek, Ms Jana Novák:
// explained …", "Embajadora de la República de Colombia en Quito, señora
// Laura Restrepo: señaló …", "Representante de la Fundación Libertad
// Digital: advirtió …". Group 1 is whom the role speaks for.
var witnessLabelRe = regexp.MustCompile(`^(?:H\.\s?E\.\s+)?(?:(?:Deputy|Permanent|Vice|Acting)[\s-]+)?(?:Ambassador|Representative|Envoy|Delegate|Spokesperson|Embajador|Embajadora|Representante|Delegado|Delegada|Portavoz|Vocero|Vocera|Ambassadeur|Ambassadrice|Représentant|Représentante|Délégué|Déléguée|Porte-parole)` +
	`\s+(?:of|for|from|de|del|du|d['’])\s*(?:the |la |el |le |les |l['’])?([^,:()]{2,60}?)(?:\s+(?:in|at|en|à|ante|auprès de)\s+[^,:()]{1,40}?)?(?:,\s*[^,:()]{1,60}?)?\s*:\s`)

// witnessFirst are the first words witnessLabelRe can match.
var witnessFirst = toSet(`H Deputy Permanent Vice Acting Ambassador Representative Envoy Delegate Spokesperson Embajador Embajadora
Representante Delegado Delegada Portavoz Vocero Vocera Ambassadeur Ambassadrice Représentant Représentante Délégué Déléguée Porte-parole`)

// witnessLabel reads a witness's label (witnessLabelRe): the country it
// speaks for, or, for an organisation (orgKindWords: "Fundación",
// "Institute"), no country's words at all (nobody: true). Read as no
// label, a foreign ambassador's testimony was held by the country of the
// report's heading, and a foundation's by the witness before it
// (testdata/pages16's 9e6).
func (g *Gazetteer) witnessLabel(p, first string) (country, evidence string, nobody bool) {
	if !witnessFirst[first] {
		return "", "", false
	}
	sm := witnessLabelRe.FindStringSubmatchIndex(p[:min(len(p), 200)])
	if sm == nil {
		return "", "", false
	}
	name := p[sm[2]:sm[3]]
	if c, ok := g.Resolve(name); ok && g.namesOnly(name) {
		return c, strings.TrimSpace(p[:sm[1]]), false
	}
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if orgKindWords[w] {
			return "", "", true
		}
	}
	return "", "", false
}

// reportFrameRe matches a summary's report of a delegation's words at a
// paragraph's start: "The representative of Iran (Islamic Republic of)
// said …", "Speaking next, the delegate of Chile stressed …". Group 1 is
// the country.
var reportFrameRe = regexp.MustCompile(`^(?:Speaking next,\s+|Also speaking,\s+)?[Tt]he (?:representative|representatives|delegate|delegation|observer|permanent representative|ambassador|minister|speaker) (?:of|for) ([^,()]{2,60}?)(?:\s*\([^()]{1,40}\))?,?\s+(?:said|says|stated|states|noted|notes|stressed|stresses|underlined|emphasi[sz]ed|observed|added|argued|recalled|called|urged|expressed|welcomed|highlighted|pointed|affirmed|reaffirmed|reiterated|warned|asked|proposed|supported|opposed|rejected|agreed|disagreed)\b`)

// reportsAnother reports a paragraph inside a speaker's turn that opens
// with a summary's report of another country's words ("The representative
// of Iran said …"): the turn has ended, and the paragraph is not the
// speaker's. A speaker quoting another delegation ("As the representative
// of Iran said yesterday, …") does not open with the frame.
func (g *Gazetteer) reportsAnother(p, speaker string) bool {
	if len(p) < 20 || p[0] != 'T' && p[0] != 't' && p[0] != 'S' && p[0] != 'A' {
		return false
	}
	sm := reportFrameRe.FindStringSubmatchIndex(p)
	if sm == nil {
		return false
	}
	c, ok := g.Resolve(p[sm[2]:sm[3]])
	return ok && c != speaker
}

// afterName returns the punctuation between a country's mention and the
// word after it, less the bracket that closes the mention's own UN
// qualifier: in "Bolivia (Plurinational State of) supported …" and "The
// representative of Iran (Islamic Republic of) said …" the name runs to
// "of", and ")" is part of it, not an insertion's end. Read as one, the
// sentence had no subject and the paragraph went to the previous holder:
// another country's words.
func afterName(toks []Token, m Mention, gap string) string {
	if (gap == "." || gap == ".,") && m.Last+1 < len(toks) && isLowerWord(toks[m.Last+1].Orig) {
		return gap[1:] // "Dom. Rep. said": the abbreviation's dot (see nameSentenceEnd)
	}
	if gap == "" || gap[0] != ')' {
		return gap
	}
	for k := m.First + 1; k <= m.Last; k++ {
		if strings.Contains(toks[k].Gap, "(") {
			return strings.TrimLeft(gap[1:], " ")
		}
	}
	return gap
}

// opensWithOther reports a paragraph whose first words name a country other
// than prev ("Antigua & Barbuda stressed …", "The Co-operative Republic of
// Guyana noted …"). When no sentence subject was found in it, it is kept
// by nobody rather than by the previous paragraph's holder: a paragraph
// that opens with another country's name is that country's or a report
// about it, never the previous holder's words.
func (g *Gazetteer) opensWithOther(p, prev string) bool {
	head := p[:min(len(p), 120)]
	toks := getTokens(head)
	defer putTokens(toks)
	if len(toks) > 12 {
		toks = toks[:12]
	}
	ms := g.Find(toks, false, nil)
	if len(ms) == 0 {
		ms = g.findText(toks, true) // "Au Brésil, le débat …"
	}
	if len(ms) == 0 {
		return false
	}
	m := ms[0]
	if m.Country == prev || m.How == ByDemonym || m.First > 6 || m.Last+1 >= len(toks) {
		return false
	}
	if first := toks[0].Lower; inPlaceWords[first] && m.First <= 2 &&
		(m.First == 1 || articles[toks[1].Lower]) && toks[m.Last+1].Gap == "," {
		// "In Brazil, the debate focused on a treaty": what happens in
		// another country, not the previous holder's view.
		return true
	}
	if next := toks[m.Last+1]; !toks[m.Last].Poss && !verbLike(next) && next.Gap != "&" {
		return false // "The Jordan Times reported": a newspaper, not Jordan
	}
	// Only the words of a formal name may come first: "The Co-operative
	// Republic of Guyana", "The Kingdom of", not "Cooperation with Kenya".
	for _, t := range toks[:m.First] {
		if t.Gap == "-" {
			continue // "Co-operative"
		}
		if !startsUpper(t.Orig) && t.Lower != "of" && t.Lower != "the" || t.Gap != "" {
			return false
		}
	}
	return true
}

// reportsAfter reports a mention followed at once by a verb of reporting
// ("At the meeting Brazil said …", "In its statement on Tuesday Kenya
// called …"): the country is the subject even after a fronted phrase no
// comma closes, which the lower-case word before it otherwise makes a
// modifier ("new US sanctions").
func reportsAfter(toks []Token, m Mention) bool {
	next := m.Last + 1
	return next < len(toks) && !toks[m.Last].Poss && toks[next].Gap == "" && reportVerbs[toks[next].Lower]
}

// reportVerbsEN and reportVerbsES are the verbs of reporting, in the past
// tense a summary writes; reportVerbs holds both, and reportVerbRe and
// reportVerbESFRRe are their alternations for expressions.
const (
	reportVerbsEN = `said stated stressed noted argued called urged emphasised emphasized underlined recalled warned
proposed announced declared affirmed reaffirmed reiterated insisted maintained observed explained highlighted welcomed
expressed rejected opposed supported suggested added asserted contended cautioned`
	reportVerbsES = `dijo declaró señaló subrayó afirmó destacó indicó expresó manifestó sostuvo propuso pidió instó rechazó apoyó`
)

// reportVerbs are the words reportsAfter takes as a subject's verb.
var reportVerbs = toSet(reportVerbsEN + " " + reportVerbsES)

// speakingForRes match a report naming the country a person speaks for,
// with the country in group 1: "Speaking for Kenya, Ms. Otieno said …",
// "Ms. Otieno, speaking for Kenya, said …", "The Permanent Representative
// of Kenya to the United Nations said …", "A Kenyan diplomat said …". The
// sentence's subject is a person, so no country acted in it, and the
// paragraph went to the previous holder: Kenya's words held by another.
var speakingForRes = []*regexp.Regexp{
	regexp.MustCompile(`^(?:Speaking|Intervening|Taking the floor)\s+(?:for|on behalf of)\s+([^,]{2,60}),\s+[^,]{1,60}?\s+` + reportVerbRe),
	regexp.MustCompile(`^[\p{Lu}][^,]{1,60},\s+(?:speaking|intervening)\s+(?:for|on behalf of)\s+([^,]{2,60}),\s+` + reportVerbRe),
	regexp.MustCompile(`^(?:The|the)\s+(?:Permanent Representative|Deputy Permanent Representative|Ambassador|[Rr]epresentative|[Dd]elegate|[Hh]ead of (?:the )?[Dd]elegation|Minister[^,]{0,40}?)\s+of\s+((?:the\s+)?[\p{Lu}][^,]{1,50}?)\s+(?:to|at|in)\s+(?:the\s+)?[\p{Lu}][^,]{1,60}?\s+` + reportVerbRe),
	regexp.MustCompile(`^(?:A|An|One|Another)\s+([\p{Lu}][\p{L}-]{2,30})\s+(?:diplomat|official|delegate|representative|negotiator|envoy|minister|ambassador|spokesperson|spokesman|spokeswoman)s?\s+` + reportVerbRe),
	// "H.E. Mr. Kwame Mensah, Minister for Communications of Ghana,
	// stressed …": a title's country after its last "of".
	regexp.MustCompile(`^` + speakerTitles + `\s+[^,]{1,60},\s+[^,]{0,60}(?:Minister|Ambassador|Representative|Secretary|Director|Head|Chief|Envoy|Commissioner|Adviser|Advisor)[^,]{0,60}\s(?:of|for)\s+((?:the\s+)?[\p{Lu}][^,]{1,50}),\s+` + reportVerbRe),
	// Spanish and French: "Hablando en nombre de Kenia, la Sra. Otieno
	// dijo …", "S'exprimant au nom du Kenya, Mme Otieno a déclaré …", "El
	// Representante Permanente de Kenia ante las Naciones Unidas dijo …",
	// "Le Représentant permanent du Kenya auprès des Nations Unies a
	// déclaré …", "Un diplomático keniano dijo …", "Un diplomate kényan a
	// déclaré …".
	regexp.MustCompile(`^(?:Hablando|Interviniendo|Tomando la palabra)\s+en\s+nombre\s+del?\s+([^,]{2,60}),\s+[^,]{1,60}?\s+` + reportVerbESFRRe),
	regexp.MustCompile(`^(?:S['’]exprimant|Intervenant|Prenant la parole)\s+au\s+nom\s+(?:du|de la|de l['’]|des|de|d['’])\s*([^,]{2,60}),\s+[^,]{1,60}?\s+` + reportVerbESFRRe),
	regexp.MustCompile(`^(?:El|La)\s+(?:Representante Permanente|[Rr]epresentante|[Ee]mbajador|[Ee]mbajadora|[Dd]elegad[oa]|[Jj]ef[ea] de (?:la )?[Dd]elegación)\s+del?\s+((?:la\s+|el\s+)?[\p{Lu}][^,]{1,50}?)\s+(?:ante|en)\s+[^,]{1,60}?\s+` + reportVerbESFRRe),
	regexp.MustCompile(`^(?:Le|La)\s+(?:Représentant(?:e)? permanent(?:e)?|[Rr]eprésentant(?:e)?|[Aa]mbassadeur|[Aa]mbassadrice|[Dd]élégué(?:e)?|[Cc]hef de (?:la )?[Dd]élégation)\s+(?:du|de la|de l['’]|des|de|d['’])\s*([\p{Lu}][^,]{1,50}?)\s+(?:auprès|à|aux?)\s+[^,]{1,60}?\s+` + reportVerbESFRRe),
	// "Also stressing the vulnerability of small island nations was the
	// representative of Tuvalu, who said …": the subject after a fronted
	// participle and "was", which the paragraph's "Also" made a
	// continuation of the speaker before (pages19's 9h5, Tuvalu's words
	// held by Nauru).
	regexp.MustCompile(`^(?:Also\s+|Likewise\s+|Similarly\s+)?[\p{Lu}]?[\p{Ll}]+ing\s[^.;:]{1,160}?\s(?:was|were)\s+(?:the\s+)?(?:[Pp]ermanent\s+)?(?:[Rr]epresentative|[Dd]elegate|[Ss]peaker|[Aa]mbassador|[Mm]inister|[Dd]elegation|[Hh]ead of (?:the )?[Dd]elegation)s?\s+(?:of|for)\s+((?:the\s+)?[\p{Lu}][^,.;]{1,50}?)(?:,|\s+who\b)`),
	// "Also in exercise of the right of reply, the representative of
	// Azerbaijan responded …", "También en ejercicio del derecho de
	// respuesta, la representante de Azerbaiyán respondió …", "Également
	// dans l'exercice du droit de réponse, la représentante de
	// l'Azerbaïdjan a répondu …": the speaker after a fronted phrase, which
	// the paragraph's "Also" made a continuation of the speaker before
	// (pages20's 9ic, Azerbaijan's reply held by Armenia).
	regexp.MustCompile(`^(?:Also|Likewise|Similarly)\s+(?:in|on|at|during|under|exercising|speaking)\b[^.;:]{1,120}?,\s+(?:the\s+)?(?:[Pp]ermanent\s+)?(?:[Rr]epresentative|[Dd]elegate|[Ss]peaker|[Aa]mbassador|[Mm]inister|[Dd]elegation|[Oo]bserver)s?\s+(?:of|for|from)\s+((?:the\s+)?[\p{Lu}][^,.;]{1,50}?)(?:,|\s+[\p{Ll}]+(?:ed|s)\b)`),
	regexp.MustCompile(`^(?:También|Tambien|Asimismo|Igualmente)\s+(?:en|al|durante|a)\s[^.;:]{1,120}?,\s+(?:el|la)\s+(?:[Rr]epresentante|[Dd]elegad[oa]|[Ee]mbajador|[Ee]mbajadora|[Mm]inistr[oa]|[Oo]bservador[a]?)(?:\s+[Pp]ermanente)?\s+(?:del?|de la|de los)\s+((?:la\s+|el\s+)?[\p{Lu}][^,.;]{1,50}?)(?:,|\s+(?:[\p{Ll}]+(?:ó|aron)|dijo|dijeron|hizo|propuso|sostuvo|expuso|mantuvo)(?:\s|,|$))`),
	regexp.MustCompile(`^(?:Également|Egalement|Aussi|De même)\s+(?:dans|lors|en|au|à)\b[^.;:]{1,120}?,\s+(?:le|la)\s+(?:[Rr]eprésentante?|[Dd]éléguée?|[Aa]mbassadeur|[Aa]mbassadrice|[Mm]inistre|[Oo]bservat(?:eur|rice))(?:\s+permanente?)?\s+(?:du|de la|de l['’]|des|de|d['’])\s*([\p{Lu}][^,.;]{1,50}?)(?:,|\s+(?:a|ont)\s+(?:[\p{Ll}]+é|dit|soutenu|fait|pris)\b)`),
	// "También destacó la importancia de … el representante del Paraguay,
	// quien pidió …", "Intervino asimismo la delegada de Bolivia, que
	// defendió …": Spanish puts the speaker after the verb, and the
	// paragraph went on with the speaker before.
	regexp.MustCompile(`^(?:(?:También|Asimismo|Además|Igualmente),?\s+)?(?:[\p{Ll}]+\s+)?(?i:destacó|intervino|subrayó|señaló|afirmó|recordó|insistió|advirtió|pidió|tomó la palabra|hizo uso de la palabra|se refirió)(?:\s|,)[^.;:]{0,160}?\b(?:el|la)\s+(?:[Rr]epresentante|[Dd]elegad[oa]|[Ee]mbajador|[Ee]mbajadora|[Mm]inistr[oa]|[Jj]ef[ea] de (?:la )?[Dd]elegación)(?:\s+[Pp]ermanente)?\s+(?:del?|de la|de los)\s+((?:la\s+|el\s+)?[\p{Lu}][^,.;]{1,50}?)(?:,|\s+(?:quien|que)\b)`),
	// "Est également intervenu le représentant du Bénin, qui a plaidé
	// …", "A aussi pris la parole la déléguée du Togo, qui …".
	regexp.MustCompile(`^(?:(?:Est|Sont)\s+(?:également\s+|aussi\s+|ensuite\s+)?intervenu(?:e|s|es)?|(?:A|Ont)\s+(?:également\s+|aussi\s+|ensuite\s+)?pris\s+la\s+parole)\s+(?:le|la|les)\s+(?:[Rr]eprésentante?|[Dd]éléguée?|[Aa]mbassadeur|[Aa]mbassadrice|[Mm]inistre|[Cc]hef de (?:la )?[Dd]élégation)s?(?:\s+permanente?)?\s+(?:du|de la|de l['’]|des|de|d['’])\s*([\p{Lu}][^,.;]{1,50}?)(?:,|\s+qui\s)`),
	regexp.MustCompile(`^(?:Un|Una|Une)\s+(?:diplomático|diplomática|funcionario|funcionaria|delegado|delegada|representante|negociador|negociadora|diplomate|responsable|délégué|déléguée|représentant|représentante|négociateur|négociatrice)\s+([\p{L}-]{3,30})\s+` + reportVerbESFRRe),
}

// reportVerbESFRRe is reportVerbsES and the French passé composé as an
// expression's alternation, ending at a space, the text's end or a comma.
var reportVerbESFRRe = `(?:` + alternation(reportVerbsES) + `|a déclaré|a dit|a souligné|a affirmé|a indiqué|a estimé|a rappelé|a appelé|a plaidé|a insisté|a proposé|a rejeté|a soutenu|a exprimé)(?:\s|$|[,.])`

// reportVerbRe is reportVerbsEN as an expression's alternation, and "told".
var reportVerbRe = `(?:` + alternation(reportVerbsEN) + `|told)\b`

// alternation joins a list of words with "|".
func alternation(words string) string { return strings.Join(strings.Fields(words), "|") }

// speakingFor returns the country a person in speakingForRes's shapes
// speaks for, and the words that say so; "" when none, or when the words
// name more than one country or a group.
func (g *Gazetteer) speakingFor(p string) (country, evidence string) {
	head := p[:min(len(p), 240)]
	switch head[0] {
	case 'S', 'T', 't', 'A', 'O', 'H', 'I', 'E', 'L', 'U', 'P', 'M', 'D', 0xC3: // 0xC3 opens an accented capital
	default:
		// (" was the ", " were the ": a speaker after a fronted
		// participle, "Joining the debate was the delegate of Ghana".)
		if !strings.Contains(head, "speaking for") && !strings.Contains(head, "speaking on behalf of") &&
			!strings.Contains(head, " was the ") && !strings.Contains(head, " were the ") {
			return "", ""
		}
	}
	for _, re := range speakingForRes {
		sm := re.FindStringSubmatchIndex(head)
		if sm == nil {
			continue
		}
		name := head[sm[2]:sm[3]]
		if c, ok := g.fullOfName(head, sm[2], sm[3]); ok {
			return c, clip(head[:sm[1]], 60)
		}
		if c, ok := g.Resolve(name); ok && (g.namesOnly(name) || !strings.Contains(name, " ")) {
			return c, clip(head[:sm[1]], 60)
		}
	}
	return "", ""
}

// fullOfName reads the country of a title whose name has an "of" of its
// own: the title's country runs from its last "of" (or "for"), and
// "Permanent Representative of the Democratic Republic of the Congo" or
// "of the Democratic People's Republic of Korea" cut there named the
// Congo or (South) Korea. It returns the country of the longest name that
// ends at end and starts after an earlier "of"/"for" within the title.
func (g *Gazetteer) fullOfName(head string, start, end int) (string, bool) {
	from := max(0, start-60)
	for k := from; k < start; k++ {
		rest := head[k:start]
		var n int
		switch {
		case strings.HasPrefix(rest, " of "):
			n = 4
		case strings.HasPrefix(rest, " for "):
			n = 5
		default:
			continue
		}
		if k+n >= start {
			break
		}
		cand := head[k+n : end]
		if strings.ContainsAny(cand, ",;:") {
			continue
		}
		if c, ok := g.Resolve(cand); ok && g.namesOnly(cand) {
			return c, true
		}
	}
	return "", false
}

// inPlaceWords open a fronted place: "In Brazil,", "En el Brasil,", "Au
// Brésil,", "Dans le cas du Kenya" is none (no comma right after).
var inPlaceWords = toSet(`in within across en au aux dans`)

// skipQualifier reads a UN qualifier in brackets that starts at toks[next]
// ("(República Bolivariana de)", "(Islamic Republic of)") after a
// country's name the gazetteer read without it: it returns the token after
// the bracket and the punctuation before that token, less the bracket.
func skipQualifier(toks []Token, next, e int) (int, string, bool) {
	for k := next; k < e && k < next+5; k++ {
		if !qualifierWords[toks[k].Lower] {
			return 0, "", false
		}
		if k+1 < e && strings.HasPrefix(toks[k+1].Gap, ")") {
			return k + 1, strings.TrimLeft(toks[k+1].Gap[1:], " "), true
		}
	}
	return 0, "", false
}

// qualifierWords make up the qualifiers the UN writes after a country's
// short name, in English, Spanish and French.
var qualifierWords = toSet(`islamic republic plurinational state states federated bolivarian of the
república estado estados plurinacional bolivariana islámica federados de del
république état états plurinational bolivarienne islamique fédérés d`)
