package site

import (
	"net"
	"net/http"
	"sync"
	"time"
)

// IdleTimeout is how long the HTTP server of a site keeps a connection
// that sends nothing: a request's headers must come within it, and a
// connection kept alive after a request is closed after it.
var IdleTimeout = 10 * time.Second

// MaxConns is how many connections the HTTP server of a site holds at
// once. It stays well below the usual limit of open files (1,024), so
// that a flood of connections leaves room for the corpus and the store.
const MaxConns = 256

// NewHTTPServer is the HTTP server of a site: slow and stalled clients are
// cut off, idle connections closed.
func NewHTTPServer(h http.Handler) *http.Server {
	return &http.Server{Handler: h,
		ReadHeaderTimeout: IdleTimeout,
		ReadTimeout:       3 * IdleTimeout,
		WriteTimeout:      5 * time.Minute, // a large feed to a slow client
		IdleTimeout:       IdleTimeout,
		MaxHeaderBytes:    64 << 10,
	}
}

// Capped is ln holding at most max connections of hs at once (it sets
// hs.ConnState). At the cap, the connection quiet the longest — idle
// between requests, or open a second without asking anything — is closed
// to make room for a new one (a client reopens an idle connection at no
// cost); when none is, new connections wait.
func Capped(ln net.Listener, hs *http.Server, max int) net.Listener {
	l := &capped{Listener: ln, slots: make(chan struct{}, max), quiet: map[net.Conn]time.Time{}}
	hs.ConnState = l.state
	return l
}

type capped struct {
	net.Listener
	slots chan struct{}
	mu    sync.Mutex
	quiet map[net.Conn]time.Time // connections idle, or new and asking nothing, since
}

// quietFor is how long a new connection may ask nothing before it may be
// closed to make room.
const quietFor = time.Second

func (l *capped) state(c net.Conn, s http.ConnState) {
	l.mu.Lock()
	defer l.mu.Unlock()
	switch s {
	case http.StateNew:
		l.quiet[c] = time.Now().Add(quietFor)
	case http.StateIdle:
		l.quiet[c] = time.Now()
	default:
		delete(l.quiet, c)
	}
}

// closeQuietest closes the connection quiet the longest and reports
// whether there was one.
func (l *capped) closeQuietest() bool {
	l.mu.Lock()
	var oldest net.Conn
	var since time.Time
	now := time.Now()
	for c, t := range l.quiet {
		if !t.After(now) && (oldest == nil || t.Before(since)) {
			oldest, since = c, t
		}
	}
	delete(l.quiet, oldest)
	l.mu.Unlock()
	if oldest == nil {
		return false
	}
	oldest.Close()
	return true
}

func (l *capped) Accept() (net.Conn, error) {
	for {
		select {
		case l.slots <- struct{}{}:
			c, err := l.Listener.Accept()
			if err != nil {
				<-l.slots
				return nil, err
			}
			return &slotConn{Conn: c, free: func() { <-l.slots }}, nil
		default:
		}
		if !l.closeQuietest() {
			time.Sleep(50 * time.Millisecond) // until one is quiet or closed
		}
	}
}

// slotConn frees its slot once, when it is closed.
type slotConn struct {
	net.Conn
	once sync.Once
	free func()
}

func (c *slotConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(c.free)
	return err
}
