package bot

import (
	"bufio"
	"context"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/seeds"
)

type mlCase struct {
	corpus, lang, question, english string
}

func readMLCases(t *testing.T) []mlCase {
	t.Helper()
	fh, err := os.Open("testdata/multilingual.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	var out []mlCase
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			t.Fatalf("multilingual.tsv: want 4 columns: %q", line)
		}
		out = append(out, mlCase{f[0], f[1], f[2], f[3]})
	}
	return out
}

var (
	altOnce   sync.Once
	altCorpus *corpus.Corpus
	altErr    error
)

func mlBot(t *testing.T, which string) *Bot {
	t.Helper()
	if which == "alt" {
		altOnce.Do(func() {
			altCorpus, altErr = corpus.LoadDir(context.Background(), "../testdata/altcorpus", corpus.Options{})
		})
		if altErr != nil {
			t.Fatal(altErr)
		}
		return New(altCorpus)
	}
	c, err := corpus.Load(context.Background(), seeds.FS, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return New(c)
}

// mlPass scores one Spanish or French reply strictly against the reply to
// the same question in English: same intent, the same first statement,
// no statement of a country that was not asked about, and no answers
// where English has none.
func mlPass(got, ref Reply, wantLang string) (bool, string) {
	if got.Lang != wantLang {
		return false, "lang " + got.Lang
	}
	if len(ref.Answers) == 0 {
		if len(got.Answers) != 0 {
			return false, "answers where English has none: " + got.Answers[0].Country
		}
		return true, ""
	}
	if len(got.Answers) == 0 {
		return false, "no answer; message: " + got.Message
	}
	if got.Answers[0].Key != ref.Answers[0].Key {
		return false, "first answer " + got.Answers[0].Country + " " + got.Answers[0].Key + ", want " + ref.Answers[0].Key
	}
	asked := map[string]bool{}
	for _, c := range ref.Countries {
		asked[c] = true
	}
	for _, a := range got.Answers {
		if !asked[a.Country] {
			return false, "statement of " + a.Country + " among the answers"
		}
	}
	return true, ""
}

// mlMinPass is the number of cases of testdata/multilingual.tsv that must
// pass. It only goes up.
const mlMinPass = 49

func TestMultilingualGolden(t *testing.T) {
	cases := readMLCases(t)
	bots := map[string]*Bot{"seeds": mlBot(t, "seeds"), "alt": mlBot(t, "alt")}
	pass := map[string]int{}
	total := map[string]int{}
	for _, tc := range cases {
		b := bots[tc.corpus]
		ref := b.Ask(tc.english, 0)
		got := b.Ask(tc.question, 0)
		total[tc.lang]++
		if ok, why := mlPass(got, ref, tc.lang); ok {
			pass[tc.lang]++
		} else {
			t.Logf("FAIL [%s %s] %q: %s", tc.corpus, tc.lang, tc.question, why)
		}
	}
	t.Logf("Spanish %d/%d, French %d/%d", pass["es"], total["es"], pass["fr"], total["fr"])
	if total["es"] < 25 || total["fr"] < 25 {
		t.Errorf("want at least 25 questions per language, have es %d fr %d", total["es"], total["fr"])
	}
	if n := pass["es"] + pass["fr"]; n < mlMinPass {
		t.Errorf("%d of %d Spanish and French questions pass, want at least %d", n, len(cases), mlMinPass)
	}
}

// A question whose words leave the language open ("Cuba attribution" is
// English or French) takes the room's pinned language, then the
// thread's, then English; threads never share their language.
func TestLanguageTiesFollowPinThenThread(t *testing.T) {
	b := mlBot(t, "seeds")
	ctx := t.Context()
	q := func(text, room, thread, pin string) Reply {
		return b.Handle(ctx, Question{Text: text, Platform: "slack", Room: room, Thread: thread, Lang: pin})
	}
	if r := q("Cuba attribution", "C1", "t1", ""); r.Lang != "en" {
		t.Errorf("no pin, new thread: lang %q, want en", r.Lang)
	}
	if r := q("Quelle est la position de Cuba sur la militarisation ?", "C1", "t2", ""); r.Lang != "fr" {
		t.Fatalf("French question: lang %q", r.Lang)
	}
	if r := q("Cuba attribution", "C1", "t2", ""); r.Lang != "fr" {
		t.Errorf("tie in a French thread: lang %q, want fr", r.Lang)
	}
	if r := q("Cuba attribution", "C1", "t3", ""); r.Lang != "en" {
		t.Errorf("tie in another thread: lang %q, want en (threads do not share)", r.Lang)
	}
	if r := q("Cuba attribution", "C2", "", "fr"); r.Lang != "fr" {
		t.Errorf("tie in a room pinned to French: lang %q, want fr", r.Lang)
	}
	if r := q("what does Cuba say on militarisation?", "C2", "", "fr"); r.Lang != "en" {
		t.Errorf("a clear English question in a French room: lang %q, want en", r.Lang)
	}
	if r := q("¿Qué dice Cuba sobre la militarización?", "C1", "t2", "fr"); r.Lang != "es" || len(r.Answers) == 0 || r.Answers[0].Country != "Cuba" {
		t.Errorf("a clear Spanish question in a French thread and room: lang %q, answers %d", r.Lang, len(r.Answers))
	}
}

func TestExplainShowsLanguageAndTranslation(t *testing.T) {
	b := mlBot(t, "seeds")
	r := b.Explain("¿Qué dice Perú sobre la soberanai?", 0)
	if r.Explain == nil || r.Explain.Lang != "es" || r.Explain.English == "" {
		t.Fatalf("explain = %+v", r.Explain)
	}
	var hows []string
	for _, s := range r.Explain.Translation {
		hows = append(hows, s.How)
	}
	if !strings.Contains(strings.Join(hows, " "), "typo") || !strings.Contains(strings.Join(hows, " "), "theme") {
		t.Errorf("translation steps %v lack the typo and theme steps", r.Explain.Translation)
	}
	if r.Query != "¿Qué dice Perú sobre la soberanai?" {
		t.Errorf("query = %q, want the question as asked", r.Query)
	}
}

func TestThreadLangsBounded(t *testing.T) {
	var tl threadLangs
	tl.max = 10
	for i := 0; i < 100; i++ {
		tl.put(Question{Platform: "slack", Room: "C", Thread: strings.Repeat("x", i)}, "fr")
	}
	if len(tl.m) > 10 {
		t.Errorf("%d entries kept, want at most 10", len(tl.m))
	}
	now := tl.clock()
	tl.now = func() time.Time { return now.Add(time.Hour) }
	if got := tl.get(Question{Platform: "slack", Room: "C", Thread: strings.Repeat("x", 99)}); got != "" {
		t.Errorf("expired entry still gives %q", got)
	}
}
