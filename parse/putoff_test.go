package parse_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/ca-diplomacy/timeline/corpus"
	"github.com/ca-diplomacy/timeline/parse"
	"github.com/ca-diplomacy/timeline/timeline"
)

// TestMovedAcrossArticles: a plan told in one article and put off to a new
// date in a later one is one event on its new date, quoting both, its old
// date kept; a report of it held, or of other sides, is not joined.
func TestMovedAcrossArticles(t *testing.T) {
	type article struct{ published, text string }
	for _, c := range []struct {
		name     string
		articles []article
		want     []string // each event: date, note, dates moved from, sources
	}{
		{"a plan, then put off", []article{
			{"2027-01-10", "The presidents of Kazakhstan and Uzbekistan will hold a summit in Astana on 20 March 2027."},
			{"2027-02-15", "The summit of Kazakhstan and Uzbekistan in Astana, scheduled for 20 March 2027, has been postponed to 15 May 2027."},
		}, []string{"2027-05-15 postponed [2027-03-20] 2"}},
		{"план, затем перенос", []article{
			{"2027-01-10", "Саммит Казахстана и Узбекистана пройдет в Астане 20 марта 2027 года."},
			{"2027-02-15", "Саммит Казахстана и Узбекистана в Астане, запланированный на 20 марта 2027 года, перенесен на 15 мая 2027 года."},
		}, []string{"2027-05-15 postponed [2027-03-20] 2"}},
		{"reja, so'ng ko'chirish", []article{
			{"2027-01-10", "Qozog'iston va O'zbekiston sammiti 2027-yil 20-mart kuni Ostonada o'tkaziladi."},
			{"2027-02-15", "Ostonada 20-mart 2027-yilga rejalashtirilgan Qozog'iston va O'zbekiston sammiti 15-may 2027-yilga ko'chirildi."},
		}, []string{"2027-05-15 postponed [2027-03-20] 2"}},
		{"other sides on the old date stay apart", []article{
			{"2027-01-10", "The presidents of Tajikistan and Kyrgyzstan will hold a summit in Dushanbe on 20 March 2027."},
			{"2027-02-15", "The summit of Kazakhstan and Uzbekistan in Astana, scheduled for 20 March 2027, has been postponed to 15 May 2027."},
		}, []string{"2027-03-20  [] 1", "2027-05-15 postponed [2027-03-20] 1"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var ms []parse.Mention
			for i, a := range c.articles {
				p, _ := time.Parse("2006-01-02", a.published)
				ms = append(ms, parse.Article(corpus.Article{ID: fmt.Sprint("a", i), Text: a.text, Published: p})...)
			}
			var got []string
			for _, e := range timeline.Build(ms).Events {
				var was []string
				for _, w := range e.Was {
					was = append(was, w.Start.Format(w.Precision))
				}
				got = append(got, fmt.Sprintf("%s %s %v %d", e.Date.Start.Format(e.Date.Precision), e.Note, was, len(e.Sources)))
			}
			if fmt.Sprint(got) != fmt.Sprint(c.want) {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}
