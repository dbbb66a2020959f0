// Command bench writes a page of N synthetic events (deterministic: varied
// types, dates over ten years, places and participants from the gazetteer)
// and prints how long building it took. bench.sh then measures the page's
// first render in Chromium.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"time"

	"github.com/ca-diplomacy/timeline/parse"
	"github.com/ca-diplomacy/timeline/parse/dates"
	"github.com/ca-diplomacy/timeline/parse/places"
	"github.com/ca-diplomacy/timeline/render/html"
	"github.com/ca-diplomacy/timeline/timeline"
)

func main() {
	n := flag.Int("n", 10000, "events")
	out := flag.String("out", "bench.html", "page to write")
	flag.Parse()
	ms := Mentions(*n)
	t0 := time.Now()
	tl := timeline.Build(ms)
	t1 := time.Now()
	var b bytes.Buffer
	if err := html.Write(&b, tl, html.Options{Title: "bench"}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	t2 := time.Now()
	if err := os.WriteFile(*out, b.Bytes(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("events=%d merge_ms=%.1f page_ms=%.1f page_bytes=%d\n", len(tl.Events), ms2(t1.Sub(t0)), ms2(t2.Sub(t1)), b.Len())
}

func ms2(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// Mentions returns n mentions of n distinct events.
func Mentions(n int) []parse.Mention {
	r := rand.New(rand.NewSource(1))
	g := places.Default()
	cities := []string{"Tashkent", "Astana", "Bishkek", "Dushanbe", "Ashgabat", "Samarkand", "Almaty", "Moscow", "Beijing", "Ankara", "Paris", "Berlin", "Washington", "Baku", "Tokyo"}
	codes := []string{"UZ", "KZ", "KG", "TJ", "TM", "RU", "CN", "TR", "US", "DE", "FR", "AZ", "JP", "IN", "KR"}
	types := []string{"summit", "state_visit", "official_visit", "talks", "call", "dialogue", "conference", "forum", "signing", "council_meeting"}
	var ms []parse.Mention
	for i := 0; i < n; i++ {
		var p parse.Place
		for _, h := range g.Find(cities[r.Intn(len(cities))]) {
			if h.Kind == places.CityHit {
				p = parse.Place{City: h.City.Name, Country: h.City.Country, Lat: h.City.Lat, Lon: h.City.Lon, HasGeo: true}
			}
		}
		d := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.Intn(3650))
		a, b := codes[r.Intn(len(codes))], codes[r.Intn(len(codes))]
		ms = append(ms, parse.Mention{Article: fmt.Sprintf("art-%05d", i), Type: types[r.Intn(len(types))], Status: parse.Held,
			Date: dates.DayValue(d.Year(), int(d.Month()), d.Day()), Dated: true, Place: p, Codes: []string{a, b},
			Quote: fmt.Sprintf("On %s the delegations of %s and %s met in %s (synthetic event %d).", d.Format("2 January 2006"), a, b, p.City, i)})
	}
	return ms
}
