package parse

import "testing"

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
