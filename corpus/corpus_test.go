package corpus

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/ca-diplomacy/timeline/corpus/sample"
)

func TestLoad(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt":           {Data: []byte("On 1 May talks were held.")},
		"a.meta.json":     {Data: []byte(`{"url":"http://x","language":"EN","published":"2024-11-16T09:18:00+05:00"}`)},
		"sub/b.md":        {Data: []byte("Second article.")},
		"sub/b.meta.json": {Data: []byte(`{"published": 12`)},
		"empty.txt":       {Data: []byte("  \n")},
		"bin.txt":         {Data: []byte("a\x00b")},
		"latin1.txt":      {Data: []byte("caf\xe9")},
		"notes.csv":       {Data: []byte("ignored")},
		".git/x.txt":      {Data: []byte("hidden folders are skipped")},
		"c.txt":           {Data: []byte("Undated.")},
		"c.meta.json":     {Data: []byte(`{"published":"16 Nov 2024"}`)},
	}
	arts, errs := Load(fsys, Options{})
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	if got, want := len(arts), 3; got != want {
		t.Fatalf("loaded %v, want 3 articles", ids)
	}
	a := arts[0]
	if a.ID != "a" || a.Language != "en" || a.URL != "http://x" {
		t.Errorf("article a = %+v", a)
	}
	if want := time.Date(2024, 11, 16, 0, 0, 0, 0, time.UTC); !a.Published.Equal(want) {
		t.Errorf("published = %v, want the written day %v", a.Published, want)
	}
	if arts[2].ID != "sub/b" || arts[2].HasPublished() {
		t.Errorf("article with broken meta = %+v", arts[2])
	}
	want := map[string]error{
		"empty.txt": ErrEmpty, "bin.txt": ErrBinary, "latin1.txt": ErrNotUTF8,
		"sub/b.meta.json": nil, "c.meta.json": nil,
	}
	if len(errs) != len(want) {
		t.Fatalf("errors = %v, want one for each of %d files", errs, len(want))
	}
	for _, err := range errs {
		var fe *FileError
		if !errors.As(err, &fe) {
			t.Fatalf("%v is not a *FileError", err)
		}
		w, ok := want[fe.Path]
		if !ok {
			t.Errorf("unexpected error for %s: %v", fe.Path, err)
		}
		if w != nil && !errors.Is(err, w) {
			t.Errorf("%s: got %v, want %v", fe.Path, err, w)
		}
	}
}

func TestLoadSizeLimit(t *testing.T) {
	fsys := fstest.MapFS{"big.txt": {Data: make([]byte, 100)}, "ok.txt": {Data: []byte("fine")}}
	arts, errs := Load(fsys, Options{MaxFileSize: 10})
	if len(arts) != 1 || len(errs) != 1 || !errors.Is(errs[0], ErrTooLarge) {
		t.Fatalf("arts=%v errs=%v", arts, errs)
	}
}

func TestSample(t *testing.T) {
	arts, errs := Load(sample.FS, Options{})
	if len(errs) != 0 || len(arts) != 5 {
		t.Fatalf("sample: %d articles, errors %v", len(arts), errs)
	}
	if arts[4].ID != "004_0e454dbf03d95973" || arts[4].Published.Format("2006-01-02") != "2024-11-16" {
		t.Errorf("sample article 4 = %s %v", arts[4].ID, arts[4].Published)
	}
}

// FuzzLoad loads a folder of one article and its meta file with arbitrary
// bytes: either an article or an error naming the file, never a panic.
func FuzzLoad(f *testing.F) {
	f.Add([]byte("On 1 May, Dushanbe hosted a conference."), []byte(`{"published": "2024-05-02", "language": "en"}`))
	f.Add([]byte("\xff\xfe\x00"), []byte(`{"published": 5}`))
	f.Add([]byte(""), []byte(`{`))
	f.Fuzz(func(t *testing.T, text, meta []byte) {
		fsys := fstest.MapFS{"a.txt": {Data: text}, "a.meta.json": {Data: meta}}
		arts, errs := Load(fsys, Options{})
		if len(arts)+len(errs) == 0 {
			t.Fatal("the file disappeared: neither an article nor an error")
		}
		for _, err := range errs {
			if !strings.Contains(err.Error(), "a.") {
				t.Fatalf("error %q does not name the file", err)
			}
		}
	})
}
