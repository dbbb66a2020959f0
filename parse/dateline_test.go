package parse

import (
	"regexp"
	"strings"
	"testing"
)

// datelineRegexp is what isDateline reads by hand. (The dateline's pattern
// once had an optional ",\s*[\p{L} ]{2,30}" before its end: a comma there
// already ends the match, so it never changed an answer.)
var datelineRegexp = regexp.MustCompile(`^[\p{Lu}][\p{L}\-\. ]{2,30}(?:,|\.|\s[–—(-])`)

// datelineCases are openings with and without a dateline, at the edges of
// the pattern: run lengths, dots and dashes in the run, spaces that are not
// a plain space, invalid UTF-8.
var datelineCases = []string{
	"TASHKENT, Uzbekistan, November 14. The President received the delegation.",
	"Бишкек, 05. 09. 17. Президент принял посла.",
	"Астана. 10 июня. КазТАГ – Глава государства провёл встречу.",
	"Samarqand — O‘zbekiston Prezidenti xorijiy delegatsiyani qabul qildi.",
	"Nur-Sultan, 3 March", "St. Petersburg, 5 May", "U.S. officials said",
	"MOSCOW (Sputnik - 24th July, 2021) The president", "Abc (x", "Abc(x", "Ab (x",
	"On 12 November 2024 the ministers held talks in Astana",
	"Ab,", "Abc,", "A.b.", "A..", "A b - c", "Ab -", "Abc -", "Abc\t-", "Abc\t–x", "Abc\u00a0-",
	"Abc\n—", "abc, def", "Éclair, x", "Ǆemal, x", "ǅemal, x", "Ab1, x", "A\xffb, x", "\xffAbc, x",
	"A" + strings.Repeat("b", 29) + ",", "A" + strings.Repeat("b", 30) + ",", "A" + strings.Repeat("b", 31) + ",",
	"A" + strings.Repeat(" ", 30) + "-", "A" + strings.Repeat(" ", 31) + "-", "A" + strings.Repeat("ж", 30) + ".",
	"", "A", "Ab", "Abc", "Abc ",
}

func TestIsDateline(t *testing.T) {
	var yes int
	for _, s := range datelineCases {
		want := datelineRegexp.MatchString(s)
		if got := isDateline(s); got != want {
			t.Errorf("isDateline(%q) = %v, the regexp says %v", s, got, want)
		}
		if want {
			yes++
		}
	}
	if yes == 0 || yes == len(datelineCases) {
		t.Fatalf("%d of %d cases are datelines: the cases test nothing", yes, len(datelineCases))
	}
}

// FuzzIsDateline holds isDateline to the regexp on any text.
func FuzzIsDateline(f *testing.F) {
	for _, s := range datelineCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isDateline(s), datelineRegexp.MatchString(s); got != want {
			t.Fatalf("isDateline(%q) = %v, the regexp says %v", s, got, want)
		}
	})
}

func BenchmarkIsDateline(b *testing.B) {
	for _, bc := range []struct {
		name  string
		match func(string) bool
	}{{"regexp", datelineRegexp.MatchString}, {"isDateline", isDateline}} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				for _, s := range datelineCases {
					bc.match(s)
				}
			}
		})
	}
}
