package corpus

import "testing"

// TestParaCacheSuccessor: the remembered successor answers only for the
// paragraph it remembers; any other paragraph after the same one is
// looked up (and analysed) on its own, and the first successor stays.
func TestParaCacheSuccessor(t *testing.T) {
	g := defaultGazetteer()
	c := newParaCache()
	get := func(s string, prev *paraInfo) *paraInfo { return c.get([]byte(s), g, prev) }
	a := get("Kenya argued that capacity building must be demand-driven.", nil)
	b := get("It also backs the PoA and the work of the OEWG.", a)
	if a == nil || b == nil || a.succ.state.Load() != succSet || a.succ.info != b {
		t.Fatalf("no successor remembered after %q", a.body)
	}
	other := get("Ghana has adopted a cybersecurity act in 2020 and set up a CERT.", a)
	if other == nil || other == b || other.firstSubject().country != "Ghana" {
		t.Fatalf("the paragraph after a remembered one was taken for its successor: %+v", other)
	}
	if a.succ.info != b {
		t.Error("a later successor replaced the first")
	}
	if again := get("It also backs the PoA and the work of the OEWG.", a); again != b {
		t.Error("the remembered successor was not reused")
	}
	if fresh := get("Ghana has adopted a cybersecurity act in 2020 and set up a CERT.", nil); fresh != other {
		t.Error("a paragraph met after a remembered one was not cached")
	}
	if debris := get("p. 4", a); debris != nil {
		t.Errorf("debris analysed as %q", debris.body)
	}
}
