package main

import (
	"io"
	"net"
	"net/http"
	"testing"
	"time"

	"golang.org/x/net/netutil"
)

// Connections that send nothing, or stay idle after a request, are closed,
// and a real request is answered beside a flood of them.
func TestServeClosesIdleConnections(t *testing.T) {
	defer func(d time.Duration) { idleTimeout = d }(idleTimeout)
	idleTimeout = 300 * time.Millisecond
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := newHTTPServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") }))
	go hs.Serve(netutil.LimitListener(ln, maxConns))
	defer hs.Close()
	var idle []net.Conn
	for range maxConns + 50 {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		idle = append(idle, c)
	}
	start := time.Now()
	res, err := (&http.Client{Timeout: 10 * time.Second}).Get("http://" + ln.Addr().String() + "/")
	if err != nil {
		t.Fatalf("a request beside %d silent connections: %v", len(idle), err)
	}
	res.Body.Close()
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("a request beside silent connections took %v", d)
	}
	// every silent connection was closed by the server
	for i, c := range idle[:maxConns] {
		c.SetReadDeadline(time.Now().Add(5 * time.Second))
		if _, err := c.Read(make([]byte, 1)); err != io.EOF {
			t.Fatalf("silent connection %d: %v, want it closed (EOF)", i, err)
		}
	}
}
