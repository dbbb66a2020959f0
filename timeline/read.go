package timeline

import (
	"io/fs"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/ca-diplomacy/timeline/corpus"
	"github.com/ca-diplomacy/timeline/parse"
)

// Read loads a corpus folder, reads every article and builds its timeline,
// on all cores. Files that cannot be read are returned as errors
// (*corpus.FileError); the others are all used.
func Read(fsys fs.FS, opt corpus.Options) (*Timeline, []error) {
	return (&Reader{Options: opt}).Read(fsys)
}

// Reader reads a corpus in parallel, streaming: files are read by some
// goroutines, their articles parsed by others, and only the mentions are
// kept, so memory grows with the events, not with the corpus.
type Reader struct {
	Options corpus.Options
	// Workers parse articles; 0 means GOMAXPROCS.
	Workers int
	// Progress, when set, is called (from one goroutine at a time) after
	// each file with the files done, the files in all and the bytes of
	// article text read so far.
	Progress func(done, total int, bytes int64)
}

// Read reads the corpus of fsys.
func (r *Reader) Read(fsys fs.FS) (*Timeline, []error) {
	files, errs := corpus.Files(fsys)
	workers := r.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	fileErrs := make([][]error, len(files))
	paths := make(chan int)
	articles := make(chan corpus.Article, 4*workers)
	var mu sync.Mutex
	var mentions []parse.Mention
	var done atomic.Int64
	var text atomic.Int64

	var readers sync.WaitGroup
	for w := 0; w < max(1, workers/2); w++ {
		readers.Add(1)
		go func() {
			defer readers.Done()
			for i := range paths {
				fileErrs[i] = corpus.ReadFile(fsys, files[i], r.Options, func(a corpus.Article) {
					text.Add(int64(len(a.Text)))
					articles <- a
				})
				n := done.Add(1)
				if r.Progress != nil {
					mu.Lock()
					r.Progress(int(n), len(files), text.Load())
					mu.Unlock()
				}
			}
		}()
	}
	var parsers sync.WaitGroup
	for w := 0; w < workers; w++ {
		parsers.Add(1)
		go func() {
			defer parsers.Done()
			for a := range articles {
				ms := parse.Article(a)
				mu.Lock()
				mentions = append(mentions, ms...)
				mu.Unlock()
			}
		}()
	}
	for i := range files {
		paths <- i
	}
	close(paths)
	readers.Wait()
	close(articles)
	parsers.Wait()
	for _, fe := range fileErrs {
		errs = append(errs, fe...)
	}
	return Build(mentions), errs
}
