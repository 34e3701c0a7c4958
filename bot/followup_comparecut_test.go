package bot

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/stancebot/stancebot/conversation"
	"github.com/stancebot/stancebot/corpus"
)

// TestCompareThemSaysCut: "compare them" after a reply showing more
// countries than the comparison holds says how many of how many it
// compares, in the conversation's language; after a reply it compares
// whole, it says nothing of the kind.
func TestCompareThemSaysCut(t *testing.T) {
	fs := fstest.MapFS{}
	for i, c := range []string{"Fiji", "Tonga", "Samoa", "Vanuatu", "Palau", "Nauru", "Tuvalu"} {
		fs[fmt.Sprintf("p%d.txt", i)] = &fstest.MapFile{Data: []byte(c + " calls for the protection of submarine cables.\n")}
	}
	fs["q.txt"] = &fstest.MapFile{Data: []byte("Kenya says ransomware attacks hospitals.\n\nGhana says ransomware is a threat to banks.\n")}
	b := New(fsCorpus(t, fs))
	clock := time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC)
	for i, tc := range []struct {
		first, then, want string
	}{
		{"who talks about submarine cables", "compare them", "Comparing the first 5 of the 7 countries"},
		{"quien habla de cables submarinos", "comparalos", "Se comparan los 5 primeros de los 7"},
		// mirror: every country shown is compared
		{"who talks about ransomware", "compare them", ""},
	} {
		h := Chain(b, FollowUps(&conversation.Memory{Now: func() time.Time { return clock }}, func() *corpus.Corpus { return b.Corpus() }, nil))
		room := fmt.Sprint("cut", i)
		h.Handle(context.Background(), Question{Text: tc.first, Platform: "console", Room: room, Time: clock})
		r := h.Handle(context.Background(), Question{Text: tc.then, Platform: "console", Room: room, Time: clock})
		if r.Intent != IntentCompare {
			t.Errorf("%q → %q: intent %s, want compare", tc.first, tc.then, r.Intent)
			continue
		}
		cut := strings.Contains(r.Message, "first") || strings.Contains(r.Message, "primeros")
		if tc.want == "" && cut || tc.want != "" && !strings.HasPrefix(r.Message, tc.want) {
			t.Errorf("%q → %q: message %q, want it to open %q", tc.first, tc.then, r.Message, tc.want)
		}
	}
}
