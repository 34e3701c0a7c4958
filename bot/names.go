package bot

import (
	"slices"
	"strings"

	"github.com/stancebot/stancebot/corpus"
)

// RegionNote is a region or grouping named in a question ("Latin
// America", "ASEAN") and the corpus countries that answered for it.
type RegionNote struct {
	Region    string   `json:"region"`
	Countries []string `json:"countries"`
}

// questionNames is what the gazetteer read in a message beyond plain
// country names: regions (expanded into the corpus countries in them),
// capitals used as places and country-like names it does not know.
type questionNames struct {
	mentions []corpus.Mention // countries, region members included, by position
	regions  []corpus.RegionMention
	expanded []bool // regions[i] answers through its members
	places   []corpus.Mention
	unknown  []corpus.Span
	bodies   []string // groupings asked by their own body ("the au commission")
	// nonStates are territories and non-State actors named as speakers
	// ("what does greenland say"; nonstates.go).
	nonStates []nonStateSpan
}

// readNames reads the countries, regions, places and unknown names of a
// question. A region stands for the corpus countries in it ("what does
// Latin America say" asks each of them), unless it is a place ("capacity
// building in the Pacific") or what another country is asked about ("what
// does India say about Latin America"): then its words are the topic. A region never names a country by its
// words: "Latin America" is not the United States.
//
// pre, when not nil, is Scan(toks, true, known), read already with the
// question's language.
func readNames(c *corpus.Corpus, toks []corpus.Token, pre *corpus.Reading, known func(string) bool) questionNames {
	var rd corpus.Reading
	if pre != nil {
		rd = *pre
	} else {
		rd = c.Gazetteer.Scan(toks, true, known)
	}
	found := findNonStates(toks)
	if len(found) > 0 {
		// "northern cyprus", "la polinesia francesa": the territory's
		// words name no State and no region.
		rd.Countries = slices.DeleteFunc(slices.Clone(rd.Countries), func(m corpus.Mention) bool { return inNonState(found, m.First, m.Last) })
		rd.Regions = slices.DeleteFunc(slices.Clone(rd.Regions), func(r corpus.RegionMention) bool { return inNonState(found, r.First, r.Last) })
	}
	n := questionNames{mentions: rd.Countries, regions: rd.Regions, places: rd.Places, unknown: rd.Unknown}
	n.expanded = make([]bool, len(rd.Regions))
	for i, r := range rd.Regions {
		prev, before, viewed := "", "", false
		if j := r.First - 1; j >= 0 {
			if toks[j].Lower == "the" && j > 0 {
				j--
			}
			prev = toks[j].Lower
			if j > 0 {
				before = toks[j-1].Lower
			}
			for _, t := range toks[:j] {
				viewed = viewed || viewWords[t.Lower]
			}
		}
		// "countries in Africa", "who in the Pacific", "views on X from
		// Latin America": the region is where the speakers are, not the
		// topic's place ("attacks from Africa").
		speakers := placePreps[prev] && (speakerWords[before] || prev == "from" && viewed)
		// A grouping read as the speakers before it makes one after an
		// about-word the topic, as a country does ("caricom on small
		// island states": CARICOM asked, not compared with every SIDS).
		priorSpeakers := slices.Contains(n.expanded[:i], true)
		if !speakers && (placePreps[prev] || (len(rd.Countries) > 0 || priorSpeakers || asksWho(toks[:r.First])) && aboutWords[prev] && prev != "of") {
			continue // "capacity building in the Pacific", "Peru on Latin America", "who talks about SIDS"
		}
		if r.First > 0 && indefiniteWords[toks[r.First-1].Lower] && asksWho(toks[:r.First]) && regionModifies(toks, r.Last) {
			continue // "who wants a gulf cert network": the thing wanted, no speakers
		}
		if mentionVerbs[prev] && asksWho(toks[:r.First]) {
			continue // "who mentions the Pacific Islands Forum": what they name, as a country there (whoAboutObject)
		}
		if occasionPreps[prev] && len(rd.Countries) > 0 {
			// "what samoa said … before the pacific islands forum", "at
			// the ASEAN summit": the meeting is when, a country speaks
			// (TestGroupingAsOccasion).
			continue
		}
		if orgNameAfter(toks, r.Last) {
			continue // "the asia internet coalition", "the africa cyber forum": an organisation's name, no region's speakers
		}
		if objectOf(rd.Countries, toks, r.First, r.Last) {
			continue // "does Vietnam back the ASEAN CERT": what a country is asked about
		}
		if groupTopic(c, rd.Countries, toks, r) {
			continue // "denmark nato", "india brics": the country on the grouping
		}
		if contextModifier(rd.Countries, toks, r.First, r.Last) {
			continue // "we're updating the OSCE CBM tracker. what did croatia say …": the tracker's, not speakers
		}
		if regionInTopic(rd.Countries, toks, r.First) || len(rd.Countries) == 0 && regionInTopic(rd.Places, toks, r.First) {
			continue // "cyprus bridge between europe and the middle east", "rabat reseau africain des cert": the topic's, no speakers
		}
		if backgroundRegion(c, rd.Countries, toks, r.First, r.Last) {
			continue // "… where the smaller Pacific states stand. What does Nauru say about …": why, not who
		}
		if groupBody(toks, r.First, r.Last) {
			// "the au commission", "the oas secretariat", "la comisión de
			// la ua": the organisation itself speaks, not its members;
			// their statements are not its position.
			n.bodies = append(n.bodies, r.Region)
			continue
		}
		n.expanded[i] = true
		for _, name := range r.Countries {
			if c.Holds(name) {
				n.mentions = append(n.mentions, corpus.Mention{Country: name, How: "region", First: r.First, Last: r.Last, Text: r.Text})
			}
		}
	}
	slices.SortStableFunc(n.mentions, func(a, b corpus.Mention) int { return a.First - b.First })
	for _, s := range found {
		if s.asSpeaker(toks) {
			n.nonStates = append(n.nonStates, s)
		}
	}
	return n
}

// bodyNouns name an organisation's own organs, which speak for it and
// not for its members, folded.
var bodyNouns = toSet(`commission commissioner secretariat secretary secretary-general comision secretaria secretario secretariado
secretaire`)

// bodyLinks may stand between a body's noun and the grouping it belongs
// to ("the commission of the AU", "la comisión de la UA", "la commission
// de l'UA").
var bodyLinks = toSet(`of the de la del l du des general générale generale`)

// groupBody reports whether the grouping at toks[first..last] is named as
// the owner of one of its bodies: a body's noun right after it ("the au
// commission", "the OAS Secretariat") or before it across bodyLinks
// ("la comisión de la ua").
func groupBody(toks []corpus.Token, first, last int) bool {
	if last+1 < len(toks) && bodyNouns[corpus.Fold(toks[last+1].Lower)] {
		return true
	}
	for j := first - 1; j >= 0 && j >= first-4; j-- {
		w := corpus.Fold(toks[j].Lower)
		if bodyNouns[w] {
			return true
		}
		if !bodyLinks[w] {
			return false
		}
	}
	return false
}

// regionInTopic reports whether the region starting at toks[first]
// belongs to the topic asked of a country named before it (ms; a capital,
// read as a place until later, may name it): after
// "between" ("cyprus bridge between europe and the middle east", both
// regions), or as the adjective after a noun of the topic ("rabat reseau
// africain des cert", "panama red centroamericana"). Read as speakers,
// the region's countries were compared with the one asked.
func regionInTopic(ms []corpus.Mention, toks []corpus.Token, first int) bool {
	if len(ms) == 0 || ms[0].First >= first {
		return false
	}
	j := first - 1
	if j > 0 && toks[j].Lower == "the" {
		j--
	}
	if j <= ms[0].Last {
		return false
	}
	for k := j; k > ms[0].Last && k >= first-6; k-- {
		if w := toks[k].Lower; w == "between" || w == "entre" {
			return true
		}
		if toks[k].SentStart {
			break
		}
	}
	w := toks[j].Lower
	if skipWord(w) || regionJoinWords[w] || toks[first].Gap != "" || toks[first].SentStart {
		return false
	}
	for _, m := range ms {
		if m.First <= j && j <= m.Last {
			return false
		}
	}
	return true
}

// regionJoinWords join a region to a country as a second side ("peru and
// latin america", "ghana vs west africa"), never as the topic's adjective.
var regionJoinWords = toSet(`and or vs versus v with compare compared comparing against like y o et ou contre compara comparer`)

// contextModifier reports whether the region at tokens [first, last]
// modifies a noun after it ("the OSCE CBM tracker", "an ASEAN workshop")
// in a sentence that names no country, while another sentence of the
// message names one: context around the question, not its speakers.
// A speaker noun after it ("the Gulf delegations") keeps it a speaker.
func contextModifier(ms []corpus.Mention, toks []corpus.Token, first, last int) bool {
	next := last + 1
	if len(ms) == 0 || next >= len(toks) || toks[next].SentStart || toks[next].Gap != "" {
		return false
	}
	w := toks[next].Lower
	if !nounAfterRegion(w) || actorWords[w] || askerNouns[w] || speakerWords[w] || viewWords[w] {
		return false
	}
	lo, hi := first, last // the region's sentence
	for lo > 0 && !toks[lo].SentStart {
		lo--
	}
	for hi+1 < len(toks) && !toks[hi+1].SentStart {
		hi++
	}
	for _, m := range ms {
		if m.First >= lo && m.First <= hi {
			return false // a country in the same sentence: objectOf decides
		}
	}
	return true
}

// indefiniteWords before a region make it part of a thing named ("a gulf
// cert network", "an asean cert"), in a question asking who speaks.
var indefiniteWords = toSet(`a an`)

// regionModifies reports whether the word after the region's last token
// is a noun it modifies ("gulf cert", not "gulf states" or "gulf says").
func regionModifies(toks []corpus.Token, last int) bool {
	next := last + 1
	if next >= len(toks) || toks[next].SentStart || toks[next].Gap != "" {
		return false
	}
	w := toks[next].Lower
	return nounAfterRegion(w) && !actorWords[w] && !askerNouns[w] && !speakerWords[w] && !viewWords[w]
}

// backgroundRegion reports whether the region at tokens [first, last]
// stands in a sentence of background before the question: the sentence
// names no country, asks nothing (no question mark ends it, no question
// word opens it), speaks about no topic (no theme, no "on" or "about"),
// and a later sentence names a country ("I'm preparing a briefing. We
// need to understand where the smaller Pacific states stand. What does
// Nauru say about regional cooperation?"): that country is asked, the
// region is why; read as speakers, it turned the question into a
// comparison of all its members. Mirrors: "Pacific islands on cables. and
// nauru?" (a topic), "What do Pacific states say? And Nauru?" (a
// question).
func backgroundRegion(c *corpus.Corpus, ms []corpus.Mention, toks []corpus.Token, first, last int) bool {
	lo, hi := first, last // the region's sentence
	for lo > 0 && !toks[lo].SentStart {
		lo--
	}
	for hi+1 < len(toks) && !toks[hi+1].SentStart {
		hi++
	}
	if hi+1 >= len(toks) || strings.Contains(toks[hi+1].Gap, "?") || backgroundAsks[toks[lo].Lower] {
		return false
	}
	later := false
	for _, m := range ms {
		if m.First >= lo && m.First <= hi {
			return false
		}
		later = later || m.First > hi
	}
	if !later {
		return false
	}
	var stems []string
	for i := lo; i <= hi; i++ {
		w := toks[i].Lower
		if aboutWords[w] && (i+1 > hi || !whenWords[toks[i+1].Lower]) {
			return false // (a day is no topic: "we're meeting them on Thursday")
		}
		if (i < first || i > last) && !skipWord(w) {
			stems = append(stems, corpus.Stem(w))
		}
	}
	return len(c.Lexicon.MatchQuestion(stems)) == 0
}

// whenWords after "on" make it a day, not a topic (backgroundRegion).
var whenWords = toSet(`monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight weekend`)

// backgroundAsks open a sentence that asks something (backgroundRegion).
var backgroundAsks = toSet(`what whats how which who whom does do did is are has have can could would will compare tell show list
	and or que qué quel quelle quels quelles qui quien quién quienes cual cuál como cómo comment compara comparer`)

// asksWho reports whether the words before a region ask who speaks ("who
// talks about SIDS", "which countries mention the Pacific"): a region
// after "about" there is what they speak on, not a speaker.
func asksWho(toks []corpus.Token) bool {
	for _, t := range toks {
		if speakerWords[t.Lower] {
			return true
		}
	}
	return false
}

// objectOf reports whether the region at tokens [first, last] is what a
// country the question names speaks about rather than another speaker:
// the words before it follow that country with no coordination joining
// the two ("does Vietnam back the ASEAN CERT", "Kenya's position … given
// its alignment with the common African position"; not "Vietnam and ASEAN
// on norms", "Peru, Latin America and …", "compare Kenya with the African
// Group"), or it follows the country directly and a noun of its own
// follows it ("indonesia asean cert": the ASEAN CERT, where a second
// speaker would have come with "and", a comma or "on"). Only a
// coordinator next to the country or to the region joins them: an "and"
// inside the topic between them ("on elections and non-intervention")
// does not.
func objectOf(ms []corpus.Mention, toks []corpus.Token, first, last int) bool {
	prev := -1
	for _, m := range ms {
		if m.Last < first && m.Last > prev {
			prev = m.Last
		}
	}
	if prev < 0 || strings.HasSuffix(toks[prev].Orig, ",") {
		return false // no country before it, or a list ("Peru, Latin America and …")
	}
	if prev+1 == first {
		next := last + 1
		return next < len(toks) && !toks[next].SentStart && toks[next].Gap == "" && !toks[prev].Poss &&
			nounAfterRegion(toks[next].Lower)
	}
	if coordWords[toks[prev+1].Lower] {
		return false // "Vietnam and ASEAN", "Kenya with the African Group"
	}
	j := first - 1
	for j > prev && articleWords[toks[j].Lower] {
		j--
	}
	if withWords[toks[j].Lower] && j-1 > prev && !withSides[toks[j-1].Lower] {
		// "doha on sharing experience with gcc", "Kenya on cooperation
		// with the African Union": "with" after a word of the topic names
		// what the country shares or works with, not a second side; after
		// the country or a word of comparison ("compare Kenya with the
		// African Group", "agree with") it is one.
		return true
	}
	return j == prev || !coordWords[toks[j].Lower]
}

// withWords join a region to the word before them; withSides before them
// make the region a side of a comparison or an agreement.
var (
	withWords = toSet(`with con avec`)
	withSides = toSet(`compare compared comparing contrast contrasted agree agrees agreed disagree disagrees differ differs
		side sides align aligns aligned compara comparar comparado compare comparer comparez`)
)

// nounAfterRegion reports whether a word after a region makes it a noun's
// modifier rather than a speaker: a word of the topic, not a function
// word, a coordinator, a verb of saying or a preposition starting the
// topic ("indonesia asean cert", but "peru latin america on norms").
func nounAfterRegion(w string) bool {
	return w != "" && !corpus.IsStopWord(w) && !coordWords[w] && !aboutWords[w] && !regionSayVerbs[w] && !versusWord[w]
}

// articleWords may stand between a coordinator and the region it joins
// ("and the Nordics", "with the African Group").
var articleWords = toSet(`the a an its their our el la los las le les l`)

// regionSayVerbs after a region make it the subject ("ASEAN says").
var regionSayVerbs = toSet(`say says said think thinks want wants believe believes argue argues support supports oppose opposes`)

// versusWord after a region sets it against another side ("Kenya ASEAN vs Fiji" is rare; "vs" keeps it a speaker).
var versusWord = toSet(`vs versus v against`)

// coordWords join speakers ("Peru and Latin America", "India vs ASEAN").
var coordWords = toSet(`and or vs versus with y o e et ou con avec plus`)

// placePreps before a region make it a place of the topic, not an actor.
// occasionPreps before a grouping make it the meeting a named country
// speaks at or before, not more speakers: "before the pacific islands
// forum", "at the ASEAN summit", "during the AU summit".
var occasionPreps = toSet(`before after during ahead at`)

var placePreps = toSet(`in across within throughout among amongst into inside outside from to for en dans`)

// speakerWords before a place preposition make the region the speakers'
// ("countries in Africa", "who in ASEAN", "países de América Latina");
// viewWords before "from" do too ("views from the Pacific").
var (
	speakerWords = toSet(`who anyone anybody someone somebody countries country states nations governments delegations members
quién quiénes alguien países estados gobiernos delegaciones qui pays états gouvernements délégations`)
	viewWords = toSet(`view views position positions perspective perspectives voice voices statement statements opinion opinions
anything something input`)
)

// apply records on p the regions, places and unknown names within tokens
// [lo, hi) of the message, and settles what a question with no country
// left asks: nothing, when it named only an unknown country ("what does
// Narnia say on attribution?" must not answer with everyone's
// statements) or a place ("the weather in Tokyo").
func (n questionNames) apply(p *Parsed, lo, hi int) {
	for i, r := range n.regions {
		if r.First >= lo && r.Last < hi && n.expanded[i] {
			note := RegionNote{Region: r.Region, Countries: []string{}}
			for _, ms := range [2][]corpus.Mention{p.Countries, p.Within} {
				for _, m := range ms {
					if m.How == "region" && m.Text == r.Text {
						note.Countries = append(note.Countries, m.Country)
					}
				}
			}
			p.Regions = append(p.Regions, note)
		}
	}
	p.Bodies = append(p.Bodies, n.bodies...)
	for _, m := range n.places {
		if m.First >= lo && m.Last < hi {
			p.Places = append(p.Places, m.Text)
		}
	}
	for _, u := range n.unknown {
		if u.Weak && len(p.Themes) == 0 {
			continue // "Ransomware on the rise": a topic word, not a country
		}
		if u.First >= lo && u.Last < hi && !slices.Contains(p.Unknown, u.Text) {
			p.Unknown = append(p.Unknown, u.Text)
		}
	}
	if len(p.Countries) > 0 || len(p.Within) > 0 || p.Intent == IntentHelp || p.Intent == IntentList {
		return
	}
	for _, s := range n.nonStates {
		if s.first >= lo && s.last < hi {
			p.NonStates = append(p.NonStates, s.name)
		}
	}
	if len(p.NonStates) > 0 || len(p.Unknown) > 0 || len(p.Regions) > 0 || len(p.Bodies) > 0 || len(p.Places) > 0 && len(p.Themes) == 0 {
		p.Intent = IntentNone
	}
	if p.Whose != "" && len(p.Regions) == 0 {
		p.Intent = IntentNone // "what does the pm say on AI": whose pm is not known
	}
}

// Message keys of the notes on regions, unknown names and places.
const (
	msgRegionAnswered = "region-answered" // Latin America is not a country: answering for ...
	msgRegionEmpty    = "region-empty"    // ASEAN: none of its countries holds statements in the corpus.
	msgRegionUnlisted = "region-unlisted" // I have no list of the G77's members ...
	msgUnknownNames   = "unknown-names"   // I do not know "Narnia" as a country or organisation.
	msgPlaceNotActor  = "place-not-actor" // Tokyo reads as a place here ...
	msgGroupBody      = "group-body"      // African Union: its bodies speak for the organisation, not for its members ...
)

func init() {
	catalogueEntries = append(catalogueEntries,
		entry{msgRegionAnswered,
			msgText("%s is not a country: answering for its countries in the corpus, %s."),
			msgText("%s no es un país: respondo por sus países del corpus, %s."),
			msgText("%s : ce n'est pas un pays ; je réponds pour ses pays du corpus, %s.")},
		entry{msgRegionEmpty,
			msgText("%s: none of its countries holds statements in the corpus."),
			msgText("%s: ninguno de sus países tiene declaraciones en el corpus."),
			msgText("%s : aucun de ses pays n'a de déclaration dans le corpus.")},
		entry{msgRegionUnlisted,
			msgText("%s: I have no list of its members, so I cannot say which countries speak for it; ask about its countries by name."),
			msgText("%s: no tengo la lista de sus miembros, así que no puedo decir qué países hablan por él; pregunte por sus países por su nombre."),
			msgText("%s : je n'ai pas la liste de ses membres, je ne peux donc pas dire quels pays parlent pour lui ; demandez ses pays par leur nom.")},
		entry{msgGroupBody,
			msgText("%s: its bodies (its commission, its secretariat) speak for the organisation, not for its member states, and the corpus holds no statement by them; its members' statements are not its position: ask about them by name."),
			msgText("%s: sus órganos (su comisión, su secretaría) hablan por la organización, no por sus Estados miembros, y el corpus no tiene declaraciones suyas; las declaraciones de sus miembros no son su posición: pregunte por ellos por su nombre."),
			msgText("%s : ses organes (sa commission, son secrétariat) parlent pour l'organisation, pas pour ses États membres, et le corpus n'a aucune déclaration d'eux ; les déclarations de ses membres ne sont pas sa position : demandez-les par leur nom.")},
		entry{msgUnknownNames,
			msgText("I do not know %s as a country or organisation."),
			msgText("No conozco %s como país u organización."),
			msgText("Je ne connais pas %s comme pays ou organisation.")},
		entry{msgPlaceNotActor,
			msgText(`%s reads as a place here, not as a government: ask, for example, "what does %s say on attribution?"`),
			msgText(`%s se lee aquí como un lugar, no como un gobierno: pregunte, por ejemplo, "¿qué dice %s sobre la atribución?"`),
			msgText(`%s se lit ici comme un lieu, pas comme un gouvernement : demandez par exemple « que dit %s sur l'attribution ? »`)},
	)
}

// regionName is a region's name in a language, from the gazetteer's
// Spanish and French forms.
func regionName(c *corpus.Corpus, code, name string) string {
	reg, ok := c.Gazetteer.LookupRegion(name)
	switch {
	case !ok:
	case code == "es" && len(reg.ES) > 0:
		return reg.ES[0]
	case code == "fr" && len(reg.FR) > 0:
		return reg.FR[0]
	}
	return name
}

// noteNames says in the reply, in its language, which countries answered
// for a region and which names were not read as countries.
func noteNames(r *Reply, c *corpus.Corpus, p Parsed, code string) {
	r.Regions = p.Regions
	var notes []string
	for _, reg := range p.Regions {
		name := regionName(c, code, reg.Region)
		if len(reg.Countries) == 0 {
			key := msgRegionEmpty
			if rg, ok := c.Gazetteer.LookupRegion(reg.Region); ok && rg.Kind == corpus.KindUnlisted {
				key = msgRegionUnlisted
			}
			notes = append(notes, T(code, key, name))
			continue
		}
		if len(p.Within) > 0 {
			continue // the reply's count says among whom (answerTheme)
		}
		names := make([]string, len(reg.Countries))
		for i, n := range reg.Countries {
			names[i] = countryName(c, code, n)
		}
		notes = append(notes, T(code, msgRegionAnswered, name, joinAndIn(code, names)))
	}
	for _, b := range p.Bodies {
		notes = append(notes, T(code, msgGroupBody, regionName(c, code, b)))
	}
	for _, ns := range p.NonStates {
		notes = append(notes, T(code, msgNonState, nonStateName(ns, code)))
	}
	if len(p.Unknown) > 0 {
		notes = append(notes, T(code, msgUnknownNames, joinAndIn(code, quoteAll(p.Unknown))))
	}
	if p.Whose != "" && len(p.Countries) == 0 && len(p.Regions) == 0 && len(p.Unknown) == 0 {
		notes = append(notes, T(code, msgWhoseActor, p.Whose, p.Whose))
	}
	if len(p.Places) > 0 && p.Intent == IntentNone && len(p.Unknown) == 0 && len(p.Regions) == 0 {
		notes = append(notes, T(code, msgPlaceNotActor, joinAndIn(code, p.Places), p.Places[0]))
	}
	if len(notes) == 0 {
		return
	}
	if p.Intent == IntentNone {
		r.Message = strings.Join(notes, " ")
		return
	}
	r.Message = strings.TrimSpace(strings.Join(notes, " ") + " " + r.Message)
}

func quoteAll(xs []string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = "\u201c" + x + "\u201d"
	}
	return out
}

// groupTopic reports a political grouping that ends a terse question right
// after a country, with nothing joining them ("denmark nato", "india
// brics?", "japan asean"): the country is asked about the grouping, not
// compared with its members (who had been answered for, on no topic). A
// geographical region there stays a second speaker ("peru latin america").
func groupTopic(c *corpus.Corpus, ms []corpus.Mention, toks []corpus.Token, r corpus.RegionMention) bool {
	if r.Last+1 != len(toks) || !c.Gazetteer.IsGroup(r.Region) {
		return false
	}
	for _, m := range ms {
		if m.Last+1 == r.First && !strings.HasSuffix(toks[m.Last].Orig, ",") && toks[r.First].Gap == "" {
			return true
		}
	}
	return false
}

// orgNouns end an organisation's name that opens with a region ("Asia
// Internet Coalition", "Africa Cyber Security Forum", "Pacific Cyber
// Security Operational Network"). Folded.
var orgNouns = toSet(`coalition coalitions alliance association associations federation network foundation institute
	centre center council forum initiative project society consortium partnership coalicion alianza asociacion fundacion
	instituto centro consejo foro red coalition alliance fondation institut centre conseil reseau`)

// orgNameAfter reports whether the one to three words right after the
// region at last end on an organisation's noun, with no punctuation
// between: the region names the organisation, whose words are no
// member country's. A bare grouping noun after it ("asia forum") counts
// too; "ASEAN countries", "the Pacific on cables" do not.
func orgNameAfter(toks []corpus.Token, last int) bool {
	for k := last + 1; k < len(toks) && k <= last+3; k++ {
		if toks[k].SentStart || toks[k].Gap != "" || aboutWords[toks[k].Lower] || corpus.IsStopWord(toks[k].Lower) {
			return false
		}
		if orgNouns[toks[k].Lower] {
			return true
		}
	}
	return false
}
