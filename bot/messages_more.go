package bot

import (
	"strconv"

	xplural "golang.org/x/text/feature/plural"
)

// Catalogue keys for the date notes, the digest summary, explain's
// fallback line and the chat commands' replies (package commands formats
// the cmd-* keys with T). They join catalogueEntries at init, before any
// printer is built (printers and plainMessages are built on first use).
const (
	msgDatesNone     = "dates-none"      // The corpus has no dates, so “x” was not applied.
	msgDatesNote     = "dates-note"      // Dates (“x”): how; a statement is dated by its earliest source.
	msgDatesQualify  = "dates-qualify"   //  N of M statements qualify
	msgDatesUndated  = "dates-undated"   // ; N undated left out
	msgDatesKept     = "dates-kept"      // kept statements first published <range>
	msgDatesNewest   = "dates-newest"    // ordered newest first
	msgDatesOldest   = "dates-oldest"    // ordered oldest first
	msgDatesNoneIn   = "dates-none-in"   // X: no statement on T in the dates asked.
	msgRecentIn      = "recent-in"       // N statements by K countries, first published PERIOD; ORDER, showing n.
	msgRecentAll     = "recent-all"      // N dated statements by K countries; ORDER, showing n.
	msgRecentNone    = "recent-none"     // No statement was first published PERIOD.
	msgRangeBetween  = "range-between"   // from A to B
	msgRangeFrom     = "range-from"      // on or after A
	msgRangeTo       = "range-to"        // on or before B
	msgDigestOn      = "digest-on"       // N statements on T
	msgDigestNew     = "digest-new"      // N new since the last digest
	msgDigestNothing = "digest-nothing"  // nothing in the corpus on T
	msgListSep       = "list-sep"        // "; " between clauses
	msgFallbackTag   = "fallback-tagged" // no statement of X is tagged T; ...
	msgFallbackTheme = "fallback-theme"  // no theme matched "t"; ...
)

// msgCompareClosest notes a compared country answered by its closest
// statements (none tagged with the theme): "A: no statement on T; shown instead, ...".
const msgCompareClosest = "compare-closest"

// Follow-up replies: "more" once the last question's answers are all
// shown (the question it continued), and a bare follow-up ("more",
// "sources", "why?") with no earlier question to continue.
const (
	msgNoMoreAnswers = "no-more-answers"
	msgNoContext     = "no-context"
)

// msgThemeClosest answers "who talks about T" when no statement is tagged
// with T: the countries whose statements come closest by the question's words.
const msgThemeClosest = "theme-closest"

// msgThemeNamingClosest answers "who criticised Iran" when no statement
// naming Iran holds the question's words: the statements that name it.
const msgThemeNamingClosest = "theme-naming-closest"

func init() {
	catalogueEntries = append(catalogueEntries, moreEntries...)
	catalogueEntries = append(catalogueEntries, commandEntries...)
}

var moreEntries = []entry{
	{msgDatesNone,
		msgText("The corpus has no dates, so %s was not applied."),
		msgText("El corpus no tiene fechas, así que no se aplicó %s."),
		msgText("Le corpus n'a pas de dates : %s n'a donc pas été appliqué.")},
	{msgDatesNote,
		msgText("Dates (%s): %s; a statement is dated by its earliest source."),
		msgText("Fechas (%s): %s; cada declaración lleva la fecha de su fuente más antigua."),
		msgText("Dates (%s) : %s ; chaque déclaration est datée par sa source la plus ancienne.")},
	{msgDatesQualify,
		msgText(" %s of %s statements qualify"),
		msgText(" Cumplen el criterio %s de %s declaraciones"),
		msgText(" Déclarations retenues : %s sur %s")},
	{msgDatesUndated,
		xplural.Selectf(1, "%d", "one", "; %[2]s undated left out", "other", "; %[2]s undated left out"),
		xplural.Selectf(1, "%d", "one", "; %[2]s sin fecha excluida", "other", "; %[2]s sin fecha excluidas"),
		xplural.Selectf(1, "%d", "one", " ; %[2]s non datée écartée", "other", " ; %[2]s non datées écartées")},
	{msgDatesKept,
		msgText("kept statements first published %s"),
		msgText("se conservan las declaraciones publicadas por primera vez %s"),
		msgText("seules sont conservées les déclarations publiées pour la première fois %s")},
	{msgDatesNewest,
		msgText("ordered newest first"),
		msgText("ordenadas de la más reciente a la más antigua"),
		msgText("classées de la plus récente à la plus ancienne")},
	{msgRecentIn,
		msgText("%s by %s, first published %s; %s%s."),
		msgText("%s de %s, publicadas por primera vez %s; %s%s."),
		msgText("%s de %s, publiées pour la première fois %s ; %s%s.")},
	{msgRecentAll,
		msgText("%s with a date, by %s; %s%s."),
		msgText("%s con fecha, de %s; %s%s."),
		msgText("%s datées, de %s ; %s%s.")},
	{msgRecentNone,
		msgText("No statement in the corpus was first published %s."),
		msgText("Ninguna declaración del corpus se publicó por primera vez %s."),
		msgText("Aucune déclaration du corpus n'a été publiée pour la première fois %s.")},
	{msgDatesNoneIn,
		msgText("%s: no statement%s in the dates asked."),
		msgText("%s: ninguna declaración%s en las fechas pedidas."),
		msgText("%s : aucune déclaration%s aux dates demandées.")},
	{msgDatesOldest,
		msgText("ordered oldest first"),
		msgText("ordenadas de la más antigua a la más reciente"),
		msgText("classées de la plus ancienne à la plus récente")},
	{msgRangeBetween, msgText("from %s to %s"), msgText("entre el %s y el %s"), msgText("entre le %s et le %s")},
	{msgRangeFrom, msgText("on or after %s"), msgText("el %s o después"), msgText("le %s ou après")},
	{msgRangeTo, msgText("on or before %s"), msgText("el %s o antes"), msgText("le %s ou avant")},
	{msgDigestOn,
		xplural.Selectf(1, "%d", "one", "%[2]s statement on %[3]s", "other", "%[2]s statements on %[3]s"),
		xplural.Selectf(1, "%d", "one", "%[2]s declaración sobre %[3]s", "other", "%[2]s declaraciones sobre %[3]s"),
		xplural.Selectf(1, "%d", "one", "%[2]s déclaration sur %[3]s", "other", "%[2]s déclarations sur %[3]s")},
	{msgDigestNew,
		xplural.Selectf(1, "%d", "one", "%[2]s new since the last digest", "other", "%[2]s new since the last digest"),
		xplural.Selectf(1, "%d", "one", "%[2]s nueva desde el último resumen", "other", "%[2]s nuevas desde el último resumen"),
		xplural.Selectf(1, "%d", "one", "%[2]s nouvelle depuis la dernière synthèse", "other", "%[2]s nouvelles depuis la dernière synthèse")},
	{msgDigestNothing,
		msgText("nothing in the corpus on %s"),
		msgText("nada en el corpus sobre %s"),
		msgText("rien dans le corpus sur %s")},
	{msgListSep, msgText("; "), msgText("; "), msgText(" ; ")},
	{msgFallbackTag,
		msgText("no statement of %s is tagged %s; ranked its statements on the question's words"),
		msgText("ninguna declaración de %s tiene la etiqueta %s; se ordenaron sus declaraciones según las palabras de la pregunta"),
		msgText("aucune déclaration de ce pays (%s) n'a l'étiquette %s ; ses déclarations ont été classées selon les mots de la question")},
	{msgCompareClosest,
		msgText("%s: no statement%s; shown instead, the closest of its statements by the question's words."),
		msgText("%s: ninguna declaración%s; se muestran en su lugar las más cercanas por las palabras de la pregunta."),
		msgText("%s : aucune déclaration%s ; à la place, les plus proches par les mots de la question.")},
	{msgNoMoreAnswers,
		msgText("That was all: no more statements for “%s”."),
		msgText("Eso era todo: no hay más declaraciones para «%s»."),
		msgText("C'était tout : pas d'autres déclarations pour « %s »."),
	},
	{msgNoContext,
		msgText(`There is no earlier question here to continue. Ask about a country or a topic first, for example "what does Peru say on attribution?".`),
		msgText(`No hay una pregunta anterior que continuar. Pregunte primero por un país o un tema, por ejemplo "¿qué dice Perú sobre la atribución?".`),
		msgText(`Il n'y a pas de question précédente à poursuivre. Posez d'abord une question sur un pays ou un thème, par exemple « que dit le Pérou sur l'attribution ? ».`),
	},
	{msgThemeClosest,
		msgText("No statement in the corpus matches a theme%[1]s; the closest by the question's words, %[2]s: %[3]s."),
		msgText("Ninguna declaración del corpus corresponde a un tema%[1]s; las más cercanas por las palabras de la pregunta, %[2]s: %[3]s."),
		msgText("Aucune déclaration du corpus ne correspond à un thème%[1]s ; les plus proches par les mots de la question, %[2]s : %[3]s.")},
	{msgThemeNamingClosest,
		msgText("No statement in the corpus names %[1]s%[2]s; the statements that name it, %[3]s: %[4]s."),
		msgText("Ninguna declaración del corpus menciona a %[1]s%[2]s; las que lo mencionan, %[3]s: %[4]s."),
		msgText("Aucune déclaration du corpus ne mentionne %[1]s%[2]s ; celles qui le mentionnent, %[3]s : %[4]s.")},
	{msgFallbackTheme,
		msgText("no theme matched %s; ranked %s's statements on the question's words"),
		msgText("ningún tema correspondió a %s; se ordenaron las declaraciones de %s según las palabras de la pregunta"),
		msgText("aucun thème ne correspond à %s ; les déclarations de ce pays (%s) ont été classées selon les mots de la question")},
}

// msgNotShown is the note of a message cut at a chat's size limit.
const msgNotShown = "not-shown"

func init() {
	catalogueEntries = append(catalogueEntries, entry{msgNotShown,
		msgText("… %s more not shown (message size limit)."),
		msgText("… %s más sin mostrar (límite de tamaño del mensaje)."),
		msgText("… %s de plus non affichés (limite de taille du message).")})
}

// NotShown is the note under a message cut at the chat's size limit
// ("… 3 more not shown (message size limit).").
func (l Labels) NotShown(n int) string { return T(l.lang, msgNotShown, strconv.Itoa(n)) }

// Keys of the chat buttons' words.
const (
	msgButtonMore    = "button-more"
	msgButtonCompare = "button-compare"
)

func init() {
	catalogueEntries = append(catalogueEntries,
		entry{msgButtonMore, msgText("More"), msgText("Más"), msgText("Plus")},
		entry{msgButtonCompare, msgText("Compare with…"), msgText("Comparar con…"), msgText("Comparer avec…")})
}

// MoreButton is the word on the button that shows more statements ("More").
func (l Labels) MoreButton() string { return T(l.lang, msgButtonMore) }

// CompareWith is the placeholder of the menu that compares the answer
// with another country ("Compare with…").
func (l Labels) CompareWith() string { return T(l.lang, msgButtonCompare) }
