// Package casefile reads the line-based case files of the parsers' tests
// (testdata/*.cases, testdata/*.events): every line of every file matching
// a pattern, trimmed, with its file and line number.
package casefile

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Lines calls fn for each line of the files matching globs, in file order;
// it fails the test when a glob matches no file or a file cannot be read.
func Lines(tb testing.TB, globs []string, fn func(file string, n int, line string)) {
	tb.Helper()
	var files []string
	for _, g := range globs {
		m, _ := filepath.Glob(g)
		if len(m) == 0 {
			tb.Fatalf("no files match %s", g)
		}
		files = append(files, m...)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		sc := bufio.NewScanner(strings.NewReader(string(b)))
		for n := 1; sc.Scan(); n++ {
			fn(filepath.Base(f), n, strings.TrimSpace(sc.Text()))
		}
	}
}
