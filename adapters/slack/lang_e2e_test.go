package slack

import (
	"context"
	"strings"
	"testing"

	"github.com/stancebot/stancebot/adapters/slack/fakeslack"
	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/config"
	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/seeds"
)

// TestRealBotAnswersInSpanishAndFrench: a Spanish and a French question
// through the real bot and the fake Slack get the asked country's
// statement, quoted in English and labelled so, with the bot's words in
// the asker's language.
func TestRealBotAnswersInSpanishAndFrench(t *testing.T) {
	c, err := corpus.Load(context.Background(), seeds.FS, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	fs := fakeslack.New(t)
	cfg := config.Slack{Transport: "socket", BotToken: fakeslack.BotToken, AppToken: fakeslack.AppToken, APIURL: fs.APIURL}
	a, err := New(Options{Config: cfg, Handler: bot.New(c)})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	defer func() { cancel(); <-done }()
	fs.Wait("ready", a.Ready)
	fs.SendEvent("EvES", fakeslack.Mention("C0100", "U0001", "1700010000.000001", "",
		"<@"+fakeslack.BotUserID+"> ¿Qué dice Perú sobre la atribución?"), 0)
	fs.SendEvent("EvFR", fakeslack.Mention("C0100", "U0001", "1700010001.000001", "",
		"<@"+fakeslack.BotUserID+"> Que dit la Corée du Sud sur la diligence raisonnable ?"), 0)
	posts := fs.WaitCalls("chat.postMessage", 2)
	var all string
	for _, p := range posts {
		all += blocksJSON(p)
	}
	for _, want := range []string{
		"Perú sobre atribución: 1 declaración.", "*Perú* · _declaración en inglés_", "difficulty of attribution", "2 más: `003_b51f9da9da894e76`",
		"Corée du Sud sur diligence raisonnable", "*Corée du Sud* · _déclaration en anglais_", "principle of due",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("replies lack %q:\n%s", want, all)
		}
	}
}
