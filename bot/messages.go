package bot

import (
	"strings"
	"sync"

	xplural "golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"

	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/corpus/lang"
)

// The bot's own words — summary lines, "no statement by …", headings,
// help, labels the adapters print — come from one message catalogue in
// English, Spanish and French. Statements are never translated: they are
// quoted in their original English and labelled as such.
//
// Why golang.org/x/text/message rather than nicksnyder/go-i18n:
// x/text is already a dependency (folding, CLDR data), its catalogue is
// built in Go, so a missing translation is a test failure rather than a
// file that failed to load at run time, and its xplural.Selectf applies
// CLDR plural rules per language (French counts 0 and 1 as singular:
// "0 déclaration", English and Spanish do not), which
// TestCataloguePlurals checks. go-i18n would add a module and a
// message-file format for the same CLDR rules.

// Message keys. Each has an English, Spanish and French text (see
// catalogueEntries); TestCatalogueComplete checks that none is missing.
const (
	msgNStatements     = "n-statements"      // %d statements
	msgNCountries      = "n-countries"       // %d countries
	msgShowing         = "showing"           // ", showing %d"
	msgOnTopic         = "on-topic"          // " on %s"
	msgAnd             = "and"               // "%s and %s"
	msgStanceSummary   = "stance-summary"    // Peru on attribution: 1 statement.
	msgNoStatementBy   = "no-statement-by"   // The corpus has no statement by X.
	msgOnlyMentioned   = "only-mentioned"    // ...; it is only mentioned in statements by Y.
	msgRelatedOthers   = "related-others"    // Related statements by other countries on T are listed separately.
	msgStanceNone      = "stance-none"       // The corpus has no statement by X on T.
	msgNotPosition     = "not-position"      // Related ... they are not X's position.
	msgCountrySummary  = "country-summary"   // Cuba: 1 statement in the corpus.
	msgThemeNone       = "theme-none"        // No country in the corpus speaks on T.
	msgThemeNoneBut    = "theme-none-but"    // No country besides X speaks on T.
	msgThemeNoneNaming = "theme-none-naming" // No statement in the corpus names X on T.
	msgThemeSummary    = "theme-summary"     // 2 countries on T: A, B.
	msgThemeStmtCount  = "theme-stmt-count"  // 5 statements on T, by 2 countries: A, B.
	msgComparing       = "comparing"         // Comparing A and B on T.
	msgComparingAbout  = "comparing-about"   // Comparing A and B on Y (their statements that mention Y) on T.
	msgCompareNone     = "compare-none"      // A: no statement on T.
	// msgAgreeNote: who agrees with X is not in the corpus; X first. Its
	// arguments are X and X's possessive; Spanish and French say "sus
	// declaraciones", so they skip the second (%.0s).
	msgAgreeNote = "agree-note"
	// msgComparingMany: Comparing N countries on T (their names are in
	// the region's note or the question).
	msgComparingMany = "comparing-many"
	// msgCompareNoneMany: No statement on T: A, B and C.
	msgCompareNoneMany = "compare-none-many"
	msgCompareOne      = "compare-one"      // To compare, name another country: "compare with …".
	msgMoreQuestions   = "more-questions"   // Only the first N questions were answered; M more: ask them on their own.
	msgNoIdea          = "none"             // I could not find a country or a topic ...
	msgThanks          = "thanks"           // You're welcome. Ask me ...
	msgAck             = "ack"              // OK. Ask me ...
	msgNoMore          = "no-more"          // No more statements by X on T.
	msgNoneMentioning  = "none-mentioning"  // The corpus has no statement by X that mentions Y on T.
	msgAboutSummary    = "about-summary"    // X on Y on T: 2 statements.
	msgClosest         = "closest"          // No statement by X matches a theme on T; the closest ...
	msgNoSources       = "no-sources"       // The last reply showed no statement, so it has no sources.
	msgNothingMore     = "nothing-more"     // "more" after a reply that showed no statement.
	msgSourcesHeading  = "sources-heading"  // Sources of the last reply:
	msgGone            = "gone"             // (this statement is no longer in the corpus)
	msgThemesList      = "themes-list"      // Themes: ...
	msgThemesRanked    = "themes-ranked"    // Themes by how many statements hold them: cybercrime (12), ...
	msgCountriesList   = "countries-list"   // 7 countries hold 16 statements in the corpus: ...
	msgHelp            = "help"             // the help text
	msgLabelSources    = "label-sources"    // Sources
	msgLabelNoSources  = "label-no-sources" // none recorded
	msgLabelRelated    = "label-related"    // Related statements by other countries
	msgLabelMore       = "label-more"       // …and %d more
	msgLabelNothing    = "label-nothing"    // I found no statement on that in the corpus.
	msgLabelEnglish    = "label-english"    // statement in English ("" in English)
	msgLabelDigest     = "label-digest"     // Digest
	msgLabelEmpty      = "label-theme-empty"
	msgLabelNew        = "label-new"
	msgLabelContinued  = "label-continued"
	msgLabelPart       = "label-part" // part %d of %d
	msgLabelGenerated  = "label-generated"
	msgLabelWhy        = "label-why"
	msgLabelCited      = "label-cited"
	msgMoreCitations   = "more-citations"     // 2 more
	msgAndMore         = "and-more-citations" // and 2 more
	msgLabelLanguage   = "label-language"
	msgLabelReadAs     = "label-read-as"
)

type entry struct {
	key        string
	en, es, fr catalog.Message
}

func msgText(text string) catalog.Message { return catalog.String(text) }

// catalogueEntries lists every message in the three languages.
var catalogueEntries = []entry{
	{msgNStatements,
		xplural.Selectf(1, "%d", "one", "%d statement", "other", "%d statements"),
		xplural.Selectf(1, "%d", "one", "%d declaración", "other", "%d declaraciones"),
		xplural.Selectf(1, "%d", "one", "%d déclaration", "other", "%d déclarations")},
	{msgNCountries,
		xplural.Selectf(1, "%d", "one", "%d country", "other", "%d countries"),
		xplural.Selectf(1, "%d", "one", "%d país", "other", "%d países"),
		xplural.Selectf(1, "%d", "one", "%d pays", "other", "%d pays")},
	{msgShowing, msgText(", showing %d"), msgText(", se muestran %d"), msgText(", %d affichées")},
	{msgOnTopic, msgText(" on %s"), msgText(" sobre %s"), msgText(" sur %s")},
	{msgAnd, msgText("%s and %s"), msgText("%s y %s"), msgText("%s et %s")},
	{msgStanceSummary, msgText("%s%s: %s%s."), msgText("%s%s: %s%s."), msgText("%s%s : %s%s.")},
	// Spanish and French put the country first, so no article or
	// contraction ("du Pérou", "de la India") has to be chosen.
	{msgNoStatementBy, msgText("The corpus has no statement by %s."), msgText("%s: ninguna declaración en el corpus."), msgText("%s : aucune déclaration dans le corpus.")},
	{msgOnlyMentioned,
		msgText("The corpus has no statement by %s; it is only mentioned in statements by %s."),
		msgText("%s: ninguna declaración en el corpus; solo aparece mencionado en declaraciones de %s."),
		msgText("%s : aucune déclaration dans le corpus ; ce pays n'est que mentionné dans des déclarations de : %s.")},
	{msgRelatedOthers,
		msgText(" Related statements by other countries%s are listed separately."),
		msgText(" Se muestran aparte declaraciones relacionadas de otros países%s."),
		msgText(" Des déclarations d'autres pays%s sont présentées à part.")},
	{msgStanceNone, msgText("The corpus has no statement by %s%s."), msgText("%s: ninguna declaración en el corpus%s."), msgText("%s : aucune déclaration dans le corpus%s.")},
	{msgNotPosition,
		msgText(" Related statements by other countries are listed separately; they are not %s position."),
		msgText(" Se muestran aparte declaraciones relacionadas de otros países; no son la posición de %s."),
		msgText(" Des déclarations d'autres pays sont présentées à part ; elles ne sont pas la position de ce pays (%s).")},
	{msgCountrySummary, msgText("%s: %s in the corpus%s."), msgText("%s: %s en el corpus%s."), msgText("%s : %s dans le corpus%s.")},
	{msgThemeNone, msgText("No country in the corpus speaks%s."), msgText("Ningún país del corpus se pronuncia%s."), msgText("Aucun pays du corpus ne s'exprime%s.")},
	{msgThemeNoneNaming, msgText("No statement in the corpus names %s%s."), msgText("Ninguna declaración del corpus menciona a %s%s."), msgText("Aucune déclaration du corpus ne mentionne %s%s.")},
	{msgThemeNoneBut, msgText("No country in the corpus besides %s speaks%s."), msgText("Ningún país del corpus aparte de %s se pronuncia%s."), msgText("Aucun pays du corpus à part %s ne s'exprime%s.")},
	{msgThemeSummary, msgText("%s%s: %s."), msgText("%s%s: %s."), msgText("%s%s : %s.")},
	{msgThemeStmtCount, msgText("%s%s, by %s: %s."), msgText("%s%s, de %s: %s."), msgText("%s%s, de %s : %s.")},
	{msgComparing, msgText("Comparing %s%s."), msgText("Comparación: %s%s."), msgText("Comparaison : %s%s.")},
	{msgComparingAbout, msgText("Comparing %s on %s (their statements that mention it)%s."), msgText("Comparación: %s sobre %s (sus declaraciones que lo mencionan)%s."), msgText("Comparaison : %s sur %s (leurs déclarations qui le mentionnent)%s.")},
	{msgCompareNone, msgText("%s: no statement%s."), msgText("%s: ninguna declaración%s."), msgText("%s : aucune déclaration%s.")},
	{msgCompareNoneMany, msgText("No statement%s: %s."), msgText("Ninguna declaración%s: %s."), msgText("Aucune déclaration%s : %s.")},
	{msgAgreeNote, msgText("The corpus does not say who agrees with %s: %s statements come first, then every other country's, to compare."),
		msgText("El corpus no dice quién coincide con %s: primero sus declaraciones%.0s, luego las de los demás países, para comparar."),
		msgText("Le corpus ne dit pas qui partage l'avis de ce pays (%s) : ses déclarations d'abord%.0s, puis celles des autres pays, à comparer.")},
	{msgComparingMany, msgText("Comparing %s countries%s."), msgText("Comparación de %s países%s."), msgText("Comparaison de %s pays%s.")},
	{msgMoreQuestions, msgText("Only the first %s questions of the message were answered; ask the other %s on their own."),
		msgText("Solo se respondieron las primeras %s preguntas del mensaje; haga las otras %s por separado."),
		msgText("Seules les %s premières questions du message ont reçu une réponse ; posez les %s autres séparément.")},
	{msgCompareOne, msgText("To compare, name another country: “compare with …”."), msgText("Para comparar, nombre otro país: «comparar con …»."), msgText("Pour comparer, nommez un autre pays : « comparer avec … ».")},
	{msgThanks, msgText(`You're welcome. Ask me about another country or topic whenever you like.`),
		msgText(`De nada. Pregúnteme por otro país o tema cuando quiera.`),
		msgText(`Je vous en prie. Interrogez-moi sur un autre pays ou thème quand vous voulez.`)},
	{msgAck, msgText(`OK. Ask me about another country or topic whenever you like.`),
		msgText(`De acuerdo. Pregúnteme por otro país o tema cuando quiera.`),
		msgText(`D'accord. Interrogez-moi sur un autre pays ou thème quand vous voulez.`)},
	{msgNoIdea,
		msgText(`I could not find a country or a topic in that question. Try "what does Peru say on attribution?", "who talks about due diligence?", "countries", "themes" or "help".`),
		msgText(`No encontré un país ni un tema en esa pregunta. Pruebe "¿qué dice Perú sobre la atribución?", "¿quién habla de diligencia debida?", "países", "temas" o "ayuda".`),
		msgText(`Je n'ai trouvé ni pays ni thème dans cette question. Essayez « que dit le Pérou sur l'attribution ? », « qui parle de diligence raisonnable ? », « pays », « thèmes » ou « aide ».`)},
	{msgNoMore, msgText("No more statements by %s%s."), msgText("%s: no hay más declaraciones%s."), msgText("%s : pas d'autre déclaration%s.")},
	{msgNoneMentioning,
		msgText("The corpus has no statement by %s that mentions %s%s."),
		msgText("%s: ninguna declaración en el corpus que mencione %s%s."),
		msgText("%s : aucune déclaration dans le corpus qui mentionne %s%s.")},
	{msgAboutSummary, msgText("%s on %s%s: %s%s."), msgText("%s sobre %s%s: %s%s."), msgText("%s sur %s%s : %s%s.")},
	{msgClosest,
		msgText("No statement by %[1]s matches a theme%[2]s; the closest of %[1]s's statements by their words: %[3]s%[4]s."),
		msgText("%[1]s: ninguna declaración corresponde a un tema%[2]s; las más cercanas por sus palabras: %[3]s%[4]s."),
		msgText("%[1]s : aucune déclaration ne correspond à un thème%[2]s ; les plus proches par leurs mots : %[3]s%[4]s.")},
	{msgNoSources, msgText("The last reply showed no statement, so it has no sources."), msgText("La última respuesta no mostró ninguna declaración, así que no tiene fuentes."), msgText("La dernière réponse ne montrait aucune déclaration : elle n'a donc pas de sources.")},
	{msgNothingMore, msgText("The last reply showed no statement, so there is nothing more to show. Ask about another country or topic."), msgText("La última respuesta no mostró ninguna declaración, así que no hay nada más que mostrar. Pregunte por otro país u otro tema."), msgText("La dernière réponse ne montrait aucune déclaration : il n'y a donc rien de plus à montrer. Posez une question sur un autre pays ou un autre sujet.")},
	{msgSourcesHeading, msgText("Sources of the last reply:"), msgText("Fuentes de la última respuesta:"), msgText("Sources de la dernière réponse :")},
	{msgGone, msgText("(this statement is no longer in the corpus)"), msgText("(esta declaración ya no está en el corpus)"), msgText("(cette déclaration n'est plus dans le corpus)")},
	{msgThemesList, msgText("Themes: %s."), msgText("Temas: %s."), msgText("Thèmes : %s.")},
	{msgThemesRanked, msgText("Themes by how many statements hold them: %s."), msgText("Temas según cuántas declaraciones los tratan: %s."),
		msgText("Thèmes selon le nombre de déclarations qui les abordent : %s.")},
	{msgCountriesList, msgText("%s hold %s in the corpus: %s."), msgText("%s tienen %s en el corpus: %s."), msgText("%s ont %s dans le corpus : %s.")},
	{msgHelp, msgText(helpEN), msgText(helpES), msgText(helpFR)},
	{msgLabelSources, msgText("Sources"), msgText("Fuentes"), msgText("Sources")},
	{msgLabelNoSources, msgText("none recorded"), msgText("ninguna registrada"), msgText("aucune enregistrée")},
	{msgLabelRelated, msgText("Related statements by other countries"), msgText("Declaraciones relacionadas de otros países"), msgText("Déclarations liées d'autres pays")},
	{msgLabelMore, msgText("…and %d more"), msgText("…y %d más"), msgText("…et %d de plus")},
	{msgLabelNothing, msgText("I found no statement on that in the corpus."), msgText("No encontré ninguna declaración sobre eso en el corpus."), msgText("Je n'ai trouvé aucune déclaration à ce sujet dans le corpus.")},
	{msgLabelEnglish, msgText(""), msgText("declaración en inglés"), msgText("déclaration en anglais")},
	{msgLabelDigest, msgText("Digest"), msgText("Resumen"), msgText("Synthèse")},
	{msgLabelEmpty, msgText("Nothing in the corpus on this theme yet."), msgText("Todavía nada en el corpus sobre este tema."), msgText("Rien dans le corpus sur ce thème pour l'instant.")},
	{msgLabelNew, msgText("new"), msgText("nuevo"), msgText("nouveau")},
	{msgLabelContinued, msgText("continued"), msgText("continuación"), msgText("suite")},
	{msgLabelPart, msgText("part %d of %d"), msgText("parte %d de %d"), msgText("partie %d sur %d")},
	{msgLabelGenerated, msgText("generated"), msgText("generado"), msgText("généré")},
	{msgLabelCited, msgText("cited"), msgText("citas"), msgText("citations")},
	{msgMoreCitations, msgText("%d more"), msgText("%d más"), msgText("%d de plus")},
	{msgAndMore, msgText("and %d more"), msgText("y %d más"), msgText("et %d de plus")},
	{msgLabelWhy, msgText("Why"), msgText("Por qué"), msgText("Pourquoi")},
	{msgLabelLanguage, msgText("language"), msgText("idioma"), msgText("langue")},
	{msgLabelReadAs, msgText("read as"), msgText("leída como"), msgText("lue comme")},
	{msgLowConfidence,
		msgText("Note on %s's statement “%s”: attributed with low confidence (%s: %s); check the source."),
		msgText("Nota sobre la declaración de %s «%s»: atribuida con poca certeza (%s: %s); consulte la fuente."),
		msgText("Note sur la déclaration de %s « %s » : attribuée avec peu de certitude (%s : %s) ; vérifiez la source.")},
}

const helpEN = `Ask me what countries say in international cyber-policy debates, with the source of every statement. For example:
• what does Peru say on attribution?
• tell me about Cuba
• who talks about due diligence?
• compare India and the EU on norms
• countries — the countries in the corpus
• themes — the themes I know
• explain <question> — why these answers came
I also read Spanish and French: "¿qué dice Perú sobre la atribución?", "que dit l'Inde sur la souveraineté ?"`

const helpES = `Pregúnteme qué dicen los países en los debates internacionales sobre ciberpolítica, con la fuente de cada declaración. Por ejemplo:
• ¿qué dice Perú sobre la atribución?
• háblame de Cuba
• ¿quién habla de diligencia debida?
• compara India y la UE sobre normas voluntarias
• países — los países del corpus
• temas — los temas que conozco
• explica <pregunta> — por qué salieron estas respuestas
Las declaraciones se citan en su inglés original. También entiendo inglés y francés.`

const helpFR = `Demandez-moi ce que disent les pays dans les débats internationaux sur la cyberpolitique, avec la source de chaque déclaration. Par exemple :
• que dit le Pérou sur l'attribution ?
• parle-moi de Cuba
• qui parle de diligence raisonnable ?
• comparer l'Inde et l'UE sur les normes volontaires
• pays — les pays du corpus
• thèmes — les thèmes que je connais
• explique <question> — pourquoi ces réponses
Les déclarations sont citées dans leur anglais d'origine. Je comprends aussi l'anglais et l'espagnol.`

var langTags = map[string]language.Tag{lang.English: language.English, lang.Spanish: language.Spanish, lang.French: language.French}

var (
	printersOnce sync.Once
	printers     map[string]*message.Printer
)

// buildPrinters makes one printer per language over the catalogue.
func buildPrinters() map[string]*message.Printer {
	b := catalog.NewBuilder(catalog.Fallback(language.English))
	for _, e := range catalogueEntries {
		for code, m := range map[string]catalog.Message{lang.English: e.en, lang.Spanish: e.es, lang.French: e.fr} {
			if err := b.Set(langTags[code], e.key, m); err != nil {
				panic("message catalogue: " + e.key + ": " + err.Error()) // a build-time data error
			}
		}
	}
	out := map[string]*message.Printer{}
	for code, tag := range langTags {
		out[code] = message.NewPrinter(tag, message.Catalog(b))
	}
	return out
}

// T formats the catalogue message key in a language ("en", "es", "fr";
// anything else is English).
func T(code, key string, args ...any) string {
	if s, ok := plainT(code, key, args); ok {
		return s
	}
	return cachedCount(code, key, args, func() string { return printT(code, key, args) })
}

// printT formats key in code with the x/text printer.
func printT(code, key string, args []any) string {
	printersOnce.Do(func() { printers = buildPrinters() })
	p, ok := printers[code]
	if !ok {
		p = printers[lang.English]
	}
	return p.Sprintf(key, args...)
}

// Labels are the words adapters print around a reply's statements, in
// the reply's language.
type Labels struct {
	Sources   string // "Sources"
	NoSources string // "none recorded"
	Related   string // "Related statements by other countries"
	Nothing   string // "I found no statement on that in the corpus."
	// English labels a statement quoted in its original English when the
	// reply is in another language ("declaración en inglés"); empty for
	// English replies.
	English   string
	Digest    string // "Digest"
	Empty     string // "Nothing in the corpus on this theme yet."
	New       string // "new"
	Continued string // "continued"
	Generated string // "generated"
	Why       string // "Why"
	Language  string // "language"
	ReadAs    string // "read as"
	Cited     string // "cited" (the console's citation lines)
	lang      string
}

// LabelsFor returns the labels in a reply language ("" is English).
func LabelsFor(code string) Labels {
	return Labels{
		Sources: T(code, msgLabelSources), NoSources: T(code, msgLabelNoSources), Related: T(code, msgLabelRelated),
		Nothing: T(code, msgLabelNothing), English: T(code, msgLabelEnglish), Digest: T(code, msgLabelDigest),
		Empty: T(code, msgLabelEmpty), New: T(code, msgLabelNew), Continued: T(code, msgLabelContinued),
		Generated: T(code, msgLabelGenerated), Why: T(code, msgLabelWhy), Language: T(code, msgLabelLanguage),
		ReadAs: T(code, msgLabelReadAs), Cited: T(code, msgLabelCited), lang: code,
	}
}

// More says how many items were left out ("…and 3 more").
func (l Labels) More(n int) string { return T(l.lang, msgLabelMore, n) }

// MoreCitations is the "N more" note after the citations shown ("" for 0).
func (l Labels) MoreCitations(n int) string {
	if n <= 0 {
		return ""
	}
	return T(l.lang, msgMoreCitations, n)
}

// AndMoreCitations is "and N more" ("" for 0).
func (l Labels) AndMoreCitations(n int) string {
	if n <= 0 {
		return ""
	}
	return T(l.lang, msgAndMore, n)
}

// Part numbers a message split over several ("part 1 of 3").
func (l Labels) Part(i, n int) string { return T(l.lang, msgLabelPart, i, n) }

// joinAndIn joins names with commas and the language's "and".
func joinAndIn(code string, xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return ts(code, msgAnd, strings.Join(xs[:len(xs)-1], ", "), xs[len(xs)-1])
}

// t formats a catalogue message in the reply's language.
func (a *asked) t(key string, args ...any) string { return T(a.lang, key, args...) }

// ts is t for string arguments only (see ts).
func (a *asked) ts(key string, args ...string) string { return ts(a.lang, key, args...) }

// on is " on <topic>" in the reply's language, or "" without a topic.
func (a *asked) on(topic string) string {
	if topic == "" {
		return ""
	}
	return a.ts(msgOnTopic, topic)
}

// shown is ", showing N" when fewer answers are shown than there are.
func (a *asked) shown(got, total int) string {
	if got < total {
		return a.t(msgShowing, got)
	}
	return ""
}

func (a *asked) and(xs []string) string { return joinAndIn(a.lang, xs) }

// name is a country's name in the reply's language.
func (a *asked) name(short string) string { return countryName(a.c, a.lang, short) }

func (a *asked) names(shorts []string) []string {
	out := make([]string, len(shorts))
	for i, s := range shorts {
		out[i] = a.name(s)
	}
	return out
}

// objectName is a country's name after a preposition or verb ("no
// statement by the Netherlands"): in English with "the" where the name
// takes it; Spanish and French messages put the name first, as a label.
func objectName(c *corpus.Corpus, code, short string) string {
	if code != lang.Spanish && code != lang.French && c != nil && c.Gazetteer != nil && c.Gazetteer.TakesThe(short) {
		return "the " + short
	}
	return countryName(c, code, short)
}

// possessive is objectName with the English possessive ("the
// Netherlands'", "Peru's"); Spanish and French messages say "de X".
func possessive(c *corpus.Corpus, code, short string) string {
	n := objectName(c, code, short)
	if code == lang.Spanish || code == lang.French {
		return n
	}
	if strings.HasSuffix(n, "s") {
		return n + "'"
	}
	return n + "'s"
}

// objectNames is objectName for each of shorts.
func objectNames(c *corpus.Corpus, code string, shorts []string) []string {
	out := make([]string, len(shorts))
	for i, s := range shorts {
		out[i] = objectName(c, code, s)
	}
	return out
}

// countryName is how a country (by its gazetteer short name) is named in
// the bot's words in a language: the gazetteer's usual Spanish or French
// name ("Perú", "Corée du Sud"), else the English short name. Answers
// keep the English short name in Answer.Country (the JSON contract); only
// the bot's words change.
func countryName(c *corpus.Corpus, code, short string) string {
	if code != lang.Spanish && code != lang.French {
		return short // English and anything else: no look-up (a theme reply names every holder)
	}
	if c == nil || c.Gazetteer == nil {
		return short
	}
	cc, ok := c.Gazetteer.Lookup(short)
	if !ok {
		return short
	}
	var names []string
	switch code {
	case lang.Spanish:
		names = cc.ES
	case lang.French:
		names = cc.FR
	}
	if len(names) > 0 && names[0] != "" {
		return names[0]
	}
	return short
}
