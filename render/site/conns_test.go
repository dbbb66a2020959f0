package site

import (
	"bufio"
	"io"
	"net"
	"net/http"
	"testing"
	"time"
)

// serveCapped serves a page on a loopback port as timeline serve does.
func serveCapped(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := NewHTTPServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") }))
	go hs.Serve(Capped(ln, hs, MaxConns))
	t.Cleanup(func() { hs.Close() })
	return ln.Addr().String()
}

// ask sends a request on c and reads its answer, leaving c kept alive.
func ask(t *testing.T, c net.Conn) {
	t.Helper()
	c.SetDeadline(time.Now().Add(5 * time.Second))
	if _, err := io.WriteString(c, "GET / HTTP/1.1\r\nHost: x\r\n\r\n"); err != nil {
		t.Fatal(err)
	}
	res, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	c.SetDeadline(time.Time{})
}

// A flood of connections kept alive, or open and asking nothing, neither
// holds the server's connections nor keeps a real request waiting: the
// quietest are closed to make room, and the others after IdleTimeout.
func TestServeConnectionFlood(t *testing.T) {
	defer func(d time.Duration) { IdleTimeout = d }(IdleTimeout)
	IdleTimeout = 2 * time.Second
	addr := serveCapped(t)
	var conns []net.Conn
	for i := range MaxConns + 100 {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		if i < MaxConns-50 {
			ask(t, c)
		}
		conns = append(conns, c)
	}
	start := time.Now()
	res, err := (&http.Client{Timeout: 10 * time.Second}).Get("http://" + addr + "/")
	if err != nil {
		t.Fatalf("a request beside %d quiet connections: %v", len(conns), err)
	}
	res.Body.Close()
	d := time.Since(start)
	t.Logf("a request beside %d quiet connections waited %v", len(conns), d)
	if d > IdleTimeout/2 {
		t.Errorf("it waited more than %v", IdleTimeout/2)
	}
	// every quiet connection is closed by the server in the end
	for i, c := range conns {
		c.SetReadDeadline(time.Now().Add(3 * IdleTimeout))
		if _, err := io.Copy(io.Discard, c); err != nil {
			t.Fatalf("connection %d: %v, want it closed", i, err)
		}
	}
}
