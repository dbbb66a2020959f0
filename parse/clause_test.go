package parse

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// A sentence of punctuation alone is one clause, so that every offset of it
// has one.
func TestClausesNeverEmpty(t *testing.T) {
	for _, s := range []string{"", ";", ":;,", " , which"} {
		for _, lang := range []string{"en", "ru", "uz"} {
			cls := clauses(lexiconFor(lang), s)
			if len(cls) == 0 || clauseOf(cls, 0) < 0 {
				t.Errorf("%s %q: clauses %v", lang, s, cls)
			}
		}
	}
}

// The words that may govern an event word reach as many letters back in
// Cyrillic, two bytes a letter, as in Latin script, and as many forward in
// a head-final language.
func TestGoverningReach(t *testing.T) {
	for _, c := range []struct{ lang, letter, word string }{
		{"en", "z", "visit"},
		{"ru", "ж", "визит"},
		{"uz", "ж", "ташриф"},
	} {
		lex := lexiconFor(c.lang)
		filler := strings.Repeat(c.letter, 2*governReach)
		st := filler + " " + c.word + " " + filler
		at := len(filler) + 1
		g := governing(lex, st, []trigger{{typ: "visit", start: at, end: at + len(c.word)}}, 0)
		if n := utf8.RuneCountInString(g); n != governReach {
			t.Errorf("%s: the governing text is %d letters, want %d", c.lang, n, governReach)
		}
	}
}
