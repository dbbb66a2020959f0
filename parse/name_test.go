package parse

import (
	"strings"
	"testing"
)

// nameOf reads a sitting's ordinal and a signing's document in each
// language, and nothing from a day of the month before the event word.
func TestNameOf(t *testing.T) {
	for _, c := range []struct {
		lang, typ, s, word, want string
	}{
		{"en", "council_meeting", "The 12th meeting of the Joint Commission was held.", "meeting", "12"},
		{"en", "council_meeting", "The twelfth meeting of the Joint Commission was held.", "meeting", "12"},
		{"en", "council_meeting", "On 12 May the meeting of the Joint Commission was held.", "meeting", ""},
		{"en", "signing", "The ministers signed a memorandum on education.", "signed a", "memorandum"},
		{"ru", "council_meeting", "Состоялось двенадцатое заседание комиссии.", "заседание", "12"},
		{"ru", "council_meeting", "Состоялось 12-е заседание комиссии.", "заседание", "12"},
		{"ru", "council_meeting", "12 мая состоялось заседание комиссии.", "заседание", ""},
		{"ru", "signing", "Стороны подписали соглашение о торговле.", "подписали", "agreement"},
		{"uz", "council_meeting", "Komissiyaning 12-majlisi bo‘lib o‘tdi.", "majlisi", "12"},
		{"uz", "council_meeting", "18-aprel kuni komissiya majlisi bo‘lib o‘tdi.", "majlisi", ""},
		{"uz", "signing", "Tomonlar savdo to‘g‘risidagi bitimni imzoladi.", "imzoladi", "agreement"},
	} {
		i := strings.Index(c.s, c.word)
		tr := trigger{typ: c.typ, start: i, end: i + len(c.word)}
		if got := nameOf(LexiconFor(c.lang), c.s, tr); got != c.want {
			t.Errorf("%s %q: %q, want %q", c.lang, c.s, got, c.want)
		}
	}
}
