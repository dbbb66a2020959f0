package prefilter

import (
	"fmt"
	"regexp"
	"slices"
	"testing"
	"unicode"
)

func TestStarts(t *testing.T) {
	for _, c := range []struct {
		pattern string
		want    []string
	}{
		{`state visit`, []string{"state visit"}},
		{`Talks|negotiations`, []string{"talks", "negotiations"}},
		{`(?:official )?working visit`, []string{"official ", "working visit"}},
		{`(?:tele)?phone (?:call|talk)s?`, []string{"tele", "phone "}},
		{`visit(?:ed|s)?\b|(?:is|was) visiting`, []string{"visit", "is", "was"}},
		{`[\p{L}-]+ dialogue|consultations`, nil},
		{`\d\s*\+\s*1 meeting|summit`, append(digits, "summit")},
		{`[\p{L}-]+ dialogue|consultations`, nil},
		{`(?i)[k]m`, []string{"k", "\u212a"}}, // the Kelvin sign lower-cases to one byte
		{`\bsummit`, []string{"summit"}},
		{`\bUS\b|\bU\.S\.(?:A\.)?`, []string{"us", "u.s."}},
		{`x*summit`, []string{"x", "summit"}},
		{`(?:a|b)*`, nil},
	} {
		if got := Word(c.pattern, false).Starts(); !slices.Equal(got, c.want) {
			t.Errorf("%s: %q, want %q", c.pattern, got, c.want)
		}
	}
}

// wordCases are patterns and texts where the fast path and Go's matcher
// could part: edges of every kind, matches side by side, the text's start
// and end, invalid UTF-8.
var wordCases = struct {
	patterns []string
	texts    []string
}{
	[]string{`visit(?:ed|s)?\b|(?:is|are) visiting|arriv(?:ed|al) in`, `(?:official )?working visit`, `talks|met with|meeting`,
		`(?:meeting|session)s? of the [\p{L}\s-]{0,20}?council`, `визит\p{L}*|переговор\p{L}*`, `o[‘'ʻ]zbek\p{L}*`, `a|ab|abc`, `x?y`, `\bvisit|_visit`},
	[]string{"", "visit", "Visit visit,visit", "revisit the visit", "visits.Visited", "«Visit»", "talks-talks talks",
		"He is visiting; they are visiting.", "arrived in Astana, arrival in Baku", "_visit 1visit ½visit",
		"official working visit working visit", "meeting of the Foreign Ministers Council", "Визит, переговоры", "O‘zbekiston o'zbek",
		"\xffvisit\xe2\x82visit", "a ab abc abcd", "xy y xxy", "ⓐvisit Ⅳvisit \u0345visit"},
}

// patternCases are patterns of every shape New gives the fast path to —
// assertions first (Go's \b knows only ASCII), case-sensitive and
// insensitive, alternatives — and texts where it and Go's matcher could part.
var patternCases = struct {
	patterns []string
	texts    []string
}{
	[]string{`(?i)\bUS\b|\bU\.S\.(?:A\.)?|\bUSA\b`, `\bSCO\b|Shanghai Cooperation Organi[sz]ation|\bШОС\b`,
		`(?i)\bC5\s*\+\s*1\b`, `\bKazISS\b|Казахстанск\p{L}+ институт`, `(?m)^Astana|^Ташкент`, `\Bsco`, `a|ab|abc`,
		`\QU.S.`, `(?i)\Qa|b`, `x\Qa.b\Ey`}, // quoted to the end: a group around it would be swallowed
	[]string{"", "US", "us", "Let us meet the US and USA, U.S. and U.S.A. reps", "_US US_ 1US US1 ½US",
		"Moscow SCO,SCO.SCO_ SCOs the Shanghai Cooperation Organisation ШОС, саммит ШОС", "C5+1 c5 + 1 C5+12",
		"KazISS KazISSx xKazISS Казахстанский институт", "Astana\nАстана\nТашкент Astana", "Moscow sco disco",
		"a ab abc abcd", "\xffUS\xe2\x82US", "ⓐUS ⅣUS \u0345US", "UxSx U.S. a|b A|B ab xa.by xaxby"},
}

func TestNewIsRegexp(t *testing.T) {
	for _, p := range patternCases.patterns {
		r := MustCompile(p)
		if r.Starts() == nil {
			t.Errorf("%s: no fast path", p)
		}
		checkRegexp(t, r, patternCases.texts...)
	}
}

// checkRegexp requires the prefilter's FindAll and Match of r to give what
// Go's matcher gives in each text.
func checkRegexp(t *testing.T, r *Regexp, texts ...string) {
	t.Helper()
	for _, s := range texts {
		want := r.Regexp.FindAllStringIndex(s, -1)
		got := r.FindAll(s, Lower(s))
		if !slices.EqualFunc(got, want, slices.Equal[[]int]) {
			t.Fatalf("%s in %q: FindAll %v, regexp %v", r, s, got, want)
		}
		if m, want := r.MatchString(s), r.Regexp.MatchString(s); m != want {
			t.Fatalf("%s in %q: Match %v, regexp %v", r, s, m, want)
		}
	}
}

func FuzzNew(f *testing.F) {
	for _, p := range patternCases.patterns {
		for _, s := range patternCases.texts {
			f.Add(p, s)
		}
	}
	f.Fuzz(func(t *testing.T, p, s string) {
		re, err := regexp.Compile(p)
		if err != nil || !plainCase(s) || !plainCase(p) {
			return
		}
		checkRegexp(t, New(re), s)
	})
}

func TestWordIsRegexp(t *testing.T) {
	for _, p := range wordCases.patterns {
		for _, right := range []bool{false, true} {
			checkWord(t, p, right, wordCases.texts...)
		}
	}
}

func checkWord(t *testing.T, p string, right bool, texts ...string) {
	t.Helper()
	checkRegexp(t, Word(p, right), texts...)
}

// The edge class is the one the pattern has.
func TestAtEdge(t *testing.T) {
	re := regexp.MustCompile(`(?i)^[^\p{L}\p{N}]$`)
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		if got, want := AtEdge(r), re.MatchString(string(r)); got != want {
			t.Fatalf("AtEdge(%U) = %v, want %v", r, got, want)
		}
	}
}

func FuzzWord(f *testing.F) {
	for _, p := range wordCases.patterns {
		for _, s := range wordCases.texts {
			f.Add(p, s, true)
		}
	}
	f.Fuzz(func(t *testing.T, p, s string, right bool) {
		if _, err := regexp.Compile(`(?i)(?:` + p + `)`); err != nil || !plainCase(s) || !plainCase(p) {
			return
		}
		checkWord(t, p, right, s)
	})
}

func ExampleWord() {
	w := Word(`(?:official )?visit`, true)
	s := "The Official visit and a revisit."
	fmt.Println(w.Starts(), w.FindAll(s, Lower(s)))
	// Output: [official  visit] [[3 19]]
}

// BenchmarkWord finds trigger-like patterns in news sentences through the
// fast path, against Go's matcher on the same texts (both after Maybe).
func BenchmarkWord(b *testing.B) {
	ws, lowers := benchWords()
	b.Run("regexp", func(b *testing.B) {
		for b.Loop() {
			for i, s := range benchTexts {
				for _, w := range ws {
					if w.Maybe(lowers[i]) {
						w.FindAllStringIndex(s, -1)
					}
				}
			}
		}
	})
	b.Run("word", func(b *testing.B) {
		for b.Loop() {
			for i, s := range benchTexts {
				for _, w := range ws {
					w.FindAll(s, lowers[i])
				}
			}
		}
	})
}

// benchPatterns are trigger-like patterns, benchTexts news sentences.
var (
	benchPatterns = []string{`summit|meeting of the heads of state`, `state visit`, `(?:official )?working visit`,
		`talks|negotiations|held a meeting|met with|received`, `visit(?:ed|s)?\b|(?:is|are|was) visiting|arriv(?:ed|al) in`,
		`(?:meeting|session)s? of the [\p{L}\s-]{0,60}?(?:council|commission)`, `визит\p{L}*|переговор\p{L}*|встреч\p{L}*`}
	benchTexts = []string{
		"On 18 April 2024, President Shavkat Mirziyoyev arrived in Dushanbe on a state visit at the invitation of President Emomali Rahmon.",
		"The leaders held talks in a narrow format and then met with the delegations; a meeting of the intergovernmental council followed.",
		"Trade between the two countries grew by a fifth last year, the ministry of economy said in a statement on Tuesday.",
		"Президент Казахстана прибыл в Ташкент с государственным визитом; переговоры продлятся два дня.",
	}
)

// benchWords returns the Word patterns of benchPatterns and the Lower
// forms of benchTexts, as the benchmarks read them.
func benchWords() (ws []*Regexp, lowers []string) {
	for _, p := range benchPatterns {
		ws = append(ws, Word(p, false))
	}
	for _, s := range benchTexts {
		lowers = append(lowers, Lower(s))
	}
	return ws, lowers
}
