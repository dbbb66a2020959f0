package dates

import (
	"fmt"
	"strconv"
	"time"
)

// Precision says how much of a date is known.
type Precision uint8

// Precisions, coarsest first.
const (
	NoPrecision Precision = iota
	Year
	Month
	Day
)

var precisionNames = [...]string{"", "year", "month", "day"}

func (p Precision) String() string {
	if int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return fmt.Sprintf("Precision(%d)", p)
}

// Date is a calendar date at some precision: Day 0 means a month, Month 0 a
// year. Year 0 means the year is unknown (written XXXX, as TimeML does).
type Date struct {
	Year, Month, Day int
}

// Format writes d at precision p: 2024-11-13, 2024-11, 2024, XXXX-05-01.
func (d Date) Format(p Precision) string {
	if p != Year && p != Month && p != Day {
		return ""
	}
	var buf [16]byte
	b := buf[:0]
	if d.Year != 0 {
		b = appendPadded(b, d.Year, 4)
	} else {
		b = append(b, "XXXX"...)
	}
	if p >= Month {
		b = appendPadded(append(b, '-'), d.Month, 2)
	}
	if p == Day {
		b = appendPadded(append(b, '-'), d.Day, 2)
	}
	return string(b)
}

// appendPadded appends n as fmt's %0*d with width w writes it.
func appendPadded(b []byte, n, w int) []byte {
	if n < 0 {
		return fmt.Appendf(b, "%0*d", w, n)
	}
	for d, m := 1, 10; d < w; d, m = d+1, m*10 {
		if n < m { // fewer than d+1 digits
			b = append(b, '0')
		}
	}
	return strconv.AppendInt(b, int64(n), 10)
}

// IsZero reports whether nothing of d is known.
func (d Date) IsZero() bool { return d == Date{} }

// Time is d as midnight UTC; the year 2000 stands in for an unknown one,
// and the first month and day for unknown ones.
func (d Date) Time() time.Time {
	y, m, dd := d.Year, d.Month, d.Day
	if y == 0 {
		y = 2000
	}
	if m == 0 {
		m = 1
	}
	if dd == 0 {
		dd = 1
	}
	return time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC)
}

// DateOf is the calendar day of t.
func DateOf(t time.Time) Date { return Date{t.Year(), int(t.Month()), t.Day()} }

// AddDays moves a day-precision date with a known year by n days.
func (d Date) AddDays(n int) Date { return DateOf(d.Time().AddDate(0, 0, n)) }

// Compare orders dates; unknown parts compare as their lowest value.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmpInt(d.Year, e.Year)
	case d.Month != e.Month:
		return cmpInt(d.Month, e.Month)
	}
	return cmpInt(d.Day, e.Day)
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Value is what a date expression means: an inclusive range of dates at one
// precision. A single day has Start == End.
type Value struct {
	Start, End Date
	Precision  Precision
}

// IsRange reports whether v spans more than one unit of its precision.
func (v Value) IsRange() bool { return v.Start != v.End }

// YearKnown reports whether the value's year is known.
func (v Value) YearKnown() bool { return v.Start.Year != 0 }

// DayValue is the single day y-m-d.
func DayValue(y, m, d int) Value {
	t := Date{y, m, d}
	return Value{t, t, Day}
}

// MonthValue is the month y-m.
func MonthValue(y, m int) Value {
	t := Date{y, m, 0}
	return Value{t, t, Month}
}

// YearValue is the year y.
func YearValue(y int) Value {
	t := Date{y, 0, 0}
	return Value{t, t, Year}
}

// Valid reports whether y-m-d is a real day (an unknown year allows 29 February).
func Valid(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	if y == 0 {
		y = 2000 // a leap year: 29 February is possible
	}
	return d <= daysIn(y, m)
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// Span is the inclusive range from a to b at the finer of their precisions.
// It fails when b is before a.
func Span(a, b Value) (Value, bool) {
	v := Value{Start: a.Start, End: b.End, Precision: a.Precision}
	if b.Precision > v.Precision {
		v.Precision = b.Precision
	}
	// a range ends after it starts; with no year on either side the days
	// and months alone tell ("7–1 June" is no range)
	if (v.Start.Year != 0) == (v.End.Year != 0) && v.End.Compare(v.Start) < 0 {
		return Value{}, false
	}
	return v, true
}
