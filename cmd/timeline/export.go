package main

import (
	"io"
	"os"
	"time"

	"github.com/ca-diplomacy/timeline/render/ics"
	"github.com/ca-diplomacy/timeline/render/jsondoc"
	"github.com/ca-diplomacy/timeline/render/site"
	"github.com/ca-diplomacy/timeline/timeline"
	"github.com/urfave/cli/v2"
)

// writeJSON writes the timeline JSON of the stream.
func writeJSON(w io.Writer, st *timeline.Stream) error { return jsondoc.Write(w, st, time.Now()) }

// writeICS writes the whole feed, each event stamped with the run's time:
// without the revisions a build keeps, that is when this feed saw it last
// change.
func writeICS(w io.Writer, st *timeline.Stream) error {
	now := time.Now()
	tl := &timeline.Timeline{Undated: st.Undated}
	if err := st.Aged(now).Runs(func(es []*timeline.Event) error { tl.Events = append(tl.Events, es...); return nil }); err != nil {
		return err
	}
	p := ics.NewPrepared(nil, now, "")
	p.Add(tl.Events, nil)
	p.Revised()
	return p.Write(w, tl.Events, site.Feeds(tl)[0].Feed())
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
