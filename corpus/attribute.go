package corpus

import (
	"regexp"
	"sync"
)

// paraInfo is what one paragraph says about its holder, independent of
// the paragraphs before it (so it can be cached for repeated paragraphs).
type paraInfo struct {
	subject  string   // subject-like country in the first sentence
	later    string   // first subject-like country after the first sentence
	strong   string   // later country named as "X's ..." or at a sentence start
	cont     bool     // starts as a continuation ("It", "The country", ...)
	first    string   // first country named at all
	mentions []string // every country named (not demonyms), in order, distinct

	text string // the paragraph

	mu             sync.Mutex
	keyHolder, key string // statementKey(keyHolder, text), cached for repeats
}

// keyFor returns the statement key of this paragraph held by holder. A
// repeated paragraph nearly always has the same holder, so the last key
// is kept.
func (info *paraInfo) keyFor(holder string) string {
	info.mu.Lock()
	defer info.mu.Unlock()
	if info.keyHolder != holder {
		info.keyHolder, info.key = holder, statementKey(holder, info.text)
	}
	return info.key
}

// relational words before a country make it an object of the sentence,
// not its subject: "alignment with China", "countries like Iran", "its EU
// candidate status".
var relational = toSet(`with like as and or nor including include includes included than between among amongst against alongside
from to towards toward of its their his her our unlike versus vs on at in into onto for about over beyond within without
upon despite such namely notably e.g especially particularly both either neither whereas while but except besides
behind after before via than plus under`)

// notVerb lists words that, after a country, show it is not a subject.
var notVerb = toSet(`and or nor on in at of to for with as by from the a an into onto about over under between among
against within without than via per but if`)

// The government/delegation forms that make a demonym name the holder:
// "The Brazilian delegation argued ...".
var govNouns = toSet(`delegation government representative representatives position statement submission authorities
administration ministry minister president diplomats view approach stance`)

var contRe = regexp.MustCompile(`^(?:It|Its|They|Their|This|These|Such|The (?:[A-Z][\w-]* |[a-z]+ ){0,3}(?:country|nation|state|government|delegation|republic|kingdom|island|union|bloc)\b|As part of (?:their|its|the) (?:statement|submission|contribution)|In addition|Additionally|Furthermore|Moreover|Also|However|Nevertheless|Similarly|Likewise|Accordingly|Meanwhile|In this regard|To this end)\b`)

// analyse reads the country mentions of a paragraph.
func (g *Gazetteer) analyse(p string) *paraInfo {
	toks := Tokenize(p)
	ms := g.Find(toks, false, nil)
	info := &paraInfo{cont: contRe.MatchString(p), text: p}
	firstSentEnd := len(toks)
	for i := 1; i < len(toks); i++ {
		if toks[i].SentStart {
			firstSentEnd = i
			break
		}
	}
	seen := map[string]bool{}
	for _, m := range ms {
		if m.How == ByDemonym {
			if govDemonym(toks, m) && info.subject == "" && m.First < firstSentEnd {
				info.subject = m.Country
			}
			continue
		}
		if !seen[m.Country] {
			seen[m.Country] = true
			info.mentions = append(info.mentions, m.Country)
		}
		if info.first == "" {
			info.first = m.Country
		}
		if !subjectLike(toks, m) {
			continue
		}
		switch {
		case m.First < firstSentEnd:
			if info.subject == "" {
				info.subject = m.Country
			}
		default:
			if info.later == "" {
				info.later = m.Country
			}
			if info.strong == "" && (toks[m.First].Poss || toks[m.Last].Poss || sentenceInitial(toks, m)) {
				info.strong = m.Country
			}
		}
	}
	return info
}

// holder decides who holds a paragraph, given who held the one before.
func (info *paraInfo) holder(prev string) string {
	switch {
	case info.subject != "":
		return info.subject
	case info.cont && prev != "":
		// A continuation carries the holder forward, unless the paragraph
		// names another holder outright and never mentions the previous one.
		if info.strong != "" && info.strong != prev && !contains(info.mentions, prev) {
			return info.strong
		}
		return prev
	case info.later != "":
		if prev != "" && contains(info.mentions, prev) {
			return prev
		}
		return info.later
	case prev != "":
		return prev
	default:
		return info.first
	}
}

func contains(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// subjectLike reports whether a mention reads as the one who acts or holds
// a view: not after a relational word, and followed by a verb-like word or
// a possessive ("Peru stresses", "the EU's ambition").
func subjectLike(toks []Token, m Mention) bool {
	prev := m.First - 1
	if prev >= 0 && toks[prev].Lower == "the" && !toks[m.First].SentStart {
		if toks[prev].SentStart {
			prev = -1
		} else {
			prev--
		}
	}
	start := toks[m.First]
	if prev >= 0 && !start.SentStart {
		gapTok := toks[prev+1]
		if containsAny(gapTok.Gap, "([") {
			return false
		}
		if relational[toks[prev].Lower] {
			return false
		}
	}
	if toks[m.Last].Poss {
		return true
	}
	next := m.Last + 1
	if next >= len(toks) {
		return false
	}
	nt := toks[next]
	if nt.Gap != "" || nt.SentStart {
		return false
	}
	if notVerb[nt.Lower] {
		return false
	}
	r := []rune(nt.Orig)
	return len(r) > 0 && r[0] >= 'a' && r[0] <= 'z'
}

func sentenceInitial(toks []Token, m Mention) bool {
	if toks[m.First].SentStart {
		return true
	}
	prev := m.First - 1
	return prev >= 0 && toks[prev].Lower == "the" && toks[prev].SentStart
}

// govDemonym matches "The Brazilian delegation", "the Korean government".
func govDemonym(toks []Token, m Mention) bool {
	next := m.Last + 1
	return next < len(toks) && govNouns[toks[next].Lower] && toks[next].Gap == ""
}

func containsAny(s, chars string) bool {
	for _, c := range chars {
		for _, d := range s {
			if c == d {
				return true
			}
		}
	}
	return false
}
