package bot

import (
	"regexp"
	"strings"

	"github.com/stancebot/stancebot/corpus"
)

// More follow-ups as analysts type them in a thread (English):
//   - when and where the last answers were said: "since when?", "when was
//     that?", "full text?", "where is that from?" list the last reply's
//     citations, which carry their dates and links, as "sources" does;
//   - more: "tell me more", "anything else?" as "more"; "what else did
//     they say?" all the statements of the one country on show;
//   - who said it: "who said that?" as "sources";
//   - the others: "what about the others?", "the rest?" as "who else?";
//   - something newer: "anything newer?", "anything more recent?", "any
//     updates?" ask the last question again, newest first;
//   - a number of countries to compare: "compare all three", "compare the
//     two", "compare both" take that many of the conversation's countries;
//   - a new country's agreement: "does Czechia agree?", "does Norway say
//     the same?", "is Finland on the same page?" ask it on the last topic;
//   - who else, with the verb or a region: "who else supports one?",
//     "anyone else in Africa?", "anyone from Asia?".

var (
	// whenAsks ask when the last answers were said.
	whenAsks = phraseSet(`since when|when|when was that|when was this|when was it|when did they say that|when did they say this|` +
		`when did they say it|when did it say that|when was that said|when was this said|what date|which date|dates|date|` +
		`how old is that|how old is this|how recent is that|how recent is this|is that recent|is this recent|when did that happen`)
	// newerAsks ask the last question again, newest first.
	newerAsks = phraseSet(`anything newer|any newer|newer|anything more recent|more recent|anything recent|something newer|` +
		`something more recent|any updates|any update|anything new|whats new|what's new|latest|the latest|most recent|newest|` +
		`anything since|anything later|is there anything newer|is there anything more recent|is that the latest|is this the latest|` +
		`lo mas reciente|algo mas reciente|mas reciente|lo ultimo|algo nuevo|algo mas nuevo|` +
		`le plus recent|plus recent|quelque chose de plus recent|du nouveau|quoi de neuf`)
	// newestOneLeads open a question for the one newest of the last
	// answers: "which one was most recent", "¿cuál es la más reciente?",
	// "laquelle est la plus récente ?", folded.
	newestOneLeads = []string{"which one was the ", "which one was ", "which one is the ", "which one is ", "which was the ",
		"which was ", "which is the ", "which is ", "which one's the ", "which one's ", "cual fue la ", "cual fue el ",
		"cual es la ", "cual es el ", "cual fue ", "cual es ", "laquelle est la ", "lequel est le ", "laquelle etait la ",
		"lequel etait le ", "quelle est la ", "quel est le "}
	// newestOneWords name the newest after such a lead, folded.
	newestOneWords = toSet(`latest newest recent most-recent mas-reciente ultima ultimo mas-nueva plus-recente plus-recent derniere dernier`)
	// othersAsks ask who else speaks on the last topic, as "who else?".
	othersAsks = phraseSet(`the others|others|what about the others|and the others|how about the others|the rest|and the rest|` +
		`what about the rest|everyone else|what about everyone else|anyone else|what about other countries|other countries|` +
		`and other countries|what do others say|what do the others say|what are others saying|` +
		// "what about everyone", "y los demás", "et tous les autres": the
		// others too; read as a topic, "everyone" was asked about.
		`everyone|what about everyone|and everyone|everybody|what about everybody|and everybody|all the others|` +
		`los demas|y los demas|todos los demas|y todos los demas|los otros|y los otros|` +
		`les autres|et les autres|tous les autres|et tous les autres|` +
		// "who agrees?" after one country's answer: the others on its
		// topic, to compare (the corpus cannot say who agrees).
		`who agrees|who agrees with|who else agrees|does anyone agree|anyone agree|who shares that view|who shares this view|` +
		`quien esta de acuerdo|quienes estan de acuerdo|alguien esta de acuerdo|qui est d'accord|qui est d accord|qui partage cet avis`)
	// moreAsks ask for more of the last answers, as "more".
	moreAsks = phraseSet(`tell me more|more please|more pls|show more|show me more|go on|keep going|continue|next page|` +
		`anything else|what else|more results|more answers|more statements|any more|anymore`)
	// originAsks ask where the last answers come from, as "sources".
	originAsks = phraseSet(`full text|the full text|full statement|the full statement|original|the original|original text|` +
		`where is that from|where's that from|wheres that from|where does that come from|where did that come from|` +
		`where was that said|where was it said|which document|what document|which meeting|what meeting|citation|cite|link|` +
		`links|any links|link please|source please|got a source|got a link|do you have a link|do you have the source|` +
		// "who said that?": the holder is on each answer; its page and
		// speaker are in the citations.
		`who said that|who said this|who said that exactly|who said so|who was that|whose statement is that|whose statement is this|` +
		`whose words are these|whose words are those|who is speaking|who was speaking|quien dijo eso|quien lo dijo|qui a dit ca|qui a dit cela|` +
		// "just the sources", "solo las fuentes", "juste les liens": read
		// as new questions they were not understood (threads23).
		`just the sources|only the sources|the sources|sources only|just sources|just the links|only the links|just the link|` +
		`the links|the link|solo las fuentes|solo fuentes|las fuentes|solamente las fuentes|nada mas las fuentes|solo los enlaces|` +
		`solo el enlace|el enlace|los enlaces|juste les sources|seulement les sources|uniquement les sources|les sources|` +
		`juste le lien|juste les liens|le lien|les liens`)
	// elseSaidAsks ask what else the last reply's country said: its
	// other statements, whatever their topic.
	elseSaidAsks = phraseSet(`what else did say|what else have said|what else has said|what else did they say|what else have they said|` +
		`what else does say|what else do they say|anything else from them|what else from them|what other statements|` +
		`any other statements|other statements|que mas dijo|que mas dijeron|que mas ha dicho|quoi d'autre|qu'ont-ils dit d'autre`)
	// compareCountRe asks to compare a number of the conversation's
	// countries: "compare all three", "compare the 3", "compare both".
	compareCountRe = regexp.MustCompile(`^compare (?:all |the |those |these |all the |all of the )?(two|three|four|five|both|2|3|4|5)(?: of them| countries)?$`)
	// agreeRe asks whether another country holds the same view: "does
	// Czechia agree?", "does Norway say the same", "has Kenya said the
	// same thing", "is Finland on the same page", "does Fiji agree with
	// that".
	agreeRe = regexp.MustCompile(`^(?:does|do|did|has|have|would|is|are) (.+?) (?:agree|concur|disagree|say the same|said the same|think the same|` +
		`feel the same|take the same view|share that view|share this view|share the view|see it the same way|say something similar|` +
		`said something similar|say anything similar|said anything similar|have a view|have a position|take a position|on the same page|` +
		`in the same camp|aligned|line up|go along)(?: thing| with that| with this| with it| with them| on that| on this| on it| too| as well)?$`)
	// elseVerbs may follow "who else" without naming a new topic: "who
	// else supports one?", "anyone else said that?".
	elseVerbs = toSet(`says say said saying talks talk talked talking mentions mention mentioned raises raise raised supports support
		supported backs back backed wants want agrees agree favours favors opposes oppose thinks think does do did has have had is
		are was one ones it that this so same thing the a an about on that's`)
	// regionAsks ask the last topic of a region's countries: "anyone from
	// Asia?", "anyone in Africa?", "what about Latin America".
	regionAsks = []string{"anyone else from ", "anyone else in ", "anybody else from ", "anybody else in ", "anyone from ",
		"anyone in ", "anybody from ", "anybody in ", "any from ", "any in ", "others from ", "others in ", "what about others in ",
		"what about others from ", "countries from ", "countries in "}
)

var countWords = map[string]int{"two": 2, "both": 2, "2": 2, "three": 3, "3": 3, "four": 4, "4": 4, "five": 5, "5": 5}

// chatFollowUp reads the follow-ups above in text (folded, lead and
// referring words dropped). kind is "sources" for a question of when or
// where from, "more" for more answers, or "continue" with the question
// the message stands for.
func chatFollowUp(c *corpus.Corpus, rec ReplyRecord, text string) (string, string, bool) {
	t := strings.Join(strings.Fields(strings.Trim(text, "?!. ")), " ")
	if t == "" {
		return "", "", false
	}
	switch {
	case whenAsks[t], originAsks[t], originAsks[cutConjunction(t)]:
		return "", "sources", true
	case elseSaidAsks[t]:
		// One country on show: all it said; several: more of the same.
		if names := holdersOfKeys(c, rec.Keys); len(names) == 1 {
			return "tell me about " + names[0], "continue", true
		}
		return rec.Question, "more", true
	case moreAsks[t]:
		return rec.Question, "more", true
	case othersAsks[t]:
		if topic := lastTopic(c, rec); topic != "" {
			return othersOn(c, rec, topic), "continue", true
		}
	case newerAsks[t]:
		return newestWords(rec.Lang) + rec.Question, "continue", true
	case newestOne(t):
		// "which one was most recent": the last question's newest answer.
		return newestWords(rec.Lang) + rec.Question + " top 1", "continue", true
	case newerFrom(t) != "":
		// "anything newer from czechia": the last question for that
		// country, newest first.
		if nt, ok := rewrite(c, rec.Question, newerFrom(t), rec.Lang); ok {
			return newestWords(rec.Lang) + nt, "continue", true
		}
	case olderAsks[t]:
		if q, ok := olderOf(c, rec); ok {
			return q, "continue", true
		}
	}
	if m := compareCountRe.FindStringSubmatch(t); m != nil {
		names := holdersOfKeys(c, rec.Keys)
		for _, e := range rec.Earlier {
			if len(names) >= countWords[m[1]] {
				break
			}
			if c.Holds(e) {
				names = appendNew(names, e)
			}
		}
		if len(names) < 2 {
			return "", "", false
		}
		topic := lastTopic(c, rec)
		if topic != "" {
			topic = " on " + topic
		}
		return "compare " + joinAndIn("en", names[:min(len(names), countWords[m[1]])]) + topic, "continue", true
	}
	if m := agreeRe.FindStringSubmatch(t); m != nil {
		if nt, ok := rewrite(c, rec.Question, m[1], rec.Lang); ok {
			return nt, "continue", true
		}
	}
	return regionFollowUp(c, rec, t)
}

// cutConjunction is t without the conjunction a thread's message may open
// with ("et le lien ?", "y las fuentes", "and the links").
func cutConjunction(t string) string {
	for _, conj := range []string{"and ", "y ", "et ", "e "} {
		if rest, ok := strings.CutPrefix(t, conj); ok {
			return rest
		}
	}
	return t
}

// newestOne reports whether t (folded) asks which of the last answers is
// the newest: one of newestOneLeads, then one of newestOneWords ("most
// recent" and "más reciente" joined by a hyphen in the set). Read as a
// new question, it listed the whole corpus newest first.
func newestOne(t string) bool {
	for _, lead := range newestOneLeads {
		if rest, ok := strings.CutPrefix(t, lead); ok {
			return newestOneWords[strings.ReplaceAll(strings.TrimSpace(rest), " ", "-")]
		}
	}
	return false
}

// newerFrom returns the country words of a newer-ask made of one of
// newerAsks, "from" or "by", and a name ("anything newer from czechia",
// "latest from the uae"), or "".
func newerFrom(t string) string {
	for _, sep := range []string{" from ", " by "} {
		if ask, rest, ok := strings.Cut(t, sep); ok && newerAsks[ask] && rest != "" {
			return rest
		}
	}
	return ""
}

// regionFollowUp reads "who else supports one?" (a verb and pronouns
// only: the last topic) and "anyone else in Africa?", "anyone from Asia?"
// (a region or country: the last topic for it).
func regionFollowUp(c *corpus.Corpus, rec ReplyRecord, t string) (string, string, bool) {
	for _, pre := range elsePrefixes {
		rest, ok := strings.CutPrefix(t+" ", pre)
		if !ok {
			continue
		}
		words := strings.Fields(rest)
		generic := len(words) > 0
		for _, w := range words {
			generic = generic && elseVerbs[w]
		}
		if topic := lastTopic(c, rec); generic && topic != "" {
			// "Else" leaves out the countries the thread showed; a verb
			// of supporting or opposing stays, and with it the reply's
			// note (support.go).
			lead := "who talks about "
			for _, w := range words {
				switch supportKinds[w] {
				case skFinite, skBase, skPast, skFavour:
					lead = "who supports "
				case skOppose:
					lead = "who opposes "
				}
			}
			return othersAsk(c, rec, lead, topic), "continue", true
		}
	}
	for _, pre := range regionAsks {
		rest, ok := strings.CutPrefix(t+" ", pre)
		if !ok || strings.TrimSpace(rest) == "" {
			continue
		}
		rest = strings.TrimSpace(rest)
		p := Parse(c, rest)
		topic := lastTopic(c, rec)
		if topic == "" || len(p.Countries) == 0 && len(p.Regions) == 0 || len(p.Themes) > 0 || len(p.Content) > 0 {
			return "", "", false
		}
		return rest + " on " + topic, "continue", true
	}
	return "", "", false
}

// lastTopic is the topic words of the conversation's last question, read
// as English.
func lastTopic(c *corpus.Corpus, rec ReplyRecord) string {
	prev := Parse(c, readQuestion(c, rec.Question, "", rec.Lang).English)
	return strings.Join(prev.Words, " ")
}

// newestWords open a rewritten question asking for the newest first, in
// the last question's language, so the dates note quotes words of the
// asker's language ("lo más reciente", not "latest").
func newestWords(lang string) string {
	switch lang {
	case "es":
		return "lo más reciente "
	case "fr":
		return "les plus récentes "
	}
	return "latest "
}
