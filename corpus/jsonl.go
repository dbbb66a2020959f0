package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
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
	br := bufio.NewReaderSize(f, 64<<10)
	line, good := 0, 0
	seen := map[string]int{}
	for {
		b, err := readLine(br, opt.MaxLineSize)
		if b == nil && err == io.EOF {
			break
		}
		line++
		if line == 1 {
			b = bytes.TrimPrefix(b, bomUTF8)
		}
		switch {
		case errors.Is(err, errLongLine):
			errs = append(errs, &FileError{Path: p, Line: line, Err: fmt.Errorf("line longer than %d bytes (see --max-line-size); skipped", opt.MaxLineSize)})
			continue
		case err != nil && err != io.EOF:
			return append(errs, &FileError{Path: p, Line: line, Err: err})
		case len(bytes.TrimSpace(b)) == 0:
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
	if good == 0 && len(errs) == 0 {
		errs = append(errs, &FileError{Path: p, Err: ErrEmpty})
	}
	return errs
}

// errLongLine is the error of a line longer than the limit.
var errLongLine = errors.New("line too long")

// readLine reads the next line of r without its end (LF or CRLF). A line
// longer than max bytes is read to its end and dropped: readLine returns
// an empty line and errLongLine, so the lines after it are still read. At
// the end of r it returns io.EOF, with the last line when it had no LF
// (nil when there is none).
func readLine(r *bufio.Reader, max int) ([]byte, error) {
	var line []byte
	long := false
	for {
		chunk, err := r.ReadSlice('\n')
		if !long {
			if len(line)+len(chunk) > max+1 { // +1: the LF
				long, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case long && (err == nil || err == io.EOF):
			return []byte{}, errLongLine
		case err == io.EOF && len(line) == 0:
			return nil, io.EOF
		}
		line = bytes.TrimSuffix(bytes.TrimSuffix(line, []byte("\n")), []byte("\r"))
		if line == nil {
			line = []byte{}
		}
		return line, err
	}
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
