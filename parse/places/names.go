package places

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ca-diplomacy/timeline/parse/prefilter"
	"github.com/ca-diplomacy/timeline/parse/text"
)

// group is a named group of countries (or a country's short forms, kind
// "country"), found by the names its pattern in groups.tsv lists.
type group struct {
	kind, name string
	names      names
	members    []string
}

// newGroup reads a row of groups.tsv: kind, name, pattern, members.
func newGroup(f []string) group {
	return group{kind: f[0], name: f[1], names: readNames(f[2], true), members: strings.Fields(f[3])}
}

// names are the names a hand-kept pattern (groups.tsv, venues.tsv) lists,
// one per top-level alternative. A \b at a name's ends is a word edge in
// any script (Go's \b knows only ASCII letters), tested beside the match, so
// that the match is the name alone; a space matches any white space and '
// any Uzbek apostrophe. Each is found on the prefilter's fast path.
type names []name

type name struct {
	re          *prefilter.Regexp
	left, right bool // a word edge is required before, after
}

// readNames reads pattern p. With caseless, a name with lower-case letters
// matches in any case, and one without (SCO, ШОС, U.S.) as written, as the
// short forms of the adjectives do: "us" is no United States; without it,
// every name matches as written.
func readNames(p string, caseless bool) names {
	var ns names
	for _, alt := range alternatives(p) {
		n := name{left: strings.HasPrefix(alt, `\b`), right: strings.HasSuffix(alt, `\b`) && !strings.HasSuffix(alt, `\\b`)}
		alt = strings.TrimPrefix(alt, `\b`)
		if n.right {
			alt = strings.TrimSuffix(alt, `\b`)
		}
		flags := ""
		if caseless && hasLower(alt) {
			flags = "(?i)"
		}
		n.re = prefilter.MustCompile(flags + spaces(strings.ReplaceAll(alt, "'", text.ApostropheClass)))
		ns = append(ns, n)
	}
	return ns
}

// alternatives splits a pattern at its top-level |.
func alternatives(p string) []string {
	var out []string
	depth, class, start := 0, false, 0
	for i := 0; i < len(p); i++ {
		switch c := p[i]; {
		case c == '\\':
			i++ // the escaped character
		case class:
			class = c != ']'
		case c == '[':
			class = true
			if strings.HasPrefix(p[i+1:], "]") || strings.HasPrefix(p[i+1:], "^]") {
				i += strings.Index(p[i:], "]") // a ] first is a member
			}
		case c == '(':
			depth++
		case c == ')':
			depth--
		case c == '|' && depth == 0:
			out = append(out, p[start:i])
			start = i + 1
		}
	}
	return append(out, p[start:])
}

// escapes are the parts of a pattern that are no letters of the name.
var escapes = regexp.MustCompile(`\\[pP](?:\{[^}]*\}|.)|\\.|\(\?[a-zA-Z]*:?|\[\^?`)

// hasLower reports whether the letters a pattern spells include a
// lower-case one.
func hasLower(p string) bool {
	return strings.IndexFunc(escapes.ReplaceAllString(p, ""), unicode.IsLower) >= 0
}

// find returns the spans of the names in s (f: its literals, as a Set
// that holds the names' patterns found them), in order, not overlapping: of
// names that overlap, the one that starts first, then the longest, is kept.
func (ns names) find(f *prefilter.Found, s string) [][]int {
	var out [][]int
	for _, n := range ns {
		for _, m := range f.FindAll(n.re, s) {
			if n.fits(s, m) {
				out = append(out, m)
			}
		}
	}
	if len(out) < 2 {
		return out
	}
	slices.SortFunc(out, func(a, b []int) int { return cmp.Or(a[0]-b[0], b[1]-a[1]) })
	kept := out[:1]
	for _, m := range out[1:] {
		if m[0] >= kept[len(kept)-1][1] {
			kept = append(kept, m)
		}
	}
	return kept
}

// in reports whether one of the names occurs in s (f as for find).
func (ns names) in(f *prefilter.Found, s string) bool {
	for _, n := range ns {
		for _, m := range f.FindAll(n.re, s) {
			if n.fits(s, m) {
				return true
			}
		}
	}
	return false
}

// patterns returns the names' patterns, for a prefilter.Set.
func (ns names) patterns() []*prefilter.Regexp {
	out := make([]*prefilter.Regexp, len(ns))
	for i, n := range ns {
		out[i] = n.re
	}
	return out
}

// fits reports whether the match m of n has the word edges n requires.
func (n name) fits(s string, m []int) bool {
	return (!n.left || edgeBefore(s, m[0])) && (!n.right || edgeAfter(s, m[1]))
}

// edgeBefore and edgeAfter report whether a word may begin or end at byte
// i of s: the text ends there, or the rune beside ends a word as it does in
// a prefilter.Word pattern.
func edgeBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return i == 0 || prefilter.AtEdge(r)
}

func edgeAfter(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return i == len(s) || prefilter.AtEdge(r)
}
