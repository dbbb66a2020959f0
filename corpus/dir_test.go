//go:build unix

package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A named pipe or a link to an endless device among the articles is named
// and skipped; nothing waits on it and every other article is read.
func TestSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	good := "On 5 May 2024 the ministers held talks in Tashkent."
	for _, n := range []string{"a.txt", "b.txt", "zz.txt"} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(good), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "b.meta.json"), 0o644); err != nil {
		t.Fatal(err)
	}
	for link, to := range map[string]string{"zero.txt": "/dev/zero", "zz.meta.json": "/dev/zero", "folder.txt": dir} {
		if err := os.Symlink(to, filepath.Join(dir, link)); err != nil {
			t.Fatal(err)
		}
	}
	type result struct {
		arts []Article
		errs []error
	}
	done := make(chan result, 1)
	go func() {
		arts, errs := Load(Dir(dir), Options{})
		done <- result{arts, errs}
	}()
	var r result
	select {
	case r = <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("reading the corpus hangs on a special file")
	}
	var ids []string
	for _, a := range r.arts {
		ids = append(ids, a.ID)
	}
	if strings.Join(ids, " ") != "a b zz" {
		t.Errorf("articles %v, want a b zz", ids)
	}
	var msgs []string
	for _, e := range r.errs {
		msgs = append(msgs, e.Error())
	}
	all := strings.Join(msgs, "\n")
	for _, want := range []string{"pipe.txt: not a regular file; skipped (a named pipe)", "zero.txt: not a regular file; skipped (a device)",
		"folder.txt: not a regular file; skipped (a folder)", "b.meta.json: not a regular file", "zz.meta.json: not a regular file"} {
		if !strings.Contains(all, want) {
			t.Errorf("no problem %q among:\n%s", want, all)
		}
	}
}
