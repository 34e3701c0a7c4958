package corpus

import (
	"regexp"
	"strings"
)

// A parliament's debate (a Hansard page) answers Members' questions with
// the government's ministers: "Dr Helen Marsh (Bristol North West) (Lab):
// What steps the Government are taking …", then "The Minister for Security
// (Dan Jarvis): The Government introduced …". The ministers speak for their
// country; a Member, from the government's benches or the opposition's,
// asks or argues in their own name, and the Speaker keeps order. On a page
// whose heading names the country, every turn was the country's by the
// heading, the opposition's questions and the Speaker's "Order." too
// (TestParliamentMembersAreNobodys). A Member's turn (a label with the
// constituency and the party in brackets, the text after a colon or in the
// paragraphs after a label standing alone) and the Speaker's are now
// nobody's, and the heading goes on to the ministers' answers; a minister's
// label standing alone ("The Parliamentary Under-Secretary of State for the
// Home Department (Lord Hanson of Flint)") is no statement either, its
// answer below it is. A Member labelled without a party ("Mr. Rolle
// (Exuma):", as smaller parliaments print it) keeps the reading of a
// question shown with its answer (see turnLabel).

// memberLabelRe matches a Member's label: a name (with a title or not),
// the constituency in brackets, the party in brackets, then a colon or the
// paragraph's end; a numbered question's number may come first.
var memberLabelRe = regexp.MustCompile(`^(?:\d{1,3}\.\s+)?(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Baroness)\.?\s+)?[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,3}\s+\([^()]{2,60}\)\s*\((Lab|Con|LD|SNP|DUP|PC|SDLP|UUP|TUV|Green|Reform|Ind|Alliance|Lab/Co-op|Co-op|Lib Dem)\)\s*(:|$)`)

// westminsterParties are the party tags only the House of Commons of the
// United Kingdom prints after a Member's constituency: a page of Members so
// labelled is the UK's record, where no heading names the country
// ("House of Commons", "Oral Answers to Questions"), and the ministers who
// answer there speak for the United Kingdom.
var westminsterParties = toSet(`Lab Con LD SNP DUP PC SDLP UUP TUV Lab/Co-op`)

// westminsterMember reports a Member's label with a party tag only the
// House of Commons of the United Kingdom prints (westminsterParties).
func westminsterMember(p string) bool {
	sm := memberLabelRe.FindStringSubmatch(p[:min(len(p), 160)])
	return sm != nil && westminsterParties[sm[1]]
}

// speakerChairRe matches the Speaker's label ("Mr Speaker:", "Madam
// Deputy Speaker:", and as a Hansard that prints names in capitals after
// a title writes it, "Mr SPEAKER:", "Madam DEPUTY SPEAKER:"; a record
// that prints every label in capitals, "THE SPEAKER:", "MR SPEAKER:",
// "THE DEPUTY SPEAKER:": testdata/pages18's 9g3).
//
// The Oireachtas's chairs are named in Irish: "An Ceann Comhairle:", "An
// Leas-Cheann Comhairle:", the Seanad's "An Cathaoirleach:" (asked24's
// Dáil debate gave the chair's call to Ireland).
var speakerChairRe = regexp.MustCompile(`^(?:(?:(?:Mr|Madam|Madame|MR|MADAM)\.?\s+|(?:The|THE)\s+)(?:(?:Deputy|DEPUTY)\s+)?(?:Speaker|SPEAKER)|An\s+(?:Ceann Comhairle|Leas-Cheann Comhairle|Cathaoirleach|Leas-Chathaoirleach))\s*:`)

// officeLabelRe matches a government office's label standing alone: "The
// Minister for Security (Dan Jarvis)", "The Secretary of State for …
// (Liz Kendall)".
var officeLabelRe = regexp.MustCompile(`^(?:The\s+)?(?:Parliamentary Under-Secretary of State|Parliamentary Secretary|Minister of State|Minister|Secretary of State|Prime Minister|Deputy Prime Minister|Chancellor of the Exchequer|Attorney General|Solicitor General|Leader of the House)\b[^()]{0,120}\([^()]{2,60}\)$`)

// parliamentTurn reads a paragraph's parliamentary label: a Member's or
// the Speaker's turn (member), with whether the label stands alone (its
// text is in the paragraphs after it), or a minister's label standing
// alone (office). A byte search for a bracket or "Speaker" comes first.
func parliamentTurn(p string) (member, alone, office bool) {
	head := p[:min(len(p), 160)]
	if h := head[:min(len(head), 30)]; (strings.Contains(h, "Speaker") || strings.Contains(h, "SPEAKER") || strings.HasPrefix(h, "An ")) && speakerChairRe.MatchString(p) {
		return true, false, false
	}
	if strings.IndexByte(head, '(') < 0 {
		return false, false, false
	}
	if sm := memberLabelRe.FindStringSubmatch(head); sm != nil {
		return true, sm[2] == "", false
	}
	if len(p) <= 200 && p[len(p)-1] == ')' && officeLabelRe.MatchString(p) {
		return false, false, true
	}
	return false, false, false
}

// A smaller parliament's record labels a Member with "Hon." and the name,
// the constituency in brackets or not ("Hon. Jesma Paul-Victor (Roseau
// Central): Mr Speaker, I ask the Minister …", "Hon. Jesma Paul-Victor:
// Mr Speaker, that is not good enough."), and a Spanish Diario de Sesiones
// a deputy and the chair by "El señor" or "La señora" and the name in
// capitals ("El señor ORTEGA GARCÍA: …", "El señor PRESIDENTE: …"). The
// page's heading gave every such turn to the country (testdata/pages10's
// 963, 972). A Member's turn is now nobody's, and a question (ending in
// "?") is shown with the minister's answer after it, as a Member labelled
// with a constituency is (see turnLabel); the chair's turn is nobody's;
// a minister's label ("Hon. Minister for Governance …:", "El señor
// MINISTRO DE ASUNTOS EXTERIORES …:") is read as before.

// honMemberRe matches a Member's label by "Hon." (group 1: the name).
// A Member named by constituency ("The Hon. Member for Moresby
// North-East (Mr. John Kaupa):", "The Member for Lyne (Dr Gillespie):")
// is one too: group 1 is then empty (pages22's 9k9 gave the Member's
// preamble to the country).
var honMemberRe = regexp.MustCompile(`^(?:The\s+)?(?:(?:Hon\.?|Honourable|Honorable)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Dame|Sir)\.?\s+)?([\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,3})|(?:(?:Hon\.?|Honourable|Honorable)\s+)?(?:Member|MEMBER)\s+for\s+[\p{Lu}][\p{L}'’.-]+(?:[\s-]+[\p{Lu}][\p{L}'’.-]+){0,4})(?:\s+\([^()]{2,60}\))?\s*:\s`)

// diarioLabelRe matches a Spanish record's label: "El señor" or "La
// señora" and the name or office in capitals (group 1), an optional name
// in brackets, and a colon.
var diarioLabelRe = regexp.MustCompile(`^(?:El|La) (?:señor|señora|Sr\.|Sra\.) ([\p{Lu}][\p{Lu}\s,.'-]{1,120}?)(?:\s*\([^()]{1,80}\))?\s*:\s`)

// officeNameWords open a label that is a government office, not a name.
var officeNameWords = toSet(`Minister Prime Deputy Attorney Leader Premier Chief Parliamentary Secretary Speaker Deputy-Speaker President
MINISTRO MINISTRA SECRETARIO SECRETARIA VICEPRESIDENTE VICEPRESIDENTA`)

// recordMemberTurn reads a Member's or a deputy's label (honMemberRe,
// diarioLabelRe): labelMember for a turn, labelAside for a question,
// labelChair for the Spanish chair ("El señor PRESIDENTE:"), labelNone
// otherwise. The first two words gate the expressions.
func recordMemberTurn(p, first, rest string) labelKind {
	switch first {
	case "Hon", "Honourable", "Honorable", "The":
		if first == "The" && !strings.HasPrefix(rest, " Hon") && !strings.HasPrefix(rest, " Member for ") {
			return labelNone
		}
		sm := honMemberRe.FindStringSubmatch(p)
		if sm == nil {
			return labelNone
		}
		if w, _ := leadWord(sm[1]); officeNameWords[w] {
			return labelNone
		}
		if strings.HasSuffix(p, "?") {
			return labelAside
		}
		return labelMember
	case "El", "La":
		if !strings.HasPrefix(rest, " señor") && !strings.HasPrefix(rest, " Sr") {
			return labelNone
		}
		sm := diarioLabelRe.FindStringSubmatch(p)
		if sm == nil {
			return labelNone
		}
		name := strings.TrimSpace(sm[1])
		switch name {
		case "PRESIDENTE", "PRESIDENTA", "VICEPRESIDENTE", "VICEPRESIDENTA", "SECRETARIO", "SECRETARIA":
			return labelChair
		}
		if w, _ := leadWord(name); officeNameWords[w] || strings.Contains(name, "GOBIERNO") {
			return labelNone
		}
		if strings.HasSuffix(p, "?") {
			return labelAside
		}
		return labelMember
	case "M", "Mme", "Mlle":
		// A French committee's compte rendu labels its chair by name and
		// office, then a dash: "M. Cédric Perrin, président. – Mes chers
		// collègues, …", "Mme la présidente. – …" (pages15's 9d6).
		if strings.Contains(p[:min(len(p), 100)], "résident") && frenchChairRe.MatchString(p) {
			return labelChair
		}
	}
	return labelNone
}

// frenchChairRe matches a French compte rendu's chair label: "M. Cédric
// Perrin, président. – ", "Mme Anne Martin, présidente de la commission. –
// ", "M. le président. – ".
var frenchChairRe = regexp.MustCompile(`^(?:M\.|Mme|Mlle)\s+(?:(?:le|la)\s+|[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,3},\s+)(?:vice-)?(?:président|présidente)(?:\s+de\s+la\s+commission)?\s*\.?\s*[–—-]\s`)
