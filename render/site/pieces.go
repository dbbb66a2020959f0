package site

import (
	"path/filepath"

	"github.com/ca-diplomacy/timeline/render/splice"
)

// PiecesFile holds where the pieces of each file of the site are (see
// Options.Earlier), beside StateFile.
const PiecesFile = ".timeline/pieces.json"

// Index says where the pieces of the site's files are, by file name.
type Index map[string]splice.Index

// ReadIndex reads the index kept in dir; a missing file is an empty index.
func ReadIndex(dir string) (Index, error) {
	var ix Index
	return ix, readState(dir, PiecesFile, &ix)
}

// WriteIndex keeps the index in dir for the next run.
func WriteIndex(dir string, ix Index) error { return writeState(dir, PiecesFile, ix) }

// ForgetIndex removes the index kept in dir, before a run writes its files:
// a run that stops halfway leaves none.
func ForgetIndex(dir string) error { return forgetState(dir, PiecesFile) }

// Earlier opens the files of dir as ix describes them, for Options.Earlier.
// A file that is not as ix says gives nil: it is rendered anew.
func (ix Index) Earlier(dir string) func(name string) *splice.Earlier {
	return func(name string) *splice.Earlier {
		e, err := splice.Open(filepath.Join(dir, filepath.FromSlash(name)), ix[name])
		if err != nil {
			return nil // an index that is wrong about the file: nothing copied
		}
		return e
	}
}

// Update is ix after a run that wrote into dir the files of pieces: their
// pieces with their sizes and times now; the files it left keep their
// entries while they are as ix says.
func (ix Index) Update(dir string, pieces map[string][]splice.Piece) Index {
	next := Index{}
	stamp := func(name string) (Stamp, bool) {
		st, err := stampOf(filepath.Join(dir, filepath.FromSlash(name)))
		return st, err == nil
	}
	for name, old := range ix {
		if _, written := pieces[name]; written {
			continue
		}
		if st, ok := stamp(name); ok && st.Size == old.Size && st.ModTime == old.ModTime {
			next[name] = old
		}
	}
	for name, ps := range pieces {
		if st, ok := stamp(name); ok {
			next[name] = splice.Index{Size: st.Size, ModTime: st.ModTime, Pieces: ps}
		}
	}
	return next
}
