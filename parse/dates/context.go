package dates

import "time"

// Context is what a rule may resolve an expression against. Unlike when's
// rules.Context it is read-only: a rule returns a Value and never half-writes
// shared state.
type Context struct {
	// Ref is the publication date of the article; the zero Date when unknown.
	Ref Date
	// Year is the year the text itself gives when Ref is unknown: that of
	// the last month or day stated with its year before the expression; 0
	// when none is. FirstYear is the first such year anywhere in the text:
	// what "this year" means when no year was stated before it.
	Year, FirstYear int
	// Prev is the last day-precision date read before this expression whose
	// day is known, and PrevPast the last one not after Ref: anaphora such as
	// "a day earlier" or "later that day" count from them.
	Prev, PrevPast Date
	// PrevYear is the year of the last expression read before this one
	// that gave a year; "the same year" counts from it.
	PrevYear int
	// Future reports whether the expression's sentence speaks of the future
	// ("will hold", "состоится", "o‘tkaziladi"). Rules read it with
	// IsFuture: the Reader works it out only for the rules that ask.
	Future bool
	tense  func() bool // when set, what IsFuture calls first to set Future
	past   func() bool // when set, what isPast asks (see Options.Past)
}

// isPast reports whether the expression is told of as done, for certain.
func (c *Context) isPast() bool { return c.past != nil && !c.IsFuture() && c.past() }

// IsFuture reports Future, working it out first if that was left to do.
func (c *Context) IsFuture() bool {
	if c.tense != nil {
		c.Future, c.tense = c.tense(), nil
	}
	return c.Future
}

// HasRef reports whether the publication date is known.
func (c *Context) HasRef() bool { return c.Ref.Year != 0 }

// year is the year that "this year" means: the publication year, else the
// text's own year, else 0 (unknown).
func (c *Context) year() int {
	switch {
	case c.HasRef():
		return c.Ref.Year
	case c.Year != 0:
		return c.Year
	}
	return c.FirstYear
}

// nearFuture is how far ahead a date written without a year may lie in a
// sentence that does not speak of the future: "the forum on November 27-28"
// in an article of 23 November is this year's, "the session of 2 May" in an
// article of November is the last one; "the visit, which took place on 4
// April", in an article of February, is last April's (Options.Past).
const nearFuture = 62 * 24 * time.Hour

// DayMonth resolves a day and month written without a year. With a
// publication date: in a sentence about the future the next such day, else
// the last one, unless the next is near; without one, the text's own year;
// otherwise the year stays unknown.
func (c *Context) DayMonth(m, d int) (Value, bool) {
	if !Valid(0, m, d) {
		return Value{}, false
	}
	if !c.HasRef() {
		y := c.Year
		if y != 0 && !Valid(y, m, d) {
			y = 0
		}
		return DayValue(y, m, d), true
	}
	// the last such day on or before the publication date, and the next
	// one after it (29 February: within four years)
	past, next := c.Ref.Year, c.Ref.Year+1
	if m > c.Ref.Month || m == c.Ref.Month && d > c.Ref.Day {
		past, next = c.Ref.Year-1, c.Ref.Year
	}
	for !Valid(past, m, d) && past > c.Ref.Year-4 {
		past--
	}
	for !Valid(next, m, d) && next < c.Ref.Year+4 {
		next++
	}
	if !Valid(past, m, d) {
		past = 0
	}
	if !Valid(next, m, d) {
		next = 0
	}
	ref := c.Ref.Time()
	y := past
	if next != 0 && (past == 0 || time.Date(next, time.Month(m), d, 0, 0, 0, 0, time.UTC).Sub(ref) <= nearFuture && !c.isPast() || c.IsFuture()) {
		y = next
	}
	if past == c.Ref.Year && m == c.Ref.Month && d == c.Ref.Day && c.IsFuture() {
		y = past // "will be held today, 16 November"
	}
	return DayValue(y, m, d), true
}

// MonthOnly resolves a month written without a year, as DayMonth does.
func (c *Context) MonthOnly(m int) (Value, bool) {
	if m < 1 || m > 12 {
		return Value{}, false
	}
	if !c.HasRef() {
		return MonthValue(c.Year, m), true
	}
	y := c.Ref.Year
	switch ahead := m - c.Ref.Month; {
	case c.IsFuture() && ahead < 0:
		y++
	case !c.IsFuture() && (ahead > 2 || ahead > 0 && c.isPast()):
		y--
	}
	return MonthValue(y, m), true
}

// Full checks and returns the day y-m-d.
func (c *Context) Full(y, m, d int) (Value, bool) {
	if !Valid(y, m, d) {
		return Value{}, false
	}
	return DayValue(y, m, d), true
}

// MonthOf returns the month y-m.
func (c *Context) MonthOf(y, m int) (Value, bool) {
	if m < 1 || m > 12 || y < 1 {
		return Value{}, false
	}
	return MonthValue(y, m), true
}

// RelYear is the year n years from "this year" (-1 last year, 0 this year).
func (c *Context) RelYear(n int) (int, bool) {
	y := c.year()
	if y == 0 {
		return 0, false
	}
	return y + n, true
}

// RelDay is the day n days from the publication date (-1 yesterday).
func (c *Context) RelDay(n int) (Value, bool) {
	if !c.HasRef() {
		return Value{}, false
	}
	d := c.Ref.AddDays(n)
	return Value{d, d, Day}, true
}

// RelWeek is the Monday-to-Sunday week n weeks from the publication date's.
func (c *Context) RelWeek(n int) (Value, bool) {
	if !c.HasRef() {
		return Value{}, false
	}
	t := c.Ref.Time()
	back := (int(t.Weekday()) + 6) % 7 // days since Monday
	mon := c.Ref.AddDays(-back + 7*n)
	return Value{mon, mon.AddDays(6), Day}, true
}

// RelMonth is the month n months from the publication date's.
func (c *Context) RelMonth(n int) (Value, bool) {
	if !c.HasRef() {
		return Value{}, false
	}
	t := time.Date(c.Ref.Year, time.Month(c.Ref.Month)+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	return MonthValue(t.Year(), int(t.Month())), true
}

// WeekdayOfWeek is the day wd of the week n weeks from the publication
// date's ("last week on Monday": n = -1).
func (c *Context) WeekdayOfWeek(wd time.Weekday, n int) (Value, bool) {
	week, ok := c.RelWeek(n)
	if !ok {
		return Value{}, false
	}
	d := week.Start.AddDays((int(wd) + 6) % 7) // weeks begin on Monday
	return Value{d, d, Day}, true
}

// Weekday resolves a bare weekday: the publication's own day when it is
// that weekday ("will meet on Saturday" in Saturday's news is today's);
// otherwise in a sentence about the future the first such day after the
// publication date, else the last one before it.
func (c *Context) Weekday(wd time.Weekday) (Value, bool) {
	if !c.HasRef() {
		return Value{}, false
	}
	cur := c.Ref.Time().Weekday()
	var n int
	if c.IsFuture() {
		n = (int(wd) - int(cur) + 7) % 7
	} else {
		n = -((int(cur) - int(wd) + 7) % 7)
	}
	return c.RelDay(n)
}

// Anaphor is the day n days from the day the text last spoke of: in a
// sentence about the future the last date read, otherwise the last one not
// after the publication date. Without either, the publication date. A day
// of an unknown year gives a day of an unknown year ("17 May … the day
// before": XXXX-05-16).
func (c *Context) Anaphor(n int) (Value, bool) {
	base := c.PrevPast
	if c.IsFuture() || !c.HasRef() {
		base = c.Prev
	}
	if base.IsZero() {
		base = c.Ref // "a day earlier" in a report: the day before it
	}
	if base.Month == 0 || base.Day == 0 {
		return Value{}, false
	}
	if base.Year == 0 {
		// counted in a leap year, so that 29 February stays a day
		d := Date{Year: 2000, Month: base.Month, Day: base.Day}.AddDays(n)
		d.Year = 0
		return Value{d, d, Day}, true
	}
	d := base.AddDays(n)
	return Value{d, d, Day}, true
}

// Decade is the ten years from y (in the 1990s).
func (c *Context) Decade(y int) (Value, bool) {
	if y%10 != 0 {
		return Value{}, false
	}
	return Value{Date{y, 0, 0}, Date{y + 9, 0, 0}, Year}, true
}
