package slack

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stancebot/stancebot/bot"
)

func TestCitationsLine(t *testing.T) {
	cs := []bot.Citation{
		{ID: "c", Title: "OEWG | second session <b>", URL: "https://e.org/c?x=1&y=2", Publisher: "Mission & co", Date: "2022-01-05"},
		{ID: "a", Title: "No link", Date: "2018"},
		{ID: "b"},
		{ID: "d<x>"}, {ID: "e"},
	}
	got := citationsLine(cs, bot.LabelsFor(""))
	want := "<https://e.org/c?x=1&amp;y=2|OEWG ¦ second session &lt;b&gt;> · Mission &amp; co · 2022-01-05 · `c`\n" +
		"_No link_ · 2018 · `a`\n" +
		"`b`\n" +
		"2 more: `d&lt;x&gt;`, `e`"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// Many long citations on many answers stay within Block Kit's limits.
func TestRenderCitationsWithinLimits(t *testing.T) {
	var cs []bot.Citation
	for i := range 400 {
		cs = append(cs, bot.Citation{ID: fmt.Sprintf("dir/source-%03d-%s", i, strings.Repeat("x", 40)),
			Title: strings.Repeat("Très long titre ", 60), URL: "https://example.org/" + strings.Repeat("p", 500),
			Publisher: strings.Repeat("Publisher ", 80), Date: "2021-03"})
	}
	var as []bot.Answer
	for i := range 40 {
		as = append(as, bot.Answer{Country: fmt.Sprint("C", i), Text: "Statement.", Sources: []string{"x"}, Citations: cs})
	}
	msgs := render(bot.Reply{Answers: as, Message: "m"})
	if len(msgs) == 0 || len(msgs) > maxParts {
		t.Fatalf("%d messages", len(msgs))
	}
	var texts []string
	for _, m := range msgs {
		if len(m.Blocks) > maxBlocks || blocksText(m.Blocks) > maxMessageText {
			t.Fatalf("%d blocks, %d characters", len(m.Blocks), blocksText(m.Blocks))
		}
		texts = append(texts, sectionTexts(t, m)...)
	}
	seen := false
	for _, s := range texts {
		if len(s) > maxSectionText || !utf8.ValidString(s) {
			t.Fatalf("text of %d bytes (valid UTF-8: %v)", len(s), utf8.ValidString(s))
		}
		if strings.Contains(s, "`dir/") && strings.Count(s, "<") != strings.Count(s, ">") {
			t.Fatalf("a link was cut: %s", s)
		}
		if strings.Contains(s, "397 more: `dir/source-003") {
			seen = true
		}
	}
	if !seen {
		t.Errorf("no citation line with the count of the rest:\n%s", texts[2])
	}
}

func TestDigestCitations(t *testing.T) {
	cs := []bot.Citation{{ID: "a", Title: "T", URL: "https://e.org/a", Date: "2021"}}
	msgs := render(bot.Reply{Digest: &bot.Digest{Name: "weekly", Themes: []bot.DigestTheme{{Theme: "norms",
		Entries: []bot.DigestEntry{{Country: "Chile", Text: "x", Sources: []string{"a"}, Citations: cs}}}}}})
	found := false
	for _, m := range msgs {
		for _, s := range sectionTexts(t, m) {
			found = found || s == "<https://e.org/a|T> · 2021 · `a`"
		}
	}
	if !found {
		t.Errorf("digest entry without its citation: %+v", msgs)
	}
}
