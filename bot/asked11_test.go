package bot

import (
	"slices"
	"testing"
	"time"
)

// asked11Bot is a Bot over testdata/asked11: an eleventh corpus of fifteen
// English pages (a First Committee meetings-coverage summary, a ministry
// press release, a statement at a Pacific Islands Forum committee, a
// minister's speech, a strategy with numbered sections, a position paper
// with headings, a news item with a dateline, a joint statement of three
// governments, a Q&A interview, a workshop summary with numbered
// paragraphs, a statement at a Security Council Arria meeting, a
// "Country: position" briefing note, an analysis piece with an editorial
// line, an NGO report quoting a government's reply and a ministry
// statement) on twenty-six holders the earlier testdata names least.
func asked11Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/asked11") }

// TestAsked11Questions runs testdata/asked11-questions.tsv: English
// questions written before the bot was run on them, typed as in Slack and
// Matrix (terse, demonyms, capitals, codes, typos, possessives, who/which,
// comparisons of two and three countries, dates and meeting names,
// negations, chatter around the question, countries the corpus does not
// hold). A 7th column "open: why" marks a known miss.
func TestAsked11Questions(t *testing.T) {
	runOpenQuestions(t, asked11Bot(t), "testdata/asked11-questions.tsv")
}

// TestAsked11Conversations runs testdata/asked11-conversations.tsv through
// the follow-up middleware, one conversation per block, each in a room of
// its own; a 5th column "open: why" marks a known miss.
func TestAsked11Conversations(t *testing.T) {
	runConversationsAt(t, asked11Bot(t), "testdata/asked11-conversations.tsv", time.Date(2026, 1, 15, 10, 0, 0, 0, time.UTC))
}

// TestCutEvents: an event named as the place where something was said is
// cut from the question, with the month it met; mirrors: a sentence that
// runs on to an event's noun, a year before the noun, a topic after "on".
func TestCutEvents(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"what did hungary say at the budapest cyber security forum", "what did hungary say"},
		{"liechtenstein at the arria meeting", "liechtenstein"},
		{"what did jordan say at unga80", "what did jordan say"},
		{"what did palau say at the pif in june", "what did palau say"},
		{"what did oman say during this year's ministerial on cables", "what did oman say on cables"},
		// Mirrors.
		{"we're looking at submarine cable protection for a workshop", "we're looking at submarine cable protection for a workshop"},
		{"kenya at the 2021 session", "kenya at the 2021 session"},
		{"who talks about the summit on cables", "who talks about the summit on cables"},
	} {
		if got, _ := cutOccasion("en", tc.in); got != tc.want {
			t.Errorf("cutOccasion(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestMentionedByFirstIsTopic: a second country that holds nothing and
// that the first's statements name is what the first speaks about,
// unless the question joins the two as sides; a who-question's gerund
// ("blaming iran") takes the country as its object.
func TestMentionedByFirstIsTopic(t *testing.T) {
	c := asked11Bot(t).Corpus()
	for _, tt := range []struct {
		q, intent string
		about     []string
	}{
		{"albania iran", IntentStance, []string{"Iran"}},
		{"what did albania say when it cut ties with iran", IntentStance, []string{"Iran"}},
		{"who talks about blaming iran", IntentTheme, []string{"Iran"}},
		// Mirrors.
		{"albania and iran", IntentCompare, nil},
		{"albania vs iran", IntentCompare, nil},
		{"compare albania with iran", IntentCompare, nil},
		{"montenegro iran", IntentCompare, nil}, // Montenegro's statements do not name Iran
	} {
		p := Parse(c, tt.q)
		if p.Intent != tt.intent || !slices.Equal(p.About, tt.about) {
			t.Errorf("Parse(%q) = %s about %v, want %s about %v", tt.q, p.Intent, p.About, tt.intent, tt.about)
		}
	}
}

// TestNewerFrom: a newer-ask with "from"/"by" and a name asks the last
// question for that country, newest first; mirrors: a newer-ask alone, a
// topic after "from".
func TestNewerFrom(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"anything newer from czechia", "czechia"},
		{"latest from the uae", "the uae"},
		{"anything more recent by kosovo", "kosovo"},
		// Mirrors.
		{"anything newer", ""},
		{"attacks from russia", ""},
	} {
		if got := newerFrom(tt.in); got != tt.want {
			t.Errorf("newerFrom(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
