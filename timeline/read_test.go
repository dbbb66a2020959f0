package timeline_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ca-diplomacy/timeline/corpus"
	"github.com/ca-diplomacy/timeline/timeline"
)

// summary is an event without what depends on the container format (ids,
// article ids, URLs are kept: they come from the metadata).
func summary(tl *timeline.Timeline) []string {
	var out []string
	for _, e := range append(append([]*timeline.Event{}, tl.Events...), tl.Undated...) {
		var quotes []string
		for _, s := range e.Sources {
			quotes = append(quotes, s.Language+"|"+s.URL+"|"+s.Quote)
		}
		d := "undated"
		if e.Dated {
			d = e.Date.Start.Format(e.Date.Precision) + ".." + e.Date.End.Format(e.Date.Precision)
		}
		out = append(out, fmt.Sprintf("%s %s %s %s/%s %v %q", e.Type, d, e.Status, e.City(), e.Place.Country, e.Codes, quotes))
	}
	slices.Sort(out)
	return out
}

// The same articles as text with meta files, as saved web pages, as one
// JSONL file and as RSS feeds give the same events.
func TestFormatsAgree(t *testing.T) {
	var want []string
	for _, format := range []string{"txt", "html", "jsonl", "rss"} {
		tl, errs := timeline.Read(os.DirFS(filepath.Join("testdata", "formats", format)), corpus.Options{})
		if len(errs) > 0 {
			t.Fatalf("%s: %v", format, errs)
		}
		got := summary(tl)
		if len(got) < 4 {
			t.Fatalf("%s: only %d events: %q", format, len(got), got)
		}
		if want == nil {
			want = got
			continue
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s gives other events than txt:\n got %s\nwant %s", format, strings.Join(got, "\n     "), strings.Join(want, "\n     "))
		}
	}
}
