package matrix_test

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"
)

// TestUnwritableStoreLeavesQuestionsUnsynced: while the database cannot
// record answers (a read-only file: see the store's
// TestReadOnlyDatabaseFileReportedAndRecovered for the real failure), the
// bot answers nothing and keeps its sync token, so the homeserver keeps
// the events for it; once the database takes writes again, each question
// is answered exactly once, without a restart (issue 16 item 9).
func TestUnwritableStoreLeavesQuestionsUnsynced(t *testing.T) {
	e := newEnv(t)
	var readOnly atomic.Bool
	e.opts.Writable = func(ctx context.Context) error {
		if readOnly.Load() {
			return errors.New("cannot write the database: attempt to write a readonly database")
		}
		return e.st.CheckWritable(ctx)
	}
	e.startBot()
	room := e.dmRoom()
	e.ask(room, "!stance before")
	tokenKey := "matrix/" + string(e.botUser.ID) + "/next_batch"

	readOnly.Store(true)
	q := send(t, e.alice.Client, room, text("!stance while read-only"))
	waitFor(t, "the bot to see the question and leave it", func() (bool, error) {
		return e.logged("leaving events unsynced"), nil
	})
	token, err := e.st.Get(context.Background(), tokenKey)
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(1500 * time.Millisecond) // several fetches of the same batch
	if r := repliesTo(t, e.alice.Client, room, e.botUser.ID, q); len(r) != 0 {
		t.Fatalf("answered a question it could not record")
	}
	if now, _ := e.st.Get(context.Background(), tokenKey); now != token {
		t.Errorf("the sync token moved on (%q -> %q) while answers could not be recorded", token, now)
	}

	readOnly.Store(false)
	waitReply(t, e.alice.Client, room, e.botUser.ID, q)
	e.ask(room, "!stance marker")
	if r := repliesTo(t, e.alice.Client, room, e.botUser.ID, q); len(r) != 1 {
		t.Errorf("%d replies, want exactly 1", len(r))
	}
	if n := len(e.h.asked("while read-only")); n != 1 {
		t.Errorf("handler asked %d times, want 1", n)
	}
}
