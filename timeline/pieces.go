package timeline

import "io"

// A Splitter writes a list of events as pieces (see render/splice): a
// renderer cuts each list it writes with Split and hands each piece to
// Piece, which writes it into the file, calling write (which renders the
// piece) unless it has the piece's bytes already. Everything else of the
// file (heads, separators) the renderer writes to the writer the Splitter
// writes its pieces to, never through a buffer of its own, so the pieces
// stay where they were written.
type Splitter interface {
	Split(es []*Event) [][]*Event
	Piece(es []*Event, write func(io.Writer) error) error
}

// Whole is the Splitter that writes each list to w as one piece, rendered.
func Whole(w io.Writer) Splitter { return whole{w} }

type whole struct{ w io.Writer }

func (whole) Split(es []*Event) [][]*Event { return [][]*Event{es} }

func (s whole) Piece(_ []*Event, write func(io.Writer) error) error { return write(s.w) }

// ByMonth cuts a sorted list of events into runs with the same month of
// start (dated events without a year by month too, a year's events without
// a month as a run, undated events as one run). A change to one event changes the run of its month only: the unit a
// Splitter can copy from one build to the next.
func ByMonth(es []*Event) [][]*Event {
	var out [][]*Event
	for i := 0; i < len(es); {
		j := i + 1
		for j < len(es) && sameMonth(es[i], es[j]) {
			j++
		}
		out = append(out, es[i:j])
		i = j
	}
	return out
}

func sameMonth(a, b *Event) bool {
	if a.Dated != b.Dated {
		return false
	}
	return !a.Dated || a.Date.Start.Year == b.Date.Start.Year && a.Date.Start.Month == b.Date.Start.Month
}

// Runs gives a timeline's dated events in order, a run at a time, to
// yield: the events of one month of start are always in one run, so a
// Splitter cuts each run as it would cut them all (see ByMonth). It stops
// at the first error, of yield or of reading a run, and returns it.
type Runs func(yield func([]*Event) error) error

// Slice is the Runs of the events of one slice: one run, none when empty.
func Slice(es []*Event) Runs {
	return func(yield func([]*Event) error) error {
		if len(es) == 0 {
			return nil
		}
		return yield(es)
	}
}
