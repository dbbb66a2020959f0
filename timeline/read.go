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

// Parsed is what one corpus file gave.
type Parsed struct {
	// Key names the file's path and content as a Cache keeps them; ""
	// when it is not kept (nothing merged of it is kept either).
	Key string
	// Months sums up the months of the file's events (see Months) when
	// it is kept; the merge reads it instead of the mentions.
	Months []byte
	Errors []error
	// Mentions are the file's mentions when it was read now; else Load
	// gives them, or, when it is not set either, the Cache's Mentions
	// (none when Key is "" too).
	Mentions []parse.Mention
	Load     func() []parse.Mention

	path string // of the file, set by the Reader
}

// Cache keeps what corpus files gave, and the events merged of them, from
// one run to the next. Its methods are called from many goroutines.
type Cache interface {
	// Read returns what file path gives: what the cache kept of it when
	// it knows the file, else what read gives (it reads and parses the
	// file from the fsys it is handed, which may hold the bytes the
	// cache read already), then kept, with Months. limit is the size
	// over which the reader refuses a file.
	Read(fsys fs.FS, path string, limit int64, read func(fs.FS) Parsed) Parsed
	// Merged returns the events KeepMerged kept under key.
	Merged(key string) ([]*Event, bool)
	// HasMerged reports whether Merged has events under key, without
	// reading them.
	HasMerged(key string) bool
	// ReadAll is called once every file is read (and before the merge):
	// Read is not called again.
	ReadAll()
	// Mentions returns the mentions of the file Read gave key (as
	// Parsed.Key, without Mentions or Load), for the merge to change;
	// false when it cannot (the file is then read again).
	Mentions(key string) ([]parse.Mention, bool)
	// KeepMerged keeps the merged (and finished) events of a run of
	// months, under a key made of the keys of the files they come from,
	// and reports whether they are kept.
	KeepMerged(key string, events []*Event) bool
}

// job is an article to parse; its mentions go to the file it came from.
type job struct {
	a    corpus.Article
	i    int // the article's place in its file
	file *fileMentions
}

// parse parses the job's article into its file's mentions.
func (j job) parse() {
	ms := parse.Article(j.a)
	j.file.mu.Lock()
	j.file.articles[j.i] = ms
	j.file.mu.Unlock()
	j.file.wg.Done()
}

// fileMentions gathers the mentions of one file's articles, in their order.
type fileMentions struct {
	mu       sync.Mutex
	wg       sync.WaitGroup
	articles [][]parse.Mention
}

// Read reads the corpus of fsys.
func (r *Reader) Read(fsys fs.FS) (*Timeline, []error) {
	files, got, errs := r.read(fsys)
	return buildFiles(files, got, r.source(fsys)), errs
}

// A Stream is a timeline whose dated events are given a run of months at
// a time (see Reader.Stream), so that a timeline too large to hold at once
// is written with the memory of its largest run.
type Stream struct {
	// Runs gives the dated events in order; each call gives them anew
	// (read again from the Cache).
	Runs    Runs
	Undated []*Event // sorted
}

// Stream is the Stream of the timeline's events.
func (tl *Timeline) Stream() *Stream { return &Stream{Runs: Slice(tl.Events), Undated: tl.Undated} }

// Stream is Read for a Stream: with a Cache, the merged events of each run
// of months are let go once the cache keeps them, and read back from it
// when the stream's Runs gives them, so the Cache must stay open while the
// stream is used.
func (r *Reader) Stream(fsys fs.FS) (*Stream, []error) {
	files, got, errs := r.read(fsys)
	return streamFiles(files, got, r.source(fsys)), errs
}

// source is what the merge of the files of fsys reads their mentions
// from: the cache, or a file read and parsed again.
func (r *Reader) source(fsys fs.FS) source {
	if r.Cache == nil {
		return source{}
	}
	if l, ok := fsys.(*corpus.Listing); ok {
		// a file is read again from the folder itself: the listing's
		// description of every file is not held through the merge
		fsys = l.FS
	}
	return source{cache: r.Cache, reread: func(p string) []parse.Mention {
		var ms []parse.Mention
		corpus.ReadFile(fsys, p, r.Options, func(a corpus.Article) { ms = append(ms, parse.Article(a)...) })
		return ms
	}}
}

// read reads and parses the files of fsys.
func (r *Reader) read(fsys fs.FS) ([]string, []*Parsed, []error) {
	limit := r.Options.FileLimit()
	files, errs := corpus.Files(fsys)
	workers := r.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	got := make([]*Parsed, len(files))
	paths := make(chan int)
	jobs := make(chan job, 4*workers)
	var mu sync.Mutex
	var done, text atomic.Int64
	var parsed atomic.Bool // the parsers are gone

	// a reader waits while its file's articles are parsed, so there are
	// as many readers as parsers
	var readers sync.WaitGroup
	for w := 0; w < workers; w++ {
		readers.Add(1)
		go func() {
			defer readers.Done()
			for i := range paths {
				read := func(fsys fs.FS) Parsed {
					f := &fileMentions{}
					n := 0
					errs := corpus.ReadFile(fsys, files[i], r.Options, func(a corpus.Article) {
						text.Add(int64(len(a.Text)))
						f.mu.Lock()
						f.articles = append(f.articles, nil)
						f.mu.Unlock()
						f.wg.Add(1)
						if parsed.Load() {
							job{a, n, f}.parse() // asked for by Load after the run
						} else {
							jobs <- job{a, n, f}
						}
						n++
					})
					f.wg.Wait()
					var ms []parse.Mention
					for _, a := range f.articles {
						ms = append(ms, a...)
					}
					return Parsed{Mentions: ms, Errors: errs}
				}
				var f Parsed
				if r.Cache == nil {
					f = read(fsys)
				} else {
					f = r.Cache.Read(fsys, files[i], limit, read)
				}
				f.path = files[i]
				got[i] = &f
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
				j.parse()
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
	parsed.Store(true)
	if r.Cache != nil {
		r.Cache.ReadAll()
	}
	for _, f := range got {
		errs = append(errs, f.Errors...)
	}
	return files, got, errs
}
