package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf16"

	"golang.org/x/net/html"
)

// utf16Bytes encodes s as UTF-16 with a byte order mark.
func utf16Bytes(s string, big bool) []byte {
	var b bytes.Buffer
	if big {
		b.Write(bomUTF16BE)
	} else {
		b.Write(bomUTF16LE)
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if big {
			b.Write([]byte{byte(u >> 8), byte(u)})
		} else {
			b.Write([]byte{byte(u), byte(u >> 8)})
		}
	}
	return b.Bytes()
}

// Input that is damaged in one place loses only that place: each case is
// one file, the articles it should still give (their ids and a piece of
// text, title or URL of each) and the problems it should name.
func TestDamagedInput(t *testing.T) {
	good := "On 5 May 2024 the ministers held talks in Tashkent."
	long := strings.Repeat("x", 300)
	cases := []struct {
		name  string
		files fstest.MapFS
		want  []string // "id: piece" of each article, sorted by id
		errs  []string // pieces of the problems
	}{
		{"UTF-16 little-endian text", fstest.MapFS{"a.txt": {Data: utf16Bytes("Переговоры прошли 5 мая.", false)}},
			[]string{"a: Переговоры прошли 5 мая."}, nil},
		{"UTF-16 big-endian text", fstest.MapFS{"a.md": {Data: utf16Bytes("Muzokaralar 5-mayda o‘tdi.", true)}},
			[]string{"a: Muzokaralar 5-mayda o‘tdi."}, nil},
		{"UTF-8 byte order mark", fstest.MapFS{"a.txt": {Data: append(bytes.Clone(bomUTF8), good...)},
			"a.meta.json": {Data: append(bytes.Clone(bomUTF8), `{"title": "T"}`...)}},
			[]string{"a: " + good}, nil},
		{"a meta field of the wrong kind", fstest.MapFS{"a.txt": {Data: []byte(good)},
			"a.meta.json": {Data: []byte(`{"published": 12345, "title": "Talks", "url": "https://example.org/a", "language": "en"}`)}},
			[]string{"a: Talks", "a: https://example.org/a"}, []string{`a.meta.json: meta field "published" is not a string`}},
		{"a meta file past its limit", fstest.MapFS{"a.txt": {Data: []byte(good)},
			"a.meta.json": {Data: []byte(`{"title": "` + strings.Repeat("x", MaxMetaSize) + `"}`)}},
			[]string{"a: " + good}, []string{"a.meta.json: file larger than the size limit"}},
		{"a JSONL line past the limit", fstest.MapFS{"a.jsonl": {Data: []byte(
			`{"id": "1", "text": "` + good + `"}` + "\n" + `{"id": "2", "text": "` + long + `"}` + "\r\n" + `{"id": "3", "text": "Later: ` + good + `"}` + "\n")}},
			[]string{"a#1: " + good, "a#3: Later"}, []string{"a.jsonl:2: line longer than 200 bytes"}},
		{"a JSONL file whose long line is its last", fstest.MapFS{"a.jsonl": {Data: []byte(
			`{"id": "1", "text": "` + good + `"}` + "\n" + `{"id": "2", "text": "` + long + `"}`)}},
			[]string{"a#1: " + good}, []string{"a.jsonl:2: line longer"}},
		{"a JSONL file with a byte order mark", fstest.MapFS{"a.jsonl": {Data: append(bytes.Clone(bomUTF8), `{"id": "1", "text": "`+good+`"}`...)}},
			[]string{"a#1: " + good}, nil},
		{"a feed item nested past the HTML parser's depth", fstest.MapFS{"a.rss": {Data: []byte(`<rss version="2.0"><channel><title>N</title>` +
			`<item><guid>deep</guid><description>` + strings.Repeat("&lt;div&gt;", 600) + `x</description></item>` +
			`<item><guid>ok</guid><description>` + good + `</description></item></channel></rss>`)}},
			[]string{"a#ok: " + good}, []string{`a.rss: item 1 ("deep"): broken HTML`}},
		{"a file name with a line feed", fstest.MapFS{"a\nb.txt": {Data: []byte("\x00")}},
			nil, []string{`"a\nb.txt": binary file`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			arts, errs := Load(c.files, Options{MaxLineSize: 200})
			var got []string
			for _, a := range arts {
				for _, w := range c.want {
					id, piece, _ := strings.Cut(w, ": ")
					if a.ID == id && strings.Contains(a.Text+"|"+a.Title+"|"+a.URL, piece) {
						got = append(got, w)
					}
				}
				if strings.HasPrefix(a.Text, "\uFEFF") || strings.Contains(a.Text, "<div>") {
					t.Errorf("article %s has a byte order mark or markup: %.40q", a.ID, a.Text)
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(c.want) {
				t.Errorf("articles give %q, want %q (articles: %d)", got, c.want, len(arts))
			}
			var msgs []string
			for _, e := range errs {
				msgs = append(msgs, e.Error())
			}
			all := strings.Join(msgs, "\n")
			for _, w := range c.errs {
				if !strings.Contains(all, w) {
					t.Errorf("no problem %q among:\n%s", w, all)
				}
			}
			if len(c.errs) == 0 && len(errs) > 0 {
				t.Errorf("problems: %s", all)
			}
		})
	}
}

// endlessFS holds one file that claims ten bytes and never ends, like a
// file that grows while it is read.
type endlessFS struct{}

func (endlessFS) Open(name string) (fs.File, error) { return endless{}, nil }

type endless struct{}

func (endless) Stat() (fs.FileInfo, error) {
	return fstest.MapFS{"f": {Data: make([]byte, 10)}}.Stat("f")
}
func (endless) Read(b []byte) (int, error) { clear(b); return len(b), nil }
func (endless) Close() error               { return nil }

// The size limit holds while reading, whatever size the file claims.
func TestReadLimitedEndless(t *testing.T) {
	_, err := ReadLimited(endlessFS{}, "f", 1<<20)
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("read an endless file: %v, want ErrTooLarge", err)
	}
}

// FuzzPageMeta: the metadata of a saved page (its title, language, URL and
// date from meta tags, JSON-LD and <time>) is read from any markup without
// a panic, and a date read from it is a day.
func FuzzPageMeta(f *testing.F) {
	f.Add(`<html lang="uz"><head><meta property="article:published_time" content="2024-05-02T10:00:00+05:00"><title>T</title>` +
		`<script type="application/ld+json">{"@graph": [{"datePublished": "2024-05-01"}]}</script></head><body><time datetime="2024-05-03">3 May</time></body></html>`)
	f.Add(`<script type="application/ld+json">[{"datePublished": ["x", 5]}, null]</script>`)
	f.Add(`<meta name="date" content="99999-99-99"><link rel="canonical" href="::">`)
	f.Fuzz(func(t *testing.T, page string) {
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			return
		}
		m := pageMeta(doc)
		if !m.published.IsZero() && m.published != day(m.published) {
			t.Fatalf("published %v is not a day", m.published)
		}
		ldPublished(page)
	})
}
