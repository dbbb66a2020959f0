package site

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// stateDir is the folder of what the program keeps between runs inside
// an output folder; its presence marks the folder as one the program
// writes.
const stateDir = ".timeline"

// tempPrefix begins the name of every temp file a write makes (see
// WriteFileFunc), so that those an interrupted run left can be found.
const tempPrefix = ".tmp-"

// ErrNotOurs is the error of an output folder that holds files the program
// did not write.
var ErrNotOurs = errors.New("holds files that timeline did not write")

// ErrLocked is the error of an output folder another run is writing.
var ErrLocked = errors.New("is being written by another run")

// A Claim is an output folder held by one run: no other run writes it
// until Release.
type Claim struct {
	Dir    string
	unlock func()
}

// ClaimDir makes dir the output folder of a run. It creates dir when
// missing; it refuses a folder that holds anything while not marked as
// the program's (ErrNotOurs; force takes it anyway); it takes the
// folder's lock (ErrLocked, naming the process that holds it); and it
// removes the temp files that a run stopped while writing left.
func ClaimDir(dir string, force bool) (*Claim, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	if _, err := os.Stat(filepath.Join(dir, stateDir)); err != nil {
		es, err := os.ReadDir(dir)
		if err != nil {
			return nil, err
		}
		if len(es) > 0 && !force {
			var names []string
			for _, e := range es[:min(len(es), 3)] {
				names = append(names, e.Name())
			}
			return nil, fmt.Errorf("output folder %s %w (%s…): give an empty or new folder, or --force to write into it", dir, ErrNotOurs, strings.Join(names, ", "))
		}
		if err := os.MkdirAll(filepath.Join(dir, stateDir), 0o755); err != nil {
			return nil, err
		}
	}
	unlock, err := lock(filepath.Join(dir, stateDir, "lock"))
	if err != nil {
		return nil, fmt.Errorf("output folder %s: %w", dir, err)
	}
	if err := removeTemps(dir); err != nil {
		unlock()
		return nil, err
	}
	return &Claim{Dir: dir, unlock: unlock}, nil
}

// temps are the temp files being written (by WriteFileFunc), so that a run
// stopped by a signal removes them (Interrupt).
var temps = struct {
	sync.Mutex
	names       map[string]bool
	interrupted bool
}{names: map[string]bool{}}

// ErrInterrupted is the error of a write asked for after Interrupt.
var ErrInterrupted = errors.New("interrupted")

// createTemp creates a temp file as os.CreateTemp does, and notes it.
func createTemp(dir, pattern string) (*os.File, error) {
	temps.Lock()
	defer temps.Unlock()
	if temps.interrupted {
		return nil, ErrInterrupted
	}
	f, err := os.CreateTemp(dir, pattern)
	if err == nil {
		temps.names[f.Name()] = true
	}
	return f, err
}

// doneTemp removes a temp file, renamed or not, and forgets it.
func doneTemp(name string) {
	temps.Lock()
	delete(temps.names, name)
	temps.Unlock()
	os.Remove(name)
}

// Interrupt removes the temp files being written and makes every write
// asked for after it fail, so that the program can exit at once with no
// temp file left behind: each file is as it was, or written whole. It
// keeps writes from starting until the program ends.
func Interrupt() {
	temps.Lock() // not let go: no write is to start again
	temps.interrupted = true
	for n := range temps.names {
		os.Remove(n)
	}
}

// Release lets other runs write the folder.
func (c *Claim) Release() {
	if c != nil && c.unlock != nil {
		c.unlock()
		c.unlock = nil
	}
}

// removeTemps removes the temp files under dir: with the folder claimed,
// no write is under way, so any is left from a run stopped while writing.
func removeTemps(dir string) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && isTemp(d.Name()) {
			return os.Remove(p)
		}
		return nil
	})
}

// isTemp reports whether a file name is a temp file's: tempPrefix, or the
// form of earlier versions, ".NAME.DIGITS" for a page, a feed or a JSON
// file.
func isTemp(name string) bool {
	if strings.HasPrefix(name, tempPrefix) {
		return true
	}
	i := strings.LastIndexByte(name, '.')
	if !strings.HasPrefix(name, ".") || i <= 0 || i == len(name)-1 || strings.Trim(name[i+1:], "0123456789") != "" {
		return false
	}
	ext := filepath.Ext(name[:i])
	return ext == ".ics" || ext == ".html" || ext == ".json" || ext == ".csv"
}

// RemoveStale removes the files of an earlier run that are not among
// paths (slash paths, as Rendered.Paths gives them): the feeds under
// dir/feeds of a country, a type or a year no event has any more, so that a
// subscriber sees its events go rather than keep them, and the pages of
// years or months no event has (and the timeline.json that sites had).
func RemoveStale(dir string, paths []string) error {
	keep := map[string]bool{}
	for _, p := range paths {
		keep[p] = true
	}
	root := filepath.Join(dir, "feeds")
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".ics") || keep[filepath.ToSlash(rel)] {
			return err
		}
		return os.Remove(p)
	})
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if n := e.Name(); e.Type().IsRegular() && !keep[n] && isPage(n) {
			if err := os.Remove(filepath.Join(dir, n)); err != nil {
				return err
			}
		}
	}
	return nil
}

// isPage reports whether name is one of the pages a site has (or once
// had) but for the overview: a year's, a month's, that of the events
// without a date, and timeline.json.
func isPage(name string) bool {
	if name == "undated.html" || name == "timeline.json" {
		return true
	}
	stem, ok := strings.CutSuffix(name, ".html")
	digits := func(s string) bool { return s != "" && strings.Trim(s, "0123456789") == "" }
	y, m, split := strings.Cut(stem, "-")
	return ok && len(y) == 4 && digits(y) && (!split || len(m) == 2 && digits(m))
}
