package bot

import "strings"

// A context sentence may carry the topic that the question after it leaves
// out: "ok so the board wants a para on crypto theft. what does bangladesh
// say", "putting together a one-pager on satellites. zambia?", "the DG
// asked me abt hospitals and ransomware. what does croatia say". The
// sentence names no theme of the lexicon, so it was dropped as context and
// the question was read as the country's statements on everything. The
// words after an about-word of the context ("on", "about", "abt", "re",
// "wrt", "regarding") up to the next preposition are the topic, unless
// they only say when ("a board meeting on Thursday"). TestContextTopic
// backs the rule.

// contextAbout open the topic phrase of a context sentence.
var contextAbout = toSet(`on about abt re wrt regarding concerning`)

// contextTopicEnd end it: a preposition, or the time the sentence is about.
var contextTopicEnd = toSet(`for at by to from before after ahead with in during next this that tomorrow tmrw today tonight
	asap later because so but which who where when while`)

// contextWhen are the words that only say when (or for how long); a
// topic of only these is no topic.
var contextWhen = toSet(`monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
	january february march april may june july august september october november december jan feb mar apr jun jul aug
	sep sept oct nov dec morning afternoon evening week weekend month year day days weeks the a an my our short notice
	time call meeting`)

// contextTopic returns the topic phrase of the last context sentence that
// has one, or "".
func contextTopic(context []string) string {
	for k := len(context) - 1; k >= 0; k-- {
		words := strings.Fields(strings.ToLower(context[k]))
		for i := len(words) - 1; i >= 0; i-- {
			if !contextAbout[strings.Trim(words[i], ":,;")] {
				continue
			}
			var topic []string
			for _, w := range words[i+1:] {
				w = strings.Trim(w, ".,;:!?—–-()\"'*_`")
				if w == "" {
					continue
				}
				if contextTopicEnd[w] {
					break
				}
				topic = append(topic, w)
			}
			for _, w := range topic {
				if !contextWhen[w] && !stopWordish(w) {
					return strings.Join(topic, " ")
				}
			}
		}
	}
	return ""
}

// stopWordish reports a word that alone carries no topic.
func stopWordish(w string) bool {
	return w == "and" || w == "or" || w == "of" || w == "cyber" || w == "it" || w == "this"
}

// pronounTopicWords bounds a context sentence a pronoun can stand for: a
// heading ("ransomware:", "the bilateral relationship -"), not a story.
const pronounTopicWords = 5

// pronounTopic returns the last context sentence when the question refers
// to its topic by a pronoun ("ransomware: what does peru say about it",
// "the bilateral relationship - what has chile said on this") and the
// sentence is a short heading, else "".
func pronounTopic(question string, context []string) string {
	if len(context) == 0 {
		return ""
	}
	if _, ok := cutTopicPronoun(strings.Fields(strings.ToLower(question))); !ok {
		return ""
	}
	words := strings.Fields(strings.Trim(context[len(context)-1], ".,;:!?—–-()\"'*_` "))
	if len(words) == 0 || len(words) > pronounTopicWords {
		return ""
	}
	return strings.Join(words, " ")
}
