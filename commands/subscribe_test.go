package commands

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/delivery"
)

// fakeSource is a DigestSource over fixed answers per theme.
type fakeSource struct {
	themes  map[string]string // words -> theme
	names   []string
	answers map[string][]bot.Answer
	version string
}

func newFakeSource() *fakeSource {
	return &fakeSource{
		themes: map[string]string{"attribution": "attribution", "due diligence": "due diligence",
			"sovereignty": "sovereignty", "norms": "norms"},
		names: []string{"attribution", "due diligence", "norms", "sovereignty"},
		answers: map[string][]bot.Answer{
			"attribution":   {{Country: "Peru", Text: "Attribution is hard.", Sources: []string{"000"}, Key: "a1"}},
			"due diligence": {{Country: "Peru", Text: "States must not let their territory be used.", Sources: []string{"000"}, Key: "d1"}},
		},
		version: "v1",
	}
}

func (f *fakeSource) ResolveTheme(w string) (string, bool) {
	t, ok := f.themes[strings.ToLower(w)]
	return t, ok
}
func (f *fakeSource) ThemeNames() []string { return f.names }
func (f *fakeSource) Digest(name string, themes, countries []string, previous map[string]bool, now time.Time) (bot.Digest, *corpus.Corpus, error) {
	var ans [][]bot.Answer
	var res []string
	for _, t := range themes {
		r, ok := f.ResolveTheme(t)
		if !ok {
			return bot.Digest{}, nil, &bot.UnknownThemeError{Theme: t, Known: f.names}
		}
		res = append(res, r)
		ans = append(ans, f.answers[r])
	}
	return bot.BuildDigest(name, f.version, now, res, ans, previous), &corpus.Corpus{Version: f.version}, nil
}

// memSubs is an in-memory SubscriptionStore.
type memSubs struct {
	mu   sync.Mutex
	next int64
	subs map[int64]delivery.Subscription
}

func (m *memSubs) AddSubscription(_ context.Context, s delivery.Subscription) (int64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.subs == nil {
		m.subs = map[int64]delivery.Subscription{}
	}
	m.next++
	s.ID = m.next
	m.subs[s.ID] = s
	return s.ID, nil
}

func (m *memSubs) DeleteSubscription(_ context.Context, platform, room string, id int64) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	s, ok := m.subs[id]
	if !ok || s.Platform != platform || s.Room != room {
		return false, nil
	}
	delete(m.subs, id)
	return true, nil
}

func (m *memSubs) RoomSubscriptions(_ context.Context, platform, room string) ([]delivery.Subscription, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []delivery.Subscription
	for _, s := range m.subs {
		if s.Platform == platform && s.Room == room {
			out = append(out, s)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

type memHistory map[string]map[string]bool

func (h memHistory) SeenKeys(_ context.Context, target string) (map[string]bool, bool, error) {
	k, ok := h[target]
	return k, ok, nil
}

func TestSubscriptionRoundTripThroughHandle(t *testing.T) {
	store := &memSubs{}
	now := time.Date(2026, 3, 27, 12, 0, 0, 0, time.UTC) // a Friday
	cmds := &Digests{Source: newFakeSource(), Store: store, Policy: SubscribePolicy{Everyone: true},
		DefaultTZ: "Europe/Brussels", Now: func() time.Time { return now }}
	question := bot.HandlerFunc(func(_ context.Context, q bot.Question) bot.Reply {
		return bot.Reply{Query: q.Text, Intent: bot.IntentNone, Message: "a question"}
	})
	b := bot.Chain(question, cmds.Middleware)
	ctx := context.Background()
	ask := func(room, text string) bot.Reply {
		return b.Handle(ctx, bot.Question{Text: text, Platform: "console", Room: room, User: "alice"})
	}
	steps := []struct {
		room, text string
		want       []string
	}{
		{"r1", "subscriptions", []string{"No subscriptions in this room"}},
		{"r1", "subscribe sovereignty weekly", []string{"Subscribed #1: sovereignty", "0 9 * * MON (Europe/Brussels)", "Next digest: Mon 30 Mar 2026 09:00 CEST"}},
		{"r1", "subscribe attribution due diligence 30 2 * * * UTC", []string{"Subscribed #2: attribution, due diligence", "30 2 * * * (UTC)", "Sat 28 Mar 2026 02:30 UTC"}},
		{"r2", "subscribe norms daily America/New_York", []string{"Subscribed #3: norms", "Fri 27 Mar 2026 09:00 EDT"}},
		{"r1", "subscriptions", []string{"#1 sovereignty", "#2 attribution, due diligence", "next Sat 28 Mar 2026 02:30 UTC"}},
		{"r1", "unsubscribe #3", []string{"No subscription here matches"}}, // belongs to r2
		{"r1", "unsubscribe due diligence", []string{"Unsubscribed #2."}},
		{"r1", "/unsubscribe 1", []string{"Unsubscribed #1."}},
		{"r1", "subscriptions", []string{"No subscriptions in this room"}},
		{"r2", "subscriptions", []string{"#3 norms"}},
	}
	if r := ask("r1", "what does Peru say on subscriptions to norms?"); r.Message != "a question" {
		t.Errorf("a question was not passed on to the next handler: %+v", r)
	}
	for i, s := range steps {
		r := ask(s.room, s.text)
		if r.Intent != bot.IntentAdmin {
			t.Errorf("step %d %q: intent %q", i, s.text, r.Intent)
		}
		for _, w := range s.want {
			if !strings.Contains(r.Message, w) {
				t.Errorf("step %d %q: reply %q lacks %q", i, s.text, r.Message, w)
			}
		}
	}
}

func TestSubscribeRejectsBadInput(t *testing.T) {
	now := time.Date(2026, 3, 27, 12, 0, 0, 0, time.UTC)
	base := Digests{Source: newFakeSource(), Store: &memSubs{}, Policy: SubscribePolicy{Everyone: true},
		Now: func() time.Time { return now }}
	tests := []struct {
		name  string
		cmds  func(c *Digests)
		q     bot.Question
		want  string
		saved bool
	}{
		{"unknown theme lists themes", nil, bot.Question{Text: "subscribe cyberpunk weekly"}, `I don't know the theme "cyberpunk". Themes: attribution, due diligence, norms, sovereignty`, false},
		{"missing schedule", nil, bot.Question{Text: "subscribe attribution"}, "Say how often", false},
		{"bad cron", nil, bot.Question{Text: "subscribe attribution 0 25 * * *"}, "Bad schedule", false},
		{"bad time zone", nil, bot.Question{Text: "subscribe attribution weekly Mars/Olympus"}, "IANA", false},
		{"too frequent", nil, bot.Question{Text: "subscribe attribution */5 * * * *"}, "at most every 1h0m0s", false},
		{"no room", nil, bot.Question{Text: "subscribe attribution weekly", Room: "-"}, "ask me in one", false},
		{"not an admin", func(c *Digests) {
			c.Policy = SubscribePolicy{Admins: map[string][]string{"slack": {"U1"}}}
		}, bot.Question{Text: "subscribe attribution weekly", Platform: "slack", User: "U2"}, "Only this bot's admins", false},
		{"an admin", func(c *Digests) {
			c.Policy = SubscribePolicy{Admins: map[string][]string{"slack": {"U1"}}}
		}, bot.Question{Text: "subscribe attribution weekly", Platform: "slack", User: "U1"}, "Subscribed #1", true},
		{"undeliverable platform", func(c *Digests) {
			c.CanDeliver = func(p string) bool { return p != "console" }
		}, bot.Question{Text: "subscribe attribution weekly", Platform: "console"}, "cannot deliver digests on console", false},
		{"no store", func(c *Digests) { c.Store = nil }, bot.Question{Text: "subscriptions"}, "not enabled", false},
		{"usage", nil, bot.Question{Text: "subscribe"}, "Usage: subscribe", false},
		{"unsubscribe usage", nil, bot.Question{Text: "unsubscribe"}, "Usage: unsubscribe", false},
		{"unsubscribe unknown theme", nil, bot.Question{Text: "unsubscribe cyberpunk"}, `I don't know the theme "cyberpunk"`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := base
			store := &memSubs{}
			c.Store = store
			if tc.cmds != nil {
				tc.cmds(&c)
			}
			q := tc.q
			if q.Room == "" {
				q.Room = "C1"
			} else if q.Room == "-" {
				q.Room = ""
			}
			if q.Platform == "" {
				q.Platform = "slack"
			}
			r, ok := c.handle(context.Background(), q)
			if !ok {
				t.Fatalf("%q not handled", q.Text)
			}
			if !strings.Contains(r.Message, tc.want) {
				t.Errorf("reply %q lacks %q", r.Message, tc.want)
			}
			subs, _ := store.RoomSubscriptions(context.Background(), q.Platform, q.Room)
			if (len(subs) > 0) != tc.saved {
				t.Errorf("saved = %v, want %v", len(subs) > 0, tc.saved)
			}
		})
	}
}

func TestDigestCommand(t *testing.T) {
	src := newFakeSource()
	hist := memHistory{"slack:C1": {"a1": true}}
	c := &Digests{Source: src, History: hist, Now: func() time.Time { return time.Unix(0, 0) }}
	tests := []struct {
		q       bot.Question
		intent  string
		want    []string
		handled bool
	}{
		{bot.Question{Text: "digest attribution due diligence", Platform: "slack", Room: "C1"}, bot.IntentDigest,
			[]string{"attribution: Peru=false", "due diligence: Peru=true", "1 new since the last digest"}, true},
		{bot.Question{Text: "digest attribution, norms", Platform: "cli"}, bot.IntentDigest,
			[]string{"attribution: Peru=false", "norms:;", "nothing in the corpus on norms"}, true},
		{bot.Question{Text: "digest warp drives"}, bot.IntentAdmin, []string{`I don't know the theme "warp"`, "attribution, due diligence, norms, sovereignty"}, true},
		{bot.Question{Text: "digest"}, bot.IntentAdmin, []string{"Usage: digest"}, true},
		{bot.Question{Text: "what does Peru say on attribution"}, "", nil, false},
		{bot.Question{Text: "subscriptions to norms"}, "", nil, false},
	}
	for _, tc := range tests {
		r, ok := c.handle(context.Background(), tc.q)
		if ok != tc.handled {
			t.Errorf("%q handled = %v", tc.q.Text, ok)
			continue
		}
		if !ok {
			continue
		}
		if r.Intent != tc.intent {
			t.Errorf("%q intent = %q, want %q", tc.q.Text, r.Intent, tc.intent)
		}
		got := r.Message
		if r.Digest != nil {
			got += "\n" + digestMarks(*r.Digest)
		}
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("%q: reply lacks %q:\n%s", tc.q.Text, w, got)
			}
		}
	}
}

// digestMarks renders "theme: Country=new ...;" per theme.
func digestMarks(d bot.Digest) string {
	var sb strings.Builder
	for _, t := range d.Themes {
		sb.WriteString(t.Theme + ":")
		for _, e := range t.Entries {
			fmt.Fprintf(&sb, " %s=%v", e.Country, e.New)
		}
		sb.WriteString(";\n")
	}
	return sb.String()
}

func TestParseSubscribe(t *testing.T) {
	tests := []struct {
		in       string
		words    string
		expr, tz string
		err      bool
	}{
		{"sovereignty weekly", "sovereignty", "weekly", "Europe/Brussels", false},
		{"due diligence daily utc", "due diligence", "daily", "UTC", false},
		{"attribution `0 9 * * MON-FRI` America/New_York", "attribution", "0 9 * * MON-FRI", "America/New_York", false},
		{"attribution */30 8-18 * * * Asia/Tokyo", "attribution", "*/30 8-18 * * *", "Asia/Tokyo", false},
		{"attribution @monthly", "attribution", "@monthly", "Europe/Brussels", false},
		{"attribution weekly Nowhere/Land", "", "", "", true},
		{"attribution sometimes", "", "", "", true},
		{"0 9 * * 1", "", "", "", true},
	}
	for _, tc := range tests {
		words, expr, tz, err := parseSubscribe(tc.in, "Europe/Brussels")
		if (err != nil) != tc.err {
			t.Errorf("%q: err = %v", tc.in, err)
			continue
		}
		if err == nil && (strings.Join(words, " ") != tc.words || expr != tc.expr || tz != tc.tz) {
			t.Errorf("%q: got %q %q %q", tc.in, words, expr, tz)
		}
	}
}

// FuzzDigests: any chat line gets a reply or is passed on, never a panic.
func FuzzDigests(f *testing.F) {
	for _, s := range []string{"subscribe attribution weekly", "subscribe a 0 9 * * MON Europe/Brussels", "unsubscribe #1",
		"subscriptions", "digest due diligence", "subscribe `*/5 * * * *`", "subscribe x TZ=", "unsubscribe -1", "digest ,,,"} {
		f.Add(s)
	}
	now := time.Date(2026, 3, 27, 12, 0, 0, 0, time.UTC)
	c := &Digests{Source: newFakeSource(), Store: &memSubs{}, History: memHistory{}, Policy: SubscribePolicy{Everyone: true},
		Now: func() time.Time { return now }}
	f.Fuzz(func(t *testing.T, line string) {
		r, ok := c.handle(context.Background(), bot.Question{Text: line, Platform: "slack", Room: "C1", User: "U1"})
		if ok && r.Message == "" && r.Digest == nil {
			t.Fatalf("%q: empty reply", line)
		}
	})
}

// TestSubscriptionRemembersItsLanguage: a subscription made in Spanish
// keeps "es" for its digests, and an on-demand digest is labelled in the
// language of the command.
func TestSubscriptionRemembersItsLanguage(t *testing.T) {
	store := &memSubs{}
	now := time.Date(2026, 3, 27, 12, 0, 0, 0, time.UTC)
	langOf := func(q bot.Question) string {
		if strings.Contains(q.Text, "soberanía") || q.Lang == "es" {
			return "es"
		}
		return "en"
	}
	cmds := &Digests{Source: newFakeSource(), Store: store, Policy: SubscribePolicy{Everyone: true},
		Now: func() time.Time { return now }, Language: langOf}
	cmds.Source.(*fakeSource).themes["soberanía"] = "sovereignty"
	h := bot.Chain(bot.HandlerFunc(func(context.Context, bot.Question) bot.Reply { return bot.Reply{} }), cmds.Middleware)
	ctx := context.Background()
	h.Handle(ctx, bot.Question{Text: "subscribe soberanía weekly", Platform: "slack", Room: "C1", User: "U1"})
	h.Handle(ctx, bot.Question{Text: "subscribe norms weekly", Platform: "slack", Room: "C2", User: "U1"})
	subs, _ := store.RoomSubscriptions(ctx, "slack", "C1")
	if len(subs) != 1 || subs[0].Lang != "es" {
		t.Errorf("Spanish subscription stored as %+v, want lang es", subs)
	}
	subs, _ = store.RoomSubscriptions(ctx, "slack", "C2")
	if len(subs) != 1 || subs[0].Lang != "en" {
		t.Errorf("English subscription stored as %+v, want lang en", subs)
	}
	if r := h.Handle(ctx, bot.Question{Text: "digest attribution", Platform: "slack", Room: "C1", Lang: "es"}); r.Lang != "es" {
		t.Errorf("digest in a Spanish room has lang %q", r.Lang)
	}
}
