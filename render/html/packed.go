package html

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"regexp"
	"slices"
	"strings"
	"sync"
)

// Encoding is the data-encoding of a packed data element: its JSON
// gzip-compressed, then in base64, which the page's script inflates with
// the browser's DecompressionStream. A page's events repeat the same
// names, places, outlets and links, so packed they take a small part of
// the bytes; base64 cannot close an element, whatever the articles say.
const Encoding = "gzip base64"

// packLevel is most of what the default level gains, in about half its
// time.
const packLevel = 4

// pack writes the data element id, its JSON written by write, packed.
func pack(w io.Writer, id string, write func(io.Writer) error) error {
	return packElement(w, `type="application/json" id="`+id+`"`, packLevel, write)
}

// packElement writes a script element of the attributes attrs holding what
// write writes, compressed at level and in base64.
func packElement(w io.Writer, attrs string, level int, write func(io.Writer) error) error {
	if _, err := fmt.Fprintf(w, `<script %s data-encoding="%s">`, attrs, Encoding); err != nil {
		return err
	}
	b64 := base64.NewEncoder(base64.StdEncoding, w)
	z, err := gzip.NewWriterLevel(b64, level)
	if err != nil {
		return err
	}
	if err := write(z); err != nil {
		return err
	}
	if err := z.Close(); err != nil {
		return err
	}
	if err := b64.Close(); err != nil {
		return err
	}
	_, err = io.WriteString(w, "</script>")
	return err
}

// libraries are the elements of the embedded files every page carries,
// packed as the data is (to less than half their size), once for every
// page: the world map as data, ECharts and topojson-client as text the
// page's script runs.
var libraries = sync.OnceValue(func() template.HTML {
	var b strings.Builder
	for _, l := range []struct{ attrs, file string }{
		{`type="application/json" id="world"`, "countries-110m.json"},
		{`type="text/plain" id="lib-echarts"`, "echarts.min.js"},
		{`type="text/plain" id="lib-topojson"`, "topojson-client.min.js"},
	} {
		f, err := dist.ReadFile("assets/dist/" + l.file)
		if err != nil {
			panic("html: embedded " + l.file + ": " + err.Error())
		}
		_ = packElement(&b, l.attrs, gzip.BestCompression, func(w io.Writer) error { // a Builder takes every write
			_, err := w.Write(f)
			return err
		})
		b.WriteString("\n")
	}
	return template.HTML(b.String())
})

var packed = regexp.MustCompile(`(<script type="[^"]*" id="[^"]*") data-encoding="` + Encoding + `">([^<]*)</script>`)

// Unpacked is a page with each packed element holding its JSON or script,
// as the page's script reads it: for tests and tools that read pages.
func Unpacked(page []byte) ([]byte, error) {
	var err error
	out := packed.ReplaceAllFunc(page, func(m []byte) []byte {
		sub := packed.FindSubmatch(m)
		z, e := gzip.NewReader(base64.NewDecoder(base64.StdEncoding, bytes.NewReader(sub[2])))
		if e != nil {
			err = cmp.Or(err, e)
			return m
		}
		js, e := io.ReadAll(z)
		if e != nil {
			err = cmp.Or(err, e)
			return m
		}
		return slices.Concat(sub[1], []byte(">"), js, []byte("</script>"))
	})
	return out, err
}
