// Package hotpath benchmarks stancebot's hot paths on generated corpora at
// scale, through the core's exported API: tokenise+stem, country
// detection, BM25 scoring, Ask per question kind, and Load. The core's own
// benchmarks (corpus/bench_test.go, bot/bench_test.go) run the same paths
// on the five seed files; these add the sizes where costs show.
//
//	cd bench && go test -run '^$' -bench . -benchmem ./hotpath
package hotpath
