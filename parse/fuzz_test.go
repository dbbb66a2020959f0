package parse_test

import (
	"testing"
	"time"

	"github.com/ca-diplomacy/timeline/corpus"
	"github.com/ca-diplomacy/timeline/parse"
	"github.com/ca-diplomacy/timeline/timeline"
)

// FuzzArticle reads arbitrary text as an article: no panic, quotes inside
// the text, and a timeline that builds.
func FuzzArticle(f *testing.F) {
	for _, s := range []string{
		"ASTANA – On August 7-9, President Mirziyoyev paid a state visit to Kazakhstan.",
		"Консультативная встреча глав государств состоится 16 ноября 2025 года в Ташкенте.",
		"2024-yil 8-avgust kuni Qozog‘istonga davlat tashrifi. Memorandum imzolandi.",
		"", "\x00\xff", "On 1 May. On 2 May. On 3 May.",
	} {
		f.Add(s, "")
		f.Add(s, "2024-11-16")
	}
	f.Fuzz(func(t *testing.T, text, published string) {
		a := corpus.Article{ID: "fuzz", Text: text}
		if p, err := time.Parse("2006-01-02", published); err == nil {
			a.Published = p
		}
		ms := parse.Article(a)
		for _, m := range ms {
			if m.Offset < 0 || m.Offset > len(text) {
				t.Fatalf("offset %d outside the text", m.Offset)
			}
		}
		timeline.Build(ms)
	})
}
