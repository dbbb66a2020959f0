// Command timeline turns a folder of news articles about diplomacy into a
// diplomatic calendar: timeline JSON, an iCalendar feed and an HTML page.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ca-diplomacy/timeline/corpus"
	"github.com/ca-diplomacy/timeline/corpus/sample"
	"github.com/ca-diplomacy/timeline/parse"
	"github.com/ca-diplomacy/timeline/parse/dates"
	"github.com/ca-diplomacy/timeline/parse/dates/langs"
	"github.com/ca-diplomacy/timeline/render/ics"
	"github.com/ca-diplomacy/timeline/render/site"
	"github.com/ca-diplomacy/timeline/timeline"
	"github.com/ca-diplomacy/timeline/timeline/score"
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
				Action: func(c *cli.Context) error { return buildSite(c, c.String("out"), nil) }},
			{Name: "export", Usage: "print the timeline JSON", Flags: []cli.Flag{corpusFlag, &cli.BoolFlag{Name: "json", Value: true}},
				Action: func(c *cli.Context) error { return emit(c, writeJSON) }},
			{Name: "ics", Usage: "print the iCalendar feed", Flags: []cli.Flag{corpusFlag},
				Action: func(c *cli.Context) error { return emit(c, writeICS) }},
			{Name: "html", Usage: "write index.html into --out", Flags: []cli.Flag{corpusFlag, &cli.StringFlag{Name: "out", Value: "site"}},
				Action: func(c *cli.Context) error {
					return buildSite(c, c.String("out"), func(n string) bool { return strings.HasSuffix(n, ".html") })
				}},
			{Name: "dates", Usage: "print every date expression of FILE (or -), one JSON object a line", ArgsUsage: "[FILE|-]",
				Flags: []cli.Flag{&cli.StringFlag{Name: "ref", Usage: "publication date `YYYY-MM-DD`"},
					&cli.StringFlag{Name: "lang", Usage: "en, ru or uz (default: detected)"}},
				Action: datesCmd},
			{Name: "eval", Usage: "score the timeline against gold annotations (contract part 3)",
				Flags: []cli.Flag{corpusFlag, &cli.StringFlag{Name: "gold", Required: true, Usage: "gold `DIR` of ARTICLE_ID.json files"},
					&cli.BoolFlag{Name: "verbose", Usage: "list every match, miss and extra"},
					&cli.Float64Flag{Name: "min-f1", Usage: "exit 1 when the event F1 is below `F`"}},
				Action: evalCmd},
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
	return ics.Write(w, tl.Events, site.Feeds(tl)[0].Feed(), nil)
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

// buildSite builds the site of the corpus into out, keeping feed revisions
// from the previous run; only the files in keep are written (all when nil).
func buildSite(c *cli.Context, out string, keep func(name string) bool) error {
	tl, err := load(c)
	if tl == nil {
		return err
	}
	prev, rerr := site.ReadRevisions(out)
	if rerr != nil {
		fmt.Fprintf(os.Stderr, "timeline: %s: %v (feed revisions start again)\n", out, rerr)
	}
	s, berr := site.Build(tl, site.Options{Now: time.Now(), Revisions: prev})
	if berr != nil {
		return berr
	}
	if keep != nil {
		for n := range s.Files {
			if !keep(n) {
				delete(s.Files, n)
			}
		}
	}
	if werr := s.Write(out); werr != nil {
		return werr
	}
	fmt.Fprintf(os.Stderr, "timeline: %d events (%d undated) from %s; %d files written to %s (open %s)\n",
		len(tl.Events), len(tl.Undated), corpusName(c), len(s.Files), out, filepath.Join(out, "index.html"))
	return err
}

func corpusName(c *cli.Context) string {
	if d := c.String("corpus"); d != "" {
		return d
	}
	return "the embedded sample corpus"
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
