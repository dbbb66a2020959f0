package parse

import "testing"

// FuzzWithoutBoilerplate: blanking a page's furniture keeps every offset
// and every line break, and changes nothing else than to spaces.
func FuzzWithoutBoilerplate(f *testing.F) {
	for _, s := range []string{"10:42 / 03.05.2024\nTalks were held.", "Photo: x\nA caption\n", "(Xinhua) 13:19, May 19, 2023", ""} {
		f.Add(s)
	}
	lex := lexiconFor("en")
	f.Fuzz(func(t *testing.T, s string) {
		got := withoutBoilerplate(lex, s)
		if len(got) != len(s) {
			t.Fatalf("length %d, want %d", len(got), len(s))
		}
		for i := range len(s) {
			if got[i] != s[i] && (got[i] != ' ' || s[i] == '\n') {
				t.Fatalf("byte %d: %q for %q", i, got[i], s[i])
			}
		}
	})
}
