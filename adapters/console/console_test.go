package console

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/stancebot/stancebot/bot"
)

type echo struct{ got []bot.Question }

func (e *echo) Handle(_ context.Context, q bot.Question) bot.Reply {
	e.got = append(e.got, q)
	return bot.Reply{Message: "re: " + q.Text, Answers: []bot.Answer{{Country: "Peru", Text: "Peru says <b>x</b>.", Sources: []string{"a", "b"}}}}
}

func TestConsoleLoop(t *testing.T) {
	h := &echo{}
	var out bytes.Buffer
	c := &Console{In: strings.NewReader("  first  \n\nsecond\nexit\nthird\n"), Out: &out, H: h}
	if err := c.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if len(h.got) != 2 || h.got[0].Text != "first" || h.got[1].Platform != "console" {
		t.Fatalf("questions = %+v", h.got)
	}
	for _, want := range []string{"re: first", "1. Peru", "sources: a, b"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestRenderRelatedAndDigest(t *testing.T) {
	var out bytes.Buffer
	Render(&out, bot.Reply{Message: "none", Related: []bot.Answer{{Country: "India", Text: "x y z", Sources: []string{"s"}}}})
	if !strings.Contains(out.String(), "Related statements by other countries:") {
		t.Errorf("related not labelled:\n%s", out.String())
	}
	out.Reset()
	Render(&out, bot.Reply{Digest: &bot.Digest{Name: "weekly", Themes: []bot.DigestTheme{{Theme: "attribution", Entries: []bot.DigestEntry{{Country: "Peru", Text: "t", Sources: []string{"s"}, New: true}}}, {Theme: "sovereignty"}}}})
	for _, want := range []string{"== attribution ==", "Peru [new]", "== sovereignty ==", "Nothing in the corpus"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("digest lacks %q:\n%s", want, out.String())
		}
	}
}

func TestRenderInReplyLanguage(t *testing.T) {
	r := bot.Reply{Lang: "fr", Message: "Pérou sur attribution : 1 déclaration.",
		Answers: []bot.Answer{{Country: "Peru", Text: "Peru has noted.", Sources: []string{"a"}}},
		Related: []bot.Answer{{Country: "India", Text: "x", Sources: []string{"s"}}}}
	var out bytes.Buffer
	Render(&out, r)
	for _, want := range []string{"1. Peru (déclaration en anglais)", "sources: a", "Déclarations liées d'autres pays:"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("French reply lacks %q:\n%s", want, out.String())
		}
	}
	out.Reset()
	r.Lang = "es"
	Render(&out, r)
	for _, want := range []string{"1. Peru (declaración en inglés)", "fuentes: a", "Declaraciones relacionadas de otros países:"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("Spanish reply lacks %q:\n%s", want, out.String())
		}
	}
	out.Reset()
	r.Lang = "en"
	Render(&out, r)
	if strings.Contains(out.String(), "(") || !strings.Contains(out.String(), "sources: a") {
		t.Errorf("English reply changed:\n%s", out.String())
	}
}
