package parse_test

import (
	"fmt"
	"time"

	"github.com/ca-diplomacy/timeline/corpus"
	"github.com/ca-diplomacy/timeline/parse"
)

// Article returns every mention; "arrived in" and "state visit" are two
// mentions of one visit, which timeline.Build merges.
func ExampleArticle() {
	a := corpus.Article{ID: "kz-uz", Published: time.Date(2024, 8, 10, 0, 0, 0, 0, time.UTC),
		Text: "On 8 August, President Shavkat Mirziyoyev arrived in Astana on a state visit. The presidents signed a treaty on the same day."}
	for _, m := range parse.Article(a) {
		fmt.Println(m.Type, m.Date.Start.Format(m.Date.Precision), m.Status, m.Place.City, m.Codes)
	}
	// Output:
	// visit 2024-08-08 held Astana [UZ KZ]
	// state_visit 2024-08-08 held Astana [UZ KZ]
	// signing 2024-08-08 held Astana [UZ KZ]
}
