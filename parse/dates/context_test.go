package dates

import "testing"

// A day or month without a year is the next one when told of as ahead, the
// last one when told of as done, and else the last one unless the next is
// near.
func TestContextYear(t *testing.T) {
	ref := Date{Year: 2024, Month: 2, Day: 23}
	tests := []struct {
		name         string
		future, past bool
		month, day   int
		want         int
	}{
		{"near day, no tense", false, false, 4, 4, 2024},
		{"near day, done", false, true, 4, 4, 2023},
		{"near day, ahead", true, false, 4, 4, 2024},
		{"near day, ahead and a done clause", true, true, 4, 4, 2024},
		{"far day, no tense", false, false, 9, 4, 2023},
		{"far day, ahead", true, false, 9, 4, 2024},
		{"past day, ahead", true, false, 1, 10, 2025},
		{"near month, no tense", false, false, 4, 0, 2024},
		{"near month, done", false, true, 4, 0, 2023},
		{"this month, done", false, true, 2, 0, 2024},
		{"far month, ahead", true, false, 11, 0, 2024},
	}
	for _, tt := range tests {
		c := Context{Ref: ref, Future: tt.future, past: func() bool { return tt.past }}
		var v Value
		var ok bool
		if tt.day == 0 {
			v, ok = c.MonthOnly(tt.month)
		} else {
			v, ok = c.DayMonth(tt.month, tt.day)
		}
		if !ok || v.Start.Year != tt.want {
			t.Errorf("%s: the year is %d (ok %v), want %d", tt.name, v.Start.Year, ok, tt.want)
		}
	}
}
