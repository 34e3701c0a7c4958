package engine

import (
	"context"
	"fmt"

	"github.com/stancebot/stancebot/bench/gen"
	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/internal/memlimit"
)

// Stancebot asks bot.Bot the question's plain words, as a user would.
type Stancebot struct {
	Corpus *corpus.Corpus
	bot    *bot.Bot
	last   bot.Reply
}

// LoadStancebot loads and indexes every *.txt file of dir.
//
// It then does what `stancebot serve` does once its corpus is in (Main.Open
// in cmd/stancebot): it sets the serving memory limit of the default
// configuration (memlimit.DefaultPolicy: config's
// corpus.memory_headroom_percent unset), so that the memory measured is a serving process's. The limit
// stays for the rest of the process.
func LoadStancebot(dir string) (*Stancebot, error) {
	c, err := corpus.LoadDir(context.Background(), dir, corpus.Options{})
	if err != nil {
		return nil, fmt.Errorf("stancebot load %s: %w", dir, err)
	}
	s := NewStancebot(c)
	memlimit.Serve(memlimit.DefaultPolicy)
	return s, nil
}

// NewStancebot answers from an already loaded corpus.
func NewStancebot(c *corpus.Corpus) *Stancebot {
	return &Stancebot{Corpus: c, bot: bot.New(c)}
}

// Name implements Engine.
func (s *Stancebot) Name() string { return "stancebot" }

// Ask implements Engine: bot.Ask on the question text.
func (s *Stancebot) Ask(q *gen.Question, n int) error {
	s.last = s.bot.Ask(q.Text, n)
	return nil
}

// Hits implements Engine: the reply's answers (not its related statements).
func (s *Stancebot) Hits() []Hit {
	hits := make([]Hit, len(s.last.Answers))
	for i, a := range s.last.Answers {
		hits[i] = Hit{Country: a.Country, Text: a.Text}
	}
	return hits
}

// Docs returns the corpus's deduplicated statements, the documents Bleve
// indexes.
func (s *Stancebot) Docs() []Doc {
	docs := make([]Doc, s.Corpus.Len())
	for i, st := range s.Corpus.Statements() {
		docs[i] = Doc{Country: st.Country, Text: st.Text}
	}
	return docs
}
