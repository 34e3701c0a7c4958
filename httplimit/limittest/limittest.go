// Package limittest checks, from the outside, that an HTTP server applies
// httplimit.Limits: tests of each server that stancebot runs call Check
// on it, so a server built without the limits fails its own test.
package limittest

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/httplimit"
)

// Limits are small limits that Check can observe quickly. Start the
// server under test with them.
func Limits() httplimit.Limits {
	return httplimit.Limits{
		ReadHeaderTimeout: 20 * time.Second, // longer than Check: held connections must stay
		ReadTimeout:       500 * time.Millisecond,
		WriteTimeout:      5 * time.Second,
		IdleTimeout:       500 * time.Millisecond,
		MaxHeaderBytes:    8 << 10,
		MaxConns:          3,
	}
}

// Check verifies that the server at addr (host:port) serving path applies
// Limits(): oversized headers get 431, an idle keep-alive connection and
// a request whose body trickles in are closed, and connections beyond
// MaxConns wait until one is released. Call it before other traffic.
func Check(t *testing.T, addr, path string) {
	t.Helper()
	l := Limits()
	t.Run("header limit", func(t *testing.T) {
		conn := dial(t, addr)
		big := strings.Repeat("a", 4*l.MaxHeaderBytes+8192) // net/http allows 4 KiB over the limit
		fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: x\r\nX-Big: %s\r\n\r\n", path, big)
		resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
		if err != nil {
			t.Fatalf("reading the response to %d bytes of headers: %v", len(big), err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusRequestHeaderFieldsTooLarge {
			t.Errorf("%d bytes of headers: status %d, want 431", len(big), resp.StatusCode)
		}
	})
	t.Run("idle keep-alive closed", func(t *testing.T) {
		conn := dial(t, addr)
		br := bufio.NewReader(conn)
		fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: x\r\n\r\n", path)
		resp, err := http.ReadResponse(br, nil)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.Close {
			t.Skip("the server closed the connection after the response")
		}
		closedWithin(t, conn, br, l.IdleTimeout+2*time.Second, "an idle keep-alive connection")
	})
	t.Run("slow body closed", func(t *testing.T) {
		conn := dial(t, addr)
		br := bufio.NewReader(conn)
		// A body far shorter than announced, then nothing: the server may
		// answer, but must not keep waiting for the rest.
		fmt.Fprintf(conn, "POST %s HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"a\":", path)
		closedWithin(t, conn, br, l.ReadTimeout+2*time.Second, "a connection whose body trickles in")
	})
	t.Run("connection limit", func(t *testing.T) {
		var held []net.Conn
		for range l.MaxConns {
			c := dial(t, addr)
			io.WriteString(c, "GET "+path+" HTTP/1.1\r\n") // half a request: the server holds it
			held = append(held, c)
		}
		time.Sleep(100 * time.Millisecond) // let the server accept them
		got := make(chan error, 1)
		go func() {
			c := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{DisableKeepAlives: true}}
			resp, err := c.Get("http://" + addr + path)
			if err == nil {
				resp.Body.Close()
			}
			got <- err
		}()
		select {
		case err := <-got:
			t.Fatalf("a request beyond %d held connections was served at once (err %v)", l.MaxConns, err)
		case <-time.After(500 * time.Millisecond):
		}
		held[0].Close()
		select {
		case err := <-got:
			if err != nil {
				t.Fatalf("the waiting request failed once a connection was released: %v", err)
			}
		case <-time.After(5 * time.Second):
			t.Fatal("the waiting request was not served after a connection was released")
		}
	})
}

func dial(t *testing.T, addr string) net.Conn {
	t.Helper()
	c, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// closedWithin fails unless the server closes conn within d (any response
// it sends first is read and ignored).
func closedWithin(t *testing.T, conn net.Conn, br *bufio.Reader, d time.Duration, what string) {
	t.Helper()
	conn.SetReadDeadline(time.Now().Add(d))
	_, err := io.Copy(io.Discard, br)
	if errors.Is(err, os.ErrDeadlineExceeded) {
		t.Errorf("%s was still open after %s", what, d)
	}
}
