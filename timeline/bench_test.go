package timeline

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/ca-diplomacy/timeline/corpus"
)

// BenchmarkParseCorpus reads and parses every article of the folder
// $TIMELINE_BENCH_CORPUS on all cores, as a build does, without merging,
// keeping or writing anything: the throughput a build is measured against
// (corpus/gen/bench.sh).
func BenchmarkParseCorpus(b *testing.B) {
	dir := os.Getenv("TIMELINE_BENCH_CORPUS")
	if dir == "" {
		b.Skip("TIMELINE_BENCH_CORPUS names no corpus folder")
	}
	var size int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				size += info.Size()
			}
		}
		return nil
	})
	b.SetBytes(size)
	for i := 0; i < b.N; i++ {
		r := &Reader{}
		if _, got, _ := r.read(corpus.Dir(dir)); len(got) == 0 {
			b.Fatal("no file read")
		}
	}
}
