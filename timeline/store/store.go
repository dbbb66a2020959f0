// Package store keeps what was read from each corpus file in an embedded
// SQLite database (modernc.org/sqlite, no cgo), keyed by the hash of the
// file's bytes (and of its meta file), so that a run on a corpus where one
// article changed reads and parses only that article. A file whose size and
// modification time are unchanged is not even read again.
package store

import (
	"bytes"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/ca-diplomacy/timeline/corpus"
	"github.com/ca-diplomacy/timeline/parse"
	_ "modernc.org/sqlite" // the database/sql driver "sqlite"
)

// Version is the layout of the store; results are also tied to the program
// that stored them (see parser), so a new build never reuses the results of
// an older parser.
const Version = "2"

// parser names the running program: the hash of its executable, or, when it
// cannot be read, a name that matches nothing stored.
var parser = sync.OnceValue(func() string {
	exe, err := os.Executable()
	if err == nil {
		if f, err := os.Open(exe); err == nil {
			defer f.Close()
			h := sha256.New()
			if _, err := io.Copy(h, f); err == nil {
				return Version + ":" + hex.EncodeToString(h.Sum(nil))
			}
		}
	}
	return Version + ":unknown:" + fmt.Sprint(os.Getpid())
})

// Program names the running program as the store ties results to it: a
// new build has another name.
func Program() string { return parser() }

const schema = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, stamp TEXT NOT NULL, hash TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS results (hash TEXT PRIMARY KEY, mentions BLOB NOT NULL, errors TEXT NOT NULL);
`

// Store is an open store. Its methods are safe for concurrent use.
type Store struct {
	db *sql.DB
	mu sync.Mutex // serialises the writes of the run's transaction
	tx *sql.Tx
	// the run's statements, prepared once
	putFile, putResult, getResult *sql.Stmt
	// known holds, per corpus path, what the last run kept of it, read
	// in one query when the store opens. It is not written after Open
	// but for each entry's own fields by the one goroutine that reads
	// its path.
	known map[string]*entry
	// byHash finds a kept result by content (a file renamed or touched).
	byHash map[string]*entry
}

// entry is what the store holds of one path.
type entry struct {
	stamp, hash string
	errs        string
	seen        bool // read in this run

	mu   sync.Mutex
	blob []byte // the encoded mentions; nil once used or when there are none kept
}

// Open opens (creating when needed) the store at path. With rebuild, what it
// held is dropped first; a store written by another build of the program
// starts empty too.
func Open(path string, rebuild bool) (*Store, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, err
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	fail := func(err error) (*Store, error) {
		db.Close()
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	for _, q := range []string{"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", schema} {
		if _, err := db.Exec(q); err != nil {
			return fail(err)
		}
	}
	var v string
	_ = db.QueryRow(`SELECT value FROM meta WHERE key='parser'`).Scan(&v)
	if rebuild || v != parser() {
		for _, q := range []string{`DELETE FROM files`, `DELETE FROM results`} {
			if _, err := db.Exec(q); err != nil {
				return fail(err)
			}
		}
		if _, err := db.Exec(`INSERT OR REPLACE INTO meta(key, value) VALUES ('parser', ?)`, parser()); err != nil {
			return fail(err)
		}
	}
	s := &Store{db: db, known: map[string]*entry{}, byHash: map[string]*entry{}}
	if err := s.load(); err != nil {
		return fail(err)
	}
	if s.tx, err = db.Begin(); err != nil {
		return fail(err)
	}
	for _, p := range []struct {
		stmt **sql.Stmt
		q    string
	}{
		{&s.putFile, `INSERT OR REPLACE INTO files(path, stamp, hash) VALUES (?, ?, ?)`},
		{&s.putResult, `INSERT OR REPLACE INTO results(hash, mentions, errors) VALUES (?, ?, ?)`},
		{&s.getResult, `SELECT mentions, errors FROM results WHERE hash=?`},
	} {
		if *p.stmt, err = s.tx.Prepare(p.q); err != nil {
			s.tx.Rollback()
			return fail(err)
		}
	}
	return s, nil
}

// load reads every kept path with its result in one query.
func (s *Store) load() error {
	rows, err := s.db.Query(`SELECT f.path, f.stamp, f.hash, r.mentions, r.errors FROM files f LEFT JOIN results r ON r.hash = f.hash`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var p string
		var blob []byte
		var errs sql.NullString
		e := &entry{}
		if err := rows.Scan(&p, &e.stamp, &e.hash, &blob, &errs); err != nil {
			return err
		}
		if errs.Valid {
			e.blob, e.errs = blob, errs.String
			if e.blob == nil {
				e.blob = []byte{}
			}
			s.byHash[e.hash] = e
		}
		s.known[p] = e
	}
	return rows.Err()
}

// Close removes what the store held of files this run did not see, commits
// what the run stored and closes the database.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	var err error
	for p, e := range s.known {
		if !e.seen && err == nil {
			_, err = s.tx.Exec(`DELETE FROM files WHERE path=?`, p)
		}
	}
	if err == nil {
		_, err = s.tx.Exec(`DELETE FROM results WHERE hash NOT IN (SELECT hash FROM files)`)
	}
	if err == nil {
		err = s.tx.Commit()
	} else {
		s.tx.Rollback()
	}
	if cerr := s.db.Close(); err == nil {
		err = cerr
	}
	return err
}

// result is what was read from one file.
type result struct {
	Mentions []parse.Mention
	Errors   []error // *corpus.FileError
}

// fileStat is a file's name and its description (nil when it cannot be
// stat'ed).
type fileStat struct {
	name string
	info fs.FileInfo
}

// stats describes file p and its meta file, when it may have one, without
// reading them; stat'ed once for the stamp and for reading.
func stats(fsys fs.FS, p string) []fileStat {
	var out []fileStat
	for _, q := range []string{p, corpus.MetaFile(p)} {
		if q != "" {
			st, _ := fs.Stat(fsys, q)
			out = append(out, fileStat{q, st})
		}
	}
	return out
}

// stamp sums up the sizes and modification times of a file and its meta.
func stamp(sts []fileStat) string {
	var b strings.Builder
	for _, st := range sts {
		if st.info != nil {
			fmt.Fprintf(&b, "%d:%d;", st.info.Size(), st.info.ModTime().UnixNano())
		} else {
			b.WriteString("-;")
		}
	}
	return b.String()
}

// contents holds the bytes of a file and of its meta file, read once for
// their hash and then given to the reader, so a changed file is read once.
type contents struct {
	fs.FS
	files map[string]file
}

type file struct {
	b  []byte
	st fs.FileInfo
}

// readContents reads a file and its meta file (sts, from stats), up to
// limit bytes each (a larger file is hashed as it is streamed and left to
// the reader, which reports it).
func readContents(fsys fs.FS, sts []fileStat, limit int64) (*contents, string, error) {
	c := &contents{FS: fsys, files: map[string]file{}}
	h := sha256.New()
	for i, st := range sts {
		if st.info == nil {
			if i == 0 {
				return nil, "", fs.ErrNotExist
			}
			continue
		}
		if i > 0 {
			h.Write([]byte{0})
		}
		var err error
		if st.info.Size() > limit {
			err = hashFile(h, fsys, st.name)
		} else {
			var b []byte
			if b, err = fs.ReadFile(fsys, st.name); err == nil {
				h.Write(b)
				c.files[st.name] = file{b, st.info}
			}
		}
		if err != nil {
			return nil, "", err
		}
	}
	return c, hex.EncodeToString(h.Sum(nil)), nil
}

func hashFile(h io.Writer, fsys fs.FS, p string) error {
	f, err := fsys.Open(p)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(h, f)
	return err
}

// Open opens a file, from the bytes already read when it has them.
func (c *contents) Open(name string) (fs.File, error) {
	if f, ok := c.files[name]; ok {
		return &memFile{bytes.NewReader(f.b), f.st}, nil
	}
	return c.FS.Open(name)
}

// Stat describes a file, as it was when read when it was.
func (c *contents) Stat(name string) (fs.FileInfo, error) {
	if f, ok := c.files[name]; ok {
		return f.st, nil
	}
	return fs.Stat(c.FS, name)
}

// ReadFile returns the bytes already read, or reads the file.
func (c *contents) ReadFile(name string) ([]byte, error) {
	if f, ok := c.files[name]; ok {
		return slices.Clone(f.b), nil
	}
	return fs.ReadFile(c.FS, name)
}

type memFile struct {
	*bytes.Reader
	st fs.FileInfo
}

func (f *memFile) Stat() (fs.FileInfo, error) { return f.st, nil }
func (f *memFile) Close() error               { return nil }

// Read returns the mentions and problems of file p: from the store when the
// file is known, else from read (which reads and parses it from the fsys it
// is given), then stored. Files over limit bytes are not held in memory
// twice.
func (s *Store) Read(fsys fs.FS, p string, limit int64, read func(fs.FS) ([]parse.Mention, []error)) ([]parse.Mention, []error) {
	r := s.read(fsys, p, limit, func(fsys fs.FS) result {
		ms, errs := read(fsys)
		return result{ms, errs}
	})
	return r.Mentions, r.Errors
}

func (s *Store) read(fsys fs.FS, p string, limit int64, get func(fs.FS) result) result {
	sts := stats(fsys, p)
	st := stamp(sts)
	e := s.known[p]
	if e != nil {
		e.seen = true
		if e.stamp == st {
			if r, ok := decode(p, e, true); ok {
				return r
			}
		}
	}
	c, h, err := readContents(fsys, sts, limit)
	if err != nil {
		return get(fsys) // the reader reports the problem
	}
	r, ok := result{}, false
	if k := s.byHash[h]; k != nil {
		r, ok = decode(p, k, false)
	}
	if !ok {
		r, ok = s.result(p, h)
	}
	if ok {
		s.put(p, st, h, nil) // the same bytes, touched or renamed: keep the new stamp
		return r
	}
	r = get(c)
	s.put(p, st, h, &r)
	return r
}

// decode returns the result kept in e for path p; its own path's reader
// (own) lets go of the bytes, which other paths of the same content may
// still want until then.
func decode(p string, e *entry, own bool) (result, bool) {
	e.mu.Lock()
	blob := e.blob
	if own {
		e.blob = nil
	}
	e.mu.Unlock()
	if blob == nil {
		return result{}, false
	}
	ms, err := decodeMentions(blob)
	if err != nil {
		return result{}, false
	}
	return result{Mentions: resolve(ms), Errors: fileErrors(p, e.errs)}, true
}

// resolve links each mention's city to the gazetteer again.
func resolve(ms []parse.Mention) []parse.Mention {
	for i := range ms {
		ms[i].Place.Resolve()
	}
	return ms
}

func fileErrors(p, errs string) []error {
	var out []error
	for _, line := range strings.Split(errs, "\n") {
		if line == "" {
			continue
		}
		var n int
		var msg string
		if _, err := fmt.Sscanf(line, "%d", &n); err == nil {
			msg = line[strings.IndexByte(line, ' ')+1:]
		}
		out = append(out, &corpus.FileError{Path: p, Line: n, Err: errors.New(msg)})
	}
	return out
}

// result looks for a result by content among those the run stored.
func (s *Store) result(p, h string) (result, bool) {
	s.mu.Lock()
	var blob []byte
	var errs string
	err := s.getResult.QueryRow(h).Scan(&blob, &errs)
	s.mu.Unlock()
	if err != nil {
		return result{}, false
	}
	return decode(p, &entry{blob: blob, errs: errs}, true)
}

func (s *Store) put(p, st, h string, r *result) {
	var blob []byte
	var errs strings.Builder
	if r != nil {
		blob = encodeMentions(r.Mentions)
		for _, e := range r.Errors {
			var fe *corpus.FileError
			if errors.As(e, &fe) {
				fmt.Fprintf(&errs, "%d %v\n", fe.Line, fe.Err)
			} else {
				fmt.Fprintf(&errs, "0 %v\n", e)
			}
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.putFile.Exec(p, st, h)
	if r != nil {
		s.putResult.Exec(h, blob, errs.String())
	}
}
