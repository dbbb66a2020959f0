package corrections

import (
	"fmt"
	"slices"
	"strings"

	"github.com/ca-diplomacy/timeline/parse"
	"github.com/ca-diplomacy/timeline/timeline"
)

// A Stale entry names an event that is not in the timeline: its articles
// changed, and with them its id. Nearest is the current event nearest what
// the entry says of it (nil when none is near).
type Stale struct {
	File    string
	Entry   Entry
	ID      string
	Nearest *timeline.Event
}

func (s Stale) Error() string {
	msg := fmt.Sprintf("%s:%d: %s: no event %s now (its articles changed?)", s.File, s.Entry.Line, s.Entry.Kind, s.ID)
	if n := s.Nearest; n != nil {
		msg += fmt.Sprintf("; the nearest is %s %q (%s)", n.ID, n.Title, dayOf(n))
	}
	return msg + "; the entry is left out"
}

// A Problem is an entry that applies to no event as it is: a split that
// leaves an event without sources.
type Problem struct {
	File  string
	Entry Entry
	Why   string
}

func (p Problem) Error() string {
	return fmt.Sprintf("%s:%d: %s: %s; the entry is left out", p.File, p.Entry.Line, p.Entry.Kind, p.Why)
}

// Apply is the stream st with the corrections of f applied: the events an
// entry names are found in one pass over st; the stream given back gives
// them changed, merged, split or hidden, and the added events, each in its
// place by date. The errors are the entries that apply to no event (Stale,
// Problem); the others apply.
func (f *File) Apply(st *timeline.Stream) (*timeline.Stream, []error) {
	if f == nil || len(f.Entries) == 0 {
		return st, nil
	}
	named := map[string]*timeline.Event{} // the events the entries name, as found
	var all []summary                     // every event, to find the nearest of a stale one
	look := func(es []*timeline.Event) {
		for _, e := range es {
			all = append(all, summarise(e))
			if f.names(e.ID) {
				named[e.ID] = e.Clone()
			}
		}
	}
	err := st.Runs(func(es []*timeline.Event) error { look(es); return nil })
	look(st.Undated)
	if err != nil {
		return st, []error{err}
	}
	c := &changes{replaced: map[string]*timeline.Event{}, gone: map[string]bool{}}
	var errs []error
	for _, e := range f.Entries {
		if err := c.apply(f.Name, e, named, all); err != nil {
			errs = append(errs, err)
		}
	}
	return c.stream(st), errs
}

// names reports whether an entry names the event of id.
func (f *File) names(id string) bool {
	for _, e := range f.Entries {
		if slices.Contains(e.IDs, id) {
			return true
		}
	}
	return false
}

// changes are what the entries make of the timeline's events.
type changes struct {
	replaced map[string]*timeline.Event // by id: the event as corrected
	gone     map[string]bool            // hidden, or merged into another
	added    []*timeline.Event          // split off or added
}

// apply applies entry e to the events named (as corrected by the entries
// before it).
func (c *changes) apply(file string, e Entry, named map[string]*timeline.Event, all []summary) error {
	var evs []*timeline.Event
	for _, id := range e.IDs {
		ev := c.replaced[id]
		if ev == nil {
			ev = named[id]
		}
		if ev == nil || c.gone[id] {
			return Stale{File: file, Entry: e, ID: id, Nearest: nearest(e, all)}
		}
		evs = append(evs, ev)
	}
	switch e.Kind {
	case "hide":
		c.gone[e.IDs[0]] = true
		return nil
	case "add":
		ev := &timeline.Event{Status: "held"}
		apply(ev, e.Add)
		if e.Add.URL != "" {
			ev.Sources = []timeline.Source{{Article: "corrections", URL: e.Add.URL, Quote: e.Note}}
		}
		ev.Identify("added|" + ev.Title)
		mark(ev, e.Note)
		c.added = append(c.added, ev)
		return nil
	case "split":
		ev := evs[0]
		part := ev.Clone()
		keep := func(s timeline.Source) bool { return slices.Contains(e.Split.Sources, s.Article) }
		part.Sources = slices.DeleteFunc(part.Sources, func(s timeline.Source) bool { return !keep(s) })
		rest := slices.DeleteFunc(slices.Clone(ev.Sources), keep)
		if len(part.Sources) == 0 || len(rest) == 0 {
			return Problem{File: file, Entry: e, Why: fmt.Sprintf("the sources %s are not some of the event's, leaving the rest", strings.Join(e.Split.Sources, ", "))}
		}
		ev.Sources = rest
		apply(part, e.Split.Set)
		part.Identify("split|" + ev.ID + "|" + strings.Join(e.Split.Sources, ","))
		mark(part, e.Note)
		c.added = append(c.added, part)
	case "merge":
		into := evs[0]
		for i, o := range evs[1:] {
			into.Sources = append(into.Sources, o.Sources...)
			for _, code := range o.Codes {
				if !slices.Contains(into.Codes, code) {
					into.Codes = append(into.Codes, code)
				}
			}
			into.Groups = union(into.Groups, o.Groups)
			for _, p := range o.People {
				if !slices.ContainsFunc(into.People, func(q parse.Participant) bool { return q.Name == p.Name }) {
					into.People = append(into.People, p)
				}
			}
			c.gone[e.IDs[i+1]] = true
		}
		slices.Sort(into.Codes)
	}
	ev := evs[0]
	apply(ev, e.Set)
	mark(ev, e.Note)
	c.replaced[ev.ID] = ev
	return nil
}

// mark marks an event corrected, with the editor's note.
func mark(e *timeline.Event, note string) {
	e.Corrected = true
	if note != "" && !strings.Contains(e.EditorNote, note) {
		e.EditorNote = strings.TrimPrefix(e.EditorNote+"; "+note, "; ")
	}
}

func union(a, b []string) []string {
	for _, s := range b {
		if !slices.Contains(a, s) {
			a = append(a, s)
		}
	}
	return a
}

// stream is st as the changes make it: each run without the events hidden,
// merged away or corrected, and with the corrected and added events that
// sort before its last one; the rest after the last run. Corrected and
// added events without a date go with the undated.
func (c *changes) stream(st *timeline.Stream) *timeline.Stream {
	var dated, undated []*timeline.Event
	for _, e := range c.replaced {
		if !c.gone[e.ID] {
			dated = append(dated, e)
		}
	}
	dated = append(dated, c.added...)
	dated = slices.DeleteFunc(dated, func(e *timeline.Event) bool {
		if !e.Dated {
			undated = append(undated, e)
		}
		return !e.Dated
	})
	slices.SortFunc(dated, timeline.Compare)
	drop := func(e *timeline.Event) bool { return c.gone[e.ID] || c.replaced[e.ID] != nil }
	out := &timeline.Stream{}
	for _, e := range st.Undated {
		if !drop(e) {
			out.Undated = append(out.Undated, e)
		}
	}
	out.Undated = append(out.Undated, undated...)
	slices.SortStableFunc(out.Undated, timeline.Compare)
	out.Runs = func(yield func([]*timeline.Event) error) error {
		pending := dated
		err := st.Runs(func(es []*timeline.Event) error {
			if len(es) == 0 {
				return nil
			}
			last := es[len(es)-1]
			run := slices.DeleteFunc(slices.Clone(es), drop)
			n := 0
			for n < len(pending) && timeline.Compare(pending[n], last) <= 0 {
				n++
			}
			run = append(run, pending[:n]...)
			pending = pending[n:]
			slices.SortStableFunc(run, timeline.Compare)
			if len(run) == 0 {
				return nil
			}
			return yield(run)
		})
		if err != nil || len(pending) == 0 {
			return err
		}
		return yield(pending)
	}
	return out
}

// summary is what a stale entry is matched on of an event.
type summary struct {
	ev    *timeline.Event
	day   string
	codes []string
}

func summarise(e *timeline.Event) summary {
	return summary{ev: &timeline.Event{ID: e.ID, Type: e.Type, Title: e.Title, Date: e.Date, Dated: e.Dated}, day: dayOf(e), codes: slices.Clone(e.Codes)}
}

func dayOf(e *timeline.Event) string {
	if !e.Dated {
		return "undated"
	}
	return e.Date.Start.Format(e.Date.Precision)
}

// nearest is the event nearest what a stale entry says of its event: its
// date (Date, else the date it sets), of its type's family when it gives
// one, with the most countries it sets; nil when no event has the date.
func nearest(e Entry, all []summary) *timeline.Event {
	day := e.Date
	var codes []string
	if e.Set != nil {
		if day == "" {
			day = e.Set.Start
		}
		for _, p := range e.Set.Participants {
			codes = append(codes, p.Code)
		}
	}
	if day == "" {
		return nil
	}
	var best *timeline.Event
	score := -1
	for _, s := range all {
		if !strings.HasPrefix(s.day, day) && !strings.HasPrefix(day, s.day) {
			continue
		}
		if e.Type != "" && timeline.Family(e.Type) != timeline.Family(s.ev.Type) {
			continue
		}
		n := 0
		for _, c := range codes {
			if slices.Contains(s.codes, c) {
				n++
			}
		}
		if n > score {
			best, score = s.ev, n
		}
	}
	return best
}
