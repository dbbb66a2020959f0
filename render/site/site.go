// Package site renders every published file of a timeline — timeline.json,
// calendar.ics, the filtered feeds under feeds/ and the HTML pages — file by
// file, from the timeline or from a stream of its runs of months (so that a
// timeline too large to hold is written with the memory of a few runs), or
// as one set in memory (Build, for timeline serve), and writes files into a
// folder atomically (temp file and rename), so a reader or a subscribed
// calendar never sees half a file.
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
	"github.com/ca-diplomacy/timeline/timeline/corrections"
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
	// Corrections are the editor's, applied to the events before anything
	// is written (nil: none).
	Corrections *corrections.File
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
	// Feeds are the paths of the feeds of the site, written or left as
	// they were (see RemoveStale).
	Feeds []string
	// Events and Undated count the dated and undated events.
	Events, Undated int
	// Problems are the corrections that applied to no event (see
	// corrections.File.Apply), each an error that names its entry.
	Problems []error
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
// into a file and keep nothing in memory. The JSON, the page and each feed
// are written at once: emit is called from as many goroutines. It returns
// the revisions to keep for the next run. With o.Unchanged set, it also
// works out each feed's digest, leaves out the feeds o.Unchanged reports
// unchanged, and returns the digests. With o.Program set, the events of
// each file are written in pieces of a month (timeline.ByMonth), named by
// what they hold, and a piece the file's earlier version holds
// (o.Earlier) is copied.
func Render(tl *timeline.Timeline, o Options, emit func(name string, write func(io.Writer) error) error) (Rendered, error) {
	return RenderStream(tl.Stream(), o, emit)
}

// RenderStream is Render for a stream, read twice, a run at a time: once
// to tally the events (see tally) and prepare their VEVENTs, once to write
// every file. Its memory is that of a few runs, what it keeps of every
// event (its revision and where its VEVENT is) and the tally.
func RenderStream(st *timeline.Stream, o Options, emit func(name string, write func(io.Writer) error) error) (Rendered, error) {
	r := Rendered{Pieces: map[string][]splice.Piece{}}
	if o.Title == "" {
		o.Title = "Diplomatic calendar"
	}
	st, r.Problems = o.Corrections.Apply(st)
	st = st.Aged(o.Now)
	prepared := ics.NewPrepared(o.Revisions, o.Now, ics.Reuse{Salt: o.Program, Previous: o.Previous})
	defer prepared.Close()
	t, err := tally(st, prepared, o)
	if err != nil {
		return r, err
	}
	r.Events, r.Undated, r.Digests = t.events, len(st.Undated), t.digests
	for _, f := range t.feeds {
		r.Feeds = append(r.Feeds, f.Path)
	}
	r.Revisions, _ = prepared.Revised()
	var links []html.FeedLink
	for _, f := range t.feeds {
		links = append(links, html.FeedLink{Path: f.Path, Name: f.Name, Group: f.Group, Count: f.Count})
	}
	page := html.Options{Title: o.Title, Feeds: links, NoLibraries: o.NoLibraries}

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
	// the files, each written from the runs as they are read again
	var parts []func(batches) error
	undated := map[*timeline.Event]string{}
	for i, d := range eventDigests(st.Undated, o.Program) {
		undated[st.Undated[i]] = d
	}
	// the key of a piece of the JSON or the page, *b being the batch of
	// its events unless they are undated
	byDigest := func(b **batch) func([]*timeline.Event) string {
		return func(es []*timeline.Event) string {
			if o.Program == "" {
				return ""
			}
			h := sha256.New()
			for _, e := range es {
				d, ok := undated[e]
				if !ok {
					d = (*b).digests[e]
				}
				io.WriteString(h, d)
			}
			return hex.EncodeToString(h.Sum(nil)[:16])
		}
	}
	parts = append(parts, func(runs batches) error {
		var b *batch
		s := &timeline.Stream{Runs: eventsOf(runs, &b, nil), Undated: st.Undated}
		return write("timeline.json", byDigest(&b), func(w io.Writer, p timeline.Splitter) error { return s.WriteJSONPieces(w, o.Now, p) })
	}, func(runs batches) error {
		var b *batch
		s := &timeline.Stream{Runs: eventsOf(runs, &b, nil), Undated: st.Undated}
		return write("index.html", byDigest(&b), func(w io.Writer, p timeline.Splitter) error {
			pg := page
			pg.Pieces = p
			return html.WriteStream(w, s, t.page, pg)
		})
	})
	byRevision := func(es []*timeline.Event) string {
		if o.Program == "" {
			return ""
		}
		return prepared.Key(es)
	}
	for _, f := range t.feeds {
		if r.Digests != nil && o.Unchanged(f.Path, r.Digests[f.Path]) {
			continue
		}
		parts = append(parts, func(runs batches) error {
			var b *batch
			events := eventsOf(runs, &b, f.has)
			return write(f.Path, byRevision, func(w io.Writer, s timeline.Splitter) error {
				return prepared.WriteRuns(w, events, f.Feed(), s)
			})
		})
	}
	err = fan(st.Runs, func(es []*timeline.Event) *batch {
		b := &batch{es: es}
		if o.Program != "" {
			ds := eventDigests(es, o.Program)
			b.digests = make(map[*timeline.Event]string, len(es))
			for i, e := range es {
				b.digests[e] = ds[i]
			}
		}
		return b
	}, parts)
	r.Reused = prepared.Taken()
	return r, err
}

// tallied is what a first pass over a stream finds (see tally).
type tallied struct {
	events  int // dated
	page    *html.Tally
	feeds   []*Feed
	digests map[string]string // of the feeds by path, with Options.Unchanged
}

// tally reads the stream's runs once: it adds their events to prepared,
// and tallies them for the page, the feeds and (with o.Unchanged) the
// feeds' digests.
func tally(st *timeline.Stream, prepared *ics.Prepared, o Options) (*tallied, error) {
	t := &tallied{page: html.NewTally()}
	set := newFeedSet(false)
	digests := map[*Feed]*ics.FeedDigest{}
	digest := func(f *Feed) (*ics.FeedDigest, error) {
		d := digests[f]
		if d == nil {
			var err error
			if d, err = ics.NewDigest(f.Feed()); err != nil {
				return nil, fmt.Errorf("%s: %w", f.Path, err)
			}
			digests[f] = d
		}
		return d, nil
	}
	err := st.Runs(func(es []*timeline.Event) error {
		prepared.Add(es, eventDigests(es, o.Program))
		t.page.Add(es, false)
		t.events += len(es)
		for f, in := range set.add(es) {
			if o.Unchanged == nil {
				continue
			}
			d, err := digest(f)
			if err != nil {
				return err
			}
			d.Add(prepared, in)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	t.page.Add(st.Undated, true)
	t.feeds = set.feeds()
	if o.Unchanged != nil {
		t.digests = map[string]string{}
		for _, f := range t.feeds {
			d, err := digest(f) // the calendar's, of no event
			if err != nil {
				return nil, err
			}
			t.digests[f.Path] = d.Sum()
		}
	}
	return t, nil
}

// eventDigests are the digests of events with program, on all cores; nil
// without a program.
func eventDigests(es []*timeline.Event, program string) []string {
	if program == "" {
		return nil
	}
	ds := make([]string, len(es))
	parallel.For(len(es), func(i int) { ds[i] = es[i].Digest(program) })
	return ds
}

// batch is a run of events as the files are written from it, with the
// events' digests.
type batch struct {
	es      []*timeline.Event
	digests map[*timeline.Event]string
}

// batches gives batches to yield, in order (see fan).
type batches func(yield func(*batch) error) error

// eventsOf gives the events of the batches of runs (those has reports,
// when set), *cur being the batch they are of while they are given.
func eventsOf(runs batches, cur **batch, has func(*timeline.Event) bool) timeline.Runs {
	return func(yield func([]*timeline.Event) error) error {
		return runs(func(b *batch) error {
			es := b.es
			if has != nil {
				es = nil
				for _, e := range b.es {
					if has(e) {
						es = append(es, e)
					}
				}
			}
			if len(es) == 0 {
				return nil
			}
			*cur = b
			return yield(es)
		})
	}
}

// fan reads runs once, making a batch of each run with prep, and gives
// every batch to each of parts, which run at once, each on its own
// goroutine: a part is handed the batches (it may read them, once, or not
// at all) and a batch is let go once every part is past it. A part that
// reads the batches sees the error of reading runs, if any, after the
// last, so that no file is written of part of the runs. fan returns the
// first error, of reading or of a part.
func fan(runs timeline.Runs, prep func([]*timeline.Event) *batch, parts []func(batches) error) error {
	chans := make([]chan *batch, len(parts))
	errs := make([]error, len(parts)+1)
	var read error // of reading runs, set before the channels are closed
	var wg sync.WaitGroup
	for i, part := range parts {
		chans[i] = make(chan *batch, 1)
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i+1] = part(func(yield func(*batch) error) error {
				for b := range chans[i] {
					if err := yield(b); err != nil {
						return err
					}
				}
				return read
			})
			for range chans[i] { // what the part did not read
			}
		}()
	}
	errs[0] = runs(func(es []*timeline.Event) error {
		b := prep(es)
		for _, c := range chans {
			c <- b
		}
		return nil
	})
	read = errs[0]
	for _, c := range chans {
		close(c)
	}
	wg.Wait()
	for _, err := range errs { // reading's first: the parts' are of it then
		if err != nil {
			return err
		}
	}
	return nil
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
	b, err := readStateFile(dir, StateFile)
	if b == nil || err != nil {
		return nil, err
	}
	r, err := ics.ParseRevisions(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", StateFile, err)
	}
	return r, nil
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
	b, err := readStateFile(dir, name)
	if b == nil || err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// readStateFile reads a state file; a missing one is nil and no error.
func readStateFile(dir, name string) ([]byte, error) {
	b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	return b, err
}

// Feed is one calendar of the site.
type Feed struct {
	Path        string // "calendar.ics", "feeds/country/UZ.ics", "feeds/type/summit.ics"
	Name        string
	Description string
	Group       string            // "", "country" or "type"
	Count       int               // of the events it holds
	Events      []*timeline.Event // the events it holds (from Feeds only)
	key         string            // the country or type of the group
}

// Feed is the calendar's header for the ics writer.
func (f Feed) Feed() ics.Feed { return ics.Feed{Name: f.Name, Description: f.Description} }

// has reports whether the feed holds e.
func (f *Feed) has(e *timeline.Event) bool {
	switch f.Group {
	case "":
		return true
	case "country":
		return ics.Placeable(e) && slices.Contains(countries(e), f.key)
	}
	return ics.Placeable(e) && e.Type == f.key
}

// Feeds returns the whole calendar, then one per country (a participant or
// the host) and one per event type, each with the events it holds; a
// filtered feed exists only when it has an event to show.
func Feeds(tl *timeline.Timeline) []Feed {
	s := newFeedSet(true)
	s.add(tl.Events)
	var out []Feed
	for _, f := range s.feeds() {
		out = append(out, *f)
	}
	return out
}

// feedSet gathers the feeds of a timeline (see Feeds) a run of its dated
// events at a time.
type feedSet struct {
	all               *Feed
	byCountry, byType map[string]*Feed
	keep              bool // the events of each feed
}

func newFeedSet(keep bool) *feedSet {
	return &feedSet{keep: keep, byCountry: map[string]*Feed{}, byType: map[string]*Feed{},
		all: &Feed{Path: "calendar.ics", Name: "Diplomatic calendar",
			Description: "Summits, visits, talks and other diplomatic events read from news articles by timeline"}}
}

// add puts in the events that follow those put in so far, and returns
// the events of each feed among them.
func (s *feedSet) add(es []*timeline.Event) map[*Feed][]*timeline.Event {
	in := map[*Feed][]*timeline.Event{}
	if len(es) > 0 {
		in[s.all] = es
	}
	for _, e := range es {
		if !ics.Placeable(e) {
			continue // no filtered feed of events that no calendar shows
		}
		for _, c := range countries(e) {
			if !isName(c, 'A', 'Z') {
				continue // not a code: it names no file
			}
			f := s.byCountry[c]
			if f == nil {
				name := places.Default().CountryName(c)
				f = &Feed{Path: "feeds/country/" + c + ".ics", Name: "Diplomatic calendar: " + name, Group: "country",
					Description: "Diplomatic events with " + name + " as host or participant", key: c}
				s.byCountry[c] = f
			}
			in[f] = append(in[f], e)
		}
		if !isName(e.Type, 'a', 'z') {
			continue
		}
		f := s.byType[e.Type]
		if f == nil {
			label := timeline.Label(e.Type)
			f = &Feed{Path: "feeds/type/" + e.Type + ".ics", Name: "Diplomatic calendar: " + label, Group: "type",
				Description: "Diplomatic events of the type " + label, key: e.Type}
			s.byType[e.Type] = f
		}
		in[f] = append(in[f], e)
	}
	for f, es := range in {
		f.Count += len(es)
		if s.keep {
			f.Events = append(f.Events, es...)
		}
	}
	return in
}

// isName reports whether a country code or an event type may name a
// feed's file: letters from lo to hi and, inside, underscores. Whatever
// the events say (a damaged or crafted store), no file is written outside
// its folder.
func isName(s string, lo, hi byte) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < lo || c > hi) && (c != '_' || i == 0 || i == len(s)-1) {
			return false
		}
	}
	return s != ""
}

// feeds are the feeds: the calendar, then by country, then by type.
func (s *feedSet) feeds() []*Feed {
	out := []*Feed{s.all}
	for _, c := range sortedKeys(s.byCountry) {
		out = append(out, s.byCountry[c])
	}
	for _, t := range sortedKeys(s.byType) {
		out = append(out, s.byType[t])
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

// Write writes every file of the site into dir atomically, removes the
// feeds of an earlier run that the site no longer has (see RemoveStale),
// then writes the revisions.
func (s *Site) Write(dir string) error {
	for _, n := range s.Names() {
		if err := WriteFile(filepath.Join(dir, filepath.FromSlash(n)), s.Files[n]); err != nil {
			return err
		}
	}
	if err := RemoveStale(dir, s.Feeds); err != nil {
		return err
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
	tmp, err := createTemp(dir, tempPrefix+filepath.Base(name)+".*")
	if err != nil {
		return err
	}
	defer doneTemp(tmp.Name())
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
