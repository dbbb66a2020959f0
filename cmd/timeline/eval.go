package main

import (
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/ca-diplomacy/timeline/render/jsondoc"
	"github.com/ca-diplomacy/timeline/timeline/score"
	"github.com/urfave/cli/v2"
)

// evalCmd scores the timeline of the corpus against gold files (timeline
// eval), printing the lines of the reference scorer.
func evalCmd(c *cli.Context) error {
	golds, err := score.ReadGold(os.DirFS(c.String("gold")), ".")
	if err != nil {
		return fmt.Errorf("gold: %w", err)
	}
	tl, lerr := load(c)
	if tl == nil {
		return lerr
	}
	b, err := jsondoc.Marshal(tl, time.Now())
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
