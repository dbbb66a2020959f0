package ics

import (
	"bufio"
	"os"
	"slices"
	"sync"
)

// spill keeps the VEVENTs PrepareRevised makes in an unlinked temporary
// file (in os.TempDir: $TMPDIR) instead of the heap: a whole build makes
// every event's VEVENT (24 MB of a 10 MB corpus's) and each is written
// into as many feeds as hold its event, so they are read back from the
// file (the page cache) each time instead of being held all the while.
type spill struct {
	mu  sync.Mutex // guards w and off while texts are put
	f   *os.File
	w   *bufio.Writer
	off int64
	err error
}

// place is where a text lies in the spill; n == 0: not there.
type place struct {
	off int64
	n   int
}

// newSpill opens a spill, or returns nil when no temporary file can be
// made (the texts then stay in memory).
func newSpill() *spill {
	f, err := os.CreateTemp("", "timeline-vevents-*")
	if err != nil {
		return nil
	}
	os.Remove(f.Name()) // gone with the last descriptor, whatever happens
	return &spill{f: f, w: bufio.NewWriterSize(f, 1<<20)}
}

// put appends b, reporting where, or false when it cannot.
func (s *spill) put(b []byte) (place, bool) {
	if s == nil || len(b) == 0 {
		return place{}, false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.err != nil {
		return place{}, false
	}
	if _, s.err = s.w.Write(b); s.err != nil {
		return place{}, false
	}
	p := place{s.off, len(b)}
	s.off += int64(len(b))
	return p, true
}

// done ends the putting: what was put can be read from now on.
func (s *spill) done() {
	if s == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.err == nil {
		s.err = s.w.Flush()
	}
	s.w = nil
}

// get reads the text at p into buf (grown when it is too small); nil when
// it cannot.
func (s *spill) get(p place, buf []byte) []byte {
	b := slices.Grow(buf[:0], p.n)[:p.n]
	if _, err := s.f.ReadAt(b, p.off); err != nil {
		return nil
	}
	return b
}

func (s *spill) close() error {
	if s == nil {
		return nil
	}
	return s.f.Close()
}
