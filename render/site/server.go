package site

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"log"
	"mime"
	"net/http"
	"path"
	"sync"
	"sync/atomic"
	"time"
)

// Server serves the latest built site from memory and rebuilds it when its
// source changes. Each build replaces the served set in one step, so a
// request sees either the old site or the new one, never a mix. No request
// waits for a build: while the next site is built, the current one is
// served, and before the first is built a request is told to come back.
type Server struct {
	// Build builds the site; Changed reports a token that differs when the
	// source changed (a corpus fingerprint). Both are called under a lock.
	Build   func() (*Site, error)
	Changed func() (string, error)
	// Check is the least time between two calls of Changed made on behalf
	// of requests; 0 checks on every request.
	Check time.Duration
	Log   *log.Logger

	mu         sync.Mutex // serialises checks and builds
	token      string
	checked    atomic.Int64 // when Changed was last called, in Unix nanoseconds
	refreshing atomic.Bool  // a refresh started by a request is under way
	current    atomic.Pointer[snapshot]
}

type snapshot struct {
	files map[string]file
	built time.Time
}

type file struct {
	data     []byte
	etag     string
	modified time.Time // when this content first appeared
}

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
	if s.current.Load() != nil && tok == s.token {
		return nil
	}
	site, err := s.Build()
	if site == nil {
		return err
	}
	s.swap(site)
	s.token = tok
	if err != nil && s.Log != nil {
		s.Log.Printf("rebuilt with errors: %v", err)
	}
	return nil
}

// swap publishes a new set; files whose content did not change keep their
// ETag and modification time.
func (s *Server) swap(site *Site) {
	now := time.Now().UTC().Truncate(time.Second)
	old := s.current.Load()
	next := &snapshot{files: map[string]file{}, built: now}
	for name, data := range site.Files {
		sum := sha256.Sum256(data)
		f := file{data: data, etag: `"` + hex.EncodeToString(sum[:16]) + `"`, modified: now}
		if old != nil {
			if o, ok := old.files[name]; ok && o.etag == f.etag {
				f.modified = o.modified
			}
		}
		next.files[name] = f
	}
	s.current.Store(next)
	if s.Log != nil {
		s.Log.Printf("site built: %d files", len(next.files))
	}
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
// Last-Modified, and 304 to conditional requests that match.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	s.refreshSoon()
	snap := s.current.Load()
	if snap == nil {
		w.Header().Set("Retry-After", "2")
		http.Error(w, "the calendar is being built; try again in a moment", http.StatusServiceUnavailable)
		return
	}
	name, ok := Clean(r.URL.Path)
	if !ok {
		http.NotFound(w, r)
		return
	}
	f, ok := snap.files[name]
	if !ok {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("Content-Type", ContentType(name))
	h.Set("ETag", f.etag)
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Content-Type-Options", "nosniff")
	http.ServeContent(w, r, name, f.modified, bytes.NewReader(f.data))
}

// ErrNotBuilt is returned by Files before the first build.
var ErrNotBuilt = errors.New("site not built yet")

// Files returns the served set's names and contents.
func (s *Server) Files() (map[string][]byte, error) {
	snap := s.current.Load()
	if snap == nil {
		return nil, ErrNotBuilt
	}
	out := map[string][]byte{}
	for n, f := range snap.files {
		out[n] = f.data
	}
	return out, nil
}
