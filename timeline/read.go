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
// goroutines, their articles parsed by others (so one big JSONL file or
// feed still uses every core), and only the mentions are kept, so memory
// grows with the events, not with the corpus.
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
	// Read returns what file path gives, calling read when it does not
	// know the file. read reads the file from the fsys it is given (the
	// cache may hand it the bytes it already read); limit is the size
	// over which the reader refuses a file.
	Read(fsys fs.FS, path string, limit int64, read func(fs.FS) ([]parse.Mention, []error)) ([]parse.Mention, []error)
}

// noCache reads every file.
type noCache struct{}

func (noCache) Read(fsys fs.FS, _ string, _ int64, read func(fs.FS) ([]parse.Mention, []error)) ([]parse.Mention, []error) {
	return read(fsys)
}

// job is an article to parse; its mentions go to the file it came from.
type job struct {
	a    corpus.Article
	i    int // the article's place in its file
	file *fileMentions
}

// fileMentions gathers the mentions of one file's articles, in their order.
type fileMentions struct {
	mu       sync.Mutex
	wg       sync.WaitGroup
	articles [][]parse.Mention
}

// Read reads the corpus of fsys.
func (r *Reader) Read(fsys fs.FS) (*Timeline, []error) {
	cache := r.Cache
	if cache == nil {
		cache = noCache{}
	}
	limit := r.Options.FileLimit()
	files, errs := corpus.Files(fsys)
	workers := r.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	fileErrs := make([][]error, len(files))
	fileMs := make([][]parse.Mention, len(files))
	paths := make(chan int)
	jobs := make(chan job, 4*workers)
	var mu sync.Mutex
	var done, text atomic.Int64

	// a reader waits while its file's articles are parsed, so there are
	// as many readers as parsers
	var readers sync.WaitGroup
	for w := 0; w < workers; w++ {
		readers.Add(1)
		go func() {
			defer readers.Done()
			for i := range paths {
				fileMs[i], fileErrs[i] = cache.Read(fsys, files[i], limit, func(fsys fs.FS) ([]parse.Mention, []error) {
					f := &fileMentions{}
					n := 0
					errs := corpus.ReadFile(fsys, files[i], r.Options, func(a corpus.Article) {
						text.Add(int64(len(a.Text)))
						f.mu.Lock()
						f.articles = append(f.articles, nil)
						f.mu.Unlock()
						f.wg.Add(1)
						jobs <- job{a, n, f}
						n++
					})
					f.wg.Wait()
					var ms []parse.Mention
					for _, a := range f.articles {
						ms = append(ms, a...)
					}
					return ms, errs
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
			for j := range jobs {
				ms := parse.Article(j.a)
				j.file.mu.Lock()
				j.file.articles[j.i] = ms
				j.file.mu.Unlock()
				j.file.wg.Done()
			}
		}()
	}
	for i := range files {
		paths <- i
	}
	close(paths)
	readers.Wait()
	close(jobs)
	parsers.Wait()
	for i := range files {
		errs = append(errs, fileErrs[i]...)
	}
	return build(fileMs), errs
}
