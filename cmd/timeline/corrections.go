package main

import (
	"fmt"
	"os"

	"github.com/ca-diplomacy/timeline/timeline/corrections"
	"github.com/urfave/cli/v2"
)

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
