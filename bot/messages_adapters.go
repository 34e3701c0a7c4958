package bot

import "github.com/stancebot/stancebot/corpus/lang"

// Catalogue keys for texts the chat adapters write around a reply: the
// feedback prompts after a vote and the label of a statement quoted in a
// language other than the reply's. Adapters format them with T in the
// language of the reply they belong to.
const (
	MsgFeedbackThanks    = "feedback-thanks"      // after 👍
	MsgFeedbackWhatWrong = "feedback-what-wrong"  // after 👎, the prompt
	MsgFeedbackOptional  = "feedback-optional"    // after 👎, the section text
	MsgFeedbackQuestion  = "feedback-question"    // after 👎, the menu's placeholder
	MsgFeedbackHelps     = "feedback-helps"       // after a reason was chosen
	MsgReasonCountry     = "reason-wrong_country" // the reasons, keyed "reason-" + feedback.Reasons
	MsgReasonTopic       = "reason-wrong_topic"
	MsgReasonMissing     = "reason-missing_statement"
	MsgReasonOther       = "reason-other"
	msgLabelInSpanish    = "label-in-es" // a statement written in Spanish
	msgLabelInFrench     = "label-in-fr" // a statement written in French

	// The Slack App Home tab.
	MsgHomeIntro         = "home-intro"
	MsgHomeCountries     = "home-countries"      // *Countries (N):* list
	MsgHomeThemes        = "home-themes"         // *Themes (N):* list
	MsgHomeTry           = "home-try"            // *Try:*
	MsgHomeSubscriptions = "home-subscriptions"  // *Your digest subscriptions*
	MsgHomeNone          = "home-none"           // no subscription yet
	MsgHomeMore          = "home-more"           // …and N more
	MsgHomeThisDM        = "home-this-dm"        // where: this DM
	MsgHomeUnsubscribe   = "home-unsubscribe"    // the button
	MsgHomeCorpusUnknown = "home-corpus-unknown" // no corpus version yet
	MsgHomeCorpus        = "home-corpus"         // Corpus `v` · N statements
	MsgHomeLoaded        = "home-loaded"         // · loaded DATE
)

func init() {
	catalogueEntries = append(catalogueEntries,
		entry{MsgFeedbackThanks, msgText("Thanks for the feedback!"), msgText("¡Gracias por su opinión!"), msgText("Merci pour votre retour !")},
		entry{MsgFeedbackWhatWrong, msgText("Thanks — noted. What was wrong?"), msgText("Gracias, anotado. ¿Qué estaba mal?"), msgText("Merci, c'est noté. Qu'est-ce qui n'allait pas ?")},
		entry{MsgFeedbackOptional, msgText("Thanks — noted. What was wrong? (optional)"), msgText("Gracias, anotado. ¿Qué estaba mal? (opcional)"), msgText("Merci, c'est noté. Qu'est-ce qui n'allait pas ? (facultatif)")},
		entry{MsgFeedbackQuestion, msgText("What was wrong?"), msgText("¿Qué estaba mal?"), msgText("Qu'est-ce qui n'allait pas ?")},
		entry{MsgFeedbackHelps, msgText("Thanks, that helps the curators."), msgText("Gracias, eso ayuda a quienes mantienen el corpus."), msgText("Merci, cela aide les personnes qui tiennent le corpus.")},
		entry{MsgReasonCountry, msgText("Wrong country"), msgText("País equivocado"), msgText("Mauvais pays")},
		entry{MsgReasonTopic, msgText("Wrong topic"), msgText("Tema equivocado"), msgText("Mauvais thème")},
		entry{MsgReasonMissing, msgText("A statement is missing"), msgText("Falta una declaración"), msgText("Une déclaration manque")},
		entry{MsgReasonOther, msgText("Something else"), msgText("Otra cosa"), msgText("Autre chose")},
		entry{MsgHomeIntro,
			msgText("What countries say in international cyber-policy debates, quoted from the corpus with sources. Mention me in a channel, DM me, use the slash command, or run *Ask stancebot* on any message."),
			msgText("Lo que dicen los países en los debates internacionales sobre ciberpolítica, citado del corpus con sus fuentes. Mencióneme en un canal, escríbame por mensaje directo, use el comando de barra o ejecute *Ask stancebot* sobre cualquier mensaje."),
			msgText("Ce que disent les pays dans les débats internationaux sur la cyberpolitique, cité du corpus avec ses sources. Mentionnez-moi dans un canal, écrivez-moi en message direct, utilisez la commande slash ou lancez *Ask stancebot* sur n'importe quel message.")},
		entry{MsgHomeCountries, msgText("*Countries (%s):* %s"), msgText("*Países (%s):* %s"), msgText("*Pays (%s) :* %s")},
		entry{MsgHomeThemes, msgText("*Themes (%s):* %s"), msgText("*Temas (%s):* %s"), msgText("*Thèmes (%s) :* %s")},
		entry{MsgHomeTry, msgText("*Try:*"), msgText("*Pruebe:*"), msgText("*Essayez :*")},
		entry{MsgHomeSubscriptions, msgText("*Your digest subscriptions*"), msgText("*Sus suscripciones a resúmenes*"), msgText("*Vos abonnements aux synthèses*")},
		entry{MsgHomeNone,
			msgText("_None. Say `subscribe <theme> weekly` in a channel or here in the Messages tab._"),
			msgText("_Ninguna. Escriba `subscribe <tema> semanal` en un canal o aquí, en la pestaña Mensajes._"),
			msgText("_Aucun. Écrivez `subscribe <thème> hebdomadaire` dans un canal ou ici, dans l'onglet Messages._")},
		entry{MsgHomeMore,
			msgText("_…and %s more: `subscriptions` in the room lists them._"),
			msgText("_…y %s más: `subscriptions` en la sala las muestra._"),
			msgText("_…et %s de plus : `subscriptions` dans le salon les affiche._")},
		entry{MsgHomeThisDM, msgText("this DM"), msgText("este mensaje directo"), msgText("ce message direct")},
		entry{MsgHomeUnsubscribe, msgText("Unsubscribe"), msgText("Cancelar suscripción"), msgText("Se désabonner")},
		entry{MsgHomeCorpusUnknown, msgText("Corpus version not known yet"), msgText("Versión del corpus aún desconocida"), msgText("Version du corpus encore inconnue")},
		entry{MsgHomeCorpus, msgText("Corpus `%s` · %s statements"), msgText("Corpus `%s` · %s declaraciones"), msgText("Corpus `%s` · %s déclarations")},
		entry{MsgHomeLoaded, msgText(" · loaded %s"), msgText(" · cargado el %s"), msgText(" · chargé le %s")},
		entry{msgLabelInSpanish, msgText("statement in Spanish"), msgText("declaración en español"), msgText("déclaration en espagnol")},
		entry{msgLabelInFrench, msgText("statement in French"), msgText("declaración en francés"), msgText("déclaration en français")},
	)
}

// Original labels a statement quoted in a language other than the
// reply's: "declaración en inglés" for an English statement in a Spanish
// reply, "statement in French" for a French one in an English reply; ""
// when the statement is in the reply's language. stmtLang is Answer.Lang
// ("" is English).
func (l Labels) Original(stmtLang string) string {
	reply := l.lang
	if reply == "" {
		reply = lang.English
	}
	if stmtLang == "" {
		stmtLang = lang.English
	}
	switch {
	case stmtLang == reply:
		return ""
	case stmtLang == lang.English:
		return l.English
	case stmtLang == lang.Spanish:
		return T(l.lang, msgLabelInSpanish)
	case stmtLang == lang.French:
		return T(l.lang, msgLabelInFrench)
	}
	return ""
}

// explainFields are the row names of the explain view
// (adapters/explaintext), in the three languages.
var explainFields = []entry{
	{"explain-translated", msgText("translated"), msgText("traducido"), msgText("traduit")},
	{"explain-dropped", msgText("(dropped)"), msgText("(omitido)"), msgText("(omis)")},
	{"explain-country", msgText("country"), msgText("país"), msgText("pays")},
	{"explain-from", msgText("from"), msgText("de"), msgText("de")},
	{"explain-themes", msgText("themes"), msgText("temas"), msgText("thèmes")},
	{"explain-none", msgText("none"), msgText("ninguno"), msgText("aucun")},
	{"explain-corrected", msgText("corrected"), msgText("corregido"), msgText("corrigé")},
	{"explain-theme-phrase", msgText("theme phrase"), msgText("frase de tema"), msgText("expression de thème")},
	{"explain-left-out", msgText("left out"), msgText("descartado"), msgText("écarté")},
	{"explain-stems", msgText("stems"), msgText("raíces"), msgText("radicaux")},
	{"explain-fallback", msgText("fallback"), msgText("alternativa"), msgText("repli")},
	{"explain-dates", msgText("dates"), msgText("fechas"), msgText("dates")},
	{"explain-scores-header",
		msgText("#\tcountry\tscore\t= text\t+ theme bonus\tmatch\tholder decided by\tmatched terms (weight)"),
		msgText("#\tpaís\tpuntuación\t= texto\t+ bono de tema\tcoincidencia\tautoría decidida por\ttérminos (peso)"),
		msgText("#\tpays\tscore\t= texte\t+ bonus de thème\tcorrespondance\tauteur décidé par\ttermes (poids)")},
}

func init() { catalogueEntries = append(catalogueEntries, explainFields...) }

// Field is the name of a row of the explain view in the reply's language:
// Field("stems") is "stems", "raíces" or "radicaux".
func (l Labels) Field(name string) string { return T(l.lang, "explain-"+name) }
