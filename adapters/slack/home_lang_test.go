package slack

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/delivery"
	"github.com/stancebot/stancebot/seeds"
)

// The Home tab is written in the language of the user's latest
// subscription: labels, theme names and the button; English without one.
func TestAppHomeInSubscriptionLanguage(t *testing.T) {
	c, err := corpus.Load(context.Background(), seeds.FS, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	h := homePending{User: "U1", DM: "D1"}
	render := func(subs []delivery.Subscription) string {
		b, err := json.Marshal(homeBlocks(c, time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC), subs, h))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	fr := render([]delivery.Subscription{
		{ID: 1, Platform: Platform, Room: "C1", Themes: []string{"attribution"}, Cron: "0 9 * * *", TZ: "UTC", CreatedBy: "U1", Lang: "es"},
		{ID: 2, Platform: Platform, Room: "D1", Themes: []string{"due diligence"}, Cron: "0 9 * * *", TZ: "UTC", CreatedBy: "U1", Lang: "fr"},
	})
	for _, want := range []string{"Pays (", "Thèmes (", "Vos abonnements", "diligence raisonnable", "Se désabonner", "ce message direct", "déclarations", "chargé le"} {
		if !strings.Contains(fr, want) {
			t.Errorf("French Home lacks %q", want)
		}
	}
	for _, not := range []string{"Your digest subscriptions", "Unsubscribe", "Countries ("} {
		if strings.Contains(fr, not) {
			t.Errorf("French Home has English %q", not)
		}
	}
	if en := render(nil); !strings.Contains(en, "Your digest subscriptions") || !strings.Contains(en, "Countries (") {
		t.Errorf("Home without subscriptions is not English")
	}
}
