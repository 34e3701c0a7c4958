package slack

import (
	"context"
	"encoding/json"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/adapters/slack/fakeslack"
	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/config"
	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/delivery"
	"github.com/stancebot/stancebot/seeds"
	"github.com/stancebot/stancebot/store"
)

// Over the HTTP transport too: the Home tab opened by a signed event
// lists the user's subscription, and the Unsubscribe button, pressed as a
// signed block_actions form payload, is acknowledged with 200 at once,
// stops it (another user's, with a forged value, it does not) and
// publishes the tab again. A payload with a bad signature changes nothing.
func TestAppHomeUnsubscribeOverHTTP(t *testing.T) {
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
	mineID, err := st.AddSubscription(ctx, delivery.Subscription{Platform: "slack", Room: "D0200", Themes: []string{"critical infrastructure"},
		Cron: "30 7 * * 2", TZ: "America/Lima", CreatedBy: "U0200", Created: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	theirsID, err := st.AddSubscription(ctx, delivery.Subscription{Platform: "slack", Room: "C0888", Themes: []string{"sovereignty"},
		Cron: "0 6 * * *", TZ: "UTC", CreatedBy: "U0888", Created: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	b := bot.New(c)
	fs := fakeslack.New(t)
	h := start(t, fs, st, nil, func(c *config.Slack) { c.Transport = "http" }, func(o *Options) {
		o.Corpus, o.Subscriptions = b.Corpus, st
	})
	endpoint := "http://" + h.a.HTTPAddr() + "/slack/events"
	raw, _ := json.Marshal(fakeslack.Callback("EvHomeHTTP", fakeslack.HomeOpened("U0200", "D0200", "home", "1700070000.000001")))
	if status, _ := httpPost(t, fakeslack.SignedRequest(endpoint, "application/json", "test-signing-secret", time.Now(), raw)); status != 200 {
		t.Fatalf("app_home_opened status %d", status)
	}
	pub := fs.WaitCalls("views.publish", 1)[0]
	value := ""
	for _, bl := range pub.JSON["view"].(map[string]any)["blocks"].([]any) {
		if acc, ok := bl.(map[string]any)["accessory"].(map[string]any); ok && acc["action_id"] == actUnsubscribe {
			value = acc["value"].(string)
		}
	}
	if value == "" {
		t.Fatalf("no Unsubscribe button in %v", pub.JSON)
	}
	press := func(secret, value string) int {
		t.Helper()
		p, _ := json.Marshal(fakeslack.ViewAction("U0200", actUnsubscribe, value))
		body := []byte(url.Values{"payload": {string(p)}}.Encode())
		begin := time.Now()
		status, _ := httpPost(t, fakeslack.SignedRequest(endpoint, "application/x-www-form-urlencoded", secret, begin, body))
		if d := time.Since(begin); d > 3*time.Second {
			t.Errorf("acknowledged after %v, Slack wants 3 s", d)
		}
		return status
	}
	if status := press("not-the-secret", value); status == 200 {
		t.Errorf("a payload with a bad signature got %d", status)
	}
	forged, _ := json.Marshal(unsubscribeRef{Room: "C0888", ID: theirsID})
	if status := press("test-signing-secret", string(forged)); status != 200 {
		t.Fatalf("forged Unsubscribe status %d", status)
	}
	fs.WaitCalls("views.publish", 2)
	if status := press("test-signing-secret", value); status != 200 {
		t.Fatalf("Unsubscribe status %d", status)
	}
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
