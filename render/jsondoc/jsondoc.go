// Package jsondoc writes a timeline as the contract's JSON document (its
// version is timeline.JSONVersion): indented as json.MarshalIndent indents
// it, streamed a run of events at a time, each run's events encoded on all
// cores, so that the document is never held whole in memory whatever its
// size. It is what `timeline export` prints.
package jsondoc

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/ca-diplomacy/timeline/timeline"
	"github.com/ca-diplomacy/timeline/timeline/parallel"
)

// Marshal returns the document of the timeline.
func Marshal(tl *timeline.Timeline, generated time.Time) ([]byte, error) {
	var b bytes.Buffer
	if err := Write(&b, tl.Stream(), generated); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Write writes the document of the stream's timeline, its plans aged as of
// generated (see timeline.Stream.Aged).
func Write(w io.Writer, st *timeline.Stream, generated time.Time) error {
	bw := bufio.NewWriter(w)
	if err := write(bw, st, generated); err != nil {
		return err
	}
	return bw.Flush()
}

func write(w io.Writer, st *timeline.Stream, generated time.Time) error {
	st = st.Aged(generated)
	head, err := json.Marshal(generated.UTC().Format(time.RFC3339))
	if err != nil {
		return err
	}
	if _, err := fmt.Fprintf(w, "{\n  \"version\": %d,\n  \"generated\": %s,\n", timeline.JSONVersion, head); err != nil {
		return err
	}
	// each event after a line break and an indent, with commas between
	// them, within a run and between runs
	list := func(name string, runs timeline.Runs, last bool) error {
		if _, err := fmt.Fprintf(w, "  %q: [", name); err != nil {
			return err
		}
		n := 0 // runs written
		err := runs(func(es []*timeline.Event) error {
			if len(es) == 0 {
				return nil
			}
			if n++; n > 1 {
				if _, err := io.WriteString(w, ","); err != nil {
					return err
				}
			}
			return writeEvents(w, es)
		})
		if err != nil {
			return err
		}
		end := "]"
		if n > 0 {
			end = "\n  ]"
		}
		if !last {
			end += ","
		}
		_, err = io.WriteString(w, end+"\n")
		return err
	}
	if err := list("events", st.Runs, false); err != nil {
		return err
	}
	if err := list("undated", timeline.Slice(st.Undated), true); err != nil {
		return err
	}
	_, err = io.WriteString(w, "}\n")
	return err
}

// writeEvents writes events as the items of a list, encoded on all cores.
func writeEvents(w io.Writer, es []*timeline.Event) error {
	return parallel.Join(w, len(es), "\n    ", ",\n    ", func(i int) ([]byte, error) {
		return json.MarshalIndent(es[i].JSON(), "    ", "  ")
	})
}
