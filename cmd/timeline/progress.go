package main

import (
	"os"

	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"
)

// progressBar returns a progress callback drawing a bar of files read on
// stderr; it is used only when stderr is a terminal (mpb draws nothing into
// pipes, but the caller does not even ask then).
func progressBar() func(done, total int, _ int64) {
	var p *mpb.Progress
	var bar *mpb.Bar
	return func(done, total int, _ int64) {
		if bar == nil {
			p = mpb.New(mpb.WithOutput(os.Stderr), mpb.WithWidth(40))
			bar = p.AddBar(int64(total),
				mpb.PrependDecorators(decor.Name("reading "), decor.CountersNoUnit("%d/%d files")),
				mpb.AppendDecorators(decor.Percentage(), decor.Name(" "), decor.Elapsed(decor.ET_STYLE_GO)))
		}
		bar.SetCurrent(int64(done))
		if done == total {
			p.Wait()
		}
	}
}
