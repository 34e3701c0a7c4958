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
// caricom cybercrime" ask the grouping's members too.

// groupVenueREs match, per language, a venue preposition and a
// grouping's name or acronym.
var groupVenueREs = map[string]*regexp.Regexp{
	"en": regexp.MustCompile(`(?i)\b(?:at|during|within|inside)\s+(?:the\s+)?(?:au|african\s+union|asean|caricom|pif|pacific\s+islands\s+forum|gcc|gulf\s+cooperation\s+council|ecowas|sadc|eac|igad|oas|osce|sco|brics|g7|g20|g77|arab\s+league|league\s+of\s+arab\s+states|celac|sica|mercosur)(?:\s+(?:summit|meeting|session|council|ministerial))?\b`),
	"es": regexp.MustCompile(`(?i)(?:^|\s)(?:en\s+el\s+seno\s+de|durante)\s+(?:la|el)\s+(?:ua|uni[oó]n\s+africana|asean|caricom|oea|ccg|consejo\s+de\s+cooperaci[oó]n\s+del\s+golfo|cedeao|sadc|celac|sica|mercosur)\b`),
	"fr": regexp.MustCompile(`(?i)(?:^|\s)(?:au\s+sein\s+(?:du|de\s+la|de\s+l['’])|lors\s+du|lors\s+de\s+la)\s*(?:ua|union\s+africaine|asean|caricom|oea|ccg|conseil\s+de\s+coop[ée]ration\s+du\s+golfe|cedeao|sadc|celac|mercosur|ocs)\b`),
}

// groupVenuePreps are, per language, words one of which every match of
// groupVenueREs holds.
var groupVenuePreps = map[string][]string{
	"en": {"within", "inside"}, // and "at", "during": mayHaveVenuePrep
	"es": {"seno", "durante"},
	"fr": {"sein", "lors"},
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
