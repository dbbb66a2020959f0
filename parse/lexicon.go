package parse

import (
	"regexp"

	"github.com/ca-diplomacy/timeline/parse/lang"
	"github.com/ca-diplomacy/timeline/parse/langs"
	"github.com/ca-diplomacy/timeline/parse/prefilter"
)

// lexicon is a language as the event reader uses it: its words, and the
// matchers made of them once.
type lexicon struct {
	*lang.Language
	// sentence finds the literals of the Triggers and of the patterns
	// asked of a whole sentence in one pass over it.
	sentence *prefilter.Set
	// onlyPreposition matches what stands between a reporting verb and
	// its date (made from TimePreposition).
	onlyPreposition *regexp.Regexp
	// schedule is Schedule with the literals it needs, so that the text
	// before most event words is not searched.
	schedule *prefilter.Regexp
}

// lexicons are the languages by code.
var lexicons = map[string]*lexicon{}

func init() {
	for _, l := range langs.All {
		var res []*prefilter.Regexp
		for _, t := range l.Triggers {
			res = append(res, t.Re)
		}
		for _, r := range []*prefilter.Regexp{l.Planned, l.Online, l.Leaders, l.Sides, l.Bilateral, l.Postponed, l.Cancelled, l.Ongoing, l.Ended, l.Times, l.Plural, l.ThisCountry, l.Programme} {
			if r != nil {
				res = append(res, r)
			}
		}
		lexicons[l.Lang] = &lexicon{
			Language:        l,
			sentence:        prefilter.NewSet(res...),
			onlyPreposition: regexp.MustCompile(`^[\s,]*(?:` + l.TimePreposition + `)?[\s,]*$`),
		}
		if l.Schedule != nil {
			lexicons[l.Lang].schedule = prefilter.New(l.Schedule)
		}
	}
}

// lexiconFor returns the lexicon of a language, or English's.
func lexiconFor(code string) *lexicon {
	if l, ok := lexicons[code]; ok {
		return l
	}
	return lexicons["en"]
}
