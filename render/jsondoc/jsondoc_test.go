package jsondoc_test

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/ca-diplomacy/timeline/parse"
	"github.com/ca-diplomacy/timeline/parse/dates"
	"github.com/ca-diplomacy/timeline/render/jsondoc"
	"github.com/ca-diplomacy/timeline/timeline"
)

var now = time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)

func mention(article, typ string, v dates.Value, city, country, quote string) parse.Mention {
	return parse.Mention{Article: article, Type: typ, Status: parse.Held, Date: v, Dated: v != dates.Value{},
		Place: parse.Place{City: city, Country: country}, Codes: []string{"KZ", "UZ"}, Quote: quote}
}

// The document is what json.MarshalIndent makes of timeline.File: with no
// event, and with dated and undated ones whose text needs escaping.
func TestIsMarshalIndent(t *testing.T) {
	for _, tl := range []*timeline.Timeline{
		timeline.Build(nil),
		timeline.Build([]parse.Mention{
			mention("a", "summit", dates.DayValue(2025, 11, 16), "Tashkent", "UZ", "Summit: \"C5\" <b>&</b> Toshkent\tshahrida\u2028 end\\"),
			mention("b", "talks", dates.Value{}, "Astana", "KZ", "talks"),
			mention("c", "forum", dates.MonthValue(2023, 5), "Astana", "KZ", "a forum")}),
	} {
		want, err := json.MarshalIndent(tl.File(now), "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		got, err := jsondoc.Marshal(tl, now)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want)+"\n" {
			t.Errorf("Marshal:\n%s\nMarshalIndent:\n%s", got, want)
		}
	}
}

// The document of a stream of many runs is that of the timeline whole.
func TestRunsAreWhole(t *testing.T) {
	var ms []parse.Mention
	for i := 1; i <= 6; i++ {
		ms = append(ms, mention(fmt.Sprint(i), "talks", dates.DayValue(2024, i, 3), "Tashkent", "UZ", "talks"))
	}
	tl := timeline.Build(ms)
	st := &timeline.Stream{Undated: tl.Undated, Runs: func(yield func([]*timeline.Event) error) error {
		for _, e := range tl.Events {
			if err := yield([]*timeline.Event{e}); err != nil {
				return err
			}
		}
		return nil
	}}
	want, _ := jsondoc.Marshal(tl, now)
	var got []byte
	w := &buffer{&got}
	if err := jsondoc.Write(w, st, now); err != nil || string(got) != string(want) {
		t.Errorf("by runs (%v):\n%s\nwhole:\n%s", err, got, want)
	}
}

type buffer struct{ b *[]byte }

func (w *buffer) Write(p []byte) (int, error) { *w.b = append(*w.b, p...); return len(p), nil }

func Example() {
	tl := timeline.Build([]parse.Mention{mention("a", "talks", dates.DayValue(2025, 3, 12), "Tashkent", "UZ", "Talks were held.")})
	jsondoc.Write(os.Stdout, tl.Stream(), now)
	// Output:
	// {
	//   "version": 2,
	//   "generated": "2026-11-22T10:00:00Z",
	//   "events": [
	//     {
	//       "id": "3080cb34d9dc",
	//       "type": "talks",
	//       "cameo": "046",
	//       "title": "Kazakhstan – Uzbekistan talks in Tashkent",
	//       "status": "held",
	//       "start": "2025-03-12",
	//       "end": "2025-03-12",
	//       "precision": "day",
	//       "place": {
	//         "name": "Tashkent",
	//         "city": "Tashkent",
	//         "country": "UZ",
	//         "online": false
	//       },
	//       "participants": [
	//         {
	//           "kind": "country",
	//           "name": "Kazakhstan",
	//           "code": "KZ"
	//         },
	//         {
	//           "kind": "country",
	//           "name": "Uzbekistan",
	//           "code": "UZ"
	//         }
	//       ],
	//       "sources": [
	//         {
	//           "article": "a",
	//           "quote": "Talks were held.",
	//           "offset": 0
	//         }
	//       ]
	//     }
	//   ],
	//   "undated": []
	// }
}
