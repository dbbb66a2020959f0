package site

import (
	"encoding/json"
	"net/http"
	"strings"
	"unicode"

	"github.com/ca-diplomacy/timeline/timeline"
)

// MaxHits is the most events a search answers with.
const MaxHits = 100

// An Index finds the events of every page of a site by the words of their
// title, type, date, place and participants: a page holds the events of
// one year, and `timeline serve` answers a search over all of them
// (/search?q=…). Its memory is a short line of text an event.
type Index struct {
	dated, undated []entry // in the order of the site
}

type entry struct {
	hit  Hit
	text string // lower case, the words a search looks in
}

// Hit is an event a search found.
type Hit struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Date  string `json:"date"`
	Place string `json:"place,omitempty"`
	URL   string `json:"url"` // of its row on its page, relative to the site
}

// add puts the events of a page in the index.
func (ix *Index) add(page string, es []*timeline.Event) {
	for _, e := range es {
		j := e.JSON()
		date := "undated"
		if j.Start != nil {
			date = *j.Start
			if *j.End != *j.Start {
				date += " – " + *j.End
			}
		}
		words := []string{e.Title, timeline.Label(e.Type), date, e.Where()}
		for _, p := range j.Participants {
			words = append(words, p.Name, p.Office)
		}
		en := entry{hit: Hit{ID: e.ID, Title: e.Title, Date: date, Place: e.Where(), URL: page + "#event-" + e.ID},
			text: strings.ToLower(strings.Join(words, " "))}
		if e.Dated {
			ix.dated = append(ix.dated, en)
		} else {
			ix.undated = append(ix.undated, en)
		}
	}
}

// Search returns the events whose words hold every word of q (in any case),
// the latest first and the undated last, at most max, and how many there
// are in all.
func (ix *Index) Search(q string, max int) ([]Hit, int) {
	words := strings.FieldsFunc(strings.ToLower(q), func(r rune) bool { return unicode.IsSpace(r) || r == ',' })
	if ix == nil || len(words) == 0 {
		return nil, 0
	}
	var hits []Hit
	n := 0
	match := func(en entry) {
		for _, w := range words {
			if !strings.Contains(en.text, w) {
				return
			}
		}
		if n++; len(hits) < max {
			hits = append(hits, en.hit)
		}
	}
	for i := len(ix.dated) - 1; i >= 0; i-- {
		match(ix.dated[i])
	}
	for _, en := range ix.undated {
		match(en)
	}
	return hits, n
}

// serveSearch answers /search?q=… with the events of the index that match,
// as JSON: {"query", "total", "hits"}.
func serveSearch(w http.ResponseWriter, r *http.Request, ix *Index) {
	q := r.URL.Query().Get("q")
	hits, total := ix.Search(q, MaxHits)
	if hits == nil {
		hits = []Hit{}
	}
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Content-Type-Options", "nosniff")
	json.NewEncoder(w).Encode(struct {
		Query string `json:"query"`
		Total int    `json:"total"`
		Hits  []Hit  `json:"hits"`
	}{q, total, hits})
}
