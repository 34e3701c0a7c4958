package corpus

// wordFacts is everything a question's scan asks of one folded word: the
// phrases that start with it and the word lists it is on. The scan asked
// them one map at a time, about eight look-ups a word (the phrase table,
// the multi-word names' words, the connector, stop, function and common
// word lists, the names seen); Gazetteer.facts answers them in one
// (TestWordFactsMatchLists holds each fact to its map).
type wordFacts struct {
	phrases []phrase // Gazetteer.phrases[word]
	flags   wordFlag
}

// wordFlag is one fact of wordFacts.flags.
type wordFlag uint16

const (
	wfMulti      wordFlag = 1 << iota // a word of a multi-word name (Gazetteer.multiWords)
	wfCommon                          // Gazetteer.common
	wfCommonESFR                      // Gazetteer.commonESFR
	wfSeen                            // a name of some country (Gazetteer.seen)
	wfNotTypo                         // notTypoWords
	wfConnector                       // connector
	wfStop                            // stopWords
	wfArticle                         // articles
	wfRomance                         // a romanceMarkers word that readsRomance counts
)

// buildFacts fills g.facts from the phrase table and the word lists; it
// runs whenever they change (sortPhrases, the end of building a
// gazetteer or adding regions).
func (g *Gazetteer) buildFacts() {
	facts := make(map[string]wordFacts, len(g.phrases)+len(g.common)+len(g.commonESFR)+len(g.seen))
	set := func(m map[string]bool, f wordFlag) {
		for w, ok := range m {
			if ok {
				wf := facts[w]
				wf.flags |= f
				facts[w] = wf
			}
		}
	}
	for w, ps := range g.phrases {
		wf := facts[w]
		wf.phrases = ps
		facts[w] = wf
	}
	set(g.multiWords, wfMulti)
	set(g.common, wfCommon)
	set(g.commonESFR, wfCommonESFR)
	for w := range g.seen {
		wf := facts[w]
		wf.flags |= wfSeen
		facts[w] = wf
	}
	set(notTypoWords, wfNotTypo)
	set(connector, wfConnector)
	set(stopWords, wfStop)
	set(articles, wfArticle)
	for w, ok := range romanceMarkers {
		if ok && w != "position" { // as readsRomance reads them
			wf := facts[w]
			wf.flags |= wfRomance
			facts[w] = wf
		}
	}
	g.facts = facts
}

// wordFactsOf returns the facts of every key, in buf when it has room:
// the one look-up a word of a question's scan.
func (g *Gazetteer) wordFactsOf(keys []string, buf []wordFacts) []wordFacts {
	out := buf[:0]
	if cap(out) < len(keys) {
		out = make([]wordFacts, 0, len(keys))
	}
	for _, k := range keys {
		out = append(out, g.facts[k])
	}
	return out
}

// readsRomanceFacts is readsRomance from the words' facts.
func readsRomanceFacts(facts []wordFacts) bool {
	for i := range facts {
		if facts[i].flags&wfRomance != 0 {
			return true
		}
	}
	return false
}
