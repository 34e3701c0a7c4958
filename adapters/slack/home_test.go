package slack

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/adapters/slack/fakeslack"
	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/delivery"
	"github.com/stancebot/stancebot/seeds"
	"github.com/stancebot/stancebot/store"
)

// Opening the Home tab publishes what the bot knows, example questions,
// the user's subscriptions with Unsubscribe buttons and the corpus
// version; Unsubscribe stops the subscription and publishes again. The
// Messages tab publishes nothing; another user's subscription is neither
// shown nor stoppable.
func TestAppHome(t *testing.T) {
	c, err := corpus.Load(context.Background(), seeds.FS, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(t.TempDir() + "/s.db")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ctx := context.Background()
	mineID, err := st.AddSubscription(ctx, delivery.Subscription{Platform: "slack", Room: "D0100", Themes: []string{"voluntary norms"},
		Cron: "0 9 * * 1", TZ: "Europe/Vienna", CreatedBy: "U0100", Created: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	theirsID, err := st.AddSubscription(ctx, delivery.Subscription{Platform: "slack", Room: "C0999", Themes: []string{"cybercrime"},
		Cron: "0 8 * * *", TZ: "UTC", CreatedBy: "U0999", Created: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	loaded := time.Date(2026, 11, 30, 4, 0, 0, 0, time.UTC)
	b := bot.New(c)
	fs := fakeslack.New(t)
	start(t, fs, st, nil, nil, func(o *Options) {
		o.Corpus, o.Subscriptions, o.LoadedAt = b.Corpus, st, func() time.Time { return loaded }
	})
	fs.SendEvent("EvMsgTab", fakeslack.HomeOpened("U0100", "D0100", "messages", "1700060000.000001"), 0)
	fs.SendEvent("EvHome", fakeslack.HomeOpened("U0100", "D0100", "home", "1700060000.000002"), 0)
	pub := fs.WaitCalls("views.publish", 1)[0]
	time.Sleep(200 * time.Millisecond)
	if n := len(fs.Calls("views.publish")); n != 1 {
		t.Errorf("%d publishes, want 1 (the Messages tab needs none)", n)
	}
	raw, _ := json.Marshal(pub.JSON)
	view := string(raw)
	if pub.JSON["user_id"] != "U0100" {
		t.Errorf("published for %v", pub.JSON["user_id"])
	}
	for _, want := range []string{"Countries (7)", "India (", "voluntary norms (8)", "compare ", "who talks about voluntary norms",
		"Your digest subscriptions", "this DM", actUnsubscribe, c.Version[:12], "loaded 2026-11-30 04:00 UTC"} {
		if !strings.Contains(view, want) {
			t.Errorf("Home tab lacks %q", want)
		}
	}
	if strings.Contains(view, "C0999") || strings.Contains(view, "cybercrime ·") {
		t.Error("Home tab shows another user's subscription")
	}
	// Another user's subscription cannot be stopped with a forged button.
	forged, _ := json.Marshal(unsubscribeRef{Room: "C0999", ID: theirsID})
	id := fs.SendInteractive(fakeslack.ViewAction("U0100", actUnsubscribe, string(forged)))
	fs.Wait("ack", func() bool { return fs.Acked(id) == 1 })
	fs.WaitCalls("views.publish", 2)
	// Unsubscribe: the value the button carries.
	value := ""
	for _, bl := range pub.JSON["view"].(map[string]any)["blocks"].([]any) {
		if acc, ok := bl.(map[string]any)["accessory"].(map[string]any); ok && acc["action_id"] == actUnsubscribe {
			value = acc["value"].(string)
		}
	}
	id = fs.SendInteractive(fakeslack.ViewAction("U0100", actUnsubscribe, value))
	fs.Wait("ack", func() bool { return fs.Acked(id) == 1 })
	again := fs.WaitCalls("views.publish", 3)[2]
	raw, _ = json.Marshal(again.JSON)
	if strings.Contains(string(raw), actUnsubscribe) || !strings.Contains(string(raw), "_None.") {
		t.Errorf("after Unsubscribe the Home tab still lists it: %s", raw)
	}
	subs, err := st.AllSubscriptions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(subs) != 1 || subs[0].ID != theirsID || subs[0].ID == mineID {
		t.Errorf("subscriptions left: %+v", subs)
	}
}
