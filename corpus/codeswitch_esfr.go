package corpus

import (
	"sort"
	"strings"

	"github.com/stancebot/stancebot/corpus/lang"
)

// CodeSwitched reads the Spanish and French topic words of a question read
// as English, as bilingual users type them ("who talks about
// desinformacion", "what does la roumanie say on DIH", "who talks about
// soberania digital"): a glossary or theme phrase of either language whose
// words are no English word (isEnglishWord, the stop words) is replaced by
// its English, the rest of the question is kept as typed. skip marks the
// tokens the caller has read already (countries' names). It returns the
// text unchanged and ok=false when no word was replaced, so an English
// question pays one map look-up a word; without it those words were
// searched as English words the corpus' English statements never hold,
// and the question found nothing (TestCodeSwitchedTopicWords).
func (t *Translator) CodeSwitched(text string, toks []Token, skip func(i int) bool) (string, []Step, bool) {
	var b strings.Builder
	var steps []Step
	at := 0 // bytes of text written to b
	for i := 0; i < len(toks); i++ {
		// Cheapest first: the English stop words, then the glossaries'
		// vocabularies (map probes), where the English word list is a
		// stem and a binary search.
		if stopWords[toks[i].Lower] {
			continue
		}
		w := lang.Fold(toks[i].Lower)
		if strings.IndexByte(w, '\'') >= 0 || strings.Contains(w, "’") {
			if s, ok := lang.StripElision(w); ok {
				w = s
			}
		}
		if i+1 < len(toks) && !(skip != nil && (skip(i) || skip(i+1))) {
			if en, ok := t.speechBefore(w, lang.Fold(toks[i+1].Lower)); ok {
				// "what does mexico dice sobre spyware": a speech verb that
				// is an English word too ("dice") is the foreign verb before
				// a foreign-only preposition.
				b.WriteString(text[at:toks[i].Start])
				b.WriteString(en)
				at = toks[i+1].End
				steps = append(steps, Step{From: text[toks[i].Start:toks[i+1].End], To: en, How: "glossary"})
				i++
				continue
			}
		}
		if w == "" || !t.foreignWords()[w] || skip != nil && skip(i) {
			continue
		}
		for _, code := range [...]string{lang.Spanish, lang.French} {
			f := t.langs[code]
			if f == nil || !f.vocab[w] {
				continue
			}
			items := make([]item, 0, 4)
			for j := i; j < len(toks) && j < i+4; j++ {
				if skip != nil && skip(j) {
					break
				}
				x := lang.Fold(toks[j].Lower)
				if s, ok := lang.StripElision(x); ok {
					x = s
				}
				if j > i && f.stop[x] && !stopWords[x] {
					continue // "soberania de datos": the phrase skips its stop words
				}
				items = append(items, item{orig: toks[j].Orig, folded: x, stem: f.stem(x)})
			}
			p, n := f.match(items)
			if n == 0 || strings.EqualFold(p.english, w) {
				continue
			}
			last := i
			for k, seen := i, 0; k < len(toks) && seen < n; k++ {
				x := lang.Fold(toks[k].Lower)
				if k > i && f.stop[x] && !stopWords[x] {
					continue
				}
				last, seen = k, seen+1
			}
			b.WriteString(text[at:toks[i].Start])
			b.WriteString(p.english)
			at = toks[last].End
			steps = append(steps, Step{From: text[toks[i].Start:toks[last].End], To: p.english, How: "glossary"})
			i = last
			break
		}
	}
	if len(steps) == 0 {
		return text, nil, false
	}
	b.WriteString(text[at:])
	return b.String(), steps, true
}

// foreignWords returns the words of the Spanish and French glossaries
// and theme phrases that are no English word (not in the English word
// list nor among the English lexicon's and glossaries' words), made once:
// a question's word is then one map probe, where the English word list is
// a stem and a binary search (BenchmarkCodeSwitchedEnglish).
func (t *Translator) foreignWords() map[string]bool {
	t.foreignOnce.Do(func() {
		t.foreign = map[string]bool{}
		for _, f := range t.langs {
			for w := range f.vocab {
				if t.foreign[w] || isEnglishWord(w) {
					continue
				}
				if k := sort.SearchStrings(t.english, w); k < len(t.english) && t.english[k] == w {
					continue
				}
				t.foreign[w] = true
			}
		}
	})
	return t.foreign
}

// Covers reports whether token i is part of a name the reading found: a
// country, a region, a demonym or capital of the topic, a place or an
// unknown name.
func (r *Reading) Covers(i int) bool {
	for _, ms := range [][]Mention{r.Countries, r.Topic, r.Places} {
		for _, m := range ms {
			if i >= m.First && i <= m.Last {
				return true
			}
		}
	}
	for _, m := range r.Regions {
		if i >= m.First && i <= m.Last {
			return true
		}
	}
	for _, m := range r.Unknown {
		if i >= m.First && i <= m.Last {
			return true
		}
	}
	return false
}

// speechVerbs are the English a glossary gives the foreign verbs of saying
// and thinking ("dice: says", "pense: thinks").
var speechVerbs = map[string]bool{"says": true, "say": true, "said": true, "thinks": true, "think": true}

// speechBefore reads w followed by next as a foreign speech verb and its
// preposition ("dice sobre", "dice de", "pense sur"), when w's glossary
// English is a verb of saying and next is a Spanish or French stop word
// that is no English one: the two are "says about". It is for the verbs
// that are English words too ("dice"), which foreignWords leaves out.
func (t *Translator) speechBefore(w, next string) (string, bool) {
	if stopWords[next] || isEnglishWord(next) {
		return "", false
	}
	for _, code := range [...]string{lang.Spanish, lang.French} {
		f := t.langs[code]
		if f == nil || !f.stop[next] || !f.vocab[w] {
			continue
		}
		p, n := f.match([]item{{orig: w, folded: w, stem: f.stem(w)}})
		if n == 1 && speechVerbs[p.english] {
			return p.english + " about", true
		}
	}
	return "", false
}
