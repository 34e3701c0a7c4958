package bot

import (
	"testing"
	"testing/fstest"

	"github.com/stancebot/stancebot/corpus"
)

// TestSpreadCopies: the copies of a joint statement, one per signatory, do
// not fill a who-answer's first places while another text remains: within
// the limit each text comes once, the copies after. Mirrors: distinct
// texts keep their order; a limit that holds them all changes nothing.
func TestSpreadCopies(t *testing.T) {
	c := fsCorpus(t, fstest.MapFS{
		"a.txt": {Data: []byte("Joint statement by Fiji, Tonga and Samoa\n\nWe condemn ransomware attacks against hospitals in our region.\n")},
		"b.txt": {Data: []byte("Statement by Guyana\n\nGuyana is concerned about ransomware attacks against its energy infrastructure.\n")},
	})
	var joint []int
	other := -1
	for id, s := range c.Statements() {
		if s.Country == "Guyana" {
			other = id
		} else {
			joint = append(joint, id)
		}
	}
	if len(joint) != 3 || other < 0 {
		t.Fatalf("corpus: joint %v, other %d", joint, other)
	}
	hit := func(id int) corpus.ScoredHit { return corpus.ScoredHit{Stmt: id} }
	ids := func(hs []corpus.ScoredHit) []int {
		var out []int
		for _, h := range hs {
			out = append(out, h.Stmt)
		}
		return out
	}
	tests := []struct {
		name  string
		in    []int
		limit int
		want  []int
	}{
		{"copies first", []int{joint[0], joint[1], joint[2], other}, 2, []int{joint[0], other, joint[1], joint[2]}},
		{"copies around", []int{joint[0], joint[1], other, joint[2]}, 3, []int{joint[0], other, joint[1], joint[2]}},
		// Mirrors.
		{"distinct", []int{other, joint[0]}, 2, []int{other, joint[0]}},
		{"one text only", []int{joint[0], joint[1], joint[2]}, 2, []int{joint[0], joint[1], joint[2]}},
	}
	for _, tt := range tests {
		var hs []corpus.ScoredHit
		for _, id := range tt.in {
			hs = append(hs, hit(id))
		}
		got := ids(spreadCopies(c, hs, tt.limit))
		if len(got) != len(tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
				break
			}
		}
	}
}
