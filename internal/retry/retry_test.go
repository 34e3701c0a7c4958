package retry

import (
	"context"
	"errors"
	"testing"
	"time"
)

var (
	errFinal     = errors.New("final")
	errTransient = errors.New("transient")
	errAsked     = errors.New("asked to wait 7s")
)

func classify(err error) Verdict {
	switch err {
	case errTransient:
		return Verdict{Retry: true}
	case errAsked:
		return Verdict{Retry: true, After: 7 * time.Second}
	}
	return Verdict{}
}

func TestPolicyDo(t *testing.T) {
	tests := []struct {
		name     string
		errs     []error // returned by successive calls; then nil
		attempts int
		calls    int
		waits    []time.Duration // exact waits (0: a backoff wait, checked by range)
		wantErr  error
	}{
		{"success at once", nil, 3, 1, nil, nil},
		{"final error is not retried", []error{errFinal}, 3, 1, nil, errFinal},
		{"transient then success", []error{errTransient, errTransient}, 5, 3, []time.Duration{0, 0}, nil},
		{"server-asked wait is honoured, capped", []error{errAsked}, 5, 2, []time.Duration{5 * time.Second}, nil},
		{"attempts run out", []error{errTransient, errTransient, errTransient}, 2, 2, []time.Duration{0}, errTransient},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var waits []time.Duration
			calls := 0
			p := Policy{Attempts: tc.attempts, Backoff: Backoff{Min: 100 * time.Millisecond, Max: time.Second}, MaxWait: 5 * time.Second,
				Classify: classify, Sleep: func(_ context.Context, d time.Duration) error { waits = append(waits, d); return nil }}
			err := p.Do(context.Background(), func(context.Context) error {
				calls++
				if calls <= len(tc.errs) {
					return tc.errs[calls-1]
				}
				return nil
			})
			if !errors.Is(err, tc.wantErr) || (tc.wantErr == nil && err != nil) {
				t.Fatalf("Do = %v, want %v", err, tc.wantErr)
			}
			if calls != tc.calls || len(waits) != len(tc.waits) {
				t.Fatalf("calls %d waits %v; want %d calls, %d waits", calls, waits, tc.calls, len(tc.waits))
			}
			for i, w := range tc.waits {
				if w > 0 && waits[i] != w {
					t.Errorf("wait %d = %v, want %v", i, waits[i], w)
				}
				if w == 0 && (waits[i] < 50*time.Millisecond || waits[i] > time.Second) {
					t.Errorf("backoff wait %d = %v, outside [Min/2, Max]", i, waits[i])
				}
			}
		})
	}
}

func TestBackoffGrowsAndCaps(t *testing.T) {
	b := Backoff{Min: 100 * time.Millisecond, Max: 800 * time.Millisecond}
	for attempt, hi := range map[int]time.Duration{1: 100, 2: 200, 3: 400, 4: 800, 9: 800} {
		hi *= time.Millisecond
		for range 50 {
			if d := b.Delay(attempt); d < hi/2 || d > hi {
				t.Fatalf("Delay(%d) = %v, want within [%v, %v]", attempt, d, hi/2, hi)
			}
		}
	}
}

func TestBaseIsExact(t *testing.T) {
	b := Backoff{Min: time.Minute, Max: time.Hour}
	for attempt, want := range map[int]time.Duration{1: time.Minute, 2: 2 * time.Minute, 3: 4 * time.Minute, 7: time.Hour, 30: time.Hour} {
		if got := b.Base(attempt); got != want {
			t.Errorf("Base(%d) = %v, want %v", attempt, got, want)
		}
	}
}

func TestDoStopsWhenContextEnds(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	p := Policy{Backoff: Backoff{Min: time.Hour, Max: time.Hour}, Classify: classify}
	done := make(chan error)
	go func() {
		done <- p.Do(ctx, func(context.Context) error { calls++; return errTransient })
	}()
	time.Sleep(20 * time.Millisecond)
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, errTransient) || calls != 1 {
			t.Fatalf("Do = %v after %d calls", err, calls)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Do kept waiting after its context ended")
	}
}
