package timeline_test

import (
	"fmt"

	"github.com/ca-diplomacy/timeline/parse"
	"github.com/ca-diplomacy/timeline/parse/dates"
	"github.com/ca-diplomacy/timeline/timeline"
)

func ExampleBuild() {
	tashkent := parse.Place{City: "Tashkent", Country: "UZ"}
	tl := timeline.Build([]parse.Mention{
		{Article: "en-1", Type: "summit", Status: parse.Held, Date: dates.DayValue(2025, 11, 16), Dated: true, Place: tashkent, Codes: []string{"KZ", "UZ"}, Quote: "The summit was held in Tashkent on 16 November."},
		{Article: "ru-7", Type: "summit", Status: parse.Held, Date: dates.MonthValue(2025, 11), Dated: true, Place: tashkent, Codes: []string{"UZ"}, Quote: "В ноябре в Ташкенте прошёл саммит."},
	})
	e := tl.Events[0]
	fmt.Println(len(tl.Events), e.Title, e.Date.Start.Format(e.Date.Precision), len(e.Sources), e.Disagreement)
	// Output:
	// 1 Kazakhstan – Uzbekistan summit in Tashkent 2025-11-16 2 [date: 2025-11-16 or 2025-11]
}
