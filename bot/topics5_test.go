package bot

import (
	"testing"
)

// topics5Bot is a Bot over testdata/topics5: statements on 15 countries
// in no seed and no other testdata corpus, about topics the theme lexicon
// did not foresee (submarine cables, network disruptions, commercial
// intrusion software, ransomware operators, hack-back, artificial
// intelligence, state-sponsored proxies ...), phrased unlike the way
// users type them.
func topics5Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/topics5") }

// TestTopics5Questions runs testdata/topics5-questions.tsv: topics typed as
// users type them (synonyms, abbreviations, inflections, British and
// American spellings, compounds, typos), topics the corpus does not hold
// (nothing may be answered) and topics shared by several statements,
// where the statement about the topic must come first. The first-answer
// column may list alternatives separated by '|'. A line whose 7th column
// reads "open: why" is a known miss, left for later with its reason: it is
// logged, and the test fails when it passes (the mark must then go), so
// the list of open misses stays true.
func TestTopics5Questions(t *testing.T) {
	runOpenQuestions(t, topics5Bot(t), "testdata/topics5-questions.tsv")
}
