package bot

import (
	"context"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/corpus/lang"
)

// reading is a question as the bot reads it: its language and, for
// Spanish and French, the English the matcher works on.
type reading struct {
	Lang      string
	Detection lang.Result
	English   string
	Steps     []corpus.Step
	// asked is the question as typed with its tokens, for the matcher to
	// reuse when it reads the same text (an English question without
	// chat noise) instead of tokenising it again.
	asked tokenized
	// dates are the date words cut from a Spanish or French question as
	// typed, before its translation (see cutDatesESFR).
	dates dateAsk
}

// tokenized is a text with its tokens (corpus.Tokenize(text)) and,
// when scannedOK is set, the gazetteer's reading of them for the matcher
// (Scan(toks, true, questionKnown(c))), held by value: a pointer to it
// was one more allocation per question.
type tokenized struct {
	text      string
	toks      []corpus.Token
	names     corpus.Reading
	scannedOK bool
}

// scanned returns t's gazetteer reading when t holds that very text.
func (t *tokenized) scanned(text string) *corpus.Reading {
	if t.scannedOK && t.toks != nil && t.text == text {
		return &t.names
	}
	return nil
}

// tokens returns the tokens of text: t's when t holds that very text.
func (t tokenized) tokens(text string) []corpus.Token {
	if t.toks != nil && t.text == text {
		return t.toks
	}
	return corpus.Tokenize(text)
}

// readQuestion detects the language of text and translates it to the
// English the matcher reads. pinned is the room's configured language and
// thread the language of the conversation so far; they decide ties only
// (see lang.Resolve).
func readQuestion(c *corpus.Corpus, text, pinned, thread string) reading {
	tr := c.Translator()
	text = flagNames(c, text) // a flag is a name in any language
	if strings.IndexByte(text, ':') >= 0 {
		// An :emoji_code: is no word of any language: ":thinking_face:"
		// made "face" French ("face à", versus) and the question a
		// French comparison. cleanChat drops them from the matcher's
		// text; the language is read without them too.
		text = emojiCodeRe.ReplaceAllString(text, " ")
	}
	text = cutCourtesy(text) // "asking for a friend", "por si acaso": no topic (courtesy.go)
	toks := corpus.Tokenize(text)
	// One gazetteer pass for the language and, for an English question
	// read as typed, the matcher's names.
	det, names := tr.DetectAndScan(text, toks, c.Gazetteer, questionKnown(c))
	code := lang.Resolve(det, lang.Normalize(pinned), lang.Normalize(thread))
	rd := reading{Lang: code, Detection: det, English: text, asked: tokenized{text, toks, names, true}}
	if code == lang.English {
		// Spanish and French topic words in an English question
		// ("who talks about desinformacion") are read in English.
		// Only where some word spoke for Spanish or French: a plain
		// English question pays nothing (BenchmarkCodeSwitchedEnglish).
		if det.Score(lang.Spanish) == 0 && det.Score(lang.French) == 0 {
			return rd
		}
		if en, steps, ok := tr.CodeSwitched(text, toks, names.Covers); ok {
			rd.English, rd.Steps = en, steps
		}
		rd.English, rd.dates = cutDatesSwitched(det, rd.English)
		return rd
	}
	src, dates := cutDatesESFR(code, text)
	src = cutSaidPlace(c.Gazetteer, src) // "qu'a dit le sénégal à genève": a venue (saidplace.go)
	t := tr.Translate(code, src, c.Gazetteer, c.KnownWord)
	rd.English, rd.Steps = t.English, t.Steps
	rd.English = whoReading(toks, rd.English)
	rd.dates = dates
	return rd
}

// whoReading gives back its who-word to the English reading of a Spanish
// or French question that opens with one before a verb ("¿quién apoya a
// ucrania?", "quels pays parlent de la russie", read "supports ucrania",
// "countries talk russie"): without it a country after the verb read as
// the one asked, and its own statements answered who speaks of it
// (whoVerbObject; TestWhoVerbObject). A copula after it ("¿quién es
// …?", "qui est …") asks no speaker and is left as read.
func whoReading(toks []corpus.Token, english string) string {
	if len(toks) < 3 || strings.HasPrefix(english, "who ") || strings.HasPrefix(english, "which ") {
		return english
	}
	first, next := corpus.Fold(toks[0].Lower), corpus.Fold(toks[1].Lower)
	verb, _, _ := strings.Cut(english, " ")
	switch {
	case (first == "quien" || first == "quienes" || first == "qui") && !whoCopula[next] &&
		(intentWords[verb] || speechVerbs[verb] || accuseVerbs[verb] || stanceVerbs[verb]):
		// Only a verb of speaking or taking sides: "qui a remporté les
		// élections en moldavie" asks no speaker, and its "en" is gone
		// from the reading.
		return "who " + english
	case whichLeads[first] &&
		whoAskerNouns[next] && (strings.HasPrefix(english, "countries ") || strings.HasPrefix(english, "country ") || regionKept(english, next)):
		return "which " + english
	case first == "combien" && (next == "de" || next == "d") && whoAskerNouns[corpus.Fold(toks[2].Lower)] &&
		(strings.HasPrefix(english, "countries ") || regionKept(english, corpus.Fold(toks[2].Lower))):
		return "which " + english
	}
	return english
}

// regionKept reports whether an English reading opens with the asker
// noun as typed: a region's name that holds it ("países africanos",
// "pays d'Afrique de l'Ouest") is kept whole by the reading, where
// "¿cuántos países africanos…?" lost its who-word and compared every
// African country (amongRegion).
func regionKept(english, noun string) bool {
	w, _, _ := strings.Cut(english, " ")
	return corpus.Fold(strings.ToLower(w)) == noun
}

// whoAskerNouns after "qué", "cuáles", "quels" ask which speakers.
// Folded.
var whoAskerNouns = toSet(`paises pais estados gobiernos delegaciones naciones pays etats gouvernements delegations nations`)

// whichLeads before an asker noun ask which speakers ("qué países",
// "cuántos países", "¿algún país africano…?", "quels pays"). Folded.
var whichLeads = toSet(`que cuales cuantos cuantas algun alguno alguna ningun ninguno quels quelles quel quelle aucun aucune`)

// whoCopula after a who-word ask who someone is, not who speaks. Folded.
var whoCopula = toSet(`es son era fue est sont etait`)

// cutDatesSwitched cuts the Spanish or French date words of an English
// question that has some of those languages' words ("who talks about
// critical infrastructure desde 2026", which a thread's "¿quién más?" then
// "¿y desde 2026?" rewrite to): the English date reader knows none of
// them, and the date was lost. The language with more words goes first.
func cutDatesSwitched(det lang.Result, text string) (string, dateAsk) {
	codes := [2]string{lang.Spanish, lang.French}
	if det.Score(lang.French) > det.Score(lang.Spanish) {
		codes[0], codes[1] = codes[1], codes[0]
	}
	if !switchedDateWord(text) {
		return text, dateAsk{}
	}
	for _, code := range codes {
		if det.Score(code) == 0 || !mayHaveDatesESFR(text) {
			continue
		}
		if cut, d := cutDatesESFR(code, text); len(d.phrases) > 0 {
			return cut, d
		}
	}
	return text, dateAsk{}
}

// switchedDates are whole words that open or make a Spanish or French
// date phrase (folded): an English question's own words ("India", "times",
// "another", "approach") hold mayHaveDatesESFR's fragments ("dia", "mes",
// "ano", "apr"), and running the Spanish and French date expressions on
// every English question doubled a comparison's cost (BenchmarkAsk).
var switchedDates = toSet(`desde hasta entre despues antes tras durante depuis jusqu apres avant pendant durant
ano anos año años mes meses mois an ans annee annees semana semanas semaine semaines dias jours
reciente recientes recientemente ultimo ultima ultimos ultimas pasado pasada recent recente recentes recemment
dernier derniere derniers dernieres dernierement passe passee nuevo novedad novedades neuf nouveau nouveautes nouvelles
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre`)

// switchedDateWord reports whether text has a word of switchedDates. It
// reads ASCII words in place, lower-cased in a buffer (a map index with
// string(buf) does not allocate), and folds only a word with an accent:
// it runs on every question read as English.
func switchedDateWord(text string) bool {
	var buf [12]byte
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		j, ascii := i, true
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r) {
				break
			}
			ascii = ascii && r < utf8.RuneSelf
			j += n
		}
		w := text[i:j]
		i = j
		if len(w) < 2 || len(w) > 2*len(buf) {
			continue
		}
		if !ascii {
			if switchedDates[lang.Fold(strings.ToLower(w))] {
				return true
			}
			continue
		}
		if len(w) > len(buf) {
			continue
		}
		for k := 0; k < len(w); k++ {
			c := w[k]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[k] = c
		}
		if switchedDates[string(buf[:len(w)])] {
			return true
		}
	}
	return false
}

// LanguageOf returns the language q is written in, as the bot would
// answer it: the thread's reply language when set, else what its words
// say, ties going to the room's pinned language, then the thread's, then
// English. Chat commands use it for their replies and a subscription
// remembers it for its digests.
func (b *Bot) LanguageOf(q Question) string {
	if l := lang.Normalize(q.ReplyLang); l != "" {
		return l
	}
	return readQuestion(b.Corpus(), strings.TrimSpace(q.Text), q.Lang, b.threads.get(q)).Lang
}

// askIn answers a question in its own language: the question is read as
// English by the matcher, and the reply says which language it was asked
// in so that the bot's words are in that language.
func (b *Bot) askIn(q Question, n int, explain bool) Reply {
	c := b.Corpus()
	text := strings.TrimSpace(q.Text)
	asked := text
	if t, k := cutCount(text); k > 0 {
		text, n = t, k // "top 3", "give me 2 statements": read without the number
	}
	text, asks := cutReplyLang(text) // "… in Spanish please": the reply's language, not a topic
	if quote, own, ok := whoSaidQuote(text); ok && !explain {
		// "… who said this?": the statements holding the words (whosaid.go).
		code := asks
		if l := lang.Normalize(q.ReplyLang); l != "" {
			code = l
		}
		if code == "" {
			code = readQuestion(c, own, q.Lang, b.threads.get(q)).Lang
		}
		r := answerWhoSaid(c, code, quote, n)
		r.Query = asked
		localizeNames(c, &r, code)
		return r
	}
	rd := readQuestion(c, text, q.Lang, b.threads.get(q))
	reply := rd.Lang
	if asks != "" {
		reply = asks
	}
	if l := lang.Normalize(q.ReplyLang); l != "" {
		reply = l
	}
	if !explain && thanksOnly(rd.asked.toks) {
		r := newReply(asked, IntentNone)
		r.Lang, r.Message = reply, T(reply, msgThanks)
		return r
	}
	if !explain && ackOnly(text) {
		r := newReply(asked, IntentNone)
		r.Lang, r.Message = reply, T(reply, msgAck)
		return r
	}
	r := answerTokensDated(c, reply, rd.English, rd.asked, n, q.Offset, explain, rd.dates)
	if len(r.Parts) == 0 && len(rd.Steps) > 0 {
		// Ranked on the English reading; the words as typed break near
		// ties (see preferTypedWords).
		typed := typedWords(rd.Steps)
		r.Answers = preferReplyLang(preferTypedWords(r.Answers, themeNameWords(c.Translator(), rd.Steps, typed)), reply)
	}
	r.Query = asked
	r.Lang = reply
	for i := range r.Parts {
		r.Parts[i].Lang = reply
	}
	localizeNames(c, &r, reply)
	if reply != lang.English && len(rd.Steps) > 0 {
		r.Message = typedSpans(typedTopic(r.Message, rd.Steps), text)
		for i := range r.Parts {
			r.Parts[i].Message = typedSpans(typedTopic(r.Parts[i].Message, rd.Steps), text)
		}
	}
	if r.Explain != nil {
		r.Explain.Lang = rd.Lang
		r.Explain.LangScores = rd.Detection.ScoreMap()
		r.Explain.Translation = rd.Steps
		r.Explain.English = rd.English
	}
	b.threads.put(q, reply)
	return r
}

// threadLangs remembers the language of each conversation (platform,
// room, thread) for a while, so that an ambiguous short follow-up ("Cuba
// attribution" after a French question) is read in the thread's language.
// It is bounded: entries expire after ttl, and past max entries the
// oldest half is dropped.
type threadLangs struct {
	mu  sync.Mutex
	m   map[string]threadLang
	ttl time.Duration
	max int
	now func() time.Time
}

type threadLang struct {
	lang string
	at   time.Time
}

const (
	threadLangTTL = 30 * time.Minute
	threadLangMax = 10000
)

func threadKey(q Question) string {
	if q.Platform == "" && q.Room == "" && q.Thread == "" {
		return "" // a one-off question (CLI ask): no conversation
	}
	return q.Platform + "\x00" + q.Room + "\x00" + q.Thread
}

func (t *threadLangs) clock() time.Time {
	if t.now != nil {
		return t.now()
	}
	return time.Now()
}

func (t *threadLangs) get(q Question) string {
	k := threadKey(q)
	if k == "" {
		return ""
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	e, ok := t.m[k]
	if !ok || t.clock().Sub(e.at) > t.ttlOr() {
		return ""
	}
	return e.lang
}

func (t *threadLangs) ttlOr() time.Duration {
	if t.ttl > 0 {
		return t.ttl
	}
	return threadLangTTL
}

func (t *threadLangs) put(q Question, code string) {
	k := threadKey(q)
	if k == "" || code == "" {
		return
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.m == nil {
		t.m = map[string]threadLang{}
	}
	max := t.max
	if max <= 0 {
		max = threadLangMax
	}
	now := t.clock()
	if len(t.m) >= max {
		for key, e := range t.m {
			if now.Sub(e.at) > t.ttlOr() {
				delete(t.m, key)
			}
		}
		// Still full: drop entries until half the room is free (map order
		// is arbitrary, so this drops arbitrary live conversations, which
		// then fall back to English on a tie — never a wrong answer).
		for key := range t.m {
			if len(t.m) < max/2 {
				break
			}
			delete(t.m, key)
		}
	}
	t.m[k] = threadLang{lang: code, at: now}
}

// localizeNames sets each answer's display name in the reply's language.
func localizeNames(c *corpus.Corpus, r *Reply, code string) {
	if code == "" || code == lang.English {
		return
	}
	for _, as := range [][]Answer{r.Answers, r.Related} {
		for i := range as {
			if n := countryName(c, code, as[i].Country); n != as[i].Country {
				as[i].CountryName = n
			}
		}
	}
	for i := range r.Parts {
		localizeNames(c, &r.Parts[i], code)
	}
}

// DisplayName is the name to show for an answer's holder: its name in the
// reply's language when the reply has one, else the English short name.
func (a Answer) DisplayName() string {
	if a.CountryName != "" {
		return a.CountryName
	}
	return a.Country
}

// PinLanguages is middleware that sets Question.Lang, the language pinned
// for a channel or room, from pins keyed "platform:room" (the config's
// languages section). A question that already carries a pin keeps it.
func PinLanguages(pins map[string]string) Middleware {
	return func(next Handler) Handler {
		if len(pins) == 0 {
			return next
		}
		return HandlerFunc(func(ctx context.Context, q Question) Reply {
			if q.Lang == "" {
				q.Lang = pins[q.Platform+":"+q.Room]
			}
			return next.Handle(ctx, q)
		})
	}
}
