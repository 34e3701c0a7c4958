package bot

import "github.com/stancebot/stancebot/corpus"

// A second country inside the topic a first country is asked about, after
// a preposition of the topic's noun ("what does Angola say about the cable
// to Brazil", "Tanzania on the cuts off Mozambique", "Lithuania on
// training for Ukraine"), is what the first one speaks about, as one right
// after "about" is: comparing the two put the second country forward as
// if it had spoken (TestObjectCountryInTopic).

// objectPreps join a country to a noun of the topic.
var objectPreps = toSet(`to off from for against towards toward into near`)

// aboutBetween reports whether an about-word (aboutWords) stands among
// toks[lo:hi]: the topic the second country sits in opens there.
func aboutBetween(toks []corpus.Token, lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if aboutWords[toks[i].Lower] {
			return true
		}
	}
	return false
}

// whoAsks open a question asking who speaks: the country inside its topic
// is no speaker asked.
var whoAsks = toSet(`who whos which anyone anybody`)

// whoAboutObject reports whether m, the only country of a question asking
// who speaks ("who talks about capacity building for Ukraine", "anyone on
// cable repair off Mozambique"), stands inside the topic after a
// preposition of its noun: the question asks who speaks about it, not
// what it says.
func whoAboutObject(toks []corpus.Token, m corpus.Mention) bool {
	if len(toks) == 0 || !whoAsks[toks[0].Lower] {
		return false
	}
	j := m.First - 1
	if j >= 0 && toks[j].Lower == "the" {
		j--
	}
	if j > 0 && mentionVerbs[toks[j].Lower] {
		return true // "who mentions russia"
	}
	if j > 0 && aboutWords[toks[j].Lower] && m.Last+1 < len(toks) && !toks[m.Last+1].SentStart && topicAfterObject(toks[m.Last+1:]) {
		return true // "who talks about dprk crypto theft"
	}
	return j > 0 && (objectPreps[toks[j].Lower] || whoObjectPreps[toks[j].Lower]) && aboutBetween(toks, 1, j)
}

// mentionVerbs ask who names a country: "who mentions russia", "which
// countries have mentioned the DPRK": the country is what the statements
// name, never the speaker asked.
var mentionVerbs = toSet(`mention mentions mentioned mentioning`)

// whoObjectPreps join a country to the topic of a question asking who
// speaks, besides objectPreps: "who talks about pinning attacks on
// russia", "who talks about cooperation with kenya".
var whoObjectPreps = toSet(`on by of with in`)

// topicAfterObject reports whether words follow a country right after
// the about-word of a who-question as the noun it modifies ("who talks
// about dprk crypto theft"): a content word, no "and"/"or" to a second
// name, no "say"/"think".
func topicAfterObject(rest []corpus.Token) bool {
	w := rest[0].Lower
	if rest[0].Gap != "" || w == "and" || w == "or" || w == "vs" || skipWord(w) {
		return false
	}
	return true
}
