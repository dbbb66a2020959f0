package splice

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// write writes pieces (key → text, in order, a "|" after each) into name
// with the pieces of earlier copied, and returns the pieces written whose
// text was rendered.
func write(t *testing.T, name string, earlier *Earlier, keys []string, texts map[string]string) (Index, []string) {
	t.Helper()
	f, err := os.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	w := NewWriter(f, earlier)
	var rendered []string
	io.WriteString(w, "head|")
	for _, k := range keys {
		err := w.Piece(k, func(w io.Writer) error {
			rendered = append(rendered, k)
			_, err := io.WriteString(w, texts[k])
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, "|")
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(name)
	if err != nil {
		t.Fatal(err)
	}
	return Index{Size: st.Size(), ModTime: st.ModTime().UnixNano(), Pieces: w.Pieces()}, rendered
}

func TestPiecesCopied(t *testing.T) {
	dir := t.TempDir()
	old, next := filepath.Join(dir, "old"), filepath.Join(dir, "new")
	texts := map[string]string{"a": "first piece", "b": "second", "c": "third, longer than the others", "d": "new"}
	ix, _ := write(t, old, nil, []string{"a", "b", "c"}, texts)
	e, err := Open(old, ix)
	if err != nil || e == nil {
		t.Fatalf("Open: %v, %v", e, err)
	}
	defer e.Close()
	texts["b"] = "second, changed" // under a new key in a real run
	_, rendered := write(t, next, e, []string{"c", "a", "B", "d"}, map[string]string{"c": texts["c"], "a": texts["a"], "B": texts["b"], "d": texts["d"]})
	got, _ := os.ReadFile(next)
	if want := "head|third, longer than the others|first piece|second, changed|new|"; string(got) != want {
		t.Errorf("wrote %q, want %q", got, want)
	}
	if want := []string{"B", "d"}; !slices.Equal(rendered, want) {
		t.Errorf("rendered %v, want %v (the rest copied)", rendered, want)
	}
}

// A file changed since its index was made is not copied from.
func TestChangedFileNotTrusted(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "f")
	ix, _ := write(t, name, nil, []string{"a"}, map[string]string{"a": "text"})
	for _, c := range []struct {
		what string
		ix   Index
	}{
		{"other size", Index{Size: ix.Size + 1, ModTime: ix.ModTime, Pieces: ix.Pieces}},
		{"other time", Index{Size: ix.Size, ModTime: ix.ModTime + 1, Pieces: ix.Pieces}},
		{"no pieces", Index{Size: ix.Size, ModTime: ix.ModTime}},
	} {
		if e, err := Open(name, c.ix); e != nil || err != nil {
			t.Errorf("%s: opened (%v)", c.what, err)
		}
	}
	if e, err := Open(filepath.Join(dir, "missing"), ix); e != nil || err != nil {
		t.Errorf("missing file: opened (%v)", err)
	}
	bad := Index{Size: ix.Size, ModTime: ix.ModTime, Pieces: []Piece{{Key: "a", Off: 2, Len: ix.Size}}}
	if e, err := Open(name, bad); e != nil || err == nil {
		t.Error("a piece past the end of the file was accepted")
	}
}

// A copy that falls short (the file cut behind the index's back) is an error,
// not a short file.
func TestShortCopy(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "f")
	ix, _ := write(t, name, nil, []string{"a"}, map[string]string{"a": "some text"})
	e, err := Open(name, ix)
	if err != nil || e == nil {
		t.Fatal(e, err)
	}
	defer e.Close()
	if err := os.Truncate(name, 6); err != nil {
		t.Fatal(err)
	}
	w := NewWriter(io.Discard, e)
	err = w.Piece("a", func(io.Writer) error { return errors.New("rendered") })
	if err == nil || err.Error() == "rendered" {
		t.Errorf("short copy gave %v", err)
	}
}
