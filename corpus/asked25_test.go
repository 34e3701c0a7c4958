package corpus

import (
	"context"
	"testing"
)

// TestAsked25Corpus: every paragraph of testdata/asked25 (an embassy's news
// item quoting a host official, a wire story quoting three countries, a
// CERT report's foreword, a parliament debate, a think tank's comparative
// brief, a joint statement of two countries, a podcast transcript, a speech
// with applause, a Spanish press release quoting a visiting minister and a
// Spanish wire story, a French Global Mechanism statement aligning with a
// group and a French interview; see its -expected.tsv, written before the
// loader was run on it) is held by the countries the expected file gives,
// and nothing else is a statement.
func TestAsked25Corpus(t *testing.T) {
	c, err := LoadDir(context.Background(), "../testdata/asked25", Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkExpectedCorpus(t, c, "../testdata/asked25-expected.tsv", asked25Leftovers)
}

// asked25Leftovers are the rows of asked25-expected.tsv still read wrong,
// each with why (see pages2Leftovers).
var asked25Leftovers = map[string]string{
	"960_embassy_malta\tThe workshop ended": "the embassy's closing narration after its Libyan guest ('The workshop ended with a visit … The Embassy thanks all participants.') is dropped (missing, safe): not yet traced why asked24's embassy rule (the page's narration after a reported guest) does not reach it",
}
