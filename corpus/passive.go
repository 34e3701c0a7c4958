package corpus

// A country that is the subject of a passive is what others say or do to
// it: "Russia was accused of attacks on hospitals", "Iran has been blamed
// by Albania", "North Korea is widely believed to be behind the theft",
// "Rusia fue acusada", "La Chine a été accusée". Read as its subject, such
// a sentence gave the accused the accusation as its own position; read
// with no subject, it went on with the country of the paragraph before
// (TestPassiveSubjectHoldsNothing). Only participles of what is done or
// said to a country count: "is committed", "was pleased", "has been
// working" state the country's own position or act.

// passiveBe are the forms of "to be" a passive needs (en, es, fr).
var passiveBe = toSet(`was were is are be been being fue fueron es son era eran sido ser será serán sería
été est sont était étaient sera seront serait`)

// passiveFill may come between the subject and its participle: auxiliaries
// of the perfect and the adverbs news puts there ("has again been",
// "a de nouveau été", "fue de nuevo", "is generally considered", "suelen
// ser descritos", "a menudo son vistos").
var passiveFill = toSet(`has have had will would may might could also again once repeatedly widely reportedly allegedly
publicly recently already often frequently increasingly long generally commonly usually largely broadly sometimes still
ha han había habían habría suele suelen generalmente menudo a ont avait avaient aurait
de nuevo nouveau également aussi déjà souvent généralement largement`)

// passiveDone are the participles of what others say of a country or ask
// of it. What is done to it ("Georgia was hit by cyber attacks in 2008")
// is its own experience, which a page about it may tell as its own.
var passiveDone = toSet(`accused blamed criticised criticized condemned sanctioned suspected believed thought alleged
said reported named identified linked implicated cited censured denounced urged asked pressed invited encouraged praised
commended warned called singled pointed described seen regarded viewed perceived portrayed characterised characterized
considered labelled labeled
acusado acusada acusados acusadas señalado señalada señalados señaladas criticado criticada criticados criticadas
sancionado sancionada sancionados sancionadas condenado condenada condenados condenadas instado instada instados
instadas invitado invitada invitados invitadas responsabilizado responsabilizada descrito descrita descritos descritas
considerado considerada considerados consideradas visto vista vistos vistas percibido percibida percibidos percibidas
accusé accusée accusés accusées critiqué critiquée critiqués critiquées sanctionné sanctionnée sanctionnés sanctionnées
condamné condamnée condamnés condamnées soupçonné soupçonnée soupçonnés soupçonnées pointé pointée pointés pointées
invité invitée invités invitées exhorté exhortée exhortés exhortées décrit décrite décrits décrites présenté présentée
présentés présentées considéré considérée considérés considérées perçu perçue perçus perçues vu vue vus vues
reputed reputado reputada reputados reputadas réputé réputée réputés réputées`)

// passiveAgent are the prepositions that name a passive's agent.
var passiveAgent = toSet(`by por par`)

// passiveAfter reports whether the words from token i (right after a
// subject) to the clause's end e are a passive of passiveDone ("was
// accused", "has again been blamed", "a de nouveau été accusée"), and,
// when the agent after it is a country ("blamed by Albania"), that
// country's mention among ms.
func passiveAfter(toks []Token, i, e int, ms []Mention) (agent Mention, passive bool) {
	be := false
	for ; i < e && i < len(toks); i++ {
		w := toks[i].Lower
		switch {
		case passiveBe[w]:
			be = true
			continue
		case passiveFill[w]:
			continue
		}
		break
	}
	if !be && i < e && reputedAt(toks, i, e) {
		return Mention{}, true
	}
	if !be || i >= e || !passiveDone[toks[i].Lower] {
		return Mention{}, false
	}
	for k := i + 1; k < e && k <= i+4; k++ {
		if !passiveAgent[toks[k].Lower] {
			continue
		}
		for _, m := range ms {
			if m.How != ByDemonym && (m.First == k+1 || m.First == k+2 && articles[toks[k+1].Lower]) {
				return m, true
			}
		}
		break
	}
	return Mention{}, true
}

// reputedAt reports a verb of reputation at token i, which says what others
// think of the subject as a passive does, with no "to be": "L'Algérie et la
// Mauritanie passent pour les pays les plus attachés à …", "Chile pasa por
// ser …", "Bolivia tiene fama de …", "Le Cameroun a la réputation d'être
// …", "Ghana has a reputation as …", "Le Togo fait figure de modèle"
// (esfr23's 841 and 843: the author's description was held by both
// countries, or by the country before). "passer par" and "pasar por" alone
// (going through) are no reputation.
func reputedAt(toks []Token, i, e int) bool {
	if i+1 >= e {
		return false
	}
	next := toks[i+1].Lower
	switch toks[i].Lower {
	case "passe", "passent", "passait", "passaient":
		return next == "pour"
	case "pasa", "pasan", "pasaba", "pasaban":
		return next == "por" && i+2 < e && toks[i+2].Lower == "ser"
	case "tiene", "tienen", "tenía", "tenían":
		return next == "fama" || next == "reputación"
	case "la", "une":
		return next == "réputation"
	case "reputation":
		return next == "as" || next == "for"
	case "fait", "font", "faisait", "faisaient":
		return next == "figure"
	}
	return false
}
