// Package langs lists the languages timeline reads, each one folder under
// parse/lang, and tells the packages that need a language's words of it:
// importing langs registers every language's abbreviations (text), place
// endings and adjectives of countries (places) and cues (langid). Adding a language is adding its
// folder and one line to All.
package langs

import (
	"github.com/ca-diplomacy/timeline/parse/dates"
	"github.com/ca-diplomacy/timeline/parse/lang"
	"github.com/ca-diplomacy/timeline/parse/lang/en"
	"github.com/ca-diplomacy/timeline/parse/lang/ru"
	"github.com/ca-diplomacy/timeline/parse/lang/uz"
	"github.com/ca-diplomacy/timeline/parse/langid"
	"github.com/ca-diplomacy/timeline/parse/places"
	"github.com/ca-diplomacy/timeline/parse/text"
)

// All lists the languages, English first (the fallback).
var All = []*lang.Language{
	en.Language,
	ru.Language,
	uz.Language,
}

// told are languages whose texts are told apart but not read: a Kazakh text
// in Cyrillic letters is not Russian.
var told = []langid.Cue{{Lang: "kk", Letters: "әұіңөүһӘҰІҢӨҮҺ"}}

var reader *dates.Reader

func init() {
	for _, c := range told {
		langid.Register(c)
	}
	var rules []*dates.Language
	for _, l := range All {
		rules = append(rules, l.Dates)
		text.AddAbbreviations(l.Abbreviations...)
		places.AddLanguage(l.Places)
		c := l.LangID
		c.Lang = l.Lang
		langid.Register(c)
	}
	reader = dates.NewReader(rules...)
}

// Reader returns the date reader of every language; it is safe for
// concurrent use.
func Reader() *dates.Reader { return reader }
