package prefilter

import (
	"fmt"
	"regexp"
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestLiterals(t *testing.T) {
	for _, c := range []struct {
		pattern string
		want    []string
	}{
		{`(?i)state visit`, []string{"state visit"}},
		{`(?i)(?:^|[^\p{L}])(?:talks|negotiations)`, []string{"talks", "negotiations"}},
		{`(?i)государственн\p{L}* визит\p{L}*`, []string{"государственн"}},
		{`(?:official )?working visit`, []string{"working visit"}},
		{`\d+`, digits},
		{`a|\d`, append(digits, "a")},
		{`[;:]|\. `, []string{":", ";", ". "}},
		{`(?i)[a-c]x`, []string{"x"}},
		{`(?i)[a-c]`, []string{"a", "b", "c"}},
		{`[a-z]+|\p{L}`, nil},
		{`(?i)Summit`, []string{"summit"}},
	} {
		got := MustCompile(c.pattern).Literals()
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: %q, want %q", c.pattern, got, c.want)
		}
	}
}

var digits = []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}

func TestLower(t *testing.T) {
	for _, s := range []string{"ASTANA", "Тошкент O‘ZBEKISTON", "İstanbul", "ǅ"} {
		if l := Lower(s); len(l) != len(s) {
			t.Errorf("Lower(%q) = %q changes the length", s, l)
		}
	}
}

// plainCase reports whether every rune of s lower-cases to the rune all its
// case forms lower-case to (not so for the Kelvin sign, the long s, …),
// and keeps its length in bytes: the texts a prefilter is exact for.
func plainCase(s string) bool {
	for _, r := range s {
		l := unicode.ToLower(r)
		if utf8.RuneLen(l) != utf8.RuneLen(r) {
			return false
		}
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if unicode.ToLower(f) != l || utf8.RuneLen(f) != utf8.RuneLen(r) {
				return false
			}
		}
	}
	return true
}

// A prefilter never hides a match (in texts and patterns of plain case).
func FuzzMaybe(f *testing.F) {
	f.Add(`(?i)(?:^|[^\p{L}])(?:talks|state visit|визит\p{L}*)`, "The state Visit began")
	f.Add(`(?i)o[‘'ʻ]zbek`, "O‘ZBEK")
	f.Fuzz(func(t *testing.T, pattern, text string) {
		re, err := regexp.Compile(pattern)
		if err != nil || !plainCase(text) || !plainCase(pattern) {
			return
		}
		r := New(re)
		if re.MatchString(text) && !r.Maybe(Lower(text)) {
			t.Fatalf("%q matches %q but the prefilter %q says no", pattern, text, r.Literals())
		}
	})
}

func ExampleRegexp_Maybe() {
	r := MustCompile(`(?i)(?:consultative meeting|summit)`)
	fmt.Println(r.Literals(), r.Maybe(Lower("The SUMMIT opened")), r.Maybe(Lower("Trade grew")))
	// Output: [consultative meeting summit] true false
}

// Lower lowers every rune whose lower case has as many bytes, as
// unicode.ToLower does, and keeps the others and invalid bytes as they are.
func TestLowerEveryRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		s := "x" + string(r) + "Y"
		want := "x" + string(r) + "y"
		if l := unicode.ToLower(r); utf8.RuneLen(l) == utf8.RuneLen(r) {
			want = "x" + string(l) + "y"
		}
		if got := Lower(s); got != want {
			t.Fatalf("Lower(%q) = %q, want %q", s, got, want)
		}
	}
	for _, s := range []string{"", "abc", "\xff\xfeA", "Ab\xe2\x80", "ÀÉ"} {
		if got := Lower(s); len(got) != len(s) {
			t.Errorf("Lower(%q) = %q: length changed", s, got)
		}
	}
}
