package bot

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestCutDates(t *testing.T) {
	for _, tc := range []struct {
		in, rest  string
		newest    bool
		from, to  string
		noPhrases bool
	}{
		{in: "what does Chile say on attribution?", rest: "what does Chile say on attribution?", noPhrases: true},
		{in: "Chile's latest position on attribution", rest: "Chile's position on attribution", newest: true},
		{in: "most recent statements on due diligence", rest: "statements on due diligence", newest: true},
		{in: "when did estonia last talk about ransomware", rest: "when did estonia talk about ransomware", newest: true},
		{in: "what did Chile last say on attribution?", rest: "what did Chile say on attribution?", newest: true},
		{in: "what did Peru say at the last OEWG session", rest: "what did Peru say at the last OEWG session", noPhrases: true},
		{in: "what has Chile said on sovereignty since 2021?", rest: "what has Chile said on sovereignty ?", from: "2021-01-01"},
		{in: "Ghana before 2020", rest: "Ghana", to: "2019-12-31"},
		{in: "Ghana after 2020-06", rest: "Ghana", from: "2020-07-01"},
		{in: "Ghana until March 2019", rest: "Ghana", to: "2019-03-31"},
		{in: "who talked about norms in 2019", rest: "who talked about norms", from: "2019-01-01", to: "2019-12-31"},
		{in: "norms between 2021 and 2018", rest: "norms", from: "2018-01-01", to: "2021-12-31"},
		{in: "the newest on norms since Feb 2022", rest: "on norms", newest: true, from: "2022-02-01"},
		{in: "UNGA resolution 73/27 in 12 states", rest: "UNGA resolution 73/27 in 12 states", noPhrases: true},
		{in: "what about resolution 2341 since 3021", rest: "what about resolution 2341 since 3021", noPhrases: true},
	} {
		rest, d := cutDates(tc.in)
		day := func(s string) string {
			if s == "0001-01-01" {
				return ""
			}
			return s
		}
		if rest != tc.rest || d.newest != tc.newest || day(d.from.Format("2006-01-02")) != tc.from ||
			day(d.to.Format("2006-01-02")) != tc.to || d.active() == tc.noPhrases {
			t.Errorf("cutDates(%q) = %q, %+v", tc.in, rest, d)
		}
	}
}

// datedBot answers over a small corpus whose sources have dates, one
// statement of each country per source.
func datedBot(t *testing.T, withDates bool) *Bot {
	t.Helper()
	fsys := fstest.MapFS{
		"ghana-2018.txt": {Data: []byte("Ghana holds that attribution of cyber operations must rest on evidence shared with the accused state.\nChile considers that attribution is a sovereign prerogative exercised with care.\n")},
		"ghana-2021.txt": {Data: []byte("Ghana stresses that attribution should follow a transparent process agreed at the United Nations.\n")},
		"chile-2022.txt": {Data: []byte("Chile argues that attribution of cyber operations needs technical, legal and political assessment together.\n")},
		"undated.txt":    {Data: []byte("Ghana notes that attribution remains difficult for states with limited technical capacity.\n")},
	}
	if withDates {
		fsys["sources.tsv"] = &fstest.MapFile{Data: []byte("id\ttitle\tdate\n" +
			"ghana-2018\tGhana and Chile, 2018\t2018-05\n" +
			"ghana-2021\tGhana at the OEWG\t2021-03-10\n" +
			"chile-2022\tChile's national position\t2022\n")}
	}
	c := fsCorpus(t, fsys)
	return New(c)
}

func answerDates(r Reply) string {
	var out []string
	for _, a := range r.Answers {
		out = append(out, a.Country+"@"+a.Date)
	}
	return strings.Join(out, " ")
}

func TestDatesInQuestions(t *testing.T) {
	b := datedBot(t, true)
	for _, tc := range []struct {
		q, want, msg string
	}{
		{"what does Ghana say on attribution?", "", ""}, // baseline: three answers, relevance order
		{"Ghana's latest position on attribution", "Ghana@2021-03-10 Ghana@2018-05 Ghana@", "ordered newest first"},
		{"what does Ghana say on attribution since 2020?", "Ghana@2021-03-10", "1 of 3 statements qualify; 1 undated left out"},
		{"what does Ghana say on attribution before 2020?", "Ghana@2018-05", "first published on or before 2019-12-31"},
		{"what does Ghana say on attribution in 2019?", "", "0 of 3 statements qualify"},
		{"compare Ghana and Chile on attribution since 2021", "Ghana@2021-03-10 Chile@2022", ""},
		{"who talks about attribution after 2021", "Chile@2022", ""},
		{"¿qué ha dicho Ghana últimamente sobre la atribución?", "Ghana@2021-03-10 Ghana@2018-05 Ghana@", "de la más reciente a la más antigua"},
		{"qu'a dit le Ghana récemment sur l'attribution ?", "Ghana@2021-03-10 Ghana@2018-05 Ghana@", "de la plus récente à la plus ancienne"},
		// Oldest first: the dated ones earliest first, the undated last.
		{"Ghana's earliest position on attribution", "Ghana@2018-05 Ghana@2021-03-10 Ghana@", "ordered oldest first"},
		{"oldest statements from Ghana on attribution", "Ghana@2018-05 Ghana@2021-03-10 Ghana@", "ordered oldest first"},
		{"what does Ghana say on attribution, oldest first", "Ghana@2018-05 Ghana@2021-03-10 Ghana@", "ordered oldest first"},
		{"la posición más antigua de Ghana sobre la atribución", "Ghana@2018-05 Ghana@2021-03-10 Ghana@", "de la más antigua a la más reciente"},
		{"la position la plus ancienne du Ghana sur l'attribution", "Ghana@2018-05 Ghana@2021-03-10 Ghana@", "de la plus ancienne à la plus récente"},
	} {
		r := b.Ask(tc.q, 0)
		if tc.want != "" && answerDates(r) != tc.want {
			t.Errorf("%q: answers %s, want %s (%s)", tc.q, answerDates(r), tc.want, r.Message)
		}
		if !strings.Contains(r.Message, tc.msg) {
			t.Errorf("%q: message %q lacks %q", tc.q, r.Message, tc.msg)
		}
		if tc.msg == "" && strings.Contains(r.Message, "Dates (") && !strings.Contains(tc.q, "since") && !strings.Contains(tc.q, "after") {
			t.Errorf("%q: date note without date words: %q", tc.q, r.Message)
		}
	}
	if r := b.Ask("what does Ghana say on attribution?", 0); len(r.Answers) != 3 {
		t.Errorf("baseline: %d answers", len(r.Answers))
	}
	e := b.Explain("Ghana on attribution since 2020", 0)
	if e.Explain == nil || !strings.Contains(e.Explain.Dates, "on or after 2020-01-01") {
		t.Errorf("explain does not say how dates were used: %+v", e.Explain)
	}
	for _, s := range e.Explain.Stems {
		if strings.Contains(s, "2020") || s == "sinc" {
			t.Errorf("date words became topic stems: %v", e.Explain.Stems)
		}
	}
}

func TestDatesWithoutDates(t *testing.T) {
	b := datedBot(t, false)
	plain := b.Ask("what does Ghana say on attribution?", 0)
	r := b.Ask("what does Ghana say on attribution since 2020?", 0)
	if answerDates(r) != answerDates(plain) {
		t.Errorf("answers changed without dates: %s vs %s", answerDates(r), answerDates(plain))
	}
	if want := "The corpus has no dates, so “since 2020” was not applied."; !strings.HasSuffix(r.Message, want) {
		t.Errorf("message %q lacks %q", r.Message, want)
	}
}

// "last" is too common ("the last OEWG session") to be read as "latest".
func TestCutDatesLeavesLast(t *testing.T) {
	if rest, d := cutDates("what did Peru say at the last OEWG session"); d.active() || rest != "what did Peru say at the last OEWG session" {
		t.Errorf("%q %+v", rest, d)
	}
}

// TestSingleSpaced holds singleSpaced to what it stands for: when it says
// so, text equals its fields joined by single spaces (it may say no for
// some such text: cutDates then joins them itself); and it says so for
// plain questions.
func TestSingleSpaced(t *testing.T) {
	for _, s := range []string{
		"what does Peru say on attribution?", "", " ", "a", " a", "a ", "a  b", "a b", "a\tb", "a\nb", "a\r\nb",
		"a\vb", "a\fb", "a \x00 b", "who talks about due diligence?", "  leading", "trailing  ", "x\x85y",
	} {
		same := strings.Join(strings.Fields(s), " ") == s
		if singleSpaced(s) && !same {
			t.Errorf("singleSpaced(%q) = true, but joining its fields gives %q", s, strings.Join(strings.Fields(s), " "))
		}
	}
	for _, s := range []string{"what does Peru say on attribution?", "who talks about due diligence?", "a b", "a"} {
		if !singleSpaced(s) {
			t.Errorf("singleSpaced(%q) = false: the fast path is not taken", s)
		}
	}
}
