package bot

import "github.com/stancebot/stancebot/corpus"

// A question may ask what a government's people say without naming the
// government: "what does the pm say about spyware", "is the mfa worried
// about ransomware", "what's the minister's line on AI". With no country
// or region in the question, whose prime minister is meant is not known:
// answering with the countries that speak on the topic would present
// another country's words where the asker meant their own government's, so
// the bot answers nothing and asks whose (msgWhoseActor). The actor word
// is no topic word either way ("government" matched every statement that
// names a government).

// actorAsker are the words that make an actor noun the one asked: a verb
// of the question before it ("what does the pm say", "is the mfa
// worried") or a possessive pronoun ("our ambassador's view").
var (
	actorAskVerbs = toSet(`does did do is are was were has have had will would`)
	actorAskDets  = toSet(`the our your my their ur`)
)

// whoseActor returns the index of the actor noun the question asks about
// without naming its country ("the pm" in "what does the pm say on AI"),
// or -1: a word of actorWords led by a determiner, which a verb of the
// question leads or which opens the question, or which a verb of saying
// or a view noun follows ("the government's view", "the mfa line").
func whoseActor(toks []corpus.Token) int {
	for i := 1; i < len(toks) && i < 8; i++ {
		w := toks[i].Lower
		if !askedActors[w] || !actorAskDets[toks[i-1].Lower] {
			continue
		}
		switch {
		case i == 1, i >= 2 && actorAskVerbs[toks[i-2].Lower]:
			return i
		case toks[i].Poss, i+1 < len(toks) && (sayVerbsBot[toks[i+1].Lower] || viewWords[toks[i+1].Lower] || toks[i+1].Lower == "line"):
			return i
		}
	}
	return -1
}

// askedActors are the actor nouns (actorWords) that name one government's
// people: plural ones ask about speakers in general ("what do the
// delegations say", askerNouns).
var askedActors = toSet(`government gov govt ministry minister administration admin leadership envoy spokesperson spokesman
spokeswoman fm mfa mofa pm dpm mission embassy ambassador president delegation`)

// sayVerbsBot are the verbs of saying after an actor noun: "the pm
// says", "the minister thinks".
var sayVerbsBot = toSet(`say says said think thinks thought believe believes argue argues argued stated states want wants`)

// msgWhoseActor asks whose government's actor a question meant.
const msgWhoseActor = "whose-actor" // Whose "pm"? Name the country: ...

func init() {
	catalogueEntries = append(catalogueEntries,
		entry{msgWhoseActor,
			msgText(`Whose %s? Name the country, for example "what does Kenya's %s say on this?": I answer only with a country's own statements.`),
			msgText(`¿%s de qué país? Indique el país, por ejemplo "¿qué dice %s de Kenia sobre esto?": respondo solo con las declaraciones de cada país.`),
			msgText(`%s de quel pays ? Précisez le pays, par exemple « que dit %s du Kenya à ce sujet ? » : je ne réponds qu'avec les déclarations de chaque pays.`)},
	)
}

// actorChain are the words of a government body's name before "of" and
// its country: "the government of Tuvalu", "the ministry of foreign
// affairs of Yemen", "gov of libya".
var actorChain = toSet(`of for from the foreign affairs external relations international cooperation`)

// actorOf reports whether toks[i] is a word of a government body named
// before "of" (or "from", "for") and its country ("the government of Tuvalu on data", "the rep from Kuwait",
// "ministry of foreign affairs of Yemen on cables"): who speaks, not what
// about, as "Tuvalu's government" is.
func actorOf(toks []corpus.Token, i int, inCountry []bool) bool {
	w := toks[i].Lower
	if !actorWords[w] && !actorChain[w] || w == "of" || w == "for" || w == "from" || w == "the" {
		return false
	}
	j, body := i, false
	for j < len(toks) && !inCountry[j] && (actorWords[toks[j].Lower] || actorChain[toks[j].Lower]) {
		body = body || actorWords[toks[j].Lower]
		j++
	}
	for k := i - 1; k >= 0 && !body && (actorWords[toks[k].Lower] || actorChain[toks[k].Lower]); k-- {
		body = actorWords[toks[k].Lower] // "ministry of foreign affairs of …": the body opens the run
	}
	if !body || j >= len(toks) || !inCountry[j] || j == i {
		return false
	}
	k := j - 1
	if toks[k].Lower == "the" && k > i {
		k--
	}
	switch toks[k].Lower {
	case "of", "from", "for": // "the minister from Lithuania", "the spokesperson for Kuwait"
		return true
	}
	return false
}

// lineOn reports whether toks[i] is "line" asking for a position ("do
// they have a line on cables", "what's the line re AI"): no topic word.
func lineOn(toks []corpus.Token, i int) bool {
	if toks[i].Lower != "line" || i+1 >= len(toks) {
		return false
	}
	switch toks[i+1].Lower {
	case "on", "re", "about", "regarding", "concerning":
		return true
	}
	return false
}
