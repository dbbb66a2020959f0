package build_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/ca-diplomacy/timeline/corpus"
	"github.com/ca-diplomacy/timeline/timeline/build"
	"github.com/ca-diplomacy/timeline/timeline/store"
)

// A build writes the site; one of the same input does nothing; after an
// article of one year changes, only the files of what changed are written.
func TestRun(t *testing.T) {
	dir, out := t.TempDir(), t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "On 12 March 2024, the presidents of Uzbekistan and Kazakhstan held talks in Tashkent.\n")
	write("b.txt", "On 3 April 2025, the presidents of Kyrgyzstan and Tajikistan held talks in Bishkek.\n")
	var written []string
	run := func() build.Result {
		t.Helper()
		l, err := corpus.List(corpus.Dir(dir))
		if err != nil {
			t.Fatal(err)
		}
		written = nil
		r, err := build.Run(build.Config{Corpus: l, Out: out, Program: "test", Input: l.Fingerprint(),
			Store: func(rebuild bool) (build.Store, error) {
				return store.Open(filepath.Join(out, ".timeline", "store.db"), rebuild)
			},
			Written: func(name string) { written = append(written, name) }})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	first := run()
	if first.Events != 2 || first.Unchanged || len(first.Problems) > 0 {
		t.Fatalf("first build: %+v", first)
	}
	for _, name := range []string{"index.html", "2024.html", "2025.html", "calendar.ics", "feeds/year/2024.ics", "feeds/country/KG.ics"} {
		if !slices.Contains(written, name) {
			t.Errorf("%s not written (%v)", name, written)
		}
	}
	if again := run(); !again.Unchanged || len(written) > 0 {
		t.Errorf("the same input built again: %+v, %v", again, written)
	}
	// a page edited by hand is written again, though nothing made it change
	if err := os.WriteFile(filepath.Join(out, "2024.html"), []byte("edited"), 0o644); err != nil {
		t.Fatal(err)
	}
	write("b.txt", "On 4 April 2025, the presidents of Kyrgyzstan and Tajikistan held talks in Bishkek.\n")
	r := run()
	if r.Unchanged || r.Left == 0 || slices.Contains(written, "feeds/year/2024.ics") || !slices.Contains(written, "2024.html") ||
		!slices.Contains(written, "2025.html") || !slices.Contains(written, "feeds/year/2025.ics") {
		t.Errorf("after a 2025 article changed and 2024.html edited: %+v, written %v; want 2025's files and 2024.html, not 2024's feed", r, written)
	}
}
