package corpus

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
)

// TestListing: a Listing walks as the folder does, describes its regular
// files as the walk saw them (a file rewritten since is not stat'ed
// again), links and what the walk did not see as they are now, and its
// fingerprint changes with a file's size.
func TestListing(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"a.txt": "one", "a.meta.json": "{}", "sub/b.jsonl": "{}", ".hidden/c.txt": "x", "sub/d.md": "two",
	} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink("a.txt", filepath.Join(dir, "link.txt")); err != nil {
		t.Fatal(err)
	}
	fsys := os.DirFS(dir)
	l, err := List(fsys)
	if err != nil {
		t.Fatal(err)
	}
	files, errs := Files(fsys)
	listed, lerrs := Files(l)
	if !reflect.DeepEqual(listed, files) || len(errs)+len(lerrs) != 0 {
		t.Errorf("Files of the listing: %q %v, of the folder: %q %v", listed, lerrs, files, errs)
	}
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("one, longer"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		size int64
	}{
		{"a.txt", 3},     // as the walk saw it
		{"link.txt", 11}, // a link: what it links to, now
		{"sub/d.md", 3},  // in a folder
		{"sub", -1},      // a folder: now
		{"new.txt", -2},  // not seen: not there
		{"a.meta.json", int64(len("{}"))},
	} {
		st, err := fs.Stat(l, c.name)
		switch {
		case c.size == -2:
			if err == nil {
				t.Errorf("Stat(%s): no error for a file that is not there", c.name)
			}
		case err != nil:
			t.Errorf("Stat(%s): %v", c.name, err)
		case c.size == -1:
			if !st.IsDir() {
				t.Errorf("Stat(%s) is no folder", c.name)
			}
		case st.Size() != c.size || st.Name() != filepath.Base(c.name) || st.IsDir():
			t.Errorf("Stat(%s) = %s, %d bytes, dir %v; want %d bytes", c.name, st.Name(), st.Size(), st.IsDir(), c.size)
		}
	}
	again, err := Fingerprint(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if again == l.Fingerprint() {
		t.Error("the fingerprint did not change with a file's size")
	}
}

// TestCrawl: folders read several at once give what one walk gives,
// whatever the number of workers, and a folder that cannot be read fails
// the listing.
func TestCrawl(t *testing.T) {
	fsys := fstest.MapFS{}
	for i := range 40 {
		fsys[fmt.Sprintf("d%d/e%d/f%d/a%d.txt", i%3, i%5, i%7, i)] = &fstest.MapFile{Data: []byte(strings.Repeat("x", i))}
	}
	walked := map[string][]entry{} // what one walk finds in each folder
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		walked[p], err = describe(fsys, p)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []int{1, 2, 8} {
		l := &Listing{FS: fsys, dirs: map[string][]entry{}}
		if l.crawl(w); !reflect.DeepEqual(l.dirs, walked) {
			t.Errorf("%d workers: %d folders, the walk %d", w, len(l.dirs), len(walked))
		}
	}
	if _, err := List(failing{fsys, "d1/e3"}); err == nil || !strings.Contains(err.Error(), "d1/e3") {
		t.Errorf("a folder that cannot be read: %v", err)
	}
}

// failing fails to read the folder name.
type failing struct {
	fs.FS
	name string
}

func (f failing) ReadDir(name string) ([]fs.DirEntry, error) {
	if name == f.name {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrPermission}
	}
	return fs.ReadDir(f.FS, name)
}
