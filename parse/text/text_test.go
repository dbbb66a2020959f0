package text

import (
	"fmt"
	"testing"
)

func TestSentences(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"One. Two.", []string{"One.", "Two."}},
		{"Talks were held on Aug. 9 in Astana. Then a visit.", []string{"Talks were held on Aug. 9 in Astana.", "Then a visit."}},
		{"Mr. Tokayev arrived. He met the U.S. envoy.", []string{"Mr. Tokayev arrived.", "He met the U.S. envoy."}},
		{"Встреча прошла 5 июня. Стороны обсудили.", []string{"Встреча прошла 5 июня.", "Стороны обсудили."}},
		{"Savol? Javob!", []string{"Savol?", "Javob!"}},
		{"", nil},
	} {
		var got []string
		for _, sp := range Sentences(c.in) {
			got = append(got, c.in[sp.Start:sp.End])
		}
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("Sentences(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestParagraphs(t *testing.T) {
	s := "First para.\n\nSecond para,\nsame para.\n\n\nThird."
	var got []string
	for _, sp := range Paragraphs(s) {
		got = append(got, s[sp.Start:sp.End])
	}
	if len(got) != 3 || got[2] != "Third." {
		t.Errorf("Paragraphs = %q", got)
	}
}

func TestIsApostrophe(t *testing.T) {
	for _, r := range "'‘’ʻ`ʼ" {
		if !IsApostrophe(r) {
			t.Errorf("%q is an apostrophe", r)
		}
	}
	if IsApostrophe('a') || IsApostrophe('"') {
		t.Error("not apostrophes")
	}
}

func ExampleSentences() {
	AddAbbreviations("aug") // a language's, as its lexicon gives them
	s := "On Aug. 9 the presidents met. They signed a treaty."
	for _, sp := range Sentences(s) {
		fmt.Println(s[sp.Start:sp.End])
	}
	// Output:
	// On Aug. 9 the presidents met.
	// They signed a treaty.
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"O‘zbekiston": "o'zbekiston", "Qozogʻiston": "qozog'iston", "To`qayev": "to'qayev",
		"ТОШКЕНТ": "тошкент", "Astana": "astana",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
	if got := FoldApostrophes("Oʻzbek"); got != "O'zbek" {
		t.Errorf("FoldApostrophes kept %q", got)
	}
}

func TestNormalize(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Turkmen–Tajik Commission", "Turkmen - Tajik Commission"},
		{"Russia — Central Asia", "Russia  -  Central Asia"},
		{"5\u00a0May", "5  May"},
		{"no change-here", "no change-here"},
		{"O‘zbekiston", "O‘zbekiston"},
	} {
		got := Normalize(c.in)
		if got != c.want || len(got) != len(c.in) {
			t.Errorf("Normalize(%q) = %q, want %q (as long as its input)", c.in, got, c.want)
		}
	}
}

// FuzzNormalize: the normalized text is as long as its input, so that
// offsets into one are offsets into the other.
func FuzzNormalize(f *testing.F) {
	f.Add("Turkmen–Tajik\u00a0Commission")
	f.Fuzz(func(t *testing.T, s string) {
		if got := Normalize(s); len(got) != len(s) {
			t.Fatalf("Normalize(%q) is %d bytes, want %d", s, len(got), len(s))
		}
	})
}
