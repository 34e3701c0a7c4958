package bot

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stancebot/stancebot/conversation"
	"github.com/stancebot/stancebot/corpus"
)

// mlRealisticMin is the number of cases of
// testdata/multilingual-realistic.tsv that must pass. It only goes up.
const mlRealisticMin = 253

// mlRealCase is one line of testdata/multilingual-realistic.tsv.
type mlRealCase struct {
	realisticCase
	lang  string
	turns []string // the conversation; the last turn is judged
}

func readMLRealistic(t *testing.T) []mlRealCase {
	t.Helper()
	f, err := os.Open("testdata/multilingual-realistic.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []mlRealCase
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 4 {
			t.Fatalf("multilingual-realistic.tsv:%d: want corpus, lang, question, kind", n)
		}
		turns := strings.Split(cols[2], " || ")
		out = append(out, mlRealCase{
			realisticCase: realisticCase{line: n, corpus: cols[0], question: turns[len(turns)-1], kind: cols[3], fields: cols[4:]},
			lang:          cols[1],
			turns:         turns,
		})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// englishLeftover finds the bot's own English words in a Spanish or French
// message: wording the catalogue should have translated. Quoted statements
// are never in Message, so any hit is the bot's.
var englishLeftover = regexp.MustCompile(`\b(statements?|Comparing|closest|the corpus|not a country|answering for|matches|cited|no dates|Sources of|Why)\b`)

// judgeReplyLang checks that a reply to an es/fr question is in that
// language: its lang field, no English theme name where the language has
// its own, and none of the bot's English wording.
func judgeReplyLang(c *corpus.Corpus, lang string, r Reply) error {
	if !slices.Contains(strings.Split(lang, "|"), r.Lang) {
		return fmt.Errorf("reply lang %q, want %q (%s)", r.Lang, lang, r.Message)
	}
	lang = r.Lang
	if lang == "en" {
		return nil
	}
	msg := r.Message
	for _, p := range r.Parts {
		msg += "\n" + p.Message
	}
	if m := englishLeftover.FindString(msg); m != "" {
		return fmt.Errorf("English %q in the %s message %q", m, lang, msg)
	}
	for _, name := range c.ThemeNames() {
		local := c.Translator().ThemeName(lang, name)
		if local == name || strings.Contains(strings.ToLower(local), strings.ToLower(name)) {
			continue
		}
		if regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(name) + `\b`).MatchString(msg) {
			return fmt.Errorf("English theme name %q in the %s message %q", name, lang, msg)
		}
	}
	return nil
}

// TestMultilingualRealistic asks Spanish and French questions typed the
// way people type them (and English ones on pages written in Spanish and
// French), each in its own conversation, and scores the last turn
// strictly: the right statement first, no other country's statement, and
// the whole reply in the asker's language.
func TestMultilingualRealistic(t *testing.T) {
	bots := map[string]*Bot{"seeds": seedBot(t), "alt": altBot(t), "unseen": dirBot(t, "../testdata/unseen"), "esfr": dirBot(t, "../testdata/esfr")}
	cases := readMLRealistic(t)
	pass := map[string]int{}
	total := map[string]int{}
	for i, tc := range cases {
		b, ok := bots[tc.corpus]
		if !ok {
			t.Fatalf("multilingual-realistic.tsv:%d: unknown corpus %q", tc.line, tc.corpus)
		}
		h := Chain(b, FollowUps(&conversation.Memory{}, b.Corpus, nil))
		var r Reply
		for _, q := range tc.turns {
			r = h.Handle(context.Background(), Question{Text: q, Platform: "test", Room: fmt.Sprint("R", i), Thread: "t"})
		}
		total[tc.lang]++
		err := judgeReplyLang(b.Corpus(), tc.lang, r)
		if err == nil && tc.kind != "reply" {
			err = judgeMLKind(tc.realisticCase, r)
		}
		if err != nil {
			t.Logf("FAIL %s:%d [%s %s] %q: %v", "multilingual-realistic.tsv", tc.line, tc.corpus, tc.lang, strings.Join(tc.turns, " || "), err)
			continue
		}
		pass[tc.lang]++
	}
	n := 0
	for _, p := range pass {
		n += p
	}
	t.Logf("multilingual realistic: %d/%d pass (es %d/%d, fr %d/%d, en %d/%d, es|fr %d/%d)", n, len(cases),
		pass["es"], total["es"], pass["fr"], total["fr"], pass["en"], total["en"], pass["es|fr"], total["es|fr"])
	if n < mlRealisticMin {
		t.Errorf("%d of %d pass, want at least %d", n, len(cases), mlRealisticMin)
	}
}

// judgeMLKind is judgeRealistic plus "among" (a grouping's answer: every
// answer by one of the listed countries, at least one).
func judgeMLKind(tc realisticCase, r Reply) error {
	if tc.kind != "among" {
		return judgeRealistic(tc, r)
	}
	if len(r.Answers) == 0 {
		return fmt.Errorf("no answer (%s)", r.Message)
	}
	allowed := strings.Split(tc.fields[0], ",")
	for _, a := range r.Answers {
		if !slices.Contains(allowed, a.Country) {
			return fmt.Errorf("answer by %s (%.40q)", a.Country, a.Text)
		}
	}
	return nil
}
