package site

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzReadState: the files a run keeps for the next (revisions, the files'
// keys, the manifest), damaged or edited by hand,
// never panic a build: each is read, or refused with an error.
func FuzzReadState(f *testing.F) {
	f.Add([]byte(`{"calendar.ics": "abc"}`))
	f.Add([]byte(`{"input": "x", "files": {"../../etc/passwd": {"size": 1, "mtime": 2}}, "problems": ["a"], "summary": "s"}`))
	f.Add([]byte(`{"version": 1, "events": {"a": {"seq": -1}}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		dir := t.TempDir()
		for _, name := range []string{StateFile, KeysFile, ManifestFile} {
			p := filepath.Join(dir, filepath.FromSlash(name))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		os.WriteFile(filepath.Join(dir, "index.html"), []byte("0123456789"), 0o644)
		ReadRevisions(dir)
		if unchanged, err := Unchanged(dir); err == nil {
			unchanged("index.html", "abc")
		}
		if m, err := ReadManifest(dir); err == nil {
			m.Current(dir, m.Input)
		}
	})
}
