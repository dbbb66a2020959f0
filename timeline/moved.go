package timeline

import (
	"slices"

	"github.com/ca-diplomacy/timeline/parse"
	"github.com/ca-diplomacy/timeline/parse/dates"
)

// joinMoved merges into a plan put off to a new date (an event with Was)
// the plans of its family told elsewhere for a date it was moved from,
// with the same sides: "the summit of 20 March" told in February and "the
// summit, set for 20 March, is postponed to 15 May" told in March are one
// summit, on its new date, its old one kept in Was. es are the events of
// one family (see merge).
func joinMoved(es []*Event) []*Event {
	gone := map[*Event]bool{}
	for _, e := range es {
		if len(e.Was) == 0 || gone[e] {
			continue
		}
		for _, o := range es {
			if o == e || gone[o] || !o.Dated || len(o.Was) > 0 || o.heldAny() || !slices.ContainsFunc(e.Was, func(w dates.Value) bool { return w.YearKnown() && overlaps(w, o.Date) }) {
				continue
			}
			if overlap(e.Codes, o.Codes) < min(2, len(o.Codes), len(e.Codes)) || e.Place.Country != "" && o.Place.Country != "" && e.Place.Country != o.Place.Country {
				continue
			}
			absorb(e, o)
			gone[o] = true
		}
	}
	if len(gone) == 0 {
		return es
	}
	return slices.DeleteFunc(es, func(e *Event) bool { return gone[e] })
}

// heldAny reports whether a mention of the event tells it as held.
func (e *Event) heldAny() bool {
	return slices.ContainsFunc(e.mentions, func(m *parse.Mention) bool { return m.Status == parse.Held })
}

// putOff is the event's note: "cancelled" when a telling of a plan calls
// it off, "postponed" when one puts it off; none for an event held.
func (e *Event) putOff() string {
	if e.Status == parse.Held {
		return ""
	}
	note := ""
	for _, m := range e.mentions {
		if m.Note == "cancelled" || m.Note == "postponed" && note == "" {
			note = m.Note
		}
	}
	return note
}
