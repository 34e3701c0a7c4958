package httplimit_test

import (
	"net/http"
	"testing"

	"github.com/stancebot/stancebot/httplimit"
	"github.com/stancebot/stancebot/httplimit/limittest"
)

func TestLimitsApplied(t *testing.T) {
	l := limittest.Limits()
	ln, err := l.Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := l.Server(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) }))
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	limittest.Check(t, ln.Addr().String(), "/")
}

func TestZeroLimitsTakeDefaults(t *testing.T) {
	srv := httplimit.Limits{}.Server(http.NotFoundHandler())
	d := httplimit.Default()
	if srv.ReadHeaderTimeout != d.ReadHeaderTimeout || srv.ReadTimeout != d.ReadTimeout || srv.WriteTimeout != d.WriteTimeout ||
		srv.IdleTimeout != d.IdleTimeout || srv.MaxHeaderBytes != d.MaxHeaderBytes {
		t.Errorf("zero Limits gave %+v, want the defaults %+v", srv, d)
	}
	for name, v := range map[string]int64{"ReadHeaderTimeout": int64(d.ReadHeaderTimeout), "ReadTimeout": int64(d.ReadTimeout),
		"WriteTimeout": int64(d.WriteTimeout), "IdleTimeout": int64(d.IdleTimeout), "MaxHeaderBytes": int64(d.MaxHeaderBytes), "MaxConns": int64(d.MaxConns)} {
		if v <= 0 {
			t.Errorf("default %s is not set", name)
		}
	}
}
