package dates

import (
	"strings"

	"github.com/olebedev/when/rules"
)

// Unit is a calendar unit that relative words move by.
type Unit uint8

// Units of RelWords.
const (
	DayUnit Unit = iota + 1
	WeekUnit
	MonthUnit
	YearUnit
)

// The Value functions below read the named groups that the rules of every
// language share, so that a language's rule is mostly its pattern:
//
//	d, d2     day of the start and of the end of a range
//	m, m2     month (a name or a number)
//	y, y2     year
//	rel       a RelWord giving the year ("of this year", "o‘tgan yilning")
//	unit      a Unit for rel ("next week")
//	dw        a DayWord ("yesterday"), an  an Anaphor ("a day earlier")
//	wd        a weekday, dec a decade's first year

// Calendar reads a date or a range of dates from d, d2, m, m2, y, y2 and rel,
// at day precision when a day is given, else month, else year.
func Calendar(g Groups, c *Context) (Value, bool) {
	y, y2 := g.Year("y"), g.Year("y2")
	if y == 0 && g.Has("rel") {
		n, ok := g.lang.RelWords[g.Word("rel")]
		if !ok {
			return Value{}, false
		}
		if y, ok = c.RelYear(n); !ok {
			y = 0
			if c.Year == 0 && !c.HasRef() {
				return Value{}, false
			}
		}
	}
	m, m2 := g.Month("m"), g.Month("m2")
	d, d2 := g.Int("d"), g.Int("d2")
	if m2 == 0 {
		m2 = m
	}
	if m == 0 {
		m = m2
	}
	if y == 0 {
		y = y2
	}
	if y2 == 0 {
		y2 = y
	}
	switch {
	case d != 0:
		start, ok := dayOf(c, y, m, d)
		if !ok {
			return Value{}, false
		}
		if d2 == 0 {
			return start, true
		}
		ey := y2
		if ey == 0 {
			ey = start.Start.Year
			if ey != 0 && (m2 < m || (m2 == m && d2 < d)) {
				ey++ // 30 December – 2 January
			}
		}
		end, ok := dayOf(c, ey, m2, d2)
		if !ok || (ey == 0) != (start.Start.Year == 0) {
			return Value{}, false
		}
		return Span(start, end)
	case m != 0:
		var start Value
		var ok bool
		if y != 0 {
			start, ok = c.MonthOf(y, m)
		} else {
			start, ok = c.MonthOnly(m)
		}
		if !ok {
			return Value{}, false
		}
		if m2 != m || y2 != y {
			end, ok := c.MonthOf(max(y2, start.Start.Year), m2)
			if !ok {
				return Value{}, false
			}
			return Span(start, end)
		}
		return start, true
	case y != 0:
		if y2 != y {
			return Span(YearValue(y), YearValue(y2))
		}
		return YearValue(y), true
	}
	return Value{}, false
}

func dayOf(c *Context, y, m, d int) (Value, bool) {
	if y != 0 {
		return c.Full(y, m, d)
	}
	return c.DayMonth(m, d)
}

// Relative reads rel and unit: "last week", "на следующей неделе",
// "joriy yil", "в этом году".
func Relative(g Groups, c *Context) (Value, bool) {
	n, ok := g.lang.RelWords[g.Word("rel")]
	if !ok {
		return Value{}, false
	}
	switch g.lang.Units[g.Word("unit")] {
	case DayUnit:
		return c.RelDay(n)
	case WeekUnit:
		return c.RelWeek(n)
	case MonthUnit:
		return c.RelMonth(n)
	case YearUnit:
		y, ok := c.RelYear(n)
		if !ok {
			return Value{}, false
		}
		return YearValue(y), true
	}
	return Value{}, false
}

// DayWord reads dw: "yesterday", "завтра", "bugun".
func DayWord(g Groups, c *Context) (Value, bool) {
	n, ok := g.lang.DayWords[g.Word("dw")]
	if !ok {
		return Value{}, false
	}
	return c.RelDay(n)
}

// Anaphor reads an: "a day earlier", "later that day", "накануне".
func Anaphor(g Groups, c *Context) (Value, bool) {
	n, ok := g.lang.Anaphora[g.Word("an")]
	if !ok {
		return Value{}, false
	}
	return c.Anaphor(n)
}

// WeekdayInWeek reads wd in the week rel names ("o‘tgan hafta dushanba
// kuni", "on Monday last week").
func WeekdayInWeek(g Groups, c *Context) (Value, bool) {
	wd, ok := g.Weekday("wd")
	if !ok || !g.Has("rel") {
		return Value{}, false
	}
	return c.WeekdayOfWeek(wd, g.lang.RelWords[g.Word("rel")])
}

// Weekday reads wd, with rel when given ("last Monday", "next Friday").
func WeekdayValue(g Groups, c *Context) (Value, bool) {
	wd, ok := g.Weekday("wd")
	if !ok {
		return Value{}, false
	}
	n := 0
	if g.Has("rel") {
		n = g.lang.RelWords[g.Word("rel")]
		saved := c.IsFuture()
		c.Future = n > 0
		defer func() { c.Future = saved }()
		if n == 0 {
			c.Future = saved
		}
	}
	v, ok := c.Weekday(wd)
	if ok && n != 0 && v.Start == c.Ref {
		// "next Friday" on a Friday is a week on, "last Friday" a week back
		v.Start = v.Start.AddDays(7 * n)
		v.End = v.Start
	}
	return v, ok
}

// Ago reads n and a unit of years (yr) or months (mo) back from the
// publication date, at the unit's precision: "nine years ago" is a year,
// not a day.
func Ago(g Groups, c *Context) (Value, bool) {
	n := g.Int("n")
	switch w := g.Word("n"); {
	case w == "":
		n = 1 // "год назад"
	case n == 0:
		n = g.lang.Numbers[w]
	}
	if n <= 0 {
		return Value{}, false
	}
	switch {
	case g.Has("yr"):
		y, ok := c.RelYear(-n)
		if !ok || !c.HasRef() {
			return Value{}, false
		}
		return YearValue(y), true
	case g.Has("mo"):
		return c.RelMonth(-n)
	}
	return Value{}, false
}

// WeekdaySpan reads the days from wd to wd2 ("on Thursday and Friday",
// "с понедельника по среду"), each as a bare weekday reads.
func WeekdaySpan(g Groups, c *Context) (Value, bool) {
	wd, ok := g.Weekday("wd")
	wd2, ok2 := g.Weekday("wd2")
	if !ok || !ok2 {
		return Value{}, false
	}
	a, ok := c.Weekday(wd)
	b, ok2 := c.Weekday(wd2)
	if !ok || !ok2 {
		return Value{}, false
	}
	for b.Start.Compare(a.Start) < 0 {
		if c.IsFuture() {
			b.Start = b.Start.AddDays(7)
		} else {
			a.Start = a.Start.AddDays(-7)
		}
	}
	return Value{a.Start, b.Start, Day}, true
}

// MonthRel reads a month named with rel ("last November", "next May"): the
// last such month before the publication's, the next after it, or the
// publication year's.
func MonthRel(g Groups, c *Context) (Value, bool) {
	m := g.Month("m")
	n, ok := g.lang.RelWords[g.Word("rel")]
	if !ok || m < 1 || !c.HasRef() {
		return Value{}, false
	}
	y := c.Ref.Year
	switch {
	case n < 0 && m >= c.Ref.Month:
		y--
	case n > 0 && m <= c.Ref.Month:
		y++
	}
	return MonthValue(y, m), true
}

// YearAnaphor reads ya, a year counted from the last year the text gave:
// "the same year", "в том же году", "o'sha yili".
func YearAnaphor(g Groups, c *Context) (Value, bool) {
	n, ok := g.lang.YearAnaphora[g.Word("ya")]
	if !ok || c.PrevYear == 0 {
		return Value{}, false
	}
	return YearValue(c.PrevYear + n), true
}

// DecadeValue reads dec: "in the 1990s", "в 1990-е годы".
func DecadeValue(g Groups, c *Context) (Value, bool) {
	return c.Decade(g.Int("dec"))
}

// NumericRules are the language-independent numeric forms: 2024-11-13,
// 12.09.2024 and 16.07.21. Each language takes its own copy.
func NumericRules() []*Rule {
	return []*Rule{
		{Name: "iso", Starts: []string{"# - #"},
			Pattern: `(?P<y>{yyyy})-(?P<m>0?[1-9]|1[0-2])-(?P<d>{d})`, Value: Calendar},
		{Name: "dotted", Starts: []string{"# ."},
			Pattern: `(?P<d>{d})\. ?(?P<m>0?[1-9]|1[0-2])\. ?(?P<y>{yyyy}|\d\d)`, Value: Calendar},
		// 13/11/2024: day first, as the region writes it; four-digit years
		// only (12/5 is a score or a fraction)
		{Name: "slashed", Starts: []string{"# /"},
			Pattern: `(?P<d>{d})/(?P<m>0?[1-9]|1[0-2])/(?P<y>{yyyy})`, Value: Calendar},
	}
}

// FromWhen wraps a rule of the when library (its English relative rules do
// some things well: "three days ago") for the Reader: the rule is tried at
// tokens in starts, and its result is read at precision p from the
// publication date. Without a publication date it reads nothing.
func FromWhen(name string, starts []string, needs string, w rules.Rule, p Precision) *Rule {
	return &Rule{Name: name, Starts: starts, Needs: needs, When: w, precision: p}
}

// whenMatch runs a when rule at the start of window.
func (r *Rule) whenMatch(window string, c *Context) (n int, v Value, ok bool) {
	m := r.When.Find(window)
	if m == nil || strings.TrimSpace(window[:m.Left]) != "" || !c.HasRef() {
		return 0, Value{}, false
	}
	var wc rules.Context
	ref := c.Ref.Time()
	if applied, err := m.Apply(&wc, &rules.Options{}, ref); err != nil || !applied {
		return 0, Value{}, false
	}
	t, err := wc.Time(ref)
	if err != nil {
		return 0, Value{}, false
	}
	d := DateOf(t)
	switch r.precision {
	case Year:
		d.Month, d.Day = 0, 0
	case Month:
		d.Day = 0
	}
	return m.Right, Value{d, d, r.precision}, true
}
