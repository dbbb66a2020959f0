package langs_test

import (
	"testing"
	"unicode/utf8"

	"github.com/ca-diplomacy/timeline/parse/dates"
	"github.com/ca-diplomacy/timeline/parse/langs"
)

// FuzzRead checks, for any text read in any language, that reading does
// not panic and that every expression lies inside the text, reads what it
// says it reads and holds a valid value. The seeds are the date cases of
// every language.
func FuzzRead(f *testing.F) {
	cases := caseSentences(f)
	for _, l := range langs.All {
		for _, s := range cases[l.Lang] {
			f.Add(s, l.Lang, 2024, 11, 16)
		}
	}
	r := langs.Reader()
	f.Fuzz(func(t *testing.T, text, lang string, y, m, d int) {
		var ref dates.Date
		if dates.Valid(y, m, d) && y > 0 && y < 10000 {
			ref = dates.Date{Year: y, Month: m, Day: d}
		}
		for _, e := range r.Read(text, dates.Options{Lang: lang, Ref: ref}) {
			if e.Offset < 0 || e.Offset+len(e.Text) > len(text) || text[e.Offset:e.Offset+len(e.Text)] != e.Text {
				t.Fatalf("expression %q at %d is not the text's", e.Text, e.Offset)
			}
			if !utf8.ValidString(e.Text) && utf8.ValidString(text) {
				t.Fatalf("expression %q cuts a character", e.Text)
			}
			v := e.Value
			if v.Start.Compare(v.End) > 0 {
				t.Fatalf("%q: start %v after end %v", e.Text, v.Start, v.End)
			}
			if v.Precision == dates.Day && v.Start.Year != 0 && !dates.Valid(v.Start.Year, v.Start.Month, v.Start.Day) {
				t.Fatalf("%q: impossible day %v", e.Text, v.Start)
			}
		}
	})
}
