package en

import (
	"regexp"
	"time"

	"github.com/ca-diplomacy/timeline/parse/dates"
	"github.com/olebedev/when/rules"
	wen "github.com/olebedev/when/rules/en"
)

// dateRules are its rules for dates.Reader.
var dateRules = (&dates.Language{
	Code: "en",
	Months: map[string]int{
		"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
		"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
		"jan.": 1, "feb.": 2, "mar.": 3, "apr.": 4, "jun.": 6, "jul.": 7, "aug.": 8,
		"sep.": 9, "sept.": 9, "oct.": 10, "nov.": 11, "dec.": 12,
	},
	// "May" is a month, "may agree" is not: news text capitalises months.
	CaseSensitiveMonths: true,
	Weekdays: map[string]time.Weekday{
		"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
		"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday,
		"saturday": time.Saturday,
		// Wednesday's talks: the talks of Wednesday
		"sunday's": time.Sunday, "monday's": time.Monday, "tuesday's": time.Tuesday,
		"wednesday's": time.Wednesday, "thursday's": time.Thursday, "friday's": time.Friday,
		"saturday's": time.Saturday,
	},
	DayWords: map[string]int{
		"yesterday": -1, "today": 0, "tomorrow": 1, "this morning": 0, "this afternoon": 0,
		"this evening": 0, "tonight": 0, "earlier today": 0, "later today": 0,
		"the day after tomorrow": 2, "the day before yesterday": -2,
		"today's": 0, "yesterday's": -1, "tomorrow's": 1, "today’s": 0, "yesterday’s": -1, "tomorrow’s": 1,
	},
	Anaphora: map[string]int{
		"a day earlier": -1, "the day before": -1, "the previous day": -1, "a day before": -1,
		"the next day": 1, "the following day": 1, "a day later": 1, "the day after": 1,
		"later that day": 0, "later in the day": 0, "earlier in the day": 0,
		"earlier that day": 0, "the same day": 0, "on the same day": 0, "that same day": 0,
		"in the first half of the day": 0, "in the second half of the day": 0,
		"two days later": 2, "two days earlier": -2, "three days later": 3,
	},
	RelWords: map[string]int{"this": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "current": 0},
	Units:    map[string]dates.Unit{"week": dates.WeekUnit, "month": dates.MonthUnit, "year": dates.YearUnit},
	YearAnaphora: map[string]int{"the same year": 0, "that same year": 0, "later that year": 0,
		"earlier that year": 0, "in that year": 0, "a year later": 1, "the following year": 1,
		"a year earlier": -1, "the previous year": -1},
	Numbers: map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
		"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12},
	Future: regexp.MustCompile(`\b(?:will|shall|is (?:expected|scheduled|set|due|going|planned) to|are (?:expected|scheduled|set|due|going|planned) to|(?:scheduled|planned|set|slated|due) for|to be held|upcoming|forthcoming|next|plans? to|intends? to)\b`),
	Macros: map[string]string{
		"th":   `(?:st|nd|rd|th)?`,
		"year": `(?:,?\s+(?P<y>{yyyy})|\s+of\s+(?P<rel>{rel})\s+year)?`,
		"wd,":  `(?:(?:on\s+)?(?P<wd>{weekday}),?\s+)?`,
	},
	Rules: append(dates.NumericRules(),
		// 13 November 2024, 1 May, Friday, 29 September 2023, 11th of November 2022
		&dates.Rule{Name: "d-month-y", Starts: []string{"# @month", "# of", "@weekday ,", "@weekday #", "on @weekday"},
			Pattern: `{wd,}(?P<d>{d}){th}(?:\s+of)?\s+(?P<m>{month}){year}`, Value: dates.Calendar},
		// 21-22 December 2022
		&dates.Rule{Name: "d-d-month-y", Starts: []string{"# -", "# to", "# and"},
			Pattern: `(?P<d>{d}){th}(?:{dash}|\s+(?:to|and)\s+)(?P<d2>{d}){th}\s+(?P<m>{month}){year}`, Value: dates.Calendar},
		// 30 May–2 June 2025
		&dates.Rule{Name: "d-month-d-month-y", Starts: []string{"# @month -|to|and", "# @month . -|to|and"},
			Pattern: `(?P<d>{d}){th}\s+(?P<m>{month})(?:{dash}|\s+(?:to|and)\s+)(?P<d2>{d}){th}\s+(?P<m2>{month}){year}`, Value: dates.Calendar},
		// 30 December 2024 – 2 January 2025
		&dates.Rule{Name: "dmy-dmy", Starts: []string{"# @month ####|,", "# @month . ####|,"},
			Pattern: `(?P<d>{d}){th}\s+(?P<m>{month}),?\s+(?P<y>{yyyy})(?:{dash}|\s+(?:to|and)\s+)(?P<d2>{d}){th}\s+(?P<m2>{month}),?\s+(?P<y2>{yyyy})`, Value: dates.Calendar},
		// November 13, 2024; Aug. 9; Friday, September 29; August 2 of this year
		&dates.Rule{Name: "month-d-y", Starts: []string{"@month #", "@month .", "@weekday ,", "@weekday @month", "on @weekday"},
			Pattern: `{wd,}(?P<m>{month})\s+(?P<d>{d}){th}{year}`, Value: dates.Calendar},
		// December 21-22, 2022; November 27-28
		&dates.Rule{Name: "month-d-d-y", Starts: []string{"@month # -|to|and", "@month . # -|to|and"},
			Pattern: `(?P<m>{month})\s+(?P<d>{d}){th}(?:{dash}|\s+(?:to|and)\s+)(?P<d2>{d}){th}{year}`, Value: dates.Calendar},
		// May 30 – June 2, 2025
		&dates.Rule{Name: "month-d-month-d-y", Starts: []string{"@month # -", "@month . # -"},
			Pattern: `(?P<m>{month})\s+(?P<d>{d}){th}{dash}(?P<m2>{month})\s+(?P<d2>{d}){th}{year}`, Value: dates.Calendar},
		// from August 7 to 9; between 3 and 5 March
		&dates.Rule{Name: "from-month-d-to-d", Starts: []string{"from @month", "between @month"},
			Pattern: `(?:from|between)\s+(?P<m>{month})\s+(?P<d>{d}){th}\s+(?:to|till|until|through|and)\s+(?:(?P<m2>{month})\s+)?(?P<d2>{d}){th}{year}`, Value: dates.Calendar},
		&dates.Rule{Name: "from-d-to-d-month", Starts: []string{"from #", "between #", "from the", "between the"},
			Pattern: `(?:from|between)\s+(?:the\s+)?(?P<d>{d}){th}(?:\s+(?:of\s+)?(?P<m>{month}))?\s+(?:to|till|until|through|and)\s+(?:the\s+)?(?P<d2>{d}){th}(?:\s+of)?\s+(?P<m2>{month}){year}`, Value: dates.Calendar},
		// September 2024
		&dates.Rule{Name: "month-y", Starts: []string{"@month ####", "@month of", "@month ."},
			Pattern: `(?P<m>{month})\s+(?:of\s+)?(?P<y>{yyyy})`, Value: dates.Calendar},
		// in June of last year; June this year
		&dates.Rule{Name: "month-rel", Starts: []string{"@month of", "@month @rel", "@month .", "in @month"},
			Pattern: `(?:in\s+)?(?P<m>{month})(?:\s+of)?\s+(?P<rel>{rel})\s+year`, Value: dates.Calendar},
		// early/mid/late November (2024): the month
		&dates.Rule{Name: "part-month", Starts: []string{"the early", "the mid", "the late", "the end", "the beginning", "the middle", "the start", "the first", "the second",
			"early", "mid", "late", "end of", "beginning of", "middle of", "start of", "first half", "second half"},
			Pattern: `(?:the\s+)?(?:early|mid|late|end\s+of|beginning\s+of|middle\s+of|start\s+of|first\s+half\s+of|second\s+half\s+of)[\s-]+(?P<m>{month})(?:\s+(?:of\s+)?(?P<y>{yyyy})|(?:\s+of)?\s+(?P<rel>{rel})\s+year)?`, Value: dates.Calendar},
		// in the second half of 2025: the year
		&dates.Rule{Name: "half-y", Starts: []string{"in the", "for the", "during the", "in first", "in second", "in latter",
			"the first", "the second", "the latter", "first half", "second half", "latter half"},
			Pattern: `(?:(?:in|for|during)\s+)?(?:the\s+)?(?:first|second|latter)\s+half\s+of\s+(?P<y>{yyyy})`, Value: dates.Calendar},
		// in 2025, in early 2025; not the span of "a programme in 2025-2026"
		&dates.Rule{Name: "in-y", Starts: []string{"in ####", "in early", "in late", "in mid"},
			Pattern: `in\s+(?:early\s+|late\s+|mid-?)?(?P<y>{yyyy})(?P<span>\s*{dash}\s*\d)?`, Value: notSpan},
		// scheduled for 2025; not the span of "a programme for 2024-2034"
		&dates.Rule{Name: "for-y", Starts: []string{"for ####"},
			Pattern: `for\s+(?P<y>{yyyy})(?P<span>\s*{dash}\s*\d)?`, Value: notSpan},
		// in the 1990s, since the 2000s
		&dates.Rule{Name: "decade", Starts: []string{"in the", "since the", "from the", "during the", "the ####"},
			Pattern: `(?:(?:in|since|from|during)\s+)?the\s+(?P<dec>1[89]\d0|20\d0)'?s`, Value: dates.DecadeValue},
		// in April: a month with no day or year, the nearest in the text's tense
		&dates.Rule{Name: "in-month", Starts: []string{"in @month"},
			Pattern: `in\s+(?P<m>{month})(?:\s+(?:of\s+)?(?P<y>{yyyy}))?\b`, Value: dates.Calendar},
		// planned for November; set for Oct. 10-11 (the days, which the
		// rules of a month and its days would read after "for")
		&dates.Rule{Name: "for-month", Starts: []string{"for @month"},
			Pattern: `for\s+(?P<m>{month})(?:\s+(?P<d>{d}){th}(?:(?:{dash}|\s+(?:to|and)\s+)(?P<d2>{d}){th})?)?{year}`, Value: dates.Calendar},
		// last week, next month, this year, of this year
		&dates.Rule{Name: "rel-unit", Starts: []string{"@rel @unit", "of @rel", "in @rel"},
			Pattern: `(?:(?:of|in)\s+)?(?P<rel>{rel})\s+(?P<unit>{unit})`, Value: dates.Relative},
		// yesterday, today, this morning
		&dates.Rule{Name: "dayword", Starts: []string{"@dayword"},
			Pattern: `(?i:(?P<dw>{dayword}))`, Value: dates.DayWord},
		// a day earlier, later that day, the next day
		&dates.Rule{Name: "anaphor", Starts: []string{"@anaphor"}, Needs: "day", // every phrase says "day"
			Pattern: `(?i:(?P<an>{anaphor}))`, Value: dates.Anaphor},
		// on Monday last week, on Friday next week
		&dates.Rule{Name: "weekday-week", Starts: []string{"on @weekday", "@weekday of", "@weekday the", "@weekday @rel"},
			Pattern: `(?:on\s+)?(?P<wd>{weekday})\s+(?:of\s+)?(?:the\s+)?(?P<rel>{rel})\s+week`, Value: dates.WeekdayInWeek},
		// on Thursday and Friday, from Monday to Wednesday
		&dates.Rule{Name: "weekday-span", Starts: []string{"on @weekday", "from @weekday", "@weekday and|to|-|through"},
			Pattern: `(?:on\s+|from\s+)?(?P<wd>{weekday})(?:\s+(?:and|to|through)\s+|{dash})(?P<wd2>{weekday})`, Value: dates.WeekdaySpan},
		// last November, in next May
		&dates.Rule{Name: "rel-month", Starts: []string{"@rel @month", "in @rel"},
			Pattern: `(?:in\s+)?(?P<rel>{rel})\s+(?P<m>{month})`, Value: dates.MonthRel},
		// on Friday, last Monday, next Tuesday
		&dates.Rule{Name: "weekday", Starts: []string{"on @weekday", "on @rel", "@rel @weekday", "@weekday"},
			Pattern: `(?:on\s+)?(?:(?P<rel>{rel})\s+)?(?P<wd>{weekday})`, Value: dates.WeekdayValue},
		// nine years ago, two months ago: a year, a month
		&dates.Rule{Name: "units-ago", Starts: []string{"# year|years|month|months", "@number year|years|month|months"},
			Pattern: `(?P<n>\d+|{number})\s+(?:(?P<yr>years?)|(?P<mo>months?))\s+ago`, Value: dates.Ago},
		// the same year, a year later: from the last year told
		&dates.Rule{Name: "year-anaphor", Starts: []string{"@yearanaphor"}, Needs: "year",
			Pattern: `(?i:(?P<ya>{yearanaphor}))`, Value: dates.YearAnaphor},
		// three days ago, a week ago: when's own rule does this well
		dates.FromWhen("ago", []string{"#", "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "few"}, "ago",
			wen.PastTime(rules.Skip), dates.Day),
	),
}).Compile()

// notSpan reads a year unless it begins a span of years.
func notSpan(g dates.Groups, c *dates.Context) (dates.Value, bool) {
	if g.Has("span") {
		return dates.Value{}, false
	}
	return dates.Calendar(g, c)
}
