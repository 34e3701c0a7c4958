package slack

import (
	"github.com/slack-go/slack"

	"github.com/stancebot/stancebot/bot"
)

// Buttons on digests. A digest is posted by the scheduler, not asked, so
// it has no reply record (and a record's 30 minutes would be over long
// before most readers see a weekly digest): each part's 👍 / 👎 carry
// what the part shows in their value instead — the digest's title and
// the statement keys of the part — and a vote is stored with those, as
// intent "digest". More, Sources and Compare with… are not offered: a
// digest is complete, and every entry already shows its citations.

// maxValue is Slack's limit of characters in a button's value.
const maxValue = 2000

// digestButtons appends a 👍 / 👎 row to every part of a digest, when
// votes are stored. Render leaves one block of each part free for it.
func (a *Adapter) digestButtons(channel string, r bot.Reply, msgs []message) {
	if r.Digest == nil || a.votes == nil {
		return
	}
	title := digestTitle(r.Digest)
	for i := range msgs {
		ref := recordRef{Room: channel, Digest: title, Keys: msgs[i].keys, Lang: r.Lang}
		v := ref.value()
		// A part's keys fit in a value in practice (a part holds at most
		// 49 blocks, two per entry); a value that would not is cut to the
		// keys that fit, first ones first.
		for len(v) > maxValue && len(ref.Keys) > 0 {
			ref.Keys = ref.Keys[:len(ref.Keys)-1]
			v = ref.value()
		}
		btn := func(id, text string) slack.BlockElement {
			return slack.NewButtonBlockElement(id, v, slack.NewTextBlockObject(slack.PlainTextType, text, true, false))
		}
		msgs[i].Blocks = append(msgs[i].Blocks, slack.NewActionBlock(blockID(v), btn(actUp, "👍"), btn(actDown, "👎")))
	}
}

// digestTitle is the digest's title (bot.Digest.Title), cut to fit.
func digestTitle(d *bot.Digest) string { return truncate(d.Title(), maxTitle) }

// maxTitle bounds a digest's title in a button value, so that with the
// channel it stays within a block_id (reasonRef).
const maxTitle = 150

// reasonRef is the value of the "what was wrong?" select after a 👎. The
// select has no value of its own, so the reference travels in its
// block_id, at most 255 characters: a digest part's keys are left out
// when they would not fit (the 👎 row just stored carries them).
func reasonRef(ref recordRef) recordRef {
	if ref.Digest != "" && len(ref.value()) > 255 {
		ref.Keys = nil
	}
	return ref
}
