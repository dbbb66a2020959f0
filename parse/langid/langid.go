// Package langid tells the language of an article when its metadata does
// not: a script rule for Cyrillic (the letters each language has and
// Russian has not), the function words of a language that make up much of
// its text, a few words of a language that trigram profiles miss in short
// texts, then github.com/abadojack/whatlanggo's trigram profiles. The
// languages give their cues (Register; parse/langs registers them all).
package langid

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/abadojack/whatlanggo"
)

// sample is how much of a text is looked at: enough for a reliable guess.
const sample = 4000

// A Cue is what tells a language in a text.
type Cue struct {
	Lang string
	// Letters are Cyrillic letters the language writes and Russian does
	// not ("ўҳ"): a Cyrillic text is in the language whose letters it has
	// most of. DefaultCyrillic marks the language of a Cyrillic text with
	// none of them (Russian).
	Letters         string
	DefaultCyrillic bool
	// FunctionWords are short words that make up a tenth of a text in the
	// language, and that other languages in Latin letters do not spell
	// alike (English "the", "and"): a text with enough of them is in it.
	FunctionWords []string
	// Words, two of them in a Latin text, tell the language where the
	// trigram profiles miss it (Uzbek "bilan", "uchun").
	Words *regexp.Regexp
}

// cue is a Cue with its function words as a set, lower case.
type cue struct {
	Cue
	function map[string]bool
}

// cues are the registered cues; of two with as many letters in a text,
// the later registered wins.
var cues []cue

// Register adds a language's cues. Languages call it from init: it is not
// safe to call while texts are told.
func Register(c Cue) {
	if c.Letters == "" && !c.DefaultCyrillic && len(c.FunctionWords) == 0 && c.Words == nil {
		return
	}
	set := map[string]bool{}
	for _, w := range c.FunctionWords {
		set[strings.ToLower(w)] = true
	}
	cues = append(cues, cue{c, set})
}

// Detect returns the ISO 639-1 code of the text's language: one that
// registered its cues, or another code whatlanggo knows; "en" when
// nothing tells.
func Detect(s string) string {
	if len(s) > sample {
		s = s[:sample]
		for len(s) > 0 && !utf8Start(s[len(s)-1]) {
			s = s[:len(s)-1]
		}
	}
	letters := make([]int, len(cues))
	var cyr, lat int
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
			for i, c := range cues {
				if strings.ContainsRune(c.Letters, r) {
					letters[i]++
				}
			}
		case unicode.IsLetter(r):
			lat++
		}
	}
	if cyr > lat {
		best, most := "", 0
		for i, c := range cues {
			if letters[i] > 0 && letters[i] >= most {
				best, most = c.Lang, letters[i]
			}
		}
		if best != "" {
			return best
		}
		for _, c := range cues {
			if c.DefaultCyrillic {
				return c.Lang
			}
		}
	}
	if lat == 0 {
		return "en"
	}
	for _, c := range cues {
		if len(c.function) > 0 && mostly(s, c.function) {
			return c.Lang
		}
	}
	for _, c := range cues {
		if c.Words != nil && len(c.Words.FindAllStringIndex(s, 8)) >= 2 {
			return c.Lang
		}
	}
	info := whatlanggo.DetectWithOptions(s, whatlanggo.Options{})
	if code := info.Lang.Iso6391(); code != "" && info.Confidence > 0.1 {
		return code
	}
	return "en"
}

func utf8Start(b byte) bool { return b < 0x80 || b >= 0xC0 }

// mostly reports whether the function words make up at least a tenth of
// the words of s, and five at least: the language without asking the
// trigram profiles, which are slow.
func mostly(s string, function map[string]bool) bool {
	words, hits := 0, 0
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		words++
		if len(w) <= 5 && function[strings.ToLower(w)] {
			hits++
		}
	}
	return hits >= 5 && hits*10 >= words
}
