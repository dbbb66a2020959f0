// Package corrections applies an editor's corrections to a timeline. A
// corrections file (YAML, kept beside the corpus as corrections.yaml) is a
// list of entries, each naming events by their stable id (shown on the
// pages, in the timeline JSON and in the feeds' UIDs) and saying what to do:
// set some of an event's fields, hide it, merge events into one, split an
// event's sources into two events, or add an event no article tells. They
// apply after the merge, so every output shows them; an entry whose event
// is gone (its articles changed, and with them its id) is named with its
// line and the nearest current event, and the others still apply.
//
//	# corrections.yaml
//	- id: 89a03cc6c712
//	  date: 2018-03-15   # the event's date when the entry was written (optional)
//	  set: {start: 2018-03-15, status: held, title: First Consultative Meeting in Astana}
//	  note: the date as the host's press service gives it
//	- id: 4f3a9b2c1d0e
//	  hide: true
//	- merge: [a1b2c3d4e5f6, 0f9e8d7c6b5a]
//	- id: 5e6f7a8b9c0d
//	  split: {sources: [news-002], set: {start: 2022-12-22}}
//	- add: {type: forum, title: Tashkent Investment Forum, start: 2025-06-10,
//	        place: {city: Tashkent, country: UZ}, participants: [{code: UZ}], url: "https://…"}
package corrections

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// FileName is the corrections file a corpus folder may hold.
const FileName = "corrections.yaml"

// MaxSize bounds the size of a corrections file, in bytes.
const MaxSize = 4 << 20

// File is a corrections file read.
type File struct {
	Name    string // as its problems name it
	Entries []Entry
	Sum     []byte // its bytes, that a build which read it is known by
}

// An Entry is one correction: what it does (Kind), to which events.
type Entry struct {
	Line int    // where it begins in the file
	Kind string // "set", "hide", "merge", "split" or "add"
	IDs  []string
	// Date and Type are what the event was when the entry was written: a
	// stale entry is matched to the current event nearest them.
	Date, Type string
	Set        *Fields // set: the fields to set; merge, split: of the event kept
	Split      *Split
	Add        *Fields
	Note       string // the editor's, shown with the event
}

// Split names the sources that make the new event of a split, and what is
// set on it.
type Split struct {
	Sources []string `yaml:"sources"` // article ids
	Set     *Fields  `yaml:"set"`
}

// Fields are what an entry sets; a field left out is left as it is.
type Fields struct {
	Title        string        `yaml:"title"`
	Type         string        `yaml:"type"`
	Status       string        `yaml:"status"`
	Start        string        `yaml:"start"` // YYYY, YYYY-MM or YYYY-MM-DD
	End          string        `yaml:"end"`
	Place        *Place        `yaml:"place"`
	Participants []Participant `yaml:"participants"`
	URL          string        `yaml:"url"` // add: the source that tells of it
}

// Place is where, as an entry sets it.
type Place struct {
	City    string   `yaml:"city"`
	Country string   `yaml:"country"`
	Venue   string   `yaml:"venue"`
	Online  bool     `yaml:"online"`
	Lat     *float64 `yaml:"lat"`
	Lon     *float64 `yaml:"lon"`
}

// Participant is a country (Code), an organisation or a person (Name), with
// a visit's side (Role: host or guest) and a person's Office.
type Participant struct {
	Kind   string `yaml:"kind"` // country, organization, person; country when only Code is given
	Name   string `yaml:"name"`
	Code   string `yaml:"code"`
	Role   string `yaml:"role"`
	Office string `yaml:"office"`
}

// entry is an entry as the file writes it.
type entry struct {
	ID    string   `yaml:"id"`
	Date  string   `yaml:"date"`
	Type  string   `yaml:"type"`
	Note  string   `yaml:"note"`
	Set   *Fields  `yaml:"set"`
	Hide  bool     `yaml:"hide"`
	Merge []string `yaml:"merge"`
	Split *Split   `yaml:"split"`
	Add   *Fields  `yaml:"add"`
}

// Find reads the corrections file of path, or, when path is "", the one in
// the corpus folder dir when there is one; nil when there is none.
func Find(path, dir string) (*File, error) {
	if path == "" {
		if dir == "" {
			return nil, nil
		}
		path = filepath.Join(dir, FileName)
		if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
			return nil, nil
		}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(f, path)
}

// Read reads a corrections file; name is how its problems name it. An
// error names the line of what is wrong.
func Read(r io.Reader, name string) (*File, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(b) > MaxSize {
		return nil, fmt.Errorf("%s: larger than %d bytes", name, MaxSize)
	}
	f := &File{Name: name, Sum: b}
	var doc yaml.Node
	if err := yaml.NewDecoder(bytes.NewReader(b)).Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) { // an empty file corrects nothing
			return f, nil
		}
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	list := &doc
	if list.Kind == yaml.DocumentNode && len(list.Content) == 1 {
		list = list.Content[0]
	}
	if list.Kind != yaml.SequenceNode {
		return nil, fmt.Errorf("%s:%d: a list of corrections (- id: …) is expected", name, list.Line)
	}
	for _, n := range list.Content {
		e, err := readEntry(n)
		if err != nil {
			return nil, fmt.Errorf("%s:%w", name, err)
		}
		f.Entries = append(f.Entries, e)
	}
	return f, nil
}

// lineError is a problem of the entry on a line.
func lineError(line int, format string, a ...any) error {
	return fmt.Errorf("%d: %s", line, fmt.Sprintf(format, a...))
}

func readEntry(n *yaml.Node) (Entry, error) {
	if n.Kind != yaml.MappingNode {
		return Entry{}, lineError(n.Line, "a correction is a mapping (id: …, set: …)")
	}
	if err := known(n); err != nil {
		return Entry{}, err
	}
	var raw entry
	if err := n.Decode(&raw); err != nil {
		return Entry{}, lineError(n.Line, "%v", strings.TrimPrefix(err.Error(), "yaml: "))
	}
	e := Entry{Line: n.Line, Date: raw.Date, Type: raw.Type, Note: raw.Note, Set: raw.Set}
	var kinds []string
	if raw.Hide {
		kinds = append(kinds, "hide")
	}
	if raw.Merge != nil {
		kinds = append(kinds, "merge")
	}
	if raw.Split != nil {
		kinds = append(kinds, "split")
	}
	if raw.Add != nil {
		kinds = append(kinds, "add")
	}
	switch {
	case len(kinds) > 1:
		return e, lineError(n.Line, "one correction does one of hide, merge, split and add, not %s", strings.Join(kinds, " and "))
	case len(kinds) == 0 && raw.Set != nil:
		kinds = []string{"set"}
	case len(kinds) == 0:
		return e, lineError(n.Line, "say what to do: set, hide, merge, split or add")
	}
	e.Kind = kinds[0]
	switch e.Kind {
	case "merge":
		if raw.ID != "" || len(raw.Merge) < 2 {
			return e, lineError(n.Line, "merge lists the ids of two events or more, and no id of its own")
		}
		e.IDs = raw.Merge
	case "add":
		if raw.ID != "" || raw.Set != nil {
			return e, lineError(n.Line, "add has no id and no set: its fields are under add")
		}
		if raw.Add.Type == "" || raw.Add.Start == "" && raw.Add.Title == "" {
			return e, lineError(n.Line, "an event added needs a type and a start or a title")
		}
		e.Add = raw.Add
	default:
		if raw.ID == "" {
			return e, lineError(n.Line, "%s needs the id of the event", e.Kind)
		}
		e.IDs = []string{raw.ID}
		if e.Kind == "split" {
			if len(raw.Split.Sources) == 0 {
				return e, lineError(n.Line, "split lists the articles (sources) that make the new event")
			}
			e.Split = raw.Split
		}
	}
	for _, id := range e.IDs {
		if !idForm.MatchString(id) {
			return e, lineError(n.Line, "%q is no event id (12 hexadecimal digits, as the page shows it)", id)
		}
	}
	for _, fs := range []*Fields{e.Set, e.Add, splitSet(e.Split)} {
		if err := check(fs, n.Line); err != nil {
			return e, err
		}
	}
	return e, nil
}

func splitSet(s *Split) *Fields {
	if s == nil {
		return nil
	}
	return s.Set
}

// idForm is the form of an event id: a hash's first 12 hexadecimal digits,
// and a suffix when two events share one.
var idForm = regexp.MustCompile(`^[0-9a-f]{12}(-\d+)?$`)

// keys are the keys each mapping of an entry may have, by the key it is
// under ("" for the entry itself).
var keys = map[string][]string{
	"":             {"id", "date", "type", "note", "set", "hide", "merge", "split", "add"},
	"set":          {"title", "type", "status", "start", "end", "place", "participants", "url"},
	"add":          {"title", "type", "status", "start", "end", "place", "participants", "url"},
	"split":        {"sources", "set"},
	"place":        {"city", "country", "venue", "online", "lat", "lon"},
	"participants": {"kind", "name", "code", "role", "office"},
}

// known reports the first key of n, or of a mapping within it, that is
// not one of its keys, with its line: a misspelt key would be ignored.
func known(n *yaml.Node) error {
	var walk func(n *yaml.Node, under string) error
	walk = func(n *yaml.Node, under string) error {
		switch n.Kind {
		case yaml.SequenceNode:
			for _, c := range n.Content {
				if err := walk(c, under); err != nil {
					return err
				}
			}
		case yaml.MappingNode:
			allowed, ok := keys[under]
			if !ok {
				return lineError(n.Line, "%s takes no mapping", under)
			}
			for i := 0; i+1 < len(n.Content); i += 2 {
				k := n.Content[i]
				if !slices.Contains(allowed, k.Value) {
					return lineError(k.Line, "unknown key %q (known here: %s)", k.Value, strings.Join(allowed, ", "))
				}
				if err := walk(n.Content[i+1], k.Value); err != nil {
					return err
				}
			}
		}
		return nil
	}
	return walk(n, "")
}
