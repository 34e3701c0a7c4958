package corpus

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// Pages saved from a browser or converted from a PDF keep more than their
// text: a record's turns run on without blank lines, and a web page keeps
// its menus, sharing buttons, related headlines and copyright line. None of
// it is anyone's position, and the headlines name countries ("Spain and
// Portugal hold bilateral consultations"), so they must neither hold a
// statement nor lend the block before them their words
// (TestPages4Corpus, TestPageChrome).

// speakerLine reports a line that opens a speaker's turn ("Ms. Grech
// (Malta): …"): it starts a paragraph even when the line before it ends
// no sentence. A byte search for the label's closing bracket and colon
// spares nearly every line the regular expression.
func speakerLine(line []byte) bool {
	if len(line) < 6 || line[0] < 'A' || line[0] > 'Z' {
		return false
	}
	head := line[:min(len(line), 120)]
	if !bytes.Contains(head, []byte("):")) && !bytes.Contains(head, []byte(") :")) && !bytes.Contains(head, []byte(")\u00a0:")) &&
		!bytes.Contains(head, []byte(")\u202f:")) {
		return false
	}
	return speakerRe.Match(head)
}

// labelAlone reports a paragraph that is only a speaker's label ("Mr.
// Kovačević (Bosnia and Herzegovina):" at a page's foot): the turn's words
// come after the blank lines and the page break, and are joined to it.
func labelAlone(p []byte) bool {
	return len(p) > 0 && p[len(p)-1] == ':' && len(p) <= 120 && speakerLine(p)
}

// chromeEndRe matches what closes a web page's article: its related
// headlines and its copyright line. What follows is the site's, not the
// article's holder's.
var chromeEndRe = regexp.MustCompile(`^(?:©|\([cC]\)\s|Copyright\b|All rights reserved|(?:Related|More|Latest|Recent) (?:news|articles|stories|content|links|posts|statements|press releases|publications|items)\b|Read more\b|You (?:may|might) also (?:like|be interested)|Noticias relacionadas|Art[ií]culos relacionados|M[aá]s noticias|Articles (?:connexes|similaires|li[ée]s)|Actualit[ée]s (?:li[ée]es|connexes)|Autres actualit[ée]s|[ÀA] lire aussi|Lire aussi|Lea tambi[ée]n|Todos los derechos reservados|Tous droits r[ée]serv[ée]s` +
	// An encyclopedia article's end matter, before its list.
	`|(?:References|See also|External links|Further reading|Bibliography|Referencias|Véase también|Vease tambien|Enlaces externos|Références|References|Voir aussi|Liens externes)(?:\s*$|\s+[\d^\[\"“•*-])` +
	// An email newsletter's footer ("To subscribe or unsubscribe, write
	// to the editors.", which went on with the digest's last item) and a
	// wire story's credit line.
	`|You (?:are receiving|received|have received) this (?:e-?mail|newsletter|message)|Unsubscribe\b|To unsubscribe\b|To subscribe\b|Subscribe (?:to (?:our|this|the) newsletter|here|now)\b|Para suscribirse\b|Suscr[ií]bete\b|Pour (?:vous abonner|s'abonner|s’abonner)\b|S'abonner\b|S’abonner\b|\((?:Reporting|Writing|Editing|Additional reporting) by\b|Para darse de baja|Darse de baja|Recibe este (?:correo|mensaje)|Vous recevez (?:ce|cet) (?:courriel|message|e-mail)|Pour vous d[ée]sinscrire|Se d[ée]sinscrire|Se d[ée]sabonner` +
	// A think tank's note on its authors (asked24's brief: held by the
	// last country it compared).
	`|About the authors?\s*:|(?:Sobre|Acerca de) (?:los|las|el|la) autor(?:es|as|a)?\s*:|[ÀA] propos (?:des|de l['’]) auteure?s?\s*:` +
	// An organisation's boilerplate at a release's foot ("About the OECS:
	// The Organisation of Eastern Caribbean States is …", "Acerca del
	// SICA:", "À propos de la CEEAC :"): held by the member whose
	// paragraph came before it (pages22's releases, pages21's "About
	// CARICOM").
	`|About (?:the )?\p{Lu}[\p{L}&'’.()-]*(?: [\p{L}&'’.()-]+){0,7}\s?:\s|(?:Acerca|Sobre) (?:del?|de la|de los|el|la) \p{Lu}[\p{L}&'’.()-]*(?: [\p{L}&'’.()-]+){0,7}\s?:\s|[ÀA] propos (?:de la |du |des |de l['’]|de )\p{Lu}[\p{L}&'’.()-]*(?: [\p{L}&'’.()-]+){0,7}\s?:\s)`)

// relatedHeadingRe matches a heading over a list of the site's other
// pages ("Related Press Releases", "Noticias relacionadas", "À lire
// aussi"), whose titles name other countries: it ends the article once a
// paragraph was held (pages20's 9i7). A story's own "Read more" link does
// not (pages5's 505, a newsletter's items).
var relatedHeadingRe = regexp.MustCompile(`^(?:(?:Related|Latest|Recent|Other) (?i:news|articles|stories|posts|statements|press releases|releases|publications)|Noticias relacionadas|Art[ií]culos relacionados|Comunicados relacionados|Articles (?:connexes|similaires|li[ée]s)|Communiqu[ée]s (?:connexes|li[ée]s)|Actualit[ée]s (?:li[ée]es|connexes)|[ÀA] lire aussi|Lire aussi|Lea tambi[ée]n|You (?:may|might) also (?:like|be interested))\s*:?$`)

// chromeNoteRe matches a web page's furniture inside or above its
// article: sharing buttons, tags, a cookie banner, a breadcrumb, a skip
// link. It holds no statement, and the article's holder goes on after it.
var chromeNoteRe = regexp.MustCompile(`^(?:Share (?:this|on|via)\b|Share\s*:|Tags\s*:|Keywords\s*:|Etiquetas\s*:|Mots[- ]cl[ée]s\s*:|Partager\b|Compartir\b|Print\s*(?:$|\||this)|Back to top|Skip to (?:main )?content|You are here\s*:|Vous [êe]tes ici\s*:|Usted est[aá] aqu[ií]\s*:|Follow (?:us|the (?:Embassy|Ministry|Mission|Agency|Department)) on\b|Suivez(?:-nous| l['’]Ambassade| le Ministère| la Mission| l['’]Agence)? sur\b|S[ií]ganos en\b|Siga a (?:la Embajada|la Misi[oó]n|la Agencia) en\b|Sigue a (?:la Embajada|la Misi[oó]n|la Agencia) en\b|We use cookies|This (?:web)?site uses cookies|Ce site utilise des cookies|Este sitio (?:web )?utiliza cookies|Utilizamos cookies|Nous utilisons des cookies` +
	// An email newsletter's greeting and links above its first story.
	`|Hello and welcome to\b|Welcome to (?:issue|this issue|the latest issue|edition)\b|View (?:this (?:e-?mail|message)|it|this newsletter) in (?:your|a) browser|Forward (?:this (?:e-?mail|newsletter) )?to a friend|Ver (?:este correo|este mensaje) en (?:su|el) navegador|Voir (?:ce|cet) (?:courriel|e-mail|message) dans (?:votre|le) navigateur)`)

// chromeFirst are the first words of chromeEndRe's and chromeNoteRe's
// openings that seldom open anything else, so a paragraph opening
// otherwise is passed over with a look at its first word ("We use
// cookies", "All rights reserved" are looked for by their own words).
var chromeFirst = toSet(`Copyright Related More Latest Recent Read You Noticias Artículos Articulos Más Mas Articles Actualités
Actualites Autres À Lire Lea Todos Tous Share Tags Keywords Etiquetas Mots Mots-clés Partager Compartir Print Back Skip Vous Usted
Unsubscribe To Para Darse Recibe Pour Se Hello Welcome View Forward Ver Voir Subscribe Suscríbete Suscribete S
Follow Suivez Síguenos Siganos Siga Sigue About Sobre Acerca
References See External Further Bibliography Referencias Véase Vease Enlaces Références Liens`)

// contactFooterRe matches a press release's contact footer: "For further
// information, please contact the Corporate Communications Unit, …",
// "Media contact: …", "Para más información, comuníquese con …", "Pour
// plus d'informations, contactez …". It closes the release; it was held
// by the release's country as its last paragraph (asked23's 908).
var contactFooterRe = regexp.MustCompile(`^(?:(?:For (?:further|more|additional) (?:information|details)|Further information|More information|Media (?:enquiries|inquiries)|Press (?:enquiries|inquiries)|Para (?:m[aá]s|mayor|mayores) (?:informaci[oó]n|informes|detalles)|Pour (?:plus d['’]informations?|de plus amples informations|toute (?:information|demande) (?:compl[ée]mentaire|de presse)|tout renseignement)|Renseignements)\b[^.]{0,80}?\b(?:contact|call|write|e-?mail|phone|telephone|reach|visit|please|directed|sent|addressed|contacte|comun[ií]quese|comunicarse|escriba|escribir|llame|llamar|dir[ií]jase|contactez|contacter|[ée]crivez|appelez|veuillez|s['’]adresser|adressez)|(?:Media|Press) contacts?\s*:|Contacto(?: de prensa| para medios)?\s*:|Contact(?: presse| m[ée]dias)?\s*:)`)

// contactFooter reports a paragraph contactFooterRe matches, looking at
// its first word before the expression.
func contactFooter(p string) bool {
	switch first, _ := leadWord(p); first {
	case "For", "Further", "More", "Media", "Press", "Para", "Pour", "Renseignements", "Contacto", "Contact":
		return contactFooterRe.MatchString(p)
	}
	return false
}

// webChrome reports whether p opens as a web page's furniture: end when it
// closes the article (see chromeEndRe, contactFooter), note when it only
// sits in it.
func webChrome(p string) (end, note bool) {
	if contactFooter(p) {
		return true, false
	}
	first, _ := leadWord(p)
	if !chromeFirst[first] && !strings.HasPrefix(p, "©") && !strings.HasPrefix(p, "(c) ") && !strings.HasPrefix(p, "(C) ") && !wireCredit(p) &&
		!strings.HasPrefix(p, "All rights") && !strings.Contains(p[:min(len(p), 60)], "cookies") {
		return false, false
	}
	if chromeEndRe.MatchString(p) {
		return true, false
	}
	return false, chromeNoteRe.MatchString(p)
}

// recordProcedureRe matches a committee record's own procedure in the
// third person: the meeting ("La Commission s'est réunie … sous la
// présidence de …", "The Committee met …"), the chair giving the floor
// ("Après avoir souhaité la bienvenue au ministre, le président lui a
// donné la parole.") and closing ("L'ordre du jour étant épuisé, le
// président a levé la séance"). No one's words: they were held by the
// heading's country (testdata/pages16's 9e9). They are notes, not the
// chair's turn: the heading's country goes on to the minister's words
// after them, which name no other speaker.
var recordProcedureRe = regexp.MustCompile(`^(?:(?:La|Le|El|The) (?:Commission|Comité|Comisión|Committee) (?:s['’]est réunie?|se reunió|met)[\s,]|Après avoir (?:souhaité la bienvenue|accueilli|remercié|salué)[^.]{0,160}, (?:le|la) présidente? (?:lui |leur )?a (?:donné|passé|cédé) la parole|Tras (?:dar la bienvenida|saludar|agradecer)[^.]{0,160}, (?:el|la) president[ea] (?:le |les )?(?:dio|cedió|concedió) (?:el uso de )?la palabra|L['’]ordre du jour (?:étant|est) épuisé` +
	// A report's procedural history: "El proyecto fue calificado por el
	// Consejo de Administración Legislativa … y remitido a esta Comisión"
	// (pages16's 9e6), "Le projet de loi a été renvoyé à la Commission".
	`|(?:El|La) (?:proyecto|iniciativa)[^.]{0,100}? fue (?:calificad[oa]|remitid[oa]|presentad[oa] y remitid[oa])\s|Le projet de loi[^.]{0,100}? a été (?:renvoyé|transmis|déposé)\s)`)

// recordProcedure reports a paragraph recordProcedureRe matches, looking
// at its first word before the expression.
func recordProcedure(p string) bool {
	switch first, _ := leadWord(p); first {
	case "La", "Le", "El", "The", "Après", "Tras", "L":
		return recordProcedureRe.MatchString(p)
	}
	return false
}

// socialHeader reports a paragraph that is only a social post's header:
// the account's name, its handle and the post's date ("Cancillería
// Argentina @CancilleriaARG · 3 mar.", "Quote UK Mission Geneva
// @UKMissionGeneva · May 1"), after a quoted post's marker ("Quote",
// "Citar", "Citer") or alone, or the marker alone. A header the page's
// line breaks did not join to its post was held by the country the
// account names, and a quoted post's by the thread's (testdata/pages16's
// 9e1). A header joined to its post is the post, read as before. Byte
// searches for the handle and the middle dot spare every other paragraph.
func socialHeader(p string) bool {
	switch p {
	case "Quote", "Citar", "Citer", "Cita", "Quote post", "Citar post":
		return true
	}
	if len(p) > 140 {
		return false
	}
	at, dot := strings.Index(p, " @"), strings.LastIndex(p, "·")
	if at < 0 || dot < at {
		return false
	}
	handle := p[at+2 : dot]
	if strings.TrimSpace(handle) == "" || strings.ContainsAny(strings.TrimSpace(handle), " .,;:") {
		return false // "@handle ·": one word
	}
	return len(strings.TrimSpace(p[dot+len("·"):])) <= 24 // a date: "3 mar.", "May 1", "2 h", "3 mars 2026"
}

// postHeaderRe matches a social post's header opening the paragraph its
// text runs on in: "@MOFA_Oman · 1 Dec The Sultanate …", "@user · 2h …",
// "@CancilleriaPy · 3 dic. …".
var postHeaderRe = regexp.MustCompile(`^@\w{2,30} · (?:\d{1,2} ?[hm]|\d{1,2} \p{L}{3,9}\.?(?: \d{4})?|\p{L}{3,9}\.? \d{1,2}(?:, \d{4})?)\s`)

// postOpens reports a paragraph that opens with a social post's header
// (postHeaderRe): a new post, by the account it names, which the post
// before, another account's, does not hold. A thread rendered as text
// gave Kuwait's repost's holder the Omani ministry's post and a private
// user's reply after it (pages22's 9ka). Its first byte spares nearly
// every paragraph the expression.
func postOpens(p string) bool { return len(p) > 8 && p[0] == '@' && postHeaderRe.MatchString(p) }

// footnoteOpens reports a paragraph that is an article's footnote or the
// rule above its notes: "___ ¹ Ministère des Armées, Droit international
// … (2019).", "² Attorney General Jeremy Wright, …". A note cites where a country said something; it is
// no one's position, least of all that of the country whose paragraph
// came before it, which held every note of an article
// (TestFootnotesAreNobodys).
func footnoteOpens(p string) bool {
	p = strings.TrimLeft(p, "_-—–=* ")
	if p == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p)
	switch r {
	case '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹', '⁰':
		return true
	}
	return false
}

// doneAt reports a text's closing place and date ("Done at Gitega, 28
// February 2026.", "Fait à Dakar, le 3 mai 2026.", "Hecho en Lima, …"):
// procedure that ends the text, no signatory's position. A longer one
// says in how many originals and languages ("Fait à Tunis, en deux
// exemplaires originaux en langue arabe et en langue française.", esfr25's
// 895, which went on with the host's paragraph).
func doneAt(p string) bool {
	if len(p) > 240 || !(strings.HasPrefix(p, "Done at ") || strings.HasPrefix(p, "Done in ") || strings.HasPrefix(p, "Fait à ") ||
		strings.HasPrefix(p, "Hecho en ") || strings.HasPrefix(p, "Dado en ")) {
		return false
	}
	return len(p) <= 80 || originalsRe.MatchString(p)
}

// originalsRe matches a closing formula's originals: "in two originals",
// "en deux exemplaires originaux", "en dos ejemplares", "equally
// authentic", "faisant également foi", "igualmente auténticos".
var originalsRe = regexp.MustCompile(`(?i)\b(?:originals?|copies|exemplaires?|ejemplares?|originales?|equally authentic|également foi|igualmente auténticos)\b`)

// copyrightLine reports a line that opens with a copyright notice ("©
// 2026 Pacific Digital Wire. All rights reserved."): it starts a paragraph
// even after a line that ends no sentence, such as the last related
// headline, which it would otherwise complete into a sentence that a
// country in the headline held (TestPageChrome).
func copyrightLine(line []byte) bool {
	return bytes.HasPrefix(line, []byte("©")) || bytes.HasPrefix(line, []byte("(c) ")) || bytes.HasPrefix(line, []byte("(C) ")) ||
		bytes.HasPrefix(line, []byte("Copyright ")) || bytes.HasPrefix(line, []byte("All rights reserved"))
}

// wireCredit reports a wire story's credit line opening p: "(Reporting by
// …; editing by …)".
func wireCredit(p string) bool {
	if !strings.HasPrefix(p, "(") {
		return false
	}
	w, _ := leadWord(p[1:])
	return w == "Reporting" || w == "Writing" || w == "Editing" || w == "Additional"
}

// inlineNoteRe matches what a news page sets inside its article between
// paragraphs: a link to another story ("READ ALSO: Zambia launches
// national cyber agency", "ALSO READ:", "READ MORE:") and a photo's
// caption ("Photo: the State Secretary and the Ambassador of Iceland at the
// signing ceremony.", "Caption:", "Pictured:", "Foto:"). Neither is
// anyone's words: a headline naming a country read as a heading that made
// it hold the article's next paragraphs, and a caption lent the country it
// names the paragraphs after it (TestInlineNotes). The article's holder
// goes on past it.
var inlineNoteRe = regexp.MustCompile(`^(?:READ ALSO|Read also|ALSO READ|Also read|READ MORE|RELATED|Photo(?: credit| caption)?|PHOTO|Photograph|Picture|Pictured|Image|Caption|Foto|Pie de foto|L[ée]gende)\s*:`)

// inlineNote reports a paragraph that is such a note (see inlineNoteRe);
// a look at its first byte and at a colon in its first 20 spares nearly
// every paragraph the expression.
func inlineNote(p []byte) bool {
	if len(p) < 6 {
		return false
	}
	switch p[0] {
	case 'R', 'A', 'P', 'I', 'C', 'F', 'L':
	default:
		return false
	}
	if bytes.IndexByte(p[:min(len(p), 20)], ':') < 0 {
		return false
	}
	return inlineNoteRe.Match(p)
}

// dateLabelRe matches a line opening with a timeline's date label and a
// dash: "March 2019 — Tuvalu joins …", "2022 – Nauru adopts …".
var dateLabelRe = regexp.MustCompile(`^(?:\d{1,2} )?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?(?:\d{1,2},? )?(?:19|20)\d\d\s+[—–]\s`)

// dateLabelLine reports a line that opens a timeline's entry (see
// dateLabelRe): it starts a paragraph even after a title line that ends no
// sentence ("Timeline: Pacific island States in the UN cyber debates"),
// which it would otherwise complete and lend its first country.
func dateLabelLine(line []byte) bool {
	return len(line) > 8 && (line[0] >= '0' && line[0] <= '9' || line[0] >= 'A' && line[0] <= 'S') && dateLabelRe.Match(line)
}

// endMatterLine reports a line that is only the heading of an article's
// end matter ("References", "Bibliography", "Works cited", "Références",
// "Notes"):
// the entries under it follow without a blank line, so it ran into the
// first ("References Finland, Ministry for Foreign Affairs (2020). …"), was
// read as that entry's text, and the cited country held the entry; alone,
// it ends the text as chromeEndRe says (TestEndMatterLine). A byte check
// of its length and first letter spares nearly every line the look-up.
func endMatterLine(line []byte) bool {
	if len(line) < 5 || len(line) > 20 {
		return false
	}
	switch line[0] {
	case 'R', 'B', 'W', 'F', 'S', 'N', 'E':
	default:
		return false
	}
	switch string(bytes.TrimRight(line, " :")) {
	case "References", "Bibliography", "Works cited", "Works Cited", "Further reading", "Further Reading", "See also", "Sources",
		"Referencias", "Références", "Bibliografía", "Bibliographie":
		return true
	}
	return notesHeading(line)
}

// notesHeading reports a statement's notes under a heading of their own
// ("Notes", "Footnotes", "Notas", "Notes de bas de page"), each citing
// where a State said something ("[4] Brazil has stated …, A/76/136"):
// the State cited, not the speaker, said it (pages11's 984). It ends the
// text only after a paragraph was held: over a page's first paragraphs,
// "Notes" titles a meeting's notes (TestUNQualifiedNamesAndLooseLabels).
// "Notes:" running into its first note is left to the note rules
// (pages8's 819).
func notesHeading(line []byte) bool {
	switch string(bytes.TrimRight(line, " ")) {
	case "Notes", "Footnotes", "Endnotes", "Notas", "Notas al pie", "Notes de bas de page":
		return true
	}
	return false
}

// timeStampRe matches a line that is only a time of day, as a live blog
// heads each entry: "16:05 GMT", "4.32pm", "09h15 UTC".
// A time zone or "am"/"pm" must follow: a bare "14:30" may be a
// transcript's time mark, which trimTimestamp drops.
var timeStampRe = regexp.MustCompile(`^\d{1,2}[:.h]\d{2}(?:\s*(?:am|pm|AM|PM|a\.m\.|p\.m\.)(?:\s*(?:GMT|UTC|[A-Z]{2,4}))?|\s+(?:GMT|UTC|[A-Z]{2,4}))$`)

// timeStampHeading reports such a line standing alone: a live blog's
// entry ends where the next time stamp begins, so the entry before no
// longer lends its country to the next one, which may report an official
// of no country (TestTimeStampEntries). A length and first-byte check
// spares nearly every heading the expression.
func timeStampHeading(h string) bool {
	return len(h) >= 4 && len(h) <= 16 && h[0] >= '0' && h[0] <= '9' && timeStampRe.MatchString(h)
}

// timeStampLine is timeStampHeading for a raw line, without a copy.
func timeStampLine(line []byte) bool {
	return len(line) >= 4 && len(line) <= 16 && line[0] >= '0' && line[0] <= '9' && timeStampRe.Match(line)
}

// slotRe matches a programme's time slot opening a line or a table row:
// "09:30–10:00 Opening remarks by the Minister of Foreign Affairs of the
// Republic of Cyprus", "14.00 - 15.30 Panel 2".
var slotRe = regexp.MustCompile(`^\d{1,2}[:.h]\d{2}\s*[–—-]\s*\d{1,2}[:.h]\d{2}\b`)

// programmeSlot reports a paragraph that is a programme's time slot: it
// names who will speak, never what, so it is no one's statement, and the
// slot before it lends no country to it (TestProgrammeSlots); so is a
// list of a panel's speakers. The first
// byte spares nearly every paragraph the expression.
func programmeSlot(p string) bool {
	if len(p) <= 10 {
		return false
	}
	switch p[0] {
	case 'S', 'P', 'D', 'I':
		// A slot's list of who speaks: "Speakers: Ministry of Digital
		// Governance of Greece; National Cyber Directorate of Israel".
		for _, l := range [...]string{"Speakers:", "Panellists:", "Panelists:", "Discussants:", "Ponentes:", "Panelistas:", "Intervenants :", "Intervenants:"} {
			if strings.HasPrefix(p, l) {
				return true
			}
		}
		return false
	}
	return p[0] >= '0' && p[0] <= '9' && slotRe.MatchString(p)
}

// editorialNote reports a paragraph that a translator, an editor or a
// document's layout put on the page, which no country says: a note in
// brackets ("[Translator's note: the Minister here refers to the
// statement made by Egypt]", "[Unofficial translation from Arabic]",
// "[Nota del traductor: …]", "[Note du traducteur : …]"), a note
// verbale's courtesy formula ("The Permanent Mission of … presents its
// compliments to …", "… avails itself of this opportunity to renew …
// the assurances of its highest consideration", "… saisit cette occasion
// pour renouveler …", "… aprovecha la oportunidad para reiterar …"),
// and a PDF's running header or footer ending "Page 2 of 3" ("Página 2 de
// 3", "Page 2 sur 3"). The block order gave each to the statement's
// country, or to the country a note names (pages9's 944, 945, 949). Read
// once per distinct paragraph (paraCache.lookup), after a look at its
// first and last bytes.
func editorialNote(p []byte) bool {
	if len(p) < 8 {
		return false
	}
	switch {
	case p[0] == '[' && p[len(p)-1] == ']' && bytes.IndexByte(p[1:len(p)-1], ']') < 0:
		return true
	case p[len(p)-1] >= '0' && p[len(p)-1] <= '9' && len(p) < 200:
		return pageFooterRe.Match(p)
	case (p[0] == '"' || p[0] == 0xe2 || p[0] == 0xc2) && len(p) < 300:
		return legendRe.Match(p)
	case (p[0] == 'T' || p[0] == 'N' || p[0] == 'E') && unbracketedNote(p):
		return true
	case (p[0] == 'T' || p[0] == 'E' || p[0] == 'C' || p[0] == 'L') && len(p) < 160 && editedNoteRe.Match(p):
		return true
	case (p[0] == 'T' || p[0] == 'L' || p[0] == 'E') && len(p) < 1200:
		// (Most paragraphs open so: the cue spares them the expression.)
		return phraseCues(unsafe.String(unsafe.SliceData(p), len(p)))&cueCourtesy != 0 && courtesyFormulaRe.Match(p)
	}
	return false
}

// noteLabels open a translator's or an editor's note written without
// brackets ("Translator's note: the delegation here referred to the
// statement made by the delegation of Lithuania", "T/N: …", "Nota del
// traductor: …", "N.d.T. : …", "Editor's note: …"); each is followed by a
// colon (see unbracketedNote).
var noteLabels = [...]string{
	"Translator's note", "Translator’s note", "Translator's Note", "Translator’s Note",
	"Translators' note", "Translation note", "T/N", "TN",
	"Note du traducteur", "Note de la traductrice", "Note de traduction", "N.d.T.", "NdT", "N.D.T.",
	"Nota del traductor", "Nota de la traductora", "Nota de traducción", "N. del T.", "N.T.",
	"Editor's note", "Editor’s note", "Editor's Note", "Editor’s Note", "Note de la rédaction", "Nota del editor", "Nota de la redacción",
}

// unbracketedNote reports a paragraph opening with a note's label and a
// colon (see noteLabels): the translator's or the editor's words, not the
// statement's country's, nor the country the note names (testdata/pages10's
// 965).
func unbracketedNote(p []byte) bool {
	for _, l := range noteLabels {
		if len(p) > len(l)+1 && string(p[:len(l)]) == l {
			r := p[len(l):]
			if r[0] == ' ' {
				r = r[1:]
			}
			if len(r) > 0 && r[0] == ':' {
				return true
			}
		}
	}
	return false
}

// legendRe matches a table's or a list's legend, which says what one of
// its quoted terms means: "\"Not stated\" means that the State has not
// taken a public position.", "« Non communiqué » signifie que …", "“Sin
// posición” significa que …". The compiler's words, which the block order
// gave the country of the table's last row (pages17's 9f7). A quoted term
// that "means different things" to States is no legend.
var legendRe = regexp.MustCompile(`^(?:"[^"]{1,40}"|“[^”]{1,40}”|«[^»]{1,40}»)\s*(?:(?:means|indicates|signifie|indique|significa|indica|quiere decir) (?:that|que|qu['’])|denotes|stands for)`)

// pageFooterRe matches a running header or footer's page count at a
// paragraph's end.
var pageFooterRe = regexp.MustCompile(`(?:^|\s)(?:Page|Página|Pagina|p\.)\s+\d{1,4}\s+(?:of|de|sur|/)\s+\d{1,4}$`)

// courtesyFormulaRe matches a note verbale's opening or closing formula,
// in English, French and Spanish: one of courtesyFormulas.
var courtesyFormulaRe = regexp.MustCompile(`^(?:The|La|Le|L['’]|El|Esta|Cette)[^.]{0,200}?\b(?:presents its compliments|avails itself of this opportunity|présente ses compliments|saisit cette occasion|saluda atentamente|aprovecha (?:la|esta) oportunidad)`)

// courtesyFormulas are courtesyFormulaRe's formulas, for phraseCues.
var courtesyFormulas = [...]string{"presents its compliments", "avails itself of this opportunity", "présente ses compliments",
	"saisit cette occasion", "saluda atentamente", "aprovecha la oportunidad", "aprovecha esta oportunidad"}

// encyclopediaLine reports an encyclopaedia's line under an article's
// title ("From Wikipedia, the free encyclopedia", "De Wikipedia, la
// enciclopedia libre", "Un article de Wikipédia, l'encyclopédie libre").
func encyclopediaLine(text string) bool {
	if len(text) > 120 {
		return false
	}
	for _, p := range [...]string{"From Wikipedia", "De Wikipedia", "Un article de Wikipédia", "Un article de Wikipedia", "From the free encyclopedia"} {
		if strings.HasPrefix(text, p) {
			return true
		}
	}
	return false
}

// editedNoteRe matches an interview's or a transcript's editorial line
// ("This interview has been edited for length and clarity.", "Esta
// entrevista fue editada por razones de espacio.", "Cet entretien a été
// condensé.", "Cet entretien a été relu par le ministère."): the
// editor's, not the last answerer's country's (pages9's 936, pages10's
// 976, pages21's 9j5: "Cet entretien" went unmatched, its space missing
// from the expression).
var editedNoteRe = regexp.MustCompile(`^(?:This|The) (?:interview|transcript|conversation|Q&A|exchange) (?:has been|was|is) (?:edited|condensed|lightly edited|shortened|translated|reviewed|proofread)|^(?:Esta|La) (?:entrevista|conversación|transcripción) (?:fue|ha sido|está) (?:editada|resumida|condensada|traducida|revisada)|^(?:Cet |L['’])(?:entretien|interview) a été (?:édité|modifié|condensé|raccourci|traduit|relu|revu)|^(?:Cette |La )(?:conversation|transcription) a été (?:éditée|modifiée|condensée|raccourcie|traduite|relue|revue)` +
	// A pointer to the full texts, and a newsletter's next issue, alone
	// ("The full texts of the Dutch positions are available on the
	// Government's website.", "Le texte intégral des contributions est
	// disponible sur le site du secrétariat. Prochain numéro : mai 2026."):
	// the publisher's, not the last State's (pages15's 9d2, 9da).
	`|^(?:The (?:full|complete) texts? (?:[^.\n]|\.\S){0,80}(?:is|are) available|Le texte intégral (?:[^.\n]|\.\S){0,80}est disponible|Les textes intégraux (?:[^.\n]|\.\S){0,80}sont disponibles|` +
	`El texto (?:completo|íntegro) (?:[^.\n]|\.\S){0,80}(?:está|se encuentra) disponible|Los textos (?:completos|íntegros) (?:[^.\n]|\.\S){0,80}(?:están|se encuentran) disponibles)` +
	`(?:[^.\n]|\.\S){0,100}\.(?:\s+(?:Next issue|Prochain numéro|Próximo número)[^\n]{0,40})?$`)
