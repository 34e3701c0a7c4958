package commands

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/bot"
)

// The English replies are byte-for-byte the texts the commands had before
// they moved into the catalogue (the constants kept here are those texts).
func TestCommandsEnglishUnchanged(t *testing.T) {
	for key, want := range map[string]string{
		"cmd-subscribe-usage":  subscribeUsage,
		"cmd-changes-line":     changesLine,
		"cmd-no-subscriptions": noSubscriptions,
	} {
		for _, code := range []string{"", "en", "de"} {
			if got := bot.T(code, key); got != want {
				t.Errorf("T(%q, %s) = %q, want %q", code, key, got, want)
			}
		}
	}
	now := time.Date(2026, 3, 27, 12, 0, 0, 0, time.UTC)
	cmds := &Digests{Source: newFakeSource(), Store: &memSubs{}, Policy: SubscribePolicy{Everyone: true},
		Now: func() time.Time { return now }, MaxPerRoom: 1}
	h := bot.Chain(bot.HandlerFunc(func(context.Context, bot.Question) bot.Reply { return bot.Reply{} }), cmds.Middleware)
	ask := func(text string) string {
		return h.Handle(context.Background(), bot.Question{Text: text, Platform: "slack", Room: "C1", User: "U1"}).Message
	}
	for _, tc := range []struct{ q, want string }{
		{"digest", "Usage: digest <theme…>, e.g. `digest attribution due diligence`. Themes: attribution, due diligence, norms, sovereignty."},
		{"digest cyberpeace", `I don't know the theme "cyberpeace". Try ` + "`digest <theme…>`" + ` with one of: attribution, due diligence, norms, sovereignty.`},
		{"subscribe weekly", "No theme given. Themes: attribution, due diligence, norms, sovereignty. " + subscribeUsage},
		{"subscribe \"\"", "Nothing to subscribe to. " + subscribeUsage},
		{"subscribe norms", "Say how often: daily, weekly or a cron expression such as `0 9 * * MON`. " + subscribeUsage},
		{"subscribe norms * * * * *", "That schedule fires every 1m0s; digests may come at most every 1h0m0s."},
		{"unsubscribe norms", `No subscription here matches "norms"; ` + "`subscriptions` lists them."},
		{"subscribe norms daily", "Subscribed #1: norms, 0 9 * * * (UTC). Next digest: Sat 28 Mar 2026 09:00 UTC."},
		{"subscribe sovereignty daily", "This room already has 1 subscriptions (the limit); `unsubscribe <id>` one first."},
		{"subscriptions", "Subscriptions in this room:\n#1 norms: `0 9 * * *` (UTC), next Sat 28 Mar 2026 09:00 UTC"},
		{"unsubscribe #1", "Unsubscribed #1."},
	} {
		if got := ask(tc.q); got != tc.want {
			t.Errorf("%q:\n got %q\nwant %q", tc.q, got, tc.want)
		}
	}
}

// In a Spanish or French room the commands answer in that language;
// command words, theme names and dates stay as typed.
func TestCommandsTranslated(t *testing.T) {
	now := time.Date(2026, 3, 27, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		code  string
		steps []struct{ q, want string }
	}{
		{"es", []struct{ q, want string }{
			{"digest", "Uso: digest <tema…>, p. ej. `digest atribución diligencia debida`. Temas: atribución, diligencia debida, norms, soberanía."},
			{"digest cyberpeace", `No conozco el tema "cyberpeace". Pruebe ` + "`digest <tema…>`" + ` con uno de estos: atribución, diligencia debida, norms, soberanía.`},
			{"subscriptions", "No hay suscripciones en esta sala. Uso: subscribe <tema…>"},
			{"subscribe weekly", "No se indicó ningún tema. Temas: atribución"},
			{"subscribe \"\"", "Nada a lo que suscribirse. Uso: subscribe"},
			{"subscribe norms", "Indique la frecuencia: diario, semanal"},
			{"subscribe norms * * * * *", "Ese calendario se activa cada 1m0s; los resúmenes pueden llegar como máximo cada 1h0m0s."},
			{"subscribe norms daily", "Suscripción #1: norms, 0 9 * * * (UTC). Próximo resumen: sáb 28 mar 2026 09:00 UTC."},
			{"subscriptions", "Suscripciones de esta sala:\n#1 norms: `0 9 * * *` (UTC), próximo: sáb 28 mar 2026 09:00 UTC"},
			{"subscribe changes", "Suscripción hecha: esta sala recibe un breve mensaje «qué cambió»"},
			{"subscriptions", "\n• changes: un breve mensaje «qué cambió»"},
			{"unsubscribe", "Uso: unsubscribe <id|tema>"},
			{"unsubscribe #1", "Suscripciones canceladas: #1."},
			{"unsubscribe changes", "Suscripción cancelada: no habrá más mensajes «qué cambió» aquí."},
			{"subscribe soberanía semanal", "Suscripción #2: soberanía, 0 9 * * MON (UTC). Próximo resumen: lun 30 mar 2026 09:00 UTC."},
			{"unsubscribe soberania", "Suscripciones canceladas: #2."},
			{"digest atribución diligencia debida", "2 declaraciones sobre atribución, diligencia debida."},
			{"digest attribution", "1 declaración sobre atribución."},
		}},
		{"fr", []struct{ q, want string }{
			{"digest", "Utilisation : digest <thème…>, p. ex. `digest attribution diligence raisonnable`. Thèmes : attribution, diligence raisonnable, norms, souveraineté."},
			{"subscriptions", "Aucun abonnement dans ce salon. Utilisation : subscribe <thème…>"},
			{"subscribe norms daily", "Abonnement #1 : norms, 0 9 * * * (UTC). Prochaine synthèse : sam. 28 mars 2026 09:00 UTC."},
			{"subscribe sovereignty daily", "Ce salon a déjà 1 abonnements (la limite) ; résiliez-en d'abord un avec `unsubscribe <id>`."},
			{"unsubscribe norms sovereignty", `Aucun abonnement de ce salon ne correspond à "norms sovereignty" ; ` + "`subscriptions` les affiche."},
			{"unsubscribe cyberpeace", `Je ne connais pas le thème "cyberpeace". Indiquez un numéro d'abonnement ou un thème`},
			{"subscribe changes", "Abonnement effectué : ce salon reçoit un court message « ce qui a changé »"},
			{"subscribe changes", "Ce salon reçoit déjà les messages « ce qui a changé »."},
			{"subscriptions", "Abonnements de ce salon :\n#1 norms"},
			{"digest attribution due diligence", "2 déclarations sur attribution, diligence raisonnable."},
			{"digest souveraineté", "sur souveraineté."},
			{"unsubscribe #1", "Abonnements résiliés : #1."},
			{"subscribe diligence raisonnable quotidien", "Abonnement #2 : diligence raisonnable, 0 9 * * * (UTC)"},
		}},
	} {
		code := tc.code
		langOf := func(bot.Question) string { return code }
		digests := &Digests{Source: newFakeSource(), Store: &memSubs{}, Policy: SubscribePolicy{Everyone: true},
			Now: func() time.Time { return now }, Language: langOf, MaxPerRoom: 1}
		ch := &Changes{Store: &memChanges{}, Policy: SubscribePolicy{Everyone: true}, Language: langOf}
		h := bot.Chain(bot.HandlerFunc(func(context.Context, bot.Question) bot.Reply { return bot.Reply{} }), ch.Middleware, digests.Middleware)
		for _, s := range tc.steps {
			r := h.Handle(context.Background(), bot.Question{Text: s.q, Platform: "slack", Room: "C1", User: "U1"})
			if !strings.Contains(r.Message, s.want) {
				t.Errorf("%s %q:\n got %q\nwant it to contain %q", code, s.q, r.Message, s.want)
			}
		}
		// Outside a room, and with subscriptions off.
		off := &Digests{Source: newFakeSource(), Language: langOf}
		r := off.Middleware(nil).Handle(context.Background(), bot.Question{Text: "subscriptions", Platform: "slack", Room: "C1"})
		if r.Message == "Subscriptions are not enabled on this bot." || r.Message == "" {
			t.Errorf("%s: subscriptions off replies %q", code, r.Message)
		}
		r = digests.Middleware(nil).Handle(context.Background(), bot.Question{Text: "subscriptions", Platform: "slack"})
		if strings.Contains(r.Message, "Subscriptions belong") || r.Message == "" {
			t.Errorf("%s: no room replies %q", code, r.Message)
		}
	}
}
