package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"path"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"
)

// Listing is a corpus folder as one walk saw it: the names, sizes, times
// and kinds of everything in its folders, about 60 bytes a file. Walking it
// again (Files) and describing its files (fs.Stat: the store's stamps) ask
// the file system nothing more; files are opened and read as they are now.
type Listing struct {
	fs.FS
	dirs map[string][]entry // by folder, sorted by name
	sum  string
}

// entry is what a Listing keeps of one name in a folder.
type entry struct {
	name        string
	size, mtime int64
	mode        fs.FileMode
}

// List reads each folder of fsys once, describing everything in it.
func List(fsys fs.FS) (*Listing, error) {
	l := &Listing{FS: fsys, dirs: map[string][]entry{}}
	l.crawl(runtime.GOMAXPROCS(0))
	h := sha256.New()
	// a folder crawl could not read, the walk reads again: its error
	err := fs.WalkDir(l, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		fmt.Fprintf(h, "%s\x00%d\x00%d\n", p, info.Size(), info.ModTime().UnixNano())
		return nil
	})
	if err != nil {
		return nil, err
	}
	l.sum = hex.EncodeToString(h.Sum(nil))
	return l, nil
}

// Fingerprint summarises the names, sizes and modification times of every
// file under the corpus folder: it changes when a file is added, removed or
// rewritten, without reading any file.
func Fingerprint(fsys fs.FS) (string, error) {
	l, err := List(fsys)
	if err != nil {
		return "", err
	}
	return l.Fingerprint(), nil
}

// Fingerprint is the fingerprint of the folder as the walk saw it.
func (l *Listing) Fingerprint() string { return l.sum }

// ReadDir returns the entries of a folder as the walk saw them.
func (l *Listing) ReadDir(name string) ([]fs.DirEntry, error) {
	es, ok := l.dirs[name]
	if !ok {
		return fs.ReadDir(l.FS, name)
	}
	out := make([]fs.DirEntry, len(es))
	for i := range es {
		out[i] = dirEntry{&es[i]}
	}
	return out, nil
}

// Stat describes a regular file as the walk saw it, anything else as it
// is now. A Listing is read from many goroutines: after List, nothing
// writes it.
func (l *Listing) Stat(name string) (fs.FileInfo, error) {
	es := l.dirs[path.Dir(name)]
	base := path.Base(name)
	if i, ok := slices.BinarySearchFunc(es, base, func(e entry, n string) int { return strings.Compare(e.name, n) }); ok && es[i].mode.IsRegular() {
		return dirEntry{&es[i]}, nil
	}
	return fs.Stat(l.FS, name)
}

// crawl describes every folder under the root it can read, workers at a
// time: the stat calls are most of a listing's time, and the file system
// answers several at once.
func (l *Listing) crawl(workers int) {
	var (
		mu   sync.Mutex
		more = sync.NewCond(&mu)
		todo = []string{"."}
		busy int
	)
	var wg sync.WaitGroup
	for range max(workers, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			for {
				for len(todo) == 0 && busy > 0 {
					more.Wait()
				}
				if len(todo) == 0 {
					more.Broadcast() // no folder left, none being read
					return
				}
				name := todo[len(todo)-1]
				todo = todo[:len(todo)-1]
				busy++
				mu.Unlock()
				es, err := describe(l.FS, name)
				mu.Lock()
				busy--
				if err == nil {
					l.dirs[name] = es
				}
				for _, e := range es {
					if e.mode.IsDir() {
						todo = append(todo, path.Join(name, e.name))
					}
				}
				more.Broadcast()
			}
		}()
	}
	wg.Wait()
}

// describe describes the entries of a folder, sorted by name.
func describe(fsys fs.FS, name string) ([]entry, error) {
	des, err := fs.ReadDir(fsys, name)
	if err != nil {
		return nil, err
	}
	es := make([]entry, len(des))
	for i, d := range des {
		info, err := d.Info()
		if err != nil {
			return nil, err
		}
		es[i] = entry{d.Name(), info.Size(), info.ModTime().UnixNano(), info.Mode()}
	}
	return es, nil
}

// dirEntry is an entry as fs.DirEntry and as fs.FileInfo.
type dirEntry struct{ *entry }

func (d dirEntry) Name() string               { return d.name }
func (d dirEntry) IsDir() bool                { return d.mode.IsDir() }
func (d dirEntry) Type() fs.FileMode          { return d.mode.Type() }
func (d dirEntry) Info() (fs.FileInfo, error) { return d, nil }
func (d dirEntry) Size() int64                { return d.size }
func (d dirEntry) Mode() fs.FileMode          { return d.mode }
func (d dirEntry) ModTime() time.Time         { return time.Unix(0, d.mtime) }
func (d dirEntry) Sys() any                   { return nil }
