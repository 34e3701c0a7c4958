package corpus

import "strings"

// The role a demonym or capital plays in a question.
type role int

const (
	roleActor role = iota // names the country asked about: "Indian officials", "what does Tokyo say"
	roleTopic             // modifies a noun of the topic: "the Chinese proposal", "the Budapest Convention"
	rolePlace             // a capital as a place: "the weather in Tokyo"
)

// actorNouns are the nouns that make a demonym or capital before them (or,
// in Spanish and French, a demonym after them) name the country whose view
// is asked: "the Chilean delegation", "la posición peruana", chat's "hungarian fm",
// "indian mfa", "uk pm", and what only the country itself can tell ("the
// Croatian experience with ransomware", "Kuwaiti concerns"). Folded.
var actorNouns = toSet(`delegation delegations government governments officials official representative representatives
diplomats diplomat diplomacy authorities ministry ministries minister ministers president administration position positions
view views stance stances approach approaches side perspective perspectives take statement statements submission submissions
leadership envoy envoys negotiators response reply voice line thinking opinion opinions policy policies
cert certs csirt csirts agency agencies regulator regulators strategy strategies parliament
posicion posiciones postura posturas posture postures opinion vision enfoque delegacion gobierno representante representantes autoridades
funcionarios ministerio ministro diplomaticos declaracion declaraciones punto cancilleria canciller diplomacia
ministra viceministro viceministra vicecanciller presidente presidenta embajador embajadora
avis approche gouvernement representant representants autorites responsables ministere ministre diplomates diplomatie chancellerie
ambassadeur ambassadrice
secretary secretario secretaria secretaire subsecretario subsecretaria undersecretary
declarations point
gov govt govts admin delegate delegates reps embassy mission missions fm fms mfa mofa pm dpm mod moi mps mp
regime regimes junta
experience experiences concerns priorities reservations objections`)

// IsActorNoun reports whether the folded word w is one of actorNouns:
// after a country's name it names the country's own view ("the us
// position"), not a topic the name modifies ("the us embargo").
func IsActorNoun(w string) bool { return actorNouns[w] }

// sayVerbs after a demonym or capital make it the subject: "Tokyo says",
// "what do Indian diplomats think", "qué dice Tokio". Folded.
var sayVerbs = toSet(`say says said think thinks thought believe believes argue argues argued want wants propose proposes
proposed stand stands hold holds claim claims insist insists support supports oppose opposes reject rejects favour favor
favours favors see sees consider considers feel feels stress stresses emphasise emphasizes emphasise emphasize mean means
suggest suggests recommend recommends
dice dicen decir piensa piensan opina opinan cree creen sostiene sostienen propone proponen defiende defienden
dit disent dire pense pensent estime estiment propose proposent soutient soutiennent defend defendent`)

// versusWords after a demonym or capital set it against another side: it
// names a country, as before "and" ("Dutch vs British views", "ghanaian
// versus dutch", "los holandeses frente a los británicos"). Folded.
var versusWords = toSet(`vs versus v against compared contra frente contre face`)

// instrumentNouns after a capital name a thing, not the government: "the
// Budapest Convention", "the Paris Call", "the Tallinn Manual", and the
// meetings named for the city that hosts them ("the Zagreb workshop", "the
// Vilnius conference": the host said nothing by hosting). Folded.
var instrumentNouns = toSet(`convention conventions call manual process agreement agreements accord accords declaration
principles summit format dialogue club group consensus initiative charter protocol statute treaty roadmap
workshop workshops conference conferences meeting meetings seminar seminars symposium retreat forum session sessions
taller talleres conferencia reunion seminario foro atelier ateliers conference reunion seminaire
convenio convencion llamamiento proceso acuerdo acuerdos declaracion principios cumbre formato dialogo grupo consenso
iniciativa carta protocolo estatuto tratado
appel manuel processus declaration principes sommet groupe initiative charte protocole traite`)

// legalInstruments are the instruments an eponymous city is coordinated
// with ("budapest and the un convention", "tallinn or the charter").
var legalInstruments = toSet(`convention conventions treaty treaties manual instrument instruments charter protocol agreement convenio convencion tratado traite`)

// coordinatedInstrument reports a word after keys[last] that coordinates
// it ("and", "or", "vs", "y", "et") with a legal instrument within the
// four words after.
func coordinatedInstrument(keys []string, last int) bool {
	if last+1 >= len(keys) {
		return false
	}
	switch keys[last+1] {
	case "and", "or", "vs", "versus", "y", "o", "et", "ou":
	default:
		return false
	}
	for j := last + 2; j < len(keys) && j <= last+5; j++ {
		if legalInstruments[keys[j]] {
			return true
		}
	}
	return false
}

// eponymCapitals are capitals that, standing alone, name the cyber
// instrument agreed there as often as the country: "the Budapest Convention"
// (cybercrime), "the Malabo Convention" (the African Union's), "the Tallinn
// Manual". After an aboutWords word ("X on Budapest") they are the topic.
// Folded.
var eponymCapitals = toSet(`budapest malabo tallinn tallin`)

// aboutWords before a word make it the object of a question: "X on Y",
// "X re: Y", "has X said anything about Y". Folded.
var aboutWords = toSet(`on about re regarding concerning towards toward wrt sobre sur`)

// bareContractions are English contractions typed without their
// apostrophe, as chat users do: a question's lead, never the noun a
// Spanish or French demonym follows ("whats chinas position" asks China;
// "chinas" is also Spanish for Chinese women). Folded.
var bareContractions = toSet(`whats wheres hows whos thats heres theres whens whys isnt doesnt didnt hasnt wont`)

// placeWords before a capital make it a place: "the weather in Tokyo",
// "flights to Canberra". Folded.
var placeWords = toSet(`in at near around inside outside into to visit visiting visited en dans`)

// romanceFunction are Spanish and French articles, prepositions and
// conjunctions: never a name, never the noun a demonym modifies.
var romanceFunction = toSet(`el la los las lo un una unos unas de del al y e o u en por para con sobre sin que qui
le les une des du au aux et ou dans pour avec sur sous est es son sa ses su sus quel quelle quels quelles cual
cuales como comment`)

// notNames are words in a country's slot of a question that are not
// names: "what does everyone say".
var notNames = toSet(`everyone everybody anyone anybody nobody somebody someone people world bot you they it this that
government governments country countries state states nation nations delegation delegations`)

// role judges a demonym or capital of a question: an actor unless it
// modifies a noun of the topic or names a place. depth limits following
// coordinations ("the Chinese and Russian proposal").
func (g *Gazetteer) role(toks []Token, keys []string, i, last int, p phrase, depth int) role {
	if toks[last].Poss {
		return roleActor // "Canberra's view", "the Chilean delegation's"
	}
	prev := ""
	if i > 0 && !toks[i].SentStart {
		prev = keys[i-1]
	}
	if p.how == ByCapital && i > 1 && (prev == "de" || prev == "del") && instrumentNouns[keys[i-2]] {
		return roleTopic // "el Convenio de Budapest", "l'Appel de Paris", "el Manual de Tallin"
	}
	if p.how == ByCapital && i > 0 && instrumentNouns[prev] && toks[i].Gap == "" {
		// "l'appel d'Accra", "la déclaration d'Abuja": the elided "d'"
		// is the "de" (a question's reading strips it: "appel Accra");
		// the capital read as a second country asked ("la position
		// rwandaise sur l'appel d'accra" compared Rwanda with Ghana,
		// esfr22).
		return roleTopic
	}
	if p.how == ByCapital && aboutWords[prev] && eponymCapitals[strings.Join(keys[i:last+1], " ")] {
		// "what has Eswatini said re budapest", "Georgia on Budapest": the
		// object of "on"/"re" is the instrument the city names, not the
		// country whose capital it is (Hungary said nothing in that question).
		return roleTopic
	}
	if p.how == ByCapital && eponymCapitals[strings.Join(keys[i:last+1], " ")] && coordinatedInstrument(keys, last) {
		// "does mauritius think budapest and the un convention are
		// complementary?": the city beside another instrument names its
		// own, not Hungary (asked23).
		return roleTopic
	}
	if p.how == ByCapital && prev != "" && !stopWords[prev] && !versusWords[prev] && !sayVerbs[prev] && letters(prev) &&
		eponymCapitals[strings.Join(keys[i:last+1], " ")] {
		// "bhutan budapest": after another word of the topic or a name
		// in a terse message, the city names the instrument too
		// (TestEponymAfterName).
		return roleTopic
	}
	if p.how == ByCapital && prev != "" && letters(prev) && toks[i].Gap == "(" &&
		(last+1 >= len(toks) || strings.HasPrefix(toks[last+1].Gap, ")")) {
		// "the UN cybercrime convention (Hanoi)": a capital alone in
		// brackets after a word of the topic is where it was done, an
		// aside, not a second country asked.
		return rolePlace
	}
	if p.how == ByCapital && placeWords[prev] {
		if prev == "to" && i > 1 && keys[i-2] == "according" {
			return roleActor
		}
		return rolePlace
	}
	if p.how == ByDemonym && p.lang == "" && (prev == "in" || prev == "into") && !toks[last].Poss &&
		(last+1 >= len(keys) || !actorNouns[keys[last+1]]) {
		// An English demonym after "in" is a language: "capacity building
		// in Portuguese", "translated into French" (TestDemonymAsLanguage);
		// "in Chinese officials' view" names the country still.
		return roleTopic
	}
	if p.how == ByDemonym && p.lang != "" {
		// Spanish and French demonyms follow their noun.
		switch {
		case versusWords[prev] || compareWords[prev] || g.otherCountryWord(prev, p.country):
			// "compara a los ticos con los chapines", read "compare ticos
			// chapines": the sides of a comparison, the second after the
			// first (no noun is a demonym), are peoples, not adjectives;
			// not after a capital ("bissau-guinéenne" is one demonym).
			return roleActor
		case actorNouns[prev] || stateFormsESFR[prev] || stateFormsGlossed[prev]:
			// "la posición peruana"; "la République tunisienne", "el
			// Estado paraguayo" (read "state paraguayo"): an official
			// form is the state itself.
			return roleActor
		case prev != "" && !stopWords[prev] && !romanceFunction[prev] && !bareContractions[prev] && letters(prev) && !sayVerbs[prev]:
			return roleTopic // "la propuesta rusa", "la résolution russe"
		}
		return roleActor
	}
	if p.how == ByDemonym && actorNouns[prev] && toks[i].Gap == "" {
		// A demonym right after an actor noun is in Spanish or French
		// order even when it is spelt as the English one ("le
		// gouvernement monégasque", read "government monégasque data
		// protection"): it names who is asked, as "la posición peruana"
		// does; English puts its demonyms before the noun.
		return roleActor
	}
	next := last + 1
	if next >= len(toks) || toks[next].SentStart {
		return roleActor
	}
	gap := toks[next].Gap
	if gap != "" && gap != "-" {
		return roleActor // "Tokyo, on the other hand", "Peruvian?"
	}
	nw := keys[next]
	if p.how == ByCapital && gap == "" && instrumentNouns[Fold(nw)] {
		// "the Lima Declaration", "Lima Declaración" (a translated "la
		// Declaración de Lima"): a thing, though "declaración" after a
		// demonym is a government's.
		return roleTopic
	}
	switch {
	case actorNouns[nw] || sayVerbs[nw] || versusWords[nw] || nw == "one" || nw == "ones":
		// "Dutch vs British views": a side of a comparison; "compare
		// the Ivorian position with the Ghanaian one": its position.
		return roleActor
	case gap == "-":
		return roleTopic // "the Russian-sponsored resolution", "Chinese-led"
	case (nw == "and" || nw == "or" || nw == ",") && depth < 3 && next+1 < len(toks):
		// "Chinese and British views": the role of the last one.
		if q, l, ok := g.matchAt(toks, keys, nil, next+1, true, readsRomance(keys)); ok && q.country >= 0 && (q.how == ByDemonym || q.how == ByCapital) {
			return g.role(toks, keys, next+1, l, q, depth+1)
		}
		return roleActor
	case stopWords[nw] || romanceFunction[nw] || !letters(nw):
		return roleActor // "Tokyo on attribution", "Chileans in 2021"
	}
	if p.how == ByDemonym && p.lang == "" && i == 0 && ownedEnd(toks, keys, next) {
		// A terse message that opens with a demonym, no article before
		// it, and ends on what only a government has ("cambodian
		// cybercrime law", "turkmen cyber security law", "bhutanese
		// legislation on children") asks the country; "Iranian hackers",
		// "russian malware" stay what the statements speak about
		// (TestOpeningDemonymAsks).
		return roleActor
	}
	if p.how == ByCapital && !startsUpper(toks[next].Orig) && !instrumentNouns[nw] {
		// "Tokyo cybercrime" (a translated "Tokyo sur la cybercriminalité")
		// asks Tokyo; "the Budapest Convention", "the Paris Call", "the
		// budapest convention" name things.
		return roleActor
	}
	if p.how == ByDemonym && p.lang == "" && g.pluralDemonym(keys[last], p.country) {
		// An English plural demonym ("Koreans", whose singular is a
		// demonym too; not "Swiss") is a people, not an adjective:
		// "Koreans worry about ...".
		return roleActor
	}
	return roleTopic // "the Chinese proposal", "the Budapest Convention"
}

// compareWords ask for a comparison of what follows them. Folded.
var compareWords = toSet(`compare comparing compared contrast`)

// otherCountryWord reports whether the folded word k alone names a country
// other than country (a name or demonym of one word, not a capital).
func (g *Gazetteer) otherCountryWord(k string, country int) bool {
	c, ok := g.seen[k]
	return ok && c != country && !g.capitalWord(k)
}

// pluralDemonym reports whether k is an English plural of one of the
// country's demonyms ("koreans"; not "swiss").
func (g *Gazetteer) pluralDemonym(k string, country int) bool {
	if !strings.HasSuffix(k, "s") {
		return false
	}
	c, ok := g.seen[k[:len(k)-1]]
	return ok && c == country
}

// unknownNames finds words a question uses where a country would be and
// that are no name the gazetteer, the corpus or the dictionary knows:
// "what does Narnia say", "Wakanda's view", "Peru and Freedonia on norms",
// "qué dice Narnia", "la position du Wakanda".
func (g *Gazetteer) unknownNames(toks []Token, keys []string, covered []bool, known func(string) bool) []Span {
	var out []Span
	word := func(j int) string {
		if j < 0 || j >= len(toks) {
			return ""
		}
		return keys[j]
	}
	sameSentence := func(a, b int) bool { // a < b
		for k := a + 1; k <= b; k++ {
			if toks[k].SentStart {
				return false
			}
		}
		return true
	}
	isCountry := func(j int) bool { return j >= 0 && j < len(toks) && covered[j] }
	// lowerSlot is the one slot a lower-case word (one word: only
	// capitals run on) can be in, read as the loop reads it.
	lowerSlot := func(i int) bool {
		prev, next := "", ""
		if i > 0 && sameSentence(i-1, i) {
			prev = word(i - 1)
		}
		if i+1 < len(toks) && sameSentence(i, i+1) {
			next = word(i + 1)
		}
		return (prev == "does" || prev == "do" || prev == "did" || prev == "would" || prev == "will") && sayVerbs[next]
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if covered[i] {
			continue
		}
		upper := startsUpper(t.Orig)
		if !upper && !lowerSlot(i) {
			// A lower-case word is a name only where a say-verb follows
			// "does" and it (the first case below): checked before
			// nameLike, which asks the corpus's known words
			// (TestScanAsksKnownWordsLate).
			continue
		}
		if !g.nameLike(t, known) {
			continue
		}
		// The name may run over several capitalised words: "Grand Fenwick".
		last := i
		for upper && last+1 < len(toks) && !covered[last+1] && startsUpper(toks[last+1].Orig) && sameSentence(last, last+1) && g.nameLike(toks[last+1], known) {
			last++
		}
		prev, prev2, prev3 := "", "", ""
		if i > 0 && sameSentence(i-1, i) {
			prev, prev2 = word(i-1), word(i-2)
			if i > 1 && !sameSentence(i-2, i-1) {
				prev2 = ""
			}
			prev3 = word(i - 3)
		}
		next := ""
		if last+1 < len(toks) && sameSentence(last, last+1) {
			next = word(last + 1)
		}
		slot, weak := false, false
		switch {
		case (prev == "does" || prev == "do" || prev == "did" || prev == "would" || prev == "will") && sayVerbs[next]:
			slot = true // "what does narnia say" (any case)
		case !upper:
		case toks[last].Poss:
			slot = true // "Narnia's view"
		case sayVerbs[prev]:
			slot = true // "qué dice Narnia", "que dit Wakanda"
		case (prev == "of" || prev == "de" || prev == "du" || prev == "del") && (actorNouns[prev2] || (prev2 == "la" || prev2 == "le" || prev2 == "the") && actorNouns[prev3]):
			slot = true // "the position of Narnia", "la position du Wakanda"
		case prev == "to" && prev2 == "according":
			slot = true
		case (prev == "and" || prev == "or" || prev == "y" || prev == "et" || prev == "vs" || prev == "versus") && isCountry(i-2):
			slot = true // "Peru and Freedonia"
		case (next == "and" || next == "or" || next == "y" || next == "et" || next == "vs" || next == "versus") && isCountry(last+2):
			slot = true // "Freedonia and Peru"
		case (prev == "" || prev == "and" || prev == "about" || prev == "compare") && sayVerbs[next]:
			slot = true // "Narnia thinks", "what about Narnia says"
		case (prev == "" || prev == "and" || prev == "about" || prev == "compare") && (next == "on" || next == "about" || next == "regarding" || next == "sobre" || next == "sur"):
			slot, weak = true, true // "Narnia on attribution", but also "Ransomware on the rise"
		}
		if slot {
			out = append(out, Span{Text: joinOrig(toks[i : last+1]), First: i, Last: last, Weak: weak})
		}
		i = last
	}
	return out
}

// nameLike reports whether a token could be an unknown country's name:
// letters, three or more, not a function word, nor a known word.
func (g *Gazetteer) nameLike(t Token, known func(string) bool) bool {
	w := Fold(t.Lower)
	if len(w) < 3 || !letters(w) || notNameWords[w] || g.common[w] {
		return false
	}
	return !knows(known, t.Lower, w)
}

// ownedNouns are what only a government has: a terse message opening with a
// demonym and ending on one asks that government ("cambodian cybercrime
// law", "kuwaiti national cyber center", "kyrgyz cyber strategy",
// "micronesian cybersecurity policy", "bahraini cloud first policy"), or what
// only the country can tell, as actorNouns' "experience" ("qatari ncsa
// experience"); so do the initials national cyber agencies go by ("thai
// ncsa", "somalian nca", "french anssi"). Folded.
var ownedNouns = toSet(`law laws legislation act bill bills decree decrees regulation regulations code doctrine
framework frameworks plan plans programme program programmes programs rules strategy strategies policy policies
center centre centers centres commission council academy authority agency cert csirt cirt certs csirts cirts experience experiences
ncsc ncsa nca ncsi csa cisa anssi dgssi incd insa nisa`)

// policyNouns are the policy questions only a government holds a line on:
// a terse message of a demonym and one of them, or one word before it
// ("danish attribution", "greek due diligence"), asks that government;
// "russian disinformation", "iranian hackers" and "chinese proposal on
// norms" stay what the statements speak about. A country's own "data
// protection" and "neutrality" are policies too ("namibian data
// protection", "turkmen neutrality"). Folded.
var policyNouns = toSet(`attribution attributions sovereignty norms diligence cbms cbm protection neutrality`)

// ownedEnd reports whether the words from next to the end of the sentence
// (four at most, no punctuation: "lithuanian national cyber security
// centre") end on an owned noun.
func ownedEnd(toks []Token, keys []string, next int) bool {
	end := next
	for end < len(toks) && !toks[end].SentStart && (end == next || toks[end].Gap == "") {
		end++
	}
	if end > next && end-next <= 4 && ownedNouns[keys[end-1]] {
		return true
	}
	if end > next && end-next <= 2 && policyNouns[keys[end-1]] && !stopWords[keys[next]] {
		return true
	}
	// "kuwaiti rules on data protection", "namibian law on cybercrime":
	// the owned noun, then what it is about.
	for k := next; k < end && k <= next+2; k++ {
		if ownedNouns[keys[k]] && k+1 < end && (keys[k+1] == "on" || keys[k+1] == "about" || keys[k+1] == "for") {
			return true
		}
	}
	return false
}
