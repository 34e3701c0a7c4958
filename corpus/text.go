package corpus

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/kljensen/snowball/english"
)

// Token is one word of a text, as typed and normalised.
type Token struct {
	Orig  string // the word as written, possessive and punctuation removed ("U.S.", "Peru")
	Lower string // lower-cased, quotes unified, dots of abbreviations removed ("us", "peru")
	Start int    // byte offset of the word in the text
	End   int    // byte offset just past the word (before any possessive)
	// Gap is the punctuation between the previous token and this one
	// ("", ",", ".", "(", ...), spaces removed. SentStart is set when a
	// sentence boundary lies before this token.
	Gap       string
	SentStart bool
	// Poss: the word carried a possessive ('s or s). (Beside SentStart,
	// the two booleans share one word: a token is 72 bytes, not 80; a
	// paragraph's tokens are written and read several times over.)
	Poss bool
}

// Tokenize splits text into words. Apostrophes inside words are kept
// ("state's" is split into "state" with Poss set), hyphens split words
// ("due-diligence" gives "due" and "diligence"), and dotted abbreviations
// are joined ("E.U." gives "EU").
func Tokenize(text string) []Token {
	toks := make([]Token, 0, len(text)/6)
	return appendTokens(toks, text)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// asciiWord marks the ASCII bytes isWordRune accepts (letters and digits):
// appendTokens reads ASCII text a byte at a time, without decoding runes
// (TestTokensASCIIFastPath).
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		t[c] = isWordRune(rune(c))
	}
	return t
}()

// wordRuneAt reports whether text[i:] starts with a word rune, and that
// rune's size.
func wordRuneAt(text string, i int) (bool, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return asciiWord[c], 1
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r), size
}

func appendTokens(toks []Token, text string) []Token {
	return appendTokensWith(toks, text, nil, nil)
}

// appendTokensWith is appendTokens; lower, when not nil, gives a word's
// lower-case form in place of lowerWord (see analysisTokens), and abbrev
// is told the lower-case form of each dotted abbreviation's token.
func appendTokensWith(toks []Token, text string, lower func(w string) string, abbrev func(lower string)) []Token {
	i := 0
	gapStart := 0
	sentStart := true
	for i < len(text) {
		// (The ASCII tests are written out here and below: wordRuneAt is
		// not inlined, and it was a call for every byte of every paragraph.)
		if c := text[i]; c < utf8.RuneSelf && !asciiWord[c] {
			i++
			continue
		}
		ok, size := wordRuneAt(text, i)
		if !ok {
			i += size
			continue
		}
		gap := strings.TrimSpace(text[gapStart:i])
		start := i
		// Dotted abbreviation: single letters separated by dots (U.S., E.U.).
		if abbr, n := dottedAbbrev(text[i:]); n > 0 {
			if sentEnds(gap) {
				sentStart = true
			}
			poss := abbrevPossessive(text[i+n:])
			toks = append(toks, Token{Orig: text[i : i+n], Lower: strings.ToLower(abbr), Start: i, End: i + n, Gap: gap, SentStart: sentStart, Poss: poss > 0})
			if abbrev != nil {
				abbrev(toks[len(toks)-1].Lower)
			}
			sentStart = false
			i += n + poss
			gapStart = i
			// An abbreviation's final dot may also end the sentence; we
			// cannot tell, so we leave SentStart to the next capital-led gap.
			continue
		}
		j := i
		for j < len(text) {
			if c := text[j]; c < utf8.RuneSelf && asciiWord[c] {
				j++
				continue
			}
			ok, size := wordRuneAt(text, j)
			if ok {
				j += size
				continue
			}
			// An apostrophe between letters stays in the word (don't, state's).
			if r, _ := utf8.DecodeRuneInString(text[j:]); isApos(r) && j+size < len(text) {
				r2, _ := utf8.DecodeRuneInString(text[j+size:])
				if unicode.IsLetter(r2) {
					j += size
					continue
				}
			}
			break
		}
		word := text[start:j]
		end := j
		poss := false
		if k := possessiveCut(word); k >= 0 {
			word = word[:k]
			end = start + k
			poss = true
		} else if j < len(text) {
			// Plural possessive: "states’ duty".
			r, size := utf8.DecodeRuneInString(text[j:])
			if isApos(r) && strings.HasSuffix(word, "s") {
				next, _ := utf8.DecodeRuneInString(text[j+size:])
				if j+size >= len(text) || !unicode.IsLetter(next) {
					poss = true
				}
			} else if r == '.' && shortAbbrevWord(word) {
				// "the Dom. Rep.'s representative": the abbreviation's
				// possessive, as after "U.K." (see abbrevPossessive).
				if n := abbrevPossessive(text[j+1:]); n > 0 {
					poss = true
					j += 1 + n
				}
			}
		}
		if sentEnds(gap) && !(gap == "." && len(toks) > 0 && titleAbbrev(toks[len(toks)-1].Orig)) {
			sentStart = true
		}
		var lw string
		if lower != nil {
			lw = lower(word)
		} else {
			lw = lowerWord(word)
		}
		toks = append(toks, Token{Orig: word, Lower: lw, Start: start, End: end, Poss: poss, Gap: gap, SentStart: sentStart})
		sentStart = false
		i = j
		gapStart = j
	}
	return toks
}

// sentEnds reports whether punctuation between two words ends a sentence.
func sentEnds(gap string) bool {
	// A byte loop, not strings.ContainsAny (which walks its set rune by
	// rune for each byte; 3% of a load's analysis): the marks are ASCII,
	// and no byte of a multi-byte character is. TestSentEndsLowerWord.
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case '.', '!', '?', ';':
			return true
		}
	}
	return false
}

// abbrevPossessive returns the length of the possessive "'s" that
// follows a dotted abbreviation ("the U.K.'s representative"), or 0.
func abbrevPossessive(s string) int {
	for _, suf := range []string{"'s", "’s"} {
		if strings.HasPrefix(s, suf) {
			if r, _ := utf8.DecodeRuneInString(s[len(suf):]); len(s) == len(suf) || !unicode.IsLetter(r) {
				return len(suf)
			}
		}
	}
	return 0
}

// shortAbbrevWord reports a capitalised word of two to four ASCII
// letters, as the abbreviations of names are ("Rep", "Dom", "Is").
func shortAbbrevWord(w string) bool {
	if len(w) < 2 || len(w) > 4 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// possessiveCut returns the index where a trailing 's starts, or -1.
func possessiveCut(w string) int {
	if n := len(w); n < 3 || w[n-1] != 's' && w[n-1] != 'S' {
		return -1 // every suffix below ends in s and needs a letter before it
	}
	for _, suf := range []string{"'s", "’s", "'S", "’S", "ʼs"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return len(w) - len(suf)
		}
	}
	return -1
}

// dottedAbbrev recognises "U.S." / "E.U." / "U.S.A." at the start of s and
// returns the letters ("US") and the byte length consumed.
func dottedAbbrev(s string) (string, int) {
	if len(s) == 0 {
		return "", 0
	}
	if c := s[0]; c < utf8.RuneSelf && (c < 'A' || c > 'Z' || len(s) < 2 || s[1] != '.') {
		// Most words: an ASCII letter that is not a capital before a dot
		// cannot start one (the loop below would stop at once), and it was
		// a rune decode and a Builder per word of every paragraph.
		return "", 0
	}
	var b strings.Builder
	i := 0
	for {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsUpper(r) || i+size >= len(s) || s[i+size] != '.' {
			break
		}
		b.WriteRune(r)
		i += size + 1
		if i >= len(s) {
			break
		}
	}
	if b.Len() < 2 {
		return "", 0
	}
	// Not an abbreviation if a letter follows directly ("U.S.based" is rare; accept).
	return b.String(), i
}

// lowerWord lower-cases a word and unifies apostrophes.
// curlyApostrophes is built once: a strings.Replacer builds its table on
// first use.
var curlyApostrophes = strings.NewReplacer("’", "'", "ʼ", "'")

func lowerWord(w string) string {
	upper := false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= utf8.RuneSelf:
			return lowerUnicode(w)
		case c >= 'A' && c <= 'Z':
			upper = true
		}
	}
	if !upper {
		return w
	}
	return strings.ToLower(w) // ASCII: no curly apostrophe to unify
}

// lowerUnicode is lowerWord for a word with a non-ASCII byte.
func lowerUnicode(w string) string {
	w = strings.ToLower(w)
	if strings.ContainsAny(w, "’ʼ") {
		w = curlyApostrophes.Replace(w)
	}
	return w
}

// stemCache memoises Stem: the vocabulary of a corpus is small compared
// with its token count, so each distinct word is stemmed once. It is
// cleared when it reaches stemCacheMax words, so a long-running bot that
// reloads many corpora does not keep every word it ever saw.
var (
	stemCache     sync.Map // string -> string
	stemCacheSize atomic.Int64
)

var stemCacheMax int64 = 1 << 20 // a variable so tests can lower it

// stemFront is the direct-mapped cache in front of stemCache (see
// frontMemo): 8,192 slots, 64 KB and the words they hold.
var stemFront = newFrontMemo(1 << 13)

// cloneKeyed returns a copy of key, and val, made a view of that copy
// when it views key. A stem is often its word or a prefix of it
// (stemWord returns the word itself when no rule touches it), and key is
// often part of a paragraph's text: a memo that kept such a val would
// keep the whole paragraph (TestParseCoderLetsTextGo,
// TestStemMemoKeepsNoText).
func cloneKeyed(key, val string) (string, string) {
	k := strings.Clone(key)
	if views(val, key) {
		off := int(uintptr(unsafe.Pointer(unsafe.StringData(val))) - uintptr(unsafe.Pointer(unsafe.StringData(key))))
		return k, k[off : off+len(val)]
	}
	return k, val
}

// Stem returns the Snowball English stem of a lower-case word after
// unifying British and American spellings (militarisation and
// militarization stem alike).
func Stem(lower string) string {
	if s, ok := stemFront.get(lower); ok {
		return s
	}
	if v, ok := stemCache.Load(lower); ok {
		s := v.(string)
		stemFront.put(lower, s)
		return s
	}
	k, s := cloneKeyed(lower, stemWord(lower))
	stemFront.put(k, s)
	if _, loaded := stemCache.LoadOrStore(k, s); !loaded {
		if stemCacheSize.Add(1) > stemCacheMax {
			stemCache.Clear()
			stemCacheSize.Store(0)
		}
	}
	return s
}

// stemWord is Stem without the memo, for callers that keep their own
// (the index build memoises per load, so a load does not fill the
// process-wide cache with every word of the corpus).
func stemWord(lower string) string {
	if stemsToItself(lower) {
		return lower
	}
	st := english.Stem(americanise(lower), false)
	if fams, ok := overstemmed[st]; ok {
		for _, f := range fams {
			if strings.HasPrefix(lower, f.prefix) {
				return f.stem
			}
		}
	}
	return st
}

// overstemmed lists the Snowball stems that join two word families of
// this domain with unrelated meanings, and the words to keep apart by
// their beginning: "hospitality" is not "hospitals" (a French question
// on "hôpitaux" was answered first by "thanked the Lao side for the warm
// hospitality"), "informal consultations" not "information", "internal
// affairs" not "international", "critical infrastructure" not
// "criticised", "university" not "universal", "the authorities" not "the
// author". The words kept apart stem to their own family name, on the
// index's side and the question's alike (TestOverstemmedApart).
var overstemmed = map[string][]struct{ prefix, stem string }{
	"hospit":  {{"hospitalit", "hospitality"}, {"hospitab", "hospitality"}},
	"inform":  {{"informal", "informal"}},
	"intern":  {{"internal", "internal"}},
	"critic":  {{"critical", "critical"}},
	"univers": {{"universit", "university"}},
	"author":  {{"authorit", "authority"}},
}

// stemsToItself reports whether stemWord leaves w as it is, from its
// bytes alone: w is ASCII letters and digits and ends in a byte no step
// of the stemmer or of americanise looks at. Snowball's English steps
// (kljensen/snowball/english: step0 to step5, the special words) each
// act only on a word that ends in one of their suffixes, and every
// suffix, special word and British form ends in one of
// "'cdegilmnrsty"; the preprocessing touches only apostrophes and y.
// So a word ending in any other letter or in a digit ("agenda", "also",
// "2024", and most invented names) goes through unchanged, and is not
// taken apart into runes nine times over to find that out: at -dup 8 the
// load's ~200k distinct words were 0.19 s of CPU in the stemmer
// (docs/PERFORMANCE.md, "Load CPU, third pass"). TestStemsToItself holds
// it to the stemmer.
func stemsToItself(w string) bool {
	if len(w) == 0 || !inertEnd[w[len(w)-1]] {
		return false
	}
	for i := 0; i < len(w)-1; i++ {
		if c := w[i]; (c < 'a' || c > 'z') && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// inertEnd marks the last bytes stemsToItself accepts.
var inertEnd = func() (t [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = !strings.ContainsRune("cdegilmnrsty", c)
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	return t
}()

// spelling maps British forms that suffix rules do not cover.
var spelling = map[string]string{
	"defence": "defense", "defences": "defenses", "offence": "offense", "offences": "offenses",
	"licence": "license", "centre": "center", "centres": "centers", "programme": "program",
	"programmes": "programs", "judgement": "judgment", "catalogue": "catalog", "dialogue": "dialog",
	"dialogues": "dialogs", "modelling": "modeling", "labelled": "labeled", "travelling": "traveling",
	"cancelled": "canceled", "fulfil": "fulfill", "enrol": "enroll", "analyse": "analyze",
	"analysed": "analyzed", "analysing": "analyzing", "paralyse": "paralyze", "cheque": "check",
	// Words of the field people type in the other spelling: "fiber optic cables", "gray zone", "signaling".
	"fibre": "fiber", "fibres": "fibers", "theatre": "theater", "theatres": "theaters", "manoeuvre": "maneuver",
	"manoeuvres": "maneuvers", "grey": "gray", "ageing": "aging", "sceptical": "skeptical", "sceptic": "skeptic",
	"sceptics": "skeptics", "scepticism": "skepticism", "practise": "practice", "practised": "practiced",
	"practises": "practices", "practising": "practicing", "pretence": "pretense", "enrolment": "enrollment",
	"signalling": "signaling", "signalled": "signaled", "modelled": "modeled", "channelled": "channeled",
	"fuelled": "fueled", "levelled": "leveled", "counselling": "counseling", "metre": "meter", "metres": "meters",
}

// americanise rewrites British spellings to American ones so both stem alike.
func americanise(w string) string {
	if a, ok := spelling[w]; ok {
		return a
	}
	if len(w) < 6 {
		return w
	}
	for _, r := range [...][2]string{
		{"isations", "izations"}, {"isation", "ization"}, {"ising", "izing"}, {"ised", "ized"},
		{"ises", "izes"}, {"iser", "izer"}, {"ise", "ize"},
		{"ours", "ors"}, {"oured", "ored"}, {"ouring", "oring"}, {"our", "or"},
	} {
		if strings.HasSuffix(w, r[0]) {
			return w[:len(w)-len(r[0])] + r[1]
		}
	}
	return w
}

// stopWords are words that carry no topic: they are never indexed and
// never searched for.
var stopWords = toSet(`a about above after again against all also am an and any are aren't as at be because been before
being below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each
few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself
his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my myself no nor not of
off on once only or other ought our ours ourselves out over own same shan't she she'd she'll she's should shouldn't so
some such than that that's the their theirs them themselves then there there's these they they'd they'll they're they've
this those through to too under until up very was wasn't we we'd we'll we're we've were weren't what what's when when's
where where's which while who who's whom why why's with won't would wouldn't you you'd you'll you're you've your yours
yourself yourselves us i.e e.g ie eg etc via per`)

func toSet(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// IsStopWord reports whether a lower-case word is a stop word.
func IsStopWord(lower string) bool { return stopWords[lower] }

// Stems returns the stems of the content words of text, in order.
func Stems(text string) []string {
	var out []string
	for _, t := range Tokenize(text) {
		if stopWords[t.Lower] {
			continue
		}
		out = append(out, Stem(t.Lower))
	}
	return out
}

// titleAbbrev reports an abbreviation that stands before a name, whose dot
// ends no sentence: "St." and "Ste." ("St. Lucia stressed …" is one
// sentence, with Saint Lucia its subject; read as two, the paragraph had no
// subject and went to the previous holder), and a person's title: "The
// Minister of Foreign Affairs of Zambia, Mr. Banda, presented …" was cut
// after "Mr." and held by the country before it (TestTitleAbbrevSentence).
func titleAbbrev(w string) bool {
	switch w {
	case "St", "Ste", "M", "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Amb", "Hon", "Sr", "Sra", "Srta", "Dra", "Mme", "Mmes", "Mlle", "MM", "Excmo", "Excma":
		return true
	}
	return false
}
