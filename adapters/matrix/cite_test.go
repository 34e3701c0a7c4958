package matrix

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stancebot/stancebot/bot"
)

func TestRenderCitations(t *testing.T) {
	a := bot.Answer{Country: "Chile", Text: "Chile says x.", Sources: []string{"a", "b", "c", "d", "e"},
		Citations: []bot.Citation{
			{ID: "c", Title: `OEWG "second" <session>`, URL: "https://e.org/c?x=1&y=2", Publisher: "Mission", Date: "2022-01-05"},
			{ID: "a", Title: "No link", Date: "2018"},
			{ID: "b"}, {ID: "d"}, {ID: "e<x>"},
		}}
	c := render(bot.Reply{Answers: []bot.Answer{a}})
	for _, want := range []string{
		`<li><a href="https://e.org/c?x=1&amp;y=2">OEWG &#34;second&#34; &lt;session&gt;</a>, Mission, 2022-01-05, <code>c</code></li>`,
		`<li><i>No link</i>, 2018, <code>a</code></li>`,
		`<li><code>b</code></li>`,
		`<li>2 more: <code>d</code>, <code>e&lt;x&gt;</code></li>`,
	} {
		if !strings.Contains(c.FormattedBody, want) {
			t.Errorf("HTML lacks %s:\n%s", want, c.FormattedBody)
		}
	}
	for _, want := range []string{
		"\nSources:\n- “OEWG \"second\" <session>”, Mission, 2022-01-05 <https://e.org/c?x=1&y=2> [c]\n- “No link”, 2018 [a]\n- b\n- 2 more: d, e<x>",
	} {
		if !strings.Contains(c.Body, want) {
			t.Errorf("plain body lacks %q:\n%s", want, c.Body)
		}
	}
}

func TestRenderCitationsSizeLimit(t *testing.T) {
	var cs []bot.Citation
	for i := range 300 {
		cs = append(cs, bot.Citation{ID: fmt.Sprint("s", i), Title: strings.Repeat("title ", 100), URL: "https://e.org/" + strings.Repeat("p", 300)})
	}
	var as []bot.Answer
	for range 100 {
		as = append(as, bot.Answer{Country: "Peru", Text: "x", Citations: cs})
	}
	c := render(bot.Reply{Answers: as})
	if n := len(c.Body) + len(c.FormattedBody); n > maxRenderedBytes+500 {
		t.Errorf("rendered %d bytes, limit %d", n, maxRenderedBytes)
	}
	if !strings.Contains(c.Body, "more not shown") {
		t.Error("truncation not said")
	}
}

func TestDigestCitations(t *testing.T) {
	cs := []bot.Citation{{ID: "a", Title: "T", URL: "https://e.org/a", Date: "2021"}}
	c := render(bot.Reply{Digest: &bot.Digest{Name: "weekly", Themes: []bot.DigestTheme{{Theme: "norms",
		Entries: []bot.DigestEntry{{Country: "Chile", Text: "x", Sources: []string{"a"}, Citations: cs}}}}}})
	if !strings.Contains(c.FormattedBody, `<li><a href="https://e.org/a">T</a>, 2021, <code>a</code></li>`) || !strings.Contains(c.Body, "- “T”, 2021 <https://e.org/a> [a]") {
		t.Errorf("digest entry without its citation:\n%s\n%s", c.FormattedBody, c.Body)
	}
}
