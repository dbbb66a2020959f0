package prefilter

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode/utf8"
)

// edge is the class of runes that end a word, as `(?i)[^\p{L}\p{N}]` has
// it: the left edge of a Word pattern.
var edge = func() []rune {
	t, err := syntax.Parse(`(?i)[^\p{L}\p{N}]`, syntax.Perl)
	if err != nil || t.Op != syntax.OpCharClass {
		panic("prefilter: edge class")
	}
	return t.Rune
}()

// AtEdge reports whether r ends a word: whether it is in the class
// `(?i)[^\p{L}\p{N}]` that gives a Word pattern its edges (no letter nor
// digit, nor a rune that folds to one).
func AtEdge(r rune) bool {
	i, _ := slices.BinarySearchFunc(edge, r, func(lo, r rune) int { return int(lo - r) })
	// edge holds pairs lo, hi: r is in the pair it falls into
	if i < len(edge) && edge[i] == r {
		return true
	}
	return i%2 == 1 && r <= edge[i]
}

// Word returns the case-insensitive pattern p matched where a word starts:
// `(?i)(?:^|[^\p{L}\p{N}])(?:p)`, and where a word ends too when right is
// set (`(?:[^\p{L}\p{N}]|$)` after it). Its FindAll and Match give what
// the regular expression gives, but when every match of p begins with one
// of a few literals, only the places where one of them occurs are tried:
// Go's matcher would try every place of the text.
func Word(p string, right bool) *Regexp {
	edges := ""
	if right {
		edges = `(?:[^\p{L}\p{N}]|$)`
	}
	r := MustCompile(`(?i)(?:^|[^\p{L}\p{N}])(?:` + p + `)` + edges)
	body := `(?i)(?:` + p + `)` + edges // the pattern after its left edge
	t, err := syntax.Parse(`(?i)(?:`+p+`)`, syntax.Perl)
	b, errb := syntax.Parse(body, syntax.Perl)
	if err == nil && errb == nil {
		r.anchor(starts(t.Simplify()), wrappable(body, b.Simplify()))
		r.word = r.starts != nil
	}
	return r
}

// Starts returns the literals, lower case, one of which every match begins
// with after its left edge (nil when there are none to go by).
func (r *Regexp) Starts() []string { return r.starts }

// FindAll is FindAllStringIndex(s, -1) for a text whose Lower form is lower
// (exact where Maybe is: see there for the few letters it is not).
func (r *Regexp) FindAll(s, lower string) [][]int {
	if !r.Maybe(lower) {
		return nil
	}
	if r.starts == nil {
		return r.FindAllStringIndex(s, -1)
	}
	var out [][]int
	r.each(s, lower, func(loc []int) bool {
		out = append(out, loc)
		return true
	})
	return out
}

// each calls f with the matches of a pattern with literal starts from left
// to right, as Go's FindAll finds them, until f returns false: a match
// starts where one of the literals occurs (a Word pattern's at the edge rune
// before, or at the text's start), and the next one where the last ended,
// or later.
func (r *Regexp) each(s, lower string, f func(loc []int) bool) {
	var at []int
	for _, lit := range r.starts {
		for i := 0; ; {
			j := strings.Index(lower[i:], lit)
			if j < 0 {
				break
			}
			at = append(at, i+j)
			i += j + 1
		}
	}
	slices.Sort(at)
	r.eachAt(s, slices.Compact(at), f)
}

// eachAt is each given where the literal starts occur in the text's Lower
// form, in order.
func (r *Regexp) eachAt(s string, at []int, f func(loc []int) bool) {
	end := 0 // where the last match ended
	for _, pos := range at {
		q := pos // where the match starts
		var loc []int
		if pos == 0 {
			loc = r.at0.FindStringIndex(s)
		} else {
			// the rune before is matched too, as the context of the
			// pattern's assertions (a Word pattern's left edge)
			c, size := utf8.DecodeLastRuneInString(s[:pos])
			if r.word && !AtEdge(c) {
				continue
			}
			if r.word {
				q = pos - size
			}
			if q < end {
				continue // inside the last match: Go goes on from its end
			}
			loc = r.after.FindStringIndex(s[pos-size:])
			if loc != nil {
				loc[1] += pos - size
			}
		}
		if loc == nil {
			continue
		}
		end = loc[1]
		if !f([]int{q, end}) {
			return
		}
	}
}

// starts returns literals one of which every match of t begins with, or
// nil when it cannot tell (an assertion or a class first, or too many).
func starts(t *syntax.Regexp) []string {
	switch t.Op {
	case syntax.OpLiteral:
		return []string{lowerRunes(t.Rune)}
	case syntax.OpCharClass:
		return class(t.Rune)
	case syntax.OpCapture, syntax.OpPlus:
		return starts(t.Sub[0])
	case syntax.OpRepeat:
		if t.Min >= 1 {
			return starts(t.Sub[0])
		}
	case syntax.OpAlternate:
		return union(t.Sub, starts)
	case syntax.OpConcat:
		if len(t.Sub) == 0 {
			return nil
		}
		first, rest := t.Sub[0], &syntax.Regexp{Op: syntax.OpConcat, Sub: t.Sub[1:], Flags: t.Flags}
		if len(t.Sub) == 2 {
			rest = t.Sub[1]
		}
		switch first.Op {
		case syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpBeginLine, syntax.OpBeginText:
			return starts(rest) // an assertion takes no text
		}
		switch {
		case first.Op == syntax.OpQuest || first.Op == syntax.OpStar || first.Op == syntax.OpRepeat && first.Min == 0:
			// the first part may be missing: the match begins with it or
			// with what follows
			a, b := starts(first.Sub[0]), starts(rest)
			if a == nil || b == nil || len(a)+len(b) > maxSet {
				return nil
			}
			return append(a, b...)
		}
		return starts(first)
	}
	return nil
}
