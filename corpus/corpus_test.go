package corpus

import (
	"errors"
	"fmt"
	"path"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/ca-diplomacy/timeline/corpus/sample"
)

func TestLoad(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt":           {Data: []byte("On 1 May talks were held.")},
		"a.meta.json":     {Data: []byte(`{"url":"http://x","language":"EN","published":"2024-11-16T09:18:00+05:00"}`)},
		"sub/b.md":        {Data: []byte("Second article.")},
		"sub/b.meta.json": {Data: []byte(`{"published": 12`)},
		"empty.txt":       {Data: []byte("  \n")},
		"bin.txt":         {Data: []byte("a\x00b")},
		"latin1.txt":      {Data: []byte("caf\xe9")},
		"notes.csv":       {Data: []byte("ignored")},
		".git/x.txt":      {Data: []byte("hidden folders are skipped")},
		"c.txt":           {Data: []byte("Undated.")},
		"c.meta.json":     {Data: []byte(`{"published":"16 Nov 2024"}`)},
	}
	arts, errs := Load(fsys, Options{})
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	if got, want := len(arts), 3; got != want {
		t.Fatalf("loaded %v, want 3 articles", ids)
	}
	a := arts[0]
	if a.ID != "a" || a.Language != "en" || a.URL != "http://x" {
		t.Errorf("article a = %+v", a)
	}
	if want := time.Date(2024, 11, 16, 0, 0, 0, 0, time.UTC); !a.Published.Equal(want) {
		t.Errorf("published = %v, want the written day %v", a.Published, want)
	}
	if arts[2].ID != "sub/b" || arts[2].HasPublished() {
		t.Errorf("article with broken meta = %+v", arts[2])
	}
	want := map[string]error{
		"empty.txt": ErrEmpty, "bin.txt": ErrBinary, "latin1.txt": ErrNotUTF8,
		"sub/b.meta.json": nil, "c.meta.json": nil,
	}
	if len(errs) != len(want) {
		t.Fatalf("errors = %v, want one for each of %d files", errs, len(want))
	}
	for _, err := range errs {
		var fe *FileError
		if !errors.As(err, &fe) {
			t.Fatalf("%v is not a *FileError", err)
		}
		w, ok := want[fe.Path]
		if !ok {
			t.Errorf("unexpected error for %s: %v", fe.Path, err)
		}
		if w != nil && !errors.Is(err, w) {
			t.Errorf("%s: got %v, want %v", fe.Path, err, w)
		}
	}
}

func TestLoadSizeLimit(t *testing.T) {
	fsys := fstest.MapFS{"big.txt": {Data: make([]byte, 100)}, "ok.txt": {Data: []byte("fine")}}
	arts, errs := Load(fsys, Options{MaxFileSize: 10})
	if len(arts) != 1 || len(errs) != 1 || !errors.Is(errs[0], ErrTooLarge) {
		t.Fatalf("arts=%v errs=%v", arts, errs)
	}
}

func TestSample(t *testing.T) {
	arts, errs := Load(sample.FS, Options{})
	if len(errs) != 0 || len(arts) != 5 {
		t.Fatalf("sample: %d articles, errors %v", len(arts), errs)
	}
	if arts[4].ID != "004_0e454dbf03d95973" || arts[4].Published.Format("2006-01-02") != "2024-11-16" {
		t.Errorf("sample article 4 = %s %v", arts[4].ID, arts[4].Published)
	}
}

// FuzzLoad loads a folder of one article and its meta file with arbitrary
// bytes: either an article or an error naming the file, never a panic.
func FuzzLoad(f *testing.F) {
	f.Add([]byte("On 1 May, Dushanbe hosted a conference."), []byte(`{"published": "2024-05-02", "language": "en"}`))
	f.Add([]byte("\xff\xfe\x00"), []byte(`{"published": 5}`))
	f.Add([]byte(""), []byte(`{`))
	f.Fuzz(func(t *testing.T, text, meta []byte) {
		fsys := fstest.MapFS{"a.txt": {Data: text}, "a.meta.json": {Data: meta}}
		arts, errs := Load(fsys, Options{})
		if len(arts)+len(errs) == 0 {
			t.Fatal("the file disappeared: neither an article nor an error")
		}
		for _, err := range errs {
			if !strings.Contains(err.Error(), "a.") {
				t.Fatalf("error %q does not name the file", err)
			}
		}
	})
}

// Every kind of broken input gives errors that name the file (and line),
// and the good articles beside it are still read.
func TestBrokenInput(t *testing.T) {
	good := "On 5 May 2024 the ministers held talks in Tashkent."
	fsys := fstest.MapFS{
		"good.txt":             {Data: []byte(good)},
		"binary.txt":           {Data: []byte("abc\x00\x01\x02")},
		"latin1.txt":           {Data: []byte("caf\xe9 au lait")},
		"empty.txt":            {Data: []byte("  \n ")},
		"big.txt":              {Data: make([]byte, 2048)},
		"meta.txt":             {Data: []byte(good)},
		"meta.meta.json":       {Data: []byte(`{"published": `)},
		"baddate.txt":          {Data: []byte(good)},
		"baddate.meta.json":    {Data: []byte(`{"published": "2024-02-30"}`)},
		"page.html":            {Data: []byte("<html><body><nav>menu</nav></body></html>")},
		"lines.jsonl":          {Data: []byte(`{"id":"a","text":"` + good + `"}` + "\n{broken\n" + `{"id":"b"}` + "\n" + `{"id":"a","text":"again"}` + "\n" + `{"id":"c","text":"` + good + `","published":"yesterday"}` + "\n")},
		"feed.rss":             {Data: []byte("<rss><channel><item><title>x</title>")},
		"feed2.xml":            {Data: []byte("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title></channel></rss>")},
		"sub/.hidden/skip.txt": {Data: []byte("\x00")},
	}
	big := fsys["big.txt"]
	for i := range big.Data {
		big.Data[i] = 'a'
	}
	arts, errs := Load(fsys, Options{MaxFileSize: 1024})
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	wantIDs := []string{"baddate", "good", "lines#a", "meta"}
	if strings.Join(ids, " ") != strings.Join(wantIDs, " ") {
		t.Errorf("articles %v, want %v", ids, wantIDs)
	}
	var msgs []string
	for _, e := range errs {
		msgs = append(msgs, e.Error())
	}
	all := strings.Join(msgs, "\n")
	for _, want := range []string{
		"binary.txt: binary file", "latin1.txt: not UTF-8", "empty.txt: empty article", "big.txt: file larger than the size limit",
		"meta.meta.json: broken meta", "baddate.meta.json: published", "page.html:", "lines.jsonl:2: broken JSON",
		`lines.jsonl:3: article "b" has no "text"`, "lines.jsonl:4: id \"a\" already on line 1", "lines.jsonl:5: published",
		"feed.rss: broken feed", "feed2.xml: feed has no items",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("no error %q among:\n%s", want, all)
		}
	}
	for _, e := range errs {
		var fe *FileError
		if !errors.As(e, &fe) {
			t.Errorf("%v is not a *FileError", e)
		}
	}
}

func FuzzReadFile(f *testing.F) {
	f.Add("a.jsonl", []byte(`{"id":"x","text":"On 1 May talks were held."}`+"\n{"))
	f.Add("a.html", []byte(`<html lang="ru"><head><meta property="article:published_time" content="2024-05-02"></head><body><article><p>1 мая прошли переговоры.</p></article></body></html>`))
	f.Add("a.rss", []byte(`<rss version="2.0"><channel><item><description>&lt;p&gt;On 1 May&lt;/p&gt;</description></item></channel></rss>`))
	f.Add("a.atom", []byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id><content>x</content></entry></feed>`))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		ext := path.Ext(name)
		if _, ok := loaders[strings.ToLower(ext)]; !ok {
			return
		}
		fsys := fstest.MapFS{"f" + ext: {Data: data}}
		n := 0
		errs := ReadFile(fsys, "f"+ext, Options{}, func(a Article) {
			n++
			if a.ID == "" || a.Text == "" {
				t.Fatalf("article %+v without id or text", a)
			}
		})
		if n == 0 && len(errs) == 0 {
			t.Fatal("the file disappeared: neither an article nor an error")
		}
	})
}

// BenchmarkReadFile reads one news article as a saved web page (about
// 40 KB: navigation, the article, related news, a footer, scripts) and
// the same article as text with its meta file, the baseline in the same
// run; both report MB/s of the file read.
func BenchmarkReadFile(b *testing.B) {
	var body, nav, related strings.Builder
	for i := range 12 {
		fmt.Fprintf(&body, "<p>Paragraph %d: the presidents of Kazakhstan and Uzbekistan held talks in Astana on 8 August 2024 "+
			"and signed agreements on water, energy and transport; the sides agreed to meet again next year in Tashkent.</p>\n", i)
	}
	for i := range 80 {
		fmt.Fprintf(&nav, `<li><a href="/section/%d">Section %d</a></li>`, i, i)
	}
	for i := range 30 {
		fmt.Fprintf(&related, `<li><a href="/news/%d">Related news %d: ministers met in Bishkek</a><span>12.05.2024</span></li>`, i, i)
	}
	page := `<!doctype html><html lang="en"><head><title>Talks in Astana</title>` +
		`<meta property="og:title" content="Talks in Astana"><meta property="article:published_time" content="2024-08-08T10:00:00+05:00">` +
		`<script>` + strings.Repeat("var x = 1; ", 800) + `</script></head><body><nav><ul>` + nav.String() + `</ul></nav>` +
		`<main><article><h1>Talks in Astana</h1>` + body.String() + `</article><aside><ul>` + related.String() + `</ul></aside></main>` +
		`<footer>` + strings.Repeat("<p>© News agency. All rights reserved.</p>", 20) + `</footer></body></html>`
	text := strings.NewReplacer("<p>", "", "</p>", "\n").Replace(body.String())
	for _, c := range []struct {
		name string
		fsys fstest.MapFS
		file string
	}{
		{"text", fstest.MapFS{"a.txt": {Data: []byte(text)}, "a.meta.json": {Data: []byte(`{"language":"en","published":"2024-08-08"}`)}}, "a.txt"},
		{"page", fstest.MapFS{"a.html": {Data: []byte(page)}}, "a.html"},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.fsys[c.file].Data)))
			for b.Loop() {
				ReadFile(c.fsys, c.file, Options{}, func(Article) {})
			}
		})
	}
}
