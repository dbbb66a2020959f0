package timeline

import (
	"slices"
	"sort"

	"github.com/ca-diplomacy/timeline/parse/dates"
)

// Events whose months (monthSpan) never chain together never merge: an
// event only joins events kept in the buckets of its own months (see
// lookKeys and homeKeys), and an event that absorbs another takes one of
// the two dates. So the merge works in runs of months chained by the
// events' spans, each merged on its own (TestShardsMergeAsOne).

// span is a run of months, numbered as monthSpan numbers them.
type span struct{ lo, hi int32 }

// chain joins spans that overlap into runs, in date order.
func chain(spans []span) []span {
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
	return runs[:k]
}

// runOf returns the run of runs (from chain) that holds s.
func runOf(runs []span, s span) int {
	return sort.Search(len(runs), func(j int) bool { return runs[j].hi >= s.lo })
}

// monthSpan numbers the first and last months whose buckets hold a date or
// are looked in for it: a year's are its twelve (a year may join a day of
// its country, see countryYears); dates without a year are numbered as months of
// year 0.
func monthSpan(v dates.Value) (lo, hi int32) {
	lo = int32(v.Start.Year) * 12
	if v.Precision == dates.Year {
		return lo, int32(max(v.Start.Year, v.End.Year))*12 + 11
	}
	lo += int32(v.Start.Month) - 1
	hi = int32(v.End.Year)*12 + int32(v.End.Month) - 1
	return lo, max(lo, hi)
}
