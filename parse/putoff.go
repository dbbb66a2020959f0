package parse

import (
	"slices"

	"github.com/ca-diplomacy/timeline/parse/text"
)

// A plan put off or called off: the note it takes ("postponed",
// "cancelled") from the clauses that tell of its event word and, when it
// is moved, its new date and the date it was moved from.

// noteOf is "cancelled" or "postponed" when the clauses that tell of event
// word i say so, else "".
func noteOf(lex *lexicon, sr *reading, i int) string {
	for _, c := range toldOf(lex, sr.st, sr.cls, sr.found, i) {
		part := sr.st[c.Start:c.End]
		switch {
		case lex.Cancelled != nil && lex.Cancelled.MatchString(part):
			return "cancelled"
		case lex.Postponed != nil && lex.Postponed.MatchString(part):
			return "postponed"
		}
	}
	return ""
}

// toldOf are the clauses that tell of event word i: its own; when it is
// the last event word of its clause, the relative clause right after it
// ("the summit, which was postponed, …") and the clause its own goes on
// with after that one ("the summit, which was set for May, was
// postponed").
func toldOf(lex *lexicon, st string, cls []text.Span, trs []trigger, i int) []text.Span {
	ci := clauseOf(cls, trs[i].start)
	out := []text.Span{cls[ci]}
	last := !slices.ContainsFunc(trs[i+1:], func(tr trigger) bool { return tr.start < cls[ci].End })
	if last && ci+1 < len(cls) && relative(lex, st, cls[ci+1]) {
		out = append(out, cls[ci+1])
		if ci+2 < len(cls) && !slices.ContainsFunc(trs, func(tr trigger) bool { return tr.start >= cls[ci+2].Start && tr.start < cls[ci+2].End }) {
			out = append(out, cls[ci+2])
		}
	}
	return out
}

// movedTo finds the new date of a plan put off (see lang.Language.Moved) among
// the dates of the sentence no other event word took: the item of event
// word i on that date, and the indices of the dates it was moved from: its
// items' other dates and the sentence's dates no other event word took. ok
// is false when no such date is told as new.
func movedTo(lex *lexicon, st string, ds []text.Span, its []item, at []attachment, i int) (moved item, from []int, ok bool) {
	if lex.Moved == nil {
		return item{}, nil, false
	}
	isNew := func(j int) bool {
		if lex.HeadFinal {
			return lex.Moved.MatchString(st[ds[j].End:min(len(st), ds[j].End+40)])
		}
		return lex.Moved.MatchString(st[max(0, ds[j].Start-40):ds[j].Start])
	}
	other := func(j int) bool { // another event word's date
		for k, a := range at {
			if k != i && a.at == j {
				return true
			}
		}
		return false
	}
	moved = its[0]
	moved.date = -1
	for j := range ds {
		if moved.date < 0 && isNew(j) && !other(j) {
			moved.date = j
		}
	}
	if moved.date < 0 {
		return item{}, nil, false
	}
	for j := range ds {
		listed := slices.ContainsFunc(its, func(it item) bool { return it.date == j })
		if j != moved.date && (listed || !other(j)) {
			from = append(from, j)
		}
	}
	return moved, from, true
}
