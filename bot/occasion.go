package bot

import (
	"regexp"
	"strings"

	"github.com/stancebot/stancebot/corpus"
)

// A question often names the meeting it is about rather than a topic:
// "what has Georgia said since the last OEWG", "China at the latest
// session", "desde la última sesión del OEWG", "lors de la dernière
// réunion". The corpus cannot tell which meeting was the last one, but the
// asker wants what is most recent; read as a topic, "OEWG" asked for the
// country's statements on UN processes and answered "no statement by
// Georgia on UN processes" for a country that spoke at that very session.
// Such an occasion phrase is cut from the question like a date and orders
// the answers newest first. Bare "last" stays a word ("the last OEWG
// session" alone is no date; TestCutDatesLeavesLast): only the phrase with
// its preposition and its meeting noun is an occasion.
var occasionREs = map[string]*regexp.Regexp{
	"en": regexp.MustCompile(`(?i)\b(?:since|at|in|during|after|from|over)\s+(?:the\s+)?(?:last|latest|previous|most\s+recent|recent|past|current)\s+` +
		`(?:(?:two|three|few|couple\s+of)\s+)?(?:(?:oewg|gge|un|working\s+group|substantive|formal|informal|plenary|first\s+committee|ad\s+hoc\s+committee)\s+)*` +
		`(?:sessions?|meetings?|rounds?|oewgs?|gges?|negotiations?|consultations?)\b`),
	"es": regexp.MustCompile(`(?i)(?:^|\s)(?:desde|en|durante|tras|después\s+de|despues\s+de)\s+(?:la|el|las|los)\s+(?:(?:últim[oa]s?|ultim[oa]s?|anterior|reciente|más\s+reciente|mas\s+reciente)\s+)` +
		`(?:sesi[oó]n|sesiones|reuni[oó]n|reuniones|ronda|rondas|per[ií]odo\s+de\s+sesiones|negociaci[oó]n|negociaciones)` +
		`(?:\s+(?:del|de\s+la|de\s+las)\s+(?:oewg|gtca|gge|onu|grupo\s+de\s+trabajo(?:\s+de\s+composici[oó]n\s+abierta)?|comit[eé]\s+especial|primera\s+comisi[oó]n))?`),
	"fr": regexp.MustCompile(`(?i)(?:^|\s)(?:depuis|lors\s+de|à|a|pendant|durant|après|apres)\s+(?:la|le|les)\s+(?:derni[eè]re?s?|pr[ée]c[ée]dente?s?|r[ée]cente?s?|plus\s+r[ée]cente)\s+` +
		`(?:sessions?|r[ée]unions?|s[ée]ances?|cycles?|n[ée]gociations?)` +
		`(?:\s+(?:du|de\s+l'|de\s+la|des)\s*(?:oewg|gtcnl|gge|onu|groupe\s+de\s+travail(?:\s+[àa]\s+composition\s+non\s+limit[ée]e)?|comit[ée]\s+sp[ée]cial|premi[eè]re\s+commission))?`),
}

// venueREs match a meeting named only as the place where something was
// said ("what did Georgia say at the OEWG", "durante la Primera
// Comisión", "lors du GTCNL"): the place is no topic either ("on UN
// processes" answered nothing for a country that spoke there), but it
// says nothing of time, so the answers keep their order.
var venueREs = map[string]*regexp.Regexp{
	"en": regexp.MustCompile(`(?i)\b(?:at|during)\s+(?:the\s+)?(?:oewg|gge|un\s+oewg|open-ended\s+working\s+group|first\s+committee|unga|general\s+assembly|(?:un\s+)?global\s+mechanism|(?:new\s+|permanent\s+|future\s+)?mechanism)(?:\s+(?:sessions?|meetings?|debates?|negotiations?))?\b`),
	"es": regexp.MustCompile(`(?i)(?:^|\s)(?:en\s+el|durante\s+el|en\s+la|durante\s+la)\s+(?:oewg|gtca|gge|primera\s+comisi[oó]n|asamblea\s+general)\b`),
	"fr": regexp.MustCompile(`(?i)(?:^|\s)(?:lors\s+du|lors\s+de\s+la|au\s+sein\s+du|pendant\s+le|pendant\s+la)\s+(?:oewg|gtcnl|gge|premi[eè]re\s+commission|assembl[ée]e\s+g[ée]n[ée]rale)\b`),
}

// eventRE matches any other event named as the place where something was
// said, by its noun ("at the Budapest Cyber Security Forum", "at the
// Mombasa workshop", "at the Arria meeting") or a forum's short name ("at
// UNGA80", "at the PIF"), with the month it met ("in June": a month
// without a year is no date range): a place, no topic, whether or not the
// question says "say" ("Liechtenstein at the Arria meeting" asked for
// Liechtenstein's statements on "arria meeting" and found none). Up to
// five words of the event's name come before its noun.
var eventRE = regexp.MustCompile(`(?i)\b(?:at|during)\s+(?:` +
	`(?:the|this\s+year's|last\s+year's)\s+` +
	`(?:(?:[\p{L}][\p{L}\d'’.-]*\s+){0,5}(?:forum|workshop|summit|conference|meeting|dialogue|symposium|ministerial|retreat|roundtable|hearing|side\s+event|committee|session)s?)|` +
	`(?:the\s+)?(?:pif|unga\s?\d+|hrc\s?\d*|igf|wsis))` +
	`(?:\s+(?:in|last|this)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december))?\b`)

// cutEvents cuts eventRE's matches from text, but not one whose name
// runs over a function word: "at the protection of cables for the
// workshop" names no event, it is a sentence.
func cutEvents(text string) string {
	return eventRE.ReplaceAllStringFunc(text, func(s string) string {
		for _, w := range strings.Fields(s)[1:] {
			if eventStops[strings.ToLower(w)] {
				return s
			}
		}
		return " "
	})
}

// eventStops are the words no event's name holds.
var eventStops = map[string]bool{"for": true, "on": true, "about": true, "of": true, "with": true, "from": true, "to": true,
	"a": true, "an": true, "and": true, "or": true, "what": true, "which": true, "who": true, "we": true, "i": true}

// eventNouns are the words one of which every match of eventRE holds.
var eventNouns = []string{"forum", "workshop", "summit", "conferen", "meeting", "dialogue", "symposium", "ministerial", "retreat",
	"roundtable", "hearing", "event", "committee", "session", "pif", "unga", "hrc", "igf", "wsis"}

// orgVenueREs match a meeting named by the organisation that held it,
// written as an acronym ("qu'a dit le Rwanda à la réunion de l'UA", "en
// la cumbre de la OEA", "at the CARICOM ministerial"): a place, as in
// venueREs; read as a topic, "reunion UA" found no statement by a
// country that spoke there.
var orgVenueREs = map[string]*regexp.Regexp{
	"en": regexp.MustCompile(`\b(?i:at|during)\s+(?i:the\s+)?(?:[A-Z]{2,8}\s+(?i:meeting|summit|conference|forum|workshop|session|dialogue|ministerial)s?|(?i:meeting|summit|conference|forum|workshop|session|dialogue)\s+(?i:of\s+the\s+)[A-Z]{2,8})\b`),
	"es": regexp.MustCompile(`(?:^|\s)(?i:en|durante)\s+(?i:la|el)\s+(?i:reuni[oó]n|sesi[oó]n|conferencia|cumbre|foro|taller|di[aá]logo)\s+(?i:de\s+la\s+|del\s+|de\s+los\s+|de\s+las\s+|de\s+)(?:[A-Z]{2,8}\b|` + orgNamesES + `)`),
	"fr": regexp.MustCompile(`(?:^|\s)(?i:à|a|lors\s+de|pendant|durant)\s+(?i:la\s+|le\s+|l['’])(?i:r[ée]union|session|conf[ée]rence|sommet|table\s+ronde|atelier|forum)\s+(?i:de\s+l['’]|de\s+la\s+|du\s+|des\s+|de\s+)(?:[A-Z]{2,8}\b|` + orgNamesFR + `)`),
}

// orgNamesES and orgNamesFR are organisations a Spanish or French question
// names in full, typed in lower case as often, after a meeting's noun:
// "qu'a dit le vanuatu à la table ronde de la francophonie" read "table
// ronde francophonie" as its topic, and then, with no typo read into
// "table" (esfr23), found no statement of Vanuatu's on it (asked12).
const (
	orgNamesES = `(?i:francofon[ií]a|uni[oó]n\s+africana|uni[oó]n\s+europea|naciones\s+unidas|commonwealth|organizaci[oó]n\s+de\s+(?:los\s+)?estados\s+americanos)\b`
	orgNamesFR = `(?i:francophonie|union\s+africaine|union\s+europ[ée]enne|nations\s+unies|commonwealth|commission\s+de\s+l['’]oc[ée]an\s+indien)\b`
)

// orgVenueNouns are, per language, words one of which every match of
// orgVenueREs holds.
var orgVenueNouns = map[string][]string{
	"en": {"meeting", "summit", "conference", "forum", "workshop", "session", "dialogue", "ministerial"},
	"es": {"reuni", "sesi", "conferencia", "cumbre", "foro", "taller", "logo"},
	"fr": {"union", "session", "rence", "sommet", "table", "atelier", "forum"},
}

// occasionNouns are the meeting words an occasion phrase needs; a
// question holding none of them skips the expressions.
var occasionNouns = []string{"session", "sesion", "sesión", "meeting", "round", "ronda", "oewg", "gge", "union", "unión", "ance", "cycle", "negoci", "négoci", "consult", "odo",
	"committee", "comisi", "commission", "unga", "assembl", "working group", "gtca", "gtcnl", "mechanism",
	"forum", "workshop", "summit", "conferen", "dialogue", "symposium", "ministerial", "retreat", "roundtable", "hearing", "event",
	"pif", "hrc", "igf", "wsis", "cumbre", "sommet", "rence", "foro", "taller", "atelier", "dialog", "table"}

// cutOccasion cuts the occasion phrases of a question in language code
// ("en", "es", "fr"; "" is English) and returns the question without them
// and the phrases as typed.
func cutOccasion(code, text string) (string, []string) {
	if code == "" {
		code = "en"
	}
	re := occasionREs[code]
	if re == nil || !mayHaveOccasion(text) {
		return text, nil
	}
	var phrases []string
	if mayFoldAny(text, occasionRecent[code]) {
		text = re.ReplaceAllStringFunc(text, func(s string) string {
			phrases = append(phrases, strings.Trim(strings.Join(strings.Fields(s), " "), "¿¡(,;:?!.)"))
			return " "
		})
	}
	if v := venueREs[code]; v != nil && mayFoldAny(text, venueNouns[code]) && mayHaveVenuePrep(code, text) && saysSomething(text) {
		// Cut, not quoted: a place orders nothing (see venueREs). Only
		// where the question asks what was said there: "Perú en el GTCA"
		// asks about Peru in the OEWG, a topic.
		text = v.ReplaceAllString(text, " ")
	}
	if v := orgVenueREs[code]; v != nil && mayFoldAny(text, orgVenueNouns[code]) && saysSomething(text) {
		text = v.ReplaceAllString(text, " ") // "à la réunion de l'UA": a place, as venueREs
	}
	if code == "en" && mayFoldAny(text, eventNouns) && mayHaveVenuePrep(code, text) {
		text = cutEvents(text)
	}
	if phrases == nil {
		if singleSpaced(text) && asciiOnly(text) {
			return text, nil // what joining its fields gives, without copying it
		}
		return strings.Join(strings.Fields(text), " "), nil
	}
	return strings.TrimLeft(strings.Join(strings.Fields(text), " "), ",;: "), phrases
}

// mayHaveOccasion is cutOccasion's cheap pre-check: a meeting noun,
// ignoring ASCII case.
func mayHaveOccasion(text string) bool {
	for i := 0; i < len(text); i++ {
		for _, w := range occasionByFirst[text[i]|0x20] {
			if hasASCIIFoldAt(text, i, w) {
				return true
			}
		}
	}
	return false
}

// occasionByFirst is occasionNouns by first byte: mayHaveOccasion runs on
// every question, and trying each noun at each byte was ~2% of a stance
// question (TestMayHaveOccasionByFirst).
var occasionByFirst = func() (t [256][]string) {
	for _, w := range occasionNouns {
		t[w[0]] = append(t[w[0]], w)
	}
	return t
}()

// withOccasion adds the occasion phrases to a question's dates: they
// order its answers newest first and are quoted in the dates note.
func (d dateAsk) withOccasion(phrases []string) dateAsk {
	if len(phrases) > 0 {
		d.phrases = append(d.phrases, phrases...)
		d.newest = true
	}
	return d
}

// saysSomething reports whether a question asks what was said ("what did
// Georgia say", "qué dijo", "qu'a dit"): a verb of saying among its words.
func saysSomething(text string) bool {
	for _, t := range corpus.Tokenize(text) {
		if speakWords[t.Lower] {
			return true
		}
	}
	return false
}
