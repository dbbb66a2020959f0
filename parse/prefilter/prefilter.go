// Package prefilter skips regular expressions that cannot match. From a
// pattern's syntax tree it derives literal strings of which every match
// contains at least one (the technique of RE2's prefilter); a text that
// contains none of them, lower-cased, is not searched. Finding a few
// substrings is many times cheaper than running Go's backtracking matcher at
// every position of a sentence.
package prefilter

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Regexp is a compiled expression with its prefilter.
type Regexp struct {
	*regexp.Regexp
	any []string // lower case; nil: no literal is required, always search
	// The fast path of a pattern whose matches begin with one of a few
	// literals (a Word pattern's after its left edge): it is tried only
	// where one occurs.
	starts []string // those literals, lower case
	// word marks a Word pattern: its match begins at the edge rune before.
	word bool
	// at0 is the pattern (a Word pattern's without its left edge) anchored
	// at the text's start; after is it anchored after one rune, which gives
	// assertions such as \b the rune before a place as their context.
	at0, after *regexp.Regexp
}

// New returns the prefiltered form of re.
func New(re *regexp.Regexp) *Regexp {
	r := &Regexp{Regexp: re}
	if t, err := syntax.Parse(re.String(), syntax.Perl); err == nil {
		t = t.Simplify()
		r.any = required(t)
		for _, s := range r.any {
			if s == "" {
				r.any = nil // an empty literal tells nothing
				break
			}
		}
		r.anchor(starts(t), wrappable(re.String(), t))
	}
	return r
}

// wrappable is the pattern p, of tree t, in a form that stays itself
// inside a group: p itself unless it quotes (a \Q with no \E would swallow
// the group's closing parenthesis), then the tree's printed form. Printing
// a tree is slow where it has large classes under (?i): it folds \p{L}
// rune by rune.
func wrappable(p string, t *syntax.Regexp) string {
	if strings.Contains(p, `\Q`) {
		return t.String()
	}
	return p
}

// anchor sets the fast path of a pattern p whose matches begin with one of
// the literals lits (nil: none to go by).
func (r *Regexp) anchor(lits []string, p string) {
	if lits == nil || slices.Contains(lits, "") {
		return
	}
	r.starts = lits
	r.at0 = regexp.MustCompile(`^(?:` + p + `)`)
	r.after = regexp.MustCompile(`^(?s:.)(?:` + p + `)`)
}

// MustCompile is regexp.MustCompile with a prefilter.
func MustCompile(p string) *Regexp { return New(regexp.MustCompile(p)) }

// Literals returns the strings one of which every match contains (nil when
// there are none to go by).
func (r *Regexp) Literals() []string { return r.any }

// Maybe reports whether the expression can match a text whose lower-cased
// form (Lower) is lower. It is exact but for the few letters whose case
// forms do not share one lower case of the same length (the Kelvin sign,
// the long s, the Turkish dotted I), which news text does not rely on.
func (r *Regexp) Maybe(lower string) bool {
	if r.any == nil {
		return true
	}
	for _, s := range r.any {
		if strings.Contains(lower, s) {
			return true
		}
	}
	return false
}

// MatchString reports whether the expression matches s, searching s only
// when its prefilter allows a match.
func (r *Regexp) MatchString(s string) bool {
	return r.Match(s, Lower(s))
}

// Match is MatchString for a text whose Lower form the caller has already.
func (r *Regexp) Match(s, lower string) bool {
	if !r.Maybe(lower) {
		return false
	}
	if r.starts == nil {
		return r.Regexp.MatchString(s)
	}
	found := false
	r.each(s, lower, func([]int) bool {
		found = true
		return false
	})
	return found
}

// Lower lower-cases s rune by rune where that keeps each rune's length in
// bytes, so offsets in the result are offsets in s.
func Lower(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s // nothing to lower
	}
	b := make([]byte, len(s))
	copy(b, s[:i])
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		l := lowerRune(r)
		if l == r || utf8.RuneLen(l) != size {
			copy(b[i:], s[i:i+size])
		} else {
			utf8.EncodeRune(b[i:], l)
		}
		i += size
	}
	return string(b)
}

// lowerRune is unicode.ToLower, quick for the Russian alphabet.
func lowerRune(r rune) rune {
	switch {
	case 0x430 <= r && r <= 0x45F: // а-я, ѐ-џ
		return r
	case 0x410 <= r && r <= 0x42F: // А-Я
		return r + 0x20
	case 0x400 <= r && r <= 0x40F: // Ѐ-Џ (Ё, Ў)
		return r + 0x50
	}
	return unicode.ToLower(r)
}

// maxSet bounds the size of a set of alternatives: past it, the set is not
// worth checking.
const maxSet = 64

// required returns literals one of which every match of t contains, or nil.
func required(t *syntax.Regexp) []string {
	switch t.Op {
	case syntax.OpLiteral:
		return []string{lowerRunes(t.Rune)}
	case syntax.OpCharClass:
		return class(t.Rune)
	case syntax.OpCapture:
		return required(t.Sub[0])
	case syntax.OpPlus:
		return required(t.Sub[0])
	case syntax.OpRepeat:
		if t.Min >= 1 {
			return required(t.Sub[0])
		}
		return nil
	case syntax.OpConcat:
		// the best part: the set whose shortest literal is longest, then
		// the smallest
		var best []string
		bestLen := 0
		for _, s := range t.Sub {
			set := required(s)
			if set == nil {
				continue
			}
			if n := shortest(set); n > bestLen || n == bestLen && len(set) < len(best) {
				best, bestLen = set, n
			}
		}
		return best
	case syntax.OpAlternate:
		return union(t.Sub, required)
	}
	return nil
}

// union is the literals set gives each alternative, together; nil when an
// alternative has none or there are more than maxSet.
func union(alts []*syntax.Regexp, set func(*syntax.Regexp) []string) []string {
	var out []string
	for _, a := range alts {
		s := set(a)
		if s == nil {
			return nil
		}
		if out = append(out, s...); len(out) > maxSet {
			return nil
		}
	}
	return out
}

// maxClass bounds the runes of a class read as literals (digits, [;:]).
const maxClass = 24

// class returns the runes of the class whose ranges are ranges, each a
// literal, lower case; nil when there are more than maxClass.
func class(ranges []rune) []string {
	n := 0
	for i := 0; i+1 < len(ranges); i += 2 {
		if n += int(ranges[i+1]-ranges[i]) + 1; n > maxClass {
			return nil
		}
	}
	var out []string
	for i := 0; i+1 < len(ranges); i += 2 {
		for r := ranges[i]; r <= ranges[i+1]; r++ {
			if l := lowerRunes([]rune{r}); !slices.Contains(out, l) {
				out = append(out, l)
			}
		}
	}
	return out
}

func shortest(set []string) int {
	n := 1 << 30
	for _, s := range set {
		n = min(n, len(s))
	}
	return n
}

func lowerRunes(rs []rune) string {
	var b strings.Builder
	for _, r := range rs {
		l := unicode.ToLower(r)
		if utf8.RuneLen(l) != utf8.RuneLen(r) {
			l = r
		}
		b.WriteRune(l)
	}
	return b.String()
}
