package site

import (
	"context"
	"fmt"
	"log"
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"
)

// Server serves the site a build writes into a folder, and a search over
// all its events (/search?q=…, see Index), and builds it again when its
// source changes. Each file is replaced whole (see WriteFileFunc),
// so a request reads either its old content or its new one, never a mix;
// a file's time changes only with its content, which gives its ETag and
// Last-Modified. No request waits for a build: while the next site is
// built, the files as they are are served, and before the first is built a
// request is told to come back.
type Server struct {
	// Dir is the site's folder, which Build writes.
	Dir string
	// Build builds the site; Changed reports a token that differs when the
	// source changed (a corpus fingerprint). Both are called under a lock.
	Build   func() error
	Changed func() (string, error)
	// Check is the least time between two calls of Changed made on behalf
	// of requests; 0 checks on every request.
	Check time.Duration
	Log   *log.Logger

	mu         sync.Mutex // serialises checks and builds
	token      string
	checked    atomic.Int64 // when Changed was last called, in Unix nanoseconds
	refreshing atomic.Bool  // a refresh started by a request is under way
	built      atomic.Bool  // a build has written the site
	index      atomic.Pointer[Index]
}

// SetIndex makes ix what /search looks in (nil: /search is not found).
func (s *Server) SetIndex(ix *Index) { s.index.Store(ix) }

// Refresh rebuilds the site when the source changed since the last build
// (or when nothing was built yet).
func (s *Server) Refresh() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	tok, err := s.Changed()
	if err != nil {
		return err
	}
	s.checked.Store(time.Now().UnixNano())
	if s.built.Load() && tok == s.token {
		return nil
	}
	if err := s.Build(); err != nil {
		return err
	}
	s.built.Store(true)
	s.token = tok
	return nil
}

// Poll refreshes every interval until ctx ends.
func (s *Server) Poll(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := s.Refresh(); err != nil && s.Log != nil {
				s.Log.Printf("refresh: %v", err)
			}
		}
	}
}

// refreshSoon starts a refresh in the background when the source was last
// checked Check ago or more and no refresh a request started is under
// way; the request that calls it does not wait for it.
func (s *Server) refreshSoon() {
	if time.Since(time.Unix(0, s.checked.Load())) < s.Check || !s.refreshing.CompareAndSwap(false, true) {
		return
	}
	go func() {
		defer s.refreshing.Store(false)
		if err := s.Refresh(); err != nil && s.Log != nil {
			s.Log.Printf("refresh: %v", err)
		}
	}()
}

// ContentType is the media type a site file is served with.
func ContentType(name string) string {
	switch path.Ext(name) {
	case ".ics":
		return "text/calendar; charset=utf-8"
	case ".html":
		return "text/html; charset=utf-8"
	case ".json":
		return "application/json"
	}
	if t := mime.TypeByExtension(path.Ext(name)); t != "" {
		return t
	}
	return "application/octet-stream"
}

// ServeHTTP answers GET and HEAD for the site's files, with ETag and
// Last-Modified, and 304 to conditional requests that match; pages and
// feeds go gzip-compressed to clients that accept it (see gzipped).
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	s.refreshSoon()
	if !s.built.Load() {
		w.Header().Set("Retry-After", "2")
		http.Error(w, "the calendar is being built; try again in a moment", http.StatusServiceUnavailable)
		return
	}
	if ix := s.index.Load(); ix != nil && r.URL.Path == "/search" {
		serveSearch(w, r, ix)
		return
	}
	name, ok := Clean(r.URL.Path)
	if !ok {
		http.NotFound(w, r)
		return
	}
	f, err := os.Open(filepath.Join(s.Dir, filepath.FromSlash(name)))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("Content-Type", ContentType(name))
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Content-Type-Options", "nosniff")
	version := fmt.Sprintf("%x-%x", st.Size(), st.ModTime().UnixNano())
	if compressible(name) {
		h.Set("Vary", "Accept-Encoding")
	}
	if !gzipped(r, name) {
		h.Set("ETag", `"`+version+`"`)
		http.ServeContent(w, r, name, st.ModTime(), f)
		return
	}
	// the compressed body is another representation: its own ETag
	h.Set("ETag", `"`+version+`-gzip"`)
	gw := &gzipWriter{ResponseWriter: w, head: r.Method == http.MethodHead}
	http.ServeContent(gw, r, name, st.ModTime(), f)
	if err := gw.Close(); err != nil && s.Log != nil {
		s.Log.Printf("%s: %v", name, err)
	}
}
