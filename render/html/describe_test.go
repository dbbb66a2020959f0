package html

import (
	"strings"
	"testing"

	"github.com/ca-diplomacy/timeline/corpus"
	"github.com/ca-diplomacy/timeline/corpus/sample"
	"github.com/ca-diplomacy/timeline/parse"
	"github.com/ca-diplomacy/timeline/timeline"
)

func sampleTimeline(t *testing.T) *timeline.Timeline {
	arts, errs := corpus.Load(sample.FS, corpus.Options{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	var ms []parse.Mention
	for _, a := range arts {
		ms = append(ms, parse.Article(a)...)
	}
	return timeline.Build(ms)
}

// Every event type has a colour of its own.
func TestOneColourPerType(t *testing.T) {
	seen := map[string]string{}
	for typ := range timeline.CAMEO {
		l := timeline.Label(typ)
		c, ok := typeColors[l]
		if !ok {
			t.Errorf("type %s (%s) has no colour", typ, l)
			continue
		}
		if other, dup := seen[c]; dup {
			t.Errorf("%s and %s share the colour %s", l, other, c)
		}
		seen[c] = l
	}
}

// The time chart's first view leaves out lone events years away from the
// others, and only those.
func TestAxisSpan(t *testing.T) {
	for _, c := range []struct {
		name        string
		perYear     map[int]int
		first, last int
		left        int
		ok          bool
	}{
		{"one event in 2000 beside hundreds from 2017", map[int]int{2000: 1, 2017: 80, 2018: 120, 2019: 90, 2025: 40}, 2017, 2025, 1, true},
		{"one far ahead too", map[int]int{1995: 1, 2017: 80, 2018: 120, 2019: 90, 2040: 1}, 2017, 2019, 2, true},
		{"years close together", map[int]int{2015: 1, 2017: 80, 2018: 120}, 0, 0, 0, false},
		{"a far year with many events is no outlier", map[int]int{2000: 40, 2017: 80, 2018: 120}, 0, 0, 0, false},
		{"few events", map[int]int{2000: 1, 2020: 1}, 0, 0, 0, false},
	} {
		first, last, left, ok := axisSpan(c.perYear)
		if first != c.first || last != c.last || left != c.left || ok != c.ok {
			t.Errorf("%s: %d–%d leaving %d (%v), want %d–%d leaving %d (%v)", c.name, first, last, left, ok, c.first, c.last, c.left, c.ok)
		}
	}
}

// Each chart says in words what it shows, and the page names the
// countries of its filter.
func TestChartsDescribed(t *testing.T) {
	page := render(t, sampleTimeline(t), Options{})
	for _, want := range []string{
		`id="timechart" class="item echart" role="img" aria-label="Time chart of 10 events with a known year, from 2024 to 2025, by type:`,
		`id="heatmap" class="item echart" role="img" aria-label="Calendar of events per day, one per year from 2024 to 2025; the busiest day,`,
		`id="map" class="item echart" role="img" aria-label="Map of `,
		`id="graph" class="item echart" role="img" aria-label="Who meets whom: `,
		`"UZ":"Uzbekistan"`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
}
