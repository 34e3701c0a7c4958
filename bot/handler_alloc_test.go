package bot

import "testing"

// TestHandlerFor holds every intent Parse gives to its own handler.
func TestHandlerFor(t *testing.T) {
	for _, tt := range []struct {
		intent string
		want   intentHandler
	}{
		{IntentHelp, handleHelp}, {IntentList, handleList}, {IntentNone, handleNone},
		{IntentCountry, handleCountry}, {IntentStance, handleStance},
		{IntentTheme, handleTheme}, {IntentCompare, handleCompare},
		{"no such intent", handleNone},
	} {
		if got := handlerFor(tt.intent); got != tt.want {
			t.Errorf("handlerFor(%q) = %d, want %d", tt.intent, got, tt.want)
		}
	}
}

// TestAskedStaysOnStack holds answerParsed's asked and Reply off the heap:
// answering the help intent allocates only the message T fills in. When
// the handlers were called through a map of funcs both escaped: two more
// allocations a question.
func TestAskedStaysOnStack(t *testing.T) {
	c := seedBot(t).Corpus()
	p := Parsed{Intent: IntentHelp}
	var r Reply
	allocs := testing.AllocsPerRun(200, func() {
		r = answerParsed(c, "en", "help", p, 0, 0, false, dateAsk{})
	})
	if r.Message == "" {
		t.Fatal("help answered with no message")
	}
	if allocs > 1 {
		t.Errorf("answering help allocated %.0f times, want 1, the message (asked or Reply escapes)", allocs)
	}
}
