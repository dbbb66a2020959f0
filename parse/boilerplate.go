package parse

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A page saved as plain text keeps what surrounds the article: time stamps
// and view counters, lists of related headlines with their times, "also
// read" links, photo captions and credits. Their dates and event words are
// no events of the article, and a year in them anchors nothing.

// clock is a time of day, alone ("15:14").
var clock = regexp.MustCompile(`^\(?(?:[01]?\d|2[0-3]):[0-5]\d\)?,?$`)

// stamped is a time of day beside a date, as pages print when a piece was
// posted: "13:19, May 19, 2023", "2018-05-16 09:38", "03.06.2022 15:14".
var stamped = regexp.MustCompile(`(?:[01]?\d|2[0-3]):[0-5]\d,?\s+(?:\p{L}+\.?\s+\d{1,2}\b|\d{1,2}\s+\p{L}+|\d{1,2}\.\d{1,2}\.)|\d{4}-\d\d-\d\d\s+\d\d:\d\d|\d\d\.\d\d\.\d{4},?\s+\d\d:\d\d`)

// captionLen is the length, in runes, under which the line above a credit
// is taken for the photo's caption.
const captionLen = 80

// withoutBoilerplate returns the text with its boilerplate lines blanked
// (spaces, so that every offset stays where it was), or s itself when it
// has none.
func withoutBoilerplate(lex *lexicon, s string) string {
	var b []byte
	blank := func(start, end int) {
		if b == nil {
			b = []byte(s)
		}
		for i := start; i < end; i++ {
			if b[i] != '\n' {
				b[i] = ' '
			}
		}
	}
	prevStart, prevEnd := -1, -1 // the last line with text
	for start := 0; start < len(s); {
		end := strings.IndexByte(s[start:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		line := s[start:end]
		switch {
		case strings.TrimSpace(line) == "":
			start = end + 1
			continue
		case credit(lex, line):
			blank(start, end)
			// a credit on a line of its own follows its caption, a short
			// line (a lead above a photo runs longer)
			if ownLine(lex, line) && prevStart >= 0 && utf8.RuneCountInString(strings.TrimSpace(s[prevStart:prevEnd])) < captionLen {
				blank(prevStart, prevEnd)
			}
		case boilerplateLine(lex, line):
			blank(start, end)
		}
		prevStart, prevEnd = start, end
		start = end + 1
	}
	if b == nil {
		return s
	}
	return string(b)
}

// numericDate is a date in figures ("23.10.2020", "2020-10-23"), which a
// short line with little else beside it prints as a stamp.
var numericDate = regexp.MustCompile(`\b\d{1,2}\.\d{1,2}\.\d{4}\b|\b\d{4}-\d\d-\d\d\b`)

// boilerplateLine reports whether a line is a page's furniture: one with
// few letters (a time stamp, a counter), one that opens with a time of day
// (a related headline: "12:30 Tokayev meets …"), a short one with a posting
// stamp ("(Xinhua) 13:19, May 19, 2023") or a date in figures ("23.10.2020
// TASS"), one of fields split by bars
// ("2018-05-16 09:38 | www.trend.az | 2"), or one the language marks
// ("Also read", "Читайте также", "Shuningdek o'qing").
func boilerplateLine(lex *lexicon, line string) bool {
	t := strings.TrimSpace(line)
	letters := 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	switch {
	case letters < 4:
		return true
	case strings.Count(t, " | ") >= 2:
		return true
	case clock.MatchString(firstWord(t)):
		return true
	case len(t) < 200 && strings.IndexByte(t, ':') >= 0 && stamped.MatchString(t), len(t) < 40 && numericDate.MatchString(t):
		return true
	}
	return lex.Boilerplate != nil && lex.Boilerplate.MatchString(t)
}

// credit reports whether a line credits a photo or names a caption's source
// ("Photo: …", "Фото: …", "(Source: Eurasia Diary)").
func credit(lex *lexicon, line string) bool {
	t := strings.TrimSpace(line)
	return lex.Credit != nil && len(t) < 200 && strings.IndexByte(t, ':') >= 0 && lex.Credit.MatchString(t)
}

// ownLine reports whether a credit stands on a line of its own, after its
// caption, rather than closing the caption's line.
func ownLine(lex *lexicon, line string) bool {
	t := strings.TrimSpace(line)
	loc := lex.Credit.FindStringIndex(t)
	return loc != nil && loc[0] == 0
}

// firstWord is the first word of a trimmed line.
func firstWord(s string) string {
	if i := strings.IndexAny(s, " \t"); i >= 0 {
		return s[:i]
	}
	return s
}
