package bot

import (
	"strings"

	"github.com/stancebot/stancebot/corpus"
)

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
	if len(toks) == 0 {
		return false
	}
	if !whoAsks[toks[0].Lower] {
		// "has anyone accused russia", "did any country blame china":
		// an auxiliary before who asks; "countries that criticised iran"
		// asks who as well.
		if !(len(toks) > 1 && whoAuxiliaries[toks[0].Lower] && whoAsks[toks[1].Lower]) &&
			!(len(toks) > 2 && askerNouns[toks[0].Lower] && relativeWho[toks[1].Lower]) &&
			!(len(toks) > 3 && askerNouns[toks[0].Lower] && attitudeOf(toks, 2)) &&
			!(len(toks) > 2 && whoAuxiliaries[toks[0].Lower] && toks[1].Lower == "any" && (askerNouns[toks[2].Lower] || askerOne[toks[2].Lower])) {
			return false
		}
	}
	j := m.First - 1
	if j >= 0 && toks[j].Lower == "the" {
		j--
	}
	if j > 0 && (mentionVerbs[toks[j].Lower] || accuseVerbs[toks[j].Lower]) {
		return true // "who mentions russia", "who blames china", "has anyone accused russia"
	}
	if attitudeOf(toks, j) {
		return true // "who is critical of russia", "countries critical of china": who criticises it
	}
	if j > 1 && (toks[j].Lower == "to" || toks[j].Lower == "at" || toks[j].Lower == "on") && accuseBetween(toks, 1, j) {
		return true // "which countries attributed attacks to north korea", "who pointed the finger at russia"
	}
	if j > 0 && aboutWords[toks[j].Lower] && m.Last+1 < len(toks) && !toks[m.Last+1].SentStart && topicAfterObject(toks[m.Last+1:]) {
		return true // "who talks about dprk crypto theft"
	}
	if j > 1 && len(toks[j].Lower) > 5 && strings.HasSuffix(toks[j].Lower, "ing") && aboutBetween(toks, 1, j) {
		return true // "who talks about blaming iran": the gerund's object
	}
	if j > 0 && (objectPreps[toks[j].Lower] || whoObjectPreps[toks[j].Lower]) && aboutBetween(toks, 1, j) {
		return true
	}
	return whoVerbObject(toks, m)
}

// whoVerbObject reports whether m stands after the verb of a question
// whose subject is its who-word: "which countries talk about russia",
// "who supports ukraine", "who condemned the attack on costa rica",
// "which countries helped fiji". Its own statements do not answer who
// speaks of it, and they were all the reply gave (TestWhoVerbObject).
// The country stays the one asked where it is a subject after all: of
// an auxiliary ("who did latvia blame"), of a clause the who-word asks
// about ("anyone know what peru said", "who knows if chile supports"), in
// its possessive ("who has peru's text"), before a verb or asker noun
// ("who besides peru", "which eu countries"), after a verb of agreeing
// ("who agrees with bolivia": whose statements to agree with), or set apart at the end
// ("who is responsible when proxies hack - kenya").
func whoVerbObject(toks []corpus.Token, m corpus.Mention) bool {
	start := 1
	for start < len(toks) && start < m.First && (whoAsks[toks[start].Lower] || relativeWho[toks[start].Lower] || askerNouns[toks[start].Lower] ||
		askerOne[toks[start].Lower] || toks[start].Lower == "any" || toks[start].Lower == "else") {
		start++ // "has anyone", "did any country", "which countries", "who else"
	}
	j := m.First - 1
	if j >= 0 && toks[j].Lower == "the" {
		j--
	}
	if j < start || toks[m.First].SentStart || strings.ContainsAny(toks[m.First].Gap, "-–—:;(") {
		return false
	}
	if subjectAux[toks[j].Lower] || notObjectBefore[toks[j].Lower] || agreeWith(toks, m) && !stanceVerbs[toks[j].Lower] {
		// "who agrees with bolivia": its own statements, to agree with
		// (agreeWith); "who supports ukraine" asks whose statements back
		// it.
		return false
	}
	for _, t := range toks[start:m.First] {
		if clauseWords[t.Lower] {
			return false
		}
	}
	if toks[m.Last].Poss {
		return false
	}
	if k := m.Last + 1; k < len(toks) && !toks[k].SentStart && (askerNouns[toks[k].Lower] || askerOne[toks[k].Lower] ||
		speechVerbs[toks[k].Lower] || focusPredicates[toks[k].Lower] || stanceVerbs[toks[k].Lower]) {
		return false
	}
	return true
}

// notObjectBefore put a country among the speakers asked, not in what
// they speak about: "who in the eu", "which members of asean", "who
// besides peru", "anyone like chile", "who among the nordics".
var notObjectBefore = toSet(`in from of among amongst besides except excluding like than including incl beyond apart
but aside other`)

// clauseWords open a clause whose subject may be the country ("anyone
// know what peru said", "who can tell me if chile supports it"): the
// who-word asks about that clause, not about who speaks.
var clauseWords = toSet(`what whats if whether how when why where know knows knew tell tells told`)

// accuseVerbs before a country in a question asking who speaks ask who
// accuses it ("who blames china", "has anyone accused russia", "who
// condemned iran"): the country is what the statements name, never the
// speaker asked (it answered "no statement by China").
var accuseVerbs = toSet(`blame blames blamed blaming accuse accuses accused accusing criticise criticises criticised
criticize criticizes criticized condemn condemns condemned denounce denounces denounced name names named
sanction sanctions sanctioned attribute attributes attributed`)

// attitudeAdjectives before "of" and a country in a who-question say how
// the speakers asked stand towards it ("who is critical of russia",
// "countries critical of china", "anyone sceptical of the US"): the
// country is what they speak of, not who speaks, as after an accusing
// verb. "critical of" reads as criticising (parseTokens), never as
// critical infrastructure.
var attitudeAdjectives = toSet(`critical sceptical skeptical wary suspicious distrustful dismissive supportive`)

// attitudeOf reports whether toks[j] is the "of" after an attitude
// adjective ("critical of").
func attitudeOf(toks []corpus.Token, j int) bool {
	return j > 0 && j < len(toks) && toks[j].Lower == "of" && attitudeAdjectives[toks[j-1].Lower]
}

// attributeVerbs put the country after "to", "at" or "on" as the one
// accused: "attributed attacks to north korea", "pointed the finger at
// russia", "pinned the hack on iran".
var attributeVerbs = toSet(`attribute attributes attributed attributing point points pointed pointing pin pins pinned
pinning blame blames blamed blaming`)

// accuseBetween reports whether an attribute verb stands among toks[lo:hi].
func accuseBetween(toks []corpus.Token, lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if attributeVerbs[toks[i].Lower] {
			return true
		}
	}
	return false
}

// askerOne are askerNouns' singulars: "did any country blame iran".
var askerOne = toSet(`country state government delegation nation member`)

// relativeWho after an asker noun open a question asking who: "countries
// that criticised iran", "states who mention china".
var relativeWho = toSet(`that which who`)

// whoAuxiliaries may open a question asking who before its who-word:
// "has anyone …", "did any country …".
var whoAuxiliaries = toSet(`has have did does do is are was were`)

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

// mentionedByFirst returns the second of a question's two countries when
// it holds no statement and the first's statements name it, with nothing
// joining the two as sides ("albania iran", "why did albania cut ties with
// iran", "did czechia ever attribute anything to china"): the question
// asks what the first says about the second. Compared, the second answered
// "no statement by Iran" beside Albania's best statement, which did not
// name Iran. "albania and iran", "albania vs iran" and an explicit
// "compare" stay comparisons, unless the second name modifies the noun
// typed after it ("cuba and the us embargo", see modifiesNoun): modifier
// reports that reading. Only an English form of the name modifies so:
// Spanish and French put it after the noun ("el embargo de EE. UU."), and
// "chile y la union europea, derecho internacional" (read into English
// with its comma dropped) is two sides.
func mentionedByFirst(c *corpus.Corpus, toks []corpus.Token, ms []corpus.Mention, compare bool) (about string, modifier bool) {
	if compare || len(ms) != 2 || ms[0].Country == ms[1].Country || ms[1].First <= ms[0].Last {
		return "", false
	}
	first, second := ms[0].Country, ms[1].Country
	if c.Holds(second) || !c.Holds(first) {
		return "", false
	}
	if sidesJoined(toks, ms[0].Last+1, ms[1].First) {
		if ms[1].Lang != "" || !modifiesNoun(toks, ms[1].Last+1) {
			return "", false
		}
		modifier = true
	}
	for _, id := range c.MentionedIn(second) {
		if c.Holder(id) == first {
			return second, modifier
		}
	}
	return "", false
}

// modifiesNoun reports whether the name that ends before toks[i] is
// the modifier of the noun at toks[i] ("cuba and the us embargo", "the
// u s blockade"): a content word typed right after it that is not one of
// a country's own nouns ("the us position", "the uk govt"), nor a word
// that joins or asks. Such a second name after "and" is the topic of
// the first's view, not a second side.
func modifiesNoun(toks []corpus.Token, i int) bool {
	if i >= len(toks) || toks[i].Gap != "" || corpus.IsActorNoun(toks[i].Lower) {
		return false
	}
	w := toks[i].Lower
	return w != "and" && w != "or" && w != "vs" && !skipWord(w) && !speechVerbs[w]
}

// mentionsOnTopic reports whether one of first's statements naming second
// is on the question's topic p: it carries a theme asked, or, with no
// theme asked, holds one of its words; a question with no topic is on
// every statement. mentionedByFirst reads "ireland eu ihl" as what Ireland
// says of the EU on IHL; when no such statement is on IHL, the two are
// sides to compare.
func mentionsOnTopic(c *corpus.Corpus, first, second string, p Parsed) bool {
	if len(p.Themes) == 0 && len(p.Words) == 0 {
		return true
	}
	for _, id := range c.MentionedIn(second) {
		if c.Holder(id) != first {
			continue
		}
		for _, t := range p.Themes {
			if c.HasTheme(id, t) {
				return true
			}
		}
		if len(p.Themes) == 0 {
			text := strings.ToLower(c.Statement(id).Text)
			for _, w := range p.Words {
				if strings.Contains(text, w) {
					return true
				}
			}
		}
	}
	return false
}

// sidesJoined reports whether toks[lo:hi+1] join two names as sides of a
// comparison: "and", "or", "vs", or "&", ",", "+", "/" before a word or
// the second name.
func sidesJoined(toks []corpus.Token, lo, hi int) bool {
	for i := lo; i < hi; i++ {
		switch toks[i].Lower {
		case "and", "or", "vs", "versus", "v", "plus", "nor":
			return true
		}
	}
	for i := lo; i <= hi && i < len(toks); i++ {
		if strings.ContainsAny(toks[i].Gap, "&,+/") {
			return true
		}
	}
	return false
}
