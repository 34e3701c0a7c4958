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

// BenchmarkParse reads questions only (no ranking, no reply): what the
// matcher costs, plain and as people type.
func BenchmarkParse(b *testing.B) {
	c := seedBot(b).Corpus()
	for _, q := range []string{"what does Peru say on attribution?", "hey bot :wave: quick q, what's *Peru's* take on soveregnty lol"} {
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = Parse(c, q)
			}
		})
	}
}
