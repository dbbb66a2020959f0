package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/ca-diplomacy/timeline/parse/dates"
	"github.com/ca-diplomacy/timeline/parse/lang"
	"github.com/ca-diplomacy/timeline/parse/langid"
	"github.com/ca-diplomacy/timeline/parse/langs"
	"github.com/urfave/cli/v2"
)

// datesCmd prints every date expression of a text (timeline dates), one
// JSON object a line.
func datesCmd(c *cli.Context) error {
	var in io.Reader = os.Stdin
	if a := c.Args().First(); a != "" && a != "-" {
		f, err := os.Open(a)
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	b, err := io.ReadAll(in)
	if err != nil {
		return err
	}
	ref := dates.DateOf(time.Now())
	if r := c.String("ref"); r != "" {
		t, err := time.Parse("2006-01-02", r)
		if err != nil {
			return usagef("dates: --ref %q: want YYYY-MM-DD", r)
		}
		ref = dates.DateOf(t)
	}
	code := c.String("lang")
	if code == "" {
		code = langid.Detect(string(b))
	} else if !slices.ContainsFunc(langs.All, func(l *lang.Language) bool { return l.Lang == code }) {
		var codes []string
		for _, l := range langs.All {
			codes = append(codes, l.Lang)
		}
		return usagef("dates: no language %q; give one of %s", code, strings.Join(codes, ", "))
	}
	exprs := langs.Reader().Read(string(b), dates.Options{Lang: code, Ref: ref})
	if !c.IsSet("ref") && len(exprs) != len(langs.Reader().Read(string(b), dates.Options{Lang: code})) {
		fmt.Fprintf(os.Stderr, "timeline: relative dates (\"yesterday\", \"on Monday\") are read as of today, %s; give --ref YYYY-MM-DD, the day the text was published\n", ref.Format(dates.Day))
	}
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	enc.SetEscapeHTML(false)
	for _, e := range exprs {
		enc.Encode(map[string]any{"text": e.Text, "offset": e.Offset, "start": e.Start.Format(e.Precision),
			"end": e.End.Format(e.Precision), "precision": e.Precision.String()})
	}
	_, err = os.Stdout.Write(out.Bytes())
	return err
}
