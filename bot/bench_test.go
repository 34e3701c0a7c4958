package bot

import (
	"testing"
	"time"
)

func BenchmarkAsk(b *testing.B) {
	bt := seedBot(b)
	for _, q := range []string{"what does Peru say on attribution?", "who talks about due diligence?", "compare India and the EU on norms"} {
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			cpu0 := cpuTime()
			for b.Loop() {
				_ = bt.Ask(q, 0)
			}
			reportCPU(b, cpu0)
		})
	}
}

// BenchmarkParse reads questions only (no ranking, no reply): what the
// matcher costs, plain and as people type.
func BenchmarkParse(b *testing.B) {
	c := seedBot(b).Corpus()
	for _, q := range []string{"what does Peru say on attribution?", "hey bot :wave: quick q, what's *Peru's* take on soveregnty lol"} {
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			cpu0 := cpuTime()
			for b.Loop() {
				_ = Parse(c, q)
			}
			reportCPU(b, cpu0)
		})
	}
}

// reportCPU reports the process's CPU time per iteration since cpu0
// (garbage collection included) as cpu-ns/op: on a shared machine wall
// time per op swings with other processes' load, CPU time much less.
func reportCPU(b *testing.B, cpu0 time.Duration) {
	if b.N > 0 {
		b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op")
	}
}
