package commands

import (
	"context"
	"log/slog"
	"strings"
	"time"

	"github.com/stancebot/stancebot/bot"
)

// ChangeSubscriptions keeps which rooms receive "what changed" posts; the
// store package implements it.
type ChangeSubscriptions interface {
	SubscribeChanges(ctx context.Context, platform, room, user string, now time.Time) (bool, error)
	UnsubscribeChanges(ctx context.Context, platform, room string) (bool, error)
	ChangesSubscribed(ctx context.Context, platform, room string) (bool, error)
}

// Changes implements `subscribe changes`, `unsubscribe changes` and adds
// the room's "what changed" subscription to `subscriptions`. Put it before
// Digests in the chain: it passes every other message on, and lists the
// digest subscriptions through the next handler.
type Changes struct {
	Store  ChangeSubscriptions // nil: the commands say subscriptions are off
	Policy SubscribePolicy
	// CanDeliver, when set, says whether posts can be sent to a platform.
	CanDeliver func(platform string) bool
	// Language, when set, tells the language a command was written in
	// (*bot.Bot's LanguageOf), for the replies. nil: English.
	Language func(q bot.Question) string
	Now      func() time.Time
	Log      *slog.Logger
}

// changesLine is how `subscriptions` shows a room's "what changed" posts.
const changesLine = "• changes: a short “what changed” post after each corpus reload that changes a statement (`unsubscribe changes` stops it)"

// noSubscriptions starts Digests' answer to `subscriptions` in a room
// with none (TestChangesInSubscriptionsList holds the two together).
const noSubscriptions = "No subscriptions in this room."

// Middleware answers c's commands and passes every other message to next.
func (c *Changes) Middleware(next bot.Handler) bot.Handler {
	return bot.HandlerFunc(func(ctx context.Context, q bot.Question) bot.Reply {
		word, rest := splitCommand(q.Text)
		isChanges := strings.EqualFold(rest, "changes") || strings.EqualFold(rest, "what changed")
		switch {
		case word == "subscribe" && isChanges:
			return c.subscribe(ctx, q, true)
		case word == "unsubscribe" && isChanges:
			return c.subscribe(ctx, q, false)
		case word == "subscriptions" && rest == "":
			return c.list(ctx, q, next.Handle(ctx, q))
		}
		return next.Handle(ctx, q)
	})
}

func (c *Changes) check(q bot.Question) (string, bool) {
	switch {
	case c.Store == nil:
		return c.t(q, "cmd-off"), false
	case q.Room == "":
		return c.t(q, "cmd-need-room"), false
	case c.CanDeliver != nil && !c.CanDeliver(q.Platform):
		return c.t(q, "cmd-cannot-post", q.Platform), false
	}
	return "", true
}

func (c *Changes) subscribe(ctx context.Context, q bot.Question, on bool) bot.Reply {
	if msg, ok := c.check(q); !ok {
		return adminReply(q, msg)
	}
	if !c.Policy.Allowed(q.Platform, q.User) {
		return adminReply(q, c.t(q, "cmd-admins-only"))
	}
	var changed bool
	var err error
	if on {
		now := time.Now
		if c.Now != nil {
			now = c.Now
		}
		changed, err = c.Store.SubscribeChanges(ctx, q.Platform, q.Room, q.User, now())
	} else {
		changed, err = c.Store.UnsubscribeChanges(ctx, q.Platform, q.Room)
	}
	if err != nil {
		c.log().Error("change subscription", "platform", q.Platform, "room", q.Room, "on", on, "err", err)
		return adminReply(q, c.t(q, "cmd-change-failed"))
	}
	switch {
	case on && changed:
		return adminReply(q, c.t(q, "cmd-changes-on"))
	case on:
		return adminReply(q, c.t(q, "cmd-changes-already"))
	case changed:
		return adminReply(q, c.t(q, "cmd-changes-off"))
	}
	return adminReply(q, c.t(q, "cmd-changes-none"))
}

// list adds the room's "what changed" subscription to the digest
// subscriptions next listed.
func (c *Changes) list(ctx context.Context, q bot.Question, r bot.Reply) bot.Reply {
	if c.Store == nil || q.Room == "" {
		return r
	}
	on, err := c.Store.ChangesSubscribed(ctx, q.Platform, q.Room)
	if err != nil {
		c.log().Error("change subscription", "platform", q.Platform, "room", q.Room, "err", err)
		return r
	}
	if !on {
		return r
	}
	if strings.HasPrefix(r.Message, c.t(q, "cmd-no-subscriptions")) || r.Message == "" {
		r = adminReply(q, c.t(q, "cmd-subscriptions-heading"))
	}
	r.Message += "\n" + c.t(q, "cmd-changes-line")
	return r
}

// t formats a catalogue message (bot.T) in the language of q's command.
func (c *Changes) t(q bot.Question, key string, args ...any) string {
	code := ""
	if c.Language != nil {
		code = c.Language(q)
	}
	return bot.T(code, key, args...)
}

func (c *Changes) log() *slog.Logger {
	if c.Log != nil {
		return c.Log
	}
	return slog.Default()
}
