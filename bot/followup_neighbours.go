package bot

import (
	"strings"

	"github.com/stancebot/stancebot/corpus"
)

// A follow-up asking for the neighbours of the country just answered
// ("what about its neighbours", "and the region?", "others in the
// region") asks the countries of its UN M49 sub-region, besides it, on
// the same topic. Read as a new question it had no country ("No country
// speaks on neighbours") or, worse, repeated the last country: the reply
// showed the one country the asker wanted to look past.
// TestNeighboursFollowUp backs it.

// neighbourAsks are the whole messages (folded, "its"/"their" kept) that ask
// for the neighbours.
var neighbourAsks = phraseSet(`neighbours|neighbors|its neighbours|its neighbors|their neighbours|their neighbors|` +
	`the neighbours|the neighbors|neighbouring countries|neighboring countries|the neighbouring countries|the neighboring countries|` +
	`what about its neighbours|what about its neighbors|what about their neighbours|what about their neighbors|` +
	`and its neighbours|and its neighbors|and their neighbours|and their neighbors|how about its neighbours|how about its neighbors|` +
	`the region|and the region|what about the region|others in the region|the rest of the region|what about the rest of the region|` +
	`what about the neighbours|what about the neighbors|and the neighbours|and the neighbors|` +
	// Spanish and French: "¿y sus vecinos?", "et ses voisins ?".
	`sus vecinos|y sus vecinos|los vecinos|y los vecinos|los paises vecinos|y los paises vecinos|y la region|` +
	`ses voisins|et ses voisins|leurs voisins|et leurs voisins|les voisins|et les voisins|les pays voisins|et les pays voisins|et la region|` +
	// "the other countries in the region", "¿los demás países de la
	// región?", "et les autres pays de la région ?": read as "the others",
	// the whole corpus on the topic answered.
	`the other countries in the region|other countries in the region|and the other countries in the region|` +
	`the other countries of the region|and the other countries of the region|the others in the region|and the others in the region|` +
	`and the rest of the region|the rest of the region then|` +
	`los demas paises de la region|y los demas paises de la region|los otros paises de la region|y los otros paises de la region|` +
	`otros paises de la region|el resto de la region|y el resto de la region|los demas de la region|y los demas de la region|` +
	`les autres pays de la region|et les autres pays de la region|d'autres pays de la region|le reste de la region|` +
	`et le reste de la region|les autres de la region|et les autres de la region`)

// neighboursFollowUp returns the question a neighbours follow-up stands
// for: "<sub-region> besides <country> on <topic>", the country being the
// one the last reply answered for (or the thread asked about last).
func neighboursFollowUp(c *corpus.Corpus, rec ReplyRecord, text string) (string, bool) {
	text = followUpLead(followUpText(text)) // the message as typed, "its" kept
	if !neighbourAsks[strings.Join(strings.Fields(strings.Trim(text, " ?!.")), " ")] || c.Gazetteer == nil {
		return "", false
	}
	names := holdersOfKeys(c, rec.Keys)
	if len(names) != 1 {
		if len(rec.Earlier) == 0 {
			return "", false
		}
		names = rec.Earlier[:1]
	}
	country, ok := c.Gazetteer.Lookup(names[0])
	if !ok || country.Region == "" {
		return "", false
	}
	region := ""
	for _, r := range c.Gazetteer.Regions {
		if r.Kind == "m49" && r.Code == country.Region {
			region = r.Name
			break
		}
	}
	if region == "" {
		return "", false
	}
	q := region + " besides " + country.Short
	prev := Parse(c, readQuestion(c, rec.Question, "", rec.Lang).English)
	if len(prev.Words) > 0 {
		q += " on " + strings.Join(prev.Words, " ")
	}
	return q, true
}
