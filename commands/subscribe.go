// Package commands holds stancebot's chat commands — digest, subscribe,
// unsubscribe, subscriptions — as bot.Middleware around the question
// handler: a message that is one of its commands is answered here, any
// other message goes on to the next handler. It owns parsing and policy
// for these commands; it does not own building digests (package bot),
// delivering them (package schedule) or keeping subscriptions (package
// store, through the SubscriptionStore interface defined here).
package commands

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/delivery"
	"github.com/stancebot/stancebot/schedule/spec"
)

// SubscriptionStore persists subscriptions; the store package implements it.
type SubscriptionStore interface {
	// AddSubscription stores s (ID ignored) and returns its new ID.
	AddSubscription(ctx context.Context, s delivery.Subscription) (int64, error)
	// DeleteSubscription removes subscription id of that room; false if
	// there was none.
	DeleteSubscription(ctx context.Context, platform, room string, id int64) (bool, error)
	// RoomSubscriptions lists a room's subscriptions by ID.
	RoomSubscriptions(ctx context.Context, platform, room string) ([]delivery.Subscription, error)
}

// DigestHistory tells what a target (a "platform:room" string) was shown
// before, so a digest can mark what is new. The store implements it.
type DigestHistory interface {
	// SeenKeys returns the statement keys of the corpus version used by the
	// last digest sent to target; ok is false when none was ever sent.
	SeenKeys(ctx context.Context, target string) (keys map[string]bool, ok bool, err error)
}

// DigestSource builds digests and resolves theme words; *bot.Bot implements it.
type DigestSource interface {
	ResolveTheme(words string) (string, bool)
	ThemeNames() []string
	Digest(name string, themes, countries []string, previous map[string]bool, now time.Time) (bot.Digest, *corpus.Corpus, error)
}

// SubscribePolicy says who may subscribe and unsubscribe a room.
type SubscribePolicy struct {
	// Everyone lets any user manage a room's subscriptions.
	Everyone bool
	// Admins lists, per platform, the user IDs allowed when Everyone is false.
	Admins map[string][]string
}

// Allowed reports whether user on platform may manage subscriptions.
func (p SubscribePolicy) Allowed(platform, user string) bool {
	if p.Everyone {
		return true
	}
	for _, u := range p.Admins[platform] {
		if u == user {
			return true
		}
	}
	return false
}

// Digests implements the chat commands `digest <theme…>`,
// `subscribe <theme…> <daily|weekly|cron expr> [tz]`, `unsubscribe
// <id|theme>` and `subscriptions`. Subscriptions belong to the room
// (Question.Platform + Question.Room) they were made in. Use it as
// bot.Middleware through its Middleware method.
type Digests struct {
	Source  DigestSource
	Store   SubscriptionStore // nil: subscription commands say they are off
	History DigestHistory     // optional: marks what is new since the room's last digest
	Policy  SubscribePolicy
	// DefaultTZ is the zone used when subscribe names none ("" = UTC).
	DefaultTZ string
	// MinInterval refuses schedules firing more often (0 = 1 hour).
	MinInterval time.Duration
	// MaxPerRoom caps a room's subscriptions (0 = 20).
	MaxPerRoom int
	// CanDeliver, when set, says whether digests can be sent to a platform.
	CanDeliver func(platform string) bool
	// Language, when set, tells the language a command was written in
	// (*bot.Bot's LanguageOf): a digest is labelled in it and a
	// subscription remembers it for its digests. nil: English.
	Language func(q bot.Question) string
	// Now is the clock (nil = time.Now).
	Now func() time.Time
	// Log receives errors from the store (nil = slog.Default()).
	Log *slog.Logger
}

// Middleware answers c's commands and passes every other message to next.
func (c *Digests) Middleware(next bot.Handler) bot.Handler {
	return bot.HandlerFunc(func(ctx context.Context, q bot.Question) bot.Reply {
		if r, ok := c.handle(ctx, q); ok {
			return r
		}
		return next.Handle(ctx, q)
	})
}

// handle answers q when it is one of c's commands; ok is false otherwise.
func (c *Digests) handle(ctx context.Context, q bot.Question) (r bot.Reply, ok bool) {
	word, rest := splitCommand(q.Text)
	switch word {
	case "digest":
		return c.digest(ctx, q, rest), true
	case "subscribe":
		return c.subscribe(ctx, q, rest), true
	case "unsubscribe":
		return c.unsubscribe(ctx, q, rest), true
	case "subscriptions":
		if rest != "" {
			return bot.Reply{}, false // "subscriptions to X" reads as a question
		}
		return c.list(ctx, q), true
	}
	return bot.Reply{}, false
}

func splitCommand(text string) (word, rest string) {
	text = strings.TrimSpace(text)
	text = strings.TrimLeft(text, "/!")
	word, rest, _ = strings.Cut(text, " ")
	return strings.ToLower(word), strings.TrimSpace(rest)
}

func (c *Digests) now() time.Time {
	if c.Now != nil {
		return c.Now()
	}
	return time.Now()
}

func (c *Digests) log() *slog.Logger {
	if c.Log != nil {
		return c.Log
	}
	return slog.Default()
}

func adminReply(q bot.Question, msg string) bot.Reply {
	return bot.Reply{Query: q.Text, Intent: bot.IntentAdmin, Countries: []string{}, Themes: []string{},
		Answers: []bot.Answer{}, Related: []bot.Answer{}, Message: msg}
}

func (c *Digests) themeList() string {
	return strings.Join(c.Source.ThemeNames(), ", ")
}

func (c *Digests) parseThemes(words []string) ([]string, error) {
	return bot.ParseThemes(c.Source, words)
}

func (c *Digests) digest(ctx context.Context, q bot.Question, rest string) bot.Reply {
	if rest == "" {
		return adminReply(q, "Usage: digest <theme…>, e.g. `digest attribution due diligence`. Themes: "+c.themeList()+".")
	}
	themes, err := c.parseThemes(strings.Fields(rest))
	if err != nil {
		return adminReply(q, fmt.Sprintf("%v. Try `digest <theme…>` with one of: %s.", themeProblem(err), c.themeList()))
	}
	var previous map[string]bool
	if c.History != nil && q.Room != "" {
		keys, ok, err := c.History.SeenKeys(ctx, q.Platform+":"+q.Room)
		if err != nil {
			c.log().Warn("digest history", "platform", q.Platform, "room", q.Room, "err", err)
		} else if ok {
			previous = keys
		}
	}
	d, _, err := c.Source.Digest("", themes, nil, previous, c.now())
	if err != nil {
		return adminReply(q, fmt.Sprintf("Cannot build that digest: %v.", err))
	}
	r := bot.DigestReply(q.Text, d)
	r.Lang = c.lang(q)
	return r
}

// lang is the language of q's command (see Digests.Language).
func (c *Digests) lang(q bot.Question) string {
	if c.Language == nil {
		return ""
	}
	return c.Language(q)
}

func themeProblem(err error) string {
	var ut *bot.UnknownThemeError
	if errors.As(err, &ut) {
		return fmt.Sprintf("I don't know the theme %q", ut.Theme)
	}
	msg := err.Error()
	if msg == "" {
		return "Invalid input"
	}
	return strings.ToUpper(msg[:1]) + msg[1:]
}

// roomCheck refuses subscription commands where they cannot work.
func (c *Digests) roomCheck(q bot.Question) (string, bool) {
	switch {
	case c.Store == nil:
		return "Subscriptions are not enabled on this bot.", false
	case q.Room == "":
		return "Subscriptions belong to a channel or room; ask me in one.", false
	case c.CanDeliver != nil && !c.CanDeliver(q.Platform):
		return fmt.Sprintf("I cannot deliver digests on %s; subscribe from a Slack channel or a Matrix room.", q.Platform), false
	}
	return "", true
}

func (c *Digests) minInterval() time.Duration {
	if c.MinInterval > 0 {
		return c.MinInterval
	}
	return time.Hour
}

const subscribeUsage = "Usage: subscribe <theme…> <daily|weekly|cron expression> [time zone], e.g. `subscribe sovereignty weekly` or `subscribe attribution 0 9 * * MON Europe/Brussels`. daily = 09:00 every day, weekly = Mondays 09:00. `subscribe changes` posts what changed after each corpus reload."

// parseSubscribe splits "theme words… schedule [tz]".
func parseSubscribe(rest, defaultTZ string) (themeWords []string, expr, tz string, err error) {
	fields := strings.Fields(strings.NewReplacer("`", " ", "\"", " ").Replace(rest))
	tz = defaultTZ
	if n := len(fields); n > 1 {
		last := fields[n-1]
		if strings.EqualFold(last, "UTC") || strings.Contains(last, "/") && unicode.IsLetter(rune(last[0])) {
			if strings.EqualFold(last, "UTC") {
				last = "UTC"
			}
			if _, err := spec.LoadLocation(last); err != nil {
				return nil, "", "", err
			}
			tz = last
			fields = fields[:n-1]
		}
	}
	n := len(fields)
	if n == 0 {
		return nil, "", "", errors.New("nothing to subscribe to")
	}
	last := strings.ToLower(fields[n-1])
	if _, ok := spec.Shorthands[last]; ok || strings.HasPrefix(last, "@") {
		return fields[:n-1], last, tz, nil
	}
	if n >= 6 && looksLikeCron(fields[n-5:]) {
		return fields[:n-5], strings.Join(fields[n-5:], " "), tz, nil
	}
	return nil, "", "", errors.New("say how often: daily, weekly or a cron expression such as `0 9 * * MON`")
}

func looksLikeCron(fields []string) bool {
	for _, f := range fields {
		if !strings.ContainsAny(f, "*0123456789?") && !isNameField(f) {
			return false
		}
	}
	return true
}

func isNameField(f string) bool {
	for _, p := range strings.FieldsFunc(strings.ToLower(f), func(r rune) bool { return r == ',' || r == '-' }) {
		switch p {
		case "mon", "tue", "wed", "thu", "fri", "sat", "sun", "jan", "feb", "mar", "apr", "may", "jun",
			"jul", "aug", "sep", "oct", "nov", "dec":
		default:
			return false
		}
	}
	return true
}

func (c *Digests) subscribe(ctx context.Context, q bot.Question, rest string) bot.Reply {
	if msg, ok := c.roomCheck(q); !ok {
		return adminReply(q, msg)
	}
	if !c.Policy.Allowed(q.Platform, q.User) {
		return adminReply(q, "Only this bot's admins may change subscriptions here.")
	}
	if rest == "" {
		return adminReply(q, subscribeUsage+" Themes: "+c.themeList()+".")
	}
	words, expr, tz, err := parseSubscribe(rest, c.DefaultTZ)
	if err != nil {
		return adminReply(q, fmt.Sprintf("%s. %s", themeProblem(err), subscribeUsage))
	}
	themes, err := c.parseThemes(words)
	if err != nil {
		return adminReply(q, fmt.Sprintf("%s. Themes: %s. %s", themeProblem(err), c.themeList(), subscribeUsage))
	}
	sp, err := spec.Parse(expr, tz)
	if err != nil {
		return adminReply(q, fmt.Sprintf("Bad schedule: %v. %s", err, subscribeUsage))
	}
	now := c.now()
	if gap := sp.MinGap(now, 48); gap >= 0 && gap < c.minInterval() {
		return adminReply(q, fmt.Sprintf("That schedule fires every %s; digests may come at most every %s.", gap, c.minInterval()))
	}
	existing, err := c.Store.RoomSubscriptions(ctx, q.Platform, q.Room)
	if err != nil {
		c.log().Error("list subscriptions", "platform", q.Platform, "room", q.Room, "err", err)
		return adminReply(q, "Sorry, I could not read this room's subscriptions; try again later.")
	}
	limit := c.MaxPerRoom
	if limit <= 0 {
		limit = 20
	}
	if len(existing) >= limit {
		return adminReply(q, fmt.Sprintf("This room already has %d subscriptions (the limit); `unsubscribe <id>` one first.", len(existing)))
	}
	s := delivery.Subscription{Platform: q.Platform, Room: q.Room, Themes: themes, Cron: sp.Expr, TZ: sp.Loc.String(),
		CreatedBy: q.User, Created: now.UTC(), Lang: c.lang(q)}
	id, err := c.Store.AddSubscription(ctx, s)
	if err != nil {
		c.log().Error("add subscription", "platform", q.Platform, "room", q.Room, "err", err)
		return adminReply(q, "Sorry, I could not save that subscription; try again later.")
	}
	s.ID = id
	return adminReply(q, fmt.Sprintf("Subscribed #%d: %s, %s. Next digest: %s.",
		id, strings.Join(themes, ", "), sp.String(), formatNext(sp, now)))
}

func formatNext(sp *spec.Spec, now time.Time) string {
	next := sp.Next(now)
	if next.IsZero() {
		return "never"
	}
	return next.In(sp.Loc).Format("Mon 2 Jan 2006 15:04 MST")
}

func (c *Digests) unsubscribe(ctx context.Context, q bot.Question, rest string) bot.Reply {
	if msg, ok := c.roomCheck(q); !ok {
		return adminReply(q, msg)
	}
	if !c.Policy.Allowed(q.Platform, q.User) {
		return adminReply(q, "Only this bot's admins may change subscriptions here.")
	}
	if rest == "" {
		return adminReply(q, "Usage: unsubscribe <id|theme>; `subscriptions` lists this room's subscriptions.")
	}
	subs, err := c.Store.RoomSubscriptions(ctx, q.Platform, q.Room)
	if err != nil {
		c.log().Error("list subscriptions", "platform", q.Platform, "room", q.Room, "err", err)
		return adminReply(q, "Sorry, I could not read this room's subscriptions; try again later.")
	}
	var ids []int64
	if id, err := strconv.ParseInt(strings.TrimPrefix(rest, "#"), 10, 64); err == nil {
		ids = append(ids, id)
	} else {
		themes, err := c.parseThemes(strings.Fields(rest))
		if err != nil {
			return adminReply(q, fmt.Sprintf("%s. Give a subscription number or a theme; `subscriptions` lists them.", themeProblem(err)))
		}
		for _, s := range subs {
			if containsAll(s.Themes, themes) {
				ids = append(ids, s.ID)
			}
		}
	}
	var removed []string
	for _, id := range ids {
		ok, err := c.Store.DeleteSubscription(ctx, q.Platform, q.Room, id)
		if err != nil {
			c.log().Error("delete subscription", "id", id, "err", err)
			return adminReply(q, "Sorry, I could not remove that subscription; try again later.")
		}
		if ok {
			removed = append(removed, "#"+strconv.FormatInt(id, 10))
		}
	}
	if len(removed) == 0 {
		return adminReply(q, fmt.Sprintf("No subscription here matches %q; `subscriptions` lists them.", rest))
	}
	return adminReply(q, "Unsubscribed "+strings.Join(removed, ", ")+".")
}

func containsAll(have, want []string) bool {
	for _, w := range want {
		found := false
		for _, h := range have {
			if h == w {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func (c *Digests) list(ctx context.Context, q bot.Question) bot.Reply {
	if msg, ok := c.roomCheck(q); !ok {
		return adminReply(q, msg)
	}
	subs, err := c.Store.RoomSubscriptions(ctx, q.Platform, q.Room)
	if err != nil {
		c.log().Error("list subscriptions", "platform", q.Platform, "room", q.Room, "err", err)
		return adminReply(q, "Sorry, I could not read this room's subscriptions; try again later.")
	}
	if len(subs) == 0 {
		return adminReply(q, "No subscriptions in this room. "+subscribeUsage)
	}
	sort.Slice(subs, func(i, j int) bool { return subs[i].ID < subs[j].ID })
	var sb strings.Builder
	sb.WriteString("Subscriptions in this room:")
	now := c.now()
	for _, s := range subs {
		next := "schedule no longer valid"
		if sp, err := spec.Parse(s.Cron, s.TZ); err == nil {
			next = "next " + formatNext(sp, now)
		}
		fmt.Fprintf(&sb, "\n#%d %s: `%s` (%s), %s", s.ID, strings.Join(s.Themes, ", "), s.Cron, s.TZ, next)
	}
	return adminReply(q, sb.String())
}
