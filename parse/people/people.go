// Package people finds office holders named in a sentence — heads of state
// and government and foreign ministers — and tells which country each speaks
// for and in what role on a given day. The register is data
// (data/people.tsv); forms are surname stems, so inflected Russian and Uzbek
// forms match.
package people

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/ca-diplomacy/timeline/parse/text"
)

//go:embed data/people.tsv
var register string

// Person is one office holder of the register.
type Person struct {
	Name     string // as written in English
	Code     string // ISO code of the country
	Role     string
	From, To string // term, YYYY-MM-DD; To is empty while in office
	forms    [][]string
}

// InOffice reports whether the person held the role on day (YYYY[-MM[-DD]]);
// an empty day is any day.
func (p *Person) InOffice(day string) bool {
	if day == "" || strings.HasPrefix(day, "XXXX") {
		return true
	}
	if day < p.From[:min(len(p.From), len(day))] {
		return false
	}
	return p.To == "" || day <= p.To[:min(len(p.To), len(day))]
}

// Hit is a person named in a text.
type Hit struct {
	Start, End int
	Person     *Person
}

// maxEnding is the most bytes a case ending may add to a stem.
const maxEnding = 12

var (
	once   sync.Once
	people []*Person
	byHead map[string][]*Person // first word's first two folded letters
)

func load() {
	byHead = map[string][]*Person{}
	for _, line := range strings.Split(register, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 6 {
			panic("people.tsv: want 6 fields: " + line)
		}
		p := &Person{Code: f[0], Role: f[1], From: f[2], To: f[3], Name: f[4]}
		for _, form := range strings.Split(f[5], "|") {
			ws := strings.Fields(text.Fold(form))
			p.forms = append(p.forms, ws)
			byHead[head(ws[0])] = append(byHead[head(ws[0])], p)
		}
		people = append(people, p)
	}
}

func head(w string) string {
	_, n := utf8.DecodeRuneInString(w)
	_, m := utf8.DecodeRuneInString(w[n:])
	return w[:n+m]
}

type word struct {
	start, end int
	key        string // the word folded (text.Fold), made when first asked for
}

// folded returns the word of s folded.
func (w *word) folded(s string) string {
	if w.key == "" {
		w.key = text.Fold(s[w.start:w.end])
	}
	return w.key
}

// wordBufs holds buffers for the words of a text (*[]word).
var wordBufs = sync.Pool{New: func() any { return new([]word) }}

// words appends the words of s to out.
func words(out []word, s string) []word {
	start := -1
	for i, r := range s {
		in := unicode.IsLetter(r) || (start >= 0 && text.IsApostrophe(r))
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			out = append(out, word{start: start, end: i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, word{start: start, end: len(s)})
	}
	return out
}

// Find returns the register's people named in s, in order. A name matches
// when its words start capitalised words of s, the last one allowing a case
// ending; a longer form (Serdar Berdimuhamedov) wins over a shorter one.
func Find(s string) []Hit {
	once.Do(load)
	buf := wordBufs.Get().(*[]word)
	defer wordBufs.Put(buf)
	ws := words((*buf)[:0], s)
	*buf = ws
	var hits []Hit
	for i := 0; i < len(ws); i++ {
		r, _ := utf8.DecodeRuneInString(s[ws[i].start:])
		if !unicode.IsUpper(r) || len(ws[i].folded(s)) < 2 {
			continue
		}
		var best *Person
		bestN := 0
		for _, p := range byHead[head(ws[i].folded(s))] {
			for _, form := range p.forms {
				if len(form) > bestN && matches(s, ws[i:], form) {
					best, bestN = p, len(form)
				}
			}
		}
		if best != nil {
			hits = append(hits, Hit{Start: ws[i].start, End: ws[i+bestN-1].end, Person: best})
			i += bestN - 1
		}
	}
	return hits
}

func matches(s string, ws []word, form []string) bool {
	if len(ws) < len(form) {
		return false
	}
	for j, f := range form {
		w := ws[j].folded(s)
		if j < len(form)-1 {
			if w != f {
				return false
			}
			continue
		}
		if !strings.HasPrefix(w, f) || len(w)-len(f) > maxEnding {
			return false
		}
	}
	return true
}
