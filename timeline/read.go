package timeline

import (
	"io/fs"

	"github.com/ca-diplomacy/timeline/corpus"
	"github.com/ca-diplomacy/timeline/parse"
)

// Read loads a corpus folder, reads every article and builds its timeline.
// Files that cannot be read are returned as errors (*corpus.FileError); the
// others are all used.
func Read(fsys fs.FS, opt corpus.Options) (*Timeline, []error) {
	var ms []parse.Mention
	errs := corpus.Walk(fsys, opt, func(a corpus.Article) {
		ms = append(ms, parse.Article(a)...)
	})
	return Build(ms), errs
}
