package corpus

import "testing"

func TestTakesThe(t *testing.T) {
	g := DefaultGazetteer()
	for _, tt := range []struct {
		short string
		want  bool
	}{
		{"European Union", true}, {"United States", true}, {"United Kingdom", true},
		{"Netherlands", true}, {"Philippines", true}, {"Gambia", true}, {"Dominican Republic", true},
		{"Marshall Islands", true}, {"Holy See", true}, {"United Arab Emirates", true},
		{"Brazil", false}, {"Peru", false}, {"South Korea", false}, {"Ukraine", false}, {"Côte d’Ivoire", false}, {"Atlantis", false},
	} {
		if got := g.TakesThe(tt.short); got != tt.want {
			t.Errorf("TakesThe(%q) = %v, want %v", tt.short, got, tt.want)
		}
	}
}
