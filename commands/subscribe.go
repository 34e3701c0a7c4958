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

// themeList lists the themes in the language of q's command.
func (c *Digests) themeList(q bot.Question) string {
	return strings.Join(bot.ThemeLabels(c.lang(q), c.Source.ThemeNames()), ", ")
}

// themeNames joins theme names in the language of q's command.
func (c *Digests) themeNames(q bot.Question, themes []string) string {
	return strings.Join(bot.ThemeLabels(c.lang(q), themes), ", ")
}

// parseThemes reads theme words, English ones or the command language's
// own ("digest atribución", "subscribe droits de l'homme weekly").
func (c *Digests) parseThemes(q bot.Question, words []string) ([]string, error) {
	return bot.ParseThemes(langResolver{c.Source, c.lang(q)}, words)
}

// langResolver resolves theme words in English, then in a language.
type langResolver struct {
	src  DigestSource
	code string
}

func (r langResolver) ResolveTheme(words string) (string, bool) {
	return bot.ResolveThemeIn(r.src, r.code, words)
}

func (r langResolver) ThemeNames() []string { return r.src.ThemeNames() }

// ThemeExactly is the source's exact reading (see bot.ParseThemes), then
// the language's phrases, which only ever match whole.
func (r langResolver) ThemeExactly(words string) (string, bool) {
	if e, ok := r.src.(interface{ ThemeExactly(string) (string, bool) }); ok {
		if t, ok := e.ThemeExactly(words); ok {
			return t, true
		}
		return corpus.DefaultTranslator().ResolveTheme(r.code, words)
	}
	return r.ResolveTheme(words)
}

func (c *Digests) digest(ctx context.Context, q bot.Question, rest string) bot.Reply {
	if rest == "" {
		return adminReply(q, c.t(q, "cmd-digest-usage", c.themeList(q)))
	}
	themes, err := c.parseThemes(q, strings.Fields(rest))
	if err != nil {
		return adminReply(q, c.t(q, "cmd-digest-bad-theme", themeProblem(c.lang(q), err), c.themeList(q)))
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
		return adminReply(q, c.t(q, "cmd-digest-error", err.Error()))
	}
	return bot.DigestReplyIn(q.Text, c.lang(q), d)
}

// lang is the language of q's command (see Digests.Language).
func (c *Digests) lang(q bot.Question) string {
	if c.Language == nil {
		return ""
	}
	return c.Language(q)
}

// t formats a catalogue message (bot.T) in the language of q's command.
func (c *Digests) t(q bot.Question, key string, args ...any) string {
	return bot.T(c.lang(q), key, args...)
}

// errNothingToSubscribe and errHowOften are parseSubscribe's own errors,
// told to the user in their language by themeProblem.
var (
	errNothingToSubscribe = errors.New("nothing to subscribe to")
	errHowOften           = errors.New("say how often: daily, weekly or a cron expression such as `0 9 * * MON`")
)

// themeProblem says what was wrong with a command's words in a language
// (other errors, such as a bad time zone, keep their English text).
func themeProblem(code string, err error) string {
	var ut *bot.UnknownThemeError
	switch {
	case errors.As(err, &ut):
		return bot.T(code, "cmd-unknown-theme", strconv.Quote(ut.Theme))
	case errors.Is(err, bot.ErrNoTheme):
		return bot.T(code, "cmd-no-theme")
	case errors.Is(err, errNothingToSubscribe):
		return bot.T(code, "cmd-nothing-to-subscribe")
	case errors.Is(err, errHowOften):
		return bot.T(code, "cmd-how-often")
	}
	msg := err.Error()
	if msg == "" {
		return bot.T(code, "cmd-invalid")
	}
	return strings.ToUpper(msg[:1]) + msg[1:]
}

// roomCheck refuses subscription commands where they cannot work.
func (c *Digests) roomCheck(q bot.Question) (string, bool) {
	switch {
	case c.Store == nil:
		return c.t(q, "cmd-off"), false
	case q.Room == "":
		return c.t(q, "cmd-need-room"), false
	case c.CanDeliver != nil && !c.CanDeliver(q.Platform):
		return c.t(q, "cmd-cannot-deliver", q.Platform), false
	}
	return "", true
}

func (c *Digests) minInterval() time.Duration {
	if c.MinInterval > 0 {
		return c.MinInterval
	}
	return time.Hour
}

// subscribeUsage is the English usage line (catalogue key
// cmd-subscribe-usage; TestCommandsEnglishUnchanged holds the two equal).
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
		return nil, "", "", errNothingToSubscribe
	}
	last := strings.ToLower(fields[n-1])
	if _, ok := spec.Shorthands[last]; ok || strings.HasPrefix(last, "@") {
		return fields[:n-1], last, tz, nil
	}
	if n >= 6 && looksLikeCron(fields[n-5:]) {
		return fields[:n-5], strings.Join(fields[n-5:], " "), tz, nil
	}
	return nil, "", "", errHowOften
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
		return adminReply(q, c.t(q, "cmd-admins-only"))
	}
	if rest == "" {
		return adminReply(q, c.t(q, "cmd-with-themes", c.t(q, "cmd-subscribe-usage"), c.themeList(q)))
	}
	words, expr, tz, err := parseSubscribe(rest, c.DefaultTZ)
	if err != nil {
		return adminReply(q, themeProblem(c.lang(q), err)+". "+c.t(q, "cmd-subscribe-usage"))
	}
	themes, err := c.parseThemes(q, words)
	if err != nil {
		return adminReply(q, c.t(q, "cmd-bad-themes", themeProblem(c.lang(q), err), c.themeList(q), c.t(q, "cmd-subscribe-usage")))
	}
	sp, err := spec.Parse(expr, tz)
	if err != nil {
		return adminReply(q, c.t(q, "cmd-bad-schedule", err.Error(), c.t(q, "cmd-subscribe-usage")))
	}
	now := c.now()
	if gap := sp.MinGap(now, 48); gap >= 0 && gap < c.minInterval() {
		return adminReply(q, c.t(q, "cmd-too-often", gap.String(), c.minInterval().String()))
	}
	existing, err := c.Store.RoomSubscriptions(ctx, q.Platform, q.Room)
	if err != nil {
		c.log().Error("list subscriptions", "platform", q.Platform, "room", q.Room, "err", err)
		return adminReply(q, c.t(q, "cmd-read-failed"))
	}
	limit := c.MaxPerRoom
	if limit <= 0 {
		limit = 20
	}
	if len(existing) >= limit {
		return adminReply(q, c.t(q, "cmd-limit", strconv.Itoa(len(existing))))
	}
	s := delivery.Subscription{Platform: q.Platform, Room: q.Room, Themes: themes, Cron: sp.Expr, TZ: sp.Loc.String(),
		CreatedBy: q.User, Created: now.UTC(), Lang: c.lang(q)}
	id, err := c.Store.AddSubscription(ctx, s)
	if err != nil {
		c.log().Error("add subscription", "platform", q.Platform, "room", q.Room, "err", err)
		return adminReply(q, c.t(q, "cmd-save-failed"))
	}
	s.ID = id
	return adminReply(q, c.t(q, "cmd-subscribed",
		strconv.FormatInt(id, 10), c.themeNames(q, themes), sp.String(), formatNext(c.lang(q), sp, now)))
}

// formatNext is when sp next fires after now, in a language ("Sat 28 Mar
// 2026 09:00 UTC", "sáb 28 mar 2026 09:00 UTC").
func formatNext(code string, sp *spec.Spec, now time.Time) string {
	next := sp.Next(now)
	if next.IsZero() {
		return bot.T(code, "cmd-never")
	}
	return bot.FormatTimeIn(code, next.In(sp.Loc))
}

func (c *Digests) unsubscribe(ctx context.Context, q bot.Question, rest string) bot.Reply {
	if msg, ok := c.roomCheck(q); !ok {
		return adminReply(q, msg)
	}
	if !c.Policy.Allowed(q.Platform, q.User) {
		return adminReply(q, c.t(q, "cmd-admins-only"))
	}
	if rest == "" {
		return adminReply(q, c.t(q, "cmd-unsubscribe-usage"))
	}
	subs, err := c.Store.RoomSubscriptions(ctx, q.Platform, q.Room)
	if err != nil {
		c.log().Error("list subscriptions", "platform", q.Platform, "room", q.Room, "err", err)
		return adminReply(q, c.t(q, "cmd-read-failed"))
	}
	var ids []int64
	if id, err := strconv.ParseInt(strings.TrimPrefix(rest, "#"), 10, 64); err == nil {
		ids = append(ids, id)
	} else {
		themes, err := c.parseThemes(q, strings.Fields(rest))
		if err != nil {
			return adminReply(q, c.t(q, "cmd-unsubscribe-bad", themeProblem(c.lang(q), err)))
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
			return adminReply(q, c.t(q, "cmd-remove-failed"))
		}
		if ok {
			removed = append(removed, "#"+strconv.FormatInt(id, 10))
		}
	}
	if len(removed) == 0 {
		return adminReply(q, c.t(q, "cmd-no-match", strconv.Quote(rest)))
	}
	return adminReply(q, c.t(q, "cmd-unsubscribed", strings.Join(removed, ", ")))
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
		return adminReply(q, c.t(q, "cmd-read-failed"))
	}
	if len(subs) == 0 {
		return adminReply(q, c.t(q, "cmd-no-subscriptions")+" "+c.t(q, "cmd-subscribe-usage"))
	}
	sort.Slice(subs, func(i, j int) bool { return subs[i].ID < subs[j].ID })
	var sb strings.Builder
	sb.WriteString(c.t(q, "cmd-subscriptions-heading"))
	now := c.now()
	for _, s := range subs {
		next := c.t(q, "cmd-schedule-invalid")
		if sp, err := spec.Parse(s.Cron, s.TZ); err == nil {
			next = c.t(q, "cmd-next", formatNext(c.lang(q), sp, now))
		}
		fmt.Fprintf(&sb, "\n#%d %s: `%s` (%s), %s", s.ID, c.themeNames(q, s.Themes), s.Cron, s.TZ, next)
	}
	return adminReply(q, sb.String())
}
