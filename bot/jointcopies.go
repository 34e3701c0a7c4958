package bot

import "github.com/stancebot/stancebot/corpus"

// A statement delivered on behalf of a group is each member's: Samoa's
// for the twelve Pacific small island States is held by all twelve, one
// copy each. A "who" answer ranks each country's best statement, so the
// twelve copies ranked together and filled the ten answers shown: "who
// talks about ransomware" showed the same paragraph ten times, and
// Montenegro's and Guyana's own statements not at all (asked22). The
// reply still names every holder; the answers shown give each text once
// before any copy (TestSpreadCopies).

// spreadCopies reorders hits, stably, so that the first limit of them
// repeat no text while a distinct one remains: a copy of a text already
// among them moves after the distinct ones. Only the first limit are
// looked at, so the cost is at most limit comparisons a hit until they
// are found.
func spreadCopies(c *corpus.Corpus, hits []corpus.ScoredHit, limit int) []corpus.ScoredHit {
	if len(hits) <= 1 || limit <= 1 {
		return hits
	}
	var kept, copies []corpus.ScoredHit
	for i, h := range hits {
		if len(kept) == limit {
			return append(append(kept, copies...), hits[i:]...)
		}
		dup := false
		for _, k := range kept {
			if c.SameText(k.Stmt, h.Stmt) {
				dup = true
				break
			}
		}
		if dup {
			copies = append(copies, h)
		} else {
			kept = append(kept, h)
		}
	}
	if copies == nil {
		return hits
	}
	return append(kept, copies...)
}
