package corpus

import (
	"regexp"
	"strings"
)

// A report about a country has a voice of its own. A think tank's authors
// give their view in the first person plural ("In our view, this approach
// underestimates the risks", "Our view is that …", "We believe that both
// models will converge", "En nuestra opinión, …", "À notre avis, …"), and
// a journalist tells how the story was made ("We asked the ministry
// whether …", "As we reported last week, …", "Consultamos al ministerio
// …", "Comme nous l'avons rapporté, …"). Neither is the words of the
// country in the paragraph before: such a paragraph names no country, and
// the block order gave it to that country (TestOutsideVoiceIsNobodys). In a
// country's own statement, speech or turn the same words are the
// country's, and stay so.
//
// A journalist's phrases say so by themselves: a government does not ask
// its own ministry, nor report on itself "as we reported". The authors'
// view needs the page to read as a report about countries: the paragraph
// before describes its country from outside, with a verb of saying or
// arguing in the third person ("Tallinn argues", "Montevideo sostiene",
// "Le Sénégal défend", "the minister said"), or an earlier such paragraph
// of the page was already judged the authors' own.

// journalistRe matches a journalist's first person at a paragraph's start.
var journalistRe = regexp.MustCompile(`^(?:` +
	`(?:As|Like) we (?:have )?(?:reported|revealed|noted|wrote|explained|disclosed)|` +
	`(?:When )?[Ww]e (?:asked|contacted|approached|reached out to|wrote to|called|emailed|sent questions to|have asked|have contacted|have reached out to) (?:the |a |an )?(?:[\p{L}-]+ ){0,3}(?:ministry|government|spokesperson|spokesman|spokeswoman|embassy|mission|office|department|agency|authorities|officials?|minister|regulator|presidency)|` +
	`[Ww]e (?:were unable to|could not|have been unable to) (?:reach|contact|confirm|verify|independently)|` +
	`No (?:pudimos|hemos podido|logramos|fue posible) (?:verificar|confirmar|contactar|localizar|comunicarnos con)|` +
	`Nous n['’]avons pas (?:pu|été en mesure de) (?:vérifier|confirmer|joindre|contacter)|Nous ne sommes pas parvenus à (?:vérifier|confirmer|joindre)|` +
	`(?:Consultamos|Contactamos|Preguntamos|Escribimos|Llamamos) (?:a|al|a la)\b|(?:Como|Tal como) (?:informamos|publicamos|revelamos|adelantamos|hemos informado|hemos publicado)|` +
	`(?:Comme|Ainsi que) nous l['’]avons (?:rapporté|révélé|écrit|indiqué|annoncé)|Nous avons (?:contacté|interrogé|sollicité|demandé|joint|écrit)|Contacté(?:e|s|es)? par (?:nos soins|notre rédaction)` +
	`)(?:[\s,.;:]|$)`)

// newsroomTailRe matches a reporting clause that ends a paragraph and
// gives it to the newsroom: "Le Cameroun et le Congo voisins disposent
// déjà de tels centres, rappelle notre rédaction." (esfr24's 873, held by
// both), "…, recuerda este diario.", "…, this newspaper notes." A
// government does not cite its own words so.
var newsroomTailRe = regexp.MustCompile(`,\s+(?:` +
	`(?:rappelle|rappellent|note|notent|précise|souligne|relève|observe|ajoute) (?:notre rédaction|la rédaction|notre journal|notre quotidien|notre correspondante?)|` +
	`(?:recuerda|señala|apunta|precisa|observa|destaca|añade) (?:este diario|este periódico|este medio|esta redacción|nuestra redacción|nuestr[oa] corresponsal)|` +
	`(?:this newspaper|this paper|our newsroom|our correspondent) (?:notes|recalls|observes|adds)` +
	`)\.?\s*$`)

// newsroomTail reports a paragraph ended by the newsroom's reporting
// clause (newsroomTailRe); a look at its last words spares nearly every
// paragraph the expression.
func newsroomTail(p string) bool {
	tail := p[max(0, len(p)-40):]
	if !strings.Contains(tail, "rédaction") && !strings.Contains(tail, "journal") && !strings.Contains(tail, "quotidien") &&
		!strings.Contains(tail, "correspon") && !strings.Contains(tail, "diario") && !strings.Contains(tail, "periódico") &&
		!strings.Contains(tail, "medio") && !strings.Contains(tail, "redacción") && !strings.Contains(tail, "paper") &&
		!strings.Contains(tail, "newsroom") {
		return false
	}
	return newsroomTailRe.MatchString(p)
}

// opinionFrontedRe matches a fronted phrase giving the sentence to
// analysts, experts or observers: "Para los analistas consultados por este
// diario, Guinea Ecuatorial y Camerún buscan …", "Pour plusieurs
// observateurs, la Centrafrique reste …", "For many analysts, Chile is …"
// (esfr24's 863 and 873, held by the countries described).
var opinionFrontedRe = regexp.MustCompile(`^(?:` +
	`(?:Para|Según|Segun|De acuerdo con|A juicio de|En opinión de|En opinion de) (?:los |las |algunos |algunas |varios |varias |muchos |muchas )?(?:analistas|expertos|observadores|investigadores|especialistas|académicos|juristas|diplomáticos)|` +
	`(?:Pour|Selon|D'après|D’après|Aux yeux de|De l'avis de|De l’avis de) (?:des |les |plusieurs |certains |certaines |de nombreux |nombre d['’])?(?:analystes|experts|observateurs|chercheurs|spécialistes|juristes|universitaires|diplomates)|` +
	`(?:Aux yeux|De l'avis|De l’avis) (?:des|de plusieurs|de certains|de nombreux) (?:analystes|experts|observateurs|chercheurs|spécialistes|juristes|universitaires|diplomates)|` +
	`(?:For|According to|In the view of|To) (?:some |many |several |most |the )?(?:analysts|experts|observers|researchers|commentators|scholars)` +
	`)[^,.;:]{0,70},`)

// opinionFronted reports a paragraph opening with opinionFrontedRe; a
// look-up of its first word spares nearly every paragraph the expression.
func opinionFronted(p string) bool {
	switch first, _ := leadWord(p); first {
	case "Para", "Según", "Segun", "De", "A", "En", "Pour", "Selon", "D'après", "D’après", "D", "Aux", "For", "According", "In", "To":
		return opinionFrontedRe.MatchString(p)
	}
	return false
}

// authorsViewRe matches the authors' first-person view at a paragraph's
// start.
var authorsViewRe = regexp.MustCompile(`^(?:` +
	`In our (?:view|opinion|assessment|judgement|judgment|reading),|Our (?:view|assessment|reading|conclusion|judgement|judgment|take) is|` +
	`We (?:believe|think|argue|would argue|conclude|recommend|suggest|expect|doubt) (?:that\b|[\p{L}-]+ )|` +
	`(?:En nuestra opinión|A nuestro juicio|A nuestro entender|A nuestro parecer|Según nuestro análisis),|(?:Creemos|Consideramos|Pensamos|Estimamos) que|` +
	`(?:À notre avis|A notre avis|Selon nous|De notre point de vue|À nos yeux),|Nous (?:estimons|pensons|considérons|croyons) que|` +
	// A blogger's or a columnist's own view, in the first person singular
	// ("I think this is a mistake", "In my view, Zambia's proposal is the
	// better one", "À mon avis, c'est une erreur", "Je pense que …",
	// "Selon moi, …"): the same voice (testdata/pages10's 961, 974).
	`In my (?:view|opinion|assessment|judgement|judgment|reading),|To my mind,|My (?:view|take|reading|sense) is\b|` +
	`I (?:think|believe|would argue|suspect|fear|doubt|disagree|am not convinced|am not persuaded)\b|(?:Personally|Honestly|Frankly),|` +
	`(?:En mi opinión|A mi juicio|A mi entender|A mi parecer|Desde mi punto de vista|Personalmente|Sinceramente|Francamente),|(?:Creo|Pienso|Opino) que|` +
	// "À mon sens, la position suisse est l'une des plus abouties"
	// (esfr24's 874, held by Switzerland), "A mi modo de ver, …".
	`(?:À mon sens|A mon sens|À notre sens|A notre sens|A mi modo de ver|A nuestro modo de ver|As I see it|As we see it),|` +
	`(?:À mon avis|A mon avis|Selon moi|De mon point de vue|À mes yeux|Personnellement|Honnêtement|Franchement),|Je (?:pense|crois|considère|doute|trouve) que` +
	`)`)

// editorialLabelRe matches an editor's label that opens a paragraph ("Our
// view:", "Why it matters:"). Like a journalist's phrases it says by itself
// that the words are the authors': a government's statement does not label
// its own paragraphs so, so it needs no evidence that the page is a report
// about countries ("Our view:" closing an analysis whose paragraph before
// describes Romania without a verb of saying was Romania's).
//
// A run-in label ends with a full stop as well ("Our view. Localisation is
// sold as …" after run-in country notes "Mongolia. …": asked23).
var editorialLabelRe = regexp.MustCompile(`^(?:Our (?:take|view|assessment|reading|analysis)|Why it matters|Bottom line|The bottom line|Between the lines)\s*(?::|\.\s)`)

// mayOutsideVoice reports whether p opens with one of outsideFirst.
func mayOutsideVoice(p string) bool {
	first, _ := leadWord(p)
	return outsideFirst[first]
}

// outsideFirst are the first words either expression can match.
var outsideFirst = toSet(`As Like When We we In Our Consultamos Contactamos Preguntamos Escribimos Llamamos Como Tal
Comme Ainsi Nous Contacté Contactée Contactés Contactées En A Según Creemos Consideramos Pensamos Estimamos À Selon De
Why Bottom The Between I To My Personally Honestly Frankly Desde Personalmente Sinceramente Francamente Creo Pienso Opino
Personnellement Honnêtement Franchement Je`)

// outsideVoice reports whether p opens in a journalist's first person or
// an editor's label (journalist) or an authors' view (view); a look-up of its first word
// spares nearly every paragraph the expressions.
func outsideVoice(p string) (journalist, view bool) {
	if !mayOutsideVoice(p) {
		return false, false
	}
	if journalistRe.MatchString(p) || editorialLabelRe.MatchString(p) {
		return true, false
	}
	return false, authorsViewRe.MatchString(p)
}

// reportAboutRe matches a verb of saying or arguing in the third person
// that describes a country from outside: "argues", "said", "added" (a
// government's reply quoted in a report), "sostiene",
// "défend"; not one a country's own statement uses of itself ("Kenya
// believes", "Le Sénégal soutient").
var reportAboutRe = regexp.MustCompile(`\b(?:argues|argued|contends|contended|maintains|maintained|insists|insisted|claims|claimed|says|said|told|announced|added|replied|responded|according to|sostiene|sostuvo|dijo|anunció|declaró|afirmó|defiende|défend|a déclaré|a annoncé|a affirmé|a soutenu|a défendu|a plaidé|a fait valoir)(?:[^\p{L}]|$)`)

// describesFromOutside reports whether a country's paragraph describes it
// from outside (reportAboutRe), with no first person of its own.
func describesFromOutside(p string) bool {
	return !firstPerson(p) && reportAboutRe.MatchString(p)
}

// ownTitle reports whether a block's heading evidence is a country's own
// document's title ("Statement by Ecuador", "title: Statement by …").
func ownTitle(evidence string) bool {
	return titleLineRe.MatchString(strings.TrimPrefix(evidence, "title: "))
}

// authorsHeadingRe matches a heading in a report's own voice: "Our
// takeaways", "What we found", "Nuestras recomendaciones", "Nos
// recommandations", "Ce que nous avons constaté".
var authorsHeadingRe = regexp.MustCompile(`^(?:Our (?:takeaways|take|view|views|assessment|analysis|findings|recommendations|conclusions|methodology)|What we (?:found|learned|heard|recommend|think)|` +
	`Nuestr[oa]s? (?:conclusiones|recomendaciones|análisis|hallazgos|opinión|valoración|metodología)|Lo que (?:encontramos|constatamos|aprendimos)|` +
	`Nos (?:conclusions|recommandations|constats)|Notre (?:analyse|avis|méthodologie)|Ce que nous avons (?:constaté|trouvé|appris))(?:[\s:.]|$)`)

// authorsHeading reports a heading in the authors' own voice
// (authorsHeadingRe), after a look at its first word. Read at a heading's
// occurrence, as the heading's other checks are (headings are few). A
// Markdown heading's marks and emphasis are no words of it: "## Our
// assessment" kept the last country note's holder over a think tank's
// conclusion (pages6's 647; TestAuthorsHeadingMarks).
func authorsHeading(h string) bool {
	h = strings.Trim(h, "#*_ ")
	switch first, _ := leadWord(h); first {
	case "Our", "What", "Nuestras", "Nuestros", "Nuestra", "Nuestro", "Lo", "Nos", "Notre", "Ce":
		return authorsHeadingRe.MatchString(h)
	}
	return false
}

// reportSectionRe matches a report's section heading that names no voice
// but is the authors' on a page where their own view was read (see
// reportPage): "Recommendations", "Conclusions", "Key findings",
// "Recomendaciones", "Recommandations".
var reportSectionRe = regexp.MustCompile(`^(?:(?:Key )?(?:Recommendations|Conclusions?|Findings)|Recomendaciones|Conclusi(?:ó|o)n(?:es)?|Hallazgos(?: principales)?|Recommandations|Constats(?: principaux)?)[\s:.]*$`)

// reportSectionHeading reports a report's own section heading (see
// reportSectionRe), its Markdown marks trimmed: "Governments should
// refrain from network shutdowns" under an NGO's "Recommendations" held
// the country its report quoted last (pages20's 9i5).
func reportSectionHeading(h string) bool {
	return reportSectionRe.MatchString(strings.Trim(h, "#*_ "))
}

// personOpens reports a continuation's opening words (paraInfo.contText)
// that start with a person's pronoun ("He added", "She also said", "Il a
// également indiqué", "Elle a ajouté", "Él agregó"), which go on with the
// person last quoted; "It", "Its", "The country" go on with the block.
func personOpens(cont string) bool {
	first, _ := leadWord(cont)
	switch first {
	case "He", "She", "Il", "Elle", "Él", "Ella":
		return true
	}
	return false
}

// outsiderGoesOn reports a paragraph whose opening words go on with
// the person last reported (personOpens), or name that person by a role
// ("The spokesperson added", "The researcher noted", "El portavoz
// añadió", "Le porte-parole a ajouté"): after a speaker who is no
// country's, such a paragraph is that speaker's, and the block before
// the speaker gave a Libyan spokesperson's words to Tunisia.
func outsiderGoesOn(p string) bool {
	if personOpens(p) {
		return true
	}
	first, rest := leadWord(p)
	switch first {
	case "The", "El", "La", "Le", "Los", "Las", "Les":
		second, _ := leadWord(strings.TrimLeft(rest, " "))
		second = strings.ToLower(second)
		return personNouns[second] || expertNouns[second] || spokesRoles[second]
	}
	return false
}

// possessiveActor reports whether a possessive's evidence ("Chad's
// minister", "Kazakhstan's foreign ministry", "the Holy See's
// intervention") ends with a noun for who speaks or acts for the country
// (govNouns, personNouns), not a thing it did.
func possessiveActor(evidence string) bool {
	f := strings.Fields(evidence)
	if len(f) == 0 {
		return false
	}
	w := strings.ToLower(strings.Trim(f[len(f)-1], ".,;:'’\"()"))
	return govNouns[w] || personNouns[w]
}

// speakingActor reports a subject's evidence that ends with a person or a
// body who speaks ("the Kenyan delegation", "Le ministre béninois"), not
// with the position an author judges ("the Swiss position", "la postura
// chilena"): possessiveActor without its view nouns.
func speakingActor(evidence string) bool {
	f := strings.Fields(evidence)
	if len(f) == 0 {
		return false
	}
	switch strings.ToLower(strings.Trim(f[len(f)-1], ".,;:'’\"()")) {
	case "position", "view", "approach", "stance", "statement", "submission":
		return false
	}
	return possessiveActor(evidence)
}

// interviewIntroPhrases tell, anywhere in a paragraph, that a journalist
// introduces an interview: "We spoke to the Minister of Communications
// about …", "Conversamos con el director del Centro Nacional de
// Ciberseguridad", "Nous nous sommes entretenus avec le ministre".
var interviewIntroPhrases = [...]string{
	"We spoke to ", "We spoke with ", "we spoke to ", "we spoke with ", "We talked to ", "We talked with ", "We sat down with ",
	"Conversamos con ", "Hablamos con ", "Entrevistamos a", "Nous nous sommes entretenus avec ", "Nous avons rencontré ",
	// "The Deputy Minister received us at the Ministry in Ankara, a week
	// before …", "La ministra nos recibió en su despacho", "Le ministre
	// nous a reçus dans son bureau" (pages15's 9d9).
	" received us at ", " received us in ", " nos recibió en ", " nous a reçus ", " nous a reçues ",
	// "… is in Warsaw this week to sign an agreement. We met her at the
	// embassy." (pages19's 9h6).
	"We met her ", "We met him ", "We met the ", "we met her ", "we met him ", "La entrevistamos ", "Lo entrevistamos ",
	"Nous l'avons rencontré", "Nous l’avons rencontré",
	// "Kiribati's Minister of Information … spoke to us in Tarawa about
	// …", "El canciller nos concedió una entrevista", "La ministre nous a
	// accordé un entretien": the interviewee's act told by the journalist.
	" spoke to us about ", " spoke to us in ", " spoke to us from ", " talked to us about ", " sat down with us ",
	" granted us an interview", " gave us an interview", " habló con nosotros ", " conversó con nosotros ",
	" nos concedió una entrevista", " nos recibió para ", " s'est entretenu avec nous", " s'est entretenue avec nous",
	" nous a accordé un entretien", " nous a accordé une interview",
}

// interviewIntro reports a journalist's introduction to an interview (see
// interviewIntroPhrases): the journalist's words, whatever country they
// describe (pages9's 936, pages10's 976). cues (phraseCues) spare nearly
// every paragraph the phrases' searches.
func interviewIntro(p string, cues cueSet) bool {
	return len(p) <= 1200 && cues&cueInterview != 0 && hasAnyOf(p, interviewIntroPhrases[:])
}

// describedFromOutside reports whether one of the last n paragraphs of
// the page read so far describes its country from outside
// (describesFromOutside): the page reads as a report about countries, in
// which an authors' view is theirs.
func (ps *parser) describedFromOutside(cache *paraCache, n int) bool {
	for k := len(ps.paras) - 1; k >= 0 && k >= len(ps.paras)-n; k-- {
		if describesFromOutside(cache.coder.textOf(ps.paras[k].info)) {
			return true
		}
	}
	return false
}
