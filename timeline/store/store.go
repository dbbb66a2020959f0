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
	"encoding/gob"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/ca-diplomacy/timeline/corpus"
	"github.com/ca-diplomacy/timeline/parse"
	_ "modernc.org/sqlite" // the database/sql driver "sqlite"
)

// Version is the layout of the store; results are also tied to the program
// that stored them (see parser), so a new build never reuses the results of
// an older parser.
const Version = "1"

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
	for _, q := range []string{"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", schema} {
		if _, err := db.Exec(q); err != nil {
			db.Close()
			return nil, fmt.Errorf("store %s: %w", path, err)
		}
	}
	var v string
	_ = db.QueryRow(`SELECT value FROM meta WHERE key='parser'`).Scan(&v)
	if rebuild || v != parser() {
		for _, q := range []string{`DELETE FROM files`, `DELETE FROM results`} {
			if _, err := db.Exec(q); err != nil {
				db.Close()
				return nil, err
			}
		}
		if _, err := db.Exec(`INSERT OR REPLACE INTO meta(key, value) VALUES ('parser', ?)`, parser()); err != nil {
			db.Close()
			return nil, err
		}
	}
	tx, err := db.Begin()
	if err != nil {
		db.Close()
		return nil, err
	}
	return &Store{db: db, tx: tx}, nil
}

// Close commits what the run stored and closes the database.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	err := s.tx.Commit()
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

// stamp describes a file and its meta file without reading them.
func stamp(fsys fs.FS, p string) string {
	var b strings.Builder
	for _, q := range []string{p, corpus.MetaFile(p)} {
		if q == "" {
			continue
		}
		if st, err := fs.Stat(fsys, q); err == nil {
			fmt.Fprintf(&b, "%d:%d;", st.Size(), st.ModTime().UnixNano())
		} else {
			b.WriteString("-;")
		}
	}
	return b.String()
}

// hash is the hash of a file's bytes and its meta file's.
func hash(fsys fs.FS, p string) (string, error) {
	h := sha256.New()
	b, err := fs.ReadFile(fsys, p)
	if err != nil {
		return "", err
	}
	h.Write(b)
	if m := corpus.MetaFile(p); m != "" {
		if mb, err := fs.ReadFile(fsys, m); err == nil {
			h.Write([]byte{0})
			h.Write(mb)
		}
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// Read returns the mentions and problems of file p: from the store when the
// file is known, else from read (which reads and parses it), then stored.
func (s *Store) Read(fsys fs.FS, p string, read func() ([]parse.Mention, []error)) ([]parse.Mention, []error) {
	r := s.read(fsys, p, func() result {
		ms, errs := read()
		return result{ms, errs}
	})
	return r.Mentions, r.Errors
}

func (s *Store) read(fsys fs.FS, p string, read func() result) result {
	st := stamp(fsys, p)
	s.mu.Lock()
	var known, h string
	_ = s.tx.QueryRow(`SELECT stamp, hash FROM files WHERE path=?`, p).Scan(&known, &h)
	s.mu.Unlock()
	if known != st || h == "" {
		var err error
		if h, err = hash(fsys, p); err != nil {
			return read() // the reader reports the problem
		}
	}
	if r, ok := s.result(p, h); ok {
		if known != st {
			s.put(p, st, h, nil) // the same bytes, touched: keep the new stamp
		}
		return r
	}
	r := read()
	s.put(p, st, h, &r)
	return r
}

func (s *Store) result(p, h string) (result, bool) {
	s.mu.Lock()
	var blob []byte
	var errs string
	err := s.tx.QueryRow(`SELECT mentions, errors FROM results WHERE hash=?`, h).Scan(&blob, &errs)
	s.mu.Unlock()
	if err != nil {
		return result{}, false
	}
	var r result
	if err := gob.NewDecoder(bytes.NewReader(blob)).Decode(&r.Mentions); err != nil {
		return result{}, false
	}
	for i := range r.Mentions {
		r.Mentions[i].Place.Resolve()
	}
	for _, line := range strings.Split(errs, "\n") {
		if line == "" {
			continue
		}
		var n int
		var msg string
		if _, err := fmt.Sscanf(line, "%d", &n); err == nil {
			msg = line[strings.IndexByte(line, ' ')+1:]
		}
		r.Errors = append(r.Errors, &corpus.FileError{Path: p, Line: n, Err: errors.New(msg)})
	}
	return r, true
}

func (s *Store) put(p, st, h string, r *result) {
	var blob bytes.Buffer
	var errs strings.Builder
	if r != nil {
		if err := gob.NewEncoder(&blob).Encode(r.Mentions); err != nil {
			return
		}
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
	s.tx.Exec(`INSERT OR REPLACE INTO files(path, stamp, hash) VALUES (?, ?, ?)`, p, st, h)
	if r != nil {
		s.tx.Exec(`INSERT OR REPLACE INTO results(hash, mentions, errors) VALUES (?, ?, ?)`, h, blob.Bytes(), errs.String())
	}
}
