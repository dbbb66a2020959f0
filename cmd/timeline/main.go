// Command timeline turns a folder of news articles about diplomacy into a
// diplomatic calendar: timeline JSON, an iCalendar feed and an HTML page.
package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/ca-diplomacy/timeline/corpus"
	"github.com/ca-diplomacy/timeline/corpus/sample"
	"github.com/ca-diplomacy/timeline/parse/dates"
	"github.com/ca-diplomacy/timeline/parse/dates/langs"
	"github.com/ca-diplomacy/timeline/parse/langid"
	"github.com/ca-diplomacy/timeline/render/ics"
	"github.com/ca-diplomacy/timeline/render/site"
	"github.com/ca-diplomacy/timeline/render/table"
	"github.com/ca-diplomacy/timeline/timeline"
	"github.com/ca-diplomacy/timeline/timeline/corrections"
	"github.com/ca-diplomacy/timeline/timeline/score"
	"github.com/ca-diplomacy/timeline/timeline/store"
	"github.com/urfave/cli/v2"
)

var version = "0.1.0"

func main() {
	err := app().Run(os.Args)
	if err != nil {
		fmt.Fprintln(os.Stderr, "timeline:", err)
	}
	os.Exit(exitCode(err))
}

// corpusFlags are the flags of every command that reads a corpus.
var corpusFlags = []cli.Flag{
	&cli.StringFlag{Name: "corpus", Usage: "corpus `DIR` (default: the embedded sample)", EnvVars: []string{"TIMELINE_CORPUS"}},
	&cli.Int64Flag{Name: "max-file-size", Value: corpus.DefaultMaxFileSize, Usage: "largest text, page or feed file read, in `BYTES`", EnvVars: []string{"TIMELINE_MAX_FILE_SIZE"}},
	&cli.IntFlag{Name: "max-line-size", Value: corpus.DefaultMaxLineSize, Usage: "longest JSONL line read, in `BYTES`", EnvVars: []string{"TIMELINE_MAX_LINE_SIZE"}},
	&cli.IntFlag{Name: "workers", Usage: "articles parsed at once; 0 means the number of cores", EnvVars: []string{"TIMELINE_WORKERS"}},
	&cli.StringFlag{Name: "store", Usage: "keep what each file gave in the SQLite database `PATH`, so that a re-run reads only changed files (build and serve: OUT/.timeline/store.db by default)", EnvVars: []string{"TIMELINE_STORE"}},
	&cli.BoolFlag{Name: "no-store", Usage: "read every file, keep nothing"},
	&cli.BoolFlag{Name: "rebuild", Usage: "empty the store first"},
	&cli.StringFlag{Name: "corrections", Usage: "the editor's corrections `FILE` (default: corrections.yaml in the corpus folder, when there is one)", EnvVars: []string{"TIMELINE_CORRECTIONS"}},
}

// with returns the corpus flags and more.
func with(more ...cli.Flag) []cli.Flag { return append(append([]cli.Flag{}, corpusFlags...), more...) }

// outFlag is the output folder of the commands that write a site.
func outFlag(usage string) cli.Flag {
	return &cli.StringFlag{Name: "out", Value: "site", Usage: usage, EnvVars: []string{"TIMELINE_OUT"}}
}

func app() *cli.App {
	a := &cli.App{
		Name:    "timeline",
		Usage:   "turn news articles about diplomacy into a diplomatic calendar",
		Version: version,
		// exit codes are main's (exitCode): no command exits on its own
		ExitErrHandler: func(*cli.Context, error) {},
		OnUsageError:   onUsageError,
		Action:         unknownCommand,
		Flags: []cli.Flag{&cli.StringFlag{Name: "cpuprofile", Usage: "write a CPU profile of the run to `FILE` (go tool pprof)"},
			&cli.StringFlag{Name: "memprofile", Usage: "write a heap profile at the end of the run to `FILE`"}},
		Before: startProfile,
		After:  stopProfile,
		Commands: []*cli.Command{
			{Name: "build", Usage: "write the site: timeline.json, calendar.ics, feeds/ and index.html",
				Flags:  with(outFlag("output `DIR`"), forceFlag),
				Action: func(c *cli.Context) error { return buildSite(c, c.String("out"), nil) }},
			{Name: "export", Usage: "print the timeline: JSON, or with --csv a table of one row per event",
				Flags: with(&cli.BoolFlag{Name: "json", Value: true, Usage: "the timeline JSON"},
					&cli.BoolFlag{Name: "csv", Usage: "a CSV table of one row per event (columns in docs/formats.md)"}),
				Action: func(c *cli.Context) error {
					switch csv, json := c.Bool("csv"), c.Bool("json"); {
					case csv && json && c.IsSet("json"):
						return usagef("export: --json and --csv print different things; give one")
					case csv:
						return emit(c, func(w io.Writer, st *timeline.Stream) error { return table.Write(w, st.Aged(time.Now())) })
					case !json:
						return usagef("export: nothing to print; give --json or --csv")
					}
					return emit(c, writeJSON)
				}},
			{Name: "ics", Usage: "print the whole iCalendar feed, every event stamped with the run's time (build and serve keep each event's time of change)", Flags: with(),
				Action: func(c *cli.Context) error { return emit(c, writeICS) }},
			{Name: "html", Usage: "write index.html into --out", Flags: with(outFlag("output `DIR`"), forceFlag),
				Action: func(c *cli.Context) error {
					return buildSite(c, c.String("out"), func(n string) bool { return strings.HasSuffix(n, ".html") })
				}},
			{Name: "dates", Usage: "print every date expression of FILE (or -), one JSON object a line", ArgsUsage: "[FILE|-]",
				Flags: []cli.Flag{&cli.StringFlag{Name: "ref", Usage: "publication date `YYYY-MM-DD`, which relative dates (\"yesterday\") are read from (default: today)"},
					&cli.StringFlag{Name: "lang", Usage: "en, ru or uz (default: detected)"}},
				Action: datesCmd},
			{Name: "serve", Usage: "serve the site and its feeds, rebuilt when the corpus changes",
				Flags: with(
					&cli.StringFlag{Name: "addr", Value: "127.0.0.1:8080", Usage: "listen on `HOST:PORT`", EnvVars: []string{"TIMELINE_ADDR"}},
					outFlag("also write the site into `DIR` (keeps feed revisions)"),
					&cli.DurationFlag{Name: "poll", Value: 2 * time.Second, Usage: "how often to look for corpus changes", EnvVars: []string{"TIMELINE_POLL"}}, forceFlag),
				Action: serveCmd},
			{Name: "corrections", Usage: "work with the editor's corrections file",
				Subcommands: []*cli.Command{{Name: "check", Usage: "name each correction that applies to no event now, without building", Flags: with(),
					Action: checkCorrections}}},
			{Name: "eval", Usage: "score the timeline against gold annotations (contract part 3; the editor's corrections are not applied)",
				Flags: with(&cli.StringFlag{Name: "gold", Required: true, Usage: "gold `DIR` of ARTICLE_ID.json files", EnvVars: []string{"TIMELINE_GOLD"}},
					&cli.BoolFlag{Name: "verbose", Usage: "list every match, miss and extra"},
					&cli.Float64Flag{Name: "min-f1", Usage: "exit 1 when the event F1 is below `F`"}),
				Action: evalCmd},
		},
	}
	var each func([]*cli.Command)
	each = func(cs []*cli.Command) {
		for _, c := range cs {
			c.OnUsageError = onUsageError
			each(c.Subcommands)
		}
	}
	each(a.Commands)
	return a
}

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
// one) how far it is, with the store when one is asked for (or, for the
// commands that write a site, by default). The returned close ends the
// store's run.
func reader(c *cli.Context, prog *progress) (*timeline.Reader, func() error, error) {
	r := &timeline.Reader{Workers: c.Int("workers"),
		Options: corpus.Options{MaxFileSize: c.Int64("max-file-size"), MaxLineSize: c.Int("max-line-size")}}
	if prog != nil {
		r.Progress = prog.reading
	}
	path := c.String("store")
	if path == "" && c.IsSet("out") || path == "" && (c.Command.Name == "build" || c.Command.Name == "serve") {
		path = filepath.Join(c.String("out"), ".timeline", "store.db")
	}
	if path == "" || c.Bool("no-store") {
		return r, func() error { return nil }, nil
	}
	st, err := store.Open(path, c.Bool("rebuild"))
	if err != nil {
		return nil, nil, err
	}
	if st.Restarted != nil {
		fmt.Fprintf(os.Stderr, "timeline: %v (it starts again empty: every file is read)\n", st.Restarted)
	}
	r.Cache = st
	return r, st.Close, nil
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
	r, done, err := reader(c, prog)
	if err != nil {
		return nil, nil, err
	}
	tl, errs := r.Read(fsys)
	prog.set("merging", 0, 0, "")
	if err := done(); err != nil {
		fmt.Fprintln(os.Stderr, "timeline: store:", err)
	}
	prog.end()
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

func writeJSON(w io.Writer, st *timeline.Stream) error {
	bw := bufio.NewWriter(w)
	if err := st.WriteJSONPieces(bw, time.Now(), timeline.Whole(bw)); err != nil {
		return err
	}
	return bw.Flush()
}

// writeICS writes the whole feed, each event stamped with the run's time:
// without the revisions a build keeps, that is when this feed saw it last
// change.
func writeICS(w io.Writer, st *timeline.Stream) error {
	now := time.Now()
	tl := &timeline.Timeline{Undated: st.Undated}
	if err := st.Aged(now).Runs(func(es []*timeline.Event) error { tl.Events = append(tl.Events, es...); return nil }); err != nil {
		return err
	}
	p := ics.NewPrepared(nil, now, ics.Reuse{})
	defer p.Close()
	p.Add(tl.Events, nil)
	p.Revised()
	return p.Write(w, tl.Events, site.Feeds(tl)[0].Feed())
}

// count is "1 file", "2 files".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// emit reads the corpus, applies the corrections and writes what f writes
// of the timeline to stdout.
func emit(c *cli.Context, f func(io.Writer, *timeline.Stream) error) error {
	cf, cprobs := readCorrections(c)
	tl, err := load(c)
	if tl == nil {
		return err
	}
	st, cerrs := cf.Apply(tl.Stream())
	if werr := f(os.Stdout, st); werr != nil {
		return werr
	}
	if perr := report(append(cprobs, lines(cerrs)...)); perr != nil && err == nil {
		err = perr
	}
	return err
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

// checkCorrections names each correction that applies to no event of the
// corpus as it is now.
func checkCorrections(c *cli.Context) error {
	cf, cprobs := readCorrections(c)
	if cf == nil && len(cprobs) == 0 {
		return fmt.Errorf("no corrections file: give --corrections FILE, or keep %s in the corpus folder", corrections.FileName)
	}
	tl, err := load(c)
	if tl == nil {
		return err
	}
	problems := cprobs
	if cf != nil {
		_, cerrs := cf.Apply(tl.Stream())
		problems = append(problems, lines(cerrs)...)
		fmt.Fprintf(os.Stderr, "timeline: %s: %d corrections, %d apply\n", cf.Name, len(cf.Entries), len(cf.Entries)-len(cerrs))
	}
	if perr := report(problems); perr != nil {
		return perr
	}
	return err
}

// buildSite builds the site of the corpus into out, keeping feed revisions
// from the previous run; only the files in keep are written (all when nil).
// A whole build whose input is the last one's, with the site as it left
// it, leaves the site alone and tells its problems again.
func buildSite(c *cli.Context, out string, keep func(name string) bool) error {
	fsys, err := corpusFS(c)
	if err != nil {
		return err
	}
	claim, err := claimOut(c, out)
	if err != nil {
		return err
	}
	defer claim.Release()
	defer onInterrupt(claim)()
	// one walk: the manifest's fingerprint, the reader's files and the
	// store's stamps all come from it
	fp := ""
	if l, err := corpus.List(fsys); err == nil {
		fsys, fp = l, l.Fingerprint()
	}
	cf, cprobs := readCorrections(c)
	input := ""
	if keep == nil {
		input = buildInput(c, fp, cf)
		if input != "" { // "": a full build is asked for
			if m, err := site.ReadManifest(out); err == nil && m.Current(out, input) {
				err := report(m.Problems)
				fmt.Fprintf(os.Stderr, "timeline: nothing changed since the last build (%s); %s left as it is\n", m.Summary, out)
				return err
			}
		}
		if err := site.ForgetManifest(out); err != nil {
			fmt.Fprintf(os.Stderr, "timeline: %s: %v\n", out, err)
			input = ""
		}
	}
	// the feed revisions (23 MB at 136,000 events) are read while the
	// corpus is
	type kept struct {
		revs ics.Revisions
		err  error
	}
	revisions := make(chan kept, 1)
	go func() {
		revs, err := site.ReadRevisions(out)
		revisions <- kept{revs, err}
	}()
	// the timeline streamed: its runs are read back from the store, which
	// stays open until the files are written
	prog := newProgress()
	defer prog.end()
	r, done, err := reader(c, prog)
	if err != nil {
		return err
	}
	st, errs := r.Stream(fsys)
	prog.set("merging and writing", 0, 0, "files written")
	closed := false
	closeStore := func() {
		if closed {
			return
		}
		closed = true
		if err := done(); err != nil {
			fmt.Fprintln(os.Stderr, "timeline: store:", err)
		}
	}
	defer closeStore()
	problems := append(lines(errs), cprobs...)
	k := <-revisions
	prev, rerr := k.revs, k.err
	if rerr != nil {
		fmt.Fprintf(os.Stderr, "timeline: %s: %v (feed revisions start again)\n", out, rerr)
	}
	o := site.Options{Now: time.Now(), Revisions: prev, Program: store.Program(), Corrections: cf}
	same := 0
	var index site.Index
	if keep == nil {
		// the files' pieces an earlier run wrote are copied, not rendered
		var ierr error
		index, ierr = site.ReadIndex(out)
		if ierr == nil {
			ierr = site.ForgetIndex(out)
		}
		if ierr != nil {
			fmt.Fprintf(os.Stderr, "timeline: %s: %v (every file is rendered whole)\n", out, ierr)
			index = nil
		}
		o.Earlier = index.Earlier(out)
		// a feed whose digest is the one kept is left as it is
		digests, derr := site.ReadDigests(out)
		if derr == nil {
			derr = site.ForgetDigests(out)
		}
		if derr != nil {
			fmt.Fprintf(os.Stderr, "timeline: %s: %v (every feed is written)\n", out, derr)
		}
		o.Unchanged = func(name, digest string) bool {
			if derr != nil || digests[name] != digest {
				return false
			}
			if _, err := os.Stat(filepath.Join(out, filepath.FromSlash(name))); err != nil {
				return false // removed by hand
			}
			same++
			return true
		}
	}
	// without the pieces of the calendar, the calendar the revisions were
	// kept with: an unchanged event's VEVENT is taken from it (read before
	// the new one replaces it); with them, the few such events in pieces
	// written anew are rendered rather than the whole calendar read
	if _, ok := index["calendar.ics"]; !ok {
		if f, err := os.Open(filepath.Join(out, "calendar.ics")); err == nil {
			defer f.Close()
			if st, err := f.Stat(); err == nil {
				o.Previous, _ = ics.ReadPrevious(f, st.Size())
			}
		}
	}
	var n atomic.Int64 // files written, from Render's goroutines
	rendered, berr := site.RenderStream(st, o, func(name string, write func(io.Writer) error) error {
		if keep != nil && !keep(name) {
			return nil
		}
		prog.set("merging and writing", int(n.Add(1)), 0, "files written")
		return site.WriteFileFunc(filepath.Join(out, filepath.FromSlash(name)), write)
	})
	if errors.Is(berr, timeline.ErrLost) && !c.Bool("rebuild") {
		// nothing is written of a lost stream: read it all again
		fmt.Fprintf(os.Stderr, "timeline: %v: the store starts again empty, every file is read\n", berr)
		closeStore()
		claim.Release()
		if err := c.Set("rebuild", "true"); err != nil {
			return err
		}
		return buildSite(c, out, keep)
	}
	problems = append(problems, lines(rendered.Problems)...)
	prog.end()
	err = report(problems)
	if berr != nil {
		return berr
	}
	if keep == nil {
		if werr := site.RemoveStale(out, rendered.Feeds); werr != nil {
			return werr
		}
		if werr := site.WriteRevisions(out, rendered.Revisions); werr != nil {
			return werr
		}
		if werr := site.WriteDigests(out, rendered.Digests); werr != nil {
			return werr
		}
		if werr := site.WriteIndex(out, index.Update(out, rendered.Pieces)); werr != nil {
			return werr
		}
	}
	unchanged := ""
	if same > 0 {
		unchanged = ", " + count(same, "feed") + " unchanged"
	}
	summary := fmt.Sprintf("%s (%d dated, %d undated) from %s", count(rendered.Events+rendered.Undated, "event"), rendered.Events, rendered.Undated, corpusName(c))
	fmt.Fprintf(os.Stderr, "timeline: %s; %s written to %s%s (open %s)\n",
		summary, count(int(n.Load()), "file"), out, unchanged, filepath.Join(out, "index.html"))
	if input != "" {
		m, merr := site.NewManifest(out, input, problems, summary)
		if merr == nil {
			merr = site.WriteManifest(out, m)
		}
		if merr != nil {
			fmt.Fprintf(os.Stderr, "timeline: %s: %v (the next build reads everything)\n", out, merr)
		}
	}
	return err
}

// buildInput names what a build reads: the corpus's files (names, sizes,
// times), the program and the options that change what it writes; "" when
// a full build is asked for (--rebuild, --no-store) or the corpus cannot
// be listed.
func buildInput(c *cli.Context, fp string, cf *corrections.File) string {
	if c.Bool("rebuild") || c.Bool("no-store") || fp == "" {
		return ""
	}
	edits := "none"
	if cf != nil {
		edits = fmt.Sprintf("%x", sha256.Sum256(cf.Sum))
	}
	return fmt.Sprintf("%s %s %s max-file-size=%d max-line-size=%d corrections=%s %s", version, store.Program(), fp,
		c.Int64("max-file-size"), c.Int("max-line-size"), edits, corpusName(c))
}

func corpusName(c *cli.Context) string {
	if d := c.String("corpus"); d != "" {
		return d
	}
	return "the embedded sample corpus"
}

func serveCmd(c *cli.Context) error {
	fsys, err := corpusFS(c)
	if errors.Is(err, errNoArticles) { // articles may come: it is watched
		fmt.Fprintf(os.Stderr, "timeline: %v yet\n", err)
	} else if err != nil {
		return err
	}
	out := c.String("out")
	claim, err := claimOut(c, out)
	if err != nil {
		return err
	}
	defer claim.Release()
	// the port is taken before the first build, so a port in use is told
	// at once, and requests are answered (503) while the first build runs
	ln, err := net.Listen("tcp", c.String("addr"))
	if err != nil {
		return err
	}
	logger := log.New(os.Stderr, "timeline: ", log.LstdFlags)
	prev, rerr := site.ReadRevisions(out)
	if rerr != nil {
		logger.Printf("%s: %v (feed revisions start again)", out, rerr)
	}
	// the calendar written with prev, whose unchanged events' VEVENTs a
	// build takes instead of rendering them again
	calendar, _ := os.ReadFile(filepath.Join(out, "calendar.ics"))
	srv := &site.Server{Log: logger, Check: time.Second,
		Changed: func() (string, error) {
			fp, err := corpus.Fingerprint(fsys)
			cf, _ := readCorrections(c) // an edit of the corrections rebuilds too
			if cf != nil {
				fp += fmt.Sprintf(" corrections=%x", sha256.Sum256(cf.Sum))
			}
			return fp, err
		},
		Build: func() (*site.Site, error) {
			cf, cprobs := readCorrections(c)
			for _, p := range cprobs {
				logger.Print(p)
			}
			r, done, err := reader(c, nil)
			if err != nil {
				return nil, err
			}
			tl, errs := r.Read(fsys)
			if err := done(); err != nil {
				logger.Printf("store: %v", err)
			}
			for _, e := range errs {
				logger.Printf("%v", e)
			}
			o := site.Options{Now: time.Now(), Revisions: prev, Program: store.Program(), Corrections: cf}
			if calendar != nil {
				o.Previous, _ = ics.ReadPrevious(bytes.NewReader(calendar), int64(len(calendar)))
			}
			s, err := site.Build(tl, o)
			if err != nil {
				return nil, err
			}
			for _, p := range s.Problems {
				logger.Print(p)
			}
			prev, calendar = s.Revisions, s.Files["calendar.ics"]
			if err := s.Write(out); err != nil {
				logger.Printf("writing %s: %v", out, err)
			}
			return s, nil
		}}
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	hs := site.NewHTTPServer(srv)
	logger.Printf("serving %s on http://%s/ (calendar: http://%s/calendar.ics); building it first; Ctrl-C stops", corpusName(c), ln.Addr(), ln.Addr())
	errc := make(chan error, 2)
	go func() { errc <- hs.Serve(site.Capped(ln, hs, site.MaxConns)) }()
	go func() {
		if err := srv.Refresh(); err != nil {
			errc <- err
			return
		}
		srv.Poll(ctx, c.Duration("poll"))
	}()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	logger.Printf("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err = hs.Shutdown(sctx)
	claim.RemoveTemps() // of a write of the site cut short
	return err
}

func evalCmd(c *cli.Context) error {
	golds, err := score.ReadGold(os.DirFS(c.String("gold")), ".")
	if err != nil {
		return fmt.Errorf("gold: %w", err)
	}
	tl, lerr := load(c)
	if tl == nil {
		return lerr
	}
	b, err := tl.Marshal(time.Now())
	if err != nil {
		return err
	}
	var pred score.Prediction
	if err := json.Unmarshal(b, &pred); err != nil {
		return err
	}
	r := score.Score(pred, golds)
	r.Report(os.Stdout, c.Bool("verbose"))
	if c.IsSet("min-f1") && r.F1() < c.Float64("min-f1") {
		return fmt.Errorf("event F1 %.2f is below %.2f", r.F1(), c.Float64("min-f1"))
	}
	return lerr
}

func datesCmd(c *cli.Context) error {
	var in io.Reader = os.Stdin
	if a := c.Args().First(); a != "" && a != "-" {
		f, err := os.Open(a)
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	b, err := io.ReadAll(in)
	if err != nil {
		return err
	}
	ref := dates.DateOf(time.Now())
	if r := c.String("ref"); r != "" {
		t, err := time.Parse("2006-01-02", r)
		if err != nil {
			return usagef("dates: --ref %q: want YYYY-MM-DD", r)
		}
		ref = dates.DateOf(t)
	}
	lang := c.String("lang")
	if lang == "" {
		lang = langid.Detect(string(b))
	} else if !slices.ContainsFunc(langs.All, func(l *dates.Language) bool { return l.Code == lang }) {
		var codes []string
		for _, l := range langs.All {
			codes = append(codes, l.Code)
		}
		return usagef("dates: no language %q; give one of %s", lang, strings.Join(codes, ", "))
	}
	exprs := langs.Reader().Read(string(b), dates.Options{Lang: lang, Ref: ref})
	if !c.IsSet("ref") && len(exprs) != len(langs.Reader().Read(string(b), dates.Options{Lang: lang})) {
		fmt.Fprintf(os.Stderr, "timeline: relative dates (\"yesterday\", \"on Monday\") are read as of today, %s; give --ref YYYY-MM-DD, the day the text was published\n", ref.Format(dates.Day))
	}
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	enc.SetEscapeHTML(false)
	for _, e := range exprs {
		enc.Encode(map[string]any{"text": e.Text, "offset": e.Offset, "start": e.Start.Format(e.Precision),
			"end": e.End.Format(e.Precision), "precision": e.Precision.String()})
	}
	_, err = os.Stdout.Write(out.Bytes())
	return err
}
