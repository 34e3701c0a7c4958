package bot

import "testing"

// BenchmarkReadQuestion is what language detection and translation add
// to every question, before the matcher reads it.
func BenchmarkReadQuestion(b *testing.B) {
	c := seedBot(b).Corpus()
	for _, q := range []string{"what does Peru say on attribution?", "¿Qué dice Perú sobre la diligencia debida?", "Quelle est la position de l'Inde sur la souveraineté ?"} {
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			cpu0 := cpuTime()
			for b.Loop() {
				_ = readQuestion(c, q, "", "")
			}
			reportCPU(b, cpu0)
		})
	}
}
