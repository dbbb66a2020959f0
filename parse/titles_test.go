package parse_test

import (
	"slices"
	"testing"

	"github.com/ca-diplomacy/timeline/corpus"
	"github.com/ca-diplomacy/timeline/parse"
	"github.com/ca-diplomacy/timeline/timeline"
)

// TestTitles reads each case of the languages' testdata/*.titles and compares the titles
// of its events with those expected, in any order.
func TestTitles(t *testing.T) {
	for _, c := range readCases(t, "lang/*/testdata/*.titles") {
		t.Run(c.title, func(t *testing.T) {
			tl := timeline.Build(parse.Article(corpus.Article{ID: "case", Text: c.text, Published: c.published}))
			var got []string
			for _, e := range append(tl.Events, tl.Undated...) {
				got = append(got, e.Title)
			}
			slices.Sort(got)
			want := slices.Sorted(slices.Values(c.want))
			if !slices.Equal(got, want) {
				t.Errorf("%s:%d:\n got %q\nwant %q", c.file, c.line, got, want)
			}
		})
	}
}
