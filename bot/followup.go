package bot

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"time"

	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/corpus/lang"
)

// Follow-up words, kept together so a message catalogue can take them over.
var (
	// Spanish and French forms are folded (accents removed), as messages are.
	moreWords    = toSet(`more next mas siguiente siguientes otras otros plus suite suivant suivantes autres details detail detalles detalle`)
	sourcesWords = toSet(`sources source citations citation references refs links link url urls fuentes fuente referencias enlaces enlace liens lien`)
	whyWords     = toSet(`why explain porque explica pourquoi explique`)
	// continuePrefixes start a message that continues the last question
	// with a new country or a new topic ("and Cuba?", "what about human
	// rights?"), longest first.
	continuePrefixes = []string{"and what about ", "and how about ", "what about ", "how about ", "same for ",
		"same question for ", "anything on ", "anything about ", "anything re ", "and for ", "and on ", "and in ", "and only ", "and ", "also ", "now ", "only ", "just ",
		"y que hay de ", "y que tal ", "y lo mismo para ", "lo mismo para ", "lo mismo con ", "igual para ", "idem para ", "y sobre ", "y para ", "y en ", "y solo ", "y la de ", "y el de ", "y los de ", "y las de ", "y ", "tambien ", "solo ",
		"et qu'en est-il de ", "qu'en est-il de ", "et pareil pour ", "pareil pour ", "idem pour ", "de meme pour ", "et pour ", "et sur ", "et en ", "et seulement ", "et celle de ", "et celle du ", "et celle des ", "et celui de ", "et celui du ", "et ceux de ", "et puis ", "et ",
		"celle de ", "celle du ", "celui de ", "celui du ", "puis ", "pis ", "meme question pour ", "aussi ",
		"seulement ", "uniquement "}
	// followUpFiller may surround a bare follow-up word ("more please").
	followUpFiller = toSet(`please pls plz show me give the some results answers answer that this these those of it for ok okay and then
		por favor porfa xfa dame muestrame las los mas de y svp stp merci gracias les des de et`)
)

// FollowUps is middleware that lets a short message continue the last
// question answered in the same conversation (platform, room, thread):
// "and Cuba?" (same topic, new country), "what about human rights?" (same
// country, new topic), "more" (the next answers), "sources" (the full
// citation list of the last reply) and "why?" (its explain view). Every
// answered question is recorded in conv; a record older than conv keeps
// it (see Conversations) is not continued. corpusOf gives the corpus the
// questions are read against. A store error is logged and the message is
// answered as a new question: a follow-up never loses the question.
func FollowUps(conv Conversations, corpusOf func() *corpus.Corpus, log *slog.Logger) Middleware {
	if log == nil {
		log = slog.Default()
	}
	return func(next Handler) Handler {
		return HandlerFunc(func(ctx context.Context, q Question) Reply {
			key, ok := KeyOf(q)
			if !ok {
				if r, bare := noContextReply(q.Text); bare {
					return r
				}
				return next.Handle(ctx, q)
			}
			rec, found, err := conv.Get(ctx, key)
			if err != nil {
				log.Warn("follow-up: read conversation", "platform", key.Platform, "room", key.Room, "err", err)
				found = false
			}
			if !found {
				if r, bare := noContextReply(q.Text); bare {
					return r
				}
			}
			fq, kind := q, ""
			if found {
				fq, kind = continueQuestion(corpusOf(), rec, q)
			}
			if kind == "sources" {
				return sourcesReply(corpusOf(), rec, q.Text)
			}
			if kind == "more" && len(rec.Keys) == 0 {
				// Running the question again would repeat the same empty
				// reply and its related statements word for word.
				r := newReply(q.Text, rec.Intent)
				r.Lang = rec.Lang
				r.Message = T(rec.Lang, msgNothingMore)
				return r
			}
			r := next.Handle(ctx, fq)
			if kind == "continue" && found {
				if nt, ok := topicDropped(corpusOf(), rec, q.Text, r); ok {
					// (see followup_topicdrop.go)
					fq.Text, fq.Offset = nt, 0
					r = next.Handle(ctx, fq)
				}
			}
			if kind == "continue" {
				if n, of := compareCut(corpusOf(), rec, q.Text, r); n > 0 {
					r.Message = T(r.Lang, msgCompareCut, n, of) + " " + r.Message
				}
			}
			if kind == "more" && len(r.Answers) == 0 {
				// Past the last answer: not "showing 0", nor "no country
				// speaks on T" after four countries did.
				r.Message, r.Related = T(rec.Lang, msgNoMoreAnswers, rec.Question), nil
			}
			if kind == "why" || !recordable(r.Intent) && !groupingAsked(r) {
				return r
			}
			nr := ReplyRecord{ID: newRecordID(), Question: strings.TrimPrefix(fq.Text, "explain "), Lang: r.Lang, Intent: r.Intent, Offset: fq.Offset, At: q.Time}
			if nr.At.IsZero() {
				nr.At = time.Now()
			}
			for _, a := range r.Answers {
				nr.Keys = append(nr.Keys, a.Key)
			}
			var before []string
			if found {
				before = rec.Earlier
			}
			nr.Earlier = recentCountries(r.Answers, r.Countries, before)
			nr.Run = runOf(corpusOf(), rec, found, nr, r.Countries)
			if found {
				// An ordinal's list goes on to the next ordinal ("the
				// first one", then "and the second?").
				_, nr.Counted, _ = ordinalFollowUp(corpusOf(), rec, q.Text)
			}
			if kind == "more" && len(nr.Keys) == 0 {
				nr.Keys, nr.Offset = rec.Keys, rec.Offset // stay on the last page
			}
			if err := conv.Put(ctx, key, nr); err != nil {
				log.Warn("follow-up: record reply", "platform", key.Platform, "room", key.Room, "err", err)
			} else {
				r.RecordID = nr.ID
			}
			return r
		})
	}
}

// Follow-up words that read as Spanish or French, for the reply's language.
var (
	followUpES = toSet(`mas siguiente siguientes fuentes fuente referencias porque explica`)
	followUpFR = toSet(`plus suite suivant suivantes pourquoi explique`)
)

// noContextReply answers a message that is only a follow-up word ("more",
// "sources", "why?", "¿más?", "pourquoi ?") when there is nothing to
// follow: it would otherwise be searched as a topic ("No country in the
// corpus speaks on sources").
func noContextReply(text string) (Reply, bool) {
	t := followUpText(text)
	core := followUpCore(strings.Fields(t))
	if len(core) != 1 || len(strings.Fields(t)) > 4 {
		return Reply{}, false
	}
	w := core[0]
	if !moreWords[w] && !sourcesWords[w] && !whyWords[w] {
		return Reply{}, false
	}
	code := ""
	switch {
	case followUpES[w]:
		code = lang.Spanish
	case followUpFR[w]:
		code = lang.French
	}
	r := newReply(text, IntentNone)
	r.Lang = code
	r.Message = T(code, msgNoContext)
	return r, true
}

// followUpWordLang returns the language a follow-up message of one word
// speaks only (followUpES, followUpFR: "fuentes", "pourquoi"), or "".
func followUpWordLang(text string) string {
	t := followUpText(text)
	core := followUpCore(strings.Fields(t))
	if len(core) != 1 || len(strings.Fields(t)) > 4 {
		return ""
	}
	switch {
	case followUpES[core[0]]:
		return lang.Spanish
	case followUpFR[core[0]]:
		return lang.French
	}
	return ""
}

// followUpText is a message as follow-ups are matched: folded, without
// the opening and closing punctuation of a question.
func followUpText(text string) string {
	t := lang.Fold(strings.TrimSpace(text))
	t = strings.TrimLeft(t, "¿¡ ")
	t = strings.TrimRight(t, "?!. ")
	return strings.ReplaceAll(t, "por que", "porque")
}

// followUpCore is a message's words without filler; when only filler is
// left, its follow-up words: Spanish "más" is both "more" and filler
// ("dame más"), and alone it asks for more.
func followUpCore(words []string) []string {
	var core, bare []string
	for _, w := range words {
		switch {
		case !followUpFiller[w]:
			core = append(core, w)
		case moreWords[w] || sourcesWords[w] || whyWords[w]:
			bare = append(bare, w)
		}
	}
	if len(core) == 0 {
		return bare
	}
	return core
}

// newRecordID names a reply record: 16 random hex digits, unique among
// the records alive at once by a wide margin.
func newRecordID() string {
	var b [8]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails (Go ≥ 1.24)
	return hex.EncodeToString(b[:])
}

// recordable intents are questions a follow-up can continue.
func recordable(intent string) bool {
	switch intent {
	case IntentStance, IntentCountry, IntentTheme, IntentCompare, IntentRecent:
		return true
	}
	return false
}

// groupingAsked reports a reply that answered no one because the speakers
// asked were a grouping none of whose members the corpus holds, or whose
// members are not known ("what does the g77 say about capacity
// building"): its topic goes on to the country a follow-up names ("and
// laos?" asks Laos on capacity building), as after any answered question.
func groupingAsked(r Reply) bool {
	return r.Intent == IntentNone && len(r.Regions) > 0 && len(r.Themes) > 0 && len(r.Unknown) == 0
}

// continueQuestion rewrites a follow-up into the question it stands for,
// and says which kind it is ("more", "why", "sources", "continue"; "" for a
// message that is a new question).
func continueQuestion(c *corpus.Corpus, rec ReplyRecord, q Question) (Question, string) {
	if t, _, ok := ordinalFollowUp(c, rec, q.Text); ok {
		q.Text = t // "what does the second one say on X": that country, by name
	}
	text, referred := dropReferring(followUpLead(followUpText(q.Text)))
	text = chatAnd(c, text)
	// A rewritten follow-up is English; its reply stays in the
	// conversation's language, unless its own words say another one.
	q.ReplyLang = followUpLang(c, q.Text, rec.Lang)
	if nt, code, ok := correctionFollowUp(text); ok {
		text = nt // "no, I meant fiji", "back to the treaty question": what about it
		if code != "" {
			q.ReplyLang = code // "no, me referia a islandia" is Spanish
		}
	}
	if nt, ok := otherOneFollowUp(c, rec, followUpLead(followUpText(q.Text))); ok {
		q.Text, q.Offset = nt, 0 // "no, the other one" after "congo": the DR Congo
		return q, "continue"
	}
	words := strings.Fields(text)
	core := followUpCore(words)
	if len(core) == 1 && len(words) <= 4 {
		switch {
		case moreWords[core[0]]:
			q.Text, q.Offset = rec.Question, nextOffset(c, rec)
			return q, "more"
		case sourcesWords[core[0]]:
			return q, "sources"
		case whyWords[core[0]]:
			q.Text, q.Offset = "explain "+rec.Question, rec.Offset
			return q, "why"
		}
	}
	if nt, kind, ok := chatFollowUp(c, rec, text); ok {
		switch kind {
		case "sources":
			return q, kind
		case "more":
			q.Text, q.Offset = rec.Question, nextOffset(c, rec)
			return q, kind
		}
		q.Text, q.Offset = nt, 0
		return q, kind
	}
	if l, ok := languageRequest(words); ok {
		// "in Spanish please", "en français ?": the same answers again,
		// in the language asked for; the conversation goes on in it.
		q.Text, q.Offset, q.ReplyLang = rec.Question, rec.Offset, l
		return q, "continue"
	}
	if quoteFollowUp(rec, text) {
		q.Text, q.Offset = rec.Question, rec.Offset // "quote it": the same answers again
		return q, "continue"
	}
	if nt, ok := dateFollowUp(rec, text); ok {
		q.Text, q.Offset = nt, 0 // "and in 2021?": the last question, in 2021
		return q, "continue"
	}
	if nt, ok := countFollowUp(c, rec, text, referred); ok {
		q.Text, q.Offset = nt, 0 // "¿cuántas declaraciones tiene?": the last country's count
		return q, "continue"
	}
	if nt, ok := shorterFollowUp(c, rec, q.Text); ok {
		q.Text, q.Offset = nt, 0 // "shorter pls", "tl;dr": the last question, fewer answers
		return q, "continue"
	}
	if nt, ok := opposeFollowUp(c, rec, q.Text); ok {
		q.Text, q.Offset = nt, 0 // "does anyone oppose it": who opposes the last topic
		return q, "continue"
	}
	if nt, ok := otherRegionFollowUp(c, rec, text); ok {
		q.Text, q.Offset = nt, 0 // "what about the other gulf states": besides the thread's
		return q, "continue"
	}
	if nt, ok := neighboursFollowUp(c, rec, q.Text); ok {
		q.Text, q.Offset = nt, 0 // "what about its neighbours": its sub-region, besides it
		return q, "continue"
	}
	if nt, ok := widen(c, rec, text); ok {
		q.Text, q.Offset = nt, 0
		return q, "continue"
	}
	if nt, ok := compareCueFollowUp(c, rec, text); ok {
		q.Text, q.Offset = nt, 0 // "how does iceland's view compare?": the last countries and Iceland
		return q, "continue"
	}
	for _, pre := range continuePrefixes {
		rest, ok := strings.CutPrefix(text+" ", pre)
		if !ok || strings.TrimSpace(rest) == "" {
			continue
		}
		if followTopicPrefixes[pre] {
			if nt, ok := regionAsTopic(c, rec.Question, strings.TrimSpace(rest), rec.Lang); ok {
				q.Text, q.Offset = nt, 0
				return q, "continue"
			}
		}
		if nt, ok := rewrite(c, rec.Question, strings.TrimSpace(rest), rec.Lang); ok {
			q.Text, q.Offset = nt, 0
			return q, "continue"
		}
		break
	}
	if nt, ok := topicPronounFollowUp(c, rec, followUpLead(followUpText(q.Text))); ok {
		q.Text, q.Offset = nt, 0 // "what does iceland think about it?": the last topic, of Iceland
		return q, "continue"
	}
	if nt, ok := restateFollowUp(rec, followUpLead(followUpText(q.Text))); ok {
		q.Text, q.Offset = nt, 0 // "what did they say about it": the last question again
		return q, "continue"
	}
	if nt, ok := continueMore(c, rec, text, strings.HasSuffix(strings.TrimSpace(q.Text), "?"), referred); ok {
		q.Text, q.Offset = nt, 0
		return q, "continue"
	}
	q.ReplyLang = ""
	q.Text = withoutAck(q.Text)
	return q, ""
}

// withoutAck is a message that is a new question without the
// acknowledgement of the last answer it opens with, set off by its
// punctuation ("d'accord, et le Cameroun sur la souveraineté ?", "de
// acuerdo, ¿y Camerún …?"): read with it, "d'accord" and "de acuerdo" are
// "agree with", and the question became who agrees with Cameroon. A
// message whose chat markup cleanChat would change is left as it is.
func withoutAck(text string) string {
	if t, dropped := cleanChat(text); len(dropped) > 0 || t != text {
		return text
	}
	words := strings.Fields(text)
	i := 0
	for i < len(words) {
		w := strings.TrimRight(words[i], ",;:.!")
		if w == "" {
			// "merci ! et le Maroc ?": the punctuation on its own.
			if i > 0 && i+1 < len(words) {
				return strings.Join(words[i+1:], " ")
			}
			return text
		}
		if strings.EqualFold(w, "de") && i+1 < len(words) && strings.EqualFold(strings.TrimRight(words[i+1], ",;:.!"), "acuerdo") {
			i++ // "de acuerdo,": Spanish "okay", two words
			w = strings.TrimRight(words[i], ",;:.!")
		} else if !isAck(strings.Trim(followUpText(w), "¡¿")) {
			break
		}
		i++
		if w != words[i-1] {
			// The ack ends at its punctuation: "d'accord," then the question.
			if i < len(words) {
				return strings.Join(words[i:], " ")
			}
			return text
		}
	}
	return text
}

// languageRequest reads a message that asks for the last reply in another
// language: a language's name after "in", "into", "to", "en", "al" or
// "au", with nothing else but the words that frame such a request ("can
// you answer in Spanish please", "en français svp", "traduce al
// español"). Words are folded, as followUpText leaves them. A bare
// "spanish?" is not one: it may ask about Spain.
func languageRequest(words []string) (string, bool) {
	code, at := "", -1
	for i, w := range words {
		if l, ok := languageNames[strings.Trim(w, ",;:")]; ok && i > 0 && languagePreps[words[i-1]] {
			code, at = l, i
		}
	}
	if at < 0 {
		return "", false
	}
	for i, w := range words {
		if i != at && !languageFrame[strings.Trim(w, ",;:")] && !followUpFiller[w] {
			return "", false
		}
	}
	return code, true
}

var (
	// languageNames are the reply languages by their names in English,
	// Spanish and French, folded.
	languageNames = map[string]string{"english": "en", "ingles": "en", "anglais": "en",
		"spanish": "es", "espanol": "es", "castellano": "es", "espagnol": "es",
		"french": "fr", "frances": "fr", "francais": "fr"}
	languagePreps = toSet(`in into to en al au`)
	// languageFrame are the other words of a request for another language.
	languageFrame = toSet(`in into to en al au can could would you please answer reply respond write say translate
		translated again now same it that this answers reply lo eso esto todo puedes podrias responde responder contesta
		contestar traduce traducir escribe dilo pourrais peux pouvez vous tu reponds repondre repondez traduis traduire
		traduisez ecris ca cela le tout s'il plait stp svp what about how que tal quoi`)
)

// Follow-ups that widen the last question to other countries (folded,
// as messages are, longest first within each list).
var (
	// elsePrefixes ask who else speaks on the last topic: "who else?",
	// "anyone else said that?", "which other countries?".
	elsePrefixes = []string{"which other countries ", "what other countries ", "any other countries ", "other countries ",
		"who else ", "anyone else ", "anybody else ", "any others ", "que otros paises ", "otros paises ", "quien mas ",
		"alguien mas ", "y los demas paises ", "y los demas ", "los demas ", "y el resto ", "y otros paises ",
		"quels autres pays ", "et les autres pays ", "les autres pays ", "et les autres ", "d'autres pays ", "d autres pays ", "qui d'autre ", "qui d autre ", "qui dautre ", "autres pays "}
	// compareThem asks to compare the countries the last reply showed.
	// So does asking whether they agree or differ ("do they agree?",
	// "¿coinciden?", "sont-ils d'accord ?"), read after dropReferring took
	// out "they", "ils".
	compareThem = phraseSet(`compare them|compare those|compare these|compare all|compare them all|compare all of them|comparalos|comparalas|compararlos|compare-les|comparer|comparez-les|` +
		`compare both|compare the two|compare the three|compara los dos|compara los tres|compara ambos|compara a los dos|compare les deux|compare les trois|compare-les tous|compare tous|` +
		`compara|compare|comparez|compara las dos|compara las tres|compara ambas|compara a ambos|compara a ambas|compara a las dos|compara a todos|comparalos a todos|` +
		`comparame|comparamelos|comparar los dos|comparar las dos|compare les|comparez les deux|comparez les trois|compare-les toutes|compare les toutes|comparez-les tous|` +
		`do agree|do disagree|do differ|how do differ|are aligned|do they agree|do they disagree|do they differ|how do they differ|are they aligned|` +
		`any difference|any differences|what's the difference|whats the difference|what are the differences|same view|same position|` +
		`coinciden|estan de acuerdo|en que se diferencian|hay diferencias|sont-ils d'accord|sont d'accord|sont-elles d'accord|quelle difference|quelles differences|en quoi different`)
	// compareWithPrefixes compare the last question's country with
	// others: "compare with Brazil", "vs India", "and how does that compare to Chile?".
	compareWithPrefixes = []string{"and how does that compare to ", "how does that compare to ", "how does that compare with ",
		"compared to ", "compared with ", "compare with ", "compare to ", "versus ", "vs. ", "vs ", "comparado con ",
		"comparar con ", "compara con ", "frente a ", "comparer avec ", "compare avec ", "compare a ", "par rapport a ",
		"and add ", "add ", "also add ", "include ", "añade ", "anade ", "agrega ", "incluye ", "ajoute ", "ajouter ", "inclus "}
)

// heldRun is a record's run (Record.Run) without the countries the corpus
// holds no statement of.
func heldRun(c *corpus.Corpus, run []string) []string {
	var out []string
	for _, x := range run {
		if c.Holds(x) {
			out = append(out, x)
		}
	}
	return out
}

// containsAll reports whether xs holds every one of ys.
func containsAll(xs, ys []string) bool {
	for _, y := range ys {
		if !slices.Contains(xs, y) {
			return false
		}
	}
	return true
}

// compareCount is how many countries a "compare them" phrase counts
// ("compare the three", "compara los dos"); 0 when it names no number.
func compareCount(phrase string) int {
	for _, w := range strings.Fields(phrase) {
		switch w {
		case "both", "two", "dos", "ambos", "deux":
			return 2
		case "three", "tres", "trois":
			return 3
		}
	}
	return 0
}

// nextOffset is the Offset of the page after a record's ("more"): past
// the answers it showed; a comparison pages each country on its own
// (Question.Offset skips that many of each), so past the most it showed
// of any one country, not the sum over all of them.
func nextOffset(c *corpus.Corpus, rec ReplyRecord) int {
	if rec.Intent != IntentCompare || len(rec.Keys) < 2 {
		return rec.Offset + len(rec.Keys)
	}
	holder := make(map[string]string, len(rec.Keys))
	for i := range c.Len() {
		if k := c.Key(i); slices.Contains(rec.Keys, k) {
			if _, ok := holder[k]; !ok {
				holder[k] = c.Holder(i)
			}
		}
	}
	most, per := 0, map[string]int{}
	for _, k := range rec.Keys {
		h, ok := holder[k]
		if !ok {
			h = k // a statement no longer in the corpus: its own count
		}
		per[h]++
		most = max(most, per[h])
	}
	return rec.Offset + most
}

// holdersOfKeys returns the distinct holders of the statements with the
// given keys, in the keys' order, from one pass over the corpus.
func holdersOfKeys(c *corpus.Corpus, keys []string) []string {
	first := make(map[string]string, len(keys)) // key -> holder of its first statement
	for i := range c.Len() {
		if k := c.Key(i); slices.Contains(keys, k) {
			if _, ok := first[k]; !ok {
				first[k] = c.Holder(i)
			}
		}
	}
	var names []string
	for _, k := range keys {
		if h, ok := first[k]; ok {
			names = appendNew(names, h)
		}
	}
	return names
}

// maxEarlier is how many countries a reply record remembers.
const maxEarlier = 6

// recentCountries are the countries a reply shows, then those its
// question asked about (a country with no statement on the topic is still
// one of "the three" a user compares next), then those of the
// conversation's earlier replies (before), most recent first, distinct,
// at most maxEarlier (Record.Earlier).
func recentCountries(shown []Answer, asked, before []string) []string {
	var out []string
	for _, a := range shown {
		out = appendNew(out, a.Country)
	}
	for _, c := range asked {
		out = appendNew(out, c)
	}
	for _, c := range before {
		out = appendNew(out, c)
	}
	return out[:min(len(out), maxEarlier)]
}

// runOf is the run of countries a reply record nr ends (Record.Run): the
// countries its question asked, then, when the conversation's last record
// prev asked on the same topic, prev's run ("what does Jamaica say on
// ransomware", "and Samoa?", "y costa rica?": the three, most recent
// first). A new topic starts a new run; a reply that asked no country
// ("who else?") ends it.
func runOf(c *corpus.Corpus, prev ReplyRecord, found bool, nr ReplyRecord, asked []string) []string {
	var out []string
	for _, x := range asked {
		out = appendNew(out, x)
	}
	if len(out) == 0 {
		return nil
	}
	if found && len(prev.Run) > 0 {
		if t := topicOf(c, nr.Question, nr.Lang); t != "" && t == topicOf(c, prev.Question, prev.Lang) {
			for _, x := range prev.Run {
				out = appendNew(out, x)
			}
		}
	}
	return out[:min(len(out), maxEarlier)]
}

// topicOf is the topic a recorded question asked on, its words as Parse
// reads them in English ("ransomware" of "what does Samoa say on
// ransomware" and of "que dice Samoa sobre el ransomware").
func topicOf(c *corpus.Corpus, question, lang string) string {
	return strings.Join(Parse(c, readQuestion(c, question, "", lang).English).Words, " ")
}

// appendNew appends x to xs unless xs holds it.
func appendNew(xs []string, x string) []string {
	if containsStr(xs, x) {
		return xs
	}
	return append(xs, x)
}

// phraseSet is a set of the phrases separated by "|".
func phraseSet(phrases string) map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Split(phrases, "|") {
		m[p] = true
	}
	return m
}

// widen rewrites a follow-up that asks about other countries on the last
// question's topic: who else speaks on it, a comparison of the countries
// the last reply showed, or of the last country with new ones.
func widen(c *corpus.Corpus, rec ReplyRecord, text string) (string, bool) {
	prev := Parse(c, readQuestion(c, rec.Question, "", rec.Lang).English)
	topic := strings.Join(prev.Words, " ") // topicOf's
	on := ""
	if topic != "" {
		on = " on " + topic
	}
	// "and who else?", "et qui d'autre ?", "y quién más", "and compare
	// them": the conjunction that chains a thread's messages asks nothing.
	for _, conj := range []string{"and ", "y ", "et ", "e "} {
		if rest, ok := strings.CutPrefix(text, conj); ok && rest != "" {
			text = rest
			break
		}
	}
	for _, pre := range elsePrefixes {
		rest, ok := strings.CutPrefix(text+" ", pre)
		if !ok {
			continue
		}
		p := Parse(c, readQuestion(c, strings.TrimSpace(rest), "", rec.Lang).English)
		if len(p.Countries) == 0 && (len(p.Themes) > 0 || len(p.Content) > 0) {
			// "anyone else on sanctions?", "which other countries mention
			// satellites": a new topic, still besides the thread's.
			return othersOn(c, rec, strings.Join(p.Words, " ")), true
		}
		if topic == "" || len(p.Countries) > 0 {
			return "", false
		}
		return othersOn(c, rec, topic), true
	}
	if phrase := strings.Join(strings.Fields(text), " "); compareThem[phrase] {
		names := holdersOfKeys(c, rec.Keys)
		want := compareCount(phrase)
		if run := heldRun(c, rec.Run); want == 0 && len(run) > len(names) && containsAll(run, names) {
			// A run of one-country questions on one topic ("what does
			// Jamaica say on X", "and Samoa?", "and Costa Rica?"):
			// "them" are all of it, most recent first as ever.
			names = run
		}
		if len(names) == 1 && want == 0 {
			want = 2
		}
		if len(names) == 0 && want == 0 {
			// The last reply showed no one ("¿y libia?" with no
			// statement on the topic): "them" are the countries the
			// conversation asked about, not a topic word "compáralos".
			want = len(rec.Earlier)
		}
		// Fewer countries on show than asked for: "them" are they and
		// the ones asked about before ("what does Kenya say on X", "and
		// Ghana?", "compare them"; three countries in turn, "compare the
		// three").
		for _, e := range rec.Earlier {
			if len(names) >= want {
				break
			}
			if !slices.Contains(names, e) && c.Holds(e) {
				names = append(names, e)
			}
		}
		if len(names) == 0 {
			return "", false
		}
		return "compare " + joinAndIn("en", names[:min(len(names), 5)]) + on, true
	}
	for _, pre := range compareWithPrefixes {
		rest, ok := strings.CutPrefix(text+" ", pre)
		if !ok || strings.TrimSpace(rest) == "" {
			continue
		}
		p := Parse(c, readQuestion(c, strings.TrimSpace(rest), "", rec.Lang).English)
		if len(prev.Countries) == 0 || len(p.Countries) == 0 || len(p.Themes) > 0 || len(p.Content) > 0 {
			return "", false
		}
		var names []string
		for _, m := range append(prev.Countries, p.Countries...) {
			names = appendNew(names, m.Country)
		}
		if len(names) < 2 {
			return "", false
		}
		return "compare " + joinAndIn("en", names) + on, true
	}
	return "", false
}

// rewrite combines the last question with a follow-up that names only a
// country or only a topic (or one country and its topic, asked afresh). Both are read as English first (a Spanish or
// French conversation's questions are translated; see readQuestion), and
// the rewritten question is English.
func rewrite(c *corpus.Corpus, last, rest, code string) (string, bool) {
	q, ok := rewriteWords(c, last, rest, code)
	if !ok {
		return q, ok
	}
	// The last question's period goes on to another country ("since
	// 2025-09", then "and Guatemala?"), unless the follow-up names its
	// own; a new topic asks afresh.
	_, d := cutDates(readQuestion(c, last, "", code).English)
	restCut, own := cutDates(readQuestion(c, rest, "", code).English)
	if p := Parse(c, restCut); d.active() && !own.active() && len(p.Countries) > 0 && len(p.Themes) == 0 && len(p.Content) == 0 {
		q += " " + strings.Join(d.phrases, " ")
	}
	return q, true
}

// rewriteWords is rewrite without the last question's dates.
func rewriteWords(c *corpus.Corpus, last, rest, code string) (string, bool) {
	last = readQuestion(c, last, "", code).English
	rest = readQuestion(c, rest, "", code).English
	// A meeting the last question named as its place or time ("at the
	// Mombasa workshop") was no topic there and is none here ("and
	// Namibia?" asked Namibia on "mombasa workshop").
	lastCut, _ := cutOccasion("en", last)
	// Its date words are no topic either: "since 2025-09" left "09" as
	// one ("and kazakhstan?" asked Kazakhstan "on 09"); the date frame is
	// carried as a frame (followup_dates.go).
	lastCut, _ = cutDates(lastCut)
	prev := Parse(c, lastCut)
	p := Parse(c, rest)
	hasTopic := func(p Parsed) bool { return len(p.Themes) > 0 || len(p.Content) > 0 }
	countries := func(p Parsed) []string {
		var out []string
		for _, m := range p.Countries {
			out = append(out, m.Country)
		}
		return out
	}
	topic := strings.Join(prev.Words, " ")
	switch {
	case len(p.Countries) > 0 && !hasTopic(p):
		if !hasTopic(prev) {
			return "tell me about " + joinAndIn("en", countries(p)), true
		}
		if len(p.Countries) == 1 {
			return fmt.Sprintf("what does %s say on %s", p.Countries[0].Country, topic), true
		}
		return fmt.Sprintf("compare %s on %s", joinAndIn("en", countries(p)), topic), true
	case len(p.Countries) == 0 && hasTopic(p):
		switch len(prev.Countries) {
		case 0:
			return "who talks about " + rest, true
		case 1:
			return fmt.Sprintf("what does %s say on %s", prev.Countries[0].Country, rest), true
		}
		return fmt.Sprintf("compare %s on %s", joinAndIn("en", countries(prev)), rest), true
	case len(p.Countries) == 1 && hasTopic(p) && len(p.Words) > 0:
		// "what about lesotho on cybercrime" (a going back with its
		// topic, followup_correction.go): both named, in the thread's
		// language.
		return fmt.Sprintf("what does %s say on %s", p.Countries[0].Country, strings.Join(p.Words, " ")), true
	}
	return "", false
}

// sourcesReply lists every citation of the statements the last reply
// showed.
func sourcesReply(c *corpus.Corpus, rec ReplyRecord, text string) Reply {
	r := newReply(text, rec.Intent)
	if code := followUpWordLang(text); code != "" && code != rec.Lang {
		// "fuentes" after a thread that went on in French: the word
		// asked in Spanish, and is answered so (esfr22); "sources",
		// English and French alike, keeps the thread's language.
		rec.Lang = code
	}
	r.Lang = rec.Lang
	if len(rec.Keys) == 0 {
		r.Message = T(rec.Lang, msgNoSources)
		return r
	}
	byKey := make(map[string]int, len(rec.Keys)) // statement IDs
	holders := map[string][]string{}             // every holder of a key: a joint statement's signatories
	for i := range c.Len() {
		k := c.Key(i)
		if _, ok := byKey[k]; !ok {
			byKey[k] = i
		}
		holders[k] = append(holders[k], countryName(c, rec.Lang, c.Holder(i)))
	}
	var b strings.Builder
	b.WriteString(T(rec.Lang, msgSourcesHeading))
	for i, k := range rec.Keys {
		id, ok := byKey[k]
		if !ok {
			fmt.Fprintf(&b, "\n%d. %s", i+1, T(rec.Lang, msgGone))
			continue
		}
		fmt.Fprintf(&b, "\n%d. %s", i+1, strings.Join(holders[k], ", "))
		for _, ct := range citations(c, new(c.Statement(id))) {
			fmt.Fprintf(&b, "\n   %s", ct.Text())
		}
	}
	r.Message = b.String()
	return r
}

// followTopicPrefixes are the continuePrefixes after which a topic follows: a
// grouping there is what the last country is asked on ("barbados", "and
// on small islands"), not its members to compare.
var followTopicPrefixes = map[string]bool{"and on ": true, "anything on ": true, "anything about ": true, "anything re ": true,
	"y sobre ": true, "et sur ": true}

// regionAsTopic rewrites a follow-up whose rest, after a topic prefix,
// names only a grouping ("small islands", "the pacific") as the last
// question's one country on it; ok is false otherwise
// (TestFollowUpRegionAsTopic).
func regionAsTopic(c *corpus.Corpus, last, rest, code string) (string, bool) {
	prev := Parse(c, readQuestion(c, last, "", code).English)
	rest = readQuestion(c, rest, "", code).English
	p := Parse(c, rest)
	if len(prev.Countries) != 1 || len(p.Countries) == 0 {
		return "", false
	}
	for _, m := range p.Countries {
		if m.How != "region" {
			return "", false
		}
	}
	return fmt.Sprintf("what does %s say on %s", prev.Countries[0].Country, rest), true
}

// followUpLang is the language a follow-up's reply is in: the one its own
// words decide ("y costa rica?" after an English answer is Spanish, "et la
// mauritanie ?" French), else the conversation's (a bare name, "sources",
// a tie). A user who switches language mid-thread was answered in the
// thread's first one.
func followUpLang(c *corpus.Corpus, text, thread string) string {
	if det := c.Translator().DetectQuestion(text, c.Gazetteer); det.Lang != "" {
		return det.Lang
	}
	return thread
}

// chatAnd reads chat's "n" and "&" for "and" opening a short follow-up
// ("n austria?", "& on cables?"), unless the letter belongs to the name
// after it: "n korea" is North Korea, so a message whose countries change
// when the letter is dropped is left as it is.
func chatAnd(c *corpus.Corpus, text string) string {
	rest, ok := strings.CutPrefix(text, "n ")
	if !ok {
		rest, ok = strings.CutPrefix(text, "& ")
	}
	if !ok || len(strings.Fields(rest)) > 5 {
		return text
	}
	whole, part := Parse(c, text).Countries, Parse(c, rest).Countries
	if len(whole) != len(part) {
		return text
	}
	for i := range whole {
		if whole[i].Country != part[i].Country {
			return text
		}
	}
	return "and " + rest
}
