package matrix

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/commands"
	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/seeds"
)

func TestRender(t *testing.T) {
	answer := bot.Answer{Country: "Côte <d'Ivoire>", Text: `States "must" <b>not</b> & shall`, Sources: []string{"001_x", "002<y>"}}
	tests := []struct {
		name      string
		reply     bot.Reply
		wantHTML  []string
		wantPlain []string
		notHTML   []string
	}{
		{
			name:      "answer escaped, country bold, statement quoted, sources listed",
			reply:     bot.Reply{Answers: []bot.Answer{answer}},
			wantHTML:  []string{"<b>Côte &lt;d&#39;Ivoire&gt;</b>", "<blockquote>States &#34;must&#34; &lt;b&gt;not&lt;/b&gt; &amp; shall</blockquote>", "<code>001_x</code>, <code>002&lt;y&gt;</code>"},
			wantPlain: []string{"Côte <d'Ivoire>:", `> States "must" <b>not</b> & shall`, "Sources: 001_x, 002<y>"},
			notHTML:   []string{"<b>not</b>", "<d'Ivoire>"},
		},
		{
			name:      "message when there are no answers",
			reply:     bot.Reply{Message: "I don't know <that> country."},
			wantHTML:  []string{"<p>I don&#39;t know &lt;that&gt; country.</p>"},
			wantPlain: []string{"I don't know <that> country."},
		},
		{
			name:      "no answers and no message",
			reply:     bot.Reply{},
			wantHTML:  []string{"no statement"},
			wantPlain: []string{"no statement"},
		},
		{
			name:      "related labelled",
			reply:     bot.Reply{Answers: []bot.Answer{answer}, Related: []bot.Answer{{Country: "Cuba", Text: "Related text.", Sources: []string{"003_z"}}}},
			wantHTML:  []string{"<b>Related statements by other countries</b>", "<b>Cuba</b>", "<code>003_z</code>"},
			wantPlain: []string{"Related statements by other countries:", "Cuba:\n> Related text.\nSources: 003_z"},
		},
		{
			name: "digest",
			reply: bot.Reply{Digest: &bot.Digest{Name: "daily", Themes: []bot.DigestTheme{
				{Theme: "norms", Entries: []bot.DigestEntry{{Country: "Peru", Text: "A <norm>.", Sources: []string{"s1"}, New: true}}},
				{Theme: "empty"},
			}}},
			wantHTML:  []string{"<h4>Digest: daily</h4>", "<b>norms</b>", "<b>Peru</b> <i>(new)</i>", "<blockquote>A &lt;norm&gt;.</blockquote>", "<code>s1</code>", "<b>empty</b>", "Nothing in the corpus"},
			wantPlain: []string{"Digest: daily", "norms:", "Peru (new): A <norm>. [s1]", "Nothing in the corpus"},
		},
		{
			name:      "spanish reply: labels in Spanish, statement marked as English",
			reply:     bot.Reply{Lang: "es", Answers: []bot.Answer{{Country: "Peru", Text: "Peru has noted.", Sources: []string{"a"}}}, Related: []bot.Answer{{Country: "Cuba", Text: "R.", Sources: []string{"b"}}}},
			wantHTML:  []string{"<b>Peru</b> <i>(declaración en inglés)</i>", "Fuentes: <code>a</code>", "<b>Declaraciones relacionadas de otros países</b>"},
			wantPlain: []string{"Peru (declaración en inglés):\n> Peru has noted.\nFuentes: a"},
		},
		{
			name:      "french reply without answers",
			reply:     bot.Reply{Lang: "fr"},
			wantHTML:  []string{"Je n&#39;ai trouvé aucune déclaration"},
			wantPlain: []string{"Je n'ai trouvé aucune déclaration"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := render(tc.reply)
			if c.MsgType != event.MsgNotice || c.Format != event.FormatHTML {
				t.Errorf("msgtype %q format %q, want m.notice with HTML", c.MsgType, c.Format)
			}
			for _, w := range tc.wantHTML {
				if !strings.Contains(c.FormattedBody, w) {
					t.Errorf("HTML lacks %q:\n%s", w, c.FormattedBody)
				}
			}
			for _, w := range tc.wantPlain {
				if !strings.Contains(c.Body, w) {
					t.Errorf("plain lacks %q:\n%s", w, c.Body)
				}
			}
			for _, w := range tc.notHTML {
				if strings.Contains(c.FormattedBody, w) {
					t.Errorf("HTML contains unescaped %q:\n%s", w, c.FormattedBody)
				}
			}
		})
	}
}

func TestRenderSizeLimit(t *testing.T) {
	var answers []bot.Answer
	for range 200 {
		answers = append(answers, bot.Answer{Country: "Peru", Text: strings.Repeat("long statement ", 20), Sources: []string{"src"}})
	}
	c := render(bot.Reply{Answers: answers})
	if n := len(c.Body) + len(c.FormattedBody); n > maxRenderedBytes+500 {
		t.Errorf("rendered %d bytes, limit %d", n, maxRenderedBytes)
	}
	if !strings.Contains(c.Body, "more not shown") {
		t.Errorf("truncated reply does not say so:\n%s", c.Body[len(c.Body)-200:])
	}
}

func TestAddressingHelpers(t *testing.T) {
	a := &Adapter{userID: "@stancebot:example.org", displayName: "StanceBot"}
	for _, tc := range []struct{ in, want string }{
		{"StanceBot: what does Peru say?", "what does Peru say?"},
		{"stancebot, compare Peru and Cuba", "compare Peru and Cuba"},
		{"@stancebot:example.org what about Cuba", "what about Cuba"},
		{"hey @StanceBot what about Cuba", "hey what about Cuba"},
		{"StanceBot", ""},
	} {
		if got := a.stripMention(tc.in); got != tc.want {
			t.Errorf("stripMention(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct {
		body string
		m    *event.Mentions
		fb   string
		want bool
	}{
		{"StanceBot: hi", nil, "", true},
		{"what about stancebots in general", nil, "", false},
		{"a mention", &event.Mentions{UserIDs: []id.UserID{"@stancebot:example.org"}}, "", true},
		{"a mention of someone else", &event.Mentions{UserIDs: []id.UserID{"@alice:example.org"}}, "", false},
		{"Bot: hi", nil, `<a href="https://matrix.to/#/@stancebot:example.org">Bot</a>: hi`, true},
		{"> <@alice:example.org> StanceBot said\n\nthanks", nil, "", false},
	} {
		c := &event.MessageEventContent{Body: tc.body, Mentions: tc.m, FormattedBody: tc.fb}
		if got := a.mentioned(c); got != tc.want {
			t.Errorf("mentioned(%q, %v, %q) = %v, want %v", tc.body, tc.m, tc.fb, got, tc.want)
		}
	}
	for _, tc := range []struct {
		s, prefix, rest string
		ok              bool
	}{
		{"!stance compare Peru and Cuba", "!stance", "compare Peru and Cuba", true},
		{"!STANCE help", "!stance", "help", true},
		{"!stance", "!stance", "", true},
		{"!stanceful", "!stance", "", false},
		{"say !stance", "!stance", "", false},
		{"anything", "", "", false},
	} {
		rest, ok := cutPrefixFold(tc.s, tc.prefix)
		if rest != tc.rest || ok != tc.ok {
			t.Errorf("cutPrefixFold(%q, %q) = %q, %v; want %q, %v", tc.s, tc.prefix, rest, ok, tc.rest, tc.ok)
		}
	}
	// A reply's quoted fallback is not the question; a quote the user
	// wrote themselves ("> text") is.
	for body, want := range map[string]string{
		"> <@a:b> quoted\n> more\n\nthe reply": "the reply",
		"> what Peru said\nis it new?":         "> what Peru said\nis it new?",
	} {
		if got := event.TrimReplyFallbackText(body); got != want {
			t.Errorf("TrimReplyFallbackText(%q) = %q, want %q", body, got, want)
		}
	}
}

func TestAllowlist(t *testing.T) {
	al := newAllowlist([]string{"@alice:example.org", "friends.net", ":Other.org"}, "example.org")
	for u, want := range map[id.UserID]bool{
		"@alice:example.org": true,
		"@bob:example.org":   false,
		"@carol:friends.net": true,
		"@dave:other.org":    true,
		"@eve:evil.com":      false,
		"not-a-user":         false,
	} {
		if got := al.allows(u); got != want {
			t.Errorf("allows(%s) = %v, want %v", u, got, want)
		}
	}
	own := newAllowlist(nil, "example.org")
	if !own.allows("@bob:example.org") || own.allows("@eve:evil.com") {
		t.Error("empty allowlist must allow the bot's own server only")
	}
}

func TestRetryDelay(t *testing.T) {
	resp := func(code int, hdr string) *http.Response {
		r := &http.Response{StatusCode: code, Header: http.Header{}}
		if hdr != "" {
			r.Header.Set("Retry-After", hdr)
		}
		return r
	}
	for _, tc := range []struct {
		name  string
		err   error
		wait  time.Duration
		retry bool
	}{
		{"M_LIMIT_EXCEEDED retry_after_ms", mautrix.HTTPError{Response: resp(429, ""), RespError: &mautrix.RespError{ErrCode: "M_LIMIT_EXCEEDED", StatusCode: 429, ExtraData: map[string]any{"retry_after_ms": float64(1500)}}}, 1500 * time.Millisecond, true},
		{"429 Retry-After header", mautrix.HTTPError{Response: resp(429, "3")}, 3 * time.Second, true},
		{"rate limit capped", mautrix.HTTPError{Response: resp(429, ""), RespError: &mautrix.RespError{ErrCode: "M_LIMIT_EXCEEDED", ExtraData: map[string]any{"retry_after_ms": float64(1e9)}}}, maxRetryWait, true},
		{"502 backs off", mautrix.HTTPError{Response: resp(502, "")}, baseBackoff, true},
		{"network error backs off", errors.New("connection refused"), baseBackoff, true},
		{"403 is final", mautrix.HTTPError{Response: resp(403, ""), RespError: &mautrix.RespError{ErrCode: "M_FORBIDDEN", StatusCode: 403}}, 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wait, retry := retryDelay(tc.err, 1)
			ok := wait == tc.wait
			if tc.wait == baseBackoff { // a backoff wait is jittered over [d/2, d]
				ok = wait >= baseBackoff/2 && wait <= baseBackoff
			}
			if !ok || retry != tc.retry {
				t.Errorf("retryDelay = %s, %v; want %s, %v", wait, retry, tc.wait, tc.retry)
			}
		})
	}
	if w, _ := retryDelay(errors.New("x"), 4); w < 4*baseBackoff || w > 8*baseBackoff {
		t.Errorf("4th attempt backoff = %s, want within [%s, %s]", w, 4*baseBackoff, 8*baseBackoff)
	}
}

func TestReplyTxnIDDeterministic(t *testing.T) {
	a, b := replyTxnID("$q1"), replyTxnID("$q1")
	if a != b || a == replyTxnID("$q2") {
		t.Errorf("txn IDs: %q %q %q", a, b, replyTxnID("$q2"))
	}
}

func TestDropPreJoinMessages(t *testing.T) {
	me := id.UserID("@bot:x")
	key := string(me)
	other := "@alice:x"
	msg := func(id id.EventID) *event.Event {
		return &event.Event{ID: id, Type: event.EventMessage, Content: event.Content{Raw: map[string]any{"body": "q"}}}
	}
	member := func(eid id.EventID, sk *string, membership string, prev string) *event.Event {
		e := &event.Event{ID: eid, Type: event.StateMember, StateKey: sk, Content: event.Content{Raw: map[string]any{"membership": membership}}}
		if prev != "" {
			e.Unsigned.PrevContent = &event.Content{Raw: map[string]any{"membership": prev}}
		}
		return e
	}
	resp := &mautrix.RespSync{Rooms: mautrix.RespSyncRooms{Join: map[id.RoomID]*mautrix.SyncJoinedRoom{
		"!joined-now:x": {Timeline: mautrix.SyncTimeline{SyncEventsList: mautrix.SyncEventsList{Events: []*event.Event{
			msg("$before"), member("$alice", &other, "join", ""), member("$join", &key, "join", "invite"), msg("$after"),
		}}}},
		"!profile-change:x": {Timeline: mautrix.SyncTimeline{SyncEventsList: mautrix.SyncEventsList{Events: []*event.Event{
			msg("$kept"), member("$rename", &key, "join", "join"),
		}}}},
	}}}
	a := &Adapter{userID: me}
	a.dropPreJoinMessages(t.Context(), resp, "s1")
	ids := func(room id.RoomID) []id.EventID {
		var out []id.EventID
		for _, e := range resp.Rooms.Join[room].Timeline.Events {
			out = append(out, e.ID)
		}
		return out
	}
	if got := ids("!joined-now:x"); strings.Join(toStrings(got), ",") != "$alice,$join,$after" {
		t.Errorf("joined room timeline = %v, want state kept and pre-join message dropped", got)
	}
	if got := ids("!profile-change:x"); len(got) != 2 {
		t.Errorf("profile change dropped messages: %v", got)
	}
}

func toStrings(ids []id.EventID) []string {
	out := make([]string, len(ids))
	for i, v := range ids {
		out[i] = string(v)
	}
	return out
}

func TestRenderCodeSpans(t *testing.T) {
	tests := []struct{ msg, html string }{
		{"Try `digest attribution` or `help`.", "<p>Try <code>digest attribution</code> or <code>help</code>.</p>"},
		{"a `<b>` tag", "<p>a <code>&lt;b&gt;</code> tag</p>"},
		{"one ` backtick", "<p>one ` backtick</p>"},
		{"`a` and `b", "<p><code>a</code> and `b</p>"},
	}
	for _, tc := range tests {
		got := render(bot.Reply{Message: tc.msg})
		if !strings.HasPrefix(got.FormattedBody, tc.html) {
			t.Errorf("render(%q).FormattedBody = %q, want prefix %q", tc.msg, got.FormattedBody, tc.html)
		}
		if got.Body != tc.msg {
			t.Errorf("plain body %q, want %q", got.Body, tc.msg)
		}
	}
	c, err := corpus.Load(context.Background(), seeds.FS, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b := bot.New(c)
	usage := bot.Chain(b, (&commands.Digests{Source: b}).Middleware).Handle(context.Background(), bot.Question{Text: "digest"})
	if !strings.Contains(usage.Message, "`") {
		t.Fatalf("the digest usage reply has no code span to render: %q", usage.Message)
	}
	if html := render(usage).FormattedBody; strings.Contains(html, "`") || !strings.Contains(html, "<code>") {
		t.Errorf("command help HTML shows Markdown backticks: %s", html)
	}
}
