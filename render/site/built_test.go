package site

import (
	"bytes"
	"io"
	"path/filepath"
	"sort"
	"sync"

	"github.com/ca-diplomacy/timeline/timeline"
)

// A site built in memory, for the tests.

// Site is a built set of files.
type Site struct {
	Files map[string][]byte // slash-separated path → content
	Rendered
}

// Names returns the file names, sorted.
func (s *Site) Names() []string {
	var out []string
	for n := range s.Files {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Build renders the timeline into a set of files held in memory.
func Build(tl *timeline.Timeline, o Options) (*Site, error) {
	s := &Site{Files: map[string][]byte{}}
	var mu sync.Mutex
	r, err := Render(tl.Stream(), o, func(name string, write func(io.Writer) error) error {
		var b bytes.Buffer
		if err := write(&b); err != nil {
			return err
		}
		mu.Lock()
		s.Files[name] = b.Bytes()
		mu.Unlock()
		return nil
	})
	if err != nil {
		return nil, err
	}
	s.Rendered = r
	return s, nil
}

// Write writes every file of the site into dir atomically, removes the
// files of an earlier run that the site no longer has (see RemoveStale),
// then writes the revisions.
func (s *Site) Write(dir string) error {
	for _, n := range s.Names() {
		if err := WriteFile(filepath.Join(dir, filepath.FromSlash(n)), s.Files[n]); err != nil {
			return err
		}
	}
	if err := RemoveStale(dir, s.Paths); err != nil {
		return err
	}
	return WriteRevisions(dir, s.Revisions)
}
