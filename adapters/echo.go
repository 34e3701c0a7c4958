package adapters

import (
	"strings"
	"unicode"

	"github.com/stancebot/stancebot/bot"
)

// MaxEcho is the most of a user's question a chat reply repeats: a
// 40,000-character question must not come back whole (Slack's contract;
// a reply also quotes the question back into a busy channel).
const MaxEcho = 200

// CapEcho cuts every long run of the question's words that the bot's own
// text (Message and Query, of the reply and of each part) repeats, to
// MaxEcho characters followed by "…". Statements (answers) are the
// corpus's words and are never cut here.
//
// The bot writes the question into its messages in several shapes (whole,
// as its topic words, folded), so this does not look for the question as
// one substring: it finds runs of consecutive words that all occur in the
// question and are together longer than MaxEcho. The bot's own sentences
// are short, so only an echo makes such a run.
func CapEcho(r bot.Reply, question string) bot.Reply {
	if len([]rune(question)) <= MaxEcho {
		return r
	}
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(question), unicode.IsSpace) {
		words[strings.TrimFunc(w, notWord)] = true
	}
	r.Message = capRuns(r.Message, words)
	r.Query = capRuns(r.Query, words)
	if len(r.Parts) > 0 {
		parts := make([]bot.Reply, len(r.Parts))
		for i, p := range r.Parts {
			parts[i] = CapEcho(p, question)
		}
		r.Parts = parts
	}
	return r
}

func notWord(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// capRuns cuts runs of question words in s longer than MaxEcho runes.
func capRuns(s string, words map[string]bool) string {
	if len([]rune(s)) <= MaxEcho {
		return s
	}
	var b strings.Builder
	runStart := -1 // byte offset where the current run of question words starts
	i := 0
	flush := func(end int) {
		if runStart < 0 {
			return
		}
		run := s[runStart:end]
		if r := []rune(run); len(r) > MaxEcho {
			run = strings.TrimSpace(string(r[:MaxEcho])) + "…"
		}
		b.WriteString(run)
		runStart = -1
	}
	for i < len(s) {
		// the next token: spaces, then a word
		j := i
		for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
			j++
		}
		k := j
		for k < len(s) && s[k] != ' ' && s[k] != '\t' && s[k] != '\n' {
			k++
		}
		if k == j { // a line break ends a run
			flush(i)
			if j < len(s) {
				b.WriteString(s[i : j+1])
				i = j + 1
			} else {
				b.WriteString(s[i:j])
				i = j
			}
			continue
		}
		w := strings.TrimFunc(strings.ToLower(s[j:k]), notWord)
		if words[w] || w == "" {
			if runStart < 0 {
				b.WriteString(s[i:j])
				runStart = j
			}
		} else {
			flush(i)
			b.WriteString(s[i:k])
		}
		i = k
	}
	flush(len(s))
	return b.String()
}
