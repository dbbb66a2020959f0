// Package corpus reads a folder of articles: the input side of timeline.
//
// A corpus is a folder walked recursively (see the contract, part 1). Each
// article is a NAME.txt or NAME.md file with an optional NAME.meta.json beside
// it that gives its url, title, outlet, language and publication date. The
// article's ID is its path relative to the corpus root without the extension.
//
// Broken input never stops a walk: each bad file is reported as a *FileError
// naming it, and every good file is still delivered.
package corpus

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Article is one news text with what is known about it.
type Article struct {
	ID       string // path relative to the corpus root, without extension
	Text     string // UTF-8 body
	URL      string
	Title    string
	Outlet   string
	Language string // "en", "ru", "uz", … as declared; "" when unknown

	// Published is the document creation time; the zero Time when unknown.
	Published time.Time
}

// HasPublished reports whether the article's publication date is known.
func (a *Article) HasPublished() bool { return !a.Published.IsZero() }

// FileError reports a problem with one input file, like encoding/csv's
// ParseError: where, and what.
type FileError struct {
	Path string // path relative to the corpus root
	Line int    // 1-based line, or 0 when the whole file is at fault
	Err  error
}

func (e *FileError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", PathName(e.Path), e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", PathName(e.Path), e.Err)
}

// PathName is a file's path as a message shows it: as it is, or quoted
// like a Go string when it holds bytes that are not UTF-8 or characters
// that are not printable (a line feed in a file name must not start a
// line of its own in a log).
func PathName(p string) string {
	if utf8.ValidString(p) && !strings.ContainsFunc(p, func(r rune) bool { return !unicode.IsPrint(r) }) {
		return p
	}
	return strconv.Quote(p)
}

func (e *FileError) Unwrap() error { return e.Err }

// Errors a walk reports inside a FileError.
var (
	ErrNotUTF8  = errors.New("not UTF-8 text")
	ErrBinary   = errors.New("binary file (NUL bytes)")
	ErrEmpty    = errors.New("empty article")
	ErrTooLarge = errors.New("file larger than the size limit")
)

// Options tune a walk.
type Options struct {
	// MaxFileSize is the largest text, page or feed file read, in bytes; 0
	// means DefaultMaxFileSize. (JSONL files are read line by line and have
	// no size limit of their own.)
	MaxFileSize int64
	// MaxLineSize is the longest JSONL line, in bytes; 0 means
	// DefaultMaxLineSize.
	MaxLineSize int
}

// Size limits by default: no news article is anywhere near them.
const (
	DefaultMaxFileSize = 32 << 20
	DefaultMaxLineSize = 16 << 20
)

// FileLimit is the largest file o lets be read: MaxFileSize, or its
// default when unset.
func (o Options) FileLimit() int64 {
	if o.MaxFileSize <= 0 {
		return DefaultMaxFileSize
	}
	return o.MaxFileSize
}

// Load reads every article below the root of fsys, sorted by ID. Problems
// with single files are returned as *FileError values beside the articles.
func Load(fsys fs.FS, opt Options) ([]Article, []error) {
	var arts []Article
	files, errs := Files(fsys)
	for _, p := range files {
		errs = append(errs, ReadFile(fsys, p, opt, func(a Article) { arts = append(arts, a) })...)
	}
	sort.Slice(arts, func(i, j int) bool { return arts[i].ID < arts[j].ID })
	return arts, errs
}

// loader reads the articles of one file and hands each to emit.
type loader func(fsys fs.FS, p string, opt Options, emit func(Article)) []error

// loaders by file extension, the formats of the contract's part 1.
var loaders = map[string]loader{
	".txt": readText, ".md": readText,
	".html": readHTML, ".htm": readHTML,
	".jsonl": readJSONL,
	".xml":   readFeed, ".rss": readFeed, ".atom": readFeed,
}

// loaderOf is the loader of an article file's name, or nil when the name
// is no article file's.
func loaderOf(p string) loader { return loaders[strings.ToLower(path.Ext(p))] }

// hidden reports whether folder p, below the root, is hidden: the walk
// skips it.
func hidden(p string, d fs.DirEntry) bool { return p != "." && strings.HasPrefix(d.Name(), ".") }

// Files lists the article files below the root of fsys in walk order
// (sorted), skipping hidden folders. Folders that cannot be read, and
// article names that are no regular file (nor a link to one), are errors.
func Files(fsys fs.FS) ([]string, []error) {
	var files []string
	var errs []error
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			errs = append(errs, &FileError{Path: p, Err: err})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if hidden(p, d) {
				return fs.SkipDir
			}
			return nil
		}
		if loaderOf(p) == nil {
			return nil
		}
		if !d.Type().IsRegular() { // a link is followed to what it names
			info, err := fs.Stat(fsys, p)
			if err != nil {
				errs = append(errs, &FileError{Path: p, Err: err})
				return nil
			}
			if !info.Mode().IsRegular() {
				errs = append(errs, &FileError{Path: p, Err: fmt.Errorf("%w (%s)", ErrNotRegular, kindOf(info.Mode()))})
				return nil
			}
		}
		files = append(files, p)
		return nil
	})
	if err != nil {
		errs = append(errs, &FileError{Path: ".", Err: err})
	}
	return files, errs
}

// HasFiles reports whether there is an article file below the root of
// fsys (outside hidden folders), stopping at the first.
func HasFiles(fsys fs.FS) bool {
	found := false
	fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return nil
		case d.IsDir():
			if hidden(p, d) {
				return fs.SkipDir
			}
		case loaderOf(p) != nil:
			found = true
			return fs.SkipAll
		}
		return nil
	})
	return found
}

// ReadFile reads the articles of one file of the corpus (one for a text or a
// page, one per line or item for JSONL and feeds) and hands each to emit.
// Its problems are returned as *FileError, one per bad file or line; the
// good articles of the file are still emitted.
func ReadFile(fsys fs.FS, p string, opt Options, emit func(Article)) []error {
	opt.MaxFileSize = opt.FileLimit()
	if opt.MaxLineSize <= 0 {
		opt.MaxLineSize = DefaultMaxLineSize
	}
	ld := loaderOf(p)
	if ld == nil {
		return nil
	}
	return ld(fsys, p, opt, emit)
}

// MetaFile names the meta file that may stand beside corpus file p
// (NAME.meta.json beside NAME.txt or NAME.md), or "" when p has none.
func MetaFile(p string) string {
	switch strings.ToLower(path.Ext(p)) {
	case ".txt", ".md":
		return Base(p) + ".meta.json"
	}
	return ""
}

// Base is the part of a corpus file's path that its articles' ids begin
// with: the path without its extension. A text's or a page's article has
// it as its id; a JSONL file's or a feed's articles have it, '#' and their
// own key.
func Base(p string) string { return strings.TrimSuffix(p, path.Ext(p)) }

// readText reads one NAME.txt/NAME.md article and its NAME.meta.json.
// A broken meta file is reported but the article is still returned.
func readText(fsys fs.FS, p string, opt Options, emit func(Article)) []error {
	body, err := readChecked(fsys, p, opt)
	if err != nil {
		return []error{err}
	}
	a := &Article{ID: Base(p), Text: string(body)}
	var errs []error
	metaPath := MetaFile(p)
	if meta, err := ReadLimited(fsys, metaPath, MaxMetaSize); err == nil {
		for _, err := range a.applyMeta(withoutBOM(meta)) {
			errs = append(errs, &FileError{Path: metaPath, Err: err})
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		errs = append(errs, &FileError{Path: metaPath, Err: err})
	}
	emit(*a)
	return errs
}

// readChecked reads a whole file within the size limit and checks that it
// is text; the error is a *FileError naming the file.
func readChecked(fsys fs.FS, p string, opt Options) ([]byte, error) {
	body, err := ReadLimited(fsys, p, opt.MaxFileSize)
	if err == nil {
		body = withoutBOM(body)
		err = checkText(body)
	} else if errors.Is(err, ErrTooLarge) {
		err = fmt.Errorf("%w; see --max-file-size", err)
	}
	if err != nil {
		return nil, &FileError{Path: p, Err: err}
	}
	return body, nil
}

// checkText rejects what is not an article: empty, binary or non-UTF-8 bytes.
func checkText(b []byte) error {
	switch {
	case len(bytes.TrimSpace(b)) == 0:
		return ErrEmpty
	case bytes.IndexByte(b, 0) >= 0:
		return ErrBinary
	case !utf8.Valid(b):
		return ErrNotUTF8
	}
	return nil
}

// Meta is the optional NAME.meta.json of the contract, part 1.
type Meta struct {
	URL       string `json:"url"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	Language  string `json:"language"`
	Published string `json:"published"`
}

// applyMeta sets what a meta file gives. A field of the wrong kind is an
// error naming it, and the other fields are still used.
func (a *Article) applyMeta(b []byte) []error {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(b, &fields); err != nil {
		return []error{fmt.Errorf("broken meta: %v", err)}
	}
	var m Meta
	var errs []error
	for _, f := range []struct {
		key string
		to  *string
	}{{"url", &m.URL}, {"title", &m.Title}, {"outlet", &m.Outlet}, {"language", &m.Language}, {"published", &m.Published}} {
		raw, ok := fields[f.key]
		if !ok || string(raw) == "null" {
			continue
		}
		if err := json.Unmarshal(raw, f.to); err != nil {
			errs = append(errs, fmt.Errorf("meta field %q is not a string; left out", f.key))
		}
	}
	a.URL, a.Title, a.Outlet = m.URL, m.Title, m.Outlet
	a.Language = strings.ToLower(strings.TrimSpace(m.Language))
	if m.Published == "" {
		return errs
	}
	t, err := ParsePublished(m.Published)
	if err != nil {
		return append(errs, err)
	}
	a.Published = t
	return errs
}

// ParsePublished reads a publication time as the contract allows it:
// YYYY-MM-DD or a full RFC 3339 time. The calendar day written is kept
// (the time is not moved to UTC), since that is the day the article means.
func ParsePublished(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("published %q is neither YYYY-MM-DD nor RFC 3339", s)
}
