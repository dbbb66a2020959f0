package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ca-diplomacy/timeline/render/site"
)

func writeFile(t *testing.T, name, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// The output folder is written only when it is new, empty or the
// program's own; the user's files are never overwritten without --force,
// and a folder the corpus walk would read is refused.
func TestOutIsOurs(t *testing.T) {
	corpus := t.TempDir()
	writeFile(t, filepath.Join(corpus, "a.txt"), "On 3 March 2024, the foreign ministers of Tajikistan and Kyrgyzstan held talks in Dushanbe.\n")
	users := t.TempDir()
	writeFile(t, filepath.Join(users, "index.html"), "my page")
	for _, c := range []struct {
		name string
		args []string
		want string // in the error; "" for success
	}{
		{"a folder of the user's files", []string{"build", "--corpus", corpus, "--out", users}, "holds files that timeline did not write"},
		{"the corpus itself", []string{"build", "--corpus", corpus, "--out", corpus}, "inside the corpus"},
		{"a folder inside the corpus", []string{"build", "--corpus", corpus, "--out", filepath.Join(corpus, "site")}, "inside the corpus"},
		{"html into the user's files", []string{"html", "--corpus", corpus, "--out", users}, "holds files that timeline did not write"},
		{"serve into the user's files", []string{"serve", "--corpus", corpus, "--out", users, "--addr", "127.0.0.1:0"}, "holds files that timeline did not write"},
		{"a hidden folder inside the corpus", []string{"build", "--corpus", corpus, "--out", filepath.Join(corpus, ".site")}, ""},
		{"a new folder", []string{"build", "--corpus", corpus, "--out", filepath.Join(t.TempDir(), "new")}, ""},
		{"the user's files, forced", []string{"build", "--corpus", corpus, "--out", users, "--force"}, ""},
		{"then the program's own", []string{"build", "--corpus", corpus, "--out", users}, ""},
	} {
		before, _ := os.ReadFile(filepath.Join(users, "index.html"))
		_, err := run(t, c.args...)
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s: %v", c.name, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%s: error %v, want one saying %q", c.name, err, c.want)
		}
		if after, _ := os.ReadFile(filepath.Join(users, "index.html")); c.want != "" && string(after) != string(before) {
			t.Errorf("%s: the user's index.html was overwritten", c.name)
		}
	}
	if _, err := os.Stat(filepath.Join(corpus, "index.html")); err == nil {
		t.Error("a page was written into the corpus")
	}
}

// Temp files that a run killed while writing left behind are removed by
// the next run.
func TestTempFilesRemoved(t *testing.T) {
	out := t.TempDir()
	if _, err := run(t, "build", "--out", out); err != nil {
		t.Fatal(err)
	}
	left := []string{".tmp-calendar.ics.123456", "feeds/country/.tmp-UZ.ics.99", ".timeline.json.2718281828", "feeds/type/.summit.ics.42"}
	for _, n := range left {
		writeFile(t, filepath.Join(out, n), "half a file")
	}
	writeFile(t, filepath.Join(out, ".keep.me"), "not a temp file")
	if _, err := run(t, "build", "--out", out); err != nil {
		t.Fatal(err)
	}
	for _, n := range left {
		if _, err := os.Stat(filepath.Join(out, n)); err == nil {
			t.Errorf("%s left", n)
		}
	}
	if _, err := os.Stat(filepath.Join(out, ".keep.me")); err != nil {
		t.Errorf(".keep.me removed: %v", err)
	}
}

// A feed whose country or type no event has any more is removed, so a
// subscriber does not keep retracted events.
func TestStaleFeedsRemoved(t *testing.T) {
	corpus, out := t.TempDir(), t.TempDir()
	writeFile(t, filepath.Join(corpus, "a.txt"), "On 3 March 2024, the foreign ministers of Tajikistan and Kyrgyzstan held talks in Dushanbe.\n")
	writeFile(t, filepath.Join(corpus, "b.txt"), "On 14 November 2025, President of Kazakhstan Kassym-Jomart Tokayev arrived in Tashkent on a state visit.\n")
	if _, err := run(t, "build", "--corpus", corpus, "--out", out); err != nil {
		t.Fatal(err)
	}
	feed := filepath.Join(out, "feeds", "country", "KZ.ics")
	if _, err := os.Stat(feed); err != nil {
		t.Fatalf("no feed of Kazakhstan to begin with: %v", err)
	}
	os.Remove(filepath.Join(corpus, "b.txt"))
	if _, err := run(t, "build", "--corpus", corpus, "--out", out); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(feed); err == nil {
		t.Error("the feed of Kazakhstan is left with the retracted events")
	}
	if _, err := os.Stat(filepath.Join(out, "feeds", "country", "TJ.ics")); err != nil {
		t.Errorf("the feed of Tajikistan went too: %v", err)
	}
}

// A second run on an output folder in use is refused and told who holds it.
func TestOutLocked(t *testing.T) {
	out := t.TempDir()
	claim, err := site.ClaimDir(out, false)
	if err != nil {
		t.Fatal(err)
	}
	_, err = run(t, "build", "--out", out)
	claim.Release()
	if !errors.Is(err, site.ErrLocked) || !strings.Contains(err.Error(), "process ") {
		t.Fatalf("a build on a folder in use: %v, want ErrLocked naming the process", err)
	}
	if _, err := run(t, "build", "--out", out); err != nil {
		t.Errorf("after the other run: %v", err)
	}
}
