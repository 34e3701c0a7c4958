package lang

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Result is what Detect made of a text.
type Result struct {
	// Lang is the language with the most evidence, or "" when two or more
	// languages tie (including a text with no evidence at all).
	Lang string
	// Candidates are the languages tied for first place when Lang is ""
	// (all three when nothing spoke for any), else just Lang.
	Candidates []string
	// Scores holds the evidence per language (English, Spanish, French)
	// on a result of Explain (and of With on one). Detect, on every
	// question, leaves it nil, since only explain reads it and the map
	// was two allocations a question: ScoreMap gives it for any result.
	Scores map[string]float64
	// Evidence lists what counted, for explain ("sobre: es +2.0"). Only
	// Explain fills it (and With on its result adds to it): Detect, on
	// every question, leaves it nil, since only explain reads it.
	Evidence []string
	// explained is set on a result of Explain, so that With notes its
	// evidence too (a result with no evidence at all may still be one).
	explained bool
	// scores are the three languages' scores in the order of All.
	scores [3]float64
}

// ScoreMap returns the evidence per language, as Scores holds it on a
// result of Explain: Scores itself when set, else a new map of the three
// languages' scores (TestScoreMap).
func (r Result) ScoreMap() map[string]float64 {
	if r.Scores != nil {
		return r.Scores
	}
	return map[string]float64{English: r.scores[0], Spanish: r.scores[1], French: r.scores[2]}
}

// Resolve picks the language of a question from a detection result: the
// detected language if there is one; on a tie, the language pinned for
// the room if it is among the tied ones, then the thread's language so
// far, then English if tied, then the first candidate.
func Resolve(r Result, pinned, thread string) string {
	if r.Lang != "" {
		return r.Lang
	}
	for _, pref := range []string{pinned, thread, English} {
		if pref == "" {
			continue
		}
		for _, c := range r.Candidates {
			if c == pref {
				return c
			}
		}
	}
	if len(r.Candidates) > 0 {
		return r.Candidates[0]
	}
	return English
}

// With returns the result with more evidence for one language (a caller's
// own finding, such as a misspelt lexicon word), decided again.
func (r Result) With(code string, weight float64, why string) Result {
	if !r.explained {
		sc := r.scores
		for i, c := range All {
			if c == code {
				sc[i] += weight
			}
		}
		return decideScores(sc, nil, nil, false)
	}
	sc := map[string]float64{}
	for k, v := range r.ScoreMap() {
		sc[k] = v
	}
	sc[code] += weight
	ev := append(append([]string(nil), r.Evidence...), evidence(why, code, weight))
	return decide(sc, ev, true)
}

// Explained reports whether r comes from Explain and so carries its
// evidence.
func (r Result) Explained() bool { return r.explained }

// evidence formats one line of evidence as fmt's "%s: %s %+.1f" would,
// without fmt: Detect notes a line per word of every question, and
// fmt.Sprintf was a tenth of a question's time (TestEvidenceFormat).
func evidence(why, code string, w float64) string {
	return string(appendEvidence(make([]byte, 0, len(why)+len(code)+10), why, "", code, w))
}

// appendEvidence appends the line evidence(why+why2, code, w) to b.
func appendEvidence(b []byte, why, why2, code string, w float64) []byte {
	b = append(b, why...)
	b = append(b, why2...)
	b = append(b, ": "...)
	b = append(b, code...)
	b = append(b, ' ')
	n := len(b)
	b = strconv.AppendFloat(b, w, 'f', 1, 64)
	if b[n] != '-' && b[n] != '+' {
		b = append(b, 0)
		copy(b[n+1:], b[n:])
		b[n] = '+'
	}
	return b
}

// LexiconWeight is the weight of one lexicon word as evidence.
const LexiconWeight = wLexicon

// SuffixWeight is the weight of an unknown word's typical ending.
const SuffixWeight = wSuffix

// SuffixLang gives the language an unknown word's ending is typical of
// ("" for none): the rule Detect applies to words no list knows.
func SuffixLang(w string) string { return suffixLang(w) }

// Detector scores texts. The zero value is not usable; build one with
// NewDetector.
type Detector struct {
	words map[string]uint8 // folded word -> bit set of languages it belongs to
	// EnglishWord, when set, reports whether a folded word no list knows
	// is an English word: its Spanish or French ending is then no evidence
	// ("statement", "agreement" end like French "-ement"; "japan latest
	// statement" was answered in French).
	EnglishWord func(folded string) bool
}

const (
	bitEN = 1 << iota
	bitES
	bitFR
	// bitFunction marks a function word of some language (functionWords):
	// the word's weight comes with its languages in one map probe
	// (isFunctionWord was a second map per word of every question).
	bitFunction
	langMask = bitEN | bitES | bitFR
)

var langBits = []struct {
	code string
	bit  uint8
}{{English, bitEN}, {Spanish, bitES}, {French, bitFR}}

// Function words: short, frequent, and in questions nearly always present;
// the modal verbs too ("la guinee veut rattraper son retard?", where "la"
// and "son" are Spanish as much as French).
// A word in two lists speaks for both ("de", "la", "en"). "y" is Spanish
// only: French "il y a" is told by "il", and a Spanish question with
// English topic words ("Cuba y la cyberspace militarization") is Spanish.
// "they" and "them" are English only: a thread's "compare them" tied with
// French "compare" and was answered in the thread's French.
var functionWords = map[string]string{
	English: `the a an of on about what what's does do did say says said is are was were who which how
		and or with to in from think thinks position view stance tell me compare between countries themes
		talk talks at their its this that these those any there has have please since before after during until
		it anyone anybody else they them`,
	Spanish: `el la los las un una unos unas de del al sobre que qué cual cuál cuales cuáles quien quién
		quienes quiénes como cómo es son dice dicen piensa piensan opina opinan postura posición posicion
		opinión y e o u con para por en entre su sus sobre acerca respecto hablan habla compara comparar
		países paises temas ayuda dime muestra cuál hay lo mas más también tambien esta está este gracias hola
		a va van cuanto cuánto cuantos cuántos cuanta cuánta cuantas cuántas desde antes después despues durante hasta
		quiere quieren puede pueden debe deben`,
	French: `le la les l un une des de du d au aux sur que quoi quel quelle quels quelles qui comment est
		sont dit disent pense pensent position avis et ou avec pour par en entre son sa ses leur leurs
		propos concernant parlent parle comparer compare pays thèmes themes aide dites montre il a ce
		cette ces qu est-ce quelle merci bonjour va vont depuis avant après apres début debut
		veut veulent peut peuvent doit doivent`,
}

// NewDetector builds a detector from the built-in function words plus
// lexicon words per language (theme phrases, glossary entries, country
// names in that language). Words are folded; a word listed for several
// languages speaks for each of them.
func NewDetector(lexicon map[string][]string) *Detector {
	d := &Detector{words: map[string]uint8{}}
	add := func(code, text string) {
		bit := bitOf(code)
		for _, w := range strings.Fields(text) {
			d.words[Fold(w)] |= bit
		}
	}
	for code, ws := range functionWords {
		add(code, ws)
	}
	for w := range functionSet {
		d.words[w] |= bitFunction
	}
	for code, ws := range lexicon {
		if bitOf(code) == 0 {
			continue
		}
		for _, w := range ws {
			for _, part := range splitWords(w) {
				if utf8.RuneCountInString(part) >= 3 {
					d.words[Fold(part)] |= bitOf(code)
				}
			}
		}
	}
	return d
}

func bitOf(code string) uint8 {
	for _, lb := range langBits {
		if lb.code == code {
			return lb.bit
		}
	}
	return 0
}

// splitWords splits text into words, keeping apostrophes inside a word.
func splitWords(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool { return !wordRune(r) })
}

// wordRune reports whether r belongs to a word (see splitWords).
func wordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '\''
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '’'
}

// eachWord calls fn with the words of splitWords(text), in order, without
// building the list (TestEachWordMatchesSplitWords).
func eachWord(text string, fn func(string)) { eachWordSkip(text, nil, fn) }

// eachWordSkip is eachWord with the bytes of skip read as spaces: the
// words of each piece of text between the spans (a span ends any word,
// as a space does).
func eachWordSkip(text string, skip []Span, fn func(string)) {
	eachPiece(text, skip, func(piece string) {
		start := -1
		for i, r := range piece {
			switch in := wordRune(r); {
			case in && start < 0:
				start = i
			case !in && start >= 0:
				fn(piece[start:i])
				start = -1
			}
		}
		if start >= 0 {
			fn(piece[start:])
		}
	})
}

// skipLetterPrefixes returns skip with the one-letter prefixes of text
// joined by a hyphen to a word added ("e-evidence", "e-government",
// "x-ray"): no function word, whatever the letter is alone (Spanish "e",
// "y", French "a"), also when a name the question blanks follows it
// ("e-Albania"); "a-t-il" keeps its "a": a lone letter and a hyphen follow.
// skip itself is returned, unallocated, when text holds none (nearly
// every text: a hyphen after a lone letter). A lone letter after a word
// and a hyphen is skipped too: the last letter of initials ("NITA-U",
// Uganda's agency), not Spanish "u" or "o" (asked22's "uganda nita-u" was
// answered in Spanish).
func skipLetterPrefixes(text string, skip []Span) []Span {
	// Bytes in skip read as spaces, as in the text with them blanked
	// (FuzzDetectBlanked: "A-AA" with "AA" blanked skipped its "A").
	letter := func(k int) bool { return k >= 0 && k < len(text) && isASCIILetter(text[k]) && !inSpans(skip, k) }
	word := func(k int) bool { return k >= 0 && k < len(text) && wordByte(text[k]) && !inSpans(skip, k) }
	var out []Span
	for i := strings.IndexByte(text, '-'); i >= 0; {
		if !inSpans(skip, i) && letter(i-1) && !word(i-2) && !(letter(i+1) && i+2 < len(text) && text[i+2] == '-' && !inSpans(skip, i+2)) {
			if out == nil {
				out = append(make([]Span, 0, len(skip)+1), skip...)
			}
			out = addSkip(out, Span{Lo: i - 1, Hi: i})
		}
		if !inSpans(skip, i) && letter(i-1) && letter(i-2) && letter(i+1) && !word(i+2) && (i+2 == len(text) || text[i+2] != '-' || inSpans(skip, i+2)) {
			if out == nil {
				out = append(make([]Span, 0, len(skip)+1), skip...)
			}
			out = addSkip(out, Span{Lo: i + 1, Hi: i + 2})
		}
		j := strings.IndexByte(text[i+1:], '-')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	if out == nil {
		return skip
	}
	return out
}

// skipLoneLetters returns skip with the lone letters of text added that
// cannot be Spanish conjunctions where they stand: Spanish writes "e" for
// "y" only before a word opening with an i sound ("Gran Bretaña e
// Irlanda"), and "u" for "o" only before an o sound ("siete u ocho"), so a
// lone "e" or "u" before any other word is an English user's shorthand
// ("el salvador e wallet security", "cuba and the u s embargo", "can u
// tell me"), and "y" before a slash is a yes/no ("y/n"). Each flipped a
// short English question to Spanish (esfr23; asked22's "nita u"). A lone
// letter with no word after it, or only a blanked name, is read as
// before. Bytes in skip read as spaces, as in the text with them blanked
// (FuzzDetectBlanked). skip itself is returned, unallocated, when text
// holds none.
func skipLoneLetters(text string, skip []Span) []Span {
	word := func(k int) bool { return k >= 0 && k < len(text) && wordByte(text[k]) && !inSpans(skip, k) }
	var out []Span
	for i := 0; i < len(text); i++ {
		c := text[i] | 0x20
		if c != 'e' && c != 'u' && c != 'y' || !isASCIILetter(text[i]) || word(i-1) || word(i+1) || inSpans(skip, i) {
			continue
		}
		drop := false
		if c == 'y' {
			drop = i+1 < len(text) && text[i+1] == '/' && !inSpans(skip, i+1)
		} else {
			j := i + 1
			for j < len(text) && !word(j) {
				j++
			}
			if j < len(text) {
				drop = !loneLetterFits(c, text[j:])
			}
		}
		if drop {
			if out == nil {
				out = append(make([]Span, 0, len(skip)+1), skip...)
			}
			out = addSkip(out, Span{Lo: i, Hi: i + 1})
		}
	}
	if out == nil {
		return skip
	}
	return out
}

// loneLetterFits reports whether the word opening next may follow Spanish
// conjunction c: "e" before an i sound (i, í, hi, hí, y before a vowel is
// rare in questions), "u" before an o sound (o, ó, ho, hó).
func loneLetterFits(c byte, next string) bool {
	if len(next) > 0 && next[0]|0x20 == 'h' {
		next = next[1:]
	}
	if next == "" {
		return false
	}
	switch c {
	case 'e':
		return next[0]|0x20 == 'i' || strings.HasPrefix(next, "í") || strings.HasPrefix(next, "Í")
	case 'u':
		return next[0]|0x20 == 'o' || strings.HasPrefix(next, "ó") || strings.HasPrefix(next, "Ó")
	}
	return true
}

// inSpans reports whether byte offset i lies in one of spans (a
// question's few blanked names).
func inSpans(spans []Span, i int) bool {
	for _, sp := range spans {
		if sp.Lo <= i && i < sp.Hi {
			return true
		}
	}
	return false
}

// wordByte reports whether ASCII byte b may be part of a word (a byte of
// a multi-byte rune counts as one).
func wordByte(b byte) bool { return isASCIILetter(b) || '0' <= b && b <= '9' || b == '\'' || b >= 0x80 }

// addSkip inserts sp into the ordered, apart spans (sp overlaps none: it
// is a letter outside every name).
func addSkip(spans []Span, sp Span) []Span {
	i := len(spans)
	for i > 0 && spans[i-1].Lo > sp.Lo {
		i--
	}
	if i > 0 && spans[i-1].Hi > sp.Lo {
		return spans // inside a name already blanked
	}
	return slices.Insert(spans, i, sp)
}

// isASCIILetter reports whether b is an ASCII letter.
func isASCIILetter(b byte) bool { return 'a' <= b|0x20 && b|0x20 <= 'z' }

// eachPiece calls fn with each run of text outside the spans (ordered
// and apart, as DetectBlanked takes them), in order. Reading the pieces
// rather than asking of every rune whether a span holds it (a binary
// search a rune, twice over each question) was a fifth of detecting a
// question's language (TestDetectBlankedMatchesCopy, FuzzDetectBlanked).
func eachPiece(text string, skip []Span, fn func(string)) {
	lo := 0
	for _, sp := range skip {
		if sp.Lo > lo {
			fn(text[lo:min(sp.Lo, len(text))])
		}
		lo = max(lo, min(sp.Hi, len(text)))
	}
	if lo < len(text) {
		fn(text[lo:])
	}
}

// Weights of each kind of evidence. Diacritics and punctuation that only
// one language writes are strong; a function word is strong; a lexicon
// word (which may be shared: "attribution" is English and French) is
// weaker; a suffix typical of one language is weakest.
const (
	wMark     = 3.0 // ¿ ¡ ñ (es); ç œ è ê à ù û î ï ë â ô (fr)
	wAccent   = 1.5 // á í ó ú (es) — é is both
	wElision  = 2.0 // l' d' qu' (fr)
	wFunction = 2.0
	wLexicon  = 1.0
	wSuffix   = 0.5
)

// Detect scores a text for English, Spanish and French. It leaves
// Result.Evidence nil: it runs on every question, and writing a line of
// evidence per word was a third of its time (TestDetectUnchanged holds it
// to Explain, which writes them).
func (d *Detector) Detect(text string) Result { return d.detect(text, false) }

// Explain is Detect with Result.Evidence filled in, for explain views and
// tests.
func (d *Detector) Explain(text string) Result { return d.detect(text, true) }

// Span is the bytes [Lo, Hi) of a text; both ends on rune boundaries.
type Span struct{ Lo, Hi int }

// DetectBlanked is Detect(text with every byte of the spans replaced by a
// space), without making that text: the bot blanks the country names it
// found in every question before detecting its language, and the copy
// was two allocations a question (TestDetectBlankedMatchesCopy). spans
// are in increasing order and do not overlap.
func (d *Detector) DetectBlanked(text string, spans []Span) Result {
	return d.detectSkip(text, spans, false)
}

// ExplainBlanked is Explain(text with the spans blanked); see DetectBlanked.
func (d *Detector) ExplainBlanked(text string, spans []Span) Result {
	return d.detectSkip(text, spans, true)
}

// detect does the work of Detect and Explain. It keeps its scores in an
// array and, when explaining, writes every line of evidence into one
// buffer, cut into strings at the end (one allocation for all of them
// rather than one or two per word).
func (d *Detector) detect(text string, explain bool) Result {
	return d.detectSkip(text, nil, explain)
}

// detectSkip is detect on text with the bytes of skip read as spaces: no
// mark or word is read there (a space is neither).
func (d *Detector) detectSkip(text string, skip []Span, explain bool) Result {
	var sc [3]float64 // in the order of langBits
	var buf []byte
	var endsArr [16]int
	ends := endsArr[:0]
	note := func(li int, w float64, why, why2 string) {
		sc[li] += w
		if explain {
			buf = appendEvidence(buf, why, why2, langBits[li].code, w)
			ends = append(ends, len(buf))
		}
	}
	const en, es, fr = 0, 1, 2
	eachPiece(text, skip, func(piece string) {
		for _, r := range piece {
			switch r {
			case '¿', '¡', 'ñ', 'Ñ':
				note(es, wMark, string(r), "")
			case 'ç', 'Ç', 'œ', 'Œ', 'è', 'È', 'ê', 'Ê', 'à', 'À', 'ù', 'û', 'î', 'ï', 'ë', 'â', 'ô', 'Ô':
				note(fr, wMark, string(r), "")
			case 'á', 'Á', 'í', 'Í', 'ó', 'Ó', 'ú', 'Ú':
				note(es, wAccent, string(r), "")
			case 'é', 'É':
				note(es, wAccent/3, string(r), "")
				note(fr, wAccent/3, string(r), "")
			}
		}
	})
	skip = skipLetterPrefixes(text, skip) // "e-evidence": a prefix, not Spanish "e" (asked11)
	skip = skipLoneLetters(text, skip)    // "e wallet", "the u s blockade", "y/n": no Spanish "e", "u", "y" (esfr23)
	eachWordSkip(text, skip, func(raw string) {
		w := Fold(raw)
		if rest, ok := StripElision(w); ok && rest != "s" && rest != "t" {
			// "l'Inde", "d'approvisionnement"; not English "don't", "it's".
			if !strings.HasSuffix(w, "n't") {
				note(fr, wElision, raw, "")
				w = rest
			}
		}
		bits, known := d.words[w]
		if !known {
			if s := suffixLang(w); s != "" && (s == English || d.EnglishWord == nil || !d.EnglishWord(w)) {
				note(langIndex(s), wSuffix, raw, " (ending)")
			}
			return
		}
		weight := wLexicon
		if bits&bitFunction != 0 {
			weight = wFunction
		}
		for li, lb := range langBits {
			if bits&lb.bit != 0 {
				note(li, weight/float64(popcount(bits&langMask)), raw, "")
			}
		}
	})
	var ev []string
	if len(ends) > 0 {
		all := string(buf)
		ev = make([]string, len(ends))
		start := 0
		for i, e := range ends {
			ev[i] = all[start:e]
			start = e
		}
	}
	return decideScores(sc, nil, ev, explain)
}

// langIndex is the index of a language in langBits.
func langIndex(code string) int {
	for i, lb := range langBits {
		if lb.code == code {
			return i
		}
	}
	panic("lang: no language " + code) // suffixLang returns only the three
}

// Knows reports whether a word is in any language's lists (function
// words or lexicon), so callers never take it for a misspelt name.
func (d *Detector) Knows(word string) bool {
	_, ok := d.words[Fold(word)]
	return ok
}

var functionSet = func() map[string]bool {
	m := map[string]bool{}
	for _, ws := range functionWords {
		for _, w := range strings.Fields(ws) {
			m[Fold(w)] = true
		}
	}
	return m
}()

func isFunctionWord(w string) bool { return functionSet[w] }

func popcount(b uint8) int {
	n := 0
	for ; b != 0; b &= b - 1 {
		n++
	}
	return n
}

// suffixLang gives the language a word's ending is typical of, for words
// no list knows.
func suffixLang(w string) string {
	if utf8.RuneCountInString(w) < 6 {
		return ""
	}
	for _, s := range []struct{ suf, code string }{
		{"cion", Spanish}, {"ciones", Spanish}, {"idad", Spanish}, {"idades", Spanish}, {"mente", Spanish},
		{"ite", French}, {"ites", French}, {"eux", French}, {"euse", French}, {"ement", French},
		{"ing", English}, {"ness", English}, {"ship", English},
	} {
		if strings.HasSuffix(w, s.suf) {
			return s.code
		}
	}
	return ""
}

// decide turns scores into a result: a single winner, or a tie. Scores
// closer than tieMargin are a tie.
func decide(sc map[string]float64, ev []string, explained bool) Result {
	return decideScores([3]float64{sc[English], sc[Spanish], sc[French]}, sc, ev, explained)
}

// decideScores is decide on the three languages' scores in the order of
// All (English, Spanish, French, as langBits); m is the same scores as a
// map for Result.Scores, made here when nil on a result of Explain (Detect
// leaves Scores nil: see ScoreMap). The ranking works on the
// array and the candidates are shared, read-only prefixes of the six
// orders (candidateLists): the map probes and the order slice were a
// third of detecting a question's language (TestDecideScoresMatchesMap).
func decideScores(sc [3]float64, m map[string]float64, ev []string, explained bool) Result {
	const tieMargin = 0.25
	order := [3]int{0, 1, 2}
	// A stable insertion sort, highest score first.
	for i := 1; i < len(order); i++ {
		for j := i; j > 0 && sc[order[j]] > sc[order[j-1]]; j-- {
			order[j], order[j-1] = order[j-1], order[j]
		}
	}
	top := sc[order[0]]
	n := 0
	for i, c := range order {
		if top-sc[c] < tieMargin {
			n = i + 1 // sorted, so the tied ones are a prefix
		}
	}
	if m == nil && explained {
		m = map[string]float64{English: sc[0], Spanish: sc[1], French: sc[2]}
	}
	cands := candidateLists[order[0]*9+order[1]*3+order[2]][n-1]
	r := Result{Scores: m, Evidence: ev, Candidates: cands, explained: explained, scores: sc}
	if n == 1 {
		r.Lang = cands[0]
	}
	return r
}

// candidateLists holds, for each order of the three languages (indexed by
// 9a+3b+c for the order a, b, c of indices into All), its prefixes of one,
// two and three languages, each with its capacity at its length so that
// an append copies. Result.Candidates shares them: never written.
var candidateLists = func() [27][3][]string {
	var t [27][3][]string
	for a := range 3 {
		for b := range 3 {
			for c := range 3 {
				if a == b || b == c || a == c {
					continue
				}
				full := []string{All[a], All[b], All[c]}
				for n := 1; n <= 3; n++ {
					t[a*9+b*3+c][n-1] = full[:n:n]
				}
			}
		}
	}
	return t
}()

// Score returns the evidence for one language (English, Spanish or
// French; 0 for any other), without the map ScoreMap makes.
func (r Result) Score(code string) float64 {
	for i, c := range All {
		if c == code {
			return r.scores[i]
		}
	}
	return 0
}
