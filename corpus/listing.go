package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
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

// List walks fsys once, describing everything in it.
func List(fsys fs.FS) (*Listing, error) {
	l := &Listing{FS: fsys, dirs: map[string][]entry{}}
	h := sha256.New()
	err := fs.WalkDir(recording{l}, ".", func(p string, d fs.DirEntry, err error) error {
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

// recording is the Listing as its walk fills it: each folder's entries
// described once (the walk's own Info calls read what is kept).
type recording struct{ *Listing }

func (r recording) ReadDir(name string) ([]fs.DirEntry, error) {
	des, err := fs.ReadDir(r.FS, name)
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
	r.dirs[name] = es
	return r.Listing.ReadDir(name)
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
