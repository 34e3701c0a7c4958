// Package httplimit bounds stancebot's HTTP servers (the status server
// and the Slack Events API listener): how long a client may take to send
// a request, how long a response may take, how long an idle keep-alive
// connection is kept, how large the headers may be, and how many
// connections are served at once. It owns no handlers.
package httplimit

import (
	"fmt"
	"net"
	"net/http"
	"time"

	"golang.org/x/net/netutil"
)

// Limits are the bounds of one server. A zero field takes its default.
type Limits struct {
	// ReadHeaderTimeout bounds reading a request's headers (slowloris).
	ReadHeaderTimeout time.Duration
	// ReadTimeout bounds reading a whole request, body included.
	ReadTimeout time.Duration
	// WriteTimeout bounds the handler and the writing of its response.
	WriteTimeout time.Duration
	// IdleTimeout is how long a keep-alive connection may wait for its
	// next request.
	IdleTimeout time.Duration
	// MaxHeaderBytes bounds the request line and headers.
	MaxHeaderBytes int
	// MaxConns is how many connections are served at once; further ones
	// wait in the kernel's accept queue until one closes.
	MaxConns int
}

// Default returns the limits stancebot's servers use. A Slack event or a
// probe is a few kilobytes sent at once and answered at once, so these are
// generous for real clients and short for a client holding a connection.
func Default() Limits {
	return Limits{
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    64 << 10,
		MaxConns:          256,
	}
}

// withDefaults fills zero fields from Default.
func (l Limits) withDefaults() Limits {
	d := Default()
	if l.ReadHeaderTimeout <= 0 {
		l.ReadHeaderTimeout = d.ReadHeaderTimeout
	}
	if l.ReadTimeout <= 0 {
		l.ReadTimeout = d.ReadTimeout
	}
	if l.WriteTimeout <= 0 {
		l.WriteTimeout = d.WriteTimeout
	}
	if l.IdleTimeout <= 0 {
		l.IdleTimeout = d.IdleTimeout
	}
	if l.MaxHeaderBytes <= 0 {
		l.MaxHeaderBytes = d.MaxHeaderBytes
	}
	if l.MaxConns <= 0 {
		l.MaxConns = d.MaxConns
	}
	return l
}

// Server returns an http.Server for h with every timeout and the header
// limit set. Serve it on a listener from Listen.
func (l Limits) Server(h http.Handler) *http.Server {
	l = l.withDefaults()
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: l.ReadHeaderTimeout,
		ReadTimeout:       l.ReadTimeout,
		WriteTimeout:      l.WriteTimeout,
		IdleTimeout:       l.IdleTimeout,
		MaxHeaderBytes:    l.MaxHeaderBytes,
	}
}

// Listen listens on the TCP address addr and accepts at most MaxConns
// connections at once (golang.org/x/net/netutil.LimitListener).
func (l Limits) Listen(addr string) (net.Listener, error) {
	l = l.withDefaults()
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listen %s: %w", addr, err)
	}
	return netutil.LimitListener(ln, l.MaxConns), nil
}
