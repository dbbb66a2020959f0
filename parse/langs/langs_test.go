package langs_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ca-diplomacy/timeline/parse/dates"
	"github.com/ca-diplomacy/timeline/parse/internal/casefile"
	"github.com/ca-diplomacy/timeline/parse/langs"
)

var verbose = flag.Bool("cases.v", false, "print every case")

// caseFiles are the date cases, in each language's folder.
var caseFiles = []string{"../lang/*/testdata/*.cases"}

// A case file holds one case a line:
//
//	SENTENCE => TEXT = START[..END] ; TEXT = START ...
//	SENTENCE => -            (no date expression at all)
//
// START and END are written at the expected precision (2024-11-13, 2024-11,
// 2024, XXXX-05-01). Lines "@ref YYYY-MM-DD" (or "@ref -" for none) and
// "@lang CODE" set the publication date and language of the cases after
// them; "#" starts a comment.
type dateCase struct {
	file string
	line int
	lang string
	ref  dates.Date
	text string
	want []string
}

func loadCases(t *testing.T) []dateCase {
	var out []dateCase
	var lang, file string
	var ref dates.Date
	casefile.Lines(t, caseFiles, func(f string, n int, line string) {
		if f != file {
			file, lang, ref = f, "", dates.Date{} // each file says its own
		}
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			return
		case strings.HasPrefix(line, "@lang "):
			lang = strings.TrimSpace(line[6:])
			return
		case strings.HasPrefix(line, "@ref "):
			ref = dates.Date{}
			if s := strings.TrimSpace(line[5:]); s != "-" {
				tm, err := time.Parse("2006-01-02", s)
				if err != nil {
					t.Fatalf("%s:%d: %v", f, n, err)
				}
				ref = dates.DateOf(tm)
			}
			return
		}
		text, want, ok := strings.Cut(line, "=>")
		if !ok {
			t.Fatalf("%s:%d: no =>", f, n)
		}
		c := dateCase{file: f, line: n, lang: lang, ref: ref, text: strings.TrimSpace(text)}
		if w := strings.TrimSpace(want); w != "-" {
			for _, e := range strings.Split(w, ";") {
				c.want = append(c.want, normalize(e))
			}
		}
		out = append(out, c)
	})
	return out
}

func normalize(e string) string {
	text, val, _ := strings.Cut(e, "=")
	return strings.TrimSpace(text) + " = " + strings.TrimSpace(val)
}

func format(e dates.Expr) string {
	v := e.Start.Format(e.Precision)
	if e.IsRange() {
		v += ".." + e.End.Format(e.Precision)
	}
	return e.Text + " = " + v
}

func TestCases(t *testing.T) {
	cases := loadCases(t)
	r := langs.Reader()
	for _, c := range cases {
		var got []string
		for _, e := range r.Read(c.text, dates.Options{Lang: c.lang, Ref: c.ref}) {
			got = append(got, format(e))
		}
		g, w := strings.Join(got, " ; "), strings.Join(c.want, " ; ")
		if g != w {
			t.Errorf("%s:%d [%s ref %s] %q\n got: %s\nwant: %s", c.file, c.line, c.lang, c.ref.Format(dates.Day), c.text, g, w)
		} else if *verbose {
			fmt.Printf("ok %s:%d %s\n", c.file, c.line, g)
		}
	}
	t.Logf("%d cases", len(cases))
}

// A rule's Needs word must be in everything the rule reads: the English
// anaphora all say "day".
func TestNeedsHolds(t *testing.T) {
	for _, lg := range langs.All {
		l := lg.Dates
		for _, r := range l.Rules {
			if r.Needs == "" || r.Name != "anaphor" {
				continue
			}
			for phrase := range l.Anaphora {
				if !strings.Contains(strings.ToLower(phrase), r.Needs) {
					t.Errorf("%s: anaphor %q lacks %q, so the rule would never read it", l.Code, phrase, r.Needs)
				}
			}
		}
	}
}

// The Starts of the rules (a rule is tried only where its first two tokens
// can begin it) must lose nothing: every text of the date cases and of the
// event cases, read in every language, gives the same expressions as when
// every rule is tried at every token that can begin it.
func TestStartsLoseNothing(t *testing.T) {
	var texts []string
	for _, c := range loadCases(t) {
		texts = append(texts, c.text)
	}
	casefile.Lines(t, []string{"../testdata/*.events", "../lang/*/testdata/*.events"}, func(_ string, _ int, l string) {
		if l != "" && !strings.HasPrefix(l, "#") && !strings.HasPrefix(l, "=") && !strings.HasPrefix(l, "@") {
			texts = append(texts, l)
		}
	})
	r := langs.Reader()
	for _, s := range texts {
		for _, l := range langs.All {
			opt := dates.Options{Lang: l.Lang, Ref: ref}
			got := r.Read(s, opt)
			opt.Exhaustive = true
			want := r.Read(s, opt)
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("[%s] %q\n with Starts: %v\n every rule: %v", l.Lang, s, got, want)
			}
		}
	}
	t.Logf("%d texts", len(texts))
}

// Each language is whole in its folder: its date rules under its own code,
// event words, and the case files that test them.
func TestLanguagesAreWhole(t *testing.T) {
	for _, l := range langs.All {
		if l.Dates == nil || l.Dates.Code != l.Lang {
			t.Errorf("%s: no date rules of its own", l.Lang)
		}
		if len(l.Triggers) == 0 {
			t.Errorf("%s: no event words", l.Lang)
		}
		for _, ext := range []string{".cases", ".events"} {
			f := filepath.Join("..", "lang", l.Lang, "testdata", l.Lang+ext)
			if _, err := os.Stat(f); err != nil {
				t.Errorf("%s: %v", l.Lang, err)
			}
		}
	}
}
