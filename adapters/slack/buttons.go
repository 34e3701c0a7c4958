package slack

import (
	"encoding/json"
	"sort"
	"strings"

	"github.com/slack-go/slack"

	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/feedback"
)

// Action IDs of the buttons under an answer.
const (
	actMore    = "stance_more"
	actSources = "stance_sources"
	actCompare = "stance_compare"
	actUp      = "stance_vote_up"
	actDown    = "stance_vote_down"
	actReason  = "stance_vote_reason"
)

// maxStaticOptions is Slack's limit of options in a static_select; with
// more candidates Compare with… is an external_select whose options the
// bot serves (block_suggestion).
const maxStaticOptions = 100

// recordRef names the reply record an action acts on: its ID, and the
// conversation (room, thread) it belongs to. It is the action's value.
type recordRef struct {
	Room   string `json:"r"`
	Thread string `json:"t,omitempty"`
	// ID is the reply record's own key (bot.Reply.RecordID): the buttons
	// act on the answer they sit under even after later answers in the
	// same thread replaced it as the conversation's latest.
	ID string `json:"id,omitempty"`
	// Themes and Countries are the answer's (Compare with… compares the
	// chosen country with these countries on these themes).
	Themes    []string `json:"th,omitempty"`
	Countries []string `json:"c,omitempty"`
	// Digest and Keys are set on the 👍 / 👎 of a digest part, which has
	// no reply record: the digest's title and the statement keys the part
	// shows (digestbuttons.go).
	Digest string   `json:"d,omitempty"`
	Keys   []string `json:"k,omitempty"`
	Lang   string   `json:"l,omitempty"` // the digest's language (its thank-yous use it)
}

func (k recordRef) value() string { b, _ := json.Marshal(k); return string(b) }

func parseRef(s string) (recordRef, bool) {
	var k recordRef
	return k, json.Unmarshal([]byte(s), &k) == nil && k.Room != ""
}

// buttonable reports whether a reply gets buttons: an answer with
// statements, whose reply record the follow-up middleware keeps.
func buttonable(r bot.Reply) bool {
	switch r.Intent {
	case bot.IntentStance, bot.IntentCountry, bot.IntentTheme, bot.IntentCompare, bot.IntentRecent:
		return len(r.Answers) > 0
	}
	return false
}

// actionsBlock is the row of buttons under an answer: More, Sources,
// Compare with… (when other countries speak on its themes), 👍 and 👎.
func (a *Adapter) actionsBlock(r bot.Reply, ref recordRef) slack.Block {
	ref.Themes, ref.Countries = r.Themes, r.Countries
	v := ref.value()
	btn := func(id, text string) slack.BlockElement {
		return slack.NewButtonBlockElement(id, v, slack.NewTextBlockObject(slack.PlainTextType, text, true, false))
	}
	l := bot.LabelsFor(r.Lang)
	elems := []slack.BlockElement{btn(actMore, l.MoreButton()), btn(actSources, l.Sources)}
	if cands := a.compareCandidates(r.Themes, r.Countries); len(cands) > 0 {
		sel := compareSelect(cands)
		sel.Placeholder = slack.NewTextBlockObject(slack.PlainTextType, l.CompareWith(), false, false)
		elems = append(elems, sel)
	}
	if a.votes != nil {
		elems = append(elems, btn(actUp, "👍"), btn(actDown, "👎"))
	}
	// The block_id carries the record too: a block_suggestion (the
	// external select's options) names the block, not the button values.
	return slack.NewActionBlock(blockID(v), elems...)
}

// compareSelect is Compare with…: a static_select of the candidates, or,
// beyond Slack's 100 options, an external_select whose options the bot
// serves as the user types (block_suggestion, onAction).
func compareSelect(cands []string) *slack.SelectBlockElement {
	ph := slack.NewTextBlockObject(slack.PlainTextType, "Compare with…", false, false)
	if len(cands) > maxStaticOptions {
		sel := slack.NewOptionsSelectBlockElement(slack.OptTypeExternal, ph, actCompare)
		zero := 0
		sel.MinQueryLength = &zero
		return sel
	}
	var opts []*slack.OptionBlockObject
	for _, c := range cands {
		opts = append(opts, slack.NewOptionBlockObject(c, slack.NewTextBlockObject(slack.PlainTextType, c, false, false), nil))
	}
	return slack.NewOptionsSelectBlockElement(slack.OptTypeStatic, ph, actCompare, opts...)
}

// blockID fits the record into a block_id (at most 255 characters).
func blockID(v string) string {
	if len(v) > 255 {
		return "stance_actions"
	}
	return v
}

// compareCandidates are the countries holding statements on any of the
// themes, other than those the answer already shows, sorted.
func (a *Adapter) compareCandidates(themes, shown []string) []string {
	if a.corpus == nil || len(themes) == 0 {
		return nil
	}
	c := a.corpus()
	if c == nil {
		return nil
	}
	return candidates(c, themes, shown)
}

func candidates(c *corpus.Corpus, themes, shown []string) []string {
	skip := map[string]bool{}
	for _, s := range shown {
		skip[s] = true
	}
	seen := map[string]bool{}
	var out []string
	for _, th := range themes {
		for _, i := range c.ThemeStatements(th) {
			if i < 0 || i >= c.Len() {
				continue
			}
			cc := c.Holder(i)
			if cc == "" || skip[cc] || seen[cc] {
				continue
			}
			seen[cc] = true
			out = append(out, cc)
		}
	}
	sort.Strings(out)
	return out
}

// reasonBlocks is the "what was wrong?" choice offered after a 👎.
// The labels are in the language of the answer (code).
func reasonBlocks(v, code string) []slack.Block {
	var opts []*slack.OptionBlockObject
	for _, r := range feedback.Reasons {
		opts = append(opts, slack.NewOptionBlockObject(r, slack.NewTextBlockObject(slack.PlainTextType, bot.T(code, "reason-"+r), false, false), nil))
	}
	prompt := bot.T(code, bot.MsgFeedbackQuestion)
	sel := slack.NewOptionsSelectBlockElement(slack.OptTypeStatic,
		slack.NewTextBlockObject(slack.PlainTextType, prompt, false, false), actReason, opts...)
	return []slack.Block{
		section(bot.T(code, bot.MsgFeedbackOptional)),
		slack.NewActionBlock(blockID(v), sel),
	}
}

// filterOptions answers a block_suggestion: the candidates containing
// the typed text, at most maxStaticOptions.
func filterOptions(cands []string, typed string) []*slack.OptionBlockObject {
	typed = strings.ToLower(strings.TrimSpace(typed))
	var out []*slack.OptionBlockObject
	for _, c := range cands {
		if typed != "" && !strings.Contains(strings.ToLower(c), typed) {
			continue
		}
		out = append(out, slack.NewOptionBlockObject(c, slack.NewTextBlockObject(slack.PlainTextType, c, false, false), nil))
		if len(out) == maxStaticOptions {
			break
		}
	}
	return out
}
