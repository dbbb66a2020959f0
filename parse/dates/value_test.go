package dates

import (
	"fmt"
	"testing"
)

// Format writes what the fmt verbs it stands for write, for every
// precision and for years, months and days out of the usual range.
func TestFormatIsPrintf(t *testing.T) {
	for _, y := range []int{0, 1, 9, 10, 99, 100, 999, 1000, 2025, 9999, 10000, 123456, -1, -42, -12345} {
		for _, m := range []int{0, 1, 9, 10, 12, 99, 100, -3} {
			for _, d := range []int{0, 5, 31, 100, -1} {
				date := Date{Year: y, Month: m, Day: d}
				yy := "XXXX"
				if y != 0 {
					yy = fmt.Sprintf("%04d", y)
				}
				for p, want := range map[Precision]string{NoPrecision: "", Year: yy, Month: fmt.Sprintf("%s-%02d", yy, m),
					Day: fmt.Sprintf("%s-%02d-%02d", yy, m, d), Day + 1: ""} {
					if got := date.Format(p); got != want {
						t.Errorf("%+v.Format(%v) = %q, want %q", date, p, got, want)
					}
				}
			}
		}
	}
}
