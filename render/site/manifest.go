package site

import (
	"io/fs"
	"os"
	"path/filepath"
)

// ManifestFile says what the last build was made of and what it wrote,
// beside StateFile: a build of the same input (see Manifest.Current) can
// leave the site as it is.
const ManifestFile = ".timeline/build.json"

// A Manifest is what a build was made of and what it left in its folder.
type Manifest struct {
	// Input names everything the build read: the corpus's files (names,
	// sizes, times), the program and its options; the caller makes it.
	Input string `json:"input"`
	// Files are the site's files as the build left them.
	Files map[string]Stamp `json:"files"`
	// Problems are the input's problems, one line each, to be told again.
	Problems []string `json:"problems,omitempty"`
	// Summary is the build's closing line.
	Summary string `json:"summary"`
}

// A Stamp is a file's size and modification time.
type Stamp struct {
	Size    int64 `json:"size"`
	ModTime int64 `json:"mtime"` // nanoseconds since 1970
}

// NewManifest is the manifest of the site in dir after a build of input:
// every file under dir, with the feed revisions and digests the next build
// would start from, but not the store (a cache) or the manifest itself.
func NewManifest(dir, input string, problems []string, summary string) (Manifest, error) {
	m := Manifest{Input: input, Files: map[string]Stamp{}, Problems: problems, Summary: summary}
	for _, name := range []string{StateFile, KeysFile} {
		if st, err := stampOf(filepath.Join(dir, filepath.FromSlash(name))); err == nil {
			m.Files[name] = st
		}
	}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if rel == ".timeline" {
				return filepath.SkipDir
			}
			return nil
		}
		st, err := stampOf(p)
		if err != nil {
			return err
		}
		m.Files[rel] = st
		return nil
	})
	return m, err
}

func stampOf(p string) (Stamp, error) {
	info, err := os.Stat(p)
	if err != nil {
		return Stamp{}, err
	}
	return Stamp{Size: info.Size(), ModTime: info.ModTime().UnixNano()}, nil
}

// Current reports whether the site in dir is what a build of input would
// write: the manifest's input is input and every file it lists is still
// there, of the same size and time.
func (m Manifest) Current(dir, input string) bool {
	if m.Input == "" || m.Input != input || len(m.Files) == 0 {
		return false
	}
	for name, want := range m.Files {
		if st, err := stampOf(filepath.Join(dir, filepath.FromSlash(name))); err != nil || st != want {
			return false
		}
	}
	return true
}

// WriteManifest keeps the manifest in dir for the next build.
func WriteManifest(dir string, m Manifest) error { return writeState(dir, ManifestFile, m) }

// ReadManifest reads the manifest kept in dir; a missing file is an empty
// manifest, current for no input.
func ReadManifest(dir string) (Manifest, error) {
	var m Manifest
	return m, readState(dir, ManifestFile, &m)
}

// ForgetManifest removes the manifest kept in dir before a build writes:
// a build that stops halfway leaves none.
func ForgetManifest(dir string) error { return forgetState(dir, ManifestFile) }
