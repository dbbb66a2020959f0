package main

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync/atomic"
	"time"

	"github.com/ca-diplomacy/timeline/corpus"
	"github.com/ca-diplomacy/timeline/render/site"
	"github.com/ca-diplomacy/timeline/timeline"
	"github.com/ca-diplomacy/timeline/timeline/corrections"
	"github.com/ca-diplomacy/timeline/timeline/store"
	"github.com/urfave/cli/v2"
)

// buildSite builds the site of the corpus into out, keeping feed revisions
// from the previous run; only the files in keep are written (all when nil).
// A file made of what made it last time is not rendered again, and one
// whose bytes are the same is not replaced.
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
	revs, rerr := site.ReadRevisions(out)
	if rerr != nil {
		fmt.Fprintf(os.Stderr, "timeline: %s: %v (feed revisions start again)\n", out, rerr)
	}
	prog := newProgress()
	defer prog.end()
	r, done, err := reader(c, prog)
	if err != nil {
		return err
	}
	// the timeline streamed: its runs are read back from the store, which
	// stays open until the files are written
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
	o := site.Options{Now: time.Now(), Revisions: revs, Program: store.Program(), Corrections: cf, WholeFeeds: c.Bool("whole-feeds")}
	if keep == nil {
		// a file made of what made it last time is not rendered again
		keys, kerr := site.ReadKeys(out)
		if kerr == nil {
			kerr = site.ForgetKeys(out)
		}
		if kerr != nil {
			fmt.Fprintf(os.Stderr, "timeline: %s: %v (every file is rendered)\n", out, kerr)
		}
		o.Unchanged = func(name, key string) bool {
			if kerr != nil || keys[name] != key {
				return false
			}
			_, err := os.Stat(filepath.Join(out, filepath.FromSlash(name)))
			return err == nil // else removed by hand
		}
	}
	var n atomic.Int64 // files rendered
	rendered, berr := site.Render(st, o, func(name string, write func(io.Writer) error) error {
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
		if werr := site.RemoveStale(out, rendered.Paths); werr != nil {
			return werr
		}
		if werr := site.WriteRevisions(out, rendered.Revisions); werr != nil {
			return werr
		}
		if werr := site.WriteKeys(out, rendered.Keys); werr != nil {
			return werr
		}
	}
	unchanged := ""
	if rendered.Left > 0 {
		unchanged = ", " + count(rendered.Left, "file") + " unchanged"
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
