package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/ca-diplomacy/timeline/corpus"
	"github.com/ca-diplomacy/timeline/corpus/sample"
	"github.com/ca-diplomacy/timeline/timeline"
	"github.com/ca-diplomacy/timeline/timeline/corrections"
	"github.com/ca-diplomacy/timeline/timeline/store"
	"github.com/urfave/cli/v2"
)

// errNoArticles is the error of a corpus folder without an article file.
var errNoArticles = errors.New("has no articles: no .txt, .md, .html, .htm, .jsonl, .xml, .rss or .atom file outside hidden folders")

// corpusFS is the corpus folder of --corpus, or the embedded sample. A
// folder without articles is an error (errNoArticles), with the folder.
func corpusFS(c *cli.Context) (fs.FS, error) {
	d := c.String("corpus")
	if d == "" {
		return sample.FS, nil
	}
	if st, err := os.Stat(d); err != nil || !st.IsDir() {
		return nil, fmt.Errorf("corpus %s is not a folder", d)
	}
	fsys := corpus.Dir(d)
	if !corpus.HasFiles(fsys) {
		return fsys, fmt.Errorf("corpus %s %w", d, errNoArticles)
	}
	return fsys, nil
}

// reader is the corpus reader the flags ask for, telling prog (nil: no
// one) how far it is.
func reader(c *cli.Context, prog *progress) timeline.Reader {
	r := timeline.Reader{Workers: c.Int("workers"),
		Options: corpus.Options{MaxFileSize: c.Int64("max-file-size"), MaxLineSize: c.Int("max-line-size")}}
	if prog != nil {
		r.Progress = prog.reading
	}
	return r
}

// storePath is the store the flags ask for: --store, or, for the commands
// that write a site, one in its folder; "" with --no-store.
func storePath(c *cli.Context) string {
	path := c.String("store")
	if path == "" && c.IsSet("out") || path == "" && (c.Command.Name == "build" || c.Command.Name == "serve") {
		path = filepath.Join(c.String("out"), ".timeline", "store.db")
	}
	if c.Bool("no-store") {
		return ""
	}
	return path
}

// openStore opens the store at path, telling why it starts again empty if
// it does.
func openStore(path string, rebuild bool) (*store.Store, error) {
	st, err := store.Open(path, rebuild)
	if err != nil {
		return nil, err
	}
	if st.Restarted != nil {
		fmt.Fprintf(os.Stderr, "timeline: %v (it starts again empty: every file is read)\n", st.Restarted)
	}
	return st, nil
}

// load reads the corpus and builds the timeline; bad files are reported one
// line each and make the returned error non-nil, good ones are still used.
func load(c *cli.Context) (*timeline.Timeline, error) {
	fsys, err := corpusFS(c)
	if err != nil {
		return nil, err
	}
	tl, problems, err := read(c, fsys)
	if err != nil {
		return nil, err
	}
	return tl, report(problems)
}

// read reads the corpus of fsys and builds the timeline; problems are the
// bad files' lines.
func read(c *cli.Context, fsys fs.FS) (*timeline.Timeline, []string, error) {
	prog := newProgress()
	defer prog.end()
	r := reader(c, prog)
	if path := storePath(c); path != "" {
		st, err := openStore(path, c.Bool("rebuild"))
		if err != nil {
			return nil, nil, err
		}
		defer func() {
			if err := st.Close(); err != nil {
				fmt.Fprintln(os.Stderr, "timeline: store:", err)
			}
		}()
		r.Cache = st
	}
	tl, errs := r.Read(fsys)
	prog.set("merging", 0, 0, "")
	return tl, lines(errs), nil
}

// lines are the bad files' errors, a line each.
func lines(errs []error) []string {
	var problems []string
	for _, e := range errs {
		problems = append(problems, e.Error())
	}
	return problems
}

// report prints each problem on its own line; the error returned, when
// there are problems, is the summary line.
func report(problems []string) error {
	for _, p := range problems {
		fmt.Fprintln(os.Stderr, "timeline:", p)
	}
	if len(problems) == 0 {
		return nil
	}
	return &inputError{fmt.Sprintf("%s in the input (each named above); every readable article was used", count(len(problems), "problem"))}
}

// count is "1 file", "2 files".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// readCorrections reads the corrections file the flags name, or the
// corpus folder's; a file that cannot be read is a problem (its line), and
// the timeline is built without it.
func readCorrections(c *cli.Context) (*corrections.File, []string) {
	f, err := corrections.Find(c.String("corrections"), c.String("corpus"))
	if err != nil {
		return nil, []string{err.Error() + " (no correction applied)"}
	}
	return f, nil
}

// corpusName names the corpus in messages.
func corpusName(c *cli.Context) string {
	if d := c.String("corpus"); d != "" {
		return d
	}
	return "the embedded sample corpus"
}
