package main

import (
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/ca-diplomacy/timeline/render/site"
	"github.com/urfave/cli/v2"
)

// forceFlag lets a command write into a folder that holds other files.
var forceFlag = &cli.BoolFlag{Name: "force", Usage: "write into --out even when it holds files timeline did not write (they may be overwritten)"}

// claimOut makes --out the run's output folder (see site.ClaimDir), after
// making sure that it is not read as part of the corpus.
func claimOut(c *cli.Context, out string) (*site.Claim, error) {
	if err := outsideCorpus(c.String("corpus"), out); err != nil {
		return nil, err
	}
	return site.ClaimDir(out, c.Bool("force"))
}

// exitInterrupted is the exit code of a run stopped by Ctrl-C or SIGTERM.
const exitInterrupted = 130

// onInterrupt removes the temp files of the output folder and ends the
// program when Ctrl-C or SIGTERM comes, until the returned stop is called:
// the files being written are left as they were, and no half-written
// temp file stays behind.
func onInterrupt(claim *site.Claim) (stop func()) {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case <-sigs:
			site.Interrupt()
			fmt.Fprintf(os.Stderr, "\ntimeline: interrupted; the files in %s are as they were before this run, or written whole\n", claim.Dir)
			os.Exit(exitInterrupted)
		case <-done:
		}
	}()
	return func() {
		signal.Stop(sigs)
		close(done)
	}
}

// outsideCorpus refuses an output folder that the walk of the corpus would
// read: the corpus itself, or a folder inside it that is not hidden.
func outsideCorpus(corpusDir, out string) error {
	if corpusDir == "" {
		return nil
	}
	abs := func(p string) string {
		a, err := filepath.Abs(p)
		if err != nil {
			return p
		}
		if r, err := filepath.EvalSymlinks(a); err == nil {
			return r
		}
		return a
	}
	rel, err := filepath.Rel(abs(corpusDir), abs(out))
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return nil
	}
	for _, part := range strings.Split(rel, string(filepath.Separator)) {
		if strings.HasPrefix(part, ".") && part != "." {
			return nil // hidden: the walk skips it
		}
	}
	return fmt.Errorf("--out %s is inside the corpus %s, whose pages would be read as articles: give a folder outside it (or a hidden one, like %s)",
		out, corpusDir, filepath.Join(corpusDir, ".site"))
}
