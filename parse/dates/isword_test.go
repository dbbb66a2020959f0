package dates

import (
	"testing"
	"unicode"
)

// isWord's fast paths agree with its definition on every rune of the
// Basic Multilingual Plane.
func TestIsWord(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
		if got := isWord(r); got != want {
			t.Errorf("isWord(%U) = %v, want %v", r, got, want)
		}
	}
}
