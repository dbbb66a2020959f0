// Package site renders every published file of a timeline — an overview
// page, a page per year (or per month, where a year is too large to read on
// one page), calendar.ics, the filtered feeds and the yearly archives under
// feeds/ — a part at a time from a stream of the timeline's events, so that
// no file and no part held in memory grows with the whole timeline, and
// writes them into a folder atomically (temp file and rename), so a reader
// or a subscribed calendar never sees half a file. A file whose bytes are
// those it holds already is left as it is, keeping its time.
package site

import (
	"bufio"
	"bytes"
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
	"time"

	"github.com/ca-diplomacy/timeline/parse/places"
	"github.com/ca-diplomacy/timeline/render/ics"
	"github.com/ca-diplomacy/timeline/timeline"
	"github.com/ca-diplomacy/timeline/timeline/corrections"
)

// StateFile holds the feed revisions between runs, inside the output folder.
// It is not part of the published site.
const StateFile = ".timeline/revisions.json"

// KeysFile holds what each file of the site was made of (see Rendered.Keys),
// beside StateFile: a file made of the same is not rendered again.
const KeysFile = ".timeline/files.json"

// Options tune a build.
type Options struct {
	Now       time.Time     // the run's time: "generated" and the stamp of changed events
	Revisions ics.Revisions // of the previous run (nil: none)
	Title     string        // of the calendar and the pages; "Diplomatic calendar" when empty
	// NoLibraries leaves ECharts out of the pages (see html.Options).
	NoLibraries bool
	// Program names the program (see timeline.Event.Digest): with it, an
	// event unchanged since its revision is not rendered to revise it, and
	// each file gets a key naming what it is made of (Rendered.Keys).
	Program string
	// Unchanged reports whether the file name holds what a file of key
	// holds; Render then leaves it (nil: every file is rendered).
	Unchanged func(name, key string) bool
	// Corrections are the editor's, applied to the events before anything
	// is written (nil: none).
	Corrections *corrections.File
	// WholeFeeds puts every event in every feed instead of a window (see
	// Window).
	WholeFeeds bool
	// Index makes the search index of every event (Rendered.Index).
	Index bool
}

// Window is what the feeds hold, unless Options.WholeFeeds: every event to
// come and those of the last Window, or every event when there are no more
// than WholeUpTo. Subscribed calendars read the whole feed at every
// refresh, so a feed stays about a year long however long the timeline;
// the yearly archives (feeds/year/) hold the rest.
const (
	Window    = 12 // months
	WholeUpTo = 1000
)

// MonthPagesOver is the number of events of a year past which it gets a
// page per month rather than one page.
const MonthPagesOver = 25000

// Rendered is what Render tells besides the files.
type Rendered struct {
	Revisions ics.Revisions     // to keep for the next run
	Keys      map[string]string // of the files, with Options.Program: keep them for Options.Unchanged
	// Paths are the paths of the files of the site, written or left as
	// they were (see RemoveStale).
	Paths []string
	// Left counts the files Options.Unchanged let be.
	Left int
	// Index finds every event, with Options.Index.
	Index *Index
	// Events and Undated count the dated and undated events.
	Events, Undated int
	// Problems are the corrections that applied to no event (see
	// corrections.File.Apply), each an error that names its entry.
	Problems []error
}

// Render renders the stream's timeline file by file: for each it calls
// emit with the file's name and a function that writes it, so the caller
// may stream it into a file and keep nothing in memory. It reads the
// stream once, in order, and holds the events of a year at a time, those
// the feeds hold (see Window) and the overview's counts.
func Render(st *timeline.Stream, o Options, emit func(name string, write func(io.Writer) error) error) (Rendered, error) {
	r := Rendered{Keys: map[string]string{}}
	if o.Index {
		r.Index = &Index{}
	}
	if o.Title == "" {
		o.Title = "Diplomatic calendar"
	}
	st, r.Problems = o.Corrections.Apply(st)
	st = st.Aged(o.Now)
	b := newBuilder(o, emit, &r)
	err := st.Runs(b.add)
	if err == nil {
		err = b.finish(st.Undated)
	}
	r.Revisions, _ = b.prepared.Revised()
	if err != nil {
		return r, err
	}
	sort.Strings(r.Paths)
	return r, nil
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

// WriteKeys keeps the files' keys in dir for the next run (see Unchanged),
// each with its file's size and time as the run leaves it.
func WriteKeys(dir string, keys map[string]string) error {
	kept := map[string]string{}
	for name, key := range keys {
		if st, err := stampOf(filepath.Join(dir, filepath.FromSlash(name))); err == nil {
			kept[name] = stamped(key, st)
		}
	}
	return writeState(dir, KeysFile, kept)
}

// stamped is a key kept with its file's stamp.
func stamped(key string, st Stamp) string { return fmt.Sprintf("%s %d %d", key, st.Size, st.ModTime) }

// Unchanged is Options.Unchanged of the site in dir: a file is left when
// the last run kept its key with the file as it is now (a file changed or
// removed by hand is rendered again). The keys are forgotten until this
// run keeps its own (WriteKeys): a run that stops halfway leaves none, and
// the next renders every file.
func Unchanged(dir string) (func(name, key string) bool, error) {
	var keys map[string]string
	if err := readState(dir, KeysFile, &keys); err != nil {
		return nil, err
	}
	if err := forgetState(dir, KeysFile); err != nil {
		return nil, err
	}
	return func(name, key string) bool {
		st, err := stampOf(filepath.Join(dir, filepath.FromSlash(name)))
		return err == nil && keys[name] == stamped(key, st)
	}, nil
}

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
	Path        string // "calendar.ics", "feeds/country/UZ.ics", "feeds/type/summit.ics", "feeds/year/2024.ics"
	Name        string
	Description string
	Group       string            // "", "country", "type" or "year"
	Count       int               // of the events it holds
	Events      []*timeline.Event // the events it holds (from Feeds only)
}

// Feed is the calendar's header for the ics writer.
func (f Feed) Feed() ics.Feed { return ics.Feed{Name: f.Name, Description: f.Description} }

// Feeds returns the whole calendar, then one per country (a participant or
// the host) and one per event type, each with the events it holds; a
// filtered feed exists only when it has an event to show.
func Feeds(tl *timeline.Timeline) []Feed {
	var out []Feed
	for _, f := range feedsOf(tl.Events) {
		out = append(out, *f)
	}
	return out
}

// feedsOf sorts the events into the calendar, then a feed per country,
// then a feed per type.
func feedsOf(es []*timeline.Event) []*Feed {
	all := &Feed{Path: "calendar.ics", Name: "Diplomatic calendar",
		Description: "Summits, visits, talks and other diplomatic events read from news articles by timeline"}
	byCountry, byType := map[string]*Feed{}, map[string]*Feed{}
	add := func(f *Feed, e *timeline.Event) {
		f.Events = append(f.Events, e)
		f.Count++
	}
	for _, e := range es {
		if !ics.Placeable(e) {
			continue // no feed of events that no calendar shows
		}
		add(all, e)
		for _, c := range countries(e) {
			if !isName(c, 'A', 'Z') {
				continue // not a code: it names no file
			}
			f := byCountry[c]
			if f == nil {
				name := places.Default().CountryName(c)
				f = &Feed{Path: "feeds/country/" + c + ".ics", Name: "Diplomatic calendar: " + name, Group: "country",
					Description: "Diplomatic events with " + name + " as host or participant"}
				byCountry[c] = f
			}
			add(f, e)
		}
		if !isName(e.Type, 'a', 'z') {
			continue
		}
		f := byType[e.Type]
		if f == nil {
			label := timeline.Label(e.Type)
			f = &Feed{Path: "feeds/type/" + e.Type + ".ics", Name: "Diplomatic calendar: " + label, Group: "type",
				Description: "Diplomatic events of the type " + label}
			byType[e.Type] = f
		}
		add(f, e)
	}
	out := []*Feed{all}
	for _, c := range sortedKeys(byCountry) {
		out = append(out, byCountry[c])
	}
	for _, t := range sortedKeys(byType) {
		out = append(out, byType[t])
	}
	return out
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

// WriteFile writes data to name through a temp file in the same folder and a
// rename, creating the folder when needed.
func WriteFile(name string, data []byte) error {
	return WriteFileFunc(name, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// writeBuffer is the buffer a file is written through, larger than bufio's
// default: renderers write in small pieces. Writers that wrap it in
// bufio again (bufio.NewWriter) get it back as it is.
const writeBuffer = 64 << 10

// WriteFileFunc is WriteFile for content that write streams. A file that
// holds those bytes already is left as it is, so that its time tells when
// it last changed (Last-Modified, a subscriber's refresh).
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
	if same(tmp, name) {
		tmp.Close()
		return os.Remove(tmp.Name())
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

// same reports whether the file name holds what f, just written, holds.
func same(f *os.File, name string) bool {
	old, err := os.Open(name)
	if err != nil {
		return false
	}
	defer old.Close()
	a, erra := f.Stat()
	b, errb := old.Stat()
	if erra != nil || errb != nil || a.Size() != b.Size() || !b.Mode().IsRegular() {
		return false
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return false
	}
	ba, bb := make([]byte, writeBuffer), make([]byte, writeBuffer)
	for {
		na, erra := io.ReadFull(f, ba)
		nb, errb := io.ReadFull(old, bb)
		if na != nb || !bytes.Equal(ba[:na], bb[:nb]) {
			return false
		}
		if erra == io.EOF || erra == io.ErrUnexpectedEOF {
			return errb == erra
		}
		if erra != nil || errb != nil {
			return false
		}
	}
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
