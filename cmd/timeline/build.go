package main

import (
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync/atomic"

	"github.com/ca-diplomacy/timeline/corpus"
	"github.com/ca-diplomacy/timeline/render/site"
	"github.com/ca-diplomacy/timeline/timeline/build"
	"github.com/ca-diplomacy/timeline/timeline/corrections"
	"github.com/ca-diplomacy/timeline/timeline/store"
	"github.com/urfave/cli/v2"
)

// buildSite builds the site of the corpus into out (see package build);
// only the files in keep are written (all when nil).
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
	prog := newProgress()
	defer prog.end()
	cfg, cprobs := buildConfig(c, fsys, out, prog)
	cfg.Only = keep
	var n atomic.Int64
	cfg.Written = func(string) { prog.set("merging and writing", int(n.Add(1)), 0, "files written") }
	res, berr := build.Run(cfg)
	prog.end()
	err = report(append(cprobs, res.Problems...))
	if berr != nil {
		return berr
	}
	if res.Unchanged {
		fmt.Fprintf(os.Stderr, "timeline: nothing changed since the last build (%s); %s left as it is\n", res.Summary, out)
		return err
	}
	unchanged := ""
	if res.Left > 0 {
		unchanged = ", " + count(res.Left, "file") + " unchanged"
	}
	fmt.Fprintf(os.Stderr, "timeline: %s; %s written to %s%s (open %s)\n",
		res.Summary, count(res.Written, "file"), out, unchanged, filepath.Join(out, "index.html"))
	return err
}

// buildConfig is the build the flags ask for, of the corpus fsys into out,
// telling prog (nil: no one) how far it is; and the problems of the
// corrections file.
func buildConfig(c *cli.Context, fsys fs.FS, out string, prog *progress) (build.Config, []string) {
	// one walk: the build's input, the reader's files and the store's
	// stamps all come from it
	fp := ""
	if l, err := corpus.List(fsys); err == nil {
		fsys, fp = l, l.Fingerprint()
	}
	cf, cprobs := readCorrections(c)
	cfg := build.Config{Corpus: fsys, Out: out, Corrections: cf, Program: store.Program(),
		Reader: reader(c, prog), Input: buildInput(c, fp, cf),
		Site: site.Options{WholeFeeds: c.Bool("whole-feeds")},
		Summary: func(r build.Result) string {
			return fmt.Sprintf("%s (%d dated, %d undated) from %s", count(r.Events+r.Undated, "event"), r.Events, r.Undated, corpusName(c))
		}}
	if path := storePath(c); path != "" {
		cfg.Store = func(rebuild bool) (build.Store, error) { return openStore(path, rebuild || c.Bool("rebuild")) }
	}
	return cfg, cprobs
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
