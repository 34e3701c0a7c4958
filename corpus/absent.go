package corpus

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A meeting's summary also says who did not speak: "Uzbekistan did not take
// the floor.", "Turkmenistan was absent from the session.", "Tajikistan
// abstained from commenting on the draft.", "Kyrgyzstan has not published a
// position on the matter.", "Honduras no hizo uso de la palabra.",
// "Madagascar n'a pas pris la parole.", "Les Comores étaient absentes." It
// is the record's fact, no position of that country: such a paragraph was
// held by the country it names, as if it had said something
// (TestAbsenceIsNoPosition). So is an attendance alone ("Portugal, which
// funds part of the programme, was represented by its ambassador in
// Praia", testdata/esfr20's 621) and a news story's "Costa Rica y Panamá no
// respondieron a las consultas de este diario" (testdata/esfr20's 601,
// held by both), and "Ecuador y Perú, invitados como observadores, no
// enviaron representantes a la firma" (esfr21's 703). A vote is another matter: "Kazakhstan
// abstained in the vote" is how Kazakhstan voted, held by it as a vote
// list's "Abstaining: Kazakhstan" is (see votes.go), and so is a
// paragraph that goes on to what the country did say ("…, but said that
// it would …").

// absenceRe matches the absence after the country (group 1) and the words
// that may stand at its end: a place, a time, a topic. A full stop may end
// the absence itself, since \b does not follow an accented last letter
// ("ne s'est pas exprimé."). The subject may run to 110 bytes, for a
// relative clause ("Le Yémen, d'où opèrent des groupes armés …, n'a pas
// réagi"), whose country alone must still be a name (absenceOpens).
var absenceRe = regexp.MustCompile(`^(.{2,110}?)\s+(` + absencePresence + `\s+(?:but|and|pero|y|mais|et)\s+)?(?:` +
	// English
	`(?:did not|didn't|does not|has not|have not|had not|was not able to|were not able to)\s+(?:yet\s+|immediately\s+)?(?:(?:respond|reply|return (?:calls|emails?|messages?))\s+to\s+(?:a\s+|our\s+|the\s+)?(?:requests?|calls?|emails?)\s+(?:for|seeking)\s+comment|(?:respond|reply)\s+to\s+(?:the|an|our)\s+invitation|react|take the floor|speak|intervene|make (?:a|any) statements?|deliver (?:a|any) statements?|comment|attend|participate|(?:publish(?:ed)?|issue[d]?|make public|made public|state[d]?|express(?:ed)?|set out|articulate[d]?|submit(?:ted)?|take[n]?|taken)\s+(?:a|an|any|its)\s+(?:public\s+|national\s+|official\s+)?(?:position|view|views|statement|submission)|send\s+(?:a\s+|an\s+|any\s+)?(?:delegation|delegates|representatives?|speakers?|ministers?|officials?|envoys?))|` +
	`(?:was|were) (?:absent|not present|not represented|not invited)|sent (?:its|their) apologies|(?:could|can) not (?:immediately )?be reached for comment|` +
	`abstained from (?:commenting|speaking|taking the floor|making (?:a|any) statement|intervening)|` +
	`(?:attended|participated)(?: in the (?:meeting|session|event|workshop))? as (?:an? )?observers?|` +
	// The perfect: "Tunisia … has not commented" (pages21's 9j2).
	`(?:has|have|had) not (?:yet )?(?:publicly )?(?:commented|responded|reacted|spoken|taken the floor)|` +
	`declined to (?:comment|take the floor|speak)|made no (?:statements?|comments?|intervention)|took no position|` +
	`(?:has|have) (?:yet to|not yet) (?:publish|issue|state|express|take|set out) (?:a|an|any|its) (?:public |national |official )?(?:position|view|views)|` +
	// A delegation sent that did not speak: "Bolivia, Colombia y el Perú
	// … enviaron delegaciones técnicas que no intervinieron" (esfr25's
	// 892), "sent technical delegations that did not take the floor",
	// "ont envoyé des délégations techniques qui n'ont pas pris la parole".
	`sent (?:a |an? )?(?:technical |small )?delegations? (?:that|which|who) did not (?:speak|intervene|take the floor|make (?:a|any) statements?)|` +
	`(?:envió|envio|enviaron) (?:una |sus )?(?:delegación|delegacion|delegaciones)(?: técnicas?| tecnicas?)? que no (?:intervino|intervinieron|tomó la palabra|tomo la palabra|tomaron la palabra|hizo uso de la palabra|hicieron uso de la palabra|se pronunció|se pronunciaron)|` +
	`(?:a|ont) envoyé (?:une |des )?délégations? (?:techniques? )?qui (?:n'a|n’a|n'ont|n’ont) pas (?:pris la parole|fait de déclaration|pris position)|` +
	// Spanish
	`no (?:respondió|respondio|respondieron|ha respondido|han respondido) (?:de inmediato |inmediatamente )?a (?:una|la|las|nuestra|nuestras) (?:solicitud|solicitudes|petición|peticion|peticiones|consulta|consultas|preguntas|invitación|invitacion|convocatoria)(?: de (?:comentarios?|declaraciones|este (?:diario|medio|periódico|periodico)|(?:esta|nuestra) redacción))?|no (?:se pronunciaron|intervinieron|participaron|asistieron|tomaron la palabra|hicieron uso de la palabra|reaccionó|reacciono|reaccionaron|hizo uso de la palabra|tomó la palabra|tomo la palabra|tomó posición|tomo posicion|fijó posición|fijo posicion|se pronunció|se pronuncio|intervino|participó|participo|asistió|asistio|ha publicado (?:una|ninguna|su) (?:posición|posicion|postura)|ha fijado (?:una|su) (?:posición|posicion|postura)|(?:envió|envio|enviaron|han enviado|ha enviado) (?:(?:a )?(?:ningún |ningun |un |una )?(?:representantes?|delegados?|oradores|orador|ministro|ministra|funcionarios?)|(?:una |ninguna )?delegación|(?:una |ninguna )?delegacion))|` +
	// "Guatemala y Honduras, invitados como observadores, no hicieron
	// declaraciones" (esfr24's 860, held by both).
	`no (?:hizo|hicieron|formuló|formulo|formularon) (?:declaraciones|declaración|declaracion|ninguna declaración|ninguna declaracion|comentarios|ningún comentario|ningun comentario)|` +
	`no (?:estuvo|estuvieron) representad[oa]s?|(?:estuvo|estuvieron) (?:ausentes?|ausente)|no (?:fue|fueron|estaba|estaban) invitad[oa]s?|(?:se excusó|se excuso|se excusaron)|(?:participó|participo|participaron|asistió|asistio|asistieron)(?: en la reunión| en la reunion| a la reunión| a la reunion)? como observador(?:es|a|as)?|se abstuvo de (?:comentar|opinar|intervenir|hacer uso de la palabra|pronunciarse)|` +
	// French
	`(?:n'a|n’a|n'ont|n’ont) pas (?:(?:immédiatement )?répondu (?:à nos sollicitations|aux sollicitations|à l'invitation|à l’invitation|à une demande de commentaire|à nos questions|aux questions (?:de notre (?:journal|rédaction)|de ce (?:journal|média|quotidien)))|réagi|pris la parole|pris position|fait de déclaration|publié de position|fait connaître sa position|fait connaitre sa position|participé|assisté|envoyé (?:de|d'|d’)\s?(?:représentants?|délégation|délégués|orateurs?|ministre|intervenants?|officiels?))|` +
	// "Le Niger, le Mali et le Burkina Faso, qui ont quitté la Communauté
	// en janvier 2025, n'étaient pas représentés" (esfr24's 872, held by
	// Niger).
	`(?:n'était|n’était|n'étaient|n’étaient) pas représentée?s?|(?:n'a|n’a|n'ont|n’ont) fait aucune? (?:déclaration|commentaire)|` +
	`(?:n'est|n’est|ne sont) pas (?:intervenue?s?|présente?s?)|(?:n'était|n’était|n'étaient|n’étaient) pas invitée?s?|(?:n'a|n’a|n'ont|n’ont) pas été invitée?s?|(?:s'est|s’est|se sont) fait excuser|(?:s'est|s’est|se sont) excusée?s?|` +
	`(?:ne s'est|ne s’est|ne se sont) pas (?:exprimée?s?|prononcée?s?)|(?:était|étaient) (?:absente?s?)|(?:a|ont) (?:participé|assisté)(?: à la réunion| à l'atelier| à la session)? (?:en qualité d'observateurs?|en tant qu'observateurs?|comme observateurs?)|(?:s'est|s’est|se sont) abstenue?s? de (?:commenter|prendre la parole|se prononcer|intervenir)` +
	`)(?:\b|\s|$|\.)([^,;:]{0,80})\.?$`)

// absencePresence is what a country did before the "but" of its absence
// and is no position either: it was there ("Estonia and Lithuania were
// represented but did not take the floor", "The United Arab Emirates were
// represented by an observer and did not make a statement") or thanked
// the hosts ("La Zambie … a remercié les participants mais n'a pas pris
// position").
const absencePresence = `(?:(?:was|were) (?:represented|present)(?: by [^,]{2,40}?)?|attended(?: the (?:meeting|session|event|workshop))?(?: as (?:an? )?(?:observers?|guests?))?|participated(?: in the (?:meeting|session|event|workshop))? as (?:an? )?(?:observers?|guests?)|(?:was|were) invited(?: to (?:the|a) [^,]{2,40}?)?|thanked (?:the )?(?:participants|hosts?|organi[sz]ers|chair)|` +
	`(?:estuvo|estuvieron) (?:representad[oa]s?|presentes?)(?: por [^,]{2,40}?)?|(?:asisti[óo]|asistieron|particip[óo]|participaron)(?: a la (?:reunión|reunion|sesión|sesion)| en la (?:reunión|reunion|sesión|sesion))?(?: como observador(?:es|a|as)?)?|(?:fue|fueron) invitad[oa]s? a (?:la|el) [^,]{2,40}?|agradeci[óo] a (?:los participantes|los organizadores|la presidencia)|` +
	`(?:était|étaient) (?:représentée?s?|présente?s?)(?: par [^,]{2,40}?)?|(?:a|ont) (?:participé|assisté)(?: à (?:l'atelier|l’atelier|la réunion|la session|la séance))?(?: en qualité d'observateurs?| en qualité d’observateurs?| en tant qu'observateurs?| comme observateurs?)?|(?:avait|avaient|a|ont) été invitée?s?(?: à (?:la|l'|l’|le) ?[^,]{2,40}?)?|a remercié (?:les participants|les organisateurs|la présidence))`

// observerOnly reports an attendance as an observer ("Colombia participated
// as an observer", "Estados Unidos y Colombia participaron como observadores
// en la reunión") that goes on to an act after it ("… and called for a
// treaty", "… y pidió …"): attending says nothing, but what follows the
// "and" is the country's. rest is the match after its subject, tail the
// words after the absence.
func observerOnly(rest, tail string) bool {
	if !strings.Contains(rest, "observ") {
		return false
	}
	for _, w := range strings.Fields(tail) {
		switch w {
		case "and", "y", "e", "et", "who", "que", "qui", "where", "donde", "où":
			return true
		}
	}
	return false
}

// absenceBut are the words after which a paragraph goes on to what the
// country did say: no mere absence.
var absenceBut = regexp.MustCompile(`(?i)\b(?:but|however|although|though|instead|while|pero|sin embargo|aunque|mais|cependant|toutefois|bien que)\b`)

// absenceOpens reports a paragraph that only records that the country it
// opens with did not speak or take a position (absenceRe): a byte search
// for the negation or absence first; one sentence of a country's name.
func (g *Gazetteer) absenceOpens(p string) bool {
	if len(p) > 220 {
		return false
	}
	if strings.Contains(p, "resented ") || strings.Contains(p, "representad") || strings.Contains(p, "représenté") ||
		strings.Contains(p, "représenter") || strings.Contains(p, "representar") || strings.Contains(p, "articip") ||
		strings.Contains(p, "took part") || strings.Contains(p, "joined") || strings.Contains(p, "asisti") {
		if am := attendanceOnlyRe.FindStringSubmatch(p); am != nil && !sentenceInside([]byte(p)) {
			return g.absentSubject(am[1])
		}
	}
	if !absenceCue(p) {
		return false
	}
	if sentenceInside([]byte(p)) {
		return g.absencesOnly(p)
	}
	return g.absenceSentence(p, false)
}

// absenceCue reports the words without which p can be no absence: a
// look for a few substrings before absenceRe runs.
func absenceCue(p string) bool {
	return strings.Contains(p, " not ") || strings.Contains(p, "n't ") || strings.Contains(p, "absent") ||
		strings.Contains(p, "abst") || strings.Contains(p, "declined") || strings.Contains(p, " no ") || strings.Contains(p, "observ") ||
		strings.Contains(p, " pas ") || strings.Contains(p, "ausente") || strings.Contains(p, " yet to ") || strings.Contains(p, "comment") ||
		strings.Contains(p, "excus") || strings.Contains(p, "apologies") || strings.Contains(p, " aucun")
}

// absenceSentence reports whether the one sentence p is an absence whose
// subject is a country (see absenceOpens), or, with body, any named body
// ("The ECOWAS Commission did not comment.").
func (g *Gazetteer) absenceSentence(p string, body bool) bool {
	sm := absenceRe.FindStringSubmatch(p)
	if sm == nil || absenceBut.MatchString(strings.Replace(p, sm[2], " ", 1)) {
		return false
	}
	if observerOnly(sm[0][len(sm[1]):], sm[3]) {
		return false
	}
	return g.absentSubject(sm[1]) || body && namedBody(sm[1])
}

// absencesOnly reports a paragraph of two or three sentences each of which
// is an absence, a country's at least once: "The ECOWAS Commission did not
// comment. Nigeria, whose police run the region's largest cybercrime unit,
// did not send a delegation." (asked24, held by Nigeria as if it had
// spoken), "Costa Rica did not respond. Panama declined to comment."
func (g *Gazetteer) absencesOnly(p string) bool {
	if n := strings.Count(p, ". "); n < 1 || n > 2 {
		return false
	}
	sents := strings.SplitAfter(p, ". ")
	for _, s := range sents {
		if !absenceCue(s) {
			return false // (before any expression runs)
		}
	}
	country := false
	for _, s := range sents {
		s = strings.TrimSpace(s)
		if sentenceInside([]byte(s)) {
			return false // an abbreviation's full stop split a sentence
		}
		switch {
		case g.absenceSentence(s, false):
			country = true
		case !g.absenceSentence(s, true):
			return false
		}
	}
	return country
}

// namedBody reports an absence's subject that names a body by its
// capitalised name: "The ECOWAS Commission", "La Comisión de la UA", "Le
// Secrétariat".
func namedBody(subject string) bool {
	for _, art := range [...]string{"The ", "La ", "Le ", "El ", "L'", "L’"} {
		if rest, ok := strings.CutPrefix(subject, art); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsUpper(r) && len(strings.Fields(rest)) <= 6
		}
	}
	return false
}

// attendanceOnlyRe matches a paragraph that only records who stood for a
// country, and where: "Portugal, which funds part of the programme, was
// represented by its ambassador in Praia.", "Portugal estuvo representado
// por su embajador.", "Le Portugal était représenté par son ambassadeur à
// Praia." Group 1 is the subject. Anything after the place ("… and
// pledged funds", "… who called for …") is what the country did.
var attendanceOnlyRe = regexp.MustCompile(`^(.{2,110}?)\s+(?:` +
	`(?:was|were) represented by (?:(?:its|their|an?|the) )?(?:(?:senior|high-level|junior|technical) )?(?:ambassador|ambassadors|envoy|envoys|chargé d'affaires|official|officials|diplomat|diplomats|delegation|observer|observers)(?: (?:in|at|to) [A-Z][^,;:]{0,60})?|` +
	// Taking part from afar: "Haiti participated virtually", "Belice
	// participó de forma virtual", "Le Tchad a participé par
	// visioconférence" (pages21's and pages22's releases: the member
	// before, or the one named, held it).
	`(?:participated|took part|joined)(?: (?:in|at) the (?:meeting|session|event|workshop|conference))? (?:virtually|online|remotely|by video ?(?:link|conference)|via video ?(?:link|conference))|` +
	`(?:participó|participo|participaron|asistió|asistio|asistieron)(?: (?:en|a) la (?:reunión|reunion|sesión|sesion))? (?:de (?:forma|manera) (?:virtual|remota|telemática|telematica)|en línea|en linea|por videoconferencia)|` +
	`(?:a|ont) participé(?: (?:à|a) la (?:réunion|session|séance))? (?:à distance|en ligne|par visioconférence|virtuellement)|` +
	`(?:estuvo|estuvieron) representad[oa]s? por (?:su|sus|un|una|el|la) (?:embajador|embajadora|embajadores|enviado|enviada|encargado de negocios|encargada de negocios|funcionario|funcionarios|diplomático|diplomáticos|delegación|observador|observadores)(?: (?:en|ante) [A-Z][^,;:]{0,60})?|` +
	`(?:était|étaient) représentée?s? par (?:son|sa|ses|leur|leurs|un|une|le|la) (?:ambassadeur|ambassadrice|ambassadeurs|envoyé|envoyée|chargé d'affaires|chargée d'affaires|fonctionnaire|fonctionnaires|diplomate|diplomates|délégation|observateur|observateurs)(?: (?:à|en|au|auprès de) [A-Z][^,;:]{0,60})?|` +
	// The level it was represented at: "Les Seychelles et les Comores
	// étaient représentées au niveau des hauts fonctionnaires" (esfr21's
	// 713, held by Mauritius, the country before).
	// Having itself represented: "La Tunisie s'est fait représenter par
	// son ambassadeur, qui ne s'est pas exprimé" (esfr23's 843, held by
	// Tunisia), "Bolivia se hizo representar por su embajador".
	`(?:s'est|s’est|se sont) fait représenter par (?:son|sa|ses|leur|leurs|un|une|le|la) (?:ambassadeur|ambassadrice|ambassadeurs|envoyé|envoyée|chargé d'affaires|chargée d'affaires|fonctionnaire|fonctionnaires|diplomate|diplomates|délégation|observateur|observateurs)(?: (?:à|en|au|auprès de) [A-Z][^,;:]{0,60})?|` +
	`(?:se hizo|se hicieron) representar por (?:su|sus|un|una|el|la) (?:embajador|embajadora|embajadores|enviado|enviada|encargado de negocios|encargada de negocios|funcionario|funcionarios|diplomático|diplomáticos|delegación|observador|observadores)(?: (?:en|ante) [A-Z][^,;:]{0,60})?|` +
	`(?:was|were) represented at (?:the )?(?:ministerial|senior[- ]officials?'?|ambassadorial|ambassador|expert|technical|working) level|` +
	`(?:estuvo|estuvieron) representad[oa]s? a nivel (?:ministerial|técnico|tecnico|de (?:altos funcionarios|embajadores|expertos|viceministros))|` +
	`(?:était|étaient) représentée?s? au niveau (?:ministériel|ministeriel|technique|des (?:hauts fonctionnaires|ambassadeurs|experts))` +
	`)` + attendanceSilentTail + `?\.?$`)

// attendanceSilentTail is a relative clause after an attendance that only
// says its envoys did not speak: "Le Burkina Faso et le Mali, invités,
// étaient représentés par leurs ambassadeurs, qui ne se sont pas
// exprimés" (esfr22's 813, held by Niger, the country before), "…, who did
// not take the floor", "…, que no hicieron uso de la palabra".
const attendanceSilentTail = `(?:,?\s+(?:qui|who|que|quienes)\s+(?:` +
	`did not (?:speak|take the floor|make (?:a|any) statement)|` +
	`no (?:intervinieron|intervino|hicieron uso de la palabra|hizo uso de la palabra|tomaron la palabra|tomó la palabra|se pronunciaron|se pronunció)|` +
	`(?:ne s'est|ne s’est|ne se sont) pas (?:exprimée?s?|prononcée?s?)|(?:n'a|n'ont|n’a|n’ont) pas pris la parole))`

// absentSubject reports whether the subject of an absence or an
// attendance names only countries (see absenceOpens).
func (g *Gazetteer) absentSubject(subject string) bool {
	if c, _, ok := strings.Cut(subject, ", "); ok && strings.HasSuffix(subject, ",") {
		// "Australia, which funded the original cable, did not respond
		// to a request for comment": the country before its relative clause.
		subject = c
	}
	subject = officeSubject(representedSubject(subject))
	for _, lead := range []string{"The delegation of ", "The representative of ", "A spokesperson for ", "A spokesman for ", "A spokeswoman for ", "Un portavoz de ", "Un porte-parole de ", "La delegación de ", "La delegación del ", "La délégation de ", "La délégation du ", "La délégation des "} {
		subject = strings.TrimPrefix(subject, lead)
	}
	if g.absentName(subject) {
		return true
	}
	// "Estonia and Lithuania were represented but …": each a name. A
	// territory among members ("Grenada and Montserrat were represented
	// by senior officials") is a one-word name the gazetteer lacks: one
	// country among the names is enough.
	parts := absentJoinRe.Split(subject, -1)
	if len(parts) < 2 || len(parts) > 6 {
		return false
	}
	countries := 0
	for _, part := range parts {
		switch {
		case g.absentName(part):
			countries++
		case strings.Contains(subject, ",") || !properWord(part):
			return false // ("Unlike Singapore, Malaysia has not published …": a fronted phrase, no list)
		}
	}
	return countries > 0
}

// subjectlessAbsence reports a paragraph that is an absence with its
// subject left off, as a comparison's bullet under a country's heading
// writes it: "Has not published a national position on how international
// law applies.", "Has not yet submitted its views to the report.", "No ha
// publicado una posición nacional.", "N'a pas publié de position." It says
// the country has no position yet, the author's reading of the record: it
// was held by the heading's country as if it were one (TestSubjectlessAbsence).
// Only a paragraph opening with the auxiliary is read, with a stand-in
// subject, by absenceRe; "Has published …" or "Has noted …" are not absences.
// It is no statement, and not the end of the heading's block either: the
// bullets after it are still the country's.
func subjectlessAbsence(p string) bool {
	if len(p) < 8 || p[0] != 'H' && p[0] != 'D' && p[0] != 'N' {
		return false // most paragraphs: one byte's look
	}
	first, _ := leadWord(p)
	switch first {
	case "Has", "Have", "Did", "Does", "Had", "No", "N":
	default:
		return false
	}
	if first == "No" && len(p) < 70 && noStatementRe.MatchString(p) {
		return true // "No new statements this month." under a country's heading (pages22's digest)
	}
	if len(p) > 220 || !(strings.Contains(p, " not ") || strings.Contains(p, " yet to ") || first == "No" || first == "N") {
		return false
	}
	r, n := utf8.DecodeRuneInString(p)
	q := "It " + string(unicode.ToLower(r)) + p[n:]
	sm := absenceRe.FindStringSubmatch(q)
	return sm != nil && sm[1] == "It" && !sentenceInside([]byte(p)) && !absenceBut.MatchString(strings.Replace(q, sm[2], " ", 1))
}

// absentJoinRe splits a subject that lists countries.
var absentJoinRe = regexp.MustCompile(`\s*,\s*(?:and\s+|y\s+|et\s+)?|\s+(?:and|y|et)\s+`)

// absentName reports a subject that is one country's name, its article
// ("Le ", "La ", "El ") left off.
func (g *Gazetteer) absentName(subject string) bool {
	for _, art := range []string{"Le ", "La ", "Les ", "L'", "L’", "El ", "le ", "la ", "les ", "l'", "l’", "el "} {
		if rest, ok := strings.CutPrefix(subject, art); ok && len(rest) > 2 && rest[0] >= 'A' {
			subject = rest
			break
		}
	}
	return g.namesOnly(subject)
}

// representedRe matches a subject that names the country through the
// person who stood for it: "The Bahamas was represented by an official
// who (did not take the floor)", "Honduras estuvo representada por un
// funcionario que (no hizo uso de la palabra)", "Le Mali était représenté
// par un conseiller qui (n'a pas pris la parole)". The absence is still
// the country's record, no position; group 1 is the country.
var representedRe = regexp.MustCompile(`^(.{2,50}?)\s+(?:(?:was|were) represented by .{2,60}? (?:who|that)|` +
	`(?:estuvo|estuvieron|fue|fueron) representad[oa]s? por .{2,60}? que|` +
	`(?:était|étaient|a été|ont été) représentée?s? par .{2,60}? qui)$`)

// representedSubject returns the country of a subject that names it
// through its representative (representedRe), or subject as it is; a
// possessive's representative ("Chad's representative") is the country too.
func representedSubject(subject string) string {
	if !strings.Contains(subject, "represent") && !strings.Contains(subject, "représent") {
		return subject
	}
	if sm := representedRe.FindStringSubmatch(subject); sm != nil {
		return sm[1]
	}
	for _, tail := range []string{"'s representative", "’s representative", "'s delegate", "’s delegate"} {
		if c, ok := strings.CutSuffix(subject, tail); ok {
			return c
		}
	}
	return subject
}

// absentOfficeFirst open a subject that names a country through one of its
// offices: "The Ministry of Foreign Affairs of Honduras", "La Secretaría
// de Seguridad de Honduras", "Le ministère de l'Intérieur du Mali".
var absentOfficeFirst = toSet(`The Ministry Department Office Embassy Spokesperson La El Le L' L’ Ministerio Secretaría Secretaria
Cancillería Cancilleria Embajada Portavoz Ministère Ministere Secrétariat Secretariat Ambassade Porte-parole ministère`)

// officeSubject returns the country of a subject that names it as the
// owner of an office ("La Secretaría de Seguridad de Honduras did not
// respond", in Spanish), the last of/de/du/d' naming it; or subject as it
// is. The caller asks whether what is left is a country's name only.
func officeSubject(subject string) string {
	first, _, _ := strings.Cut(subject, " ")
	if !absentOfficeFirst[first] {
		return subject
	}
	low := strings.ToLower(subject)
	if !(strings.Contains(low, "minist") || strings.Contains(low, "secretar") || strings.Contains(low, "department") ||
		strings.Contains(low, "office") || strings.Contains(low, "embass") || strings.Contains(low, "embajada") ||
		strings.Contains(low, "ambassade") || strings.Contains(low, "cancill") || strings.Contains(low, "portavoz") ||
		strings.Contains(low, "porte-parole") || strings.Contains(low, "spokesperson")) {
		return subject
	}
	at := -1 // where the last owner starts
	for _, of := range []string{" of ", " de ", " del ", " du ", " d'", " d’"} {
		if k := strings.LastIndex(subject, of); k >= 0 {
			at = max(at, k+len(of))
		}
	}
	if at < 0 || at >= len(subject) {
		return subject
	}
	return strings.TrimPrefix(subject[at:], "the ")
}

// tableRowAbsence reads a table row rendered as its label and cells
// ("Afghanistan — Position on a binding instrument: Did not take the
// floor.; Source: —.") whose one cell with content says, as a record's
// sentence would, that the State did not speak or attend
// (tableAbsenceRe): it returns that sentence ("Afghanistan did not take
// the floor."). A row with a second cell of content reports more than an
// absence, and a comparison's "Has not stated a view" is the table's
// reading of the State's position, held by it (pages6's 647;
// TestTableRowAbsence). A cell saying the State has no statement at all
// (noStatementRe: "No public statement.", "Position not yet known.")
// returns "" and true: there is no sentence to read.
func tableRowAbsence(p string) (string, bool) {
	name, rest, ok := strings.Cut(p, " — ")
	if !ok || len(name) > 70 || len(rest) > 200 {
		return "", false
	}
	found, foundLabel := "", ""
	for _, cell := range strings.Split(rest, "; ") {
		v, label := cell, ""
		if before, after, ok := strings.Cut(cell, ": "); ok {
			v, label = after, before
		}
		v = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(v), "."))
		if strings.Trim(v, "—–-. ") == "" || strings.EqualFold(v, "n/a") {
			continue // an empty cell ("Source: —")
		}
		if found != "" {
			return "", false
		}
		found, foundLabel = v, label
	}
	if found == "" {
		return "", false
	}
	if noStatementRe.MatchString(found) && (generalCell[strings.ToLower(foundLabel)] || saidNothing(found)) {
		// "Central African Republic — Position: No public statement.;
		// Date: —.", "Myanmar — Submission: No submission.": the
		// compiler's note that the State said nothing (pages22's tracker
		// and pages14's 9c9 held it as the State's position). A
		// comparison's "Public attribution: Not stated" or "Attribution:
		// No public position" reads the State's position on one issue,
		// and stays its (pages6's 647, policies' 720; see generalCell).
		return "", true
	}
	if !tableAbsenceRe.MatchString(found) {
		return "", false
	}
	r, n := utf8.DecodeRuneInString(found)
	return name + " " + string(unicode.ToLower(r)) + found[n:] + ".", true
}

// generalCell are the labels of a tracker's column that holds a State's
// position as a whole, whose "No public statement" says it has none; a
// comparison's column names an issue instead.
var generalCell = toSet(`position positions posición posicion postura statement statements declaración declaracion déclaration
declaration submission submissions contribution contribución contribucion reply réponse reponse respuesta status estado statut views`)

// saidNothing reports a no-statement cell that names what was not said
// or sent ("No submission", "No public statement", "Sin declaración"),
// whatever issue its column names: not the table's reading of a
// position.
func saidNothing(cell string) bool {
	c := strings.ToLower(cell)
	for _, w := range [...]string{"statement", "submission", "declaraci", "déclaration", "contribu", "comment"} {
		if strings.Contains(c, w) {
			return true
		}
	}
	return false
}

// tableAbsenceRe matches a table cell's absence from the floor or the
// room (see tableRowAbsence).
var tableAbsenceRe = regexp.MustCompile(`(?i)\b(?:floor|speak|spoke|intervene|attend|absent|present|represented|palabra|intervino|ausente|asisti|parole|intervenu|représenté|assisté)`)

// noStatementRe matches a tracker's or table's entry for a State that has
// said nothing yet: "no statement yet", "no public position so far",
// "none to date", "sin declaración aún", "pas encore de déclaration",
// "aucune position publiée". The entry is the compiler's note, which
// the labelled State held as its position (testdata/pages20's 9i8).
var noStatementRe = regexp.MustCompile(`(?i)^(?:(?:no|not yet any) (?:(?:public|national|official|published|written) )?(?:statement|position|submission|comment|view)s?(?: (?:yet|so far|to date|published|available|on record|received))?|none(?: (?:yet|so far|to date))?|n/a|not (?:yet )?(?:available|published|stated|known)|(?:position|statement|view)s? (?:not (?:yet )?(?:known|available|published|stated)|unknown)|no new (?:statements?|positions?|comments?)(?: (?:this|last) (?:week|month|quarter|year))?|(?:sin|ninguna|ninguna) (?:declaraci[oó]n|posici[oó]n|postura|contribuci[oó]n)(?: (?:a[uú]n|todav[ií]a|hasta la fecha|publicada|p[uú]blica))?|(?:pas|pas encore) de (?:d[ée]claration|position|contribution)(?: (?:publi[ée]e|à ce jour|pour l'instant))?|aucune (?:d[ée]claration|position|contribution)(?: (?:publi[ée]e|à ce jour|pour l'instant))?)\s*[.;]?$`)

// labelledAbsence reports a roundup's entry labelled by its State whose
// body only says the State, or a body of it, did not speak: "TUNISIA:
// Tunisia, where traffic was also disrupted, has not commented.", "LIBYA:
// The Government of National Unity declined to comment.", "HONDURAS: La
// Cancillería no respondió a las consultas de este diario.", "TCHAD: Le
// gouvernement n'a pas réagi." (pages21's 9j2 held both by the label's
// State as if it had spoken).
func (g *Gazetteer) labelledAbsence(p, label string) bool {
	if len(label) > len(p) || !strings.EqualFold(p[:len(label)], label) {
		return false // (the label as found: "Tunisia: " for "TUNISIA: ")
	}
	body := strings.TrimSpace(strings.TrimLeft(p[len(label):], ":–—- "))
	if len(body) < 8 || len(body) > 220 || !absenceCue(body) || sentenceInside([]byte(body)) {
		return false
	}
	return g.absenceSentence(body, true)
}

// noStatementEntry reports whether p, a paragraph labelled by a country
// (label, "Libya:"), says only that the State has no statement yet (see
// noStatementRe).
func noStatementEntry(p, label string) bool {
	body, ok := strings.CutPrefix(p, label)
	return ok && len(body) < 60 && noStatementRe.MatchString(strings.TrimSpace(body))
}

// properWord reports a name of one capitalised word ("Montserrat").
func properWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && !strings.ContainsAny(s, " '’")
}
