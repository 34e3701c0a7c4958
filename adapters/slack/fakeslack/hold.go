package fakeslack

import "sync"

// Hold is a call the fake keeps waiting (HoldNext): a test uses it to stop
// a client in the middle of a send, deterministically, and then kill it.
type Hold struct {
	method  string
	n       int  // calls of method still to let through before this one
	commit  bool // commit the message before holding
	reached chan struct{}
	release chan struct{}
	once    sync.Once
	// Message is the held message (set when Reached is closed).
	Message Message
}

// Reached is closed when the held call has arrived (and, for a hold with
// commit, its message was committed).
func (h *Hold) Reached() <-chan struct{} { return h.reached }

// Release lets the held call answer (if its client is still there).
func (h *Hold) Release() { h.once.Do(func() { close(h.release) }) }

// HoldNext holds the n-th next call of method (1: the very next one)
// until Release or until its client goes away. With commit, the message
// is committed first, as Slack does on receipt, so a client killed while
// waiting never learns that its post went through. Without commit, the
// call is held before it is processed: if the client goes away first, the
// message is never committed (the request died on the way in).
func (s *Server) HoldNext(method string, n int, commit bool) *Hold {
	h := &Hold{method: method, n: n - 1, commit: commit, reached: make(chan struct{}), release: make(chan struct{})}
	s.mu.Lock()
	s.holds = append(s.holds, h)
	s.mu.Unlock()
	s.t.Cleanup(h.Release)
	return h
}

// takeHold returns the hold that applies to this call of method, if any
// (s.mu held).
func (s *Server) takeHold(method string) *Hold {
	for i, h := range s.holds {
		if h.method != method {
			continue
		}
		if h.n > 0 {
			h.n--
			continue
		}
		s.holds = append(s.holds[:i], s.holds[i+1:]...)
		return h
	}
	return nil
}
