// Package store keeps what was read from each corpus file in an embedded
// SQLite database (modernc.org/sqlite, no cgo), keyed by the hash of the
// file's path and bytes (and of its meta file), so that a run on a corpus
// where one article changed reads and parses only that article. A file
// whose size and modification time are unchanged is not even read again;
// one only touched is read but not parsed. The path is in the hash for
// what a file gives names it: its articles' ids, and so its events'
// sources, come from the path, so a file renamed or copied is parsed anew.
package store

import (
	"bytes"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
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
	"sync/atomic"

	"github.com/ca-diplomacy/timeline/corpus"
	"github.com/ca-diplomacy/timeline/parse"
	"github.com/ca-diplomacy/timeline/timeline"
	_ "modernc.org/sqlite" // the database/sql driver "sqlite"
)

// Version is the layout of the store; results are also tied to the program
// that stored them (see parser), so a new build never reuses the results of
// an older parser.
const Version = "11"

// parser names the running program: its Go build ID (see buildID), or
// the hash of its executable when it has none, or, when that cannot be
// read, a name that matches nothing stored.
var parser = sync.OnceValue(func() string {
	exe, err := os.Executable()
	if err == nil {
		if id, ok := buildID(exe); ok {
			return Version + ":" + id
		}
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
CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, stamp TEXT NOT NULL, hash TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS results (hash TEXT PRIMARY KEY, mentions BLOB NOT NULL, errors TEXT NOT NULL, months BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS merged (key TEXT PRIMARY KEY, events BLOB NOT NULL);
`

// tables are the tables of schema, dropped when the store starts again.
var tables = []string{"files", "results", "merged"}

// Store is an open store. Its methods are safe for concurrent use.
type Store struct {
	// Restarted, when not nil, is why the store at the path could not be
	// used and was started again empty.
	Restarted error
	// Hold is how many bytes of the encoded mentions of files read in
	// this run the store holds in memory until the merge asks for them
	// (Open sets DefaultHold); the others are read back from the
	// database, so that memory does not grow with the corpus.
	Hold int64

	held atomic.Int64 // bytes of mentions held

	db *sql.DB
	mu sync.Mutex // serialises the writes of the run's transaction
	tx *sql.Tx
	// the run's statements, prepared once
	putFile, putResult, getResult, putMerged, getMerged, hasMerged *sql.Stmt
	// known holds, per corpus path, what the last run kept of it, read
	// in one query when the store opens. It is not written after Open
	// but for each entry's own fields by the one goroutine that reads
	// its path.
	known map[string]*entry
	// merged holds the keys of the merged events this run used or kept;
	// Close drops the others.
	merged map[string]bool
	// orphans are the contents paths held before this run and may hold no
	// more (see dropResults); guarded by mu.
	orphans map[string]bool
	// readErr is the error of ReadAll, told by Close; guarded by mu.
	readErr error
}

// DefaultHold is the Hold of an opened store: enough for the mentions of a
// corpus of about ten megabytes; past it, mentions are read back from the
// database, a query each.
const DefaultHold = 16 << 20

// entry is what the store holds of one path.
type entry struct {
	stamp, hash string
	errs        string
	months      []byte // nil when no result is kept
	seen        bool   // read in this run
}

// ApplicationID marks an SQLite database as a timeline store (SQLite's
// application_id, bytes 68–71 of the file: "TLst").
const ApplicationID = 0x544c7374

// ErrForeign is the error of a path that holds something other than a
// timeline store: it is left as it is.
var ErrForeign = errors.New("not a timeline store")

// Open opens (creating when needed) the store at path. With rebuild, what it
// held is dropped first; a store written by another build of the program
// starts empty too. A file that is not a store of this program (no SQLite
// database, or another application's) is refused with ErrForeign and left
// untouched. A damaged store is only a cache lost: it is removed and
// starts again empty, with Restarted saying why.
func Open(path string, rebuild bool) (*Store, error) {
	ours, err := recognise(path)
	if err != nil {
		return nil, err
	}
	s, err := open(path, rebuild)
	if err == nil || !damaged(err) || !ours {
		return s, err
	}
	for _, f := range []string{path, path + "-wal", path + "-shm"} {
		if rerr := os.Remove(f); rerr != nil && !errors.Is(rerr, fs.ErrNotExist) {
			return nil, err
		}
	}
	s, rerr := open(path, true)
	if rerr != nil {
		return nil, err
	}
	s.Restarted = err
	return s, nil
}

// recognise tells whether path holds a store of this program (true) or
// nothing yet (false); anything else is an error wrapping ErrForeign.
// The file's header is read, not the database: SQLite is not asked to
// open what may be another program's file.
func recognise(path string) (bool, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("store %s: %w", path, err)
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil {
		return false, fmt.Errorf("store %s: %w", path, err)
	} else if !st.Mode().IsRegular() {
		return false, fmt.Errorf("store %s: %w (not a regular file); left as it is", path, ErrForeign)
	} else if st.Size() == 0 {
		return false, nil
	}
	head := make([]byte, 100)
	n, _ := io.ReadFull(f, head)
	switch {
	case n < 72 || !bytes.HasPrefix(head, []byte("SQLite format 3\x00")):
		return false, fmt.Errorf("store %s: %w (not an SQLite database); left as it is: remove it or give --store another path", path, ErrForeign)
	case binary.BigEndian.Uint32(head[68:72]) != ApplicationID && !unmarked(path):
		return false, fmt.Errorf("store %s: %w (another application's SQLite database); left as it is: give --store another path", path, ErrForeign)
	}
	return true, nil
}

// damaged reports whether SQLite found the file no database or corrupt
// (SQLITE_NOTADB, SQLITE_CORRUPT): not locked, say, or not allowed.
func damaged(err error) bool {
	var e interface{ Code() int }
	if !errors.As(err, &e) {
		return false
	}
	switch e.Code() & 0xff {
	case 11, 26:
		return true
	}
	return false
}

// unmarked reports whether the SQLite database at path is a store written
// before stores were marked with ApplicationID: one whose meta table names
// the program that wrote it. It is read only.
func unmarked(path string) bool {
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		return false
	}
	defer db.Close()
	var v string
	if db.QueryRow(`SELECT value FROM meta WHERE key='parser'`).Scan(&v) != nil {
		return false
	}
	version, _, ok := strings.Cut(v, ":")
	return ok && version != "" && strings.Trim(version, "0123456789") == ""
}

func open(path string, rebuild bool) (*Store, error) {
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
	for _, q := range []string{fmt.Sprintf("PRAGMA application_id=%d", ApplicationID), "PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
		`CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)`} {
		if _, err := db.Exec(q); err != nil {
			return fail(err)
		}
	}
	var v string
	_ = db.QueryRow(`SELECT value FROM meta WHERE key='parser'`).Scan(&v)
	if rebuild || v != parser() {
		// another program's tables may have another layout
		for _, t := range tables {
			if _, err := db.Exec(`DROP TABLE IF EXISTS ` + t); err != nil {
				return fail(err)
			}
		}
		if _, err := db.Exec(`INSERT OR REPLACE INTO meta(key, value) VALUES ('parser', ?)`, parser()); err != nil {
			return fail(err)
		}
	}
	if _, err := db.Exec(schema); err != nil {
		return fail(err)
	}
	s := &Store{Hold: DefaultHold, db: db, known: map[string]*entry{}, merged: map[string]bool{}, orphans: map[string]bool{}}
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
		{&s.putResult, `INSERT OR REPLACE INTO results(hash, mentions, errors, months) VALUES (?, ?, ?, ?)`},
		{&s.getResult, `SELECT mentions FROM results WHERE hash=?`},
		{&s.putMerged, `INSERT OR REPLACE INTO merged(key, events) VALUES (?, ?)`},
		{&s.getMerged, `SELECT events FROM merged WHERE key=?`},
		{&s.hasMerged, `SELECT 1 FROM merged WHERE key=?`},
	} {
		if *p.stmt, err = s.tx.Prepare(p.q); err != nil {
			s.tx.Rollback()
			return fail(err)
		}
	}
	return s, nil
}

// load reads every kept path with what its result tells without its
// mentions: the results, then the files, each table read through once and
// joined here, where SQLite's join would look up the result of each file.
func (s *Store) load() error {
	told := map[string]*entry{} // what each content's result tells
	err := each(s.db, `SELECT hash, errors, months FROM results`, func(rows *sql.Rows) error {
		e := &entry{}
		if err := rows.Scan(&e.hash, &e.errs, &e.months); err != nil {
			return err
		}
		if e.months == nil {
			e.months = []byte{}
		}
		told[e.hash] = e
		return nil
	})
	if err != nil {
		return err
	}
	return each(s.db, `SELECT path, stamp, hash FROM files`, func(rows *sql.Rows) error {
		var p string
		e := &entry{}
		if err := rows.Scan(&p, &e.stamp, &e.hash); err != nil {
			return err
		}
		if t := told[e.hash]; t != nil {
			e.errs, e.months = t.errs, t.months
		}
		s.known[p] = e
		return nil
	})
}

// each calls f on every row of the query q, asked of db (the database or
// a transaction); the rows are closed when it returns.
func each(db interface {
	Query(string, ...any) (*sql.Rows, error)
}, q string, f func(*sql.Rows) error) error {
	rows, err := db.Query(q)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := f(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Close removes what the store held of files this run did not see, commits
// what the run stored and closes the database.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	err := s.readAll()
	if err == nil {
		err = s.dropResults()
	}
	if err == nil {
		err = s.dropMerged()
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

// ReadAll ends the reading of the run's files: the paths it did not read
// are no longer the store's, and what finds the result of a path (some
// hundreds of bytes a file) is let go, before the merge.
// Read is not to be called after it; Close calls it when it was not.
func (s *Store) ReadAll() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.readErr = s.readAll()
}

// readAll is ReadAll, with s.mu held; it returns the error of the first
// call, if any.
func (s *Store) readAll() error {
	if s.known == nil {
		return s.readErr
	}
	var err error
	for p, e := range s.known {
		if !e.seen && err == nil {
			_, err = s.tx.Exec(`DELETE FROM files WHERE path=?`, p)
			s.orphans[e.hash] = true
		}
	}
	s.known = nil
	return err
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
// the reader, which reports it); the hash is of the file's path and the
// bytes.
func readContents(fsys fs.FS, sts []fileStat, limit int64) (*contents, string, error) {
	c := &contents{FS: fsys, files: map[string]file{}}
	h := sha256.New()
	h.Write(append([]byte(sts[0].name), 0))
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
			if b, err = corpus.ReadLimited(fsys, st.name, limit); err == nil {
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

// Read returns what file p gives: from the store when the file is known
// (its mentions read from the database when Load asks for them), else
// from read (which reads and parses it from the fsys it is given), then
// stored. Files over limit bytes are not held in memory twice.
func (s *Store) Read(fsys fs.FS, p string, limit int64, read func(fs.FS) timeline.Parsed) timeline.Parsed {
	sts := stats(fsys, p)
	st := stamp(sts)
	e := s.known[p]
	if e != nil {
		e.seen = true
		if e.stamp == st && e.months != nil {
			return s.kept(p, e)
		}
	}
	c, h, err := readContents(fsys, sts, limit)
	if err != nil {
		return read(fsys) // the reader reports the problem
	}
	if e != nil && e.hash == h && e.months != nil { // touched: keep the new stamp
		s.put(p, st, h, nil, "", nil)
		return s.kept(p, e)
	}
	if e != nil {
		s.mu.Lock()
		s.orphans[e.hash] = true
		s.mu.Unlock()
	}
	r := read(c)
	r.Months = timeline.Months(r.Mentions)
	r.Key = h
	blob := encodeMentions(r.Mentions)
	s.put(p, st, h, blob, errorLines(r.Errors), r.Months)
	r.Mentions = nil
	// until the merge asks for them, the mentions are held encoded, in a
	// fraction of the memory they take decoded, while they fit in Hold;
	// else read back from the database (see Mentions)
	n := int64(len(blob))
	if s.held.Add(n) > s.Hold {
		s.held.Add(-n)
		return r
	}
	blob = bytes.Clone(blob) // at its length: grown by appends, it had up to twice the room
	r.Load = func() []parse.Mention {
		s.held.Add(-n)
		if ms, err := decodeMentions(blob); err == nil {
			return resolve(ms)
		}
		return read(fsys).Mentions
	}
	return r
}

// kept is what e keeps for path p: its key is its hash (of the path and
// the bytes), under which Mentions reads its mentions when the merge asks
// for them. What a file costs until the merge is done is so its Parsed,
// key and months: no function reading it is held.
func (s *Store) kept(p string, e *entry) timeline.Parsed {
	return timeline.Parsed{Key: e.hash, Months: e.months, Errors: fileErrors(p, e.errs)}
}

// Mentions reads the mentions kept for the file Read gave key (its hash)
// from the database.
func (s *Store) Mentions(key string) ([]parse.Mention, bool) { return s.mentions(key) }

// blob reads the one blob stmt selects for key.
func (s *Store) blob(stmt *sql.Stmt, key string) ([]byte, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var b []byte
	return b, stmt.QueryRow(key).Scan(&b) == nil
}

// mentions reads and decodes the mentions kept for content h.
func (s *Store) mentions(h string) ([]parse.Mention, bool) {
	blob, ok := s.blob(s.getResult, h)
	if !ok {
		return nil, false
	}
	ms, err := decodeMentions(blob)
	if err != nil {
		return nil, false
	}
	return resolve(ms), true
}

// Merged returns the merged events kept under key.
func (s *Store) Merged(key string) ([]*timeline.Event, bool) {
	blob, ok := s.blob(s.getMerged, key)
	if !ok {
		return nil, false
	}
	es, err := decodeEvents(blob, parser())
	if err != nil {
		return nil, false
	}
	s.mu.Lock()
	s.merged[key] = true
	s.mu.Unlock()
	return es, true
}

// HasMerged reports whether merged events are kept under key.
func (s *Store) HasMerged(key string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	var one int
	if s.hasMerged.QueryRow(key).Scan(&one) != nil {
		return false
	}
	s.merged[key] = true
	return true
}

// KeepMerged keeps merged events under key.
func (s *Store) KeepMerged(key string, events []*timeline.Event) bool {
	blob := encodeEvents(events, parser()) // with the digests the site names them by
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, err := s.putMerged.Exec(key, blob); err != nil {
		return false
	}
	s.merged[key] = true
	return true
}

// dropResults drops the results of the contents that paths held before
// this run and no path holds now.
func (s *Store) dropResults() error {
	if len(s.orphans) == 0 {
		return nil
	}
	err := each(s.tx, `SELECT hash FROM files`, func(rows *sql.Rows) error {
		var h string
		if err := rows.Scan(&h); err != nil {
			return err
		}
		delete(s.orphans, h)
		return nil
	})
	if err != nil {
		return err
	}
	for h := range s.orphans {
		if _, err := s.tx.Exec(`DELETE FROM results WHERE hash=?`, h); err != nil {
			return err
		}
	}
	return nil
}

// dropMerged drops the merged events this run neither used nor kept.
func (s *Store) dropMerged() error {
	var old []string
	err := each(s.tx, `SELECT key FROM merged`, func(rows *sql.Rows) error {
		var k string
		if err := rows.Scan(&k); err != nil {
			return err
		}
		if !s.merged[k] {
			old = append(old, k)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, k := range old {
		if _, err := s.tx.Exec(`DELETE FROM merged WHERE key=?`, k); err != nil {
			return err
		}
	}
	return nil
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

// errorLines writes a file's problems as the store keeps them: its line,
// a space and the message, one a line.
func errorLines(errs []error) string {
	var b strings.Builder
	for _, e := range errs {
		var fe *corpus.FileError
		if errors.As(e, &fe) {
			fmt.Fprintf(&b, "%d %v\n", fe.Line, fe.Err)
		} else {
			fmt.Fprintf(&b, "0 %v\n", e)
		}
	}
	return b.String()
}

// put keeps that path p, of stamp st, has content h, and, when blob is
// not nil, what the content gives: its encoded mentions, its problems
// (errorLines) and its months.
func (s *Store) put(p, st, h string, blob []byte, errs string, months []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.putFile.Exec(p, st, h)
	if blob != nil {
		s.putResult.Exec(h, blob, errs, months)
	}
}
