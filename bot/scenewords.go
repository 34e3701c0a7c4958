package bot

import (
	"strings"

	"github.com/stancebot/stancebot/corpus"
)

// Chat messages carry words about the asker's own errand ("need 2 lines on
// hungary asap", "for a side event", "for the bilateral next week", "does
// dakar care about cables", "will guyana pay the ransom"): none is a
// topic. A small test corpus hid them, lacking those words; a large one
// holds them and then asked every statement to hold them too
// (TestSceneWords).

// deliverableNouns are what the asker has to write ("2 lines", "a para",
// "a one-pager"), after a count or an article.
var deliverableNouns = toSet(`line lines para paras paragraph paragraphs blurb blurbs pager one-pager bullets bullet sentences
sentence tps`)

// deliverableCounts stand before a deliverable noun.
var deliverableCounts = toSet(`a an one two three four five few couple some 1 2 3 4 5 quick short`)

// errandNouns are the asker's occasions ("for a side event", "for the
// bilateral", "for my meeting").
var errandNouns = toSet(`event events meeting meetings briefing briefings bilateral bilaterals ministerial summit visit call
workshop conference panel trip demarche démarche memo`)

// purposeFill may stand between "for" and an event noun.
var purposeFill = toSet(`a an the my our your his her their tomorrow tomorrows next this upcoming side weekly monthly boss bosses
minister ministers`)

// sceneTimes follow "next", "this" or "last" as the asker's own calendar.
var sceneTimes = toSet(`week weeks month months weekend morning afternoon evening`)

// weekdays name the asker's calendar: no statement's topic.
var weekdays = toSet(`monday tuesday wednesday thursday friday saturday sunday`)

// sceneWord reports whether toks[i] belongs to the asker's errand rather
// than to the topic.
func sceneWord(toks []corpus.Token, i int, inCountry []bool) bool {
	w := toks[i].Lower
	switch {
	case weekdays[w]:
		return true
	case w == "care" && i+1 < len(toks) && toks[i+1].Lower == "about":
		return true // "does dakar care about undersea cables"
	case w == "will" && (i == 0 || i+1 < len(toks) && inCountry[i+1]):
		return true // "will guyana pay the ransom": an auxiliary, not political will
	case sceneTimes[w] && i > 0 && (toks[i-1].Lower == "next" || toks[i-1].Lower == "this"):
		return true
	case (w == "next" || w == "this") && i+1 < len(toks) && sceneTimes[toks[i+1].Lower]:
		return true
	case errandNouns[w] && i+1 < len(toks) && toks[i+1].Lower == "with":
		return true // "we have a bilateral with Bangui next week"
	case deliverableNouns[w] && i > 0 && deliverableCounts[toks[i-1].Lower]:
		return i+1 < len(toks) && (focusAbout[toks[i+1].Lower] || toks[i+1].Lower == "for") || i+1 == len(toks)
	case deliverableCounts[w] && i+1 < len(toks) && deliverableNouns[toks[i+1].Lower]:
		return sceneWord(toks, i+1, inCountry)
	}
	return purposePhrase(toks, i)
}

// purposePhrase reports whether toks[i] lies in "for [purposeFill…]
// event noun" ("for a side event", "for tomorrow's bilateral").
func purposePhrase(toks []corpus.Token, i int) bool {
	w := toks[i].Lower
	if !errandNouns[w] && !purposeFill[w] {
		return false
	}
	j := i - 1
	for j >= 0 && i-j <= 4 && purposeFill[strings.TrimSuffix(toks[j].Lower, "'s")] {
		j--
	}
	if j < 0 || toks[j].Lower != "for" {
		return false
	}
	k := i
	for k < len(toks) && k-j <= 5 && !errandNouns[toks[k].Lower] && purposeFill[toks[k].Lower] {
		k++
	}
	return k < len(toks) && errandNouns[toks[k].Lower]
}
