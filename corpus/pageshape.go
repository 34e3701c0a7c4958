package corpus

import (
	"bytes"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Page shapes other than the compare pages' run of country paragraphs:
// headings (Markdown "#" lines, ALL-CAPS lines, short lines standing
// alone), bullet lists, Markdown tables, and the speaker turns of UN
// meeting records ("Ms. Kalaj (Albania): ...", "The Chair: ..."). A
// heading is never a statement; one that names a country makes it the
// holder of the block below it (a tracker page's "## Bhutan", a strategy's
// title), one that names a joint statement's signatories makes each of
// them hold the block. A speaker's turn is that speaker's country's, every
// paragraph of it, whoever it quotes; the Chair's turns and the record's
// procedure ("The meeting rose at 1 p.m.") are nobody's, and so is an
// interviewer's question. A paragraph opening with a quotation reports
// someone else's words: whoever holds it, the block's holder goes on
// after it.

// lineShape classifies one trimmed, non-empty line of a page.
type lineShape int

const (
	shapeText lineShape = iota
	shapeHeading
	shapeTableRow
	shapeBullet
	shapeCapsLine // an ALL-CAPS line: a heading where it stands alone
)

func lineShapeOf(line []byte) lineShape {
	switch line[0] {
	case '#':
		return shapeHeading
	case '|':
		return shapeTableRow
	}
	if n := listMarker(line); n > 0 {
		if allCaps(line[n:]) {
			return shapeCapsLine // "2. GUIDING PRINCIPLES"
		}
		return shapeBullet
	}
	if allCaps(line) {
		return shapeCapsLine
	}
	if boldLine(line) {
		return shapeHeading // "**Somalia**" over its block, as compilations write it
	}
	return shapeText
}

// boldLine reports a line that is only a short Markdown-bold phrase
// ("**Somalia**", "__Comments by Fiji__"): a heading, even with its block
// on the very next line. A bold sentence ("**Fiji supports X.**") is text.
func boldLine(line []byte) bool {
	if len(line) < 5 || !(line[0] == '*' && line[1] == '*' || line[0] == '_' && line[1] == '_') {
		return false
	}
	mark := line[:2]
	inner := line[2:]
	if !bytes.HasSuffix(inner, mark) {
		return false
	}
	inner = bytes.TrimSpace(inner[:len(inner)-2])
	if len(inner) == 0 || bytes.Contains(inner, mark) {
		return false
	}
	last, _ := utf8.DecodeLastRune(inner)
	return !strings.ContainsRune(".!?;", last) && len(bytes.Fields(inner)) <= 12
}

// listMarker returns the length of a list item's marker and the spaces
// after it: "- ", "* ", "+ ", "• ", "– ", "1. ", "2) ", "(a) ", "b) ",
// "(iv) "; 0 when the line is no list item.
func listMarker(line []byte) int {
	space := func(i int) int {
		if i < len(line) && line[i] == ' ' {
			return i + 1
		}
		return 0
	}
	switch {
	case line[0] == '-' || line[0] == '*' || line[0] == '+':
		return space(1)
	case bytes.HasPrefix(line, []byte("• ")) || bytes.HasPrefix(line, []byte("– ")):
		return len("• ")
	}
	i := 0
	paren := line[0] == '('
	if paren {
		i++
	}
	start := i
	for i < len(line) && i-start < 4 && (line[i] >= '0' && line[i] <= '9' || line[i] >= 'a' && line[i] <= 'z') {
		i++
	}
	// (The marker's bytes are read in place: a string of them and
	// strings.Trim's set, for every line opening with a lower-case letter
	// or a digit, were ~1% of a load's CPU.)
	tok := line[start:i]
	switch {
	case len(tok) == 0:
		return 0
	case tok[0] >= '0' && tok[0] <= '9':
		if len(tok) > 2 || !allDigits(tok) {
			return 0
		}
	case len(tok) > 1 && !smallRoman(tok):
		return 0 // one letter, or a small roman numeral
	}
	if i >= len(line) {
		return 0
	}
	switch {
	case paren && line[i] == ')':
		return space(i + 1)
	case !paren && tok[0] >= '0' && tok[0] <= '9' && line[i] == '.' && i+1 < len(line) && line[i+1] >= '0' && line[i+1] <= '9':
		return sectionNumber(line, i)
	case !paren && (line[i] == ')' || line[i] == '.' && tok[0] >= '0' && tok[0] <= '9'):
		return space(i + 1)
	}
	return 0
}

// allDigits reports whether every byte of b is an ASCII digit.
func allDigits(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// smallRoman reports whether b is made of the letters i, v and x only.
func smallRoman(b []byte) bool {
	for _, c := range b {
		if c != 'i' && c != 'v' && c != 'x' {
			return false
		}
	}
	return true
}

// sectionNumber returns the length of a numbered paragraph's section
// number and the space after it ("1.2 Australia's support", "2.1.3
// The Government"), the first dot at i; 0 unless a capital letter follows
// it, so a decimal in running text ("2.5 million") stays.
func sectionNumber(line []byte, i int) int {
	for dots := 0; i < len(line) && line[i] == '.' && dots < 3; dots++ {
		i++
		d := i
		for i < len(line) && i-d < 3 && line[i] >= '0' && line[i] <= '9' {
			i++
		}
		if i == d {
			break // "2.1." ends with its dot
		}
	}
	if i+1 >= len(line) || line[i] != ' ' {
		return 0
	}
	if r, _ := utf8.DecodeRune(line[i+1:]); !unicode.IsUpper(r) {
		return 0
	}
	return i + 1
}

// labelled reports a list item that opens with a short label and a colon
// or dash ("Monaco: supports ...", "Priority — ...", "Namibia - silent";
// TestCSVRows): it starts its own
// paragraph, where an item continuing a lead-in ("The Government will:
// - protect ...;") joins it.
func labelled(item []byte) bool {
	r, _ := utf8.DecodeRune(item)
	if !unicode.IsUpper(r) {
		return false
	}
	head := item[:min(len(item), 48)]
	i := bytes.IndexAny(head, ":—–")
	if j := bytes.Index(head, []byte(" - ")); j > 0 && (i < 0 || j < i) {
		i = j // "Namibia - no public position", as labelRe reads it
	}
	if i < 0 || bytes.IndexByte(head[:i], '.') >= 0 {
		return false
	}
	return bytes.Count(head[:i], []byte(" ")) <= 4
}

// stripBullet removes a list marker from a line.
func stripBullet(line []byte) []byte {
	return bytes.TrimLeft(line[listMarker(line):], " ")
}

// startsLower reports a line that starts with a lower-case letter.
func startsLower(line []byte) bool {
	r, _ := utf8.DecodeRune(line)
	return unicode.IsLower(r)
}

// allCaps reports a line with at least two upper-case letters and no
// lower-case one ("2. GUIDING PRINCIPLES"); it gives up at the first
// lower-case letter, so ordinary lines cost a byte or two.
func allCaps(line []byte) bool {
	upper := 0
	for i := 0; i < len(line); {
		if c := line[i]; c < utf8.RuneSelf {
			switch {
			case c >= 'a' && c <= 'z':
				return false
			case c >= 'A' && c <= 'Z':
				upper++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(line[i:])
		i += size
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			upper++
		}
	}
	return upper >= 2
}

// tableCells splits a Markdown table row into its trimmed cells.
func tableCells(line []byte) []string {
	s := strings.TrimSpace(string(line))
	s = strings.TrimPrefix(s, "|")
	s = strings.TrimSuffix(s, "|")
	cells := strings.Split(s, "|")
	for i := range cells {
		cells[i] = strings.TrimSpace(cells[i])
	}
	return cells
}

// isTableRule reports a Markdown table's header rule ("|---|:--:|").
func isTableRule(line []byte) bool {
	if len(line) == 0 || line[0] != '|' {
		return false
	}
	dash := false
	for _, c := range line {
		switch c {
		case '-':
			dash = true
		case '|', ':', ' ', '\t':
		default:
			return false
		}
	}
	return dash
}

// tableRow renders a table row as a sentence, so it is read like a
// profile paragraph: its first cell (a country, in a comparison table)
// labels it, and each other cell is given with its column's header:
// "Gambia — Binding treaty: Supports a UN convention; Priority: Cybercrime."
func tableRow(dst []byte, cells, header []string) []byte {
	if len(header) == len(cells) {
		if k := countryColumn(header); k > 0 && cells[k] != "" {
			return countryFieldRow(dst, cells, header, k) // (see tablerows.go)
		}
	}
	n := 0
	for i, c := range cells {
		if c == "" {
			continue
		}
		switch {
		case n == 0:
		case n == 1 && len(header) == len(cells):
			dst = append(dst, " — "...)
		default:
			dst = append(dst, "; "...)
		}
		if i > 0 && len(header) == len(cells) && header[i] != "" {
			dst = append(dst, header[i]...)
			dst = append(dst, ": "...)
		}
		dst = append(dst, c...)
		n++
	}
	if n > 0 && !endsSentence(dst) {
		dst = append(dst, '.')
	}
	return dst
}

// countryColumns reports a table header whose columns after the first
// are each a country's name, and whose first is not ("| Issue | Kiribati |
// Lao PDR |"): a comparison laid out with a column per country.
func (g *Gazetteer) countryColumns(header []string) bool {
	if len(header) < 2 || g.namesOnly(header[0]) {
		return false
	}
	for _, h := range header[1:] {
		if !g.namesOnly(h) {
			return false
		}
	}
	return true
}

// isHeadingText reports a cleaned paragraph that is a heading rather than
// a statement: a Markdown heading, an ALL-CAPS line, or a short line (at
// most 15 words, one sentence) that does not end a sentence, which the
// paragraph reader only leaves when a blank line or the file's end
// follows it ("## Bhutan", "Delivered by Guyana on behalf of ...").
func isHeadingText(p []byte) bool {
	if len(p) == 0 {
		return false
	}
	if p[0] == '#' || allCaps(p) || jointList(p) || signatoryList(p) || deliveredList(p) {
		return true
	}
	if n := sectionNumberLen(p); n > 0 && n < len(p) {
		p = p[n:] // "IV. Attribution", "2.1 Sovereignty": the number is no sentence's end
	}
	last, _ := utf8.DecodeLastRune(p)
	if strings.ContainsRune(".!?…;:,)]\"'’”", last) && !nameLineEnd(p) || sentenceInside(p) {
		return false
	}
	if _, signed := quoteSignature(string(p)); signed {
		return false // "“…development.” — Minister of Foreign Affairs of Cabo Verde": a quotation, signed
	}
	if len(p) <= 400 && titleLineRe.Match(p) {
		// "Statement by H.E. Mr. Sione Taufa, Permanent Representative of
		// the Kingdom of Tonga, on behalf of the Pacific Islands Forum":
		// a speech's title line, however long, names who speaks.
		return true
	}
	words := 0
	letter := false
	for _, f := range bytes.Fields(p) {
		words++
		if bytes.IndexFunc(f, unicode.IsLetter) >= 0 {
			letter = true
		}
	}
	return letter && words <= 15
}

// titleLineRe matches a speech's or a document's title line: "Statement
// by ...", "Remarks of ...", "Déclaration de ...", "Intervención de ...".
var titleLineRe = regexp.MustCompile(`^(?:(?:Joint |National |Closing |Opening |General )?(?:[Ss]tatement|[Rr]emarks|[Ii]ntervention|[Ss]peech|[Aa]ddress|[Ee]xplanation of (?:vote|position))(?: (?:delivered|made|presented|read))? (?:by|of|on behalf of)|(?:D[ée]claration|DÉCLARATION|Intervention|Allocution|Discours) (?:de|du|des|au nom)|(?:Declaraci[oó]n|Intervenci[oó]n|Discurso) (?:de|del|en nombre))\b`)

// authorRe marks a heading, title or publisher that makes its country the
// author of the page, not only its subject: a speech's title line ("Statement
// of the Principality of Liechtenstein"), a national strategy or policy
// ("National Cybersecurity Strategy of the Republic of Zimbabwe"), a
// government body ("Department of ICT, Papua New Guinea", "Permanent Mission
// of Mali"), a parliament's record ("House of Assembly - Commonwealth of The
// Bahamas"), a right of reply ("Right of reply of the Co-operative Republic
// of Guyana", which answers another country it names). In such a page another country that acts is one the author
// describes, quotes or answers ("Some delegations, notably the Russian
// Federation, have argued ... Liechtenstein does not share this view"):
// the paragraph stays the author's. So is a response to a consultation
// ("Response of Iceland to the consultation of the Chair …", "Submission
// by …", "Contribución de …", "Réponse de …"), whose section reporting
// other States' submissions was cut into one statement per reported State
// (pages19's 9h8). A foreign ministry named "Secretaría de Relaciones
// Exteriores" or "Cancillería" is a ministry.
var authorRe = regexp.MustCompile(`(?i)(?:\b(?:interview|entrevista|entretien|interview exclusive)\b|\b(?:statement|remarks|intervention|speech|address|explanation of (?:vote|position)|right of reply|response|submission|contribution|comments|views|respuesta|contribuci[oó]n|observaciones|r[ée]ponse|derecho de (?:r[eé]plica|respuesta)|droit de r[ée]ponse|d[ée]claration|declaraci[oó]n|intervenci[oó]n|discours|discurso|allocution)(?: (?:delivered|made|presented|read))? (?:by|of|de|du|del)\b|\b(?:strategy|strat[ée]gie|estrategia|policy|politique|pol[ií]tica|white paper|position paper|livre blanc|libro blanco)\b.{0,40}\b(?:of|de|du|del)\b|\b(?:government|gouvernement|gobierno|ministry|minist[eè]re|ministerio|secretar[ií]a de (?:relaciones exteriores|estado)|canciller[ií]a|permanent mission|mission permanente|misi[oó]n permanente|department|d[ée]partement|departamento|embassy|ambassade|embajada|presidency|parliament|parlement|parlamento|house of assembly|house of representatives|national assembly|assembl[ée]e nationale|asamblea nacional|senate|s[ée]nat|senado|hansard|official report)\b)`)

// ownDocHeadlineRe matches a headline telling that a country presented,
// adopted or published its own document: the possessive before the
// document's name ("Paraguay presenta su segunda estrategia de
// ciberseguridad", "Ghana launches its national cyber policy", "présente
// sa … stratégie"). authorRe makes the country the page's author, which
// keeps a news story's dateline and spokesperson with it, but the story
// may set a paragraph in another country, whose government acts there
// (see locative.go; pages19's 9h3, Bolivia's agency held by Paraguay).
var ownDocHeadlineRe = regexp.MustCompile(`(?i)\b(?:su|sus|its|their|sa|son|ses|leur)\s+(?:[\p{L}-]+\s+){0,3}?(?:strategy|estrategia|strat[ée]gie|policy|pol[ií]tica|politique|white paper|libro blanco|livre blanc|position paper)\b`)

// authoredBy reports a heading or title that makes its one country the
// page's author: authorRe's forms, or a title opening with the country and
// one of its documents ("Japan's Position Paper on International Law …",
// "EU Statement – UN Open-Ended Working Group …", "Kenya National
// Cybersecurity Strategy"). "Reactions to Kenya's statement" is about
// Kenya, not by it.
func (g *Gazetteer) authoredBy(text string) bool {
	if authorRe.MatchString(text) {
		return true
	}
	toks := getTokens(text)
	defer putTokens(toks)
	ms := g.findText(toks, true)
	if len(ms) == 0 || ms[0].How == ByDemonym {
		return false
	}
	m := ms[0]
	if m.First > 1 || m.First == 1 && toks[0].Lower != "the" {
		return false
	}
	for i := m.Last + 1; i < len(toks) && i <= m.Last+3; i++ {
		w := toks[i].Lower
		if docNouns[w] || w == "statement" || w == "position" {
			return true
		}
		if w != "national" && w != "official" && w != "cyber" && w != "cybersecurity" && w != "security" && w != "international" {
			return false
		}
	}
	return false
}

// envoyBylineRe matches an op-ed's byline naming its author as his
// State's envoy to another: "By H.E. Mr. Ahmed Ould Cheikh, Ambassador of
// Mauritania to Senegal", "Par S.E. Mme Awa Diallo, Ambassadrice du Mali
// au Sénégal", "Por Ana Ruiz, Embajadora de Chile en Uruguay". The first
// State named is the envoy's.
var envoyBylineRe = regexp.MustCompile(`^(?:By|Par|Por)\s+.{0,90}?\b(?:Ambassador|High Commissioner|Permanent Representative|Ambassadeur|Ambassadrice|Haut-Commissaire|Représentante? permanente?|Embajador|Embajadora|Representante [Pp]ermanente|Alto Comisionado)\s+(?:of|de|du|des|del|d'|d’)`)

// envoyByline reports an op-ed's byline by a State's envoy to another
// (envoyBylineRe): the page is the envoy's State's, though the byline
// names the host too (pages21's 9j3 held the ambassador's paragraphs by
// the host country they opened on).
func envoyByline(text string) bool {
	return len(text) < 200 && (text[0] == 'B' || text[0] == 'P') && envoyBylineRe.MatchString(text)
}

// nationalCapacityRe marks the point where one speaking on behalf of a
// group goes on for its own country alone: "I will now make some remarks
// in my national capacity", "à titre national", "a título nacional".
// Go's \b is ASCII's: none stands between a space and "à", so the French
// phrase opens on a space or the text's start (esfr25's Algerian statement
// went on as the A3+'s after "quelques remarques à titre national").
var nationalCapacityRe = regexp.MustCompile(`(?i)(?:\b(?:in (?:my|our|its|his|her|their) national capacity|en (?:mi|su|nuestra) (?:calidad|capacidad) nacional|a t[ií]tulo nacional)|(?:^|[\s,(])(?:à|a) titre national)\b`)

// jointRe marks a heading or title that names a joint statement's
// signatories: "Joint statement by A, B and C", "on behalf of A, B and C".
var jointRe = regexp.MustCompile(`(?i)\b(?:joint (?:statement|declaration|communiqu[ée]|submission|contribution|paper)|on behalf of|en nombre d|au nom d|declaraci[oó]n conjunta|comunicado conjunto|d[ée]claration conjointe|communiqu[ée] conjoint)`)

// speakerRe matches the label of a speaker's turn in a meeting record:
// "Ms. Kalaj (Albania):", "Mr. Toktogulov (Kyrgyzstan) (spoke in Russian):",
// "H.E. Mr. Ali (Maldives):", and the Spanish and French records'
// "Sr. Ríos (Paraguay):", "M. Ouédraogo (Burkina Faso) :". Group 1 is the
// country in brackets.
var speakerRe = regexp.MustCompile(`^(?:H\.\s?E\.\s+)?(?:` + titleAlternation + `)\.?\s+[^():]{1,60}?\s*\(([^()]{2,60}?(?:\s*\([^()]{1,40}\))?)\)(?:\s*\([^()]{1,60}\))*\s*:`)

// titleAlternation are the titles a speaker's label opens with, as an
// expression's alternation (speakerRe, speakerTitles).
const titleAlternation = `Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Madam|Ambassador|Minister|Professor|Prof|Archbishop|Monsignor|Sheikh|Prince|Princess|Sr|Sra|Srta|Dña|M|Mme|Mlle|Mgr`

// chairRe matches the presiding officer's turn or listing: "The Chair:",
// "The Acting President:", "Chair: Ms. Mokhele (Lesotho)", "The
// Co-Chair (spoke in French):", and in Spanish and French records "El
// Presidente (habla en francés):", "Presidente: Sr. Kaba … (Guinea)", "Le
// Président :".
var chairRe = regexp.MustCompile(`^(?:(?:The|El|La|Le)\s+)?(?:(?:Acting|Vice|Co)[- ]?)?(?:Chair|Chairs|Chairperson|Chairman|Chairwoman|President|Moderator|Facilitator|Rapporteur|Secretary|Secretary-General|Presidente|Presidenta|Vicepresidente|Vicepresidenta|Copresidente|Copresidenta|Président|Présidente|Vice-Président|Vice-Présidente|Coprésident|Coprésidente|Moderador|Moderadora|Modérateur|Modératrice|Facilitador|Facilitadora|Facilitateur|Facilitatrice)(?:\s*\([^()]{1,60}\))*\s*:`)

// proceduralRe matches the record's own procedure, which no country
// says: "The meeting rose at 1 p.m.", "The meeting began at 10:05 a.m.
// and ended at 1:20 p.m.", a UN press release's footer "For information
// media. Not an official record." (pages19's 9h5, held by the last
// speaker), "La sesión se levantó a las 13.00 horas.", "Also speaking were the
// representatives of ..." ("Also speaking today were"), "The meeting will
// resume at 3 p.m.", "The First Committee will next meet at 10 a.m.", "The
// Working Group then heard statements from ...", and Spanish and French
// coverage's "Intervinieron también …", "Ont également pris la parole
// …", "La Comisión se reunirá …", "La Commission reprendra …", "La
// Asamblea General se reunirá …", "The General Assembly will meet again
// …". It ends on any non-letter rather than \b, which in Go is ASCII's:
// after "reunirá" or "achevé" \b never held, so a Spanish closing line
// went on with the last speaker's block.
// Who opened or chaired a meeting is procedure too, as "The meeting was
// chaired by Fiji" is: "La reunión fue inaugurada por la delegación de
// Costa Rica", "La réunion a été présidée par le Togo" (a summary's
// dateline heads it, and the host's city is no speaker;
// TestMeetingOpenedByIsProcedure).
var proceduralRe = regexp.MustCompile(`^(?:Se (?:abre|levanta|suspende|reanuda|declara abierta|declara cerrada) la sesi[oó]n|(?:La|El) (?:sesi[oó]n|reuni[oó]n|debate) se (?:levantó|suspendió|inició|abrió|cerró|clausuró|levanta)|La (?:s[ée]ance|réunion) a été (?:levée|suspendue|ouverte|close)|La (?:s[ée]ance|réunion) est (?:ouverte|lev[ée]e|suspendue|reprise|close)|The (?:meeting|Meeting|session|(?i:workshop|seminar|conference|round-?table|dialogue|forum)) (?:began at|started at|opened at|rose|resumed|resumes|reconvenes|adjourned|ended|closed|concluded|was (?:called to order|suspended|resumed|adjourned|closed|(?:co-)?chaired by|(?:co-)?hosted by|opened by))|Also speaking (?:(?:today|this morning|this afternoon|during the (?:meeting|debate|session)) )?(?:were|was|in the (?:debate|discussion))|Also (?:taking the floor|making statements|delivering statements|participating) (?:were|was)|The (?:(?:First|Second|Third|Fourth|Fifth|Sixth|General|Security) )?(?:meeting|session|Committee|Assembly|Council|Conference|Working Group|Group|(?:Open-ended |Open-Ended )?Working Group|OEWG) (?:will|shall|is to|is scheduled to) (?:(?:next|again|then) )?(?:meet|reconvene|resume|continue|take up|hold|conclude)|The (?:(?:First|Second|Third|Fourth|Fifth|Sixth) )?(?:Committee|Assembly|Council|Conference|(?:Open-ended |Open-Ended )?Working Group|OEWG)(?: \([^()]{1,80}\))? (?:then |also )?(?:continued|concluded|began|opened|heard|took up|resumed|held) (?:its|the|a|statements)|The floor was given|For information media|Not an official record|Para información de los medios|Documento no oficial|(?:Pour|À l['’]intention des) (?:l['’])?information des médias|Document non officiel|(?:Intervinieron|Hablaron) (?:también|asimismo|además)|(?:También|Asimismo) (?:intervinieron|hicieron uso de la palabra|tomaron la palabra)|(?:Hicieron|Tomaron) (?:también |asimismo )?(?:uso de )?la palabra|Ont (?:également|aussi|en outre) pris la parole|(?:Sont|Se sont) (?:également|aussi) intervenus|(?:La|El) (?:(?:Primera|Segunda|Tercera|Cuarta|Quinta|Sexta) )?(?:Comisión|Asamblea(?: General)?|Conferencia|Consejo(?: de Seguridad)?|Grupo de Trabajo|sesión|reunión) (?:se reunirá|volverá a reunirse|reanudará|continuará|proseguirá|concluirá|continuó|prosiguió|concluyó|inició|escuchó)|(?:La|Le) (?:(?:Première|Deuxième|Troisième|Quatrième|Cinquième|Sixième) )?(?:Commission|Conférence|Conseil|séance|réunion) (?:reprendra|se réunira|poursuivra|se poursuivra|a poursuivi|a achevé|a conclu|a entamé|a entendu)|L['’]Assemblée(?: générale)? (?:reprendra|se réunira|poursuivra|a poursuivi|a achevé|a entendu)|Le Groupe de travail (?:reprendra|se réunira|poursuivra|a poursuivi|a achevé|a entendu)|(?:La|El) (?:reunión|sesión|taller|encuentro|seminario) fue (?:inaugurad[oa]|presidid[oa]|copresidid[oa]|abiert[oa]|clausurad[oa]|moderad[oa]|organizad[oa]) por|(?:La|Le) (?:réunion|séance|session|atelier) a été (?:ouverte?|présidée?|coprésidée?|clôturée?|modérée?|organisée?) par|L['’]atelier a été (?:ouvert|présidé|coprésidé|clôturé|modéré|organisé) par|(?:Le|La|L['’]) ?(?:séminaire|réunion|atelier|conférence|rencontre|session), (?:organisée?|présidée?|coprésidée?|ouverte?|accueillie?) par [^,]{1,60}, a (?:réuni|rassemblé)|(?:El|La) (?:seminario|reunión|taller|encuentro|conferencia), (?:organizad[oa]|presidid[oa]|inaugurad[oa]) por [^,]{1,60}, (?:reunió|congregó))(?:$|[^\p{L}\p{N}_])`)

// chairActsRe matches a record's narrative of the presiding officer or
// the secretariat at work: "The Chair thanked the speakers", "The
// Co-Facilitators then invited ...". Group 1 is the word after the role.
// Summaries write the roles in lower case too ("The facilitator closed
// the session"), so the role words match in either case.
var chairActsRe = regexp.MustCompile(`^The\s+(?:(?:Acting|Vice|Co|acting|vice|co)[- ]?)?(?i:Chair|Chairs|Chairperson|Chairman|Chairwoman|Moderator|Facilitator|Facilitators|Rapporteur|Secretariat)(?:\s*\([^()]{1,60}\))?,?\s+([a-z]+)\b`)

// chairNarrates reports whether p opens with the presiding officer or the
// secretariat as the subject of a verb: their words are nobody's position,
// and the paragraph must not fall to the previous speaker's country by
// block order. "The Chair of the Group of 77 said" is not such a sentence.
func chairNarrates(p string) bool {
	sm := chairActsRe.FindStringSubmatch(p)
	if sm == nil {
		return chairNarratesESFR(p)
	}
	switch sm[1] {
	case "of", "for", "and", "or", "to", "in", "at", "on", "from", "with":
		return false
	}
	return true
}

// labelRe matches a paragraph that opens with a name and a colon or a
// dash ("Albania: We believe ...", "Gambia — Binding treaty: ..."); the
// name is a country's label when the gazetteer resolves it.
var labelRe = regexp.MustCompile(`^([\p{Lu}][^:—–\n]{1,60}?)\s*(?::|—|–|\s-)\s`)

// asideRe matches an interviewer's or a journalist's line ("Q: ...",
// "Question: ...", "Interviewer: ...", a press briefing's "Question
// (Reuters): ..." or "Question from AFP: ...", "Pregunta: ...",
// "Journaliste : ...", a French briefing's "Q - ...", a Spanish
// interview's "P: ..." before "R: ...", testdata/pages10's 976): nobody's position,
// and the block goes on after it.
var asideRe = regexp.MustCompile(`^P\s*:\s|^(?:Q|Question|Questions|Interviewer|Interviewers|Host|Journalist|Reporter|Pregunta|Periodista|Entrevistador|Entrevistadora|Journaliste|Intervieweur)(?:\s*\([^()\n]{1,60}\)|\s+(?:from|by|de)\s+[^:\n]{1,40}?)?(?:\s*[:.]|\s+[-–])\s`)

// editorialRe matches a compiler's note ("Note: the table summarises
// statements made in 2024", "Sources: …", "Nota: …", "Remarque : …"),
// which no country says, whatever row or block comes before it.
//
// A note signed by the body that compiled the page ("Nota de la
// Secretaría: las explicaciones se reproducen tal como fueron
// recibidas.", "Note du Secrétariat :", "Note by the Secretariat:",
// "Note de la rédaction :") is such a note too: under a table of
// explanations of vote it went on with the last row's State
// (testdata/pages13's 9bc).
var editorialRe = regexp.MustCompile(`^(?:Note|Notes|NB|N\.B\.|Source|Sources|Nota|Notas|Fuente|Fuentes|Remarque|Remarques|Méthodologie|Methodology|Disclaimer|(?:Note|Nota|Notes|Notas) (?:(?:by|from|of) the (?:Secretariat|Editors?|Editorial Board|Compilers?|Chair)|de la (?:Secretaría|Presidencia|Redacción|redacción|rédaction|Présidence)|del (?:Editor|editor|Secretariado|Presidente|Relator)|de los (?:editores|Editores)|du (?:Secrétariat|secrétariat|Président|Rapporteur)|de l['’](?:éditeur|Éditeur|éditrice)))\s*[:.]\s`)

// recordRe matches a record's country field ("Country: Comoros Forum:
// OEWG ... Summary: ..." in a policy portal's export).
var recordRe = regexp.MustCompile(`^(?:Country|State|Member State|Delegation|Country name|Nation|País|Estado|Estado miembro|Delegación|Pays|État|État membre|Délégation)\s*:\s*`)

// labelKind says what a paragraph's opening label makes of it.
type labelKind uint8

const (
	labelNone        labelKind = iota
	labelSpeaker               // a speaker's turn: "Ms. Kalaj (Albania):"
	labelCountry               // the paragraph alone: "Albania: ...", "Country: Comoros ..."
	labelChair                 // the presiding officer or procedure: nobody's, the block ends
	labelAside                 // an interviewer's question: nobody's, the block goes on
	labelMember                // a parliament Member's or the Speaker's turn: nobody's, the block goes on (see parliament.go)
	labelMemberAlone           // a Member's label alone: nobody's, and so is the paragraph after it
	labelOffice                // a minister's label alone: no statement, the block goes on
)

// The first words that may open a label: a speaker's title, the
// presiding officer, the record's procedure after "The".
var (
	titleWords = toSet(`Mr Mrs Ms Miss Mx Dr Sir Dame Madam H Ambassador Minister Professor Prof Archbishop Monsignor
Sheikh Prince Princess Sr Sra Srta Dña M Mme Mlle Mgr`)
	chairWords = toSet(`Chair Chairs Chairperson Chairman Chairwoman President Moderator Facilitator Facilitators Rapporteur Secretary
Secretary-General Secretariat Acting Vice Co Vice-Chair Co-Chair Co-Chairs Co-Facilitator Co-Facilitators Co-facilitator
Co-facilitators Acting-President Presidente Presidenta Vicepresidente Vicepresidenta Copresidente Copresidenta Président
Présidente Vice-Président Vice-Présidente Coprésident Coprésidente Moderador Moderadora Modérateur Modératrice Facilitador
Facilitadora Facilitateur Facilitatrice`)
	procedureWords = toSet(`meeting Meeting session Committee Assembly Council Conference Working Group Open-ended Open-Ended OEWG floor General Security
First Second Third Fourth Fifth Sixth séance Comisión Asamblea Conferencia Consejo Grupo sesión reunión Primera Segunda Tercera
Cuarta Quinta Sexta Commission Conférence Conseil réunion Première Deuxième Troisième Quatrième Cinquième Sixième taller encuentro
seminario atelier session workshop Workshop seminar Seminar conference roundtable round-table Roundtable Round-table
dialogue Dialogue forum Forum séminaire conférence rencontre conferencia`)
	// procedureOpeners open the record's procedure on their own: "Also
	// speaking were …", "Se levanta la sesión", "Intervinieron también
	// …", "Ont également pris la parole …", "L'Assemblée reprendra …".
	procedureOpeners = toSet(`For Not Para Documento Pour Document Also Se Intervinieron Hablaron También Asimismo Hicieron Tomaron Ont Sont L'Assemblée L L'atelier`)
	// lowerRoleWords are the presiding roles as summaries write them in
	// lower case after "The" ("The facilitator closed the session").
	lowerRoleWords = toSet(`chair chairs chairperson chairman chairwoman moderator facilitator facilitators co-facilitator
co-facilitators rapporteur secretariat vice-chair co-chair co-chairs`)
)

// moderatorWords are a panel moderator's label in English, Spanish and
// French, as titleLabel writes it.
var moderatorWords = toSet(`Moderator Moderador Moderadora Modérateur Modératrice Moderatrice`)

// leadWord splits off p's first word (letters and hyphens).
func leadWord(p string) (word, rest string) {
	i := strings.IndexFunc(p, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	if i < 0 {
		return p, ""
	}
	return p[:i], p[i:]
}

// labelMark reports whether s holds a colon or a dash (— or –). Byte
// searches, not strings.ContainsAny(s, ":—–"), which walked its set rune
// by rune at each byte of every paragraph's opening: UTF-8 finds a dash's
// bytes only where the dash is (TestSentEndsLowerWord).
func labelMark(s string) bool {
	return strings.IndexByte(s, ':') >= 0 || strings.Contains(s, "—") || strings.Contains(s, "–")
}

// turnLabel reads the label a paragraph opens with: a speaker's country
// (with the label as evidence), a country labelling the paragraph, the
// presiding officer, or an interviewer.
func (g *Gazetteer) turnLabel(p string) (country, evidence string, kind labelKind) {
	if len(p) < 3 {
		return "", "", labelNone
	}
	orig := p
	p = titleLabel(p)
	// Most paragraphs open with no label at all: a look at the first two
	// words and the first few bytes spares them the regular expressions
	// (they were 6% of a load's CPU).
	first, rest := leadWord(p)
	head := p[:min(len(p), 48)]
	labelled := labelMark(head) || strings.Contains(head, " - ")
	presiding := chairWords[first] || procedureOpeners[first]
	if first == "The" || first == "El" || first == "Le" || first == "La" {
		second, _ := leadWord(strings.TrimLeft(rest, " "))
		presiding = chairWords[second] || procedureWords[second] || lowerRoleWords[second]
	}
	if presiding && (chairRe.MatchString(p) || proceduralRe.MatchString(p) || chairNarrates(p)) {
		if moderatorWords[first] && strings.HasSuffix(p, "?") && chairRe.MatchString(p) {
			// A panel moderator's question ("Moderator: And do you see a
			// role for the African Union?", "Moderadora: Director, ¿eso
			// la protege más?", "Modératrice : Et le Tchad ?") is shown
			// with the answer after it, as an interviewer's is.
			return "", "", labelAside
		}
		return "", "", labelChair
	}
	if (first == "Q" || labelled) && asideRe.MatchString(p) {
		return "", "", labelAside
	}
	if labelled && editorialRe.MatchString(p) {
		return "", "", labelChair // the compiler's note under a table or list: nobody's
	}
	if k := strings.IndexByte(p[:min(len(p), 80)], '('); k > 3 {
		// A record noting who presides, a press release naming its
		// speaker (see pressnames.go).
		if c, ev, kind := g.bracketLabel(p, k); kind != labelNone {
			return c, ev, kind
		}
	}
	if kind := recordMemberTurn(p, first, rest); kind != labelNone {
		return "", "", kind
	}
	if member, alone, office := parliamentTurn(p); member || office {
		switch {
		case office:
			return "", "", labelOffice
		case alone:
			return "", "", labelMemberAlone
		}
		return "", "", labelMember
	}
	if !labelled {
		if c, ev, ok := g.runInName(p); ok {
			return c, ev, labelCountry
		}
	}
	if !titleWords[first] && !labelled && !(len(p) > len(head) && labelMark(p[len(head):min(len(p), 66)])) {
		// (A country's label may be longer than head: "United Kingdom
		// of Great Britain and Northern Ireland: …".)
		return "", "", labelNone
	}
	if sm := speakerRe.FindStringSubmatchIndex(p); sm != nil {
		// The country in brackets by its name: a parliament's record
		// brackets a constituency, which may be a capital ("Mr. Naidu
		// (Suva):").
		if c, ok := g.Resolve(p[sm[2]:sm[3]]); ok && g.namesOnly(p[sm[2]:sm[3]]) {
			return c, p[:sm[1]], labelSpeaker
		}
		if strings.HasSuffix(p, "?") {
			// A member's question in a parliament's record ("Mr. Rolle
			// (Exuma): Will the Minister say ...?"): like an interviewer's,
			// it is shown with the answer that follows.
			return "", "", labelAside
		}
	}
	if c, ev, ok := g.looseLabel(p); ok {
		return c, ev, labelSpeaker
	}
	if c, ev, nobody := g.witnessLabel(p, first); c != "" {
		// The paragraph alone, not a turn: the next witness's label
		// names whom it speaks for in words no turn would end on
		// ("Minister of Information, Hon. …: said").
		return c, ev, labelCountry
	} else if nobody {
		return "", "", labelChair // an organisation's witness: nobody's, the turn before ends
	}
	if loc := recordRe.FindStringIndex(p); loc != nil {
		rest := p[loc[1]:min(len(p), loc[1]+80)]
		toks := Tokenize(rest)
		if ms := g.Find(toks, false, nil); len(ms) > 0 && ms[0].How != ByDemonym &&
			(ms[0].First == 0 || ms[0].First == 1 && toks[0].Lower == "the") {
			return ms[0].Country, p[:loc[1]+toks[ms[0].Last].End], labelCountry
		}
		if k := strings.Index(rest, " — "); k > 0 && !strings.ContainsAny(rest[:k], ".;") {
			// A table row whose country column names none ("Delegation:
			// Microsoft — Speaker: …", see tablerows.go): nobody's, and
			// never the row before's.
			return "", "", labelChair
		}
	}
	if sm := labelRe.FindStringSubmatchIndex(p); sm != nil {
		name := p[sm[2]:sm[3]]
		if c, ok := g.Resolve(name); ok && g.namesOnly(name) {
			return c, p[:sm[1]], labelCountry
		}
		if orig != p {
			// "UK:", "DPRK:": an abbreviation in capitals is the
			// country's, not a label typed in capitals ("Uk:").
			name = orig[sm[2]:sm[3]]
			if c, ok := g.Resolve(name); ok && g.namesOnly(name) {
				return c, orig[:sm[1]], labelCountry
			}
		}
		if outletQuestion(p, name) {
			return "", "", labelAside
		}
	}
	return "", "", labelNone
}

// runInName reads a run-in heading that is a country's name alone, ended
// by a full stop before the paragraph's first sentence ("Mongolia.
// Ulaanbaatar took a different path.", "Kazakhstan. Astana's Ministry …"),
// as a think tank's country notes write them: the paragraph is that
// country's note, as under a "Mongolia:" label. Read as text, the note
// named its country only by its capital and kept the note before's holder
// (asked23's blog gave Mongolia's and Kazakhstan's notes to Uzbekistan).
// Only a name of at most four capitalised words counts, and the next
// sentence must open with a capital letter.
func (g *Gazetteer) runInName(p string) (country, evidence string, ok bool) {
	k := strings.Index(p[:min(len(p), 48)], ". ")
	if k < 3 || k+2 >= len(p) {
		return "", "", false
	}
	if r, _ := utf8.DecodeRuneInString(p[k+2:]); !unicode.IsUpper(r) {
		return "", "", false
	}
	name := p[:k]
	words := strings.Fields(name)
	if len(words) > 4 {
		return "", "", false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && w != "and" && w != "of" && w != "the" {
			return "", "", false
		}
	}
	c, found := g.Resolve(name)
	if !found || !g.namesOnly(name) {
		return "", "", false
	}
	return c, p[:k+1], true
}

// outletQuestion reports an interviewer's turn labelled by its outlet's
// or its own name ("Baltic Review: … Do you agree?", "El Faro: ¿…?",
// "Jeune Afrique : … ?"): a turn that ends in a question, under a label of
// at most four capitalised words that names no office (an official asks
// too: "Minister: Is this right?" stays the minister's). asideRe knows
// only the generic labels ("Q:", "Interviewer:"); an interview printed
// by a newspaper labels its questions with the paper's name
// (TestOutletQuestionIsAside).
func outletQuestion(p, label string) bool {
	end := strings.TrimRight(p, " \t\"'”»)")
	if !strings.HasSuffix(end, "?") {
		return false
	}
	words := strings.Fields(label)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		lower := strings.ToLower(w)
		if !unicode.IsUpper(r) && !articles[lower] || personNouns[lower] || roleNouns[lower] || chairWords[w] || officeWords[lower] {
			return false
		}
	}
	return true
}

// titleLabel writes a label typed in capitals the way the label rules read
// it: transcripts and minutes often print "MODERATOR:", "THE CHAIR:" or
// "MR. EMBALÓ (GUINEA-BISSAU):", which are "Moderator:", "The Chair:" and
// "Mr. Embaló (Guinea-Bissau):". Only a label of at most 80 bytes before
// its colon (or its bracket) with no lower-case letter is rewritten, each word's letters
// after the first lowered; p is returned unchanged otherwise (or when the
// rewrite would change its length, so offsets into it still hold).
func titleLabel(p string) string {
	end := strings.IndexByte(p[:min(len(p), 81)], ':')
	if end < 2 {
		return p
	}
	if k := strings.IndexByte(p[:end], '('); k > 0 {
		end = k // the bracket may be written as usual: "MR. EMBALÓ (Guinea-Bissau):"
	}
	upper := 0
	for _, r := range p[:end] {
		if unicode.IsLower(r) {
			return p
		}
		if unicode.IsUpper(r) {
			upper++
		}
	}
	if upper < 2 {
		return p // "Q:", "A:"
	}
	var b strings.Builder
	b.Grow(len(p))
	inWord := false
	for _, r := range p[:end] {
		if unicode.IsLetter(r) {
			if inWord {
				r = unicode.ToLower(r)
			}
			inWord = true
		} else {
			inWord = false
		}
		b.WriteRune(r)
	}
	if b.Len() != end {
		return p
	}
	b.WriteString(p[end:])
	return b.String()
}

// namesOnly reports whether words are a country's name and nothing else,
// in English, Spanish or French (Resolve also forgives typos, which a
// label must not need).
func (g *Gazetteer) namesOnly(words string) bool {
	toks := Tokenize(words)
	ms := g.Find(toks, false, nil)
	if spansOnly(toks, ms) {
		return true
	}
	// A Spanish or French record's bracket: "(República Dominicana)",
	// "(Tunisie)", and "(Guinea Ecuatorial)", whose English reading finds
	// only its first word "Guinea" (esfr25's round table). A name the
	// English reading finds later ("República del Paraguay — Ministerio …",
	// a masthead) is read as before: no label.
	if len(ms) == 0 || len(ms) == 1 && ms[0].First == 0 {
		return spansOnly(toks, g.findText(toks, true))
	}
	return false
}

// spansOnly reports whether ms is one mention of a country by its name
// spanning toks, which may open with "the".
func spansOnly(toks []Token, ms []Mention) bool {
	if len(ms) != 1 {
		return false
	}
	first := 0
	if len(toks) > 1 && toks[0].Lower == "the" {
		first = 1
	}
	// "the" may belong to the name itself ("the Netherlands", "The Gambia").
	return (ms[0].First == first || ms[0].First == 0) && ms[0].Last == len(toks)-1 && ms[0].How != ByDemonym
}

// headingHolders reads the countries a heading or a document title names
// (a demonym with a government noun too, "Statement by the Bhutanese
// delegation", when that is all it names) and whether it introduces a joint statement.
func (g *Gazetteer) headingHolders(p string) (countries []string, joint bool) {
	toks := getTokens(p)
	defer putTokens(toks)
	var demonyms []string
	// Spanish and French names too, longest first: "## République
	// démocratique du Congo" is the DRC, not "Congo"; "Guinée équatoriale"
	// is a country. Titles and headings are too short to tell their
	// language, and an English heading reads the same either way.
	for _, m := range g.findText(toks, true) {
		if m.How == ByDemonym {
			// "the Bhutanese delegation", not "the Indian Ocean"
			if govDemonym(toks, m) && !contains(demonyms, m.Country) {
				demonyms = append(demonyms, m.Country)
			}
			continue
		}
		if headingModifier(toks, m) || ministryNamePart(toks, m) || headingAfterEvent(toks, m) {
			continue
		}
		if !contains(countries, m.Country) {
			countries = append(countries, m.Country)
		}
	}
	if len(countries) == 0 {
		countries = demonyms
	}
	if len(countries) == 1 && behalfRe.MatchString(p) {
		// "Statement by the Permanent Representative of Tonga on behalf
		// of the Pacific Islands Forum": the group's members sign it.
		for _, r := range g.FindRegions(toks) {
			if g.isGroup(r.Region) && !someOfGroup(toks, r) {
				for _, c := range r.Countries {
					if !contains(countries, c) {
						countries = append(countries, c)
					}
				}
			}
		}
	}
	if len(countries) == 0 && jointRe.MatchString(p) {
		// "Joint statement of the Nordic countries": each member of a
		// named grouping (not of a continent) signs it.
		for _, r := range g.FindRegions(toks) {
			if g.isGroup(r.Region) && !someOfGroup(toks, r) {
				countries = append(countries, r.Countries...)
			}
		}
	}
	if members, _ := g.weJoint(p); len(members) > 1 {
		// "We, the Heads of State and Government of A, B and C, meeting
		// in Gitega …:" standing as the title block of their communiqué.
		return members, true
	}
	if len(countries) == 0 {
		// "G7 Foreign Ministers' Statement on Cyber Security", "BRICS
		// Leaders' Declaration", "Statement by the Quad": a grouping's
		// own statement, which each member signs (groupstatement.go).
		if members := g.groupStatement(toks); len(members) > 1 {
			return members, true
		}
	}
	return countries, len(countries) > 1 && jointRe.MatchString(p)
}

// markdownLevel is the number of "#" opening a Markdown heading, 0 for
// any other heading or title.
func markdownLevel(h string) int {
	n := 0
	for n < len(h) && h[n] == '#' {
		n++
	}
	if n == len(h) || h[n] != ' ' {
		return 0
	}
	return n
}

// headingModifier reports a country's name that only qualifies a noun in
// a heading or title, "ransomware gangs, elections and the EU path", "the
// China question": the page is about the noun, not by the country. A
// document noun keeps it ("the EU position", "the Japan strategy"), and so
// does a word that reads as a verb ("the EU plans", "the US adopted").
func headingModifier(toks []Token, m Mention) bool {
	next := m.Last + 1
	if m.First == 0 || toks[m.First-1].Lower != "the" || next >= len(toks) || toks[next].Gap != "" || toks[m.Last].Poss {
		return false
	}
	w := toks[next].Lower
	return isLowerWord(toks[next].Orig) && !govNouns[w] && !docNouns[w] && !notVerb[w] &&
		!strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed")
}

// ministryNamePart reports a name that is part of a foreign ministry's
// own name, after its "Foreign Affairs,": Spain's "Ministerio de Asuntos
// Exteriores, Unión Europea y Cooperación", "Ministry of Foreign Affairs,
// European Union and Cooperation". The European Union there is a
// portfolio, no signatory of the communiqué whose title names the
// minister (TestMinistryNamePart).
func ministryNamePart(toks []Token, m Mention) bool {
	i := m.First
	if i > 0 && toks[i].Gap == "" && (toks[i-1].Lower == "la" || toks[i-1].Lower == "the") {
		i--
	}
	if i < 1 || toks[i].Gap != "," {
		return false
	}
	if next := m.Last + 1; next >= len(toks) || !listJoinWord(toks[next].Lower) {
		// "Ministry of Foreign Affairs, Republic of Kenya": the
		// ministry's country, where a portfolio runs on into a list
		// ("…, European Union and Cooperation").
		return false
	}
	switch toks[i-1].Lower {
	case "exteriores", "affairs", "étrangères", "etrangeres":
		return true
	}
	return false
}

// listJoinWord reports a word joining a list's last item: "and", "y", "e",
// "et".
func listJoinWord(w string) bool { return w == "and" || w == "y" || w == "e" || w == "et" }

// docNouns name a document or a position a country issues.
var docNouns = toSet(`strategy policy paper submission contribution declaration report remarks speech address intervention
response reply proposal framework doctrine law act plan programme program approach`)

// nationalDocWords name a country's own document in a title line with no
// country in it: "NATIONAL CYBER SECURITY STRATEGY", "Position Paper",
// "Estrategia Nacional de Ciberseguridad", "Déclaration". Unlike docNouns
// they leave out what a page about a country may be ("report", "law",
// "framework").
var nationalDocWords = toSet(`strategy policy doctrine paper submission statement remarks speech address intervention
estrategia estrategia política politica politique stratégie strategie déclaration declaration declaración declaracion
discours discurso intervención intervencion`)

// nationalDocTitle reports a title line that names a country's own
// document (nationalDocWords) in at most twelve words.
func nationalDocTitle(text string) bool {
	f := strings.Fields(text)
	if len(f) > 12 {
		return false
	}
	for _, w := range f {
		if nationalDocWords[strings.ToLower(strings.Trim(w, ".,:;–—-"))] {
			return true
		}
	}
	return false
}

// behalfRe finds "on behalf of" (and its Spanish and French forms).
var behalfRe = regexp.MustCompile(`(?i)\b(?:on behalf of|au nom d|en nombre d)`)

// deliverer returns the one country named before "on behalf of" in a joint
// statement's heading ("Delivered by Guyana on behalf of ...", "Statement
// by the Permanent Representative of Tonga on behalf of ..."): the one that
// goes on in its national capacity. "" when there is none or several.
func (g *Gazetteer) deliverer(p string) string {
	loc := behalfRe.FindStringIndex(p)
	if loc == nil {
		return ""
	}
	hh, _ := g.headingHolders(p[:loc[0]])
	if len(hh) != 1 {
		return ""
	}
	return hh[0]
}

// IsGroup reports whether a region name is a political grouping (NATO,
// ASEAN, the African Group), not a UN M49 region.
func (g *Gazetteer) IsGroup(name string) bool { return g.isGroup(name) }

// isGroup reports whether a region name is a political grouping, not a
// UN M49 region.
func (g *Gazetteer) isGroup(name string) bool {
	for _, r := range g.Regions {
		if r.Name == name {
			return r.Kind == "group" || r.Kind == KindUnlisted
		}
	}
	return false
}

// quoted reports a paragraph that opens with a quotation mark.
func quoted(p string) bool {
	switch {
	case p == "":
		return false
	case p[0] < utf8.RuneSelf:
		return p[0] == '"' || p[0] == '\''
	}
	r, _ := utf8.DecodeRuneInString(p)
	return r == '“' || r == '«' || r == '„' || r == '‘'
}

// abbreviations end with a full stop that ends no sentence.
var abbreviations = toSet(`Mr Mrs Ms Mx Dr St Sr Jr Mt Prof Gen Col Lt Amb Ambs No Nos Art Arts Vol Rev Hon Rt Ph Co Inc Ltd vs
Dom Dem Rep`)

// sentenceInside reports a full stop inside p that ends a sentence, not an
// abbreviation ("H.E. Ms. Ana Lima", "Mr. Ortega").
func sentenceInside(p []byte) bool {
	for i := 0; ; {
		k := bytes.Index(p[i:], []byte(". "))
		if k < 0 {
			return false
		}
		end := i + k
		word := p[bytes.LastIndexAny(p[:end], " .")+1 : end]
		if r, size := utf8.DecodeRune(word); !(size == len(word) && unicode.IsUpper(r)) && !abbreviations[string(word)] {
			return true // not an initial ("H.E.", "J.") or a title ("Mr.")
		}
		i = end + 2
	}
}

// maxTitleWords bounds a page's title block (see titleMatter): longer
// than a heading's 15 words, since a title and its subtitle or dateline
// often stand on adjacent lines and read as one paragraph.
const maxTitleWords = 30

// titleMatter reports a paragraph at the top of a page, before any
// statement, that is its title block: no sentence in it ends (no full
// stop, question or exclamation mark, semicolon) and it is at most
// maxTitleWords long ("Ghana's cyber diplomacy: ambition and limits An
// analysis by the … Observatory, March 2025").
func titleMatter(p string) bool {
	last, _ := utf8.DecodeLastRuneInString(p)
	if strings.ContainsRune(".!?…;", last) || strings.ContainsAny(p, "!?;") || sentenceInside([]byte(p)) {
		return false
	}
	return len(strings.Fields(p)) <= maxTitleWords
}

// isSalutation reports a short paragraph that ends with a comma: a
// speech's "Mr. President, Distinguished delegates," is no statement; nor
// is one that addresses its audience and ends on a greeting
// ("Excellencies, distinguished guests, ladies and gentlemen, good
// morning.", "Señoras y señores, buenos días.": pages15's 9d3).
func isSalutation(p []byte) bool {
	if invocationOpens(p) {
		if m := invocationRe.FindIndex(p); m != nil {
			// "In the name of God, the Most Gracious, the Most Merciful.
			// Excellencies, ladies and gentlemen,": a speech's opening
			// invocation, alone or before its salutation, says nothing
			// (testdata/pages18's 9g7).
			rest := bytes.TrimSpace(p[m[1]:])
			return len(rest) == 0 || isSalutation(rest)
		}
	}
	if bytes.HasSuffix(p, []byte(",")) {
		return bytes.Count(p, []byte(" ")) < 8 || addressList(p[:len(p)-1])
	}
	if len(p) > 120 || !bytes.HasSuffix(p, []byte(".")) && !bytes.HasSuffix(p, []byte("!")) {
		return false
	}
	k := bytes.LastIndexByte(p, ',')
	if k < 0 {
		return false
	}
	tail := bytes.TrimSpace(p[k+1 : len(p)-1])
	if len(tail) < 7 || len(tail) > 14 {
		return false // (no greeting: spares the lowering below)
	}
	switch string(bytes.ToLower(tail)) {
	case "good morning", "good afternoon", "good evening", "buenos días", "buenos dias", "buenas tardes", "buenas noches", "bonjour", "bonsoir":
	default:
		return false
	}
	// Every part before the greeting addresses someone, in at most four
	// words ("Excellencies", "distinguished guests", "ladies and
	// gentlemen"): "Fiji supports the fund, good morning." says something.
	for _, part := range bytes.Split(p[:k], []byte(",")) {
		if len(bytes.Fields(part)) > 4 {
			return false
		}
		lower := string(bytes.ToLower(part))
		addressed := false
		for _, w := range addressWords {
			if strings.Contains(lower, w) {
				addressed = true
				break
			}
		}
		if !addressed {
			return false
		}
	}
	return true
}

// invocationRe matches a speech's opening invocation, up to its full stop
// ("In the name of God, the Most Gracious, the Most Merciful.", "Au nom de
// Dieu, le Clément, le Miséricordieux.", "Bismillah ar-Rahman ar-Rahim.").
var invocationRe = regexp.MustCompile(`^(?:In the [Nn]ame of (?:God|Allah)|Bismillah|Au nom de (?:Dieu|Allah)|En el nombre de (?:Dios|Alá|Allah))[^.!]{0,100}[.!]`)

// invocationOpens reports whether p may open with an invocation: a few
// prefix comparisons, so that invocationRe runs on almost no paragraph.
func invocationOpens(p []byte) bool {
	if len(p) < 9 {
		return false
	}
	switch p[0] {
	case 'I':
		return bytes.HasPrefix(p, []byte("In the name of ")) || bytes.HasPrefix(p, []byte("In the Name of "))
	case 'B':
		return bytes.HasPrefix(p, []byte("Bismillah"))
	case 'A':
		return bytes.HasPrefix(p, []byte("Au nom de "))
	case 'E':
		return bytes.HasPrefix(p, []byte("En el nombre de "))
	}
	return false
}

// maxAddressListWords bounds a salutation read as a list of addressees
// (addressList): a page's opening list of the guests it greets is short.
const maxAddressListWords = 60

// addressList reports whether p, a paragraph that ended with a comma,
// is a speech's salutation of several lines run together: every
// comma-separated part addresses someone ("Programme Director, Your
// Excellency the Ambassador of the European Union, Representatives of the
// International Telecommunication Union, Distinguished guests, ladies and
// gentlemen"). The organisations its addressees come from are no speakers:
// read as a statement it made the European Union the speaker of a Lesotho
// minister's speech (asked24).
func addressList(p []byte) bool {
	if len(p) > 600 || len(bytes.Fields(p)) > maxAddressListWords {
		return false
	}
	for _, part := range bytes.Split(p, []byte(",")) {
		lower := string(bytes.ToLower(bytes.TrimSpace(part)))
		if lower == "" || !addresses(lower) {
			return false
		}
	}
	return true
}

// addresses reports whether a lower-case salutation part names whom it
// addresses (addressWords, listAddressWords).
func addresses(lower string) bool {
	for _, w := range addressWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	for _, w := range listAddressWords {
		if strings.HasPrefix(lower, w) {
			return true
		}
	}
	return false
}

// listAddressWords open the parts of a long salutation beside
// addressWords: the guests named by their office ("Programme Director",
// "Representatives of the ITU", "Su Excelencia", "Mesdames et Messieurs
// les représentants").
var listAddressWords = [...]string{"programme director", "program director", "director", "directora", "directeur", "directrice",
	"representatives", "representative", "representantes", "representante", "représentant", "your excellenc", "your honour", "his excellenc", "her excellenc",
	"su excelencia", "son excellence", "heads of", "jefes de", "chefs de", "officials", "funcionarios", "autorités", "autoridades", "authorities"}

// addressWords are the stems a speech's salutation addresses its audience
// with, in English, Spanish and French; the audience's groups too
// ("Students, ladies and gentlemen", "estudiantes", "chers étudiants":
// left out, the list read as a statement made Japan, its first guest's
// country, the speaker of a Bhutanese minister's speech: asked25).
var addressWords = [...]string{"excellenc", "distinguished", "ladies", "gentlemen", "colleague", "friends", "guests", "delegates",
	"president", "chair", "minister", "ambassador", "honourable", "honorable", "dear", "members", "participants",
	"students", "youth", "young people", "journalists", "partners", "everyone",
	"señor", "excelencia", "distinguid", "colega", "amig", "invitad", "delegad", "presidente", "ministr", "embajador",
	"estudiantes", "jóvenes", "periodistas", "socios",
	"mesdames", "messieurs", "monsieur", "madame", "excellence", "chers", "chères", "collègue", "invités", "délégués", "président", "ambassadeur",
	"étudiants", "élèves", "jeunes", "journalistes", "partenaires"}

// ministerAddressRe matches a salutation addressed to a minister or a
// government ("Monsieur le Ministre,", "Dear Minister,", "Señora
// Ministra,", "Honourable Minister,"): a parliamentary question or a
// letter to a government opens so, and its first paragraph, whatever
// country it names, is the asker's, not a speaker's own (pages9's 950:
// a deputy's question naming Monaco made Monaco the author of the
// Luxembourg minister's answer).
var ministerAddressRe = regexp.MustCompile(`(?i)^(?:(?:dear|honou?rable|mr\.?|madam|monsieur|madame|señor|señora|sr\.?|sra\.?|estimad[oa]|excelentísim[oa])\s+)+(?:(?:le|la|el)\s+)?(?:(?:vice|deputy|prime)[ -]?)?(?:minister|ministre|ministro|ministra|secretary|secretario|secretaria|secrétaire)\b`)

// opensSpeech reports whether a salutation p opens a speech whose first
// paragraph names its speaker (see parseFile): not one addressed to a
// minister (ministerAddressRe). Read on a paragraph the analysis left as
// debris, at most once a page before any holder.
func opensSpeech(p []byte) bool {
	return isSalutation(p) && !ministerAddressRe.Match(p)
}

// courtesyRe matches a speech's closing thanks, which says nothing: "I
// thank you, Mr. President.", "Thank you very much, Chair.", "Muchas
// gracias, señor Presidente.", "Je vous remercie, Monsieur le Président."
var courtesyRe = regexp.MustCompile(`(?i)^(?:i thank you|thank you|thanks|muchas gracias|gracias|je vous remercie|merci)(?:\s+(?:all|a todos|à tous|tous))?(?:,?\s+(?:very much|so much|for your attention|beaucoup|de votre attention|por su atenci[oó]n))?` +
	// "I thank you all, and I wish you a productive forum." (pages15's 9d3)
	`(?:,?\s+and\s+(?:i\s+)?wish\s+you\s+(?:all\s+)?(?:a\s+|every\s+)?(?:\w+\s+){0,2}(?:forum|meeting|conference|session|deliberations|discussions?|day|week|success))?(?:,\s*(?:(?:mr|mrs|ms|madam|madame|mister|monsieur|señor|señora|sr|sra)\.?\s+)?(?:le |la |el )?(?:president|presidente|presidenta|pr[ée]sident|pr[ée]sidente|chair|chairman|chairperson|chairwoman|co-chairs?|facilitators?|moderator|excellencies|colleagues))?` +
	// "Muchas gracias a todos. Buenas tardes.", "Thank you all. Good
	// afternoon.": a briefing's closing with its farewell (pages16's 9e7).
	// "Thank you. That is all for today.", "Gracias. Eso es todo por hoy.":
	// a press conference's closing (pages18's 9g4).
	`(?:[.!,]?\s+(?:buenas tardes|buenos d[ií]as|buenas noches|good (?:morning|afternoon|evening|bye)|goodbye|bonne (?:journ[ée]e|soir[ée]e)|bonsoir|au revoir|that(?: is|'s|’s) all for (?:today|now)|that concludes (?:today's|today’s|this|our) (?:briefing|press conference|session)|eso es todo por hoy|c'est tout pour aujourd'hui|c’est tout pour aujourd’hui))?\s*[.!]?$`)

// questionsTurnRe matches a briefing's turn to the questions ("Let me now
// take your questions.", "I am happy to take any questions.", "Paso a
// responder sus preguntas.", "Je suis prêt à répondre à vos questions."):
// procedure, which block order gave the spokesperson's country
// (testdata/pages10's 977).
var questionsTurnRe = regexp.MustCompile(`(?i)^(?:(?:and |so |now, )?(?:let me|i will|i shall|i'll|i would be (?:happy|glad) to|i am (?:happy|glad|ready) to|i'm (?:happy|glad|ready) to) (?:now )?(?:take|answer|turn to) (?:your |any |some )?questions|the floor is (?:now )?open (?:for|to) questions|(?:paso|pasamos|procedo) a (?:responder |contestar )?(?:sus |las |vuestras )?preguntas|quedo a (?:su|vuestra|sus) disposici[oó]n para (?:sus |las )?preguntas|je (?:suis (?:prêt|prête) à répondre|vais (?:maintenant )?répondre|réponds volontiers) à vos questions)(?:,? (?:now|please|if any|ahora|maintenant))?\s*[.!:]?$`)

// declareOpenRe matches a speech's formula opening or closing the event,
// with the thanks after it: "Je déclare ouverte la Semaine nationale de la
// cybersécurité. Je vous remercie.", "Declaro inaugurado el taller.
// Muchas gracias.", "I hereby declare the conference open. Thank you."
// It says nothing either (testdata/esfr20's 611, held by Cameroon).
var declareOpenRe = regexp.MustCompile(`(?i)^(?:je déclare (?:ouverte?s?|close?s?|clos) [^.!]{3,90}|declaro (?:inaugurad[oa]s?|abiert[oa]s?|clausurad[oa]s?) [^.!]{3,90}|i (?:hereby |now )?declare [^.!]{3,90} (?:open|opened|closed))[.!]?` +
	`(?:\s+(?:i thank you|thank you|thanks|muchas gracias|gracias|je vous remercie|merci)(?: (?:all|a todos|à tous|very much|beaucoup|por su atenci[oó]n|de votre attention|for your attention))?[.!]?)?$`)

// openForSignatureRe matches a joint statement's line saying it may
// still be signed: "This statement remains open for further signature.",
// "La presente declaración queda abierta a la firma de otros Estados.",
// "La présente déclaration reste ouverte à la signature." Procedure, which
// its signatories held as a position (pages17's 9f3).
var openForSignatureRe = regexp.MustCompile(`(?i)^(?:this|the|la presente|la présente|la|esta|el presente|cette|le présent) (?:joint )?(?:statement|declaration|communiqu[ée]|declaraci[oó]n|comunicado|d[ée]claration) (?:remains|is|will remain|queda|permanece|está|sigue|reste|demeure|est) (?:open|abiert[ao]|ouverte?) (?:for|to|a|à) (?:further |other |additional )?(?:signature|signatures|endorsement|endorsements|la firma|la adhesi[oó]n|la signature|l'adhésion|adh[ée]sion)\b[^.]{0,80}\.?$`)

// isCourtesy reports a speech's closing thanks (see courtesyRe) or its
// formula declaring the event open (declareOpenRe): no statement, which
// block order gave the speaker.
func isCourtesy(p []byte) bool {
	if len(p) <= 160 && len(p) > 20 && bytes.Contains(p[:20], []byte("clar")) && declareOpenRe.Match(p) {
		return true
	}
	if len(p) == 0 {
		return false // a paragraph cleaned to nothing ("[0]": a footnote marker alone)
	}
	if len(p) < 160 && (p[0] == 'T' || p[0] == 'L' || p[0] == 'E' || p[0] == 'C') &&
		(bytes.Contains(p, []byte("open")) || bytes.Contains(p, []byte("abiert")) || bytes.Contains(p, []byte("ouvert"))) && openForSignatureRe.Match(p) {
		return true
	}
	if len(p) > 80 && len(p) <= 110 && (bytes.Contains(p, []byte("uestions")) || bytes.Contains(p, []byte("reguntas"))) {
		return questionsTurnRe.Match(p)
	}
	if localGreeting(p) {
		return true
	}
	if len(p) > 80 || len(p) < 6 {
		return false
	}
	if k := bytes.Index(p, []byte(" / ")); k > 0 {
		// A bilingual page's closing in both its languages ("Thank you. /
		// Je vous remercie.", pages19's 9h9): empty if both halves are.
		return isCourtesy(bytes.TrimSpace(p[:k])) && isCourtesy(bytes.TrimSpace(p[k+3:]))
	}
	if bytes.Contains(p, []byte("uestions")) || bytes.Contains(p, []byte("reguntas")) {
		return questionsTurnRe.Match(p)
	}
	if k := bytes.IndexByte(p[:min(len(p), 48)], ':'); k > 0 && k+2 < len(p) {
		// A speaker's label before the thanks ("PORTAVOZ DEL GOBIERNO:
		// Muchas gracias a todos. Buenas tardes."): the thanks are as
		// empty under a label (pages16's 9e7).
		p = bytes.TrimLeft(p[k+1:], " ")
	}
	head := p[:min(len(p), 20)]
	return (bytes.Contains(head, []byte("hank")) || bytes.Contains(head, []byte("racias")) || bytes.Contains(head, []byte("erci"))) &&
		courtesyRe.Match(p)
}

// maxLocalGreeting bounds a speech's greeting or closing thanks with words
// of the speaker's own language (localGreeting).
const maxLocalGreeting = 100

// localGreeting reports a speech's greeting or closing thanks in English
// with words of the speaker's own language beside it and the audience's
// applause after it: "Kuzuzangpo la! Good morning to you all.", "Good
// morning. Khotso! Pula! Nala!", "Tashi Delek, and I thank you.
// (Applause)", "Ladies and gentlemen, I thank you. Kea leboha. (Prolonged
// applause)". It says nothing, yet was held by the speaker's country, or
// by the first guest's the salutation before it named (asked24's Lesotho
// and asked25's Bhutan speeches). Every part is the greeting or the
// thanks, an addressee, or at most two words none of which is an English
// word ("Fiji agrees. Thank you." says something).
func localGreeting(p []byte) bool {
	if len(p) > maxLocalGreeting || len(p) < 12 || !(bytes.Contains(p, []byte("ood ")) || bytes.Contains(p, []byte("hank"))) {
		return false
	}
	text := stageDirectionRe.ReplaceAllString(string(p), "")
	greeted, local := false, false
	for _, part := range strings.FieldsFunc(text, func(r rune) bool { return r == '.' || r == '!' || r == ',' }) {
		lower := strings.TrimPrefix(strings.ToLower(strings.TrimSpace(part)), "and ")
		switch {
		case lower == "":
		case englishGreeting(lower) || strings.Contains(lower, "thank") && courtesyRe.MatchString(lower):
			greeted = true
		case addresses(lower):
		case ownLanguageWords(lower):
			local = true
		default:
			return false
		}
	}
	return greeted && local
}

// stageDirectionRe matches a transcript's note of the audience's reaction:
// "(Applause)", "(Prolonged applause)", "(Laughter)".
var stageDirectionRe = regexp.MustCompile(`\s*\((?i:[a-z ]{0,20}(?:applause|laughter))\)`)

// englishGreeting reports a lower-case greeting: "good morning", "good
// afternoon to you all", "good evening, everyone".
func englishGreeting(lower string) bool {
	for _, g := range [...]string{"good morning", "good afternoon", "good evening"} {
		if rest, ok := strings.CutPrefix(lower, g); ok {
			switch rest {
			case "", " to you all", " to all", " to you", " everyone", " all", " to everyone":
				return true
			}
		}
	}
	return false
}

// ownLanguageWords reports one or two lower-case words none of which is an
// English word of four letters or more ("tashi delek", "kea leboha",
// "khotso"): a greeting in the speaker's own language.
func ownLanguageWords(lower string) bool {
	ws := strings.Fields(lower)
	if len(ws) == 0 || len(ws) > 2 {
		return false
	}
	for _, w := range ws {
		if len(w) >= 4 && isEnglishWord(w) || !letters(w) {
			return false
		}
	}
	return true
}

// capitalVerbs are the verbs after which a capital city in running text is
// its government acting ("Beijing has backed", "Washington insists"), not a
// place or a name ("Georgetown researchers", "the Budapest Convention").
var capitalVerbs = toSet(`wants warns urges sees seeks rejects remains prefers opposes maintains insists hopes holds fears
favours favors denies continues considers claims calls believes backs argues accuses agrees disagrees welcomes
supports says stresses views proposes`)

// romanceCapitalVerb reports a Spanish or French verb after a capital
// that makes it its government acting, as capitalVerbs and the English
// past do: a Spanish preterite ("La Habana aprobó", "Caracas rechazó"), a
// verb of saying or stance ("Rabat exige", "Alger soutient"), or the
// perfect's auxiliary before its participle ("Windhoek a adopté", "Quito
// ha aprobado"). Left unread, such a paragraph was dropped or went to the
// previous paragraph's country (pages17's 9f9).
func romanceCapitalVerb(toks []Token, v, e int) bool {
	w := toks[v].Lower
	switch {
	case romanceCapitalVerbs[w]:
		return true
	case w == "a" || w == "ont" || w == "ha" || w == "han":
		if v+1 >= e {
			return false
		}
		p := toks[v+1].Lower
		return isLowerWord(toks[v+1].Orig) && len(p) > 3 && (strings.HasSuffix(p, "é") || strings.HasSuffix(p, "ée") || strings.HasSuffix(p, "és") ||
			strings.HasSuffix(p, "ado") || strings.HasSuffix(p, "ido") || strings.HasSuffix(p, "it") || strings.HasSuffix(p, "is") || strings.HasSuffix(p, "u"))
	}
	// the preterite's third person: "aprobó", "anunció", "rechazó"
	return len(w) > 4 && strings.HasSuffix(w, "ó") && isLowerWord(toks[v].Orig)
}

// romanceCapitalVerbs are the Spanish and French present-tense verbs of
// stance after which a capital is its government (see romanceCapitalVerb).
var romanceCapitalVerbs = toSet(`exige pide insiste rechaza respalda apoya defiende considera sostiene advierte propone busca
denuncia acusa quiere prefiere teme espera aprueba anuncia reclama
exige demande insiste rejette soutient défend considère estime juge propose dénonce accuse craint espère refuse prône
plaide annonce adopte réclame souhaite veut appelle`)

// capitalSubjects adds to ms (the names Find read in a paragraph) the
// capitals that act as a clause's subject: "Beijing has backed the
// proposal", "Washington, by contrast, insists ...". News and think-tank
// prose name governments by their capitals; left unread, such a paragraph
// went to the previous paragraph's country.
func (g *Gazetteer) capitalSubjects(toks []Token, ms []Mention) []Mention {
	return g.capitalSubjectsKeys(toks, nil, ms)
}

// capitalSubjectsKeys is capitalSubjects; keys, when not nil, are the
// tokens' folded keys (Fold of their Lower).
func (g *Gazetteer) capitalSubjectsKeys(toks []Token, keys []string, ms []Mention) []Mention {
	key := func(i int) string {
		if keys != nil {
			return keys[i]
		}
		return Fold(toks[i].Lower)
	}
	var out []Mention
	next := 0 // index into ms
	for i := 0; i < len(toks); i++ {
		for next < len(ms) && ms[next].Last < i {
			next++
		}
		if next < len(ms) && ms[next].First <= i {
			continue // inside a name already read
		}
		if !startsUpper(toks[i].Orig) {
			continue
		}
		for _, p := range g.phrases[key(i)] {
			if p.how != ByCapital || p.country < 0 || i+len(p.words) > len(toks) {
				continue
			}
			ok := true
			for k, w := range p.words {
				if key(i+k) != w || !startsUpper(toks[i+k].Orig) {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			last := i + len(p.words) - 1
			m := Mention{Country: g.Countries[p.country].Short, How: ByCapital, First: i, Last: last, Text: joinOrig(toks[i : last+1])}
			e := i + 1
			for e < len(toks) && !toks[e].SentStart {
				e++
			}
			if toks[last].Poss && last+2 < e && delegationNouns[toks[last+1].Lower] && toks[last+1].Gap == "" {
				// "Tbilisi's delegation pressed …", "Juba's representative
				// asked …": a capital's delegation is its country's
				// (see capitalposs.go).
				out = append(out, m)
				i = last
			} else if v, acts := actsAt(toks, m, e); acts && !toks[last].Poss && (capitalVerbs[toks[v].Lower] || auxiliaries[toks[v].Lower] || sayVerbs[toks[v].Lower] || strings.HasSuffix(toks[v].Lower, "ed") || romanceCapitalVerb(toks, v, e)) {
				out = append(out, m)
				i = last
			}
			break
		}
	}
	if len(out) == 0 {
		return ms
	}
	all := append(append(make([]Mention, 0, len(ms)+len(out)), ms...), out...)
	sort.Slice(all, func(a, b int) bool { return all[a].First < all[b].First })
	return all
}

// eventSummaryRe and eventNounRe read a title that calls its page the
// summary of a meeting: a summary word and a meeting's noun, in English,
// Spanish or French ("Nordic-Baltic side event on …: summary", "CICTE:
// resumen del diálogo", "Réunion des experts : synthèse des débats"). A
// national document's summary ("Estrategia Nacional … (resumen
// ejecutivo)") names no meeting.
var (
	eventSummaryRe = regexp.MustCompile(`(?i)\b(?:summary|summaries|resumen|r[ée]sum[ée]|synth[eè]se|compte[- ]rendu|outcome|highlights|report of the)\b`)
	eventNounRe    = regexp.MustCompile(`(?i)\b(?:side[- ]event|meeting|session|dialogue|di[aá]logo|workshop|round[- ]?table|conference|forum|foro|seminar|s[ée]minaire|seminario|panel|reuni[oó]n|r[ée]union|taller|atelier|s[ée]ance|mesa redonda|table ronde|conferencia|conf[ée]rence|sesi[oó]n|debates?|d[ée]bats?|discussions?)\b`)
)

// eventSummaryTitle reports a title that calls its page a meeting's
// summary (eventSummaryRe, eventNounRe).
func eventSummaryTitle(t string) bool {
	return len(t) < 300 && eventSummaryRe.MatchString(t) && eventNounRe.MatchString(t)
}

// jointTitleRe matches a title that opens by calling its page a joint
// statement, in English, Spanish or French.
var jointTitleRe = regexp.MustCompile(`(?i)^(?:joint (?:statement|declaration|communiqu[ée]|press (?:statement|release))|declaraci[oó]n conjunta|comunicado conjunto|d[ée]claration (?:commune|conjointe)|communiqu[ée] (?:commun|conjoint))\b`)

// jointTitle reports a title that calls its page a joint statement
// ("Joint statement on the proliferation of commercial cyber intrusion
// capabilities"): the ministry of the one signatory that publishes it is
// not its author, and another signatory's "Malta added that …" is
// Malta's, not the publisher's (asked15's 203).
func jointTitle(t string) bool { return len(t) < 300 && jointTitleRe.MatchString(t) }

// publisherNotAuthor reports a title under which a country's ministry or
// mission publishes the page without being its author: a meeting's
// summary, a joint statement.
func publisherNotAuthor(t string) bool { return eventSummaryTitle(t) || jointTitle(t) }

// beforeAuthor is a title block's text before the words that would make a
// country its author (authorRe: "… : summary Permanent Mission of Latvia",
// a title and its publisher run together), or all of it.
func beforeAuthor(text string) string {
	if loc := authorRe.FindStringIndex(text); loc != nil {
		return text[:loc[0]]
	}
	return text
}

// chairRolesESFR are the presiding officer's and the secretariat's titles
// a Spanish or French summary narrates ("Le Président a remercié …", "La
// Presidenta recordó …").
var chairRolesESFR = toSet(`Président Présidente Presidente Presidenta Vice-Président Vice-Présidente Vicepresidente
Vicepresidenta Coprésident Coprésidente Copresidente Copresidenta Modérateur Modératrice Moderador Moderadora Facilitateur
Facilitatrice Facilitador Facilitadora Rapporteur Rapporteuse Relator Relatora Secrétariat Secretaría président présidente
presidente presidenta modérateur modératrice moderador moderadora secrétariat secretaría`)

// chairNarratesESFR reports whether p opens with a Spanish or French
// summary's presiding officer or secretariat as the subject of a verb in
// the past ("Le Président a remercié les délégations", "Le Président, M.
// Ousmane Ba, a ouvert la réunion", "La Presidenta agradeció …", "El
// Moderador cerró …"): their words are nobody's, and a closing "Le
// Président a remercié …" went on with the last delegation's block
// (testdata/pages13's 9b8). Word tests, no expression. A role of
// something ("Le Président de la République a déclaré", "El Presidente
// del Perú") is a head of State, not a chair: not such an opening.
func chairNarratesESFR(p string) bool {
	first, rest := leadWord(p)
	if first != "Le" && first != "La" && first != "El" {
		return false
	}
	role, rest := leadWord(strings.TrimLeft(rest, " "))
	if !chairRolesESFR[role] {
		return false
	}
	rest = strings.TrimLeft(rest, " ")
	if strings.HasPrefix(rest, ",") {
		// An apposition naming the officer: ", M. Ousmane Ba,".
		k := strings.IndexByte(rest[1:], ',')
		if k < 0 || k > 60 {
			return false
		}
		rest = strings.TrimLeft(rest[k+2:], " ")
	}
	verb, after := leadWord(rest)
	switch verb {
	case "a", "ont":
		// "a remercié", "a ouvert", "a rappelé", "a indiqué", "a
		// conclu", "a pris acte": the auxiliary and a participle.
		part, _ := leadWord(strings.TrimLeft(after, " "))
		return frenchParticiple(part)
	case "", "de", "del", "du", "des", "d":
		return false
	}
	// "agradeció", "recordó", "señaló", "anunció", "clausuró": a Spanish
	// preterite in the third person.
	return isLowerWord(verb) && (strings.HasSuffix(verb, "ó") || verb == "dio" || verb == "hizo" || verb == "puso")
}

// frenchParticiple reports whether w reads as a French past participle
// ("remercié", "ouvert", "conclu", "pris", "dit", "rappelé").
func frenchParticiple(w string) bool {
	if !isLowerWord(w) {
		return false
	}
	switch w {
	case "ouvert", "clos", "conclu", "pris", "dit", "fait", "mis", "rendu", "lu", "soumis", "remis", "repris", "suspendu":
		return true
	}
	return strings.HasSuffix(w, "é") || strings.HasSuffix(w, "i") && len(w) > 3
}

// wordHeading reports a paragraph's first line that is one capitalised
// word heading the text under it, with no blank line between: "Iraq" over
// "Iraq's Ministry of Communications announced …", as a comparative
// brief sets its country notes. The next line must open on the same word
// (the heading repeated as the text's subject), so that a wrapped line
// ("Ambassador" over "Smith said") is never cut. Read as a heading, the
// note no longer opens with its heading run in ("Iraq Iraq's Ministry …",
// asked24).
func wordHeading(line, next []byte) bool {
	if len(line) < 3 || len(line) > 40 || len(next) <= len(line) || !unicode.IsUpper(rune(line[0])) && line[0] < utf8.RuneSelf {
		return false
	}
	for _, r := range string(line) {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	if !bytes.HasPrefix(next, line) {
		return sameNameOpens(line, next)
	}
	r, _ := utf8.DecodeRune(next[len(line):])
	return r == ' ' || r == '\'' || r == '’' || r == ','
}

// sameNameOpens reports whether next opens, after an article, with
// another form of the heading's name word: a capitalised word sharing its
// first letters, at least three and half of them ("Laos" over "The Lao PDR
// has not commented …", "Kyrgyzstan" over "The Kyrgyz Republic …": the
// heading ran into asked25's note as "Laos The Lao PDR …").
func sameNameOpens(word, next []byte) bool {
	for _, art := range [...]string{"The ", "La ", "Le ", "El ", "Les ", "Los "} {
		if rest, ok := bytes.CutPrefix(next, []byte(art)); ok {
			next = rest
			break
		}
	}
	if len(next) == 0 || next[0] != word[0] {
		return false
	}
	n := 0
	for n < len(word) && n < len(next) && word[n] == next[n] {
		n++
	}
	return n >= 3 && 2*n >= len(word) && n < len(next) && (next[n] == ' ' || unicode.IsLetter(rune(next[n])) && n < len(word))
}
