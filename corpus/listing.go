package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"path"
	"time"
)

// Listing is a corpus folder as one walk saw it: the entries of its
// folders and the sizes and times of its regular files. Walking it again
// (Files) and describing its files (fs.Stat: the store's stamps) ask the
// file system nothing more; files are opened and read as they are now.
type Listing struct {
	fs.FS
	dirs  map[string][]fs.DirEntry
	files map[string]fileInfo
	sum   string
}

// List walks fsys once, describing every file in it.
func List(fsys fs.FS) (*Listing, error) {
	l := &Listing{FS: fsys, dirs: map[string][]fs.DirEntry{}, files: map[string]fileInfo{}}
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
		if d.Type().IsRegular() { // a link is described by what it links to
			l.files[p] = fileInfo{info.Size(), info.ModTime().UnixNano(), info.Mode()}
		}
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
	if es, ok := l.dirs[name]; ok {
		return es, nil
	}
	return fs.ReadDir(l.FS, name)
}

// recording is the Listing as its walk fills it.
type recording struct{ *Listing }

func (r recording) ReadDir(name string) ([]fs.DirEntry, error) {
	es, err := fs.ReadDir(r.FS, name)
	if err == nil {
		r.dirs[name] = es
	}
	return es, err
}

// Stat describes a regular file as the walk saw it, anything else as it
// is now. A Listing is read from many goroutines: after List, nothing
// writes it.
func (l *Listing) Stat(name string) (fs.FileInfo, error) {
	if f, ok := l.files[name]; ok {
		return f.info(path.Base(name)), nil
	}
	return fs.Stat(l.FS, name)
}

// fileInfo is what a Listing keeps of a regular file.
type fileInfo struct {
	size, mtime int64
	mode        fs.FileMode
}

func (f fileInfo) info(name string) fs.FileInfo { return info{name, f} }

type info struct {
	name string
	fileInfo
}

func (i info) Name() string       { return i.name }
func (i info) Size() int64        { return i.size }
func (i info) Mode() fs.FileMode  { return i.mode }
func (i info) ModTime() time.Time { return time.Unix(0, i.mtime) }
func (i info) IsDir() bool        { return false }
func (i info) Sys() any           { return nil }
