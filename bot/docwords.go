package bot

import "github.com/stancebot/stancebot/corpus"

// documentWord reports whether toks[i] only names the document a country's
// words come in, not a topic: "the tuvalu joint statement", "Grenada's
// national statement on ransomware", "its opening remarks", "the Sudan's
// written submission". Such a word once became the topic ("no statement
// by Tuvalu on joint"). A kind word counts only before a document noun
// ("joint statement", not "joint attribution"); a document noun only after
// a country, a possessive or a kind word ("Kenya's submission", not "the
// submission deadline"), and "intervention" not before "in" ("its
// intervention in internal affairs" is the topic non-intervention).
func documentWord(toks []corpus.Token, i int, inCountry []bool) bool {
	w := toks[i].Lower
	if docKindWords[w] {
		return i+1 < len(toks) && docNounWords[toks[i+1].Lower]
	}
	if !docNounWords[w] {
		return false
	}
	if (w == "intervention" || w == "interventions") && i+1 < len(toks) && (toks[i+1].Lower == "in" || toks[i+1].Lower == "into") {
		return false
	}
	j := i - 1
	for j >= 0 && docKindWords[toks[j].Lower] {
		j--
	}
	if j < 0 {
		return false
	}
	if j < i-1 {
		return true // "joint statement", "opening remarks"
	}
	return inCountry[j] || toks[j].Poss || ownerWords[toks[j].Lower]
}

// docNounWords name a document a delegation delivers or submits
// ("statement" is an intent word already).
var docNounWords = toSet(`statement statements remarks speech speeches submission submissions intervention interventions
contribution contributions paper papers non-paper address`)

// docKindWords say which of a delegation's documents: "joint statement",
// "opening remarks", "written submission". Dates ("latest", "last") are
// read elsewhere.
var docKindWords = toSet(`joint national opening closing written oral general concluding introductory keynote`)

// ownerWords before a document noun say whose it is: "its submission".
var ownerWords = toSet(`its their his her our`)

// channelWords name where a country published its words, not what they
// are about: "what did Botswana say on X", "botswana twitter", "its tweets
// on capacity building", "what did Fiji post". Read as topics they gave
// "no statement by Botswana on twitter".
var channelWords = toSet(`twitter x tweet tweets tweeted thread threads post posts posted linkedin facebook telegram bluesky
mastodon`)

// channelVerbs say a country published or said something, before "on X".
var channelVerbs = toSet(`say says said post posts posted tweet tweets tweeted write writes wrote publish publishes published
share shares shared`)

// channelWord reports whether toks[i] names where the words were
// published: right after a country or a possessive ("botswana twitter",
// "Fiji's posts"), or after "on"/"via" that follow a verb of saying or a
// country ("say on X", "Botswana on twitter"). "what does Kenya say about
// twitter" keeps its topic.
func channelWord(toks []corpus.Token, i int, inCountry []bool) bool {
	if !channelWords[toks[i].Lower] || i == 0 {
		return false
	}
	prev := toks[i-1]
	if inCountry[i-1] || prev.Poss || ownerWords[prev.Lower] {
		return toks[i].Lower != "x" // "Kenya X" is no channel
	}
	if (prev.Lower == "on" || prev.Lower == "via") && i >= 2 {
		return channelVerbs[toks[i-2].Lower] || inCountry[i-2]
	}
	return channelVerbs[toks[i].Lower] && i >= 1 && inCountry[i-1]
}
