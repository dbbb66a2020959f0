package timeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ca-diplomacy/timeline/corpus"
	"github.com/ca-diplomacy/timeline/parse"
	"github.com/ca-diplomacy/timeline/parse/places"
)

// TestDevTitles reads the shared dev corpus (skipped without it) and checks
// every event's title: no country named twice; the event's own name when a
// source gives one; the leaders of talks and calls and the guest leader of
// a visit when they are known.
func TestDevTitles(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "corpus", "dev")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no ../shared/corpus/dev")
	}
	arts, _ := corpus.Load(os.DirFS(dir), corpus.Options{})
	type at struct {
		article string
		offset  int
		family  string
	}
	called := map[at]string{} // the name each mention gives, by its sentence and family
	var ms []parse.Mention
	for _, a := range arts {
		for _, m := range parse.Article(a) {
			if m.Called != "" {
				called[at{m.Article, m.Offset, Family(m.Type)}] = m.Called
			}
			ms = append(ms, m)
		}
	}
	tl := Build(ms)
	g := places.Default()
	for _, e := range append(tl.Events, tl.Undated...) {
		codes := append([]string{e.Place.Country}, e.Codes...)
		for _, c := range distinct(codes) {
			if n := g.CountryName(c); c != "" && strings.Count(e.Title, n) > 1 {
				t.Errorf("%q names %s twice", e.Title, n)
			}
		}
		var names []string
		for _, s := range e.Sources {
			if n := called[at{s.Article, s.Offset, Family(e.Type)}]; n != "" {
				names = append(names, n)
			}
		}
		if len(names) > 0 && !containsAny(e.Title, names) {
			t.Errorf("%q: its sources call it %q", e.Title, names)
		}
		switch {
		case isVisit(e.Type):
			for _, c := range e.Codes {
				if p, ok := leaderOf(e, c); ok && e.Side(c) == "guest" && !strings.Contains(e.Title, surname(p.Name)) {
					t.Errorf("%q: the guest %s is not named", e.Title, p.Name)
				}
			}
		case bilateral[e.Type] && len(names) == 0:
			for _, l := range leadersOf(e) {
				if !strings.Contains(e.Title, l) {
					t.Errorf("%q: the leader %s is not named", e.Title, l)
				}
			}
		}
	}
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
