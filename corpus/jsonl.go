package corpus

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"unicode/utf8"
)

// jsonlArticle is one line of a JSONL corpus file.
type jsonlArticle struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	Language  string `json:"language"`
	Published string `json:"published"`
}

// readJSONL reads one article a line; a bad line is an error naming its
// line, the other lines are still read. The file is streamed.
func readJSONL(fsys fs.FS, p string, opt Options, emit func(Article)) []error {
	f, err := fsys.Open(p)
	if err != nil {
		return []error{&FileError{Path: p, Err: err}}
	}
	defer f.Close()
	base := Base(p)
	var errs []error
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), opt.MaxLineSize)
	line, good := 0, 0
	seen := map[string]int{}
	for sc.Scan() {
		line++
		b := sc.Bytes()
		if len(strings.TrimSpace(string(b))) == 0 {
			continue
		}
		a, err := jsonlLine(b)
		if err != nil {
			errs = append(errs, &FileError{Path: p, Line: line, Err: err})
			continue
		}
		if first, dup := seen[a.ID]; dup {
			errs = append(errs, &FileError{Path: p, Line: line, Err: fmt.Errorf("id %q already on line %d", a.ID, first)})
			continue
		}
		seen[a.ID] = line
		a.ID = base + "#" + a.ID
		good++
		emit(a)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			err = fmt.Errorf("line longer than %d bytes (see --max-line-size)", opt.MaxLineSize)
		}
		errs = append(errs, &FileError{Path: p, Line: line + 1, Err: err})
	}
	if good == 0 && len(errs) == 0 {
		errs = append(errs, &FileError{Path: p, Err: ErrEmpty})
	}
	return errs
}

func jsonlLine(b []byte) (Article, error) {
	if !utf8.Valid(b) {
		return Article{}, ErrNotUTF8
	}
	var j jsonlArticle
	if err := json.Unmarshal(b, &j); err != nil {
		return Article{}, fmt.Errorf("broken JSON: %v", err)
	}
	if strings.TrimSpace(j.ID) == "" {
		return Article{}, errors.New(`no "id"`)
	}
	if strings.TrimSpace(j.Text) == "" {
		return Article{}, fmt.Errorf(`article %q has no "text"`, j.ID)
	}
	if strings.IndexByte(j.Text, 0) >= 0 {
		return Article{}, ErrBinary
	}
	a := Article{ID: j.ID, Text: j.Text, URL: j.URL, Title: j.Title, Outlet: j.Outlet,
		Language: strings.ToLower(strings.TrimSpace(j.Language))}
	if j.Published != "" {
		t, err := ParsePublished(j.Published)
		if err != nil {
			return Article{}, err
		}
		a.Published = t
	}
	return a, nil
}
