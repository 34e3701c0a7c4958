package slack

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/slack-go/slack"

	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/delivery"
)

// The App Home tab (app_home_opened → views.publish): what the bot
// knows, example questions, the subscriptions the user can stop, and the
// corpus version.

// actUnsubscribe is the Unsubscribe button of a subscription on the App
// Home tab.
const actUnsubscribe = "stance_unsubscribe"

// Subscriptions is what the App Home needs of the digest subscriptions
// (*store.Store implements it).
type Subscriptions interface {
	AllSubscriptions(ctx context.Context) ([]delivery.Subscription, error)
	DeleteSubscription(ctx context.Context, platform, room string, id int64) (bool, error)
}

// homePending is an App Home to publish for a user.
type homePending struct {
	User string `json:"user"`
	DM   string `json:"dm"` // the user's DM channel with the app
}

// homeEvent holds the fields of app_home_opened the adapter uses.
type homeEvent struct {
	User, Channel, Tab, EventTS string
}

// onHomeOpened records an app_home_opened event (the Home tab) so that
// a worker publishes the user's home view.
func (a *Adapter) onHomeOpened(eventID string, ev homeEvent, src source) error {
	if ev.User == "" || ev.Tab != "home" {
		return nil // the Messages tab, or nothing to show
	}
	key := "home:" + eventID
	if eventID == "" {
		key = "home:" + ev.User + ":" + ev.EventTS
	}
	p := pending{Home: &homePending{User: ev.User, DM: ev.Channel}}
	fresh, err := a.record(key, p, src)
	if err != nil || !fresh {
		return err
	}
	a.enqueue(task{key: key, p: p})
	return nil
}

// publishHome builds and publishes the user's Home tab.
func (a *Adapter) publishHome(ctx context.Context, h homePending) error {
	var subs []delivery.Subscription
	if a.subs != nil {
		all, err := a.subs.AllSubscriptions(ctx)
		if err != nil {
			a.log.Warn("slack: cannot list subscriptions for the App Home", "err", err)
		}
		for _, s := range all {
			if mine(s, h) {
				subs = append(subs, s)
			}
		}
	}
	var c *corpus.Corpus
	if a.corpus != nil {
		c = a.corpus()
	}
	var loaded time.Time
	if a.loadedAt != nil {
		loaded = a.loadedAt()
	}
	view := slack.HomeTabViewRequest{Type: slack.VTHomeTab, Blocks: slack.Blocks{BlockSet: homeBlocks(c, loaded, subs, h)}}
	return a.out.do(ctx, h.User, "views.publish", func(ctx context.Context) error {
		_, err := a.api.PublishViewContext(ctx, slack.PublishViewContextRequest{UserID: h.User, View: view})
		return err
	})
}

// mine: the subscriptions a user sees (and may stop) on their Home tab
// are those of their DM with the app and those they created.
func mine(s delivery.Subscription, h homePending) bool {
	return s.Platform == Platform && ((h.DM != "" && s.Room == h.DM) || s.CreatedBy == h.User)
}

// maxHomeBlocks is Slack's limit of blocks in a Home tab view.
const maxHomeBlocks = 100

// homeBlocks lays out the Home tab.
//
// It is written in the language of the user's latest subscription (the
// language they last subscribed in), else English: a Home tab has no
// message of theirs to read a language from.
func homeBlocks(c *corpus.Corpus, loaded time.Time, subs []delivery.Subscription, h homePending) []slack.Block {
	code := homeLang(subs)
	t := func(key string, args ...any) string { return bot.T(code, key, args...) }
	bs := []slack.Block{slack.NewHeaderBlock(slack.NewTextBlockObject(slack.PlainTextType, "stancebot", false, false)),
		section(t(bot.MsgHomeIntro))}
	if c != nil {
		countries := c.Countries()
		var items []string
		for _, cc := range countries {
			items = append(items, fmt.Sprintf("%s (%d)", escape(cc.Country), cc.Statements))
		}
		bs = append(bs, slack.NewDividerBlock())
		for i, part := range splitText(t(bot.MsgHomeCountries, strconv.Itoa(len(countries)), strings.Join(items, " · ")), maxSectionText) {
			if i < 3 {
				bs = append(bs, section(part))
			}
		}
		var themes []themeCount
		for _, name := range c.ThemeNames() {
			if n := len(c.ThemeStatements(name)); n > 0 {
				themes = append(themes, themeCount{name, n})
			}
		}
		sort.SliceStable(themes, func(i, j int) bool { return themes[i].n > themes[j].n })
		items = items[:0]
		for _, th := range themes {
			items = append(items, fmt.Sprintf("%s (%d)", escape(bot.ThemeLabel(code, th.name)), th.n))
		}
		for i, part := range splitText(t(bot.MsgHomeThemes, strconv.Itoa(len(themes)), strings.Join(items, " · ")), maxSectionText) {
			if i < 3 {
				bs = append(bs, section(part))
			}
		}
		if ex := examples(c, countries, themes[:min(len(themes), 2)]); len(ex) > 0 {
			bs = append(bs, section(t(bot.MsgHomeTry)+"\n• "+strings.Join(ex, "\n• ")))
		}
	}
	bs = append(bs, slack.NewDividerBlock(), section(t(bot.MsgHomeSubscriptions)))
	if len(subs) == 0 {
		bs = append(bs, section(t(bot.MsgHomeNone)))
	}
	// Keep room for the corpus line.
	for i, s := range subs {
		if len(bs) >= maxHomeBlocks-2 {
			bs = append(bs, section(t(bot.MsgHomeMore, strconv.Itoa(len(subs)-i))))
			break
		}
		where := "<#" + escape(s.Room) + ">"
		if s.Room == h.DM {
			where = t(bot.MsgHomeThisDM)
		}
		what := strings.Join(bot.ThemeLabels(code, s.Themes), ", ")
		if len(s.Countries) > 0 {
			what += " · " + strings.Join(s.Countries, ", ")
		}
		text := truncate(fmt.Sprintf("`#%d` %s — %s (`%s` %s)", s.ID, where, escape(what), escape(s.Cron), escape(s.TZ)), maxSectionText)
		v, _ := json.Marshal(unsubscribeRef{Room: s.Room, ID: s.ID, DM: h.DM})
		btn := slack.NewButtonBlockElement(actUnsubscribe, string(v), slack.NewTextBlockObject(slack.PlainTextType, t(bot.MsgHomeUnsubscribe), false, false))
		bs = append(bs, slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, text, false, true), nil, slack.NewAccessory(btn)))
	}
	meta := t(bot.MsgHomeCorpusUnknown)
	if c != nil {
		meta = t(bot.MsgHomeCorpus, escape(short(c.Version)), strconv.Itoa(c.Len()))
		if !loaded.IsZero() {
			meta += t(bot.MsgHomeLoaded, loaded.UTC().Format("2006-01-02 15:04 UTC"))
		}
	}
	bs = append(bs, slack.NewContextBlock("", slack.NewTextBlockObject(slack.MarkdownType, meta, false, true)))
	return bs
}

func short(v string) string {
	if len(v) > 12 {
		return v[:12]
	}
	return v
}

// examples are questions the corpus can answer: the country with the
// most statements on the largest themes, a comparison and a theme.
func examples(c *corpus.Corpus, countries []corpus.CountryCount, themes []themeCount) []string {
	if len(themes) == 0 {
		return nil
	}
	var out []string
	t := themes[0].name
	var holders []string
	seen := map[string]bool{}
	for _, i := range c.ThemeStatements(t) {
		if cc := c.Holder(i); !seen[cc] {
			seen[cc] = true
			holders = append(holders, cc)
		}
	}
	sort.Strings(holders)
	if len(holders) > 0 {
		out = append(out, fmt.Sprintf("`what does %s say on %s?`", escape(holders[0]), escape(t)))
	}
	if len(holders) > 1 {
		out = append(out, fmt.Sprintf("`compare %s and %s on %s`", escape(holders[0]), escape(holders[1]), escape(t)))
	}
	out = append(out, fmt.Sprintf("`who talks about %s?`", escape(t)))
	if len(countries) > 0 {
		out = append(out, fmt.Sprintf("`tell me about %s`", escape(countries[0].Country)))
	}
	return out
}

// themeCount is a theme and its number of statements.
type themeCount struct {
	name string
	n    int
}

// unsubscribeRef is the value of an Unsubscribe button.
type unsubscribeRef struct {
	Room string `json:"r"`
	ID   int64  `json:"id"`
	DM   string `json:"dm,omitempty"`
}

// unsubscribe stops a subscription from the Home tab, when it is the
// user's (theirs or their DM's), and publishes the Home tab again.
func (a *Adapter) unsubscribe(ctx context.Context, p actionPending) error {
	var ref unsubscribeRef
	if err := json.Unmarshal([]byte(p.Selected), &ref); err != nil || a.subs == nil {
		return nil
	}
	all, err := a.subs.AllSubscriptions(ctx)
	if err != nil {
		return fmt.Errorf("unsubscribe: %w", err)
	}
	h := homePending{User: p.User, DM: ref.DM}
	for _, s := range all {
		if s.ID == ref.ID && s.Room == ref.Room && mine(s, h) {
			if _, err := a.subs.DeleteSubscription(ctx, Platform, s.Room, s.ID); err != nil {
				return fmt.Errorf("unsubscribe #%d: %w", s.ID, err)
			}
			a.log.Info("slack: unsubscribed from the App Home", "id", s.ID, "room", s.Room, "user", p.User)
		}
	}
	return a.publishHome(ctx, h)
}

// homeLang is the language of the user's latest subscription ("" when
// they have none: English).
func homeLang(subs []delivery.Subscription) string {
	code, id := "", int64(-1)
	for _, s := range subs {
		if s.ID > id {
			code, id = s.Lang, s.ID
		}
	}
	return code
}
