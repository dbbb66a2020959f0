// Package langid tells the language of an article when its metadata does
// not: a script rule for Cyrillic (Uzbek and Kazakh letters apart from
// Russian) and github.com/abadojack/whatlanggo's trigram profiles for Latin
// text, helped by a few Uzbek words the profiles miss in short texts, and
// English told by its function words first (the profiles are slow).
package langid

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/abadojack/whatlanggo"
)

// sample is how much of a text is looked at: enough for a reliable guess.
const sample = 4000

var (
	uzCyrillic = "ўҳЎҲ" // қ and ғ are Kazakh letters too
	kkCyrillic = "әұіңөүһӘҰІҢӨҮҺ"
	uzLatin    = regexp.MustCompile(`(?i)\b(?:va|bilan|uchun|bo[‘'ʻ’` + "`" + `]yicha|o[‘'ʻ’` + "`" + `]zbekiston|yil|kuni|haqida|prezidenti)\b`)
)

// Detect returns the ISO 639-1 code of the text's language: "en", "ru",
// "uz" (Latin or Cyrillic), "kk", or another code whatlanggo knows; "en"
// when nothing tells.
func Detect(s string) string {
	if len(s) > sample {
		s = s[:sample]
		for len(s) > 0 && !utf8Start(s[len(s)-1]) {
			s = s[:len(s)-1]
		}
	}
	var cyr, lat, uz, kk int
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
			if strings.ContainsRune(uzCyrillic, r) {
				uz++
			}
			if strings.ContainsRune(kkCyrillic, r) {
				kk++
			}
		case unicode.IsLetter(r):
			lat++
		}
	}
	if cyr > lat {
		switch {
		case uz > 0 && uz >= kk:
			return "uz"
		case kk > 0:
			return "kk"
		}
		return "ru"
	}
	if lat == 0 {
		return "en"
	}
	if mostlyEnglish(s) {
		return "en"
	}
	if n := len(uzLatin.FindAllStringIndex(s, 8)); n >= 2 {
		return "uz"
	}
	info := whatlanggo.DetectWithOptions(s, whatlanggo.Options{})
	if code := info.Lang.Iso6391(); code != "" && info.Confidence > 0.1 {
		return code
	}
	return "en"
}

func utf8Start(b byte) bool { return b < 0x80 || b >= 0xC0 }

// englishWords are function words of English that other Latin-script
// languages do not spell alike (unlike in, is, a, was: Dutch, Italian,
// German have them): a fifth to a third of the words of English news text.
var englishWords = map[string]bool{"the": true, "and": true, "of": true, "to": true, "with": true, "for": true,
	"were": true, "are": true, "has": true, "have": true, "that": true, "by": true, "from": true, "this": true, "which": true}

// mostlyEnglish reports whether English function words make up at least a
// tenth of the words of s, and five at least: English without asking the
// trigram profiles, which take about a millisecond for 2 KB.
func mostlyEnglish(s string) bool {
	words, hits := 0, 0
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		words++
		if len(w) <= 5 && englishWords[strings.ToLower(w)] {
			hits++
		}
	}
	return hits >= 5 && hits*10 >= words
}
