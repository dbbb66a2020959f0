package parse

import (
	"strings"
	"testing"
)

// wordCase is what one reading of an event word gives: in s, of language
// lang, the event word word of type typ gives want.
type wordCase struct{ lang, typ, s, word, want string }

// checkWord checks what read gives for one case.
func checkWord(t *testing.T, c wordCase, read func(*lexicon, string, trigger) string) {
	t.Helper()
	i := strings.Index(c.s, c.word)
	tr := trigger{typ: c.typ, start: i, end: i + len(c.word)}
	if got := read(lexiconFor(c.lang), c.s, tr); got != c.want {
		t.Errorf("%s %q: %q, want %q", c.lang, c.s, got, c.want)
	}
}

// nameOf reads a sitting's ordinal and a signing's document in each
// language, and nothing from a day of the month before the event word.
func TestNameOf(t *testing.T) {
	for _, c := range []wordCase{
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
		checkWord(t, c, func(lex *lexicon, s string, tr trigger) string { return nameOf(lex, s, tr) })
	}
}

// calledOf reads a name where the text writes one as such, and none from a
// headline's capitals, a headline joined to its lead included.
func TestCalledOf(t *testing.T) {
	for _, c := range []wordCase{
		{"en", "dialogue", "The fourth Kazakhstan–Uzbekistan Strategic Partnership Dialogue was held.", "Strategic Partnership Dialogue", "Kazakhstan–Uzbekistan Strategic Partnership Dialogue"},
		{"en", "council_meeting", "The 9th meeting of the Joint Intergovernmental Commission opened.", "meeting of the Joint Intergovernmental Commission", "Joint Intergovernmental Commission"},
		{"en", "forum", "Ministers opened the Tashkent International Investment Forum on Monday.", "Forum", "Tashkent International Investment Forum"},
		{"en", "dialogue", "Astana Ready To Deepen Strategic Dialogue With Tashkent", "Strategic Dialogue", ""},
		{"en", "dialogue", "Astana Ready To Deepen Strategic Dialogue With Tashkent\nASTANA - the ministers held a strategic dialogue on trade and on transit routes.", "Strategic Dialogue", ""},
		{"ru", "council_meeting", "В Ташкенте прошло заседание Межправкомиссии.", "заседание", "Intergovernmental Commission"},
		{"uz", "council_meeting", "Hukumatlararo komissiyaning 12-majlisi bo‘lib o‘tdi.", "-majlisi", "Intergovernmental Commission"},
	} {
		checkWord(t, c, func(lex *lexicon, s string, tr trigger) string { got, _ := calledOf(lex, s, s, tr); return got })
	}
}
