package corpus

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// fileQueue hands the walk's files to the parsing workers. It is
// unbounded (it holds the names, which the load keeps anyway), so the
// walk never waits for the workers: it finishes as soon as the directory
// is read, and the merger, which needs the whole list to put files in
// path order, is never kept waiting behind the parsing.
type fileQueue struct {
	mu    sync.Mutex
	cond  sync.Cond
	names fileNames // walk order
	next  int
	done  bool
	// Once the merger has put the list in path order (see sorted), the
	// walk-order list is let go of: names is empty and a name is found
	// through the order the merger made, not kept twice.
	byPath fileNames // every name in path order
	rank   []uint32  // walk index -> path order
	count  int       // names listed
}

func newFileQueue() *fileQueue {
	q := &fileQueue{}
	q.cond.L = &q.mu
	return q
}

// push lists the file dir/name (name alone when dir is ".").
func (q *fileQueue) push(dir, name string) error {
	q.mu.Lock()
	err := q.names.add(dir, name)
	q.mu.Unlock()
	q.cond.Signal()
	return err
}

// finish marks the list complete; take then reports the end once every
// name has been taken.
func (q *fileQueue) finish() {
	q.mu.Lock()
	q.done = true
	q.mu.Unlock()
	q.cond.Broadcast()
}

// take returns the next file and its index in walk order, waiting for the
// walk if it has not found one yet; ok is false when there are no more.
// The name is the caller's own (a copy: what a parsed file keeps of it,
// a warning's file or an attribution's evidence, must not hold the slab).
func (q *fileQueue) take() (i int, name string, ok bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for q.next >= q.len() && !q.done {
		q.cond.Wait()
	}
	if q.next >= q.len() {
		return 0, "", false
	}
	i = q.next
	q.next++
	if q.rank != nil {
		return i, strings.Clone(q.byPath.at(int(q.rank[i]))), true
	}
	return i, strings.Clone(q.names.at(i)), true
}

// len is the number of names listed so far. q.mu must be held.
func (q *fileQueue) len() int {
	if q.rank != nil {
		return q.count
	}
	return q.names.len()
}

// sorted tells the queue that the walk is over and its list, in path
// order, is byPath, rank giving each walk index its place there: the
// queue then lets go of its own walk-order list (the names' slab, its
// offsets and their append slack: ~5.5 MB at 149,000 files, live through
// the parse's peak). Neither may be modified after.
func (q *fileQueue) sorted(byPath fileNames, rank []uint32) {
	q.mu.Lock()
	q.count = q.names.len()
	q.byPath, q.rank, q.names = byPath, rank, fileNames{}
	q.done = true
	q.mu.Unlock()
	q.cond.Broadcast()
}

// all returns every name pushed so far, in walk order.
func (q *fileQueue) all() fileNames {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.names
}

// listing is the outcome of the walk: every file in walk order.
type listing struct {
	names    fileNames
	warnings []Warning
	err      error
	queue    *fileQueue // told of the path order (see fileQueue.sorted); nil: none
}

// resultBatch is how many parsed files a worker hands the merger at once.
const resultBatch = 8

// maxBacklog bounds the parsed files the merger holds while the walk is
// still listing (it cannot merge them before it knows their place in path
// order): past it, the workers wait for the walk. A parsed file holds
// about a kilobyte of paragraph references.
var maxBacklog = 4096 // a variable so a test can lower it

// merged is everything mergeFiles gathered, per file in path order.
//
// The warnings and front matter of the few files that have any are
// lists of their own, not a slot for every file (a slice header and a
// pointer per file were 4.7 MB at 149,000 files, live to the end of the
// merge).
type merged struct {
	merger
	names        fileNames // path order
	walkWarnings []Warning
	warnings     []fileWarnings // in the order files were merged
	used         []bool
	meta         []fileMeta // in the order files were merged
	raw          int64
}

// fileWarnings are the warnings of one file (by its index in path order).
type fileWarnings struct {
	file int
	ws   []Warning
}

// fileMeta is the front matter of one file (by its index in path order).
type fileMeta struct {
	file int
	src  *Source
}

// sortedWarnings returns the files' warnings in path order.
func (mf *merged) sortedWarnings() []Warning {
	slices.SortFunc(mf.warnings, func(a, b fileWarnings) int { return a.file - b.file })
	var out []Warning
	for _, w := range mf.warnings {
		out = append(out, w.ws...)
	}
	return out
}

// mergeFiles merges the workers' results as they arrive. Files are
// numbered in walk order while they are parsed; once the walk is done
// they are renumbered in path order (the order of statements and
// sources), results that came before that having waited in a backlog.
// On a walk error or a done ctx it cancels the load, drains the results
// and returns the error.
//
// sample, when not nil, is shown every file's analyses as they arrive
// (see vocabSampler).
func mergeFiles(ctx context.Context, cancel context.CancelFunc, listed <-chan listing, results <-chan []fileResult, sample *vocabSampler) (*merged, error) {
	mf := &merged{merger: merger{byKey: map[uint64]int32{}}}
	var rank []uint32 // walk index -> path order
	var backlog []fileResult
	var walkErr error
	take := func(r fileResult) {
		if ctx.Err() != nil || walkErr != nil {
			putParas(r.paras)
			return // drain: the workers stop at the next file or paragraph check
		}
		r.file = int(rank[r.file])
		if len(r.warnings) > 0 {
			mf.warnings = append(mf.warnings, fileWarnings{r.file, r.warnings})
		}
		if r.meta != nil {
			mf.meta = append(mf.meta, fileMeta{r.file, r.meta})
		}
		mf.raw += r.size
		if len(r.paras) > 0 {
			mf.used[r.file] = true
		}
		mf.add(r)
		putParas(r.paras) // the merger keeps what it needs, not the list
	}
	onListed := func(l listing) {
		if l.err != nil {
			walkErr = l.err
			cancel()
			return
		}
		mf.names, rank = sortedNames(&l.names)
		n := mf.names.len()
		l.names = fileNames{} // the walk-order slab: the queue lets go of it too
		mf.merger.names = mf.names
		if l.queue != nil {
			l.queue.sorted(mf.names, rank)
		}
		mf.walkWarnings = l.warnings
		mf.used = make([]bool, n)
		for _, r := range backlog {
			take(r)
		}
		backlog = nil
	}
	for results != nil {
		select {
		case rs, ok := <-results:
			if !ok {
				results = nil
				continue
			}
			for _, r := range rs {
				sample.see(r.file, r.paras)
				switch {
				case rank != nil || walkErr != nil:
					take(r)
				default:
					backlog = append(backlog, r)
				}
			}
			if len(backlog) >= maxBacklog {
				onListed(<-listed)
				listed = nil
			}
		case l := <-listed:
			onListed(l)
			listed = nil
		}
	}
	if listed != nil {
		onListed(<-listed)
	}
	switch {
	case walkErr != nil:
		return nil, walkErr
	case ctx.Err() != nil:
		return nil, fmt.Errorf("load cancelled: %w", context.Cause(ctx))
	case mf.names.len() == 0:
		if len(mf.walkWarnings) > 0 {
			return nil, fmt.Errorf("%w: %s", ErrNoFiles, summarize(mf.walkWarnings))
		}
		return nil, ErrNoFiles
	}
	return mf, nil
}
