package parse_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ca-diplomacy/timeline/corpus"
	"github.com/ca-diplomacy/timeline/corpus/sample"
	"github.com/ca-diplomacy/timeline/parse"
	"github.com/ca-diplomacy/timeline/parse/internal/casefile"
	"github.com/ca-diplomacy/timeline/parse/lang"
	"github.com/ca-diplomacy/timeline/parse/langs"
	"github.com/ca-diplomacy/timeline/parse/prefilter"
	"github.com/ca-diplomacy/timeline/timeline"
)

// eventCase is one case of testdata/*.events.
type eventCase struct {
	file, title string
	line        int
	published   time.Time
	text        string
	want        []string
}

func readEventCases(t testing.TB) []eventCase {
	return readCases(t, "testdata/*.events", "lang/*/testdata/*.events")
}

// readCases reads the cases of the files matching globs: a title line
// "== …", "@published" and the text, then a line "=> …" for each event
// expected. The cases of one language are in its folder.
func readCases(t testing.TB, globs ...string) []eventCase {
	t.Helper()
	var out []eventCase
	var cur *eventCase
	casefile.Lines(t, globs, func(file string, n int, l string) {
		if cur != nil && cur.file != file {
			cur = nil
		}
		switch {
		case strings.HasPrefix(l, "#"):
		case strings.HasPrefix(l, "== "):
			out = append(out, eventCase{file: file, title: l[3:], line: n})
			cur = &out[len(out)-1]
		case cur == nil || l == "":
		case strings.HasPrefix(l, "@published "):
			p, err := time.Parse("2006-01-02", strings.TrimPrefix(l, "@published "))
			if err != nil {
				t.Fatalf("%s:%d: %v", file, n, err)
			}
			cur.published = p
		case strings.HasPrefix(l, "=> "):
			cur.want = append(cur.want, strings.Join(strings.Fields(l[3:]), " "))
		default:
			cur.text += l + "\n\n"
		}
	})
	return out
}

// describe renders an event in the cases' form, with "*" where want has it.
func describe(e *timeline.Event, want string) string {
	date := "undated"
	if e.Dated {
		date = e.Date.Start.Format(e.Date.Precision)
		if e.Date.IsRange() {
			date += ".." + e.Date.End.Format(e.Date.Precision)
		}
	}
	place := "-"
	switch {
	case e.Place.Online:
		place = "online"
	case e.Place.Country != "" || e.Place.City != "":
		place = e.City() + "/" + e.Place.Country
	}
	codes := strings.Join(e.Codes, ",")
	if codes == "" {
		codes = "-"
	}
	if f := strings.Fields(want); len(f) >= 5 && f[len(f)-1] == "*" { // (a city may have spaces)
		codes = "*"
	}
	status := e.Status // "planned/postponed<2027-03-20": put off, from a date
	if e.Note != "" {
		status += "/" + e.Note
	}
	for _, w := range e.Was {
		status += "<" + w.Start.Format(w.Precision)
	}
	return fmt.Sprintf("%s %s %s %s %s", e.Type, date, status, place, codes)
}

func TestEvents(t *testing.T) {
	for _, c := range readEventCases(t) {
		t.Run(c.file+"/"+c.title, func(t *testing.T) {
			a := corpus.Article{ID: "case", Text: c.text, Published: c.published}
			tl := timeline.Build(parse.Article(a))
			all := append(append([]*timeline.Event{}, tl.Events...), tl.Undated...)
			var got []string
			for i, e := range all {
				w := ""
				if i < len(c.want) {
					w = c.want[i]
				}
				got = append(got, describe(e, w))
			}
			// order-free comparison
			missing := map[string]int{}
			for _, w := range c.want {
				missing[w]++
			}
			var extra []string
			for i, e := range all {
				d := describe(e, "")
				matched := false
				for w := range missing {
					if missing[w] > 0 && describe(e, w) == w {
						missing[w]--
						matched = true
						break
					}
				}
				if !matched {
					extra = append(extra, got[i]+" ("+d+")")
				}
			}
			for w, n := range missing {
				if n > 0 {
					t.Errorf("%s:%d: missing %q; got %q", c.file, c.line, w, got)
				}
			}
			if len(extra) > 0 {
				t.Errorf("%s:%d: unexpected %q", c.file, c.line, extra)
			}
		})
	}
}

// Every pattern of every lexicon finds, through its prefilter's fast path,
// what Go's matcher finds in each line of the event cases.
func TestLexiconPatternsAreRegexp(t *testing.T) {
	var texts []string
	for _, c := range readEventCases(t) {
		texts = append(texts, strings.Split(c.text, "\n")...)
	}
	for _, lex := range langs.All {
		var res []*prefilter.Regexp
		v := reflect.ValueOf(lex).Elem()
		for i := range v.NumField() {
			if !v.Type().Field(i).IsExported() {
				continue
			}
			switch f := v.Field(i).Interface().(type) {
			case *prefilter.Regexp:
				res = append(res, f)
			case []lang.Trigger:
				for _, tr := range f {
					res = append(res, tr.Re)
				}
			case []lang.Duration:
				for _, d := range f {
					res = append(res, d.Re)
				}
			}
		}
		fast := 0
		for _, re := range res {
			if re == nil {
				continue
			}
			if re.Starts() != nil {
				fast++
			}
			for _, s := range texts {
				if got, want := re.FindAll(s, prefilter.Lower(s)), re.FindAllStringIndex(s, -1); fmt.Sprint(got) != fmt.Sprint(want) {
					t.Fatalf("%s %s in %q: %v, regexp %v", lex.Lang, re, s, got, want)
				}
			}
		}
		if fast == 0 {
			t.Errorf("%s: no pattern takes the fast path", lex.Lang)
		}
	}
}

// BenchmarkArticle parses three articles, one per language (en, ru, uz),
// each the texts of that language's event cases run together (7.7 KB in
// all); it reports MB/s of article text.
func BenchmarkArticle(b *testing.B) {
	texts := map[string]string{}
	for _, c := range readEventCases(b) {
		texts[c.file] += c.text
	}
	var arts []corpus.Article
	n := 0
	for f, t := range texts {
		arts = append(arts, corpus.Article{ID: f, Text: t})
		n += len(t)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, a := range arts {
			parse.Article(a)
		}
	}
}

// BenchmarkSample parses the five articles of the embedded sample corpus
// (real news in English and Uzbek, with their meta files), one at a time as
// a build does; it reports MB/s of article text.
func BenchmarkSample(b *testing.B) {
	arts, errs := corpus.Load(sample.FS, corpus.Options{})
	if len(errs) > 0 || len(arts) == 0 {
		b.Fatal(errs)
	}
	n := 0
	for _, a := range arts {
		n += len(a.Text)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, a := range arts {
			parse.Article(a)
		}
	}
}

// TestResolve: a place read back finds its city, with its old names, each
// time it is resolved, and only in its own country.
func TestResolve(t *testing.T) {
	for range 2 { // the second time, what the first found is remembered
		p := parse.Place{Name: "Astana", City: "Astana", Country: "KZ"}
		p.Resolve()
		if got := p.CityOn("2021-06-01"); got != "Nur-Sultan" {
			t.Errorf("Astana, KZ, on 2021-06-01: %q, want Nur-Sultan", got)
		}
		q := parse.Place{Name: "Astana", City: "Astana", Country: "UZ"}
		q.Resolve()
		if got := q.CityOn("2021-06-01"); got != "Astana" {
			t.Errorf("Astana, UZ (no such city), on 2021-06-01: %q, want the name as it is", got)
		}
	}
}
