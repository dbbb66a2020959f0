package timeline

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/ca-diplomacy/timeline/parse/dates"
)

// shards splits dated events, in the order they are merged in, into the
// runs of months buildFiles merges each on its own, in date order, each
// keeping the events' order.
func shards(es []*Event) [][]*Event {
	spans := make([]span, len(es))
	for i, e := range es {
		spans[i] = eventSpan(e)
	}
	runs := chain(spans)
	out := make([][]*Event, len(runs))
	for i, e := range es {
		r := runOf(runs, spans[i])
		out[r] = append(out[r], e)
	}
	return out
}

// wholeMerge is what merge did before shards: each family's events of
// every date merged in one mergeAcross (merge given all events as one part).
func wholeMerge(es []*Event) []*Event { return merge([][]*Event{es}) }

// stretch gives one dated event in n a range of up to 90 days, so that
// shards chain months together.
func stretch(r *rand.Rand, es []*Event, n int) []*Event {
	for _, e := range es {
		if e.Dated && e.Date.Precision == dates.Day && e.Date.Start.Year != 0 && r.IntN(n) == 0 {
			e.Date.End = e.Date.Start.AddDays(r.IntN(90))
			e.mentions[0].Date = e.Date
		}
	}
	return es
}

// datedOf keeps the dated events, the ones shards takes.
func datedOf(es []*Event) []*Event {
	return slices.DeleteFunc(es, func(e *Event) bool { return !e.Dated })
}

// sorted describes events one a line, the lines sorted: merging shard by
// shard changes the order events come out in, which sortEvents settles.
func sorted(es []*Event) string {
	lines := strings.Split(describe(es), "\n")
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}

// TestShardsMergeAsOne: merging each shard on its own gives the events
// merging all at once gives, on random events of a few years with long
// ranges, months, years and dates without a year.
func TestShardsMergeAsOne(t *testing.T) {
	for seed := range uint64(20) {
		for _, c := range []struct {
			shape
			stretch int
		}{{shape{2000, 5, 1500, 0}, 50}, {shape{3000, 14, 3000, 20}, 200}, {shape{500, 3, 60, 0}, 5}} {
			events := func() []*Event {
				r := rand.New(rand.NewPCG(seed, 2))
				return stretch(r, randomEvents(r, c.shape), c.stretch)
			}
			dated := datedOf(events())
			parts := shards(dated)
			if c.n >= 2000 && len(parts) < 2 {
				t.Fatalf("seed %d %+v: one shard, the test says nothing", seed, c)
			}
			if n := len(slices.Concat(parts...)); n != len(dated) {
				t.Fatalf("seed %d %+v: shards hold %d of %d events", seed, c, n, len(dated))
			}
			got := sorted(merge(parts))
			want := sorted(wholeMerge(datedOf(events())))
			if got != want {
				t.Fatalf("seed %d %+v: %d shards and one merge differ\n%s", seed, c, len(parts), firstDiff(got, want))
			}
			if strings.Count(got, "\n")+1 == len(dated) {
				t.Fatalf("seed %d %+v: nothing merged, the test says nothing", seed, c)
			}
		}
	}
}

// TestShardsInDateOrder: shards come in date order, each event in the
// shard of its months, and no two shards share a month.
func TestShardsInDateOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	parts := shards(datedOf(stretch(r, randomEvents(r, shape{3000, 14, 3000, 0}), 100)))
	last := int32(-1)
	for i, p := range parts {
		lo, hi := int32(1<<30), int32(-1)
		for _, e := range p {
			a, b := monthSpan(e.Date)
			lo, hi = min(lo, a), max(hi, b)
		}
		if lo <= last {
			t.Fatalf("shard %d starts at month %d, not after the last one's end %d", i, lo, last)
		}
		last = hi
	}
}

// BenchmarkMerge merges 100,000 events of ten years shard by shard on all
// cores, against one merge of each family on all cores (the baseline, as
// merging was before shards, measured in the same run).
func BenchmarkMerge(b *testing.B) {
	events := func() []*Event {
		r := rand.New(rand.NewPCG(1, 1))
		return datedOf(stretch(r, randomEvents(r, shape{100000, 14, 3650, 20}), 200))
	}
	for _, c := range []struct {
		name  string
		merge func([]*Event) []*Event
	}{
		{"families", wholeMerge},
		{"shards", func(es []*Event) []*Event { return merge(shards(es)) }},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				es := events()
				b.StartTimer()
				c.merge(es)
			}
		})
	}
}
