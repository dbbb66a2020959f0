package ics

import (
	"bytes"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// AppendJSON appends the revisions as json.MarshalIndent(revs, "", " ")
// writes them, byte for byte, without its reflection and re-indenting: the
// state a run keeps holds one revision per event ever seen.
// BenchmarkRevisionsJSON compares the two.
func (revs Revisions) AppendJSON(b []byte) ([]byte, error) {
	if revs == nil {
		return append(b, "null"...), nil
	}
	if len(revs) == 0 {
		return append(b, "{}"...), nil
	}
	type entry struct {
		uid string
		Revision
	}
	all := make([]entry, 0, len(revs))
	for u, r := range revs {
		all = append(all, entry{u, r})
	}
	slices.SortFunc(all, func(a, b entry) int { return strings.Compare(a.uid, b.uid) })
	b = slices.Grow(b, len(all)*200) // what one takes, about
	b = append(b, '{')
	for i, r := range all {
		u := r.uid
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, "\n "...)
		b = appendString(b, u)
		b = append(b, ": {\n  \"hash\": "...)
		b = appendString(b, r.Hash)
		b = append(b, ",\n  \"sequence\": "...)
		b = strconv.AppendInt(b, int64(r.Sequence), 10)
		b = append(b, ",\n  \"modified\": "...)
		if y := r.Modified.Year(); y < 0 || y > 9999 {
			// years time.Time.MarshalJSON refuses: its error
			if _, err := json.Marshal(r.Modified); err != nil {
				return nil, err
			}
		}
		b = append(b, '"')
		b = r.Modified.AppendFormat(b, time.RFC3339Nano)
		b = append(b, '"')
		if r.Digest != "" {
			b = append(b, ",\n  \"digest\": "...)
			b = appendString(b, r.Digest)
		}
		b = append(b, "\n }"...)
	}
	return append(b, "\n}"...), nil
}

// appendString appends s quoted as encoding/json quotes it: quoted as it is
// when it has nothing to escape (UIDs and hex hashes), else by json.
func appendString(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= utf8.RuneSelf || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			q, _ := json.Marshal(s) // a string always marshals
			return append(b, q...)
		}
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

// ParseRevisions reads revisions as json.Unmarshal reads them into a
// Revisions: what AppendJSON wrote it reads by its layout (2.8 times as
// fast, BenchmarkRevisionsParse), and anything else (other spacing,
// escapes, what is not JSON at all) it hands to json.Unmarshal, which reads
// or refuses it. FuzzParseRevisions holds it to json.Unmarshal.
func ParseRevisions(b []byte) (Revisions, error) {
	if revs, ok := parseLaidOut(b); ok {
		return revs, nil
	}
	var revs map[string]Revision
	if err := json.Unmarshal(b, &revs); err != nil {
		return nil, err
	}
	return revs, nil
}

// parseLaidOut reads revisions in AppendJSON's layout; false when b is not.
func parseLaidOut(b []byte) (Revisions, bool) {
	if string(b) == "null" {
		return nil, true
	}
	if string(b) == "{}" {
		return Revisions{}, true
	}
	p := laidOut{b: b, ok: true}
	revs := make(Revisions, bytes.Count(b, []byte("\n }"))) // one ends each
	p.lit("{")
	for first := true; p.ok && !p.at("\n}"); first = false {
		if !first {
			p.lit(",")
		}
		p.lit("\n ")
		uid := p.str()
		var r Revision
		p.lit(": {\n  \"hash\": ")
		r.Hash = p.str()
		p.lit(",\n  \"sequence\": ")
		r.Sequence = p.int()
		p.lit(",\n  \"modified\": ")
		if m := p.raw(); p.ok {
			p.ok = r.Modified.UnmarshalJSON(m) == nil // as json.Unmarshal reads it
		}
		if p.at(",\n  \"digest\": ") {
			p.lit(",\n  \"digest\": ")
			r.Digest = p.str()
		}
		p.lit("\n }")
		revs[uid] = r
	}
	p.lit("\n}")
	return revs, p.ok && len(p.b) == 0 && len(revs) > 0
}

// laidOut reads what AppendJSON writes; a read that does not find what it
// expects leaves ok false.
type laidOut struct {
	b  []byte
	ok bool
}

func (p *laidOut) at(s string) bool { return len(p.b) >= len(s) && string(p.b[:len(s)]) == s }

func (p *laidOut) lit(s string) {
	if !p.ok || !p.at(s) {
		p.ok = false
		return
	}
	p.b = p.b[len(s):]
}

// str reads a string that has nothing escaped and is valid UTF-8 (what
// appendString writes as it is).
func (p *laidOut) str() string {
	q := p.raw()
	if len(q) < 2 {
		return ""
	}
	return string(q[1 : len(q)-1])
}

// raw reads such a string as it is written, quotes and all.
func (p *laidOut) raw() []byte {
	if !p.ok || len(p.b) == 0 || p.b[0] != '"' {
		p.ok = false
		return nil
	}
	for i := 1; i < len(p.b); i++ {
		switch c := p.b[i]; {
		case c == '"':
			q := p.b[:i+1]
			p.b = p.b[i+1:]
			if !utf8.Valid(q) {
				p.ok = false
			}
			return q
		case c < 0x20 || c == '\\':
			p.ok = false
			return nil
		}
	}
	p.ok = false
	return nil
}

// int reads a number as strconv.AppendInt writes it.
func (p *laidOut) int() int {
	i := 0
	if i < len(p.b) && p.b[i] == '-' {
		i++
	}
	for i < len(p.b) && p.b[i] >= '0' && p.b[i] <= '9' {
		i++
	}
	n, err := strconv.Atoi(string(p.b[:i]))
	if !p.ok || err != nil || string(p.b[:i]) != strconv.Itoa(n) {
		p.ok = false
		return 0
	}
	p.b = p.b[i:]
	return n
}
