package dates

import (
	"strings"
	"unicode/utf8"

	"github.com/ca-diplomacy/timeline/parse/text"
)

// A start is one rule that may begin at a token: the tokens after it must
// match one of seqs, or may be anything when seqs is nil.
type start struct {
	rule *Rule
	seqs [][]*tokenSet
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

// compileStarts indexes the rules by their first tokens, in rule order.
func (l *Language) compileStarts() map[string][]start {
	type key struct {
		first string
		rule  *Rule
	}
	seqs := map[key][][]*tokenSet{}
	anyNext := map[key]bool{}
	var order []key
	for _, r := range l.Rules {
		for _, s := range r.Starts {
			tokens := strings.Fields(s)
			for _, p := range l.firstTokens(tokens[0]) {
				k := key{p[0], r}
				if _, ok := seqs[k]; !ok && !anyNext[k] {
					order = append(order, k)
				}
				rest := tokens[1:]
				if len(rest) == 0 && p[1] != "" {
					rest = []string{p[1]}
				}
				if len(rest) == 0 {
					anyNext[k] = true
					continue
				}
				var seq []*tokenSet
				for _, t := range rest {
					seq = append(seq, l.tokenSet(t))
				}
				seqs[k] = append(seqs[k], seq)
			}
		}
	}
	out := map[string][]start{}
	for _, k := range order { // rule order decides ties, so keep it
		st := start{rule: k.rule}
		if !anyNext[k] {
			st.seqs = seqs[k]
		}
		out[k.first] = append(out[k.first], st)
	}
	return out
}

// follows reports whether the tokens after a start's first one match it.
func (st start) follows(next *following) bool {
	if st.seqs == nil {
		return true
	}
	for _, seq := range st.seqs {
		ok := true
		for j, set := range seq {
			if !set.has(next.key(j)) {
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

// startsAt returns the rules that can begin with the token lower[i:end].
func (l *Language) startsAt(lower string, i, end int, digit bool) []start {
	if digit {
		return l.byStart["#"]
	}
	k := text.FoldApostrophes(lower[i:end])
	if rs, ok := l.byStart[k]; ok {
		return rs
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
