package main

import (
	"context"
	"errors"
	"log/slog"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// flakyStore stands in for a store whose file turns read-only and back:
// CheckWritable and WriteErr answer what the real store answers then.
type flakyStore struct {
	mu  sync.Mutex
	err error
}

func (f *flakyStore) set(err error) { f.mu.Lock(); f.err = err; f.mu.Unlock() }
func (f *flakyStore) WriteErr() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return errors.New("cannot write the database: " + f.err.Error())
	}
	return nil
}
func (f *flakyStore) CheckWritable(context.Context) error { return f.WriteErr() }
func (f *flakyStore) Ping(context.Context) error          { return nil }

func TestReadyzReportsAStoreThatCannotWrite(t *testing.T) {
	st := &flakyStore{}
	s := newStatus(nil)
	s.db = st
	get := func() (int, string) {
		rec := httptest.NewRecorder()
		s.ready(rec, httptest.NewRequest("GET", "/readyz", nil))
		return rec.Code, rec.Body.String()
	}
	if code, body := get(); code != 200 {
		t.Fatalf("writable store: %d %q", code, body)
	}
	st.set(errors.New("attempt to write a readonly database"))
	code, body := get()
	if code != 503 || !strings.Contains(body, "store: not ready: cannot write the database: attempt to write a readonly database") {
		t.Fatalf("read-only store: %d %q", code, body)
	}
	st.set(nil)
	if code, body := get(); code != 200 {
		t.Fatalf("recovered store: %d %q", code, body)
	}
}

func TestStoreWatcherLogsOnceAndRecovers(t *testing.T) {
	st := &flakyStore{}
	var logs lockedBuffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { watchStore(ctx, st, log, 10*time.Millisecond); close(done) }()
	wait := func(what string, cond func() bool) {
		t.Helper()
		for deadline := time.Now().Add(5 * time.Second); !cond(); time.Sleep(5 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("%s; log:\n%s", what, logs.String())
			}
		}
	}
	st.set(errors.New("attempt to write a readonly database"))
	wait("no error logged", func() bool { return strings.Contains(logs.String(), "level=ERROR") })
	time.Sleep(100 * time.Millisecond) // many more probes fail meanwhile
	st.set(nil)
	wait("no recovery logged", func() bool { return strings.Contains(logs.String(), "writable again") })
	cancel()
	<-done
	if n := strings.Count(logs.String(), "level=ERROR"); n != 1 {
		t.Errorf("%d error lines for one outage, want 1:\n%s", n, logs.String())
	}
	if !strings.Contains(logs.String(), "readonly") {
		t.Errorf("the error does not say why:\n%s", logs.String())
	}
}
