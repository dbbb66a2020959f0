package site

import (
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ca-diplomacy/timeline/corpus"
	"github.com/ca-diplomacy/timeline/timeline"
)

const (
	articleA = "On 14 November 2025, President of Kazakhstan Kassym-Jomart Tokayev arrived in Tashkent on a state visit.\n"
	articleB = "On 3 March 2024, the foreign ministers of Tajikistan and Kyrgyzstan held talks in Dushanbe.\n"
)

// newServer serves the site of the corpus dir, written into a folder of its
// own by each build.
func newServer(t *testing.T, dir string) *Server {
	t.Helper()
	out := t.TempDir()
	s := &Server{Dir: out,
		Changed: func() (string, error) { return corpus.Fingerprint(os.DirFS(dir)) },
		Build: func() error {
			revs, err := ReadRevisions(out)
			if err != nil {
				return err
			}
			tl, _ := timeline.Read(os.DirFS(dir), corpus.Options{})
			s, err := Build(tl, Options{Now: time.Now(), Revisions: revs, NoLibraries: true})
			if err != nil {
				return err
			}
			return s.Write(out)
		},
	}
	// a refresh a request started may still be building when the test
	// ends: the folder is removed once it is done
	t.Cleanup(func() {
		for s.refreshing.Load() {
			time.Sleep(10 * time.Millisecond)
		}
	})
	return s
}

func get(t *testing.T, srv *httptest.Server, p string, hdr ...string) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest("GET", srv.URL+p, nil)
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}

var uidRe = regexp.MustCompile(`UID:(\S+)`)

func uids(feed string) []string {
	var out []string
	for _, m := range uidRe.FindAllStringSubmatch(feed, -1) {
		out = append(out, m[1])
	}
	return out
}

// serving serves, over HTTP, the site of a corpus of article A (in dir),
// not built yet.
func serving(t *testing.T) (s *Server, srv *httptest.Server, dir string) {
	t.Helper()
	dir = t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(articleA), 0o644); err != nil {
		t.Fatal(err)
	}
	s = newServer(t, dir)
	srv = httptest.NewServer(s)
	t.Cleanup(srv.Close)
	return s, srv, dir
}

func TestServer(t *testing.T) {
	s, srv, dir := serving(t)
	if res, _ := get(t, srv, "/calendar.ics"); res.StatusCode != http.StatusServiceUnavailable || res.Header.Get("Retry-After") == "" {
		t.Errorf("before the first build: %d, want 503 with Retry-After", res.StatusCode)
	}
	if err := s.Refresh(); err != nil {
		t.Fatal(err)
	}

	res, feed := get(t, srv, "/calendar.ics")
	if res.StatusCode != 200 || res.Header.Get("Content-Type") != "text/calendar; charset=utf-8" {
		t.Fatalf("GET /calendar.ics: %d %s", res.StatusCode, res.Header.Get("Content-Type"))
	}
	etag, lm := res.Header.Get("ETag"), res.Header.Get("Last-Modified")
	if etag == "" || lm == "" {
		t.Fatalf("no ETag (%q) or Last-Modified (%q)", etag, lm)
	}
	before := uids(feed)
	if len(before) == 0 {
		t.Fatalf("no event in the feed:\n%s", feed)
	}
	if res, _ := get(t, srv, "/calendar.ics", "If-None-Match", etag); res.StatusCode != http.StatusNotModified {
		t.Errorf("conditional GET by ETag: %d, want 304", res.StatusCode)
	}
	if res, _ := get(t, srv, "/calendar.ics", "If-Modified-Since", lm); res.StatusCode != http.StatusNotModified {
		t.Errorf("conditional GET by date: %d, want 304", res.StatusCode)
	}

	// A new article appears on the next request; the other events keep their UIDs.
	if err := os.WriteFile(filepath.Join(dir, "b.txt"), []byte(articleB), 0o644); err != nil {
		t.Fatal(err)
	}
	// the request that finds the change starts the build, and later ones
	// get the new feed once it is built
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		res, feed = get(t, srv, "/calendar.ics", "If-None-Match", etag)
		if res.StatusCode == 200 || time.Now().After(deadline) {
			break
		}
	}
	if res.StatusCode != 200 {
		t.Fatalf("after a new article: %d, want 200 with the new feed", res.StatusCode)
	}
	after := uids(feed)
	if len(after) <= len(before) {
		t.Errorf("the new article's event is not in the feed: %v → %v", before, after)
	}
	for _, u := range before {
		if !slices.Contains(after, u) {
			t.Errorf("UID %s lost after adding an unrelated article", u)
		}
	}
	if !strings.Contains(feed, "Dushanbe") {
		t.Error("the new event is not in the feed")
	}

	for p, want := range map[string]int{
		"/": 200, "/index.html": 200, "/timeline.json": 404, "/feeds/country/UZ.ics": 200,
		"/.timeline/revisions.json": 404, "/../../etc/passwd": 404, "/nope.ics": 404,
	} {
		if res, _ := get(t, srv, p); res.StatusCode != want {
			t.Errorf("GET %s: %d, want %d", p, res.StatusCode, want)
		}
	}
	if res, _ := get(t, srv, "/search?q=dushanbe"); res.StatusCode != 404 {
		t.Errorf("/search with no index: %d, want 404", res.StatusCode)
	}
	ix := &Index{}
	tl, _ := timeline.Read(os.DirFS(dir), corpus.Options{})
	ix.add("2024.html", tl.Events)
	s.SetIndex(ix)
	if res, body := get(t, srv, "/search?q=dushanbe"); res.StatusCode != 200 || res.Header.Get("Content-Type") != "application/json" ||
		!strings.Contains(body, `"total":1`) || !strings.Contains(body, `"url":"2024.html#event-`) {
		t.Errorf("/search?q=dushanbe: %d %s", res.StatusCode, body)
	}
	res, err := http.Post(srv.URL+"/calendar.ics", "text/plain", strings.NewReader("x"))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST: %d", res.StatusCode)
	}
}

// A client that accepts gzip gets pages and feeds compressed, under an
// ETag of their own that a conditional request matches; a byte range, a
// refusal (q=0) or a client that does not ask gets the file as it is.
func TestServerGzip(t *testing.T) {
	s, srv, _ := serving(t)
	if err := s.Refresh(); err != nil {
		t.Fatal(err)
	}
	file, err := os.ReadFile(filepath.Join(s.Dir, "calendar.ics"))
	if err != nil {
		t.Fatal(err)
	}
	// with Accept-Encoding set by hand, the client leaves the body as sent
	res, body := get(t, srv, "/calendar.ics", "Accept-Encoding", "br, gzip;q=0.8")
	if res.StatusCode != 200 || res.Header.Get("Content-Encoding") != "gzip" || res.Header.Get("Vary") != "Accept-Encoding" {
		t.Fatalf("gzip asked: %d, Content-Encoding %q, Vary %q", res.StatusCode, res.Header.Get("Content-Encoding"), res.Header.Get("Vary"))
	}
	z, err := gzip.NewReader(strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if plain, err := io.ReadAll(z); err != nil || string(plain) != string(file) {
		t.Fatalf("the compressed feed is not the file (%v)", err)
	}
	etag := res.Header.Get("ETag")
	plain, same := get(t, srv, "/calendar.ics", "Accept-Encoding", "identity")
	if plain.Header.Get("Content-Encoding") != "" || same != string(file) || plain.Header.Get("ETag") == etag {
		t.Errorf("identity: Content-Encoding %q, ETag %q (compressed: %q)", plain.Header.Get("Content-Encoding"), plain.Header.Get("ETag"), etag)
	}
	if res, _ := get(t, srv, "/calendar.ics", "Accept-Encoding", "gzip", "If-None-Match", etag); res.StatusCode != http.StatusNotModified {
		t.Errorf("conditional GET by the compressed ETag: %d, want 304", res.StatusCode)
	}
	if res, body := get(t, srv, "/calendar.ics", "Accept-Encoding", "gzip", "Range", "bytes=0-14"); res.StatusCode != http.StatusPartialContent || body != string(file[:15]) {
		t.Errorf("a range: %d %q, want 206 and the file's first bytes", res.StatusCode, body)
	}
	if res, _ := get(t, srv, "/calendar.ics", "Accept-Encoding", "gzip;q=0"); res.Header.Get("Content-Encoding") != "" {
		t.Error("gzip;q=0 is answered compressed")
	}
	req, _ := http.NewRequest("HEAD", srv.URL+"/index.html", nil)
	req.Header.Set("Accept-Encoding", "gzip")
	head, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	head.Body.Close()
	if head.StatusCode != 200 || head.Header.Get("Content-Encoding") != "gzip" || head.Header.Get("Content-Length") != "" {
		t.Errorf("HEAD: %d, Content-Encoding %q, Content-Length %q", head.StatusCode, head.Header.Get("Content-Encoding"), head.Header.Get("Content-Length"))
	}
}

// While the next site is built, requests are answered at once from the
// current one.
func TestServerAnswersWhileBuilding(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(articleA), 0o644); err != nil {
		t.Fatal(err)
	}
	s := newServer(t, dir)
	build := s.Build
	building, release := make(chan bool, 1), make(chan bool)
	s.Build = func() error {
		if s.built.Load() { // the second build is slow
			building <- true
			<-release
		}
		return build()
	}
	if err := s.Refresh(); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s)
	defer srv.Close()
	if err := os.WriteFile(filepath.Join(dir, "b.txt"), []byte(articleB), 0o644); err != nil {
		t.Fatal(err)
	}
	refreshed := make(chan error, 1)
	go func() { refreshed <- s.Refresh() }()
	<-building
	answered := make(chan int, 1)
	go func() {
		res, err := http.Get(srv.URL + "/calendar.ics")
		if err != nil {
			answered <- 0
			return
		}
		res.Body.Close()
		answered <- res.StatusCode
	}()
	select {
	case code := <-answered:
		if code != 200 {
			t.Errorf("during a build: %d, want 200 from the current site", code)
		}
	case <-time.After(5 * time.Second):
		t.Error("a request waited for the build")
	}
	close(release)
	if err := <-refreshed; err != nil {
		t.Error(err)
	}
}
