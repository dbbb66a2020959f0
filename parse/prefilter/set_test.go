package prefilter

import (
	"fmt"
	"regexp"
	"slices"
	"testing"
)

// setCases is every pattern of the Word and New cases, a few without
// literals to go by, and literals that overlap and end inside each other.
func setCases() []*Regexp {
	var res []*Regexp
	for _, p := range wordCases.patterns {
		res = append(res, Word(p, false), Word(p, true))
	}
	for _, p := range patternCases.patterns {
		res = append(res, MustCompile(p))
	}
	for _, p := range []string{`\d+`, `(?i)visit|\d`, `(?i)he|she|hers|his`, `ab|bc|abcd|c`, `aa|aaa`} {
		res = append(res, MustCompile(p))
	}
	return res
}

func TestSetIsEach(t *testing.T) {
	res := setCases()
	set := NewSet(res[1:]...) // the first asked of it though not in it
	texts := slices.Concat(wordCases.texts, patternCases.texts, []string{"ushers", "abcd bcd aaaa", "visit 2024"})
	for _, s := range texts {
		checkSet(t, set, res, s)
	}
}

// checkSet requires the set's answers in s for each pattern of res to be
// the pattern's own.
func checkSet(t *testing.T, set *Set, res []*Regexp, s string) {
	t.Helper()
	lower := Lower(s)
	f := set.Scan(lower)
	defer f.Release() // the next text's Scan reuses it
	for _, r := range res {
		if got, want := f.Maybe(r), r.Maybe(lower); got != want {
			t.Fatalf("%s in %q: Maybe %v, the pattern's %v", r, s, got, want)
		}
		if got, want := f.FindAll(r, s), r.FindAll(s, lower); !slices.EqualFunc(got, want, slices.Equal[[]int]) {
			t.Fatalf("%s in %q: FindAll %v, the pattern's %v", r, s, got, want)
		}
		if got, want := f.Match(r, s), r.Match(s, lower); got != want {
			t.Fatalf("%s in %q: Match %v, the pattern's %v", r, s, got, want)
		}
	}
}

func FuzzSet(f *testing.F) {
	f.Add(`(?i)state visit`, `visit(?:ed|s)?\b|(?:is|are) visiting`, "The State Visit: he is visiting")
	f.Add(`he|she|hers`, `(?i)\bUS\b`, "ushers US")
	f.Fuzz(func(t *testing.T, p, q, s string) {
		a, err := regexp.Compile(p)
		if err != nil || !plainCase(p) || !plainCase(q) {
			return
		}
		if _, err := regexp.Compile(`(?i)(?:` + q + `)`); err != nil {
			return
		}
		res := []*Regexp{New(a), Word(q, false), Word(q, true)}
		checkSet(t, NewSet(res...), res, s)
	})
}

func ExampleSet() {
	visit, talks := Word(`state visit`, false), Word(`talks|met with`, false)
	set := NewSet(visit, talks)
	s := "After the talks the State Visit went on."
	f := set.Scan(Lower(s))
	fmt.Println(f.FindAll(visit, s), f.FindAll(talks, s))
	// Output: [[19 31]] [[9 15]]
}

// BenchmarkSet finds the patterns of BenchmarkWord through one scan of a
// sentence, against each pattern's own FindAll.
func BenchmarkSet(b *testing.B) {
	ws, lowers := benchWords()
	set := NewSet(ws...)
	b.Run("each", func(b *testing.B) {
		for b.Loop() {
			for i, s := range benchTexts {
				for _, w := range ws {
					w.FindAll(s, lowers[i])
				}
			}
		}
	})
	b.Run("set", func(b *testing.B) {
		for b.Loop() {
			for i, s := range benchTexts {
				f := set.Scan(lowers[i])
				for _, w := range ws {
					f.FindAll(w, s)
				}
				f.Release()
			}
		}
	})
}
