package bot

import (
	"regexp"
	"strings"
)

// A grouping named as the place where a country spoke ("what did kenya
// say at the au", "que dit le qatar au conseil de coopération du golfe",
// "qué dijo chile en la oea") is no topic and no side: read as a topic,
// "au" found no statement by Kenya (groups22's open row), and the GCC's
// French name no statement by Qatar (groups23). Only where the question
// asks what was said: "kenya and the au on cybercrime" and "jamaica
// caricom cybercrime" ask the grouping's members too. The United Nations
// and its councils are such places as well ("what did peru say at the u
// n" asked Peru on "n", "at the un" on UN processes, "qué dijo chile en
// la onu", "qu'a dit le sénégal à l'onu", "au conseil de sécurité"), and
// French "au"/"à la" before a grouping's full name, after a verb of
// saying, names where (or to whom) the country spoke: "que dit le qatar
// au conseil de coopération du golfe" found no Qatari statement on the
// GCC's French name (left24). An acronym there stays a topic: pages in
// every language write "CARICOM", so "que dit haiti à la caricom" finds
// Haiti's statements naming it (asked13).

// groupVenueREs match, per language, a venue preposition and a
// grouping's name or acronym.
var groupVenueREs = map[string]*regexp.Regexp{
	"en": regexp.MustCompile(`(?i)\b(?:at|during|within|inside)\s+(?:the\s+)?(?:au|african\s+union|asean|caricom|pif|pacific\s+islands\s+forum|gcc|gulf\s+cooperation\s+council|ecowas|sadc|eac|igad|oas|osce|sco|brics|g7|g20|g77|arab\s+league|league\s+of\s+arab\s+states|celac|sica|mercosur|` + unVenueEN + `)(?:\s+(?:summit|meeting|session|council|ministerial))?\b`),
	"es": regexp.MustCompile(`(?i)(?:^|\s)(?:(?:en\s+el\s+seno\s+de|durante)\s+(?:la|el)\s+(?:ua|uni[oó]n\s+africana|asean|caricom|oea|ccg|consejo\s+de\s+cooperaci[oó]n\s+del\s+golfo|cedeao|sadc|celac|sica|mercosur|` + unVenueES + `)|en\s+(?:la|el)\s+(?:` + unVenueES + `))\b`),
	"fr": regexp.MustCompile(`(?i)(?:^|\s)(?:(?:au\s+sein\s+(?:du|de\s+la|de\s+l['’])|lors\s+du|lors\s+de\s+la)\s*(?:ua|union\s+africaine|asean|caricom|oea|ccg|conseil\s+de\s+coop[ée]ration\s+du\s+golfe|cedeao|sadc|celac|mercosur|ocs|` + unVenueFR + `)|(?:au|aux|[àa]\s+la|[àa]\s+l['’])\s*(?:union\s+africaine|conseil\s+de\s+coop[ée]ration\s+du\s+golfe|communaut[ée]\s+des\s+caraïbes|` + unVenueFR + `))\b`),
}

// unVenueEN, unVenueES and unVenueFR name the United Nations and its
// councils as a place, in a question's words (lower case, spaced or
// dotted initials: "the u n", "the U.N.").
const (
	unVenueEN = `(?:u\.?\s?n\.?\s+)?(?:security|human\s+rights)\s+council|united\s+nations|unsc|u\.?\s?n\.?` // the longest first
	unVenueES = `onu|naciones\s+unidas|consejo\s+de\s+seguridad(?:\s+de\s+la\s+onu)?`
	unVenueFR = `onu|nations\s+unies|conseil\s+de\s+s[ée]curit[ée](?:\s+de\s+l['’]onu)?`
)

// groupVenuePreps are, per language, words one of which every match of
// groupVenueREs holds.
var groupVenuePreps = map[string][]string{
	"en": {"within", "inside"}, // and "at", "during": mayHaveVenuePrep
	"es": {"seno", "durante", "onu", "unidas", "seguridad"},
	"fr": {"sein", "lors", "au", "la", "l'", "l’"},
}

// cutGroupVenue cuts from a question in language code ("" is English)
// the grouping it names as where a country spoke (see groupVenueREs),
// when it asks what was said.
func cutGroupVenue(code, text string) string {
	if code == "" {
		code = "en"
	}
	re := groupVenueREs[code]
	if re == nil || !(code == "en" && mayHaveVenuePrep(code, text) || mayFoldAny(text, groupVenuePreps[code])) || !saysSomething(text) {
		return text // most questions: a byte search, no expression run
	}
	cut := re.ReplaceAllString(text, " ")
	if cut == text {
		return text
	}
	return strings.Join(strings.Fields(cut), " ")
}
