package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"

	"github.com/mmcdole/gofeed"
)

// readFeed reads an RSS or Atom feed: one article per item, its text from
// the item's content (or description), its publication date from the item.
// Item ids are the item's GUID, else its link, else its position.
func readFeed(fsys fs.FS, p string, opt Options, emit func(Article)) []error {
	body, err := readChecked(fsys, p, opt)
	if err != nil {
		return []error{err}
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return []error{&FileError{Path: p, Err: fmt.Errorf("broken feed: %v", err)}}
	}
	base := Base(p)
	var errs []error
	seen := map[string]bool{}
	good := 0
	for i, it := range feed.Items {
		text, err := htmlText(firstOf(it.Content, it.Description))
		key := firstOf(it.GUID, it.Link, fmt.Sprint(i+1))
		if err != nil {
			errs = append(errs, &FileError{Path: p, Err: fmt.Errorf("item %d (%q): broken HTML: %v", i+1, key, err)})
			continue
		}
		if text == "" {
			errs = append(errs, &FileError{Path: p, Err: fmt.Errorf("item %d (%q) has no text", i+1, key)})
			continue
		}
		if seen[key] {
			key = fmt.Sprintf("%s~%d", key, i+1)
		}
		seen[key] = true
		a := Article{ID: base + "#" + key, Text: text, URL: it.Link, Title: it.Title, Outlet: feed.Title,
			Language: normLang(feed.Language)}
		switch {
		case it.PublishedParsed != nil:
			a.Published = day(*it.PublishedParsed)
		case it.UpdatedParsed != nil:
			a.Published = day(*it.UpdatedParsed)
		}
		good++
		emit(a)
	}
	if good == 0 && len(errs) == 0 {
		errs = append(errs, &FileError{Path: p, Err: errors.New("feed has no items")})
	}
	return errs
}
