package timeline

import (
	"math"
	"slices"
	"strconv"
	"unicode/utf8"
)

// This file writes a JSONEvent as json.MarshalIndent(j, "    ", "  ")
// does (the shape of an event inside timeline.json), without reflection
// and without the second pass MarshalIndent makes to indent: the document
// is the largest output of a build. TestAppendEventIsMarshalIndent and
// FuzzAppendEvent hold it to encoding/json byte for byte.

// indented appends JSON values with encoding/json's indentation.
type indented struct {
	b      []byte
	prefix string
	depth  int
	first  bool // no member written yet in the innermost object or array
}

func (w *indented) newline() {
	w.b = append(w.b, '\n')
	w.b = append(w.b, w.prefix...)
	for range w.depth {
		w.b = append(w.b, "  "...)
	}
}

// open starts an object or array ('{' or '[').
func (w *indented) open(c byte) {
	w.b = append(w.b, c)
	w.depth++
	w.first = true
}

// close ends it; an empty one stays "{}" or "[]", as encoding/json writes.
func (w *indented) close(c byte) {
	w.depth--
	if !w.first {
		w.newline()
	}
	w.b = append(w.b, c)
	w.first = false
}

// item starts the next member of an array.
func (w *indented) item() {
	if !w.first {
		w.b = append(w.b, ',')
	}
	w.first = false
	w.newline()
}

// key starts the next member of an object.
func (w *indented) key(k string) {
	w.item()
	w.b = append(w.b, '"')
	w.b = append(w.b, k...)
	w.b = append(w.b, `": `...)
}

func (w *indented) str(k, v string) {
	w.key(k)
	w.b = appendString(w.b, v)
}

func (w *indented) strOmit(k, v string) {
	if v != "" {
		w.str(k, v)
	}
}

func (w *indented) strPtr(k string, v *string) {
	w.key(k)
	if v == nil {
		w.b = append(w.b, "null"...)
		return
	}
	w.b = appendString(w.b, *v)
}

// strsOmit writes a list of strings, nothing when it is empty.
func (w *indented) strsOmit(k string, vs []string) {
	if len(vs) == 0 {
		return
	}
	w.key(k)
	w.open('[')
	for _, v := range vs {
		w.item()
		w.b = appendString(w.b, v)
	}
	w.close(']')
}

func (w *indented) floatOmit(k string, v *float64) {
	if v != nil {
		w.key(k)
		w.b = appendFloat(w.b, *v)
	}
}

// appendEvent appends j as json.MarshalIndent(j, prefix, "  ") writes it.
// It fails only where encoding/json would: on a NaN or infinite
// coordinate.
func appendEvent(b []byte, j *JSONEvent, prefix string) ([]byte, error) {
	p := j.Place
	for _, f := range []*float64{p.Lat, p.Lon} {
		if f != nil && (math.IsNaN(*f) || math.IsInf(*f, 0)) {
			return b, &unsupportedFloat{*f}
		}
	}
	n := 600 + 100*len(j.Participants) + 60*len(j.Disagreement) // the usual size, grown once
	for _, s := range j.Sources {
		n += 150 + len(s.Quote) + len(s.URL) + len(s.Article)
	}
	w := &indented{b: slices.Grow(b, n), prefix: prefix}
	w.open('{')
	w.str("id", j.ID)
	w.str("type", j.Type)
	w.strOmit("cameo", j.Cameo)
	w.str("title", j.Title)
	w.str("status", j.Status)
	w.strOmit("note", j.Note)
	w.strPtr("start", j.Start)
	w.strPtr("end", j.End)
	w.strPtr("precision", j.Precision)
	w.strsOmit("moved_from", j.MovedFrom)
	w.key("place")
	w.open('{')
	w.strOmit("name", p.Name)
	w.strOmit("city", p.City)
	w.strOmit("country", p.Country)
	w.floatOmit("lat", p.Lat)
	w.floatOmit("lon", p.Lon)
	w.key("online")
	w.b = strconv.AppendBool(w.b, p.Online)
	w.strOmit("venue", p.Venue)
	w.close('}')
	w.key("participants")
	objects(w, j.Participants, func(x JSONParticipant) {
		w.str("kind", x.Kind)
		w.str("name", x.Name)
		w.strOmit("code", x.Code)
		w.strOmit("role", x.Role)
		w.strOmit("office", x.Office)
	})
	w.key("sources")
	objects(w, j.Sources, func(s JSONSource) {
		w.str("article", s.Article)
		w.strOmit("url", s.URL)
		w.strOmit("language", s.Language)
		w.strOmit("outlet", s.Outlet)
		w.strOmit("title", s.Title)
		w.strOmit("published", s.Published)
		w.str("quote", s.Quote)
		w.key("offset")
		w.b = strconv.AppendInt(w.b, int64(s.Offset), 10)
	})
	w.strsOmit("disagreement", j.Disagreement)
	if j.Confirmed != nil {
		w.key("confirmed")
		w.b = strconv.AppendBool(w.b, *j.Confirmed)
	}
	if j.Corrected {
		w.key("corrected")
		w.b = strconv.AppendBool(w.b, true)
	}
	w.strOmit("editor_note", j.EditorNote)
	w.close('}')
	return w.b, nil
}

// objects writes items as an array of objects whose members f writes (null
// when items is nil, as encoding/json writes a nil slice).
func objects[T any](w *indented, items []T, f func(T)) {
	if items == nil {
		w.b = append(w.b, "null"...)
		return
	}
	w.open('[')
	for _, x := range items {
		w.item()
		w.open('{')
		f(x)
		w.close('}')
	}
	w.close(']')
}

type unsupportedFloat struct{ f float64 }

func (e *unsupportedFloat) Error() string {
	return "json: unsupported value: " + strconv.FormatFloat(e.f, 'g', -1, 64)
}

// appendFloat writes f as encoding/json does: like ES6, %f between 1e-6
// and 1e21, else %e with a two-digit exponent trimmed of its zero.
func appendFloat(b []byte, f float64) []byte {
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// clean up e-09 to e-9
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

const hexDigits = "0123456789abcdef"

// appendString quotes s as encoding/json does by default: <, > and &
// escaped for HTML, invalid UTF-8 as U+FFFD, U+2028 and U+2029 escaped.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
