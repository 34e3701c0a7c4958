package bot

import (
	"strings"

	"github.com/stancebot/stancebot/corpus"
)

// Parsed is how the matcher read a question.
type Parsed struct {
	Intent    string
	Countries []corpus.Mention   // distinct countries, in order of mention
	Themes    []int              // lexicon theme indices, distinct, in order
	Content   []string           // content stems: not stop, intent or country words
	Words     []string           // the content words as typed (lower case)
	Terms     []corpus.QueryTerm // Content as query terms
	ListWhat  string             // "countries" or "themes" for IntentList
}

// intentWords frame a question without being its topic.
var intentWords = toSet(`say says said saying think thinks thought position positions stance stances view views viewpoint tell
compare compares comparison compared comparing versus vs talk talks talking mention mentions mentioned mentioning discuss
discusses discussed discussing who which country countries list show give theme themes topic topics help regarding
concerning stand stands opinion opinions approach approaches statement statements please explain summarize summarise
summary know believe believes argue argues argued differ differs difference differences between anything everything
something hold holds held state's stated states' think stance_ look looks like wants want can could would tell me
says anyone somebody someone`)

var listWords = toSet(`list show which what all available known`)

func toSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// Parse reads a question against the corpus's gazetteer and lexicon.
func Parse(c *corpus.Corpus, text string) Parsed {
	toks := corpus.Tokenize(text)
	var p Parsed
	known := func(w string) bool { return intentWords[w] || listWords[w] || c.KnownWord(w) }
	ms := c.Gazetteer.Find(toks, true, known)
	inCountry := make([]bool, len(toks))
	seen := map[string]bool{}
	for _, m := range ms {
		for i := m.First; i <= m.Last; i++ {
			inCountry[i] = true
		}
		if !seen[m.Country] {
			seen[m.Country] = true
			p.Countries = append(p.Countries, m)
		}
	}
	var lowers []string
	compare := false
	for i, t := range toks {
		lowers = append(lowers, t.Lower)
		switch t.Lower {
		case "compare", "comparison", "versus", "vs", "differ", "differs", "difference", "differences":
			compare = true
		}
		if inCountry[i] || corpus.IsStopWord(t.Lower) || intentWords[t.Lower] {
			continue
		}
		p.Content = append(p.Content, corpus.Stem(t.Lower))
		p.Words = append(p.Words, t.Lower)
	}
	for _, s := range p.Content {
		p.Terms = append(p.Terms, corpus.QueryTerm{Stem: s})
	}
	for _, m := range c.Lexicon.Match(p.Content) {
		if !containsInt(p.Themes, m.Theme) {
			p.Themes = append(p.Themes, m.Theme)
		}
	}
	switch {
	case isHelp(lowers):
		p.Intent = IntentHelp
	case len(p.Countries) == 0 && len(p.Content) <= 1 && listTarget(lowers) != "":
		p.Intent = IntentList
		p.ListWhat = listTarget(lowers)
	case len(p.Countries) >= 2 || compare && len(p.Countries) >= 1:
		p.Intent = IntentCompare
	case len(p.Countries) == 1 && (len(p.Themes) > 0 || len(p.Content) > 0):
		p.Intent = IntentStance
	case len(p.Countries) == 1:
		p.Intent = IntentCountry
	case len(p.Themes) > 0 || len(p.Content) > 0:
		p.Intent = IntentTheme
	default:
		p.Intent = IntentNone
	}
	return p
}

func isHelp(words []string) bool {
	if len(words) == 0 {
		return true
	}
	switch words[0] {
	case "help", "usage", "commands", "hi", "hello", "hey":
		return len(words) <= 3
	}
	s := strings.Join(words, " ")
	return s == "what can you do" || s == "how does this work" || s == "how do i use this"
}

// listTarget returns "countries" or "themes" when the question asks for a list.
func listTarget(words []string) string {
	for _, w := range words {
		switch w {
		case "countries", "country", "holders":
			return "countries"
		case "themes", "theme", "topics", "topic", "subjects":
			return "themes"
		}
	}
	return ""
}

func containsInt(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}
