package timeline

import (
	"slices"
	"sort"

	"github.com/ca-diplomacy/timeline/parse/dates"
)

// shards splits dated events, in the order they are merged in, into parts
// that mergeAcross may merge each on its own: an event only joins events
// kept in the buckets of its own months (see lookKeys and homeKeys), and an
// event that absorbs another takes one of the two dates, so events whose
// months (monthSpan) never chain together never merge. A shard is a run of
// months chained by the events' spans; the shards come in date order and
// each keeps the events' order.
func shards(es []*Event) [][]*Event {
	type span struct{ lo, hi int32 }
	spans := make([]span, len(es))
	for i, e := range es {
		spans[i].lo, spans[i].hi = monthSpan(e.Date)
	}
	runs := slices.Clone(spans)
	slices.SortFunc(runs, func(a, b span) int { return int(a.lo - b.lo) })
	k := 0
	for _, s := range runs {
		if k > 0 && s.lo <= runs[k-1].hi {
			runs[k-1].hi = max(runs[k-1].hi, s.hi)
			continue
		}
		runs[k] = s
		k++
	}
	runs = runs[:k]
	out := make([][]*Event, len(runs))
	for i, e := range es {
		r := sort.Search(len(runs), func(j int) bool { return runs[j].hi >= spans[i].lo })
		out[r] = append(out[r], e)
	}
	return out
}

// monthSpan numbers the first and last months whose buckets hold a date or
// are looked in for it: a year's buckets are its own, numbered as its
// January; dates without a year are numbered as months of year 0.
func monthSpan(v dates.Value) (lo, hi int32) {
	lo = int32(v.Start.Year) * 12
	if v.Precision == dates.Year {
		return lo, lo
	}
	lo += int32(v.Start.Month) - 1
	hi = int32(v.End.Year)*12 + int32(v.End.Month) - 1
	return lo, max(lo, hi)
}
