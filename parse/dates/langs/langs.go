// Package langs assembles the date rules of every language timeline reads.
// Adding a language is adding its package under parse/dates and one line
// to All.
package langs

import (
	"github.com/ca-diplomacy/timeline/parse/dates"
	"github.com/ca-diplomacy/timeline/parse/dates/en"
	"github.com/ca-diplomacy/timeline/parse/dates/ru"
	"github.com/ca-diplomacy/timeline/parse/dates/uz"
)

// All lists the languages, English first (the fallback).
var All = []*dates.Language{
	en.Language,
	ru.Language,
	uz.Language,
}

var reader = dates.NewReader(All...)

// Reader returns the shared Reader for every language; it is safe for
// concurrent use.
func Reader() *dates.Reader { return reader }
