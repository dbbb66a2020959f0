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
	// Cache, when set, keeps what each file gave from one run to the next
	// (see timeline/store): a known file is neither read nor parsed again.
	Cache Cache
	// Progress, when set, is called (from one goroutine at a time) after
	// each file with the files done, the files in all and the bytes of
	// article text read so far.
	Progress func(done, total int, bytes int64)
}

// Cache keeps the mentions and problems of corpus files.
type Cache interface {
	// Read returns what file path gives, calling read when it does not know.
	Read(fsys fs.FS, path string, read func() ([]parse.Mention, []error)) ([]parse.Mention, []error)
}

// Read reads the corpus of fsys.
func (r *Reader) Read(fsys fs.FS) (*Timeline, []error) {
	if r.Cache != nil {
		return r.readCached(fsys)
	}
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

// readCached reads file by file through the cache, a file per worker.
func (r *Reader) readCached(fsys fs.FS) (*Timeline, []error) {
	files, errs := corpus.Files(fsys)
	workers := r.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	fileErrs := make([][]error, len(files))
	fileMentions := make([][]parse.Mention, len(files))
	var mu sync.Mutex
	var done atomic.Int64
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fileMentions[i], fileErrs[i] = r.Cache.Read(fsys, files[i], func() ([]parse.Mention, []error) {
					var ms []parse.Mention
					errs := corpus.ReadFile(fsys, files[i], r.Options, func(a corpus.Article) {
						ms = append(ms, parse.Article(a)...)
					})
					return ms, errs
				})
				n := done.Add(1)
				if r.Progress != nil {
					mu.Lock()
					r.Progress(int(n), len(files), 0)
					mu.Unlock()
				}
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	var mentions []parse.Mention
	for i := range files {
		mentions = append(mentions, fileMentions[i]...)
		errs = append(errs, fileErrs[i]...)
	}
	return Build(mentions), errs
}
