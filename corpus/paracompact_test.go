package corpus

import (
	"slices"
	"testing"
	"unsafe"
)

// TestParaInfoSize: the parse cache keeps one analysis per distinct
// paragraph until the last file is merged (~107k at 100k statements), so
// each byte here is ~0.1 MB of the load's peak. The limit is the runtime
// size class the compact layout fits (it was 416 bytes, then 160, then
// 128).
func TestParaInfoSize(t *testing.T) {
	if got := unsafe.Sizeof(paraInfo{}); got > 96 {
		t.Errorf("paraInfo is %d bytes, want at most 96 (see its doc comment)", got)
	}
	if got := unsafe.Sizeof(paraSucc{}); got > 24 {
		t.Errorf("paraSucc is %d bytes, want at most 24", got)
	}
}

// TestHeldSubjectRoundTrip: every method and confidence a subject may
// carry comes back as it was stored, and one without a code is kept
// whole, not lost.
func TestHeldSubjectRoundTrip(t *testing.T) {
	var cases []sentSubject
	for _, m := range append([]string{""}, subjectMethods...) {
		for _, c := range append([]string{""}, subjectConfs...) {
			cases = append(cases, sentSubject{country: "Kenya", method: m, evidence: "Kenya has", conf: c})
		}
	}
	cases = append(cases,
		sentSubject{country: "Chile", method: "a method added later", evidence: "Chile argues", conf: ConfHigh},
		sentSubject{country: "Chile", method: MethodSubject, evidence: "Chile argues", conf: "certain"},
		sentSubject{})
	for _, s := range cases {
		var info paraInfo
		info.setSubject(s)
		if got := info.firstSubject(); got != s {
			t.Errorf("stored %+v, read back %+v", s, got)
		}
		if has := info.subjCountry != 0; has != (s.country != "") {
			t.Errorf("stored %+v: country code %d", s, info.subjCountry)
		}
	}
}

// TestParaInfoKeepsOnlyWhatAttributionReads: a paragraph whose first
// sentence has a country subject keeps no later subjects or acting
// countries (its holder never reads them), one without keeps them, and
// what the holder decision gives is what the full analysis gave.
func TestParaInfoKeepsOnlyWhatAttributionReads(t *testing.T) {
	g := defaultGazetteer()
	cases := []struct {
		text      string
		prev      string
		wantMore  bool
		wantHold  string
		wantMeth  string
		wantFirst string
	}{
		{"Kenya argued that capacity building must be demand-driven, and Ghana agreed with it later.", "", false, "Kenya", MethodSubject, "Kenya"},
		{"The national agency has not published a strategy. Ecuador has since said it will.", "Peru", true, "Ecuador", MethodLaterMention, "Ecuador"},
		{"It also backs the PoA, as Lithuania did at the last session of the group.", "Latvia", false, "Latvia", MethodContinuation, "Lithuania"},
		{"Observers expect a new cyber law to pass in Bolivia before the end of the year.", "", false, "Bolivia", MethodLaterMention, "Bolivia"},
	}
	for _, c := range cases {
		info := g.analyse(c.text)
		if got := info.later() != nil || info.actors() != nil; got != c.wantMore {
			t.Errorf("%q: keeps later subjects or actors = %v, want %v", c.text, got, c.wantMore)
		}
		h, a := info.holder(c.prev)
		if h != c.wantHold || a.Method != c.wantMeth {
			t.Errorf("%q after %q: held by %q (%s), want %q (%s)", c.text, c.prev, h, a.Method, c.wantHold, c.wantMeth)
		}
		if info.first() != c.wantFirst {
			t.Errorf("%q: first country %q, want %q", c.text, info.first(), c.wantFirst)
		}
		if keyString(info.key) != paragraphKey(c.text) {
			t.Errorf("%q: key %x is not paragraphKey %s", c.text, info.key, paragraphKey(c.text))
		}
	}
}

// TestMergerSameWordsTwoHolders: the same words held by two countries
// are two statements sharing a key, found again by key and holder
// whichever analysis of the words comes (two raw forms of one paragraph
// are two analyses with one key), and each lists its own files.
func TestMergerSameWordsTwoHolders(t *testing.T) {
	g := defaultGazetteer()
	a := g.analyse("It also supports the 'OEWG' process and its consensus report.")
	b := g.analyse("It also  supports the ‘OEWG’ process and its consensus report.") // same key, another analysis
	if a.key != b.key {
		t.Fatalf("keys differ: %x %x", a.key, b.key)
	}
	m := merger{byKey: map[uint64]int32{}}
	at := Attribution{Method: MethodContinuation, Evidence: "It", Confidence: ConfHigh}
	steps := []struct {
		file   int
		info   *paraInfo
		holder string
		want   int // statement index
	}{
		{3, a, "Peru", 0},
		{4, a, "Chile", 1},
		{5, b, "Peru", 0},
		{6, b, "Chile", 1},
		{7, a, "Peru", 0},
		{8, b, "Bolivia", 2},
		{9, a, "Bolivia", 2},
	}
	for _, s := range steps {
		m.add(fileResult{file: s.file, paras: []parsedPara{{info: s.info, holder: s.holder, attr: at}}})
		if got := int(s.info.merged) - 1; got != s.want {
			t.Errorf("file %d, %s: statement %d, want %d", s.file, s.holder, got, s.want)
		}
	}
	if m.stmts.len() != 3 {
		t.Fatalf("%d statements, want 3", m.stmts.len())
	}
	wantFiles := [][]uint32{{3, 5, 7}, {4, 6}, {8, 9}}
	for j, want := range wantFiles {
		st := m.stmts.at(j)
		if got := m.shared.holders.list[st.hold]; got != []string{"Peru", "Chile", "Bolivia"}[j] {
			t.Errorf("statement %d held by %s", j, got)
		}
		got := m.files.appendTo(nil, st.files)
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("statement %d files %v, want %v", j, got, want)
		}
	}
}

// TestCodeTable: a subject's country comes back from its code as it
// was given, whatever gazetteer named it, and the same name keeps its
// code; "" is no subject.
func TestCodeTable(t *testing.T) {
	names := []string{"Kenya", "Côte d'Ivoire", "A country only a test gazetteer has", "Kenya"}
	codes := map[string]uint16{}
	for _, n := range names {
		c, ok := subjectNames.code(n)
		if !ok || c == 0 || c == codeInMore {
			t.Fatalf("%q: code %d, %v", n, c, ok)
		}
		if prev, seen := codes[n]; seen && prev != c {
			t.Errorf("%q: code %d, then %d", n, prev, c)
		}
		codes[n] = c
		if got := subjectNames.name(c); got != n {
			t.Errorf("code %d of %q reads back %q", c, n, got)
		}
	}
	if c, ok := subjectNames.code(""); !ok || c != 0 || subjectNames.name(0) != "" {
		t.Errorf("no subject: code %d, %v", c, ok)
	}
}

// TestCodeTableFull: past its limit a table gives no code, and an
// analysis keeps an opening without one whole (in more), so the
// continuation's evidence is the same.
func TestCodeTableFull(t *testing.T) {
	tab := codeTable{limit: 2}
	for i, s := range []string{"It", "Its", "It"} {
		if c, ok := tab.code(s); !ok || c == 0 {
			t.Fatalf("%d %q: code %d, %v", i, s, c, ok)
		}
	}
	if c, ok := tab.code("They"); ok {
		t.Errorf("a full table gave %q code %d", "They", c)
	}
	saved := openingCodes.limit
	defer func() { openingCodes.limit = saved }()
	openingCodes.mu.Lock()
	openingCodes.limit = 0 // full from now on
	if l := openingCodes.list.Load(); l != nil {
		openingCodes.limit = len(*l)
	}
	openingCodes.mu.Unlock()
	var info paraInfo
	info.setContWords("The Wakandan national government")
	if info.contWords != codeInMore || info.contText() != "The Wakandan national government" {
		t.Errorf("opening without a code: code %d, text %q", info.contWords, info.contText())
	}
}
