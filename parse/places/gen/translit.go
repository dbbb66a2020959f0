package main

import (
	"strings"
	"unicode"
)

// uzCyrillic writes an Uzbek name in the Latin alphabet of 1995 in the
// Cyrillic one that Uzbek news also uses ("Buxoro" → "Бухоро", "Xoʻjand" →
// "Хўжанд"). The catalogues give Uzbek names in Latin only. The mapping is
// the official one read left to right: o' and g' are ў and ғ, sh, ch, ya,
// yo, yu and ye one letter each, e at the start of a word or after a vowel
// э, the sign ' of a stop ъ.
func uzCyrillic(latin string) string {
	rs := []rune(latin)
	var b strings.Builder
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		lo := unicode.ToLower(r)
		up := unicode.IsUpper(r)
		next := rune(0)
		if i+1 < len(rs) {
			next = unicode.ToLower(rs[i+1])
		}
		out := ""
		switch {
		case (lo == 'o' || lo == 'g') && isStop(next):
			out = map[rune]string{'o': "ў", 'g': "ғ"}[lo]
			i++
		case lo == 's' && next == 'h':
			out = "ш"
			i++
		case lo == 'c' && next == 'h':
			out = "ч"
			i++
		case lo == 'y' && (next == 'a' || next == 'o' || next == 'u' || next == 'e') && !(next == 'o' && i+2 < len(rs) && isStop(rs[i+2])):
			out = map[rune]string{'a': "я", 'o': "ё", 'u': "ю", 'e': "е"}[next]
			i++
		case lo == 'e' && (i == 0 || !unicode.IsLetter(rs[i-1]) || isVowel(unicode.ToLower(rs[i-1]))):
			out = "э"
		case isStop(r):
			out = "ъ"
		default:
			c, ok := uzLetters[lo]
			if !ok {
				b.WriteRune(r) // a hyphen, a space, a digit
				continue
			}
			out = c
		}
		if up {
			out = strings.ToUpper(out)
		}
		b.WriteString(out)
	}
	return b.String()
}

var uzLetters = map[rune]string{
	'a': "а", 'b': "б", 'd': "д", 'e': "е", 'f': "ф", 'g': "г", 'h': "ҳ", 'i': "и", 'j': "ж",
	'k': "к", 'l': "л", 'm': "м", 'n': "н", 'o': "о", 'p': "п", 'q': "қ", 'r': "р", 's': "с",
	't': "т", 'u': "у", 'v': "в", 'x': "х", 'y': "й", 'z': "з", 'c': "с",
}

// isStop reports whether r is one of the apostrophes Uzbek Latin writes
// after o and g, or for a stop.
func isStop(r rune) bool { return strings.ContainsRune("'ʻʼ‘’`", r) }

func isVowel(r rune) bool { return strings.ContainsRune("aeiouў", r) }
