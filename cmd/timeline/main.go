// Command timeline turns a folder of news articles about diplomacy into a
// diplomatic calendar: HTML pages, iCalendar feeds and the timeline JSON.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/ca-diplomacy/timeline/corpus"
	"github.com/ca-diplomacy/timeline/render/table"
	"github.com/ca-diplomacy/timeline/timeline"
	"github.com/urfave/cli/v2"
)

var version = "0.1.0"

func main() {
	limitMemory()
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
	&cli.IntFlag{Name: "workers", Usage: "parse `N` articles at once; 0 means the number of cores", EnvVars: []string{"TIMELINE_WORKERS"}},
	&cli.StringFlag{Name: "store", Usage: "keep what each file gave in the SQLite database `PATH`, so that a re-run reads only changed files (build and serve: OUT/.timeline/store.db by default)", EnvVars: []string{"TIMELINE_STORE"}},
	&cli.BoolFlag{Name: "no-store", Usage: "read every file, keep nothing"},
	&cli.BoolFlag{Name: "rebuild", Usage: "empty the store first"},
	&cli.StringFlag{Name: "corrections", Usage: "the editor's corrections `FILE` (default: corrections.yaml in the corpus folder, when there is one)", EnvVars: []string{"TIMELINE_CORRECTIONS"}},
}

// wholeFeedsFlag puts every event in every feed instead of a window.
var wholeFeedsFlag = &cli.BoolFlag{Name: "whole-feeds", EnvVars: []string{"TIMELINE_WHOLE_FEEDS"},
	Usage: "put every event in calendar.ics and the feeds of a country or a type (default: when there are over 1000, those to come and of the last 12 months; every year has its own feed in feeds/year/)"}

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
			{Name: "build", Usage: "write the site: index.html, a page per year, calendar.ics and feeds/",
				Flags:  with(outFlag("output `DIR`"), forceFlag, wholeFeedsFlag),
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
			{Name: "html", Usage: "write the pages (index.html and a page per year) into --out", Flags: with(outFlag("output `DIR`"), forceFlag),
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
					&cli.DurationFlag{Name: "poll", Value: 2 * time.Second, Usage: "how often to look for corpus changes", EnvVars: []string{"TIMELINE_POLL"}}, forceFlag, wholeFeedsFlag),
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
			if c.Action != nil && c.Before == nil {
				n := 0
				if c.ArgsUsage != "" { // dates' FILE
					n = 1
				}
				c.Before = noMoreArguments(n)
			}
			each(c.Subcommands)
		}
	}
	each(a.Commands)
	return a
}
