package bot

import (
	"context"
	"testing"

	"github.com/stancebot/stancebot/conversation"
)

// BenchmarkFollowUpTurn is one thread turn through the follow-up
// middleware on the seeds: a question, then "and cuba?" rewritten onto
// its topic and recorded (the reply record's run included).
func BenchmarkFollowUpTurn(b *testing.B) {
	bt := seedBot(b)
	h := Chain(bt, FollowUps(&conversation.Memory{}, bt.Corpus, nil))
	ctx := context.Background()
	q := Question{Text: "what does Peru say on attribution?", Platform: "console", Room: "r"}
	f := Question{Text: "and cuba?", Platform: "console", Room: "r"}
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		_ = h.Handle(ctx, q)
		_ = h.Handle(ctx, f)
	}
	reportCPU(b, cpu0)
}
