package langs_test

import (
	"testing"
	"unicode/utf8"

	"github.com/ca-diplomacy/timeline/parse/dates"
	"github.com/ca-diplomacy/timeline/parse/dates/langs"
)

// fuzzRead checks, for any text, that reading does not panic and that every
// expression lies inside the text, reads what it says it reads and holds a
// valid value.
func fuzzRead(f *testing.F, lang string, seeds ...string) {
	for _, s := range seeds {
		f.Add(s, 2024, 11, 16)
	}
	r := langs.Reader()
	f.Fuzz(func(t *testing.T, text string, y, m, d int) {
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

func FuzzReadEn(f *testing.F) {
	fuzzRead(f, "en", "On November 13, 2024 the sides met.", "from August 7 to 9", "30 May–2 June", "last week", "in the 1990s", "$10 billion by 2030", "16.07.21")
}

func FuzzReadRu(f *testing.F) {
	fuzzRead(f, "ru", "15 ноября 2024 года", "с 3 по 5 марта", "в марте прошлого года", "3-4 апреля 2025 г.", "на следующей неделе")
}

func FuzzReadUz(f *testing.F) {
	fuzzRead(f, "uz", "2025-yilning 26-noyabr kuni", "18−19-may kunlari", "o‘tgan yilning sentabr oyida", "26–27 май кунлари", "куни кеча", "3 октябрида")
}
