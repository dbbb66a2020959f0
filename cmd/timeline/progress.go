package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"golang.org/x/term"
)

// progress is one line on a terminal telling what a run is doing: the
// phase, how far it is, and the time since the run began. It draws
// nothing when stderr is not a terminal (a pipe, a log file).
type progress struct {
	w     io.Writer // nil: silent
	mu    sync.Mutex
	start time.Time
	drawn time.Time // when the line was last drawn
	phase string
}

// newProgress is the progress line of a run, on stderr when it is a
// terminal.
func newProgress() *progress {
	p := &progress{start: time.Now()}
	if term.IsTerminal(int(os.Stderr.Fd())) {
		p.w = os.Stderr
	}
	return p
}

// set draws the phase with done of total items (total 0: a count alone),
// at most ten times a second but at once for a new phase.
func (p *progress) set(phase string, done, total int, items string) {
	if p == nil || p.w == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	now := time.Now()
	if phase == p.phase && now.Sub(p.drawn) < 100*time.Millisecond && (total == 0 || done < total) {
		return
	}
	p.phase, p.drawn = phase, now
	count := fmt.Sprintf("%d %s", done, items)
	if total > 0 {
		count = fmt.Sprintf("%d/%d %s (%d%%)", done, total, items, done*100/total)
	}
	fmt.Fprintf(p.w, "\r\033[K%s: %s, %.1f s", phase, count, now.Sub(p.start).Seconds())
}

// reading is the callback of the corpus reader.
func (p *progress) reading(done, total int, _ int64) { p.set("reading", done, total, "files") }

// end clears the line, for what the run prints last.
func (p *progress) end() {
	if p == nil || p.w == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	fmt.Fprint(p.w, "\r\033[K")
	p.phase = ""
}
