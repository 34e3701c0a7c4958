package bot

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/conversation"
	"github.com/stancebot/stancebot/corpus"
)

// TestPreferTypedWords: a Spanish or French page is ranked on its English
// reading, where a theme's bare word and its full phrase both read as the
// theme's name ("capacités" and "renforcement des capacités" as "capacity
// building", "fausses nouvelles" and "désinformation" as
// "disinformation"); among a country's nearly equal statements the one
// holding more of the words the asker typed comes first. Mirrors: a
// clearly better statement, another country's, or one holding as many
// typed words keeps its place.
func TestPreferTypedWords(t *testing.T) {
	bare := Answer{Country: "Morocco", Score: 4.82, Text: "Le Royaume considère que les normes … en tenant compte des capacités de chaque pays."}
	full := Answer{Country: "Morocco", Score: 4.74, Text: "Le Maroc attache une grande importance au renforcement des capacités."}
	typed := typedWords([]corpus.Step{{From: "maroc", To: "maroc", How: "country"}, {From: "renforcement capacites", To: "capacity building", How: "theme"}})
	for _, c := range []struct {
		name  string
		in    []Answer
		first string // start of the first answer's text
	}{
		{"full phrase first", []Answer{bare, full}, "Le Maroc attache"},
		// Mirrors.
		{"already first", []Answer{full, bare}, "Le Maroc attache"},
		{"clearly better", []Answer{bare, {Country: "Morocco", Score: 3.0, Text: full.Text}}, "Le Royaume"},
		{"another country", []Answer{bare, {Country: "Benin", Score: 4.74, Text: full.Text}}, "Le Royaume"},
		{"as many words", []Answer{bare, {Country: "Morocco", Score: 4.74, Text: "Le Maroc forme des experts selon leurs capacités."}}, "Le Royaume"},
	} {
		got := preferTypedWords(slices.Clone(c.in), typed)
		if !strings.HasPrefix(got[0].Text, c.first) {
			t.Errorf("%s: first %.40q, want %q", c.name, got[0].Text, c.first)
		}
	}
	if got := typedWords([]corpus.Step{{From: "dit", To: "says", How: "glossary"}, {From: "haiti", To: "haiti", How: "country"}, {From: "fausses nouvelles", To: "disinformation", How: "glossary"}}); !slices.Equal(got, []string{"fausse", "nouvel"}) {
		t.Errorf("typed words %v, want [fausse nouvel]", got)
	}
}

// TestTypedWordsRankFirst: the same on the pages, through Ask: the
// paragraph saying the words the asker typed comes first among a country's
// nearly equal statements (testdata/esfr18's Moroccan and Equatorial
// Guinean pages, esfr19's Haitian and Tunisian ones). Mirrors: an English
// question and a clearly better paragraph stay as they were.
func TestTypedWordsRankFirst(t *testing.T) {
	b18, b19 := esfr18Bot(t), esfr19Bot(t)
	for _, c := range []struct {
		b        *Bot
		q, first string
	}{
		{b18, "le maroc et le renforcement des capacites", "renforcement des capacités"},
		{b18, "guinea ecuatorial infraestructura critica", "infraestructura crítica"},
		{b19, "k dit haiti sur la cybercriminalite", "cybercriminalité"},
		{b19, "les tunisiens et les fausses nouvelles", "fausses nouvelles"},
		// Mirrors.
		{b19, "what does tunisia say about disinformation", "désinformation"},
		{b19, "que dit l'algerie sur la protection des donnees", "Autorité nationale de protection des données"},
	} {
		r := c.b.Ask(c.q, 0)
		if len(r.Answers) == 0 || !strings.Contains(r.Answers[0].Text, c.first) {
			t.Errorf("%q: first answer %.60q, want one saying %q", c.q, firstText(r), c.first)
		}
	}
}

// firstText is the text of r's first answer, "" without answers.
func firstText(r Reply) string {
	if len(r.Answers) == 0 {
		return ""
	}
	return r.Answers[0].Text
}

// TestSwitchedDates: Spanish or French date words in a question read as
// English ("who talks about critical infrastructure desde 2026", what a
// thread's "¿quién más?" then "¿y desde 2026?" are rewritten to) frame the
// answers; the English date reader knew none of them and every date was
// answered. Mirrors: English date words, and no date at all, as before.
func TestSwitchedDates(t *testing.T) {
	b := esfr19Bot(t)
	clock := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		thread []string
		want   []string // countries of the last reply's answers
	}{
		{[]string{"que dice el salvador sobre infraestructura critica", "¿quién más?", "y desde 2026?"}, []string{"Haiti"}},
		{[]string{"who talks about critical infrastructure depuis 2026"}, []string{"Haiti"}},
		// Mirrors.
		{[]string{"who talks about critical infrastructure since 2026"}, []string{"Haiti"}},
		{[]string{"quien habla de infraestructura critica", "y desde 2026?"}, []string{"Haiti"}},
		{[]string{"que dice el salvador sobre infraestructura critica", "¿quién más?"}, []string{"Haiti", "Lebanon", "Luxembourg", "Mauritania", "Peru"}},
	} {
		h := Chain(b, FollowUps(&conversation.Memory{Now: func() time.Time { return clock }}, func() *corpus.Corpus { return b.Corpus() }, nil))
		var r Reply
		for _, m := range c.thread {
			r = h.Handle(context.Background(), Question{Text: m, Platform: "console", Room: "esfr19", Time: clock})
		}
		var got []string
		for _, a := range r.Answers {
			if !slices.Contains(got, a.Country) {
				got = append(got, a.Country)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: answers by %v, want %v", c.thread, got, c.want)
		}
	}
}

// TestESFR19Wordings: words Spanish and French users type that had no
// reading: "UA" for the African Union (its Spanish and French initials),
// "IC" for critical infrastructure, "q" for "qué" before a request for
// help, "tu fais quoi (exactement)" asking for help, and "cortes de
// internet" / "coupures d'internet" for a page's "restriction of mobile
// internet". Mirrors: the neighbours that already worked stay as they are.
func TestESFR19Wordings(t *testing.T) {
	b := esfr19Bot(t)
	checkWordings(t, b, []wordingRow{
		{"la mauritanie et l'UA", IntentStance, "Mauritania", "Union africaine", "fr"},
		{"mauritania y la UA", IntentStance, "Mauritania", "Union africaine", "es"},
		{"mauritanie IC", IntentStance, "Mauritania", "infrastructures critiques", "fr"},
		{"que dice el salvador de la IC", IntentStance, "El Salvador", "infraestructura crítica", "es"},
		{"q puedes hacer?", IntentHelp, "", "", "es"},
		{"tu fais quoi exactement ?", IntentHelp, "", "", "fr"},
		{"que dice chad sobre los cortes de internet", IntentStance, "Chad", "internet", "es"},
		{"que dit le niger sur les coupures d'internet", IntentStance, "Niger", "social media", "fr"},
		// Mirrors.
		{"la mauritanie et l'union africaine", IntentStance, "Mauritania", "Union africaine", "fr"},
		{"mauritanie infrastructures critiques", IntentStance, "Mauritania", "infrastructures critiques", "fr"},
		{"que puedes hacer?", IntentHelp, "", "", "es"},
		{"aide stp", IntentHelp, "", "", "fr"},
		{"que dit le tchad sur la protection des donnees", IntentStance, "Chad", "personal data", "fr"},
	})
}

// TestSwitchedDateWord: the gate of cutDatesSwitched finds a Spanish or
// French date word as a whole word, accents or capitals aside, and no
// fragment of an English word ("India", "times", "another", "approach").
func TestSwitchedDateWord(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"who talks about critical infrastructure desde 2026", true},
		{"who talks about critical infrastructure DEPUIS 2026", true},
		{"ransomware en los últimos 30 días", true},
		{"norms cette année", true},
		{"compare India and the EU on norms", false},
		{"what does another State say at times about its approach", false},
		{"who mentions media literacy in Cambodia", false},
		{"", false},
	} {
		if got := switchedDateWord(tt.text); got != tt.want {
			t.Errorf("switchedDateWord(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { switchedDateWord("compare India and the EU on norms since 2021") }); n != 0 {
		t.Errorf("switchedDateWord allocates %.0f times, want none", n)
	}
}
