// Package conversation defines the reply record a chat conversation keeps
// so that a short message can continue the last question ("and Cuba?",
// "more", "sources", "why?"), and an in-memory Store of them. It imports
// only the standard library: package bot uses the Store (its follow-up
// middleware), package store implements it in SQLite so records survive
// a restart, and conversationtest checks any implementation.
package conversation

import (
	"context"
	"sync"
	"time"
)

// Key names one conversation: a thread of a room on a platform (a DM or
// the console is a room with no thread). Records are never shared between
// keys, so never between rooms.
type Key struct {
	Platform string
	Room     string
	Thread   string
}

// Record is what is kept of the last question answered in a conversation.
type Record struct {
	Question string   // the question answered, as the matcher read it
	Lang     string   // the language it was asked in
	Intent   string   // the reply's intent
	Keys     []string // statement keys of the answers shown, in order
	Offset   int      // answers skipped before these ("more" pages on)
	// Earlier are the countries this reply and the conversation's earlier
	// ones showed, most recent first, distinct: "compare them" after "what
	// does Kenya say" and "and Ghana?" compares the two.
	Earlier []string
	// Run are the countries asked about one after another on this
	// reply's topic, most recent first ("what does Jamaica say on
	// ransomware", "and Samoa?", "and Costa Rica?"): "compare them"
	// compares the whole run, not only the last reply's country and the
	// one before it. Empty when the reply asked no country.
	Run []string
	// Counted are the countries an ordinal follow-up ("the first one")
	// counted in, in the order the reply it pointed into showed them, so
	// that the next ordinal ("and the second?") counts in them too and not
	// in this reply's one country. Empty when the reply answered no
	// ordinal.
	Counted []string
	At      time.Time // when it was answered
	// ID names this record among all others (an answered question has its
	// own, so a button under an older answer of a thread acts on that
	// answer, not the thread's newest; see Finder). Empty: none given.
	ID string
}

// Store keeps one Record per Key. Get reports ok=false when there is none
// or it is older than the store's time to live; Put replaces the record.
type Store interface {
	Get(ctx context.Context, key Key) (rec Record, ok bool, err error)
	Put(ctx context.Context, key Key, rec Record) error
}

// Finder is implemented by stores that also keep each record under its
// ID, so that it can be found after later records replaced it as its
// conversation's latest (Get). Find reports ok=false when there is no
// such record or it is older than the store's time to live.
type Finder interface {
	Find(ctx context.Context, id string) (key Key, rec Record, ok bool, err error)
}

// DefaultTTL is how long a reply can be followed up.
const DefaultTTL = 30 * time.Minute

// Memory is a Store in memory (the console, the CLI, tests): each record
// lives until TTL after its At (DefaultTTL when zero). Safe for concurrent
// use.
type Memory struct {
	TTL time.Duration
	Now func() time.Time // nil: time.Now

	mu   sync.Mutex
	m    map[Key]Record
	byID map[string]keyed
}

type keyed struct {
	key Key
	rec Record
}

var (
	_ Store  = (*Memory)(nil)
	_ Finder = (*Memory)(nil)
)

func (m *Memory) now() time.Time {
	if m.Now != nil {
		return m.Now()
	}
	return time.Now()
}

func (m *Memory) ttl() time.Duration {
	if m.TTL > 0 {
		return m.TTL
	}
	return DefaultTTL
}

// Get implements Store.
func (m *Memory) Get(_ context.Context, key Key) (Record, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	rec, ok := m.m[key]
	if !ok || m.now().Sub(rec.At) > m.ttl() {
		return Record{}, false, nil
	}
	rec.Keys = append([]string(nil), rec.Keys...)
	rec.Earlier = append([]string(nil), rec.Earlier...)
	rec.Run = append([]string(nil), rec.Run...)
	rec.Counted = append([]string(nil), rec.Counted...)
	return rec, true, nil
}

// Put implements Store; it also drops expired records.
func (m *Memory) Put(_ context.Context, key Key, rec Record) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.m == nil {
		m.m, m.byID = map[Key]Record{}, map[string]keyed{}
	}
	now := m.now()
	for k, r := range m.m {
		if now.Sub(r.At) > m.ttl() {
			delete(m.m, k)
		}
	}
	for id, r := range m.byID {
		if now.Sub(r.rec.At) > m.ttl() {
			delete(m.byID, id)
		}
	}
	rec.Keys = append([]string(nil), rec.Keys...)
	rec.Earlier = append([]string(nil), rec.Earlier...)
	rec.Run = append([]string(nil), rec.Run...)
	rec.Counted = append([]string(nil), rec.Counted...)
	m.m[key] = rec
	if rec.ID != "" {
		m.byID[rec.ID] = keyed{key: key, rec: rec}
	}
	return nil
}

// Find implements Finder.
func (m *Memory) Find(_ context.Context, id string) (Key, Record, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	r, ok := m.byID[id]
	if !ok || id == "" || m.now().Sub(r.rec.At) > m.ttl() {
		return Key{}, Record{}, false, nil
	}
	rec := r.rec
	rec.Keys = append([]string(nil), rec.Keys...)
	rec.Earlier = append([]string(nil), rec.Earlier...)
	rec.Run = append([]string(nil), rec.Run...)
	rec.Counted = append([]string(nil), rec.Counted...)
	return r.key, rec, true, nil
}
