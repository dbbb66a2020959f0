// Package build is the whole job of `timeline build` and of each rebuild of
// `timeline serve`, in one call (Run):
//
//  1. list the corpus; when the last build read the same input (Config.Input)
//     and left the site as it is, stop;
//  2. read and parse the files, those the store knows by their content
//     taken from it (timeline.Reader, timeline.Cache);
//  3. merge the events, run of months by run of months, the runs whose files
//     did not change taken from the store;
//  4. write the site (render/site): each file rendered only when what makes
//     it changed, and written only when its bytes did; then the state the
//     next build starts from (feed revisions, the files' keys, the input).
package build

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/ca-diplomacy/timeline/render/site"
	"github.com/ca-diplomacy/timeline/timeline"
	"github.com/ca-diplomacy/timeline/timeline/corrections"
)

// Config is what a build reads and where it writes.
type Config struct {
	Corpus fs.FS
	// Out is the site's folder, claimed by the caller (site.ClaimDir).
	Out string
	// Reader reads the corpus (its options, workers and progress); Run
	// sets its Cache from Store.
	Reader timeline.Reader
	// Store opens the store of what each file gave and of the merged runs
	// (rebuild: empty); nil: every file is read and nothing is kept.
	Store func(rebuild bool) (Store, error)
	// Corrections are the editor's (nil: none).
	Corrections *corrections.File
	// Site tunes the site (title, libraries, whole feeds); Run sets the
	// rest.
	Site site.Options
	// Program names the program, which each file's key and each kept
	// event's revision name too (see site.Options.Program).
	Program string
	// Only, when set, writes only the files it reports and keeps no state
	// (the pages alone, say).
	Only func(name string) bool
	// Input names everything the build reads (the corpus's files, the
	// program, the options that change what it writes): a build whose
	// Input is the last build's, with the site as that build left it,
	// does nothing. "" always builds.
	Input string
	// Summary makes the closing line of a build, kept with Input to be
	// told again by a build that does nothing.
	Summary func(Result) string
	// Written, when set, is told of each file written.
	Written func(name string)
	// Warn is told what goes wrong without failing the build (a state
	// file that cannot be read, say); nil: stderr.
	Warn func(error)
}

// Store is what a build keeps between runs (timeline.Cache: what each
// file gave, what each run of months merged to), closed at the end of the
// build. timeline/store is the one in SQLite.
type Store interface {
	timeline.Cache
	Close() error
}

// Result is what a build did.
type Result struct {
	Events, Undated int
	Written, Left   int // files written, and files left as they were
	// Problems are the input's: bad files and lines, corrections that
	// apply to no event; one line each.
	Problems []string
	// Unchanged: the input was the last build's; nothing was done.
	Unchanged bool
	// Summary is Config.Summary's line (kept from the last build when
	// Unchanged).
	Summary string
	// Index finds every event, when Config.Site.Index asks for it.
	Index *site.Index
}

// Run builds the site of the corpus into c.Out.
func Run(c Config) (Result, error) {
	warn := c.Warn
	if warn == nil {
		warn = func(err error) { fmt.Fprintln(os.Stderr, "timeline:", err) }
	}
	if c.Only == nil && c.Input != "" {
		if m, err := site.ReadManifest(c.Out); err == nil && m.Current(c.Out, c.Input) {
			return Result{Unchanged: true, Problems: m.Problems, Summary: m.Summary}, nil
		}
		if err := site.ForgetManifest(c.Out); err != nil {
			warn(fmt.Errorf("%s: %w (the next build reads everything)", c.Out, err))
			c.Input = ""
		}
	}
	r, err := run(c, warn, false)
	if errors.Is(err, timeline.ErrLost) && c.Store != nil {
		// nothing is written of a lost stream: read it all again
		warn(fmt.Errorf("%w: the store starts again empty, every file is read", err))
		r, err = run(c, warn, true)
	}
	if err != nil {
		return r, err
	}
	if c.Summary != nil {
		r.Summary = c.Summary(r)
	}
	if c.Only == nil && c.Input != "" {
		m, err := site.NewManifest(c.Out, c.Input, r.Problems, r.Summary)
		if err == nil {
			err = site.WriteManifest(c.Out, m)
		}
		if err != nil {
			warn(fmt.Errorf("%s: %w (the next build reads everything)", c.Out, err))
		}
	}
	return r, nil
}

// run is one attempt at a build, with the store emptied first when rebuild.
func run(c Config, warn func(error), rebuild bool) (Result, error) {
	var res Result
	rd := c.Reader
	if c.Store != nil {
		st, err := c.Store(rebuild)
		if err != nil {
			return res, err
		}
		defer func() {
			if err := st.Close(); err != nil {
				warn(fmt.Errorf("store: %w", err))
			}
		}()
		rd.Cache = st
	}
	revs, err := site.ReadRevisions(c.Out)
	if err != nil {
		warn(fmt.Errorf("%s: %w (feed revisions start again)", c.Out, err))
	}
	// the timeline streamed: its runs are read back from the store, which
	// stays open until the files are written
	st, errs := rd.Stream(c.Corpus)
	for _, e := range errs {
		res.Problems = append(res.Problems, e.Error())
	}
	o := c.Site
	o.Now, o.Revisions, o.Program, o.Corrections = time.Now(), revs, c.Program, c.Corrections
	if c.Only == nil {
		o.Unchanged = unchanged(c.Out, warn)
	}
	rendered, err := site.Render(st, o, func(name string, write func(io.Writer) error) error {
		if c.Only != nil && !c.Only(name) {
			return nil
		}
		if c.Written != nil {
			c.Written(name)
		}
		res.Written++
		return site.WriteFileFunc(filepath.Join(c.Out, filepath.FromSlash(name)), write)
	})
	for _, e := range rendered.Problems {
		res.Problems = append(res.Problems, e.Error())
	}
	res.Events, res.Undated, res.Left, res.Index = rendered.Events, rendered.Undated, rendered.Left, rendered.Index
	if err != nil || c.Only != nil {
		return res, err
	}
	if err := site.RemoveStale(c.Out, rendered.Paths); err != nil {
		return res, err
	}
	if err := site.WriteRevisions(c.Out, rendered.Revisions); err != nil {
		return res, err
	}
	return res, site.WriteKeys(c.Out, rendered.Keys)
}

// unchanged is site.Unchanged of dir, or nil (every file rendered) when
// the keys cannot be read.
func unchanged(dir string, warn func(error)) func(name, key string) bool {
	u, err := site.Unchanged(dir)
	if err != nil {
		warn(fmt.Errorf("%s: %w (every file is rendered)", dir, err))
	}
	return u
}
