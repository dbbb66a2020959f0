// Package site builds every published file of a timeline — timeline.json,
// calendar.ics, the filtered feeds under feeds/ and the HTML pages — as one
// set in memory, and writes a set into a folder atomically, file by file
// (temp file and rename), so a reader or a subscribed calendar never sees half
// a file.
package site

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/ca-diplomacy/timeline/parse/places"
	"github.com/ca-diplomacy/timeline/render/html"
	"github.com/ca-diplomacy/timeline/render/ics"
	"github.com/ca-diplomacy/timeline/render/splice"
	"github.com/ca-diplomacy/timeline/timeline"
	"github.com/ca-diplomacy/timeline/timeline/parallel"
)

// StateFile holds the feed revisions between runs, inside the output folder.
// It is not part of the published site.
const StateFile = ".timeline/revisions.json"

// DigestFile holds the digests of the feeds a run wrote (see ics.Digest),
// beside StateFile: a feed whose digest is the same next time is not
// written again, so its file keeps its time and subscribers it.
const DigestFile = ".timeline/feeds.json"

// Options tune a build.
type Options struct {
	Now       time.Time     // the run's time: "generated" and the stamp of changed events
	Revisions ics.Revisions // of the previous run (nil: none)
	Title     string        // of the calendar and the pages; "Diplomatic calendar" when empty
	// NoLibraries leaves ECharts out of the pages (see html.Options).
	NoLibraries bool
	// Unchanged reports whether the file name already holds the feed
	// whose digest is given; Render then leaves it (nil: write all).
	Unchanged func(name, digest string) bool
	// Program names the program (see timeline.Event.Digest): with it, an
	// event unchanged since its revision is not rendered again, its
	// VEVENT taken from Previous. Empty: every event is rendered.
	Program string
	// Previous is the whole calendar as the run that kept Revisions wrote
	// it (nil: none).
	Previous *ics.Previous
	// Earlier, when set with Program, gives the file name as an earlier
	// run left it, with its pieces (see render/splice): a piece it holds
	// is copied instead of rendered. Render closes what it gives; nil
	// means none.
	Earlier func(name string) *splice.Earlier
}

// Rendered is what Render tells besides the files.
type Rendered struct {
	Revisions ics.Revisions     // to keep for the next run
	Digests   map[string]string // of the feeds, when Options.Unchanged is set
	Reused    int               // events whose VEVENT was taken from Options.Previous
	// Pieces are the pieces of each file written, when Options.Program
	// is set (see Options.Earlier), to keep with the files' stamps.
	Pieces map[string][]splice.Piece
	Copied int64 // bytes copied from the earlier files
}

// Site is a built set of files.
type Site struct {
	Files map[string][]byte // slash-separated path → content
	Rendered
}

// Names returns the file names, sorted.
func (s *Site) Names() []string {
	var out []string
	for n := range s.Files {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Build renders the timeline into a set of files held in memory (what
// `timeline serve` publishes).
func Build(tl *timeline.Timeline, o Options) (*Site, error) {
	s := &Site{Files: map[string][]byte{}}
	var mu sync.Mutex
	r, err := Render(tl, o, func(name string, write func(io.Writer) error) error {
		var b bytes.Buffer
		if err := write(&b); err != nil {
			return err
		}
		mu.Lock()
		s.Files[name] = b.Bytes()
		mu.Unlock()
		return nil
	})
	if err != nil {
		return nil, err
	}
	s.Rendered = r
	return s, nil
}

// Render renders the timeline file by file: for each it calls emit with the
// file's name and a function that writes it, so the caller may stream it
// into a file and keep nothing in memory. The JSON, the feeds and the page
// are written at once: emit is called from three goroutines. It returns the revisions to keep
// for the next run. With o.Unchanged set, it also works out each feed's
// digest, leaves out the feeds o.Unchanged reports unchanged, and returns
// the digests. With o.Program set, the events of each file are written in
// pieces of a month (timeline.ByMonth), named by what they hold, and a
// piece the file's earlier version holds (o.Earlier) is copied.
func Render(tl *timeline.Timeline, o Options, emit func(name string, write func(io.Writer) error) error) (Rendered, error) {
	r := Rendered{Pieces: map[string][]splice.Piece{}}
	if o.Title == "" {
		o.Title = "Diplomatic calendar"
	}
	digests := map[*timeline.Event]string{}
	if o.Program != "" {
		all := slices.Concat(tl.Events, tl.Undated)
		ds := make([]string, len(all))
		parallel.For(len(all), func(i int) { ds[i] = all[i].Digest(o.Program) })
		for i, e := range all {
			digests[e] = ds[i]
		}
	}
	var mu sync.Mutex // guards r.Pieces and r.Copied
	// write writes the file name with render, in the pieces key names
	write := func(name string, key func([]*timeline.Event) string, render func(io.Writer, timeline.Splitter) error) error {
		err := emit(name, func(w io.Writer) error {
			var earlier *splice.Earlier
			if o.Earlier != nil && o.Program != "" {
				earlier = o.Earlier(name)
			}
			defer earlier.Close()
			sw := splice.NewWriter(w, earlier)
			if err := render(sw, pieces{sw, key}); err != nil {
				return err
			}
			mu.Lock()
			defer mu.Unlock()
			if o.Program != "" {
				r.Pieces[name] = sw.Pieces()
			}
			r.Copied += sw.Copied
			return nil
		})
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		return nil
	}
	byDigest := func(es []*timeline.Event) string {
		if o.Program == "" {
			return ""
		}
		h := sha256.New()
		for _, e := range es {
			io.WriteString(h, digests[e])
		}
		return hex.EncodeToString(h.Sum(nil)[:16])
	}
	feeds := Feeds(tl)
	var links []html.FeedLink
	for _, f := range feeds {
		links = append(links, html.FeedLink{Path: f.Path, Name: f.Name, Group: f.Group, Count: len(f.Events)})
	}
	page := html.Options{Title: o.Title, Feeds: links, NoLibraries: o.NoLibraries}
	var prepared *ics.Prepared
	parts := []func() error{
		func() error {
			return write("timeline.json", byDigest, func(w io.Writer, s timeline.Splitter) error { return tl.WriteJSONPieces(w, o.Now, s) })
		},
		func() error {
			var err error
			prepared, err = writeFeeds(tl, o, feeds, digests, write, &r)
			return err
		},
		func() error {
			return write("index.html", byDigest, func(w io.Writer, s timeline.Splitter) error {
				p := page
				p.Pieces = s
				return html.Write(w, tl, p)
			})
		},
	}
	// the three parts are written at once: much of writing them is the
	// disk's (pieces copied, files synced), done while the cores render
	errs := make([]error, len(parts))
	var wg sync.WaitGroup
	for i, part := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = part()
		}()
	}
	wg.Wait()
	if prepared != nil {
		defer prepared.Close()
	}
	for _, err := range errs {
		if err != nil {
			return r, err
		}
	}
	r.Reused = prepared.Taken()
	return r, nil
}

// writeFeeds writes the calendar and the filtered feeds (leaving those
// o.Unchanged reports unchanged), puts their revisions and digests in r,
// and returns the events' VEVENTs as prepared.
func writeFeeds(tl *timeline.Timeline, o Options, feeds []Feed, digests map[*timeline.Event]string,
	write func(string, func([]*timeline.Event) string, func(io.Writer, timeline.Splitter) error) error, r *Rendered) (*ics.Prepared, error) {
	prepared, revs, _ := ics.PrepareRevised(o.Revisions, tl.Events, o.Now, ics.Reuse{Salt: o.Program, Digests: digests, Previous: o.Previous})
	r.Revisions = revs
	if o.Unchanged != nil {
		// the feeds' digests, worked out on all cores
		sums, errs := make([]string, len(feeds)), make([]error, len(feeds))
		parallel.For(len(feeds), func(i int) {
			sums[i], errs[i] = prepared.Digest(feeds[i].Events, feeds[i].Feed())
		})
		r.Digests = map[string]string{}
		for i, f := range feeds {
			if errs[i] != nil {
				return prepared, fmt.Errorf("%s: %w", f.Path, errs[i])
			}
			r.Digests[f.Path] = sums[i]
		}
	}
	byRevision := func(es []*timeline.Event) string {
		if o.Program == "" {
			return ""
		}
		return prepared.Key(es)
	}
	for _, f := range feeds {
		if r.Digests != nil && o.Unchanged(f.Path, r.Digests[f.Path]) {
			continue
		}
		err := write(f.Path, byRevision, func(w io.Writer, s timeline.Splitter) error {
			return prepared.WritePieces(w, f.Events, f.Feed(), s)
		})
		if err != nil {
			return prepared, err
		}
	}
	return prepared, nil
}

// pieces writes lists of events in pieces of a month to w, each named by
// key.
type pieces struct {
	w   *splice.Writer
	key func([]*timeline.Event) string
}

func (pieces) Split(es []*timeline.Event) [][]*timeline.Event { return timeline.ByMonth(es) }

func (p pieces) Piece(es []*timeline.Event, write func(io.Writer) error) error {
	return p.w.Piece(p.key(es), write)
}

// WriteRevisions keeps the revisions in dir for the next run.
func WriteRevisions(dir string, revs ics.Revisions) error {
	b, err := revs.AppendJSON(nil)
	if err != nil {
		return err
	}
	return WriteFile(filepath.Join(dir, filepath.FromSlash(StateFile)), b)
}

// ReadRevisions reads the revisions kept in dir; a missing file is no error.
func ReadRevisions(dir string) (ics.Revisions, error) {
	var r ics.Revisions
	return r, readState(dir, StateFile, &r)
}

// WriteDigests keeps the feeds' digests in dir for the next run.
func WriteDigests(dir string, digests map[string]string) error {
	return writeState(dir, DigestFile, digests)
}

// ReadDigests reads the digests kept in dir; a missing file is no error.
func ReadDigests(dir string) (map[string]string, error) {
	var d map[string]string
	return d, readState(dir, DigestFile, &d)
}

// ForgetDigests removes the digests kept in dir, before a run writes its
// files: a run that stops halfway leaves none, and the next writes every
// feed.
func ForgetDigests(dir string) error { return forgetState(dir, DigestFile) }

// forgetState removes a state file; a missing one is no error.
func forgetState(dir, name string) error {
	err := os.Remove(filepath.Join(dir, filepath.FromSlash(name)))
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return err
}

func writeState(dir, name string, v any) error {
	b, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		return err
	}
	return WriteFile(filepath.Join(dir, filepath.FromSlash(name)), b)
}

func readState(dir, name string, v any) error {
	b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// Feed is one calendar of the site.
type Feed struct {
	Path        string // "calendar.ics", "feeds/country/UZ.ics", "feeds/type/summit.ics"
	Name        string
	Description string
	Group       string // "", "country" or "type"
	Events      []*timeline.Event
}

// Feed is the calendar's header for the ics writer.
func (f Feed) Feed() ics.Feed { return ics.Feed{Name: f.Name, Description: f.Description} }

// Feeds returns the whole calendar, then one per country (a participant or
// the host) and one per event type, each with the events it holds; a
// filtered feed exists only when it has an event to show.
func Feeds(tl *timeline.Timeline) []Feed {
	g := places.Default()
	all := Feed{Path: "calendar.ics", Name: "Diplomatic calendar",
		Description: "Summits, visits, talks and other diplomatic events read from news articles by timeline", Events: tl.Events}
	byCountry := map[string][]*timeline.Event{}
	byType := map[string][]*timeline.Event{}
	for _, e := range tl.Events {
		if !ics.Placeable(e) {
			continue // no filtered feed of events that no calendar shows
		}
		for _, c := range countries(e) {
			byCountry[c] = append(byCountry[c], e)
		}
		byType[e.Type] = append(byType[e.Type], e)
	}
	out := []Feed{all}
	for _, c := range sortedKeys(byCountry) {
		name := g.CountryName(c)
		out = append(out, Feed{Path: "feeds/country/" + c + ".ics", Name: "Diplomatic calendar: " + name, Group: "country",
			Description: "Diplomatic events with " + name + " as host or participant", Events: byCountry[c]})
	}
	for _, t := range sortedKeys(byType) {
		label := timeline.Label(t)
		out = append(out, Feed{Path: "feeds/type/" + t + ".ics", Name: "Diplomatic calendar: " + label, Group: "type",
			Description: "Diplomatic events of the type " + label, Events: byType[t]})
	}
	return out
}

// countries of an event: its participants and its host.
func countries(e *timeline.Event) []string {
	cs := append([]string(nil), e.Codes...)
	if c := e.Place.Country; c != "" && !slices.Contains(cs, c) {
		cs = append(cs, c)
	}
	return cs
}

func sortedKeys[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// Write writes every file of the site into dir atomically, then the
// revisions. Files of an earlier run that the site no longer has are left.
func (s *Site) Write(dir string) error {
	for _, n := range s.Names() {
		if err := WriteFile(filepath.Join(dir, filepath.FromSlash(n)), s.Files[n]); err != nil {
			return err
		}
	}
	return WriteRevisions(dir, s.Revisions)
}

// WriteFile writes data to name through a temp file in the same folder and a
// rename, creating the folder when needed.
func WriteFile(name string, data []byte) error {
	return WriteFileFunc(name, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// writeBuffer is the buffer a file is written through: writing 250 MB in
// 700-byte pieces took 230-260 ms through bufio's default 4 KB and 60-75 ms
// through 64 KB (ext4, the 2-core machine of the README's figures). Writers that wrap it in
// bufio again (bufio.NewWriter) get it back as it is.
const writeBuffer = 64 << 10

// WriteFileFunc is WriteFile for content that write streams.
func WriteFileFunc(name string, write func(io.Writer) error) error {
	dir := filepath.Dir(name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(name)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	bw := bufio.NewWriterSize(tmp, writeBuffer)
	if err := write(bw); err != nil {
		tmp.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), name)
}

// Clean returns the slash path of a request inside the site, or false when
// it names nothing the site may serve: paths that leave the site and hidden
// files (the kept state among them).
func Clean(p string) (string, bool) {
	if p == "" || p == "/" {
		return "index.html", true
	}
	c := path.Clean("/" + p)[1:]
	if c == "" {
		return "index.html", true
	}
	for _, part := range strings.Split(c, "/") {
		if part == "" || part[0] == '.' {
			return "", false
		}
	}
	return c, true
}
