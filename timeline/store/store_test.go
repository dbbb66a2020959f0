package store_test

import (
	"bytes"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ca-diplomacy/timeline/corpus"
	"github.com/ca-diplomacy/timeline/parse"
	"github.com/ca-diplomacy/timeline/render/jsondoc"
	"github.com/ca-diplomacy/timeline/timeline"
	"github.com/ca-diplomacy/timeline/timeline/store"
)

// counting wraps the store and counts the files it had to read.
type counting struct {
	*store.Store
	reads atomic.Int64
}

func (c *counting) Read(fsys fs.FS, p string, limit int64, read func(fs.FS) timeline.Parsed) timeline.Parsed {
	return c.Store.Read(fsys, p, limit, func(fsys fs.FS) timeline.Parsed {
		c.reads.Add(1)
		return read(fsys)
	})
}

func events(tl *timeline.Timeline) []string {
	var out []string
	for _, e := range append(append([]*timeline.Event{}, tl.Events...), tl.Undated...) {
		out = append(out, fmt.Sprintf("%s %s %s %s %v %d", e.ID, e.Type, e.Title, e.City(), e.Codes, len(e.Sources)))
	}
	return out
}

// rows counts the rows of a table of the store at db.
func rows(t *testing.T, db, table string) int {
	t.Helper()
	var n int
	query(t, db, func(d *sql.DB) error { return d.QueryRow(`SELECT count(*) FROM ` + table).Scan(&n) })
	return n
}

// exec runs a statement on the store at db.
func exec(t *testing.T, db, stmt string) {
	t.Helper()
	query(t, db, func(d *sql.DB) error {
		_, err := d.Exec(stmt)
		return err
	})
}

func query(t *testing.T, db string, f func(*sql.DB) error) {
	t.Helper()
	d, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if err := f(d); err != nil {
		t.Fatal(err)
	}
}

func write(t *testing.T, dir, name, text string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestStore(t *testing.T) {
	dir, db := t.TempDir(), filepath.Join(t.TempDir(), "store.db")
	write(t, dir, "a.txt", "On 18 February 2021, the foreign ministers of Kazakhstan and Uzbekistan held talks in Nur-Sultan.")
	write(t, dir, "a.meta.json", `{"published": "2021-02-19", "language": "en"}`)
	write(t, dir, "b.txt", "On 3 March 2024, the foreign ministers of Tajikistan and Kyrgyzstan held talks in Dushanbe.")
	write(t, dir, "bad.txt", "x\x00y")
	fsys := os.DirFS(dir)
	plain, plainErrs := timeline.Read(fsys, corpus.Options{})

	run := func(rebuild bool) (*timeline.Timeline, []error, int64) {
		s, err := store.Open(db, rebuild)
		if err != nil {
			t.Fatal(err)
		}
		c := &counting{Store: s}
		tl, errs := (&timeline.Reader{Cache: c}).Read(fsys)
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		return tl, errs, c.reads.Load()
	}
	tl, errs, reads := run(false)
	if reads != 3 {
		t.Errorf("first run read %d files, want 3", reads)
	}
	if !reflect.DeepEqual(events(tl), events(plain)) || len(errs) != len(plainErrs) {
		t.Errorf("with the store: %q %v\nwithout: %q %v", events(tl), errs, events(plain), plainErrs)
	}
	tl, errs, reads = run(false)
	if reads != 0 {
		t.Errorf("a second run read %d files, want none", reads)
	}
	if !reflect.DeepEqual(events(tl), events(plain)) {
		t.Errorf("from the store: %q\nwant %q", events(tl), events(plain))
	}
	if !strings.Contains(strings.Join(events(tl), "\n"), "Nur-Sultan") {
		t.Errorf("the city's name of the day was lost: %q", events(tl))
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "bad.txt: binary file") {
		t.Errorf("a bad file is still reported from the store: %v", errs)
	}
	write(t, dir, "b.txt", "On 4 March 2024, the foreign ministers of Tajikistan and Kyrgyzstan held talks in Dushanbe.")
	if _, _, reads = run(false); reads != 1 {
		t.Errorf("after changing one article %d files were read, want 1", reads)
	}
	// what the article held before is dropped
	if n := rows(t, db, "results"); n != 3 {
		t.Errorf("the store holds %d results after one of 3 files changed, want 3", n)
	}
	// the same bytes under another name are parsed again: the path names
	// the article (see TestRenamed)
	if err := os.Rename(filepath.Join(dir, "b.txt"), filepath.Join(dir, "c.txt")); err != nil {
		t.Fatal(err)
	}
	write(t, dir, "d.txt", "On 4 March 2024, the foreign ministers of Tajikistan and Kyrgyzstan held talks in Dushanbe.")
	if _, _, reads = run(false); reads != 2 {
		t.Errorf("after renaming an article and copying it %d files were read, want 2", reads)
	}
	// a file removed takes its result with it, the others' stay
	if err := os.Remove(filepath.Join(dir, "c.txt")); err != nil {
		t.Fatal(err)
	}
	run(false)
	if n := rows(t, db, "results"); n != 3 {
		t.Errorf("the store holds %d results after one of two files of the same bytes went, want 3", n)
	}
	if _, _, reads = run(false); reads != 0 {
		t.Errorf("after one of two files of the same bytes went, %d files were read, want none", reads)
	}
	// what a run no longer sees is dropped: the file is read again when it is back
	if err := os.Remove(filepath.Join(dir, "d.txt")); err != nil {
		t.Fatal(err)
	}
	run(false)
	write(t, dir, "d.txt", "On 4 March 2024, the foreign ministers of Tajikistan and Kyrgyzstan held talks in Dushanbe.")
	if _, _, reads = run(false); reads != 1 {
		t.Errorf("an article removed and put back was read %d times, want 1 (the store should have dropped it)", reads)
	}
	if _, _, reads = run(true); reads != 3 {
		t.Errorf("a rebuild read %d files, want 3", reads)
	}
}

// A file over the size limit is reported through the store as without it,
// and not kept in memory for its hash.
func TestStoreLargeFile(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "big.txt", strings.Repeat("On 5 May 2024 the sides held talks in Tashkent. ", 100))
	s, err := store.Open(filepath.Join(t.TempDir(), "store.db"), false)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_, errs := (&timeline.Reader{Cache: s, Options: corpus.Options{MaxFileSize: 1000}}).Read(os.DirFS(dir))
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "big.txt") {
		t.Errorf("got %v, want one error naming big.txt", errs)
	}
}

// merging counts what a run of the store merged anew and decoded.
type merging struct {
	*store.Store
	merged, loaded, taken atomic.Int64
}

func (m *merging) Merged(key string) ([]*timeline.Event, bool) {
	b, ok := m.Store.Merged(key)
	if ok {
		m.taken.Add(1)
	}
	return b, ok
}

func (m *merging) Read(fsys fs.FS, p string, limit int64, read func(fs.FS) timeline.Parsed) timeline.Parsed {
	f := m.Store.Read(fsys, p, limit, read)
	if load := f.Load; load != nil {
		f.Load = func() []parse.Mention {
			m.loaded.Add(1)
			return load()
		}
	}
	return f
}

func (m *merging) Mentions(key string) ([]parse.Mention, bool) {
	m.loaded.Add(1)
	return m.Store.Mentions(key)
}

func (m *merging) KeepMerged(key string, events []*timeline.Event) bool {
	m.merged.Add(1)
	return m.Store.KeepMerged(key, events)
}

// article i of the corpus of TestMergedAsWhole: talks, visits over the
// turn of a month and summits told again by other articles, on days of
// three years, and visits told without a date.
func article(i, version int) string {
	countries := []string{"Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Turkmenistan"}
	cities := []string{"Astana", "Tashkent", "Bishkek", "Dushanbe", "Ashgabat"}
	months := []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	month, year := (i*5+version)%12, 2023+i%3
	a, b := countries[i%5], countries[(i+1+i/5)%5]
	if i%7 == 3 { // an article of one event without a date
		return fmt.Sprintf("The President of %s paid an official visit to %s.", a, b)
	}
	var s []string
	s = append(s, fmt.Sprintf("On %d %s %d, the foreign ministers of %s and %s held talks in %s.", 1+i%27, months[month], year, a, b, cities[i%5]))
	if i%4 == 0 {
		s = append(s, fmt.Sprintf("On %s 29 – %s 2, %d, the President of %s paid a state visit to %s.", months[month], months[(month+1)%12], year, a, b))
	}
	if i%3 == 0 {
		s = append(s, fmt.Sprintf("The Consultative Meeting of the Heads of State of Central Asia was held in %s on %d %s %d.", cities[(i/3)%5], 10+i%3, months[(i/3)%12], 2024))
	}
	return strings.Join(s, " ")
}

func whole(t *testing.T, tl *timeline.Timeline) string {
	t.Helper()
	var b strings.Builder
	if err := jsondoc.Write(&b, tl.Stream(), time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestMergedAsWhole: a run that takes from the store the events merged of
// the months no changed file touches gives the timeline of reading every
// file anew, after articles change, come, go, are renamed, and when two
// files give one article; and it merges and decodes only what a change
// touches.
func TestMergedAsWhole(t *testing.T) {
	dir, db := t.TempDir(), filepath.Join(t.TempDir(), "store.db")
	streamed := filepath.Join(t.TempDir(), "store.db") // of the same runs, streamed
	const n = 48
	for i := range n {
		write(t, dir, fmt.Sprintf("a%02d.txt", i), article(i, 0))
		write(t, dir, fmt.Sprintf("a%02d.meta.json", i), fmt.Sprintf(`{"published": "%d-12-31", "language": "en"}`, 2023+i%3))
	}
	write(t, dir, "feed.jsonl", `{"id": "1", "text": "`+article(50, 0)+`", "published": "2024-06-01"}`+"\n"+
		`{"id": "2", "text": "`+article(51, 0)+`", "published": "2025-06-01"}`+"\n")
	write(t, dir, "two.txt", article(52, 0))
	write(t, dir, "two.md", article(53, 0))
	fsys := os.DirFS(dir)

	var last *merging
	run := func(step string, rebuild bool) (merged, loaded int64) {
		t.Helper()
		s, err := store.Open(db, rebuild)
		if err != nil {
			t.Fatal(err)
		}
		m := &merging{Store: s}
		last = m
		tl, _ := (&timeline.Reader{Cache: m}).Read(fsys)
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		plain, _ := timeline.Read(fsys, corpus.Options{})
		if got, want := whole(t, tl), whole(t, plain); got != want {
			t.Fatalf("%s: the store's timeline differs from reading anew:\n%s", step, firstLineDiff(got, want))
		}
		if step == "first" && (len(tl.Events) < 40 || len(tl.Undated) == 0) {
			t.Fatalf("%d events, %d undated: the test says little", len(tl.Events), len(tl.Undated))
		}
		// streamed, the runs are let go once kept and read back (twice)
		s2, err := store.Open(streamed, rebuild)
		if err != nil {
			t.Fatal(err)
		}
		m2 := &merging{Store: s2}
		st, _ := (&timeline.Reader{Cache: m2}).Stream(fsys)
		first, again := wholeStream(t, st), wholeStream(t, st)
		if err := s2.Close(); err != nil {
			t.Fatal(err)
		}
		if want := whole(t, plain); first != want || again != want {
			t.Fatalf("%s: the streamed timeline differs from reading anew:\n%s", step, firstLineDiff(first+again, want+want))
		}
		if kept := rows(t, streamed, "merged"); int(m2.taken.Load()) < 2*(kept-1) {
			t.Errorf("%s: the stream read back %d runs of the store's %d, not each dated one twice", step, m2.taken.Load(), kept)
		}
		return m.merged.Load(), m.loaded.Load()
	}
	all, _ := run("first", false)
	if all < 10 {
		t.Fatalf("the first run merged %d runs of months, the test says little", all)
	}
	// two.txt and two.md give one article: their months are worked out
	// from their mentions together, every time
	if merged, loaded := run("nothing changed", false); merged != 0 || loaded != 2 {
		t.Errorf("nothing changed: %d runs merged, %d files decoded, want none and the 2 of one article", merged, loaded)
	}
	// the mentions of a file the merge needs are damaged in the store:
	// the file is read again
	for _, db := range []string{db, streamed} {
		exec(t, db, `UPDATE results SET mentions = x'05ff' WHERE hash = (SELECT hash FROM files WHERE path = 'two.txt')`)
	}
	run("damaged mentions", false)
	write(t, dir, "a07.txt", article(7, 1))
	merged, loaded := run("one article changed", false)
	t.Logf("one article changed: %d of %d runs merged, %d files decoded", merged, all, loaded)
	if merged == 0 || merged > 3 || loaded > 2+n/4 {
		t.Errorf("one article changed: %d of %d runs merged, %d of %d files decoded", merged, all, loaded, n)
	}
	write(t, dir, "a01.txt", article(1, 2)) // one with an undated event
	run("undated changed", false)
	if err := os.Remove(filepath.Join(dir, "a12.txt")); err != nil {
		t.Fatal(err)
	}
	run("one removed", false)
	write(t, dir, "a60.txt", article(60, 0))
	run("one added", false)
	if err := os.Rename(filepath.Join(dir, "a20.txt"), filepath.Join(dir, "b20.txt")); err != nil {
		t.Fatal(err)
	}
	run("one renamed", false)
	write(t, dir, "two.md", article(53, 1))
	run("one of two files of one article changed", false)
	write(t, dir, "a07.txt", article(7, 0))
	run("one changed back", false)
	// what no run of months holds any more is dropped
	if n, runs := rows(t, db, "merged"), last.merged.Load()+last.taken.Load(); n != int(runs) {
		t.Errorf("the store holds %d runs' events, the last run had %d", n, runs)
	}
	if merged, _ := run("rebuild", true); merged < all-2 {
		t.Errorf("a rebuild merged %d runs, the first run %d", merged, all)
	}
}

// wholeStream is whole for a stream.
func wholeStream(t *testing.T, st *timeline.Stream) string {
	t.Helper()
	var b strings.Builder
	if err := jsondoc.Write(&b, st, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// losing is a store whose merged events cannot be read back.
type losing struct{ *store.Store }

func (losing) Merged(string) ([]*timeline.Event, bool) { return nil, false }

// TestStreamLost: a stream whose runs the store cannot give back says so,
// and writes no part of a timeline as if it were whole.
func TestStreamLost(t *testing.T) {
	dir := t.TempDir()
	for i := range 12 {
		write(t, dir, fmt.Sprintf("a%02d.txt", i), article(i, 0))
	}
	s, err := store.Open(filepath.Join(t.TempDir(), "store.db"), false)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, _ := (&timeline.Reader{Cache: losing{s}}).Stream(os.DirFS(dir))
	var b strings.Builder
	if err := jsondoc.Write(&b, st, time.Now()); err == nil || !strings.Contains(err.Error(), "store") {
		t.Errorf("a stream that lost its runs wrote %d bytes, error %v; want an error naming the store", b.Len(), err)
	}
}

// firstLineDiff shows the first line where got and want differ.
func firstLineDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return fmt.Sprintf("line %d:\n got %s\nwant %s", i+1, g[i], w[i])
		}
	}
	return fmt.Sprintf("%d lines against %d", len(g), len(w))
}

// TestStoreDamaged: a store file that is no database, or one damaged
// inside, starts again empty (saying why), and the run reads every file.
func TestStoreDamaged(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", "On 18 February 2021, the foreign ministers of Kazakhstan and Uzbekistan held talks in Nur-Sultan.")
	write(t, dir, "b.txt", "On 3 March 2024, the foreign ministers of Tajikistan and Kyrgyzstan held talks in Dushanbe.")
	fsys := os.DirFS(dir)
	db := filepath.Join(t.TempDir(), "store.db")
	run := func() (reads int64, restarted error) {
		t.Helper()
		s, err := store.Open(db, false)
		if err != nil {
			t.Fatal(err)
		}
		c := &counting{Store: s}
		if _, errs := (&timeline.Reader{Cache: c}).Read(fsys); len(errs) != 0 {
			t.Fatal(errs)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		return c.reads.Load(), s.Restarted
	}
	for _, c := range []struct {
		name   string
		damage func() error
	}{
		{"damaged inside", func() error {
			b, err := os.ReadFile(db)
			if err != nil {
				return err
			}
			for i := 100; i < len(b); i++ {
				b[i] = 0xA5
			}
			return os.WriteFile(db, b, 0o644)
		}},
	} {
		run() // a good store
		if err := c.damage(); err != nil {
			t.Fatal(err)
		}
		if reads, why := run(); reads != 2 || why == nil {
			t.Errorf("%s: %d files read, restarted because %v; want 2 and a reason", c.name, reads, why)
		}
		if reads, why := run(); reads != 0 || why != nil {
			t.Errorf("%s, the run after: %d files read, restarted because %v; want none", c.name, reads, why)
		}
	}
}

// The mentions of files read in a run are held in memory up to Hold bytes,
// the others read back from the database: either way the merge gets them
// all, and the timeline is the one of reading without a store.
func TestHold(t *testing.T) {
	dir := t.TempDir()
	for i := range 30 {
		write(t, dir, fmt.Sprintf("a%02d.txt", i), article(i, 0))
	}
	write(t, dir, "feed.jsonl", `{"id": "1", "text": "`+article(40, 0)+`"}`+"\n"+`{"id": "2", "text": "`+article(41, 0)+`"}`+"\n")
	fsys := os.DirFS(dir)
	plain, _ := timeline.Read(fsys, corpus.Options{})
	want := whole(t, plain)
	for _, hold := range []int64{0, 2 << 10, store.DefaultHold} {
		s, err := store.Open(filepath.Join(t.TempDir(), "store.db"), false)
		if err != nil {
			t.Fatal(err)
		}
		s.Hold = hold
		tl, _ := (&timeline.Reader{Cache: s}).Read(fsys)
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		if got := whole(t, tl); got != want {
			t.Errorf("Hold %d: the timeline differs from reading without a store:\n%s", hold, firstLineDiff(got, want))
		}
	}
}

// TestReadAll: once the reader has read every file, the store lets go of
// what finds a path's result, and a run after it still knows each file.
func TestReadAll(t *testing.T) {
	dir, db := t.TempDir(), filepath.Join(t.TempDir(), "store.db")
	write(t, dir, "a.txt", "On 18 February 2021, the foreign ministers of Kazakhstan and Uzbekistan held talks in Nur-Sultan.")
	write(t, dir, "b.txt", "On 3 March 2024, the foreign ministers of Tajikistan and Kyrgyzstan held talks in Dushanbe.")
	fsys := os.DirFS(dir)
	for run, want := range []int64{2, 0} {
		s, err := store.Open(db, false)
		if err != nil {
			t.Fatal(err)
		}
		if run > 0 && store.Lookups(s) != 2 {
			t.Fatalf("run %d: the store opens with %d paths, want 2", run, store.Lookups(s))
		}
		c := &counting{Store: s}
		if _, errs := (&timeline.Reader{Cache: c}).Stream(fsys); len(errs) != 0 {
			t.Fatal(errs)
		}
		if n := store.Lookups(s); n != 0 {
			t.Errorf("run %d: the store holds %d look-ups after the reading", run, n)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		if c.reads.Load() != want {
			t.Errorf("run %d: %d files read, want %d", run, c.reads.Load(), want)
		}
	}
}

// TestRenamed: a file renamed (its bytes unchanged) gives the events of
// reading it anew, which name the new article: its id comes from the
// path, so what the store keeps is of the path and the bytes, not of the
// bytes alone. A file only touched is not parsed again.
func TestRenamed(t *testing.T) {
	dir, db := t.TempDir(), filepath.Join(t.TempDir(), "store.db")
	text := "On 18 February 2021, the foreign ministers of Kazakhstan and Uzbekistan held talks in Nur-Sultan."
	write(t, dir, "a.txt", text)
	stream := func() (string, int64) {
		s, err := store.Open(db, false)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		c := &counting{Store: s}
		st, errs := (&timeline.Reader{Cache: c}).Stream(os.DirFS(dir))
		if len(errs) != 0 {
			t.Fatal(errs)
		}
		return wholeStream(t, st), c.reads.Load()
	}
	stream()
	if err := os.Rename(filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")); err != nil {
		t.Fatal(err)
	}
	got, reads := stream()
	plain, _ := timeline.Read(os.DirFS(dir), corpus.Options{})
	if want := whole(t, plain); got != want {
		t.Errorf("after the rename, the timeline differs from reading without a store:\n%s", firstLineDiff(got, want))
	}
	if reads != 1 {
		t.Errorf("the renamed file was parsed %d times, want 1", reads)
	}
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(filepath.Join(dir, "b.txt"), later, later); err != nil {
		t.Fatal(err)
	}
	if again, reads := stream(); again != got || reads != 0 {
		t.Errorf("touched, the file was parsed %d times, want 0 (the timeline the same: %v)", reads, again == got)
	}
}

// collecting is a store whose Mentions, asked for while the merge runs,
// tells whether the collector has let go of a value by then (freed, set
// by a cleanup).
type collecting struct {
	*store.Store
	freed      atomic.Bool
	asked, saw atomic.Int64
}

func (c *collecting) Mentions(key string) ([]parse.Mention, bool) {
	c.asked.Add(1)
	for range 20 {
		if c.freed.Load() {
			c.saw.Add(1)
			break
		}
		runtime.GC()
		time.Sleep(time.Millisecond) // cleanups run on their own goroutine
	}
	return c.Store.Mentions(key)
}

// TestMergeLetsGoOfListing: the corpus's listing (a description of every
// file) is not held while the files are merged: the store's Mentions,
// asked for by the merge, sees it collected.
func TestMergeLetsGoOfListing(t *testing.T) {
	dir := t.TempDir()
	for i := range 6 {
		write(t, dir, fmt.Sprintf("a%02d.txt", i), article(i, 0))
	}
	s, err := store.Open(filepath.Join(t.TempDir(), "store.db"), false)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.Hold = 0 // every file's mentions through Mentions
	l, err := corpus.List(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	c := &collecting{Store: s}
	runtime.AddCleanup(l, func(b *atomic.Bool) { b.Store(true) }, &c.freed)
	r := &timeline.Reader{Cache: c}
	st, errs := r.Stream(l)
	l = nil
	if len(errs) != 0 {
		t.Fatal(errs)
	}
	if c.asked.Load() == 0 {
		t.Fatal("the merge asked the store for no mentions: the test says nothing")
	}
	if c.saw.Load() != c.asked.Load() {
		t.Errorf("the listing was held while the files were merged (%d of %d asks saw it let go)", c.saw.Load(), c.asked.Load())
	}
	runtime.KeepAlive(st)
}

// A path holding anything but a store of this program is refused and left
// byte for byte as it was: a text file, another application's SQLite
// database (even with tables named like the store's), a folder.
func TestStoreForeign(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "notes.txt")
	write(t, dir, "notes.txt", "my notes, not a database")
	foreign := filepath.Join(dir, "app.db")
	db, err := sql.Open("sqlite", foreign)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`CREATE TABLE files (path TEXT, owner TEXT)`, `INSERT INTO files VALUES ('a', 'b')`,
		`CREATE TABLE results (x)`, `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)`} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	for _, p := range []string{text, foreign, dir} {
		before, _ := os.ReadFile(p)
		s, err := store.Open(p, false)
		if err == nil {
			s.Close()
			t.Errorf("%s: opened as a store", p)
			continue
		}
		if !errors.Is(err, store.ErrForeign) || !strings.Contains(err.Error(), p) {
			t.Errorf("%s: error %v, want ErrForeign naming the path", p, err)
		}
		if after, _ := os.ReadFile(p); !bytes.Equal(before, after) {
			t.Errorf("%s: changed by a refused open", p)
		}
		if _, err := os.Stat(p + "-wal"); err == nil {
			t.Errorf("%s: a WAL file was made beside it", p)
		}
	}
	// an empty file, a store of this program, and one written before
	// stores were marked, are opened
	old := filepath.Join(dir, "old.db")
	if db, err = sql.Open("sqlite", old); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)`, `INSERT INTO meta VALUES ('parser', '10:abc')`} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	if s, err := store.Open(old, false); err != nil {
		t.Errorf("a store written before stores were marked: %v", err)
	} else {
		s.Close()
	}
	write(t, dir, "empty.db", "")
	for range 2 {
		s, err := store.Open(filepath.Join(dir, "empty.db"), false)
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
	}
}
