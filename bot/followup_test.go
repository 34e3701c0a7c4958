package bot

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/conversation"
)

// fakeClock is a settable clock for expiry tests.
type fakeClock struct{ t time.Time }

func (f *fakeClock) now() time.Time { return f.t }

func followUpHandler(b *Bot, conv Conversations) Handler {
	return Chain(b, FollowUps(conv, b.Corpus, nil))
}

func TestFollowUpsInAConversation(t *testing.T) {
	b := altBot(t)
	clock := &fakeClock{t: time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)}
	h := followUpHandler(b, &conversation.Memory{Now: clock.now})
	ask := func(text string) Reply {
		return h.Handle(context.Background(), Question{Text: text, Platform: "console", Room: "r1", Time: clock.t})
	}
	steps := []struct {
		text     string
		country  string // every answer's holder; "" : no answers expected
		theme    string // a theme the reply names, when set
		contains string // the message contains, when set
	}{
		{"what does Japan say on countermeasures?", "Japan", "countermeasures", ""},
		{"and Estonia?", "Estonia", "countermeasures", ""},
		{"what about human rights?", "Estonia", "human rights", ""},
		{"sources", "", "", "Sources of the last reply"},
		{"why?", "Estonia", "human rights", ""},
		{"and Kenya?", "", "human rights", "no statement by Kenya"},
		{"more", "", "", "nothing more to show"}, // not the empty reply again
		{"Brazil on UN processes", "Brazil", "UN processes", ""},
		{"more", "Brazil", "", ""},
	}
	var lastKeys []string
	for _, s := range steps {
		r := ask(s.text)
		if s.country == "" && s.contains != "" && len(r.Answers) != 0 {
			t.Errorf("%q: %d answers, want none", s.text, len(r.Answers))
		}
		for _, a := range r.Answers {
			if a.Country != s.country {
				t.Errorf("%q: answer by %s, want %s", s.text, a.Country, s.country)
			}
		}
		if s.country != "" && len(r.Answers) == 0 {
			t.Errorf("%q: no answers (%s)", s.text, r.Message)
		}
		if s.theme != "" && !slices.Contains(r.Themes, s.theme) {
			t.Errorf("%q: themes %v, want %s", s.text, r.Themes, s.theme)
		}
		if s.contains != "" && !strings.Contains(r.Message, s.contains) {
			t.Errorf("%q: message %q lacks %q", s.text, r.Message, s.contains)
		}
		if s.contains == "nothing more to show" && len(r.Related) != 0 {
			t.Errorf("more after an empty reply repeated %d related statements", len(r.Related))
		}
		if s.text == "why?" && r.Explain == nil {
			t.Errorf("why?: no explain view")
		}
		if s.text == "more" {
			for _, a := range r.Answers {
				if slices.Contains(lastKeys, a.Key) {
					t.Errorf("more repeated %s", a.Key)
				}
			}
		}
		lastKeys = nil
		for _, a := range r.Answers {
			lastKeys = append(lastKeys, a.Key)
		}
	}
}

func TestFollowUpsNeverShareRoomsAndExpire(t *testing.T) {
	b := altBot(t)
	clock := &fakeClock{t: time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)}
	conv := &conversation.Memory{Now: clock.now, TTL: 10 * time.Minute}
	h := followUpHandler(b, conv)
	ask := func(room, thread, text string) Reply {
		return h.Handle(context.Background(), Question{Text: text, Platform: "slack", Room: room, Thread: thread, Time: clock.t})
	}
	ask("C1", "", "what does Japan say on countermeasures?")
	if r := ask("C2", "", "and Estonia?"); slices.Contains(r.Themes, "countermeasures") {
		t.Errorf("another room continued C1's question: %v", r.Themes)
	}
	if r := ask("C1", "T9", "and Estonia?"); slices.Contains(r.Themes, "countermeasures") {
		t.Errorf("another thread continued C1's question: %v", r.Themes)
	}
	if r := ask("C1", "", "and Estonia?"); !slices.Contains(r.Themes, "countermeasures") {
		t.Errorf("same room did not continue: %v", r.Themes)
	}
	clock.t = clock.t.Add(11 * time.Minute)
	if r := ask("C1", "", "and Kenya?"); slices.Contains(r.Themes, "countermeasures") {
		t.Errorf("expired record continued: %v", r.Themes)
	}
	// A one-off question (no room) is never recorded.
	h.Handle(context.Background(), Question{Text: "Brazil on sovereignty"})
	if _, ok, _ := conv.Get(context.Background(), ConversationKey{}); ok {
		t.Error("a question without a room was recorded")
	}
}

// failingConversations fails every call, like a store whose disk is gone.
type failingConversations struct{}

func (failingConversations) Get(context.Context, ConversationKey) (ReplyRecord, bool, error) {
	return ReplyRecord{}, false, errors.New("disk gone")
}
func (failingConversations) Put(context.Context, ConversationKey, ReplyRecord) error {
	return errors.New("disk gone")
}

func TestFollowUpsStoreErrorStillAnswers(t *testing.T) {
	b := altBot(t)
	h := followUpHandler(b, failingConversations{})
	r := h.Handle(context.Background(), Question{Text: "what does Japan say on countermeasures?", Platform: "console", Room: "x"})
	if len(r.Answers) == 0 || r.Answers[0].Country != "Japan" {
		t.Fatalf("question lost on a store error: %+v", r)
	}
}
