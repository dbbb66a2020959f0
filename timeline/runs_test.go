package timeline

import (
	"runtime"
	"testing"
	"time"

	"github.com/ca-diplomacy/timeline/corpus"
	"github.com/ca-diplomacy/timeline/parse"
)

// TestStreamLetsGoOfFiles: once the files are merged into a stream, what
// they gave (a Parsed a file, with its key, months and mentions) is
// garbage; the stream holds its runs' events only, so a large corpus's
// bookkeeping is not held while its files are written.
func TestStreamLetsGoOfFiles(t *testing.T) {
	a := corpus.Article{ID: "a", Language: "en", Published: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC),
		Text: "The presidents of Uzbekistan and Kazakhstan held talks in Tashkent on 12 March 2025. " +
			"A summit of Central Asian leaders is planned in Astana in June 2025."}
	ms := parse.Article(a)
	if len(ms) < 2 {
		t.Fatalf("%d mentions of the test's article, want 2", len(ms))
	}
	freed := make(chan struct{}, 2)
	files := []*Parsed{{Mentions: ms}, {Mentions: parse.Article(a)}}
	for _, f := range files {
		runtime.AddCleanup(f, func(chan struct{}) { freed <- struct{}{} }, freed)
	}
	st := streamFiles([]string{"a.txt", "b.txt"}, files, source{})
	files = nil
	n := 0
	for try := 0; n < 2 && try < 50; try++ {
		runtime.GC()
		select {
		case <-freed:
			n++
		case <-time.After(10 * time.Millisecond):
		}
	}
	if n < 2 {
		t.Fatalf("%d of 2 files let go while the stream is held", n)
	}
	events := 0
	if err := st.Runs(func(es []*Event) error { events += len(es); return nil }); err != nil {
		t.Fatal(err)
	}
	if events == 0 {
		t.Fatal("the stream gives no events")
	}
}
