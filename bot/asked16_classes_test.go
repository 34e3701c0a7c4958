package bot

import (
	"slices"
	"testing"
)

// TestContextBeforeClauseQuestion: context typed before a question and
// cut from it by a colon, comma, semicolon or dash is no topic, as context
// before a full stop is not (splitClauseQuestions); a question with no
// such head after the punctuation, or after a clause naming a country,
// keeps its words.
func TestContextBeforeClauseQuestion(t *testing.T) {
	b := asked16Bot(t)
	tests := []struct {
		q    string
		want []string // Content stems that must be there
		not  []string // Content stems that must not
	}{
		{"I need the basics: what does chad say about the joint team?", []string{"joint", "team"}, []string{"basic"}},
		{"sorry to bother, what does chad say about the joint team", []string{"joint", "team"}, []string{"sorri", "bother"}},
		{"we meet in bangui tomorrow: what does the central african republic say about the joint team", []string{"joint", "team"}, []string{"meet", "tomorrow"}},
		{"bilateral next week - what does kosovo say about the logs", []string{"log"}, []string{"bilater", "week"}},
		{"for the brief; what is djibouti's position on the red sea zone", []string{"red", "sea", "zone"}, []string{"brief"}},
		// Mirrors: no question head after the punctuation, or one sentence.
		{"chad, joint team", []string{"joint", "team"}, nil},
		{"what does chad say about the joint team and the border", []string{"joint", "team", "border"}, nil},
		{"chad on training: what judges need", []string{"judg"}, nil},
		{"after the kosovo logs offer, what does serbia say about evidence", []string{"log", "evid"}, nil},
	}
	for _, tt := range tests {
		p := Parse(b.Corpus(), tt.q)
		for _, w := range tt.want {
			if !slices.Contains(p.Content, w) {
				t.Errorf("Parse(%q).Content = %v, want %q in it", tt.q, p.Content, w)
			}
		}
		for _, w := range tt.not {
			if slices.Contains(p.Content, w) {
				t.Errorf("Parse(%q).Content = %v, want no %q", tt.q, p.Content, w)
			}
		}
	}
}

// TestInstrumentNameAfterStanceVerb: a stance verb before an instrument's
// name ("does ghana support the Pall Mall Process", "does czechia back the
// global digital compact") is not read as the name's first word, so the
// name is found whatever verb the page used; a name's own words still are.
func TestInstrumentNameAfterStanceVerb(t *testing.T) {
	b := asked16Bot(t)
	tests := []struct {
		q, word string
		inName  bool
	}{
		{"does ghana support the Pall Mall Process", "support", false},
		{"does ghana support the Pall Mall Process", "pall", true},
		{"does czechia back the global digital compact", "back", false},
		{"does israel welcome the paris call", "welcom", false},
		// Mirrors: the name's own words.
		{"czechia on the global digital compact", "global", true},
		{"san marino and the counter ransomware initiative", "ransomwar", true},
	}
	for _, tt := range tests {
		p := Parse(b.Corpus(), tt.q)
		in := false
		for _, q := range p.Terms {
			if q.Stem == tt.word && q.Phrase >= instrumentPhrase {
				in = true
			}
		}
		if in != tt.inName {
			t.Errorf("Parse(%q): %q in an instrument name %v, want %v (terms %v)", tt.q, tt.word, in, tt.inName, p.Terms)
		}
	}
}

// TestUNAcronymNotFrench: "UN" typed in capitals is the United Nations,
// no evidence of the French or Spanish article "un"; the article in lower
// case, and a French or Spanish question around "UN", keep their language.
func TestUNAcronymNotFrench(t *testing.T) {
	b := asked16Bot(t)
	tests := []struct{ q, lang string }{
		{"pakistan UN Convention against Cybercrime", "en"},
		{"belarus UN convention ratification", "en"},
		{"UN convention belarus", "en"},
		// Mirrors.
		{"que dice pakistan sobre un tratado", "es"},
		{"que dit le pakistan sur la convention de l'ONU", "fr"},
		{"que dit la biélorussie sur la convention UN", "fr"},
	}
	for _, tt := range tests {
		if r := b.Ask(tt.q, 0); r.Lang != tt.lang {
			t.Errorf("Ask(%q).Lang = %s, want %s", tt.q, r.Lang, tt.lang)
		}
	}
}
