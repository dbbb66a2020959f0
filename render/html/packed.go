package html

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"encoding/base64"
	"fmt"
	"io"
	"regexp"
	"slices"
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
	if _, err := fmt.Fprintf(w, `<script type="application/json" id="%s" data-encoding="%s">`, id, Encoding); err != nil {
		return err
	}
	b64 := base64.NewEncoder(base64.StdEncoding, w)
	z, err := gzip.NewWriterLevel(b64, packLevel)
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

var packed = regexp.MustCompile(`(<script type="application/json" id="[^"]*") data-encoding="` + Encoding + `">([^<]*)</script>`)

// Unpacked is a page with each packed data element holding its JSON, as
// the page's script reads it: for tests and tools that read pages.
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
