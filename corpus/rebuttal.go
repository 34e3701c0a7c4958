package corpus

import (
	"regexp"
	"strings"
)

// A delegation answering another restates what the other claimed and then
// rejects it: "Venezuela claims that unilateral coercive measures amount to
// cyber attacks. We reject this claim." The first sentence's subject is
// the country answered, but the paragraph is the speaker's words, and
// against that country's view: held by it, a country's position was made
// out of its opponent's words (TestRebuttalIsNotTheClaimants). Such a
// paragraph is nobody's, unless the page is the speaker's (its author).

// rebuttalRe matches a sentence that rejects what came before it in the
// first person, or calls it false.
var rebuttalRe = regexp.MustCompile(`^(?:(?:We|I|My (?:delegation|country|government)|Our (?:delegation|country|government)) (?:(?:firmly|categorically|strongly|fully|therefore|also|must|totally|completely|utterly) )*` +
	`(?:(?:reject|rejects|refute|refutes|deny|denies|dismiss|dismisses|cannot accept|can not accept|do not accept|does not accept|do not share|does not share|disagree with|disagrees with|cannot agree with|do not agree with|object to) (?:this|that|these|those|such|the|any such) (?:[a-z]+ )?` +
	`(?:claim|claims|allegation|allegations|accusation|accusations|assertion|assertions|argument|arguments|view|views|characterisation|characterization|narrative|insinuation|insinuations|interpretation|position|reading)` +
	`|(?:strongly |firmly |categorically )?disagree[.,;])|` +
	`(?:This|These|Such|That|The) (?:claim|claims|allegation|allegations|accusation|accusations|assertion|assertions) (?:is|are) (?:false|baseless|unfounded|groundless|untrue|without (?:any )?(?:basis|foundation)|a distortion)|` +
	`(?:Nous|Ma délégation|Mon pays|Mon gouvernement) (?:rejetons|rejette|réfutons|réfute|contestons|conteste|ne (?:pouvons|peut|saurions|saurait) (?:pas )?accepter|ne (?:partageons|partage) pas) (?:cette|ces|cet|de telles|une telle)|` +
	`(?:Rechazamos|Refutamos|Mi delegación rechaza|Mi país rechaza|Mi Gobierno rechaza|Mi gobierno rechaza|No (?:podemos aceptar|compartimos|aceptamos)) (?:esta|esa|estas|esas|este|ese|estos|esos|tales|semejantes)|` +
	`(?:Ces|Cette|Ses) (?:allégations|accusations|affirmations) (?:sont|est) (?:fausses|infondées|sans fondement)|(?:Estas|Esas|Tales) (?:acusaciones|afirmaciones|alegaciones) (?:son falsas|son infundadas|carecen de fundamento))`)

// rebuttalFirst are the first words rebuttalRe can match but for the
// determiners, rebuttalDet, which open it only before a noun of
// rebuttalNouns ("This claim is false"): "The" opens a fifth of a
// corpus's sentences, and the expression runs on few of them.
var (
	rebuttalFirst = toSet(`we i my our nous ma mon rechazamos refutamos mi no`)
	rebuttalDet   = toSet(`this these such that the ces cette ses estas esas tales`)
	rebuttalNouns = toSet(`claim claims allegation allegations accusation accusations assertion assertions allégations
affirmations acusaciones afirmaciones alegaciones`)
)

// rebuts reports whether a sentence after the first of p (tokens toks)
// rejects it in the first person (rebuttalRe).
func rebuts(p string, toks []Token) bool {
	for i := 1; i < len(toks); i++ {
		if !toks[i].SentStart {
			continue
		}
		w := toks[i].Lower
		opens := rebuttalFirst[w] || rebuttalDet[w] && i+1 < len(toks) && rebuttalNouns[toks[i+1].Lower]
		if opens && !containsAny(toks[i].Gap, "\"“”«'‘") && rebuttalRe.MatchString(p[toks[i].Start:]) {
			// (A quoted rejection, "“We reject this,” the US delegate
			// said", is another's, whom the grammar may read.)
			return true
		}
	}
	return false
}

// answered leaves a paragraph held by h as its first sentence's subject
// to nobody when a later sentence rejects what h said: it is the words of
// one answering h, whom the page does not name as its author (an author's
// page keeps it, see Load's author).
func answered(info *paraInfo, h string, attr Attribution) (string, Attribution) {
	if info.more == nil || !info.more.rebutted || attr.Method != MethodSubject && attr.Method != MethodPossessive {
		return h, attr
	}
	return "", Attribution{}
}

// firstPersonOpeners are the words a paragraph spoken in the first person
// opens with ("My delegation takes the floor", "Nous avons écouté").
var firstPersonOpeners = toSet(`We I My Our Nous Je Ma Mon Notre Nosotros Mi Nuestra Nuestro Nuestros`)

// opensFirstPerson reports whether p opens with a first-person subject,
// not an appositive naming the speaker ("We, the Government of Kenya,").
func opensFirstPerson(p string) bool {
	first, rest := leadWord(p)
	return firstPersonOpeners[first] && !strings.HasPrefix(rest, ",")
}
