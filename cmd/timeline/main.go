// Command timeline turns a folder of news articles about diplomacy into a
// diplomatic calendar: timeline JSON, an iCalendar feed and an HTML page.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/ca-diplomacy/timeline/corpus"
	"github.com/ca-diplomacy/timeline/corpus/sample"
	"github.com/ca-diplomacy/timeline/parse"
	"github.com/ca-diplomacy/timeline/parse/dates"
	"github.com/ca-diplomacy/timeline/parse/dates/langs"
	"github.com/ca-diplomacy/timeline/render/html"
	"github.com/ca-diplomacy/timeline/render/ics"
	"github.com/ca-diplomacy/timeline/timeline"
	"github.com/urfave/cli/v2"
)

var version = "0.1.0"

func main() {
	if err := app().Run(os.Args); err != nil {
		fmt.Fprintln(os.Stderr, "timeline:", err)
		os.Exit(1)
	}
}

var corpusFlag = &cli.StringFlag{Name: "corpus", Usage: "corpus `DIR` (default: the embedded sample)", EnvVars: []string{"TIMELINE_CORPUS"}}

func app() *cli.App {
	return &cli.App{
		Name:    "timeline",
		Usage:   "turn news articles about diplomacy into a diplomatic calendar",
		Version: version,
		Commands: []*cli.Command{
			{Name: "build", Usage: "write timeline.json, calendar.ics and index.html",
				Flags:  []cli.Flag{corpusFlag, &cli.StringFlag{Name: "out", Value: "site", Usage: "output `DIR`"}},
				Action: build},
			{Name: "export", Usage: "print the timeline JSON", Flags: []cli.Flag{corpusFlag, &cli.BoolFlag{Name: "json", Value: true}},
				Action: func(c *cli.Context) error { return emit(c, writeJSON) }},
			{Name: "ics", Usage: "print the iCalendar feed", Flags: []cli.Flag{corpusFlag},
				Action: func(c *cli.Context) error { return emit(c, writeICS) }},
			{Name: "html", Usage: "write index.html into --out", Flags: []cli.Flag{corpusFlag, &cli.StringFlag{Name: "out", Value: "site"}},
				Action: func(c *cli.Context) error {
					tl, err := load(c)
					if tl == nil {
						return err
					}
					if werr := writeFile(filepath.Join(c.String("out"), "index.html"), func(w io.Writer) error { return html.Write(w, tl) }); werr != nil {
						return werr
					}
					return err
				}},
			{Name: "dates", Usage: "print every date expression of FILE (or -), one JSON object a line", ArgsUsage: "[FILE|-]",
				Flags: []cli.Flag{&cli.StringFlag{Name: "ref", Usage: "publication date `YYYY-MM-DD`"},
					&cli.StringFlag{Name: "lang", Usage: "en, ru or uz (default: detected)"}},
				Action: datesCmd},
		},
	}
}

// load reads the corpus and builds the timeline; bad files are reported one
// line each and make the returned error non-nil, good ones are still used.
func load(c *cli.Context) (*timeline.Timeline, error) {
	var fsys fs.FS = sample.FS
	if d := c.String("corpus"); d != "" {
		if st, err := os.Stat(d); err != nil || !st.IsDir() {
			return nil, fmt.Errorf("corpus %s is not a folder", d)
		}
		fsys = os.DirFS(d)
	}
	arts, errs := corpus.Load(fsys, corpus.Options{})
	for _, e := range errs {
		fmt.Fprintln(os.Stderr, "timeline: skipped", e)
	}
	var ms []parse.Mention
	for _, a := range arts {
		ms = append(ms, parse.Article(a)...)
	}
	tl := timeline.Build(ms)
	if len(errs) > 0 {
		return tl, fmt.Errorf("%d of %d files could not be read", len(errs), len(errs)+len(arts))
	}
	return tl, nil
}

func writeJSON(w io.Writer, tl *timeline.Timeline) error {
	b, err := tl.Marshal(time.Now())
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

func writeICS(w io.Writer, tl *timeline.Timeline) error {
	return ics.Write(w, tl, "Diplomatic calendar")
}

func emit(c *cli.Context, f func(io.Writer, *timeline.Timeline) error) error {
	tl, err := load(c)
	if tl == nil {
		return err
	}
	if werr := f(os.Stdout, tl); werr != nil {
		return werr
	}
	return err
}

func build(c *cli.Context) error {
	tl, err := load(c)
	if tl == nil {
		return err
	}
	out := c.String("out")
	for name, f := range map[string]func(io.Writer, *timeline.Timeline) error{
		"timeline.json": writeJSON, "calendar.ics": writeICS, "index.html": html.Write,
	} {
		if werr := writeFile(filepath.Join(out, name), func(w io.Writer) error { return f(w, tl) }); werr != nil {
			return werr
		}
	}
	fmt.Fprintf(os.Stderr, "timeline: %d events (%d undated) written to %s/ (timeline.json, calendar.ics, index.html)\n", len(tl.Events), len(tl.Undated), out)
	return err
}

// writeFile writes atomically: a temp file in the same folder, then rename,
// so a reader never sees half a file.
func writeFile(path string, f func(io.Writer) error) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	bw := bufio.NewWriter(tmp)
	if err := f(bw); err != nil {
		tmp.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
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
	var ref dates.Date
	if r := c.String("ref"); r != "" {
		t, err := time.Parse("2006-01-02", r)
		if err != nil {
			return fmt.Errorf("--ref %q: want YYYY-MM-DD", r)
		}
		ref = dates.DateOf(t)
	}
	lang := c.String("lang")
	if lang == "" {
		lang = parse.DetectLanguage(string(b))
	}
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	enc.SetEscapeHTML(false)
	for _, e := range langs.Reader().Read(string(b), dates.Options{Lang: lang, Ref: ref}) {
		enc.Encode(map[string]any{"text": e.Text, "offset": e.Offset, "start": e.Start.Format(e.Precision),
			"end": e.End.Format(e.Precision), "precision": e.Precision.String()})
	}
	_, err = os.Stdout.Write(out.Bytes())
	return err
}
