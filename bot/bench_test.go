package bot

import "testing"

func BenchmarkAsk(b *testing.B) {
	bt := seedBot(b)
	for _, q := range []string{"what does Peru say on attribution?", "who talks about due diligence?", "compare India and the EU on norms"} {
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = bt.Ask(q, 0)
			}
		})
	}
}
