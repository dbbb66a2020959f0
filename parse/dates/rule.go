package dates

import (
	"github.com/ca-diplomacy/timeline/parse/prefilter"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/ca-diplomacy/timeline/parse/text"
	"github.com/olebedev/when/rules"
)

// Rule reads one form of date expression. Every Rule is a when rules.Rule:
// Find returns the leftmost match in a string and the match's Applier writes
// the start date into a when Context, so the rule also works inside a
// when.Parser. The Reader of this package uses rules differently: it tries a
// rule only where a text token can begin it (Starts) and keeps the typed Value.
type Rule struct {
	// Name identifies the rule in tests and traces.
	Name string
	// Starts lists where the expression can begin, lower case: its first
	// token and, after spaces, any tokens that must follow it ("in @month",
	// "# @month -"). A token is a word, "#" for any number, "####"
	// for a number of four digits (after the first token only), a class
	// ("@month", "@weekday", "@rel", "@unit", "@dayword", "@anaphor"), or
	// a punctuation mark ("-" stands for every dash), or words separated by
	// "|" ("конце|начале"); a later token ending in "*" is a prefix ("yil*" is yilning, yilda). A class of phrases as
	// the first token ("@anaphor") begins each phrase with its own first
	// two words. The rule is tried only where one of its starts occurs, which
	// spares the regular expression on most tokens.
	Starts []string
	// Pattern is the regular expression, with the placeholders of its
	// Language ({month}, {weekday}, {dash}, {'}, …) and named groups.
	Pattern string
	// Value computes the expression's meaning from the named groups.
	Value func(g Groups, c *Context) (Value, bool)
	// When, if set, is a rule of the when library used as it is (see
	// FromWhen); Pattern and Value are then unused.
	When rules.Rule
	// Needs, if set, is a word the expression must contain (lower case):
	// the rule is tried only where it occurs within reach, which spares
	// the regular expression on most tokens.
	Needs     string
	precision Precision

	lang     *Language
	order    int            // place in Language.Rules: the first wins ties
	anchored *regexp.Regexp // \A(?:Pattern), lower case, for the Reader
	anywhere *regexp.Regexp // boundary + (Pattern), for Find
}

// Groups gives a rule's named captures.
type Groups struct {
	lang  *Language
	names []string
	text  string
	low   string // text lower-cased, byte for byte (prefilter.Lower)
	idx   []int
}

// Get returns the named capture, or "" when it did not take part.
func (g Groups) Get(name string) string { return g.in(g.text, name) }

func (g Groups) in(s, name string) string {
	for i, n := range g.names {
		if n == name && g.idx[2*i] >= 0 {
			return s[g.idx[2*i]:g.idx[2*i+1]]
		}
	}
	return ""
}

// Has reports whether the named capture took part in the match.
func (g Groups) Has(name string) bool { return g.Get(name) != "" }

// Int returns the named capture as a number, or 0.
func (g Groups) Int(name string) int {
	s := g.Get(name)
	if s == "" {
		return 0 // (strconv's error would cost an allocation)
	}
	n, _ := strconv.Atoi(s)
	return n
}

// Month returns the month number of the named capture (a name or a number).
func (g Groups) Month(name string) int {
	s := g.Get(name)
	if s != "" && s[0] >= '0' && s[0] <= '9' {
		n, _ := strconv.Atoi(s)
		return n
	}
	return g.lang.monthOfKey(g.Word(name))
}

// Year returns the named capture as a year; two digits are 19xx or 20xx.
func (g Groups) Year(name string) int {
	s := g.Get(name)
	if s == "" {
		return 0
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	if len(s) == 2 {
		if n < 70 {
			return 2000 + n
		}
		return 1900 + n
	}
	return n
}

// Weekday returns the weekday of the named capture.
func (g Groups) Weekday(name string) (time.Weekday, bool) {
	wd, ok := g.lang.Weekdays[g.Word(name)]
	return wd, ok
}

// Word returns the named capture folded as the language folds words.
func (g Groups) Word(name string) string { return text.FoldApostrophes(g.in(g.low, name)) }

// Find implements when's rules.Rule: the leftmost match in text.
func (r *Rule) Find(text string) *rules.Match {
	if r.When != nil {
		return r.When.Find(text)
	}
	idx := r.anywhere.FindStringSubmatchIndex(text)
	if idx == nil || idx[2] < 0 {
		return nil
	}
	left, right := idx[2], idx[3]
	if !boundaryAfter(text, right) {
		return nil
	}
	m := &rules.Match{Left: left, Right: right, Text: text[left:right]}
	for i := 2; i < len(idx); i += 2 {
		if idx[i] >= 0 {
			m.Captures = append(m.Captures, text[idx[i]:idx[i+1]])
		} else {
			m.Captures = append(m.Captures, "")
		}
	}
	g := Groups{lang: r.lang, names: r.anywhere.SubexpNames(), text: text, low: prefilter.Lower(text), idx: idx}
	m.Applier = func(_ *rules.Match, c *rules.Context, _ *rules.Options, ref time.Time) (bool, error) {
		ctx := Context{Ref: DateOf(ref)}
		ctx.Prev, ctx.PrevPast = ctx.Ref, ctx.Ref
		v, ok := r.Value(g, &ctx)
		if !ok {
			return false, nil
		}
		y, mo, d := v.Start.Year, v.Start.Month, v.Start.Day
		if y != 0 {
			c.Year = &y
		}
		if mo != 0 {
			c.Month = &mo
		}
		if d != 0 {
			c.Day = &d
		}
		return true, nil
	}
	return m
}

// boundaryAfter reports whether a word ends at byte i of s.
func boundaryAfter(s string, i int) bool {
	if i >= len(s) || i == 0 {
		return true
	}
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i:])
	if !isWord(before) {
		return true
	}
	return !isWord(after)
}

func isWord(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	case 0x400 <= r && r <= 0x4FF: // Cyrillic: letters and combining marks
		return r != 0x482 // ҂, a numeric sign
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// Language is what the Reader knows of one language: its month and weekday
// names, its markers of the future, and its rules. Adding a language is
// adding a package that builds one of these and registers it.
type Language struct {
	Code string
	// Months maps each written form of a month (lower case, apostrophes
	// as ') to its number. Forms in MonthStems may carry any suffix.
	Months map[string]int
	// MonthStems lists the month forms that take suffixes (Uzbek noyabrda).
	MonthStems []string
	// Weekdays maps weekday forms (lower case) to weekdays.
	Weekdays map[string]time.Weekday
	// DayWords are days counted from the publication date ("yesterday": -1).
	DayWords map[string]int
	// Anaphora are days counted from the day the text last spoke of
	// ("a day earlier": -1, "later that day": 0).
	Anaphora map[string]int
	// RelWords move a unit from the publication date ("last": -1, "this": 0).
	RelWords map[string]int
	// Units name calendar units for RelWords ("week", "неделе", "hafta").
	Units map[string]Unit
	// YearAnaphora are years counted from the last year the text gave
	// ("the same year": 0, "a year later": 1, "в том же году", "o'sha
	// yili").
	YearAnaphora map[string]int
	// Numbers are the words for small counts ("two", "двумя", "ikki"), for
	// spans of time ago ("nine years ago").
	Numbers map[string]int
	// CaseSensitiveMonths makes month names match only as written in
	// Months' Title case (English: "May" is a month, "may" is not).
	CaseSensitiveMonths bool
	// Future matches words that put a sentence in the future. It is
	// matched against the lower-cased sentence, so it is written in lower
	// case without (?i), which makes it several times faster.
	Future    *regexp.Regexp
	futurePre *prefilter.Regexp // the literals one of which Future needs
	// Macros are extra placeholders for this language's patterns.
	Macros map[string]string
	// Rules are tried in order; at one place the longest match wins, and
	// the first rule among equally long ones.
	Rules []*Rule

	byStart map[string]*firstIndex // first token -> the rules that may begin there
	stems   map[string][]string    // first rune of a stem -> stems
}

func (l *Language) key(s string) string { return text.Fold(s) }

// MonthOf returns the number of a written month, or 0.
func (l *Language) MonthOf(s string) int { return l.monthOfKey(l.key(s)) }

// monthOfKey is MonthOf for a form already folded (Language.key).
func (l *Language) monthOfKey(k string) int {
	k = strings.TrimSuffix(k, ".")
	if m, ok := l.Months[k]; ok {
		return m
	}
	if m, ok := l.Months[k+"."]; ok {
		return m
	}
	best, bestLen := 0, 0
	for _, st := range l.MonthStems {
		if strings.HasPrefix(k, st) && len(st) > bestLen {
			best, bestLen = l.Months[st], len(st)
		}
	}
	return best
}

// Compile prepares the language's rules. It panics on a bad pattern, as
// regexp.MustCompile does: rules are program text.
func (l *Language) Compile() *Language {
	if l.Future != nil {
		l.futurePre = prefilter.New(l.Future)
	}
	macros, lowMacros := l.macros(false), l.macros(true)
	l.stems = map[string][]string{}
	for _, st := range l.MonthStems {
		r, _ := utf8.DecodeRuneInString(st)
		l.stems[string(r)] = append(l.stems[string(r)], st)
	}
	for i, r := range l.Rules {
		r.lang, r.order = l, i
		if r.When == nil {
			src, low := r.Pattern, r.Pattern
			for range 4 { // macros may hold macros
				src, low = expand(src, macros), expand(low, lowMacros)
			}
			r.anchored = regexp.MustCompile(`\A(?:` + low + `)`)
			r.anywhere = regexp.MustCompile(`(?i:^|[^\p{L}\p{N}])((?i:` + src + `))`)
		}
	}
	l.byStart = l.compileStarts()
	return l
}

// macros are the placeholders of the language's patterns. Patterns are
// matched case-insensitively (Find), or, for the Reader, against lower-cased
// text (lower): a case-sensitive regexp is much faster than one that folds
// case, and a rule whose month names are case-sensitive has them checked
// after the match (monthCase).
func (l *Language) macros(lower bool) map[string]string {
	fold, months, monthFold := "(?i:", monthForms(l), "(?i:"
	if l.CaseSensitiveMonths {
		monthFold = "(?-i:"
	}
	if lower {
		fold, months, monthFold = "(?:", keys(l.Months), "(?:"
	}
	m := map[string]string{
		"dash":  `\s*[` + dashes + `]\s*`, // ("-" first: a literal in the class)
		"'":     text.ApostropheClass,
		"d":     `(?:3[01]|[12]\d|0?[1-9])`,
		"yyyy":  `(?:1[89]\d\d|20\d\d|21\d\d)`,
		"month": alternation(months, monthFold),
	}
	for _, c := range []string{"weekday", "dayword", "anaphor", "rel", "unit", "number", "yearanaphor"} {
		m[c] = alternation(l.classForms("@"+c), fold)
	}
	for k, v := range l.Macros {
		m[k] = v
	}
	return m
}

// monthCase reports whether the month names of a match are written as the
// language requires: capitalised, when CaseSensitiveMonths ("May", not
// "may agree").
func (l *Language) monthCase(g Groups) bool {
	if !l.CaseSensitiveMonths {
		return true
	}
	for i, n := range g.names {
		if (n == "m" || n == "m2") && g.idx[2*i] >= 0 && g.idx[2*i] < g.idx[2*i+1] {
			r, _ := utf8.DecodeRuneInString(g.text[g.idx[2*i]:])
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
				return false
			}
		}
	}
	return true
}

func monthForms(l *Language) []string {
	var forms []string
	for f := range l.Months {
		if l.CaseSensitiveMonths {
			f = strings.ToUpper(f[:1]) + f[1:]
		}
		forms = append(forms, f)
	}
	return forms
}

// alternation is a regexp that matches any of words, longest first, with
// apostrophes matching every Uzbek variant; flags opens its group ("(?i:").
func alternation(words []string, flags string) string {
	sort.Slice(words, func(i, j int) bool {
		a, b := strings.TrimSuffix(words[i], "."), strings.TrimSuffix(words[j], ".")
		if len(a) != len(b) {
			return len(a) > len(b)
		}
		return words[i] < words[j]
	})
	parts := make([]string, len(words))
	for i, w := range words {
		q := regexp.QuoteMeta(w)
		q = strings.ReplaceAll(q, "'", text.ApostropheClass)
		q = strings.ReplaceAll(q, `\.`, `\.?`)
		q = spaces.ReplaceAllString(q, `\s+`)
		parts[i] = q
	}
	return flags + strings.Join(parts, "|") + ")"
}

var spaces = regexp.MustCompile(`( |\\ )+`)

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// expand replaces {name} placeholders; unknown ones are left as they are,
// so regexp repetitions such as {2,4} survive.
func expand(src string, macros map[string]string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(src, '{')
		if i < 0 {
			b.WriteString(src)
			return b.String()
		}
		j := strings.IndexByte(src[i:], '}')
		if j < 0 {
			b.WriteString(src)
			return b.String()
		}
		name := src[i+1 : i+j]
		b.WriteString(src[:i])
		if m, ok := macros[name]; ok {
			b.WriteString(m)
		} else {
			b.WriteString(src[i : i+j+1])
		}
		src = src[i+j+1:]
	}
}
