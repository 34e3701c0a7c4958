package bot

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// askedBot is a Bot over testdata/asked: pages on countries in no seed,
// written for the question sets below.
func askedBot(t testing.TB) *Bot { return dirBot(t, "../testdata/asked") }

// readTSV returns the lines of a question file split into at least n
// columns, '#' comments dropped; blank lines are kept as nil (they
// separate conversations).
func readTSV(t *testing.T, name string, n int) [][]string {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		if strings.TrimSpace(line) == "" {
			out = append(out, nil)
			continue
		}
		cols := strings.Split(line, "\t")
		for len(cols) < n {
			cols = append(cols, "-")
		}
		out = append(out, cols)
	}
	return out
}

// judgeAsked checks a reply against the countries, language, first
// answer and theme a line of asked-questions.tsv or
// asked-conversations.tsv expects ('-' skips a check). countries: every
// answer is one of them and, for a comparison, each is compared; "+A,B":
// A and B are among the answers; "!A": A is neither answered nor asked;
// "0": no answers.
func judgeAsked(r Reply, intent, countries, lang, sub, theme string) error {
	var got []string
	for _, a := range r.Answers {
		if !slices.Contains(got, a.Country) {
			got = append(got, a.Country)
		}
	}
	var errs []string
	if intent != "-" && r.Intent != intent {
		errs = append(errs, "intent "+r.Intent)
	}
	if lang != "-" && r.Lang != lang {
		errs = append(errs, "lang "+r.Lang)
	}
	if theme != "-" && !slices.Contains(r.Themes, theme) {
		errs = append(errs, fmt.Sprint("themes ", r.Themes))
	}
	switch {
	case countries == "-":
	case countries == "0":
		if len(got) > 0 {
			errs = append(errs, "answers by "+strings.Join(got, ", "))
		}
	case strings.HasPrefix(countries, "!"):
		for _, c := range strings.Split(countries[1:], ",") {
			if slices.Contains(got, c) || slices.Contains(r.Countries, c) {
				errs = append(errs, "read as "+c)
			}
		}
	case strings.HasPrefix(countries, "+"):
		for _, c := range strings.Split(countries[1:], ",") {
			if !slices.Contains(got, c) {
				errs = append(errs, "no answer by "+c)
			}
		}
	default:
		want := strings.Split(countries, ",")
		if len(got) == 0 {
			errs = append(errs, "no answer ("+r.Message+")")
		}
		for _, g := range got {
			if !slices.Contains(want, g) {
				errs = append(errs, "answer by "+g)
			}
		}
		if r.Intent == IntentCompare {
			for _, w := range want {
				if !slices.Contains(got, w) && !slices.Contains(r.Countries, w) {
					errs = append(errs, "not compared: "+w)
				}
			}
		}
	}
	if sub != "-" && len(r.Answers) > 0 && !strings.Contains(strings.ToLower(r.Answers[0].Text), strings.ToLower(sub)) {
		errs = append(errs, fmt.Sprintf("first answer %.60q", r.Answers[0].Text))
	}
	if len(errs) > 0 {
		return fmt.Errorf("%s [read as %s %v %v %s]", strings.Join(errs, "; "), r.Intent, r.Countries, r.Themes, r.Lang)
	}
	return nil
}

// TestAskedQuestions runs testdata/asked-questions.tsv: questions typed the
// way diplomats and analysts type them in chat (lower case, no accents,
// typos, demonyms, capitals, abbreviations, names run together, Slack
// formatting, pasted paragraphs) in English, Spanish and French. Every one
// must pass: each was judged by hand, and a miss is a misreading.
func TestAskedQuestions(t *testing.T) {
	runAskedQuestions(t, askedBot(t), "testdata/asked-questions.tsv")
}

// runAskedQuestions asks b every question of the set at path (the format
// of asked-questions.tsv) and fails on each reply its line does not admit.
func runAskedQuestions(t *testing.T, b *Bot, path string) {
	t.Helper()
	for _, f := range readTSV(t, path, 6) {
		if f == nil {
			continue
		}
		r := b.Ask(strings.ReplaceAll(f[0], `\n`, "\n"), 0)
		if err := judgeAsked(r, f[1], f[2], f[3], f[4], f[5]); err != nil {
			t.Errorf("%q: %v", f[0], err)
		}
	}
}

// TestAskedConversations runs testdata/asked-conversations.tsv through the
// follow-up middleware: each block is one conversation, each line a
// message and what its reply must hold (countries, language, theme as in
// asked-questions.tsv). Follow-ups are typed as in a thread: after an
// acknowledgement ("ok and Ghana?", "vale, ¿y los Países Bajos?"), after
// the bot's mention, with "too", as a bare topic ("capacity building?") or
// a topic after a preposition ("on ihl?", "concernant l'attribution ?").
func TestAskedConversations(t *testing.T) {
	runAskedConversations(t, askedBot(t), "testdata/asked-conversations.tsv")
}

// runAskedConversations runs the conversations of the set at path (the
// format of asked-conversations.tsv) through the follow-up middleware over
// b, one conversation per block, each in a room of its own (see
// runConversationsAt).
func runAskedConversations(t *testing.T, b *Bot, path string) {
	t.Helper()
	runConversationsAt(t, b, path, time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC))
}
