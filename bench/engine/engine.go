// Package engine puts stancebot and Bleve behind one small interface so
// the benchmark asks both the same questions over the same statements.
package engine

import "github.com/stancebot/stancebot/bench/gen"

// Doc is one deduplicated statement as both engines index it.
type Doc struct {
	Country string `json:"country"`
	Text    string `json:"text"`
}

// Hit is one answer, in rank order.
type Hit = Doc

// Engine answers benchmark questions. Ask is the timed call; it keeps its
// result so Hits can convert it afterwards, outside the timing.
type Engine interface {
	Name() string
	Ask(q *gen.Question, n int) error
	Hits() []Hit
}
