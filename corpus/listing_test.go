package corpus

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"testing"
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
