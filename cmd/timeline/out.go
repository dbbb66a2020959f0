package main

import (
	"fmt"
	"path/filepath"
	"strings"

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
