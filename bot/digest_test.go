package bot

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stancebot/stancebot/corpus"
)

func TestBuildDigest(t *testing.T) {
	now := time.Date(2026, 3, 30, 7, 0, 0, 0, time.UTC)
	answers := [][]Answer{
		{
			{Country: "Peru", Text: "Peru has noted the difficulty of attribution.", Sources: []string{"000"}, Key: "k-peru"},
			{Country: "Estonia", Text: "Estonia attributes publicly.", Sources: []string{"001", "003"}, Key: "k-est"},
		},
		{},
	}
	tests := []struct {
		name     string
		previous map[string]bool
		wantNew  map[string]bool
	}{
		{"no previous digest marks nothing", nil, map[string]bool{}},
		{"key missing from the previous corpus is new", map[string]bool{"k-est": true}, map[string]bool{"Peru": true}},
		{"all seen before", map[string]bool{"k-est": true, "k-peru": true}, map[string]bool{}},
		{"empty previous corpus marks all", map[string]bool{}, map[string]bool{"Peru": true, "Estonia": true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := BuildDigest("weekly", "v1", now, []string{"attribution", "sovereignty"}, answers, tc.previous)
			if d.Name != "weekly" || d.CorpusVersion != "v1" || !d.Generated.Equal(now) || len(d.Themes) != 2 {
				t.Fatalf("digest header wrong: %+v", d)
			}
			es := d.Themes[0].Entries
			if len(es) != 2 || es[0].Country != "Estonia" || es[1].Country != "Peru" {
				t.Fatalf("entries not sorted by country: %+v", es)
			}
			for _, e := range es {
				if e.New != tc.wantNew[e.Country] {
					t.Errorf("%s: New = %v, want %v", e.Country, e.New, tc.wantNew[e.Country])
				}
			}
			if d.Themes[1].Entries == nil || len(d.Themes[1].Entries) != 0 {
				t.Errorf("empty theme should have an empty, non-nil entry list: %#v", d.Themes[1].Entries)
			}
		})
	}
}

func TestDigestSummary(t *testing.T) {
	now := time.Date(2026, 3, 30, 7, 0, 0, 0, time.UTC)
	tests := []struct {
		answers  [][]Answer
		previous map[string]bool
		want     string
	}{
		{[][]Answer{{{Country: "Peru", Key: "k"}}, nil}, map[string]bool{}, "1 statement on attribution; 1 new since the last digest; nothing in the corpus on sovereignty."},
		{[][]Answer{{{Country: "Peru", Key: "k"}, {Country: "Cuba", Key: "c"}}, {{Country: "Peru", Key: "s"}}}, nil, "3 statements on attribution, sovereignty."},
		{[][]Answer{nil, nil}, nil, "nothing in the corpus on attribution, sovereignty."},
	}
	for _, tc := range tests {
		d := BuildDigest("w", "v", now, []string{"attribution", "sovereignty"}, tc.answers, tc.previous)
		r := DigestReply("digest attribution sovereignty", d)
		if r.Message != tc.want {
			t.Errorf("Message = %q, want %q", r.Message, tc.want)
		}
		if r.Intent != IntentDigest || r.Digest == nil || len(r.Themes) != 2 || r.Answers == nil {
			t.Errorf("DigestReply = %+v", r)
		}
	}
}

// fakeSource is a DigestSource over fixed answers per theme.
type fakeSource struct {
	themes  map[string]string // words -> theme
	names   []string
	answers map[string][]Answer
	version string
}

func newFakeSource() *fakeSource {
	return &fakeSource{
		themes: map[string]string{"attribution": "attribution", "due diligence": "due diligence",
			"sovereignty": "sovereignty", "norms": "norms"},
		names: []string{"attribution", "due diligence", "norms", "sovereignty"},
		answers: map[string][]Answer{
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
func (f *fakeSource) Digest(name string, themes, countries []string, previous map[string]bool, now time.Time) (Digest, *corpus.Corpus, error) {
	var ans [][]Answer
	var res []string
	for _, t := range themes {
		r, ok := f.ResolveTheme(t)
		if !ok {
			return Digest{}, nil, &UnknownThemeError{Theme: t, Known: f.names}
		}
		res = append(res, r)
		ans = append(ans, f.answers[r])
	}
	return BuildDigest(name, f.version, now, res, ans, previous), &corpus.Corpus{Version: f.version}, nil
}

// memSubs is an in-memory SubscriptionStore.
type memSubs struct {
	mu   sync.Mutex
	next int64
	subs map[int64]Subscription
}

func (m *memSubs) AddSubscription(_ context.Context, s Subscription) (int64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.subs == nil {
		m.subs = map[int64]Subscription{}
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

func (m *memSubs) RoomSubscriptions(_ context.Context, platform, room string) ([]Subscription, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []Subscription
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
	cmds := &DigestCommands{Source: newFakeSource(), Store: store, Policy: SubscribePolicy{Everyone: true},
		DefaultTZ: "Europe/Brussels", Now: func() time.Time { return now }}
	b := New(nil, cmds)
	ctx := context.Background()
	ask := func(room, text string) Reply {
		return b.Handle(ctx, Question{Text: text, Platform: "console", Room: room, User: "alice"})
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
	for i, s := range steps {
		r := ask(s.room, s.text)
		if r.Intent != IntentAdmin {
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
	base := DigestCommands{Source: newFakeSource(), Store: &memSubs{}, Policy: SubscribePolicy{Everyone: true},
		Now: func() time.Time { return now }}
	tests := []struct {
		name  string
		cmds  func(c *DigestCommands)
		q     Question
		want  string
		saved bool
	}{
		{"unknown theme lists themes", nil, Question{Text: "subscribe cyberpunk weekly"}, `I don't know the theme "cyberpunk". Themes: attribution, due diligence, norms, sovereignty`, false},
		{"missing schedule", nil, Question{Text: "subscribe attribution"}, "Say how often", false},
		{"bad cron", nil, Question{Text: "subscribe attribution 0 25 * * *"}, "Bad schedule", false},
		{"bad time zone", nil, Question{Text: "subscribe attribution weekly Mars/Olympus"}, "IANA", false},
		{"too frequent", nil, Question{Text: "subscribe attribution */5 * * * *"}, "at most every 1h0m0s", false},
		{"no room", nil, Question{Text: "subscribe attribution weekly", Room: "-"}, "ask me in one", false},
		{"not an admin", func(c *DigestCommands) {
			c.Policy = SubscribePolicy{Admins: map[string][]string{"slack": {"U1"}}}
		}, Question{Text: "subscribe attribution weekly", Platform: "slack", User: "U2"}, "Only this bot's admins", false},
		{"an admin", func(c *DigestCommands) {
			c.Policy = SubscribePolicy{Admins: map[string][]string{"slack": {"U1"}}}
		}, Question{Text: "subscribe attribution weekly", Platform: "slack", User: "U1"}, "Subscribed #1", true},
		{"undeliverable platform", func(c *DigestCommands) {
			c.CanDeliver = func(p string) bool { return p != "console" }
		}, Question{Text: "subscribe attribution weekly", Platform: "console"}, "cannot deliver digests on console", false},
		{"no store", func(c *DigestCommands) { c.Store = nil }, Question{Text: "subscriptions"}, "not enabled", false},
		{"usage", nil, Question{Text: "subscribe"}, "Usage: subscribe", false},
		{"unsubscribe usage", nil, Question{Text: "unsubscribe"}, "Usage: unsubscribe", false},
		{"unsubscribe unknown theme", nil, Question{Text: "unsubscribe cyberpunk"}, `I don't know the theme "cyberpunk"`, false},
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
			r, ok := c.Handle(context.Background(), q)
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
	c := &DigestCommands{Source: src, History: hist, Now: func() time.Time { return time.Unix(0, 0) }}
	tests := []struct {
		q       Question
		intent  string
		want    []string
		handled bool
	}{
		{Question{Text: "digest attribution due diligence", Platform: "slack", Room: "C1"}, IntentDigest,
			[]string{"attribution: Peru=false", "due diligence: Peru=true", "1 new since the last digest"}, true},
		{Question{Text: "digest attribution, norms", Platform: "cli"}, IntentDigest,
			[]string{"attribution: Peru=false", "norms:;", "nothing in the corpus on norms"}, true},
		{Question{Text: "digest warp drives"}, IntentAdmin, []string{`I don't know the theme "warp"`, "attribution, due diligence, norms, sovereignty"}, true},
		{Question{Text: "digest"}, IntentAdmin, []string{"Usage: digest"}, true},
		{Question{Text: "what does Peru say on attribution"}, "", nil, false},
		{Question{Text: "subscriptions to norms"}, "", nil, false},
	}
	for _, tc := range tests {
		r, ok := c.Handle(context.Background(), tc.q)
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
func digestMarks(d Digest) string {
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

func TestParseThemesWithTheRealLexicon(t *testing.T) {
	b := seedBot(t)
	tests := []struct {
		in   string
		want string // joined by "|"; "!" + word for an unknown theme
	}{
		{"attribution", "attribution"},
		{"due diligence", "due diligence"},
		{"attribution due diligence", "attribution|due diligence"},
		{"attribution countermeasures", "attribution|countermeasures"},
		{"use of force, sovereignty", "use of force|sovereignty"},
		{"weaponization and attribution", "militarisation|attribution"},
		{"attribution blah", "!blah"},
		{"of attribution and the use of force", "attribution|use of force"},
		{"and", "!no theme given"},
	}
	for _, tc := range tests {
		got, err := ParseThemes(b, strings.Fields(tc.in))
		var s string
		var ut *UnknownThemeError
		if errors.As(err, &ut) {
			s = "!" + ut.Theme
		} else if err != nil {
			s = "!" + err.Error()
		} else {
			s = strings.Join(got, "|")
		}
		if s != tc.want {
			t.Errorf("ParseThemes(%q) = %q, want %q", tc.in, s, tc.want)
		}
	}
}

func TestBotDigestOnTheSeeds(t *testing.T) {
	b := seedBot(t)
	c := b.Corpus()
	keys := map[string]bool{}
	for _, s := range c.Statements {
		keys[s.Key] = true
	}
	d, used, err := b.Digest("weekly", []string{"attribution", "due diligence", "countermeasures"}, nil, nil, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if used != c || d.CorpusVersion != c.Version || len(d.Themes) != 3 {
		t.Fatalf("digest = %+v", d)
	}
	for _, th := range d.Themes[:2] {
		if len(th.Entries) == 0 {
			t.Errorf("%s: no entries on the seeds", th.Theme)
		}
		for i, e := range th.Entries {
			if !keys[e.Key] || len(e.Sources) == 0 || e.New {
				t.Errorf("%s: entry %+v lacks a corpus key or sources, or is new without a previous digest", th.Theme, e)
			}
			if i > 0 && th.Entries[i-1].Country > e.Country {
				t.Errorf("%s: not sorted by country", th.Theme)
			}
		}
	}
	if len(d.Themes[2].Entries) != 0 {
		t.Errorf("countermeasures should be empty on the seeds: %+v", d.Themes[2].Entries)
	}
	// A country filter, and errors for unknown names.
	d, _, err = b.Digest("", []string{"due diligence"}, []string{"peru"}, nil, time.Now())
	if err != nil || len(d.Themes[0].Entries) != 1 || d.Themes[0].Entries[0].Country != "Peru" {
		t.Errorf("filtered digest = %+v, %v", d, err)
	}
	var uc *UnknownCountryError
	if _, _, err := b.Digest("", []string{"attribution"}, []string{"Atlantis"}, nil, time.Now()); !errors.As(err, &uc) {
		t.Errorf("unknown country: %v", err)
	}
	var ut *UnknownThemeError
	if _, _, err := b.Digest("", []string{"astrology"}, nil, nil, time.Now()); !errors.As(err, &ut) || len(ut.Known) == 0 {
		t.Errorf("unknown theme: %v", err)
	}
}

// FuzzDigestCommands: any chat line gets a reply or is passed on, never a panic.
func FuzzDigestCommands(f *testing.F) {
	for _, s := range []string{"subscribe attribution weekly", "subscribe a 0 9 * * MON Europe/Brussels", "unsubscribe #1",
		"subscriptions", "digest due diligence", "subscribe `*/5 * * * *`", "subscribe x TZ=", "unsubscribe -1", "digest ,,,"} {
		f.Add(s)
	}
	now := time.Date(2026, 3, 27, 12, 0, 0, 0, time.UTC)
	c := &DigestCommands{Source: newFakeSource(), Store: &memSubs{}, History: memHistory{}, Policy: SubscribePolicy{Everyone: true},
		Now: func() time.Time { return now }}
	f.Fuzz(func(t *testing.T, line string) {
		r, ok := c.Handle(context.Background(), Question{Text: line, Platform: "slack", Room: "C1", User: "U1"})
		if ok && r.Message == "" && r.Digest == nil {
			t.Fatalf("%q: empty reply", line)
		}
	})
}
