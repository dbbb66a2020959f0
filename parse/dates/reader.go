// Package dates reads date expressions in news text: full and partial
// dates, ranges, and dates relative to the publication date or to the date
// the text last spoke of, each with its precision.
//
// It is built on github.com/olebedev/when's rules.Rule interface (every Rule
// here is one), with its own linear driver: the Reader walks the text once,
// and at each token that can begin a date expression tries only the rules
// that begin with it, anchored there. Language knowledge lives in one package
// per language (parse/lang/en, ru, uz) as data plus small rules.
package dates

import (
	"github.com/ca-diplomacy/timeline/parse/prefilter"
	"strings"

	"github.com/ca-diplomacy/timeline/parse/text"
	"unicode"
	"unicode/utf8"
)

// Expr is one date expression found in a text.
type Expr struct {
	Text   string // as written
	Offset int    // byte offset in the text
	Value
	Rule string // the rule that read it
}

// Options say how to read one text.
type Options struct {
	// Lang is the language code of the text ("en", "ru", "uz").
	Lang string
	// Ref is the publication date; the zero Date when unknown.
	Ref Date
	// Exhaustive tries every rule at every token it can begin with,
	// whatever token follows (see Rule.Starts): slower, and the same
	// result unless a rule's Starts leave out a form it reads. Tests use
	// it to check that.
	Exhaustive bool
	// Lower is the text's prefilter.Lower form when the caller has it
	// already (empty: Read makes it).
	Lower string
	// Tense, when set, reports whether the expression at a byte offset is
	// told of as ahead ("will be held on 6 August"); a caller that reads
	// clauses judges it in the expression's own clause. Without it the
	// whole sentence is read with the language's Future.
	Tense func(offset int) bool
	// Past, when set, reports whether the expression at a byte offset is
	// told of as done ("the visit, which took place on 4-5 April"): a day
	// or month in such a clause is never one of the weeks ahead.
	Past func(offset int) bool
}

// Reader finds date expressions with the rules of its languages.
type Reader struct {
	langs map[string]*Language
	first string
}

// NewReader returns a Reader for the given languages; the first is used for
// texts whose language it does not know.
func NewReader(langs ...*Language) *Reader {
	r := &Reader{langs: map[string]*Language{}}
	for i, l := range langs {
		if l.byStart == nil {
			l.Compile()
		}
		r.langs[l.Code] = l
		if i == 0 {
			r.first = l.Code
		}
	}
	return r
}

// Language returns the rules for code, or the default language's.
func (r *Reader) Language(code string) *Language {
	if l, ok := r.langs[code]; ok {
		return l
	}
	return r.langs[r.first]
}

// maxExpr bounds how far one expression reaches from its first token.
const maxExpr = 160

type found struct {
	off, end int
	rule     *Rule
	g        Groups
}

// Read returns every date expression of text, in order, resolved against
// opt.Ref or, when that is unknown, against the year the text itself gives.
// Expressions that cannot be resolved (a relative day with no publication
// date) and impossible dates are left out.
func (r *Reader) Read(s string, opt Options) []Expr {
	l := r.Language(opt.Lang)
	lower := opt.Lower
	if len(lower) != len(s) {
		lower = prefilter.Lower(s)
	}
	cands := l.scan(s, lower, opt.Exhaustive)
	if len(cands) == 0 {
		return nil
	}
	ctx := Context{Ref: opt.Ref}
	if !ctx.HasRef() {
		for _, c := range cands {
			if ctx.FirstYear = statedYear(c); ctx.FirstYear != 0 {
				break
			}
		}
	}
	out := make([]Expr, 0, len(cands))
	// the tense of a sentence is worked out when a rule first asks for it
	var sent text.Span
	var future bool
	for _, c := range cands {
		off := c.off
		ctx.Future, ctx.tense = false, func() bool {
			if opt.Tense != nil {
				return opt.Tense(off)
			}
			if sent.End == 0 || off < sent.Start || off >= sent.End {
				sent = text.SentenceAt(s, off)
				future = l.future(lower[sent.Start:sent.End])
			}
			return future
		}
		ctx.past = nil
		if opt.Past != nil {
			ctx.past = func() bool { return opt.Past(off) }
		}
		v, ok := c.rule.eval(c.g, &ctx)
		if !ok || v.Precision == NoPrecision {
			continue
		}
		if !ctx.HasRef() {
			if y := statedYear(c); y != 0 {
				ctx.Year = y
			}
		}
		out = append(out, Expr{Text: s[c.off:c.end], Offset: c.off, Value: v, Rule: c.rule.Name})
		if v.Start.Year != 0 {
			ctx.PrevYear = v.Start.Year
		}
		if v.Precision == Day && (v.End.Year != 0 || !ctx.HasRef()) {
			ctx.Prev = v.End
			if !ctx.HasRef() || v.Start.Compare(ctx.Ref) <= 0 {
				ctx.PrevPast = v.Start
			}
		}
	}
	return out
}

// statedYear is the year an expression states with its month or day
// ("August 28, 2024"), or 0. Without a publication date it gives the year
// of the expressions after it, as a narrative does: "August 2 of this year"
// after "August 28, 2024" is 2024, but a year stated only further on (a
// background fact, an author's note) dates nothing before it.
func statedYear(c found) int {
	var empty Context
	if v, ok := c.rule.eval(c.g, &empty); ok && v.Precision >= Month && v.Start.Year != 0 {
		return v.Start.Year
	}
	return 0
}

// scan walks the tokens of text once and, at each one that can begin an
// expression (Rule.Starts), keeps the longest anchored match of the rules that begin with
// it. Matches do not overlap.
func (l *Language) scan(text, lower string, exhaustive bool) []found {
	var out []found
	var keys [4]string // room for the tokens after one, reused
	var rules []*Rule  // the rules to try at one token, reused
	prevWord := false
	for i := 0; i < len(text); {
		c, size := utf8.DecodeRuneInString(text[i:])
		word := isWord(c)
		if !word || prevWord {
			prevWord = word
			i += size
			continue
		}
		// a token starts at i
		tokEnd := tokenEnd(text, i)
		digit := c >= '0' && c <= '9'
		if digit && afterNumberDash(text, i) {
			// the second half of a numeric range no rule read as a whole
			// (2024-2034, 10-15 percent) is not a date of its own
			prevWord = true
			i = tokEnd
			continue
		}
		best := found{end: -1}
		lim := min(len(text), i+maxExpr)
		window := text[i:lim]
		lowWindow := lower[i:lim]
		// a number with letters attached (13th, 15го, 2025yil)
		// may hold the second token itself: such starts are not checked
		gated := !exhaustive && !(digit && !allDigits(text[i:tokEnd]))
		fi := l.startsAt(lower, i, tokEnd, digit)
		if fi == nil {
			prevWord = true
			i += size
			continue
		}
		next := following{s: text, lower: lower, end: tokEnd, keys: keys[:0]}
		rules = fi.candidates(rules[:0], &next, gated)
		for _, rule := range rules {
			if rule.Needs != "" && !strings.Contains(lowWindow, rule.Needs) {
				continue
			}
			var idx []int
			if rule.When != nil {
				m := rule.When.Find(window)
				if m == nil || strings.TrimSpace(window[:m.Left]) != "" {
					continue
				}
				idx = []int{0, m.Right}
			} else {
				idx = rule.anchored.FindStringSubmatchIndex(lowWindow)
			}
			if idx == nil || idx[1] == 0 {
				continue
			}
			g := Groups{lang: l, names: rule.names(), text: window, low: lowWindow, idx: idx}
			if !l.monthCase(g) {
				continue
			}
			end := i + idx[1]
			end = trimSpaceEnd(text, i, end)
			if !boundaryAfter(text, end) {
				continue
			}
			if end > best.end || end == best.end && rule.order < best.rule.order {
				best = found{off: i, end: end, rule: rule, g: g}
			}
		}
		if best.rule != nil {
			out = append(out, best)
			i = best.end
			prevWord = true
			if i < len(text) {
				r, _ := utf8.DecodeRuneInString(text[i:])
				prevWord = isWord(r)
			}
			continue
		}
		prevWord = true
		i += size
	}
	return out
}

// tokenEnd is the end of the word starting at i; apostrophes inside a word
// (Uzbek o‘tgan) belong to it.
func tokenEnd(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if isWord(r) {
			i += size
			continue
		}
		if text.IsApostrophe(r) && i+size < len(s) {
			n, _ := utf8.DecodeRuneInString(s[i+size:])
			if unicode.IsLetter(n) {
				i += size
				continue
			}
		}
		break
	}
	return i
}

func trimSpaceEnd(s string, start, end int) int {
	for end > start {
		r, size := utf8.DecodeLastRuneInString(s[:end])
		if !unicode.IsSpace(r) && r != ',' {
			break
		}
		end -= size
	}
	return end
}

// future reports whether a sentence, lower-cased, speaks of the future.
func (l *Language) future(lower string) bool {
	return l.Future != nil && l.futurePre.Maybe(lower) && l.Future.MatchString(lower)
}

// eval computes the value of a match found by scan.
func (r *Rule) eval(g Groups, c *Context) (Value, bool) {
	if r.When != nil {
		_, v, ok := r.whenMatch(g.text, c)
		return v, ok
	}
	return r.Value(g, c)
}

func (r *Rule) names() []string {
	if r.anchored == nil {
		return nil
	}
	return r.anchored.SubexpNames()
}

// afterNumberDash reports whether the token at i follows "DIGIT-".
func afterNumberDash(s string, i int) bool {
	r, n := utf8.DecodeLastRuneInString(s[:i])
	if !strings.ContainsRune(dashes, r) {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(s[:i-n])
	return p >= '0' && p <= '9'
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
