package ics

import (
	"io"
	"maps"
	"time"

	"github.com/ca-diplomacy/timeline/timeline"
	"github.com/ca-diplomacy/timeline/timeline/parallel"
)

// The forms of Prepared for a whole timeline at once, which the tests
// check the one a build uses (NewPrepared, Add, Revised) against.

// Epoch stamps events whose history is unknown (a feed written without
// revisions): a fixed time, so that the feed does not change from run to run.
var Epoch = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// Revise returns the revisions of events after a run at time now: an event
// whose content is unchanged keeps its revision; a changed one gets the next
// sequence and now as its modification time; a new one starts at 0. Entries of
// events no longer present are kept, so an event that comes back continues its
// sequence.
func Revise(prev Revisions, events []*timeline.Event, now time.Time) Revisions {
	revs := make([]Revision, len(events))
	each(events, func(i int, text []byte) { revs[i] = revision(prev, events[i], text, now) })
	return revised(prev, events, revs)
}

// PrepareRevised is Revise then Prepare, building each event's VEVENT
// once. With salt, which names the program (see timeline.Event.Digest), an
// event whose digest is the one its revision holds is not rendered: it
// keeps its revision, its text made when a feed writes it. It also returns
// how many events were not rendered so. It takes prev over (see
// NewPrepared).
func PrepareRevised(prev Revisions, events []*timeline.Event, now time.Time, salt string) (*Prepared, Revisions, int) {
	p := NewPrepared(prev, now, salt)
	p.Add(events, nil)
	revs, n := p.Revised()
	return p, revs, n
}

// Prepare renders the VEVENT of every placeable event, with its revision's
// stamps (Epoch and sequence 0 for an event revs does not hold), on all cores.
func Prepare(events []*timeline.Event, revs Revisions) *Prepared {
	texts, stamps := make([][]byte, len(events)), make([]Revision, len(events))
	each(events, func(i int, text []byte) {
		rev, ok := revs[UID(events[i])]
		if !ok {
			rev = Revision{Modified: Epoch}
		}
		texts[i], stamps[i] = stamped(text, rev), rev
	})
	p := &Prepared{at: map[string]int{}, next: Revisions{}}
	for i, e := range events {
		if texts[i] != nil {
			p.add(e, texts[i])
			p.next[UID(e)] = stamps[i]
		}
	}
	return p
}

// each writes the VEVENT (without stamps) of every event a calendar can
// show and hands its text to f with the event's index, on all cores; no
// VEVENT is kept.
func each(events []*timeline.Event, f func(i int, text []byte)) {
	parallel.For(len(events), func(i int) {
		if text := render(events[i]); text != nil {
			f(i, text)
		}
	})
}

// revised is prev with the revisions of the events (zero for those no
// calendar shows) put in.
func revised(prev Revisions, events []*timeline.Event, revs []Revision) Revisions {
	next := make(Revisions, max(len(prev), len(events)))
	maps.Copy(next, prev)
	for i, e := range events {
		if revs[i].Hash != "" {
			next[UID(e)] = revs[i]
		}
	}
	return next
}

// Write writes the feed of the dated events in events. Events without a
// known year are left out (a day with no year has no place on a calendar).
func Write(w io.Writer, events []*timeline.Event, feed Feed, revs Revisions) error {
	return Prepare(events, revs).Write(w, events, feed)
}
