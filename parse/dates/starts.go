package dates

import (
	"strings"
	"unicode/utf8"

	"github.com/ca-diplomacy/timeline/parse/text"
)

// A start is one rule that may begin at a token: the token after it must
// be in next, or may be anything when next is nil.
type start struct {
	rule *Rule
	next *tokenSet
}

// tokenSet is a set of token keys (see Rule.Starts); prefixes match every
// word that begins with one of them.
type tokenSet struct {
	words    map[string]bool
	prefixes []string
}

func (t *tokenSet) has(k string) bool {
	if t.words[k] {
		return true
	}
	for _, p := range t.prefixes {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

func (t *tokenSet) add(o *tokenSet) {
	for w := range o.words {
		t.words[w] = true
	}
	t.prefixes = append(t.prefixes, o.prefixes...)
}

// compileStarts indexes the rules by their first tokens, in rule order.
func (l *Language) compileStarts() map[string][]start {
	type key struct {
		first string
		rule  *Rule
	}
	sets := map[key]*tokenSet{}
	anyNext := map[key]bool{}
	for _, r := range l.Rules {
		for _, s := range r.Starts {
			firsts, second, _ := strings.Cut(s, " ")
			for _, p := range l.firstTokens(firsts) {
				k := key{p[0], r}
				next := p[1]
				if second != "" {
					next = second
				}
				if next == "" {
					anyNext[k] = true
					continue
				}
				if sets[k] == nil {
					sets[k] = &tokenSet{words: map[string]bool{}}
				}
				sets[k].add(l.tokenSet(next))
			}
		}
	}
	out := map[string][]start{}
	for _, r := range l.Rules { // rule order decides ties, so keep it
		for k, set := range sets {
			if k.rule == r && !anyNext[k] {
				out[k.first] = append(out[k.first], start{r, set})
			}
		}
		for k := range anyNext {
			if k.rule == r {
				out[k.first] = append(out[k.first], start{r, nil})
			}
		}
	}
	return out
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

// nextKey is the key of the token after byte i: a folded word, "#" for a
// number, "-" for any dash, another punctuation mark as itself, or "" at
// the end of the text.
func nextKey(s, lower string, i int) string {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == 0xA0:
			i += size
			continue
		case r >= '0' && r <= '9':
			return "#"
		case isWord(r):
			return text.FoldApostrophes(lower[i:tokenEnd(s, i)])
		case strings.ContainsRune(dashes, r):
			return "-"
		}
		return s[i : i+size]
	}
	return ""
}

// dashes are the characters {dash} stands for.
const dashes = "-‐‑‒–—−"
