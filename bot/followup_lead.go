package bot

import (
	"strings"
	"unicode/utf8"

	"github.com/stancebot/stancebot/corpus"
)

// How people actually type a follow-up in a chat thread, beyond the
// prefixes of continuePrefixes: with an acknowledgement of the last answer
// first ("ok and Ghana?", "thanks! what about due diligence", "vale, ¿y
// Túnez?", "merci ! et le Maroc ?"), with the bot's mention first, with
// the country's "too" after it ("Kazakhstan too?", "¿Ghana también?",
// "le Maroc aussi ?"), or as a bare topic ("capacity building?", "¿y la
// atribución?" without its "y"), which continues the last question's
// country as "what about …?" does.
var (
	// ackWords acknowledge the last answer before a follow-up, folded as
	// followUpText leaves them. They are never a follow-up themselves: a
	// message of only these is left to the question handler (thanks).
	// Latin American chat's own are here too ("dale, y España?", "listo,
	// ¿y Chile?", "órale"): read as a topic, "dale" was asked about.
	ackWords = toSet(`ok okay k kk cool great nice thanks thank you thx ty tks cheers perfect awesome
		right alright hmm hm ah oh got it gotcha sure yes yeah yep interesting super excellent fine
		vale bueno buenisimo gracias perfecto genial claro entendido muchas mil interesante bien muy
		dale listo okey oki okis orale chevere bacano copado joya barbaro buenazo
		d'accord dac merci parfait entendu tres interessant genial ben bon beaucoup bien bcp mrc grax nickel impec impeccable`)
	// ackEmoji acknowledge as ackWords do, typed or as Slack codes:
	// "👍", "👌🏽", ":+1:", ":ok_hand:". Alone, "👍" was an empty question
	// and answered with the help text (threads23).
	ackEmoji = toSet(`👍 👌 🙏 ✅ ✔ ☑ 🙌 👏 💯 🆗 🤝 🙂 😊 +1 :+1: :thumbsup: :ok_hand: :pray: :white_check_mark: :heavy_check_mark:
		:raised_hands: :clap: :100: :ok: :slightly_smiling_face: :blush:`)
	// continueSuffixes end a follow-up that names a new country for the
	// last topic ("Kazakhstan too?"), folded.
	continueSuffixes = []string{" as well", " too", " also", " tambien", " igual", " aussi", " egalement", " pareil"}
	// topicPrefixes start a follow-up that names a new topic for the last
	// country ("on IHL?", "en cuanto a la atribución?", "concernant
	// l'attribution ?"), folded, longest first.
	topicPrefixes = []string{"and regarding ", "and with regard to ", "with regard to ", "regarding ", "about ", "on ", "re ", "wrt ",
		"y en cuanto a ", "y respecto a ", "y acerca de ", "en cuanto a ", "respecto a ", "respecto de ", "acerca de ", "sobre ",
		"et concernant ", "et au sujet de ", "et a propos de ", "et quant a ", "concernant ", "au sujet de ", "a propos de ", "quant a ", "sur "}
	// sameButPrefixes ask the last question again on another topic or
	// for another country: "same but for critical infrastructure",
	// "lo mismo pero sobre ransomware", "même chose pour le Maroc".
	sameButPrefixes = []string{"same question but for ", "same question but on ", "same but for ", "same but on ", "same thing for ",
		"same thing on ", "same on ", "lo mismo pero para ", "lo mismo pero sobre ", "lo mismo sobre ", "la misma pregunta para ",
		"la misma pregunta sobre ", "pareil mais pour ", "pareil mais sur ", "pareil pour ", "pareil sur ", "meme chose pour ",
		"meme chose sur ", "meme question sur "}
	// referringWords stand for the last question's country in a
	// follow-up that names none: "what did they say on AI?", "does it
	// accept collective ones", "is it joining budapest", "¿y qué
	// dijeron ellos sobre la IA?", "et eux sur l'IA ?".
	referringWords = toSet(`they their theirs it its ellos ellas eux ils elles leur leurs`)
	// bareTopicFrame are the words a bare-topic follow-up may hold besides
	// its topic ("the permanent mechanism?").
	bareTopicFrame = toSet(`the a an of on about and in`)
)

// followUpLead is a follow-up's text (as followUpText leaves it) without a
// leading mention or acknowledgement; text itself when nothing would be
// left.
func followUpLead(text string) string {
	t, _ := cleanChat(text)
	words := strings.Fields(t)
	i := 0
	for i < len(words) {
		w := strings.Trim(words[i], ",;:.!¡-—–")
		if w != "" && !isAck(w) {
			break
		}
		i++
	}
	if i == len(words) {
		return text
	}
	out := strings.Join(words[i:], " ")
	return strings.TrimLeft(out, "¿¡ ")
}

// continueMore reads the follow-ups continueQuestion's prefixes miss: a
// topic after a preposition, a country with "too", a bare topic asked
// with a question mark, a message that referred to the last country by a
// pronoun (referred; see dropReferring). It returns the question the follow-up stands for.
func continueMore(c *corpus.Corpus, rec ReplyRecord, text string, asked, referred bool) (string, bool) {
	for _, pre := range topicPrefixes {
		rest, ok := strings.CutPrefix(text, pre)
		if !ok || strings.TrimSpace(rest) == "" {
			continue
		}
		if !topicOnly(c, rest, rec.Lang) {
			return "", false
		}
		return rewrite(c, rec.Question, strings.TrimSpace(rest), rec.Lang)
	}
	for _, pre := range sameButPrefixes {
		if rest, ok := strings.CutPrefix(text, pre); ok && strings.TrimSpace(rest) != "" {
			return rewrite(c, rec.Question, strings.TrimSpace(rest), rec.Lang)
		}
	}
	if referred {
		// "what did they say on AI?": the last country on a new topic.
		p := Parse(c, readQuestion(c, text, "", rec.Lang).English)
		if len(p.Countries) == 0 && len(p.Unknown) == 0 && len(p.Words) > 0 {
			return rewrite(c, rec.Question, strings.Join(p.Words, " "), rec.Lang)
		}
	}
	for _, suf := range continueSuffixes {
		rest, ok := strings.CutSuffix(text, suf)
		if !ok || strings.TrimSpace(rest) == "" {
			continue
		}
		rest = strings.TrimSuffix(strings.TrimSpace(rest), ",")
		p := Parse(c, readQuestion(c, rest, "", rec.Lang).English)
		if len(p.Countries) == 0 || len(p.Themes) > 0 || len(p.Content) > 0 {
			return "", false
		}
		return rewrite(c, rec.Question, rest, rec.Lang)
	}
	if asked && len(strings.Fields(text)) <= 5 && topicOnly(c, text, rec.Lang) {
		return rewrite(c, rec.Question, text, rec.Lang)
	}
	return "", false
}

// topicOnly reports whether text names a topic and nothing else: no
// country, and no word that is neither topic nor frame ("who talks about
// ransomware?" is a new question, "ransomware?" a follow-up).
func topicOnly(c *corpus.Corpus, text, code string) bool {
	en := readQuestion(c, text, "", code).English
	p := Parse(c, en)
	if len(p.Countries) > 0 || len(p.Unknown) > 0 || len(p.Themes) == 0 && len(p.Content) == 0 {
		return false
	}
	n := 0
	for _, t := range corpus.Tokenize(en) {
		if !bareTopicFrame[t.Lower] {
			n++
		}
	}
	return n <= len(p.Words)
}

// dropReferring removes the pronouns that stand for the last question's
// country ("what did they say on AI?", "et eux sur l'IA ?") from a
// follow-up, so that they are no topic words, and reports whether there
// were any. text is returned as it was when nothing else would be left.
func dropReferring(text string) (string, bool) {
	words := strings.Fields(text)
	kept := words[:0:0]
	for _, w := range words {
		// "et eux, sur les élections ?": the pronoun with its comma.
		if !referringWords[strings.TrimRight(w, ",;:")] {
			kept = append(kept, w)
		}
	}
	if len(kept) == len(words) || len(kept) == 0 {
		return text, false
	}
	return strings.Join(kept, " "), true
}

// maxAckWords is the longest message read as an acknowledgement alone.
const maxAckWords = 4

// ackOnly reports whether a message only acknowledges the last answer
// ("ok", "vale", "entendu", "d'accord", "de acuerdo", "got it"): it is
// answered in kind, not searched as a topic ("no country speaks on vale",
// or Cameroon's statement holding "entend" for "entendu").
func ackOnly(text string) bool {
	words := strings.Fields(followUpText(text))
	if len(words) == 0 || len(words) > maxAckWords {
		return false
	}
	for i := 0; i < len(words); i++ {
		w := strings.Trim(words[i], ",;:.!¡¿-—–")
		switch {
		case w == "":
		case w == "de" && i+1 < len(words) && strings.Trim(words[i+1], ",;:.!") == "acuerdo":
			i++ // "de acuerdo"
		case !isAck(w):
			return false
		}
	}
	return true
}

// isAck reports whether w (folded, trimmed of punctuation) is one of
// ackWords or ackEmoji; an emoji's skin tone and presentation selector are
// left out ("👍🏾" is "👍").
func isAck(w string) bool {
	if ackWords[w] {
		return true
	}
	if w == "" {
		return false
	}
	if w[0] < utf8.RuneSelf {
		// "+1"; a Slack code trimmed of its colons ("thumbsup").
		return ackEmoji[w] || ackEmoji[":"+w+":"]
	}
	return ackEmoji[strings.Map(func(r rune) rune {
		if r == '\ufe0f' || r >= 0x1F3FB && r <= 0x1F3FF {
			return -1
		}
		return r
	}, w)]
}
