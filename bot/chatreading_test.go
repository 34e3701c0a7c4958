package bot

import (
	"slices"
	"strings"
	"testing"

	"github.com/stancebot/stancebot/corpus"
)

// TestNegationBearsOnTheVerb: a "who" question is negated only when the
// negation bears on the verb of saying or supporting; one inside the
// topic asks who says so.
func TestNegationBearsOnTheVerb(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want negation
	}{
		{"who says due diligence isn't binding", negNone},
		{"which countries argue that norms are not enough and support a treaty", negNone},
		{"who mentions that sovereignty is not a rule", negNone},
		{"who said nothing on ransomware", negSilent},
		{"which countries never mentioned ransomware", negSilent},
		{"who has not backed a treaty", negSupport},
	} {
		if got := negatedAsk(corpus.Tokenize(tt.q)); got != tt.want {
			t.Errorf("negatedAsk(%q) = %d, want %d", tt.q, got, tt.want)
		}
	}
}

// TestStruckWordsAreCorrections: words struck out (~x~) and followed by
// their replacement are left out; struck words standing alone stay.
func TestStruckWordsAreCorrections(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"~singapore~ indonesia on norms", "indonesia on norms"},
		{"what does ~~brazil~~ kenya say on cables", "what does kenya say on cables"},
		{"japan on ~countermeasures~", "japan on countermeasures"},
		{"cost ~5~ 6 dollars", "cost 6 dollars"},
	} {
		got, _ := cleanChat(tt.in)
		if strings.Join(strings.Fields(got), " ") != tt.want {
			t.Errorf("cleanChat(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestQuotedLinesAreContext: a quote's countries are who said the quoted
// words; the message's own lines say who is asked.
func TestQuotedLinesAreContext(t *testing.T) {
	b := asked4Bot(t)
	for _, tt := range []struct {
		q         string
		countries []string
	}{
		{"> Kenya on submarine cables\nwhat does fiji say on this?", []string{"Fiji"}},
		{"&gt; Australia publicly attributes malicious cyber activity\n&gt; with partners\nand new zealand?", []string{"New Zealand"}},
		{"> Kenya on submarine cables\nthoughts?", []string{"Kenya"}},
		{"> Kenya on submarine cables", []string{"Kenya"}},
	} {
		r := b.Ask(tt.q, 0)
		if !slices.Equal(r.Countries, tt.countries) {
			t.Errorf("%q: countries %v, want %v", tt.q, r.Countries, tt.countries)
		}
	}
}

// TestRegionAsTopic: a region inside what a named country speaks about
// ("the common African position", "asean cert"), or after "about" in a
// "who" question, is the topic; a region joined to the country by a
// coordinator is a speaker.
func TestRegionAsTopic(t *testing.T) {
	b := asked4Bot(t)
	for _, tt := range []struct {
		q       string
		regions bool
	}{
		{"what is kenya's position on elections and non-intervention given its alignment with the common african position", false},
		{"indonesia asean cert", false},
		{"who talks about SIDS", false},
		{"indonesia and asean on norms", true},
		{"compare kenya with the african group on capacity building", true},
		{"small island states on cables", true},
		{"anyone from africa on capacity building", true},
	} {
		r := b.Ask(tt.q, 0)
		if got := len(r.Regions) > 0; got != tt.regions {
			t.Errorf("%q: regions %v, want any: %v", tt.q, r.Regions, tt.regions)
		}
	}
}

// TestCompoundHead: a closed compound the corpus does not hold, of two
// words it does, is searched by its head; a word the corpus holds, or one
// whose parts it lacks, is left alone.
func TestCompoundHead(t *testing.T) {
	c := asked4Bot(t).Corpus()
	for _, tt := range []struct{ w, head string }{
		{"datacentres", "centres"},
		{"healthcare", "care"},
		{"ransomware", ""}, // the corpus holds it
		{"subsea", ""},     // too short, and "sub" is no corpus word
		{"cyberspace", ""}, // held
		{"zzzzzzzzzz", ""}, // no parts
	} {
		got, _ := compoundHead(c, tt.w)
		if got != tt.head {
			t.Errorf("compoundHead(%q) = %q, want %q", tt.w, got, tt.head)
		}
	}
}

// TestLinesAsSentences: list items and lines opening as items end as
// sentences; a line running on into the next does not.
func TestLinesAsSentences(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"a few qs:\n* brazil on AI\n* kenya on cables?", "a few qs. brazil on AI. kenya on cables?"},
		{"1) brazil on ai 2) kenya on cables", "brazil on ai. kenya on cables."},
		{"*Brazil* - AI\n*Kenya* - cables", "*Brazil* - AI. *Kenya* - cables"},
		{"what does kenya say\non cables", "what does kenya say on cables"},
		{"what does kenya say on cables", "what does kenya say on cables"},
		{"in 2021 and 2022", "in 2021 and 2022"},
		// a line of a colon alone writes nothing (it panicked: FuzzAsk)
		{":\nA", "A"},
		{"a few qs:\n:\n* kenya on cables", "a few qs: kenya on cables."},
	} {
		if got := linesAsSentences(tt.in); got != tt.want {
			t.Errorf("linesAsSentences(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
