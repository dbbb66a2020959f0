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
	names      []groupName
	members    []string
}

// groupName is one alternative of a group's pattern. A \b at its ends is a
// word edge in any script (Go's \b knows only ASCII letters), tested beside
// the match, so that the match is the name alone. A name without
// lower-case letters (SCO, ШОС, U.S.) matches as written, as the short
// forms of adjectives.tsv do: "us" is no United States. Others match in any
// case.
type groupName struct {
	re          *prefilter.Regexp
	left, right bool // a word edge is required before, after
}

// newGroup reads a row of groups.tsv: kind, name, pattern, members (see the
// file's header for how a pattern is read).
func newGroup(f []string) group {
	gr := group{kind: f[0], name: f[1], members: strings.Fields(f[3])}
	for _, alt := range alternatives(f[2]) {
		n := groupName{left: strings.HasPrefix(alt, `\b`), right: strings.HasSuffix(alt, `\b`) && !strings.HasSuffix(alt, `\\b`)}
		alt = strings.TrimPrefix(alt, `\b`)
		if n.right {
			alt = strings.TrimSuffix(alt, `\b`)
		}
		flags := ""
		if hasLower(alt) {
			flags = "(?i)"
		}
		n.re = prefilter.MustCompile(flags + spaces(strings.ReplaceAll(alt, "'", text.ApostropheClass)))
		gr.names = append(gr.names, n)
	}
	return gr
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

// find returns the spans of the group's names in s (lower: its
// prefilter.Lower form), in order, not overlapping: of names that overlap,
// the one that starts first, then the longest, is kept.
func (gr *group) find(s, lower string) [][]int {
	var out [][]int
	for _, n := range gr.names {
		for _, m := range n.re.FindAll(s, lower) {
			if n.left && !edgeBefore(s, m[0]) || n.right && !edgeAfter(s, m[1]) {
				continue
			}
			out = append(out, m)
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

// edgeBefore and edgeAfter report whether a word may begin or end at byte
// i of s: the text ends there, or the rune beside is no letter or digit.
func edgeBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return i == 0 || !isWordRune(r)
}

func edgeAfter(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return i == len(s) || !isWordRune(r)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }
