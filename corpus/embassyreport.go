package corpus

import (
	"bytes"
	"regexp"
	"strings"
)

// An embassy's report on its host country ("Embassy of Sweden in Dar es
// Salaam" over "Political report: National Assembly debate on …", "German
// Embassy Ulaanbaatar" over "Report on the Government of Mongolia's
// decision …") tells what the host's government and parliament did and
// said, then comments in the embassy's own name. The masthead made the
// sending country hold every paragraph, the host minister's words too
// (testdata/pages6's 643), or the block went on with the host over the
// opposition's words and the report's narration (pages18's 9g1). On such
// a page a paragraph the embassy's country holds only by the masthead or
// block order is the host's where an official of the host government
// opens it ("Opening the debate, the Minister for … told the House",
// "Replying, the Prime Minister said"), and nobody's where it narrates or
// reports members, the opposition or civil society; a paragraph naming
// the embassy ("The Embassy assesses …", "In the Embassy's view") stays
// the sender's; "the National Assembly of Tanzania debated …" is a
// narration, nobody's.

// embassyReport is such a page's sending and host countries (host "" until
// a paragraph names a country other than the sender).
type embassyReport struct{ sender, host string }

// embassyMastheadRe matches an embassy's masthead: "Embassy of Sweden in
// Dar es Salaam", "The Embassy of the Republic of Bulgaria to Albania",
// "German Embassy Ulaanbaatar" (group 1 or 3: the sender; 2 or 4: the
// place).
var embassyMastheadRe = regexp.MustCompile(`^(?:The\s+)?Embassy\s+of\s+(.{3,60}?)\s+(?:in|to)\s+(.{3,40}?)[.,]?$|^(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+Embassy\s+(?:in\s+)?(.{3,40}?)[.,]?$|` +
	// "Ambassade de France au Sénégal", "Embajada de España en Bolivia".
	`^(?:L['’])?(?:Ambassade|Embajada)\s+(?:de\s+(?:la\s+|l['’])?|du\s+|d['’]|des\s+)(.{3,60}?)\s+(?:à|au|aux|en|auprès de|en la|ante)\s+(?:la\s+|l['’]|el\s+)?(.{3,40}?)[.,]?$`)

// reportTitleRe matches a report's title under the masthead.
var reportTitleRe = regexp.MustCompile(`^(?:(?:Political |Diplomatic |Situation |Confidential |Embassy )?(?:[Rr]eport|[Cc]able|Telegram)|(?:Rapport|Télégramme|Note|Informe|Nota)(?: politique| diplomatique| política| diplomática)?)\b`)

// reportInsideRe finds a report's title after a masthead on the same
// paragraph.
var reportInsideRe = regexp.MustCompile(`\s(?:(?:Political|Diplomatic|Situation|Confidential)\s+[Rr]eport|Report|Cable|Telegram|Rapport|Télégramme diplomatique|Informe)\b`)

// embassyMasthead reads p's first line as an embassy's masthead: the
// sender and the host its place names ("" when the place names no
// country), or ok false; titled, when a line after it in p is a report's
// title (a masthead block on consecutive lines).
func (g *Gazetteer) embassyMasthead(p []byte) (sender, host string, titled, ok bool) {
	if head := p[:min(len(p), 40)]; !bytes.Contains(head, []byte("Embassy")) && !bytes.Contains(head, []byte("Ambassade")) && !bytes.Contains(head, []byte("Embajada")) {
		return "", "", false, false
	}
	first := bytes.TrimSpace(p)
	if loc := reportInsideRe.FindIndex(first[:min(len(first), 160)]); loc != nil {
		// The masthead's lines read as one paragraph: "Embassy of Sweden
		// in Dar es Salaam Political report: …".
		first, titled = first[:loc[0]], true
	} else if i := bytes.IndexByte(first, '\n'); i >= 0 {
		first = first[:i]
	}
	if len(first) > 120 {
		return "", "", false, false
	}
	sm := embassyMastheadRe.FindStringSubmatch(string(bytes.TrimSpace(first)))
	if sm == nil {
		return "", "", false, false
	}
	who, place := sm[1], sm[2]
	if who == "" {
		who, place = sm[3], sm[4]
	}
	if who == "" {
		who, place = sm[5], sm[6]
	}
	sender, ok = g.Resolve(who)
	if !ok {
		return "", "", false, false
	}
	host, _ = g.Resolve(place)
	if host == sender {
		host = ""
	}
	return sender, host, titled, true
}

// hostOfficialRe matches a paragraph whose subject, after an optional
// fronted participle or adverbial ("Opening the debate,", "Replying,",
// "At the press conference after the Cabinet meeting,"), is an office of
// a government ("the Minister for …", "the Prime Minister", "the Attorney
// General", "the Chief Cabinet Secretary", "the Government").
var hostOfficialRe = regexp.MustCompile(`^(?:[^,.;]{2,80},\s+)?(?:[Tt]he\s+(?:(?:Deputy|Vice|Prime|Chief|Acting)\s+)?(?:Minister|Attorney General|Solicitor General|Cabinet Secretary|President|Government|Cabinet|Secretary of State|Spokesperson of the Government|Government Spokesperson)|` +
	// "Le ministre de l'Économie numérique a déclaré", "El ministro del Interior dijo".
	`(?:[Ll]e|[Ll]a|[Ee]l)\s+(?:(?:vice-|premier\s+|primer\s+)?(?:ministre|ministro|ministra)|gouvernement|gobierno|président|presidente|presidenta|porte-parole du gouvernement|portavoz del gobierno))\b`)

// embassyVoice reports a paragraph in the embassy's own name.
func embassyVoice(p string) bool {
	return strings.Contains(p, "Embassy") || strings.Contains(p, "embassy") || strings.Contains(p, "Mission's") ||
		strings.Contains(p, "mbassade") || strings.Contains(p, "mbajada") ||
		opensFirstPerson(p)
}

// legislatureNarrationRe matches a report's narration of a parliament's
// sitting: "On 10 February, the National Assembly of Tanzania debated …",
// "The Assembly of Albania debated …".
var legislatureNarrationRe = regexp.MustCompile(`^(?:(?:On|Le|El) [^,]{3,30},\s+)?(?:(?:the|The)\s+(?:National\s+)?(?:Assembly|Parliament|House|Senate|Congress|Majlis)\b[^,.;]{0,40}?\s+(?:debated|discussed|examined|considered|began|continued|resumed|held)|` +
	// "l'Assemblée nationale a examiné", "el Congreso debatió".
	`(?:[Ll]['’]Assemblée|[Ll]e (?:Parlement|Sénat)|[Ee]l (?:Congreso|Senado|Parlamento)|[Ll]a Asamblea)\b[^,.;]{0,40}?\s+(?:a (?:débattu|examiné|entamé)|débat|examine|debatió|discutió|examinó|inició))\b`)

// embassyReportHolder is the holder of a paragraph text held by h
// (attribution attr) on an embassy's report e: h itself, the host, or ""
// (see the comment at the top of this file).
func (e *embassyReport) holder(text, h string, attr Attribution) string {
	weak := attr.Method == MethodHeading || attr.Method == MethodBlockOrder || attr.Method == MethodContinuation
	if embassyVoice(text) {
		if h == "" || weak {
			return e.sender // "In the Embassy's view, …" after the host's paragraph
		}
		return h
	}
	switch {
	case h == e.host && attr.Method == MethodSubject && legislatureNarrationRe.MatchString(text):
		return ""
	case h == "" || h == e.sender && weak || h == e.host && weak:
		if e.host != "" && hostOfficialRe.MatchString(text) {
			return e.host
		}
		return ""
	}
	return h
}
