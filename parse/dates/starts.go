package dates

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/ca-diplomacy/timeline/parse/text"
)

// firstIndex holds the rules that can begin with one token.
type firstIndex struct {
	all    []*Rule            // every one, in rule order
	any    []start            // those any token may follow
	second map[string][]start // the others by the key of the token after
	prefix []prefixStarts     // and by a prefix of it
}

type prefixStarts struct {
	prefix string
	starts []start
}

// A start is one rule that may begin where its first two tokens are: the
// tokens after those must match one of rests (an empty rest matches all).
type start struct {
	rule  *Rule
	rests [][]*tokenSet
}

// tokenSet is a set of token keys (see Rule.Starts); prefixes match every
// word that begins with one of them.
type tokenSet struct {
	words    map[string]bool
	prefixes []string
}

func (t *tokenSet) has(k string) bool {
	if t.words[k] || k == "####" && t.words["#"] {
		return true
	}
	for _, p := range t.prefixes {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

// compileStarts indexes the rules by their first two tokens.
func (l *Language) compileStarts() map[string]*firstIndex {
	out := map[string]*firstIndex{}
	index := func(first string) *firstIndex {
		fi := out[first]
		if fi == nil {
			fi = &firstIndex{second: map[string][]start{}}
			out[first] = fi
		}
		return fi
	}
	for _, r := range l.Rules {
		for _, s := range r.Starts {
			tokens := strings.Fields(s)
			for _, p := range l.firstTokens(tokens[0]) {
				fi := index(p[0])
				if !slices.Contains(fi.all, r) {
					fi.all = append(fi.all, r)
				}
				rest := tokens[1:]
				if len(rest) == 0 && p[1] != "" {
					rest = []string{p[1]}
				}
				if len(rest) == 0 {
					fi.any = addStart(fi.any, r, nil)
					continue
				}
				var seq []*tokenSet
				for _, t := range rest[1:] {
					seq = append(seq, l.tokenSet(t))
				}
				second := l.tokenSet(rest[0])
				for w := range second.words {
					fi.second[w] = addStart(fi.second[w], r, seq)
				}
				for _, pre := range second.prefixes {
					i := slices.IndexFunc(fi.prefix, func(p prefixStarts) bool { return p.prefix == pre })
					if i < 0 {
						i = len(fi.prefix)
						fi.prefix = append(fi.prefix, prefixStarts{prefix: pre})
					}
					fi.prefix[i].starts = addStart(fi.prefix[i].starts, r, seq)
				}
			}
		}
	}
	return out
}

// addStart adds rule r with the tokens rest to starts.
func addStart(starts []start, r *Rule, rest []*tokenSet) []start {
	for i := range starts {
		if starts[i].rule == r {
			starts[i].rests = append(starts[i].rests, rest)
			return starts
		}
	}
	return append(starts, start{r, [][]*tokenSet{rest}})
}

// candidates appends to buf the rules that can begin at a token with this
// index, given the tokens after it; every rule when gated is false.
func (fi *firstIndex) candidates(buf []*Rule, next *following, gated bool) []*Rule {
	if !gated {
		return append(buf, fi.all...)
	}
	buf = addFollowing(buf, fi.any, next)
	k := next.key(0)
	buf = addFollowing(buf, fi.second[k], next)
	if k == "####" {
		buf = addFollowing(buf, fi.second["#"], next)
	}
	for _, p := range fi.prefix {
		if strings.HasPrefix(k, p.prefix) {
			buf = addFollowing(buf, p.starts, next)
		}
	}
	return buf
}

// addFollowing appends the rules of starts whose later tokens follow.
func addFollowing(buf []*Rule, starts []start, next *following) []*Rule {
	for _, st := range starts {
		if !slices.Contains(buf, st.rule) && st.follows(next) {
			buf = append(buf, st.rule)
		}
	}
	return buf
}

// follows reports whether the tokens from the third on match one of rests.
func (st start) follows(next *following) bool {
	for _, seq := range st.rests {
		ok := true
		for j, set := range seq {
			if !set.has(next.key(j + 1)) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// classForms are the written forms of a class token ("@month"), or nil.
func (l *Language) classForms(c string) []string {
	switch c {
	case "@month":
		return keys(l.Months)
	case "@weekday":
		return keys(l.Weekdays)
	case "@dayword":
		return keys(l.DayWords)
	case "@anaphor":
		return keys(l.Anaphora)
	case "@rel":
		return keys(l.RelWords)
	case "@unit":
		return keys(l.Units)
	case "@number":
		return keys(l.Numbers)
	case "@yearanaphor":
		return keys(l.YearAnaphora)
	}
	return nil
}

// firstTokens expands the first token of a start into token keys, each
// with the second word its phrase requires ("" when any may follow).
func (l *Language) firstTokens(s string) [][2]string {
	var out [][2]string
	if !strings.HasPrefix(s, "@") {
		for _, w := range strings.Split(s, "|") {
			out = append(out, [2]string{w, ""})
		}
		return out
	}
	for _, f := range l.classForms(s) {
		words := strings.Fields(l.key(f))
		p := [2]string{firstWord(words[0]), ""}
		if len(words) > 1 {
			p[1] = firstWord(words[1])
		}
		out = append(out, p)
	}
	return out
}

// tokenSet expands the second token of a start.
func (l *Language) tokenSet(s string) *tokenSet {
	t := &tokenSet{words: map[string]bool{}}
	for _, alt := range strings.Split(s, "|") {
		prefix := strings.HasSuffix(alt, "*")
		alt = strings.TrimSuffix(alt, "*")
		forms := []string{alt}
		if strings.HasPrefix(alt, "@") {
			forms = l.classForms(alt)
			if alt == "@month" {
				t.prefixes = append(t.prefixes, l.MonthStems...)
			}
		}
		for _, f := range forms {
			w := firstWord(l.key(f))
			if prefix {
				t.prefixes = append(t.prefixes, w)
			} else {
				t.words[w] = true
			}
		}
	}
	return t
}

// firstWord is the first token of a phrase, without a trailing dot.
func firstWord(s string) string {
	if i := strings.IndexFunc(s, func(r rune) bool { return !isWord(r) && r != '\'' }); i > 0 {
		s = s[:i]
	}
	return s
}

// startsAt returns the index of the rules that can begin with the token
// lower[i:end], or nil.
func (l *Language) startsAt(lower string, i, end int, digit bool) *firstIndex {
	if digit {
		return l.byStart["#"]
	}
	k := text.FoldApostrophes(lower[i:end])
	if fi, ok := l.byStart[k]; ok {
		return fi
	}
	r, _ := utf8.DecodeRuneInString(k)
	for _, st := range l.stems[string(r)] {
		if strings.HasPrefix(k, st) {
			return l.byStart[st]
		}
	}
	return nil
}

// nextKey is the key of the token after byte i, and where it ends: a
// folded word, "####" for a number of four digits (a year), "#" for another
// number, "-" for any dash, another punctuation mark as itself, or "" at the
// end of the text.
func nextKey(s, lower string, i int) (string, int) {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == 0xA0:
			i += size
			continue
		case r >= '0' && r <= '9':
			e := tokenEnd(s, i)
			if e-i == 4 && allDigits(s[i:e]) {
				return "####", e
			}
			return "#", e
		case isWord(r):
			e := tokenEnd(s, i)
			return text.FoldApostrophes(lower[i:e]), e
		case strings.ContainsRune(dashes, r):
			return "-", i + size
		}
		return s[i : i+size], i + size
	}
	return "", i
}

// following reads the tokens after byte i on demand, each once.
type following struct {
	s, lower string
	end      int
	keys     []string
}

func (f *following) key(j int) string {
	for len(f.keys) <= j {
		var k string
		k, f.end = nextKey(f.s, f.lower, f.end)
		f.keys = append(f.keys, k)
	}
	return f.keys[j]
}

// dashes are the characters {dash} stands for.
const dashes = "-‐‑‒–—−"
