package corpus

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"strings"
	"time"
	"unicode"

	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// readHTML reads a saved web page: the article body (without navigation,
// related-news blocks and footers) by go-readability, and the title,
// language, URL and publication date from the page's own metadata.
func readHTML(fsys fs.FS, p string, opt Options, emit func(Article)) []error {
	body, err := readChecked(fsys, p, opt)
	if err != nil {
		return []error{err}
	}
	doc, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		return []error{&FileError{Path: p, Err: fmt.Errorf("broken HTML: %v", err)}}
	}
	meta := pageMeta(doc)
	var base *url.URL
	if meta.url != "" {
		base, _ = url.Parse(meta.url)
	}
	ra, err := readability.FromDocument(doc, base)
	if err != nil {
		return []error{&FileError{Path: p, Err: fmt.Errorf("no article in the page: %v", err)}}
	}
	text := ""
	if ra.Node != nil {
		text = nodeText(ra.Node)
	}
	title := firstOf(meta.title, ra.Title)
	text = dropHeading(text, title)
	if letters(text) < minLetters {
		return []error{&FileError{Path: p, Err: errors.New("no article text in the page")}}
	}
	id := Base(p)
	a := Article{ID: id, Text: text, URL: meta.url, Title: title, Outlet: firstOf(meta.site, ra.SiteName),
		Language: normLang(firstOf(meta.lang, ra.Language))}
	switch {
	case !meta.published.IsZero():
		a.Published = meta.published
	case ra.PublishedTime != nil:
		a.Published = day(*ra.PublishedTime)
	}
	emit(a)
	return nil
}

// minLetters is the least a page's body must hold to be an article: a page
// of navigation alone is not one.
const minLetters = 20

func letters(s string) (n int) {
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// dropHeading removes the page's heading and its date line from the start
// of the body: the title is the article's, not a sentence of it.
func dropHeading(text, title string) string {
	for {
		para, rest, _ := strings.Cut(text, "\n\n")
		p := strings.TrimSpace(para)
		if p == "" || (p != strings.TrimSpace(title) && !isDateLine(p)) {
			return text
		}
		text = rest
	}
}

// isDateLine reports a paragraph that is only a date or time stamp
// ("2025-03-14", "14.03.2025 10:15").
func isDateLine(p string) bool {
	return len(p) <= 32 && strings.Trim(p, "0123456789-.:/ TZ+") == ""
}

func firstOf(xs ...string) string {
	for _, x := range xs {
		if t := strings.TrimSpace(x); t != "" {
			return t
		}
	}
	return ""
}

// normLang keeps the primary subtag of a language tag ("ru-RU" → "ru"),
// and uz for both Uzbek scripts ("uz-Cyrl").
func normLang(l string) string {
	l = strings.ToLower(strings.TrimSpace(l))
	if i := strings.IndexAny(l, "-_"); i > 0 {
		l = l[:i]
	}
	return l
}

func day(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// page is what a page says of itself.
type page struct {
	title, site, lang, url string
	published              time.Time
}

// pageMeta reads <html lang>, <meta property="article:published_time">,
// og:title, og:site_name, og:url, <link rel="canonical">, JSON-LD
// datePublished and, last, the first <time datetime>.
func pageMeta(doc *html.Node) page {
	var pg page
	var timeAttr string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				pg.lang = attr(n, "lang")
			case atom.Meta:
				key := firstOf(attr(n, "property"), attr(n, "name"), attr(n, "itemprop"))
				val := attr(n, "content")
				switch strings.ToLower(key) {
				case "article:published_time", "datepublished", "pubdate", "publishdate", "date":
					if pg.published.IsZero() {
						pg.published, _ = ParsePublished(val)
					}
				case "og:title":
					pg.title = val
				case "og:site_name":
					pg.site = val
				case "og:url":
					pg.url = firstOf(pg.url, val)
				case "og:locale", "language", "content-language":
					pg.lang = firstOf(pg.lang, val)
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") {
					pg.url = firstOf(attr(n, "href"), pg.url)
				}
			case atom.Script:
				if strings.EqualFold(attr(n, "type"), "application/ld+json") && n.FirstChild != nil && pg.published.IsZero() {
					pg.published = ldPublished(n.FirstChild.Data)
				}
			case atom.Time:
				if timeAttr == "" {
					timeAttr = attr(n, "datetime")
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if pg.published.IsZero() && timeAttr != "" {
		pg.published, _ = ParsePublished(timeAttr)
	}
	return pg
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// ldPublished finds datePublished in a JSON-LD block (an object, a list or
// an @graph).
func ldPublished(s string) time.Time {
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return time.Time{}
	}
	var find func(any) time.Time
	find = func(v any) time.Time {
		switch x := v.(type) {
		case map[string]any:
			if d, ok := x["datePublished"].(string); ok {
				if t, err := ParsePublished(d); err == nil {
					return t
				}
			}
			for _, k := range []string{"@graph", "mainEntity"} {
				if t := find(x[k]); !t.IsZero() {
					return t
				}
			}
		case []any:
			for _, y := range x {
				if t := find(y); !t.IsZero() {
					return t
				}
			}
		}
		return time.Time{}
	}
	return find(v)
}
