package engine

import (
	"fmt"
	"strconv"

	"github.com/blevesearch/bleve/v2"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/en" // registers the "en" analyser
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/stancebot/stancebot/bench/gen"
)

// BleveStore picks which in-memory Bleve index to build.
type BleveStore int

const (
	// MemOnly is bleve.NewMemOnly: the upsidedown index on the gtreap
	// in-memory KV store, Bleve's documented in-memory index.
	MemOnly BleveStore = iota
	// ScorchMem is Bleve's default index type, scorch, given no path: its
	// segments stay in memory and nothing is persisted.
	ScorchMem
)

// batchSize per store, from a sweep at 10k statements (1000, 5000,
// 10000): upsidedown indexes fastest in small batches, scorch in large
// ones (each batch is a segment a query must visit).
var batchSize = map[BleveStore]int{MemOnly: 1000, ScorchMem: 10000}

// Bleve is an in-memory Bleve index over the same statements: "text"
// analysed with the English analyser "en", "country" as a keyword.
// Nothing is stored but the index itself; hits map back to Docs by ID.
type Bleve struct {
	store BleveStore
	idx   bleve.Index
	docs  []Doc
	last  *bleve.SearchResult
}

// NewBleve indexes docs in memory.
func NewBleve(docs []Doc, store BleveStore) (*Bleve, error) {
	text := bleve.NewTextFieldMapping()
	text.Analyzer = "en"
	text.Store, text.IncludeTermVectors, text.IncludeInAll, text.DocValues = false, false, false, false
	country := bleve.NewKeywordFieldMapping()
	country.Store, country.IncludeTermVectors, country.IncludeInAll, country.DocValues = false, false, false, false
	dm := bleve.NewDocumentStaticMapping()
	dm.AddFieldMappingsAt("text", text)
	dm.AddFieldMappingsAt("country", country)
	im := bleve.NewIndexMapping()
	im.DefaultMapping = dm
	im.DefaultAnalyzer = "en"

	var idx bleve.Index
	var err error
	switch store {
	case MemOnly:
		idx, err = bleve.NewMemOnly(im)
	case ScorchMem:
		idx, err = bleve.NewUsing("", im, scorch.Name, scorch.Name, nil)
	default:
		err = fmt.Errorf("unknown store %d", store)
	}
	if err != nil {
		return nil, fmt.Errorf("bleve: new index: %w", err)
	}
	b := idx.NewBatch()
	for i, d := range docs {
		if err := b.Index(strconv.Itoa(i), map[string]any{"text": d.Text, "country": d.Country}); err != nil {
			return nil, fmt.Errorf("bleve: index doc %d: %w", i, err)
		}
		if b.Size() >= batchSize[store] || i == len(docs)-1 {
			if err := idx.Batch(b); err != nil {
				return nil, fmt.Errorf("bleve: batch at doc %d: %w", i, err)
			}
			b.Reset()
		}
	}
	return &Bleve{store: store, idx: idx, docs: docs}, nil
}

// Name implements Engine.
func (b *Bleve) Name() string {
	if b.store == ScorchMem {
		return "bleve-scorch"
	}
	return "bleve"
}

// Ask implements Engine. Stance: a match query on the topic words with a
// term filter on the country. Compare: the same with a filter on either
// country, 2n hits in one search. Theme: a match query alone.
func (b *Bleve) Ask(q *gen.Question, n int) error {
	match := bleve.NewMatchQuery(q.Topic)
	match.SetField("text")
	var qq query.Query = match
	size := n
	if len(q.Countries) > 0 {
		bq := bleve.NewBooleanQuery()
		bq.AddMust(match)
		if len(q.Countries) == 1 {
			bq.AddFilter(countryTerm(q.Countries[0]))
		} else {
			terms := make([]query.Query, len(q.Countries))
			for i, c := range q.Countries {
				terms[i] = countryTerm(c)
			}
			bq.AddFilter(bleve.NewDisjunctionQuery(terms...))
			size = n * len(q.Countries)
		}
		qq = bq
	}
	res, err := b.idx.Search(bleve.NewSearchRequestOptions(qq, size, 0, false))
	if err != nil {
		return fmt.Errorf("bleve search %q: %w", q.Text, err)
	}
	b.last = res
	return nil
}

func countryTerm(c string) query.Query {
	t := bleve.NewTermQuery(c)
	t.SetField("country")
	return t
}

// Hits implements Engine.
func (b *Bleve) Hits() []Hit {
	if b.last == nil {
		return nil
	}
	hits := make([]Hit, 0, len(b.last.Hits))
	for _, h := range b.last.Hits {
		if i, err := strconv.Atoi(h.ID); err == nil && i >= 0 && i < len(b.docs) {
			hits = append(hits, b.docs[i])
		}
	}
	return hits
}

// Close releases the index.
func (b *Bleve) Close() error { return b.idx.Close() }
