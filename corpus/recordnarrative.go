package corpus

import (
	"bytes"
	"regexp"
	"strings"
)

// A record's own narrative, which no country says, on page shapes the
// label rules do not see (TestPages6Corpus): a recorded vote's result with
// the States against in brackets ("adopted by a recorded vote of 158 in
// favour to 6 against (Belarus, …)", "por 158 votos a favor, 6 en contra
// (…)", "par 158 voix pour, 6 voix contre (…)"), which read the first
// State against as its holder; a presiding officer's call in live captions ("I now give the floor to
// Libya.", "Thank you, Libya. Next on my list is the Holy See."), which
// went on the country it calls or thanks; an email's separator before a
// quoted message ("-----Original Message-----", "On 4 March, X wrote:"),
// which ran the reply's holder on into the quoted sender's words; a wiki's
// "^" references; a parliament's written question ("To ask His Majesty's
// Government what assessment …"), which read the country it asks about as
// its subject. Each is
// labelChair: nobody's, and the block before it ends.

// recordNarrative reports whether p (with phraseCues cues) is such a paragraph. Byte checks on
// the first word or a short paragraph come first: the expressions run on
// few paragraphs of a load.
func (g *Gazetteer) recordNarrative(p string, cues cueSet) bool {
	if voteResult(p) || raisedByMany(p, cues) {
		return true
	}
	first, _ := leadWord(p)
	if p[0] == '^' && len(p) > 2 && p[1] == ' ' {
		return true // a wiki's reference: "^ Statement of Djibouti at the OEWG, 8 March 2024."
	}
	switch first {
	case "To":
		// A parliament's written question: "To ask His Majesty's
		// Government what assessment they have made of …".
		return strings.HasPrefix(p, "To ask His Majesty") || strings.HasPrefix(p, "To ask Her Majesty") ||
			strings.HasPrefix(p, "To ask the Government") || strings.HasPrefix(p, "To ask the Secretary of State")
	case "Speaker":
		// An automatic transcript's "Speaker 1 (00:00:41):": the host's
		// and the guest's turns are told apart by nothing a reader can
		// check, so neither is a country's, nor the block before's.
		return anonSpeakerRe.MatchString(p)
	case "At", "Al", "À", "A", "Au":
		if frontedChairNarrates(p) {
			return true
		} // (else on to the checks below: "A spokesperson for … declined to comment.")
	case "None", "Ninguno", "Ninguna", "Aucun", "Aucune":
		// "None of the three States has yet taken part in …", "Ninguno de
		// los países …", "Aucun des trois États …": what no State did is
		// no State's words; an analysis's closing remark went on with the
		// last country it covered (testdata/pages12's 993).
		if noneOfStatesRe.MatchString(p) {
			return true
		}
	case "Neither", "Ni":
		// "Neither the ministry nor the embassy responded to requests for
		// comment.", "Ni la entidad … ni el Gobierno del Brasil
		// respondieron …", "Ni Dakar ni Bamako n'ont réagi": a news
		// story's note that nobody answered, which read the last party it
		// names as the holder (testdata/pages12's 994).
		if len(p) <= 300 && !sentenceInside([]byte(p)) && noAnswerRe.MatchString(p) {
			return true
		}
	case "The", "Les", "Los", "Las", "Participants", "Delegations", "Delegates", "Ministers", "Participantes":
		// "Les ministres ont remercié le Gabon pour son hospitalité.",
		// "Participants thanked Ghana for hosting the workshop", "Los
		// ministros agradecieron a Panamá su hospitalidad": the meeting's
		// thanks to its host are nobody's position; block order gave them
		// to the country of the paragraph before (esfr23's 842).
		if len(p) <= 200 && (strings.Contains(p, "hank") || strings.Contains(p, "emerci") || strings.Contains(p, "gradec")) &&
			!sentenceInside([]byte(p)) && hostThanksRe.MatchString(p) {
			return true
		}
	case "-----Original", "-----Forwarded", "----------":
		return strings.HasPrefix(p, "-----Original Message") || strings.HasPrefix(p, "-----Forwarded") ||
			strings.HasPrefix(p, "---------- Forwarded")
	case "On", "El", "Le":
		// "On Wed, 4 Mar 2026 at 11:05, Mission of Burundi <…> wrote:"
		if k := strings.Index(p[:min(len(p), 240)], " wrote:"); k > 0 {
			return true
		}
		if k := strings.Index(p[:min(len(p), 240)], " escribió:"); k > 0 {
			return true
		}
		if k := strings.Index(p[:min(len(p), 240)], " a écrit :"); k > 0 {
			return true
		}
	}
	if len(p) <= 240 && (strings.Contains(p, "ive the floor to ") || strings.Contains(p, "iving the floor to ") ||
		strings.Contains(p, "on my list") || strings.Contains(p, "next speaker") || strings.Contains(p, "concludes our list") ||
		strings.Contains(p, "concludes the list")) {
		return true // the Chair's call: "I now give the floor to Libya."
	}
	if first == "Thank" && strings.HasPrefix(p, "Thank you,") || first == "I" && strings.HasPrefix(p, "I thank ") {
		// The Chair thanking the delegation that spoke ("Thank you,
		// Libya.", "I thank the Holy See."): a delegation thanks the Chair.
		if sm := thanksCountryRe.FindStringSubmatch(p); sm != nil {
			if _, ok := g.Resolve(sm[1]); ok && g.namesOnly(sm[1]) {
				return true
			}
		}
	}
	if twoPartiesOpening(p) && twoPartiesBackground(p) {
		return true // "The two countries fought a border war in 2021" (see bothsides.go)
	}
	return p[0] >= 'A' && p[0] <= 'Z' && g.absenceOpens(p) // "Uzbekistan did not take the floor." (see absent.go)
}

// hostThanksRe matches a meeting's participants thanking its host (see
// recordNarrative): a collective subject, the thanks, and the host's
// hospitality, welcome or hosting.
var hostThanksRe = regexp.MustCompile(`^(?:The |Les |Los |Las )?(?:participants|ministers|delegations|delegates|heads of delegation|ministres|délégations|délégués|chefs de délégation|participantes|ministros|delegaciones|delegados|jefes de delegación)\s+` +
	`(?:(?:also|ont également|ont aussi|también)\s+)?(?:thanked|thank|ont remercié|remercient|agradecieron|agradecen)\s+.{2,80}?\s*` +
	`(?:for (?:its|their|his|her) (?:hospitality|warm welcome|welcome)|for hosting|pour (?:son|sa|leur) (?:hospitalité|accueil|chaleureux accueil)|pour avoir accueilli|por (?:su|sus) (?:hospitalidad|acogida|cálida acogida)|su (?:hospitalidad|acogida|cálida acogida)|por (?:haber )?(?:acogido|organizado))`)

// anonSpeakerRe matches a numbered speaker's label, with the time after it
// or not.
var anonSpeakerRe = regexp.MustCompile(`^Speaker \d{1,2}(?:\s*[(\[][0-9:]{4,8}[)\]])?\s*:`)

// thanksCountryRe matches a presiding officer's thanks to a delegation
// that opens a paragraph; group 1 is what is thanked.
var thanksCountryRe = regexp.MustCompile(`^(?:Thank you,|I thank)\s+(?:the\s+)?([\p{Lu}][\p{L}' -]{1,40}?)\s*[.,;]`)

// voteResult reports whether p reports a recorded vote's result with the
// States that voted against in brackets: a byte search for the bracket
// after "against", "en contra" or "contre", then a look for the votes in
// favour.
func voteResult(p string) bool {
	for i := 0; ; {
		k := strings.IndexByte(p[i:], '(')
		if k < 0 {
			return false
		}
		k += i
		before := p[max(0, k-12):k]
		if strings.HasSuffix(before, "against ") || strings.HasSuffix(before, "en contra ") || strings.HasSuffix(before, "contre ") {
			return strings.Contains(p, " in favour") || strings.Contains(p, " in favor") ||
				strings.Contains(p, " a favor") || strings.Contains(p, " voix pour")
		}
		i = k + 1
	}
}

// quoteMarks reads a line that opens with '>': a line of '>' alone is a
// quoted message's blank line (nil: it ends a paragraph); ">>" opens a
// new turn in live captions (turn is true; the marks are dropped). A
// Markdown or email quotation ("> Dear Chair,") is left to blockquote.
func quoteMarks(line []byte) (out []byte, turn bool) {
	rest := bytes.TrimLeft(line, "> \t")
	if len(rest) == 0 {
		return nil, false
	}
	if len(line) > 2 && line[1] == '>' && (line[2] == ' ' || line[2] == '\t') {
		return rest, true
	}
	return line, false
}

// A summary or news story also reports what several unnamed speakers
// raised: "The attack on Nicaragua's civil registry was mentioned by
// several speakers", "fue mencionado por varios ponentes", "a été évoqué
// par plusieurs intervenants". No one country said it: the block order
// gave it to the country of the paragraph before (TestRaisedByManyIsNobodys).
// Speakers listed after it ("by several delegations, including Chile")
// are countries the paragraph names, and it keeps its holder.

// raisedByManyRe matches a passive whose agent is several unnamed
// speakers.
var raisedByManyRe = regexp.MustCompile(`\b(?:` +
	`(?:was|were|has been|have been) (?:also )?(?:mentioned|raised|cited|noted|discussed|highlighted|referred to|evoked|stressed) by (?:several|many|various|numerous|a number of|other) (?:speakers|delegations|participants|panell?ists|delegates)|` +
	`(?:fue|fueron|ha sido|han sido) (?:también |tambien )?(?:mencionad|citad|evocad|señalad|senalad|destacad|abordad)[oa]s? por (?:varios|varias|numerosos|numerosas|diversos|diversas|otros|otras) (?:ponentes|delegaciones|participantes|oradores|delegados)|` +
	`(?:a|ont) (?:également |egalement )?été (?:mentionnée?s?|évoquée?s?|evoquee?s?|citée?s?|soulignée?s?|abordée?s?) par (?:plusieurs|de nombreux|de nombreuses|d'autres|divers) (?:intervenants|délégations|delegations|participants|orateurs|délégués)` +
	`)([^.;]{0,12})`)

// raisedByManyAgents are the openings of raisedByManyRe's agents: a
// paragraph holding none is spared the expression.
var raisedByManyAgents = [...]string{" by several ", " by many ", " by various ", " by numerous ", " by a number of ",
	" por vari", " por numeros", " por divers", " par plusieurs ", " par de nombreu", " par divers "}

// raisedByMany reports a paragraph whose point several unnamed speakers
// raised (raisedByManyRe), with no list of them after; cues (phraseCues)
// and a byte search for the agent's opening first.
func raisedByMany(p string, cues cueSet) bool {
	if cues&cueRaisedByMany == 0 || !hasAnyOf(p, raisedByManyAgents[:]) {
		return false
	}
	loc := raisedByManyRe.FindStringSubmatchIndex(p)
	if loc == nil {
		return false
	}
	for _, rel := range []string{", which ", ", that ", " who ", ", que ", " quien", ", qui ", ", lequel", ", laquelle"} {
		if strings.Contains(p[:loc[0]], rel) {
			return false // "Chile raised the issue, which was also mentioned by several speakers": Chile's
		}
	}
	after := strings.TrimLeft(p[loc[2]:loc[3]], " ,(")
	for _, list := range []string{"including", "such as", "among them", "notably", "namely", "incluid", "entre ell", "como ", "entre otr", "dont ", "notamment", "parmi "} {
		if strings.HasPrefix(after, list) {
			return false
		}
	}
	return true
}

// noAnswerRe matches the no-answer of a "Neither … nor …" or "Ni … ni …"
// paragraph (see recordNarrative): the verb of answering or commenting,
// not any verb ("Neither Fiji nor Samoa supports the draft" is their
// position).
var noAnswerRe = regexp.MustCompile(`^(?:Neither|Ni)\s.{2,200}?\s(?:responded|replied|commented|returned (?:calls|messages|emails)|could be reached|was available|were available|would comment|` +
	`respondieron|respondió|respondio|contestaron|contestó|contesto|comentaron|quisieron comentar|quiso comentar|estuvieron disponibles|` +
	`(?:n'ont|n’ont|n'a|n’a) (?:pas )?(?:répondu|réagi|souhaité (?:commenter|réagir)|commenté))(?:$|[^\p{L}])`)

// A press release tells what the presiding officer did after a time
// phrase too: "At the end of the meeting, the Chair reminded delegations
// …", "Al final de la sesión, la Presidenta de la Comisión recordó …", "À
// la fin de la séance, le Président a rappelé …". It is the chair's, no
// country's, and went on with the last speaker's block (testdata/pages12's
// 992); chairNarrates reads the English shape once the phrase is off.

// frontedTimeRe matches the time phrase and its comma.
var frontedTimeRe = regexp.MustCompile(`^(?:At the (?:end|close|start|opening|outset|conclusion) of|Al (?:final|término|termino|cierre|inicio|comienzo) de|(?:À|A) la (?:fin|clôture|cloture) de|Au (?:terme|début|debut) de|À l['’]issue de)\s[^,]{1,50},\s+`)

// frontedChairESFR matches the Spanish or French presiding officer as the
// subject after the time phrase, the body it chairs named or not, and a
// verb in the past ("la Presidenta de la Comisión recordó", "le Président
// a rappelé"); "el Presidente de Guatemala afirmó" is a State's, not
// matched ("de" is no verb).
var frontedChairESFR = regexp.MustCompile(`^(?:el|la|le) (?:Presidente|Presidenta|Président|Présidente|Vicepresidente|Vicepresidenta|Vice-Président|Vice-Présidente|Moderador|Moderadora|Modérateur|Modératrice)` +
	`(?: de (?:la|l'|l’|el|du) ?(?:Primera |Première )?(?:Comisión|Commission|Asamblea(?: General)?|Assemblée(?: générale)?|Conferencia|Conférence|reunión|réunion|sesión|séance|Grupo de Trabajo|Groupe de travail))?,? (?:a |ha )?\p{Ll}{2,}(?:ó|é|ado|ido)(?:$|[^\p{L}])`)

// frontedChairNarrates reports such a paragraph.
func frontedChairNarrates(p string) bool {
	loc := frontedTimeRe.FindStringIndex(p)
	if loc == nil {
		return false
	}
	rest := p[loc[1]:]
	if r, ok := strings.CutPrefix(rest, "the "); ok {
		return chairNarrates("The " + r)
	}
	return frontedChairESFR.MatchString(rest)
}

// noneOfStatesRe matches a paragraph whose subject is none of a group of
// States (see recordNarrative).
var noneOfStatesRe = regexp.MustCompile(`^(?:None of (?:the|these|those)(?: \p{L}+)? (?:States|states|countries|delegations|governments|Member States|members)|` +
	`Ningun[oa] de (?:los|las|estos|estas|esos|esas)(?: \p{L}+)? (?:Estados|países|paises|delegaciones|gobiernos|miembros)|` +
	`Aucune? (?:des|de ces)(?: \p{L}+)? (?:États|Etats|pays|délégations|gouvernements|membres))\s`)
