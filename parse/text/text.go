// Package text splits news text into paragraphs and sentences and folds the
// spelling variants of Uzbek, the small steps every parser of articles shares.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a piece of a text by byte offsets.
type Span struct{ Start, End int }

// abbreviations end with a dot that does not end a sentence (lower case,
// without the dot), as the languages give them (AddAbbreviations). Single
// letters (initials: K.K. Tokayev) are always such.
var abbreviations = map[string]bool{}

// AddAbbreviations adds words written with a dot that does not end a
// sentence ("Mr", "г", "mln"). Languages call it from init: it is not
// safe to call while texts are split.
func AddAbbreviations(words ...string) {
	for _, w := range words {
		abbreviations[strings.ToLower(w)] = true
	}
}

// EndsSentence reports whether the punctuation at byte i of s (., ! or ?)
// ends a sentence: it is followed by a space or line end and then by a
// capital letter, a digit or a quote, and a dot is not that of an
// abbreviation or an initial.
func EndsSentence(s string, i int) bool {
	c := s[i]
	if c != '.' && c != '!' && c != '?' {
		return false
	}
	j := i + 1
	for j < len(s) && (s[j] == '"' || s[j] == '\'' || s[j] == ')') {
		j++
	}
	if j < len(s) && s[j] != ' ' && s[j] != '\n' && s[j] != '\t' && s[j] != '\r' {
		return false
	}
	for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r') {
		j++
	}
	if j >= len(s) || s[j] == '\n' {
		return true
	}
	next, _ := utf8.DecodeRuneInString(s[j:])
	if !(unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune("\"«“„'‘(—–-/[", next)) {
		return false
	}
	if c != '.' {
		return true
	}
	if i > 0 && isDigit(s[i-1]) && unicode.IsDigit(next) && i-digitsBefore(s, i) <= 2 {
		return false // a spaced date: "05. 09. 17."
	}
	w := wordBefore(s, i)
	if utf8.RuneCountInString(w) == 1 && unicode.IsLetter([]rune(w)[0]) {
		return false // an initial
	}
	return !abbreviations[strings.ToLower(w)]
}

func wordBefore(s string, i int) string {
	j := i
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		j -= size
	}
	return s[j:i]
}

// Sentences splits s into sentences: at sentence-ending punctuation and at
// line ends. Empty ones are left out; each keeps its offsets in s.
func Sentences(s string) []Span {
	var out []Span
	start := 0
	add := func(end int) {
		a, b := start, end
		for a < b && isSpace(s[a]) {
			a++
		}
		for b > a && isSpace(s[b-1]) {
			b--
		}
		if a < b {
			out = append(out, Span{a, b})
		}
		start = end
	}
	lineStart := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n':
			if !wrapped(s, lineStart, i) {
				add(i + 1)
			}
			lineStart = i + 1
		case '.', '!', '?':
			if EndsSentence(s, i) {
				add(i + 1)
			}
		}
	}
	add(len(s))
	return out
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// digitsBefore is the start of the run of digits that ends at i.
func digitsBefore(s string, i int) int {
	j := i
	for j > 0 && isDigit(s[j-1]) {
		j--
	}
	return j
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\r' || b == '\n' }

// wrapLine is the least length, in runes, of a line that text wrapped at a
// fixed width goes on from; shorter lines (headlines, datelines, time
// stamps) end where they end.
const wrapLine = 60

// headLine is the length, in runes, under which a line followed by one that
// opens with a capital is taken for a headline or a caption, not for text
// wrapped at a fixed width (which runs to 70 or 80).
const headLine = 72

// wrapped reports whether the line s[start:nl] goes on after its line break
// (text wrapped at a fixed width): it is long, the next line is not blank,
// does not start a list item, and does not open with a capital after a
// line short of headLine.
func wrapped(s string, start, nl int) bool {
	n := utf8.RuneCountInString(strings.TrimSpace(s[start:nl]))
	if n < wrapLine {
		return false
	}
	rest := strings.TrimLeft(s[nl+1:], " \t\r")
	if rest == "" || rest[0] == '\n' || strings.HasPrefix(rest, "- ") || strings.HasPrefix(rest, "• ") || strings.HasPrefix(rest, "* ") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(rest); n < headLine && unicode.IsUpper(r) {
		return false
	}
	return true
}

// SentenceAt returns the span of the sentence of s around byte off.
func SentenceAt(s string, off int) Span {
	start := 0
	for j := off - 1; j >= 0 && off-j < 600; j-- {
		if s[j] == '\n' || (j < off-1 && EndsSentence(s, j)) {
			start = j + 1
			break
		}
	}
	end := len(s)
	for j := off; j < len(s) && j-off < 600; j++ {
		if s[j] == '\n' || EndsSentence(s, j) {
			end = j + 1
			break
		}
	}
	return Span{start, end}
}

// Paragraphs splits s at blank lines (lines of spaces, CRLF endings too);
// each span is trimmed of surrounding space.
func Paragraphs(s string) []Span {
	var out []Span
	start, end := -1, -1 // of the current paragraph's text
	flush := func() {
		if start >= 0 {
			out = append(out, Span{start, end})
			start = -1
		}
	}
	for pos := 0; pos < len(s); {
		nl := strings.IndexByte(s[pos:], '\n')
		lineEnd := len(s)
		if nl >= 0 {
			lineEnd = pos + nl
		}
		line := s[pos:lineEnd]
		if t := strings.TrimSpace(line); t == "" {
			flush()
		} else {
			lead := strings.Index(line, t)
			if start < 0 {
				start = pos + lead
			}
			end = pos + lead + len(t)
		}
		pos = lineEnd + 1
	}
	flush()
	return out
}

// Apostrophes are the marks Uzbek writes for o‘ and g‘ (and the apostrophe
// itself): all of them are the same letter.
const Apostrophes = "‘'ʻ`’ʼ"

// ApostropheClass is a regexp character class of Apostrophes.
const ApostropheClass = "[" + Apostrophes + "]"

// Fold lower-cases s and writes every apostrophe variant as ': the form in
// which names and words of any spelling are compared.
func Fold(s string) string { return FoldApostrophes(strings.ToLower(s)) }

// FoldApostrophes writes every apostrophe variant of s as ', keeping case.
func FoldApostrophes(s string) string {
	if !mayHaveApostrophe(s) {
		return s // most words: nothing to fold
	}
	return strings.Map(func(r rune) rune {
		if IsApostrophe(r) {
			return '\''
		}
		return r
	}, s)
}

// mayHaveApostrophe is a quick byte test: the apostrophes are ' and ` or
// begin with the bytes 0xCA (ʻ ʼ) or 0xE2 (‘ ’).
func mayHaveApostrophe(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\'', '`', 0xCA, 0xE2:
			return true
		}
	}
	return false
}

// IsApostrophe reports whether r is one of the Uzbek apostrophe variants.
func IsApostrophe(r rune) bool {
	switch r {
	case '‘', '\'', 'ʻ', '`', '’', 'ʼ':
		return true
	}
	return false
}

// Normalize returns s with its dashes and no-break spaces written as ASCII,
// byte for byte in place (a three-byte dash becomes " - ", a no-break space
// spaces), so that offsets into it are offsets into s: "Turkmen–Tajik
// Commission" reads as "Turkmen - Tajik Commission".
func Normalize(s string) string {
	var b []byte
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		var to string
		switch {
		case r >= 0x2010 && r <= 0x2015 || r == 0x2212:
			to = " - "
		case r == 0x00a0 || r == 0x202f || r == 0x2007 || r == 0x2009:
			to = strings.Repeat(" ", n)
		}
		if to != "" && len(to) == n {
			if b == nil {
				b = []byte(s)
			}
			copy(b[i:], to)
		}
		i += n
	}
	if b == nil {
		return s
	}
	return string(b)
}
