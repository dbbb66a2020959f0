package store_test

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/ca-diplomacy/timeline/corpus"
	"github.com/ca-diplomacy/timeline/parse"
	"github.com/ca-diplomacy/timeline/timeline"
	"github.com/ca-diplomacy/timeline/timeline/store"
)

// counting wraps the store and counts the files it had to read.
type counting struct {
	*store.Store
	reads atomic.Int64
}

func (c *counting) Read(fsys fs.FS, p string, limit int64, read func(fs.FS) ([]parse.Mention, []error)) ([]parse.Mention, []error) {
	return c.Store.Read(fsys, p, limit, func(fsys fs.FS) ([]parse.Mention, []error) {
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
	// the same bytes under another name are not parsed again
	if err := os.Rename(filepath.Join(dir, "b.txt"), filepath.Join(dir, "c.txt")); err != nil {
		t.Fatal(err)
	}
	write(t, dir, "d.txt", "On 4 March 2024, the foreign ministers of Tajikistan and Kyrgyzstan held talks in Dushanbe.")
	if _, _, reads = run(false); reads != 0 {
		t.Errorf("after renaming an article and copying it %d files were read, want none", reads)
	}
	// what a run no longer sees is dropped: the file is read again when it is back
	for _, n := range []string{"c.txt", "d.txt"} {
		if err := os.Remove(filepath.Join(dir, n)); err != nil {
			t.Fatal(err)
		}
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
