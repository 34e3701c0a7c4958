package inbox

import (
	"context"
	"sort"
	"sync"
	"time"
)

// Memory is an Inbox held in memory: for tests and for adapters run
// without a store. It keeps nothing across restarts.
type Memory struct {
	mu     sync.Mutex
	events map[[2]string]*memEvent
}

type memEvent struct {
	Event
	holder   string
	until    time.Time
	answered bool
}

// NewMemory returns an empty in-memory inbox.
func NewMemory() *Memory { return &Memory{events: map[[2]string]*memEvent{}} }

// Record implements Inbox.
func (m *Memory) Record(_ context.Context, e Event) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	k := [2]string{e.Platform, e.ID}
	if _, ok := m.events[k]; ok {
		return false, nil
	}
	m.events[k] = &memEvent{Event: e}
	return true, nil
}

// Lease implements Inbox.
func (m *Memory) Lease(_ context.Context, platform, id, holder string, now, until time.Time) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	e, ok := m.events[[2]string{platform, id}]
	if !ok || e.answered || (e.holder != "" && e.holder != holder && !e.until.Before(now)) {
		return false, nil
	}
	e.holder, e.until = holder, until
	return true, nil
}

// MarkAnswered implements Inbox.
func (m *Memory) MarkAnswered(_ context.Context, platform, id string, _ time.Time) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if e, ok := m.events[[2]string{platform, id}]; ok {
		e.answered, e.holder = true, ""
	}
	return nil
}

// Answered implements Inbox.
func (m *Memory) Answered(_ context.Context, platform, id string) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	e, ok := m.events[[2]string{platform, id}]
	return ok && e.answered, nil
}

// Pending implements Inbox.
func (m *Memory) Pending(_ context.Context, platform string, since time.Time, limit int) ([]Event, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []Event
	for _, e := range m.events {
		if e.Platform == platform && !e.answered && !e.Received.Before(since) {
			ev := e.Event
			ev.Leased = e.holder != ""
			out = append(out, ev)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].Received.Equal(out[j].Received) {
			return out[i].Received.Before(out[j].Received)
		}
		return out[i].ID < out[j].ID
	})
	if len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// Prune implements Inbox.
func (m *Memory) Prune(_ context.Context, before time.Time) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for k, e := range m.events {
		if e.Received.Before(before) {
			delete(m.events, k)
		}
	}
	return nil
}
