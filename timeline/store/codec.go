package store

import (
	"encoding/binary"
	"errors"
	"hash/crc32"
	"math"

	"github.com/ca-diplomacy/timeline/parse"
	"github.com/ca-diplomacy/timeline/parse/dates"
	"github.com/ca-diplomacy/timeline/timeline"
)

// The mentions of a file are kept in a compact binary form: varints, and
// strings through a table so that what every mention of an article repeats
// (its id, URL, title, language) is written once and shared again in
// memory when read back. The form is tied to Version; TestCodecRoundTrip
// fails when a field of parse.Mention is left out of it.

// encoder appends mentions to buf.
type encoder struct {
	buf     []byte
	strings map[string]int
}

func encodeMentions(ms []parse.Mention) []byte {
	e := &encoder{strings: map[string]int{}}
	e.uint(uint64(len(ms)))
	for i := range ms {
		e.mention(&ms[i])
	}
	return e.sealed()
}

// A record ends with the CRC-32C of what it holds, so that bytes damaged
// in the database are found when it is read back, not taken for values.
var crcTable = crc32.MakeTable(crc32.Castagnoli)

// sealed is the encoded record with its checksum.
func (e *encoder) sealed() []byte {
	return binary.LittleEndian.AppendUint32(e.buf, crc32.Checksum(e.buf, crcTable))
}

// newDecoder checks a record's checksum and returns a decoder of what it
// holds; a damaged record gives a decoder that fails at once.
func newDecoder(b []byte) *decoder {
	n := len(b) - 4
	if n < 0 || crc32.Checksum(b[:n], crcTable) != binary.LittleEndian.Uint32(b[n:]) {
		return &decoder{err: errCorrupt}
	}
	return &decoder{buf: b[:n]}
}

func (e *encoder) uint(n uint64) { e.buf = binary.AppendUvarint(e.buf, n) }
func (e *encoder) int(n int)     { e.buf = binary.AppendVarint(e.buf, int64(n)) }

// str writes a string seen before as its index+1, a new one as 0, its
// length and its bytes.
func (e *encoder) str(s string) {
	if i, ok := e.strings[s]; ok {
		e.uint(uint64(i) + 1)
		return
	}
	e.strings[s] = len(e.strings)
	e.uint(0)
	e.uint(uint64(len(s)))
	e.buf = append(e.buf, s...)
}

func (e *encoder) strs(ss []string) {
	e.uint(uint64(len(ss)))
	for _, s := range ss {
		e.str(s)
	}
}

func (e *encoder) float(f float64) {
	e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(f))
}

func (e *encoder) date(d dates.Date) { e.int(d.Year); e.int(d.Month); e.int(d.Day) }

func (e *encoder) value(v dates.Value) {
	e.date(v.Start)
	e.date(v.End)
	e.uint(uint64(v.Precision))
}

func (e *encoder) values(vs []dates.Value) {
	e.uint(uint64(len(vs)))
	for _, v := range vs {
		e.value(v)
	}
}

// place writes what a place says but its flags, which go with the
// mention's or event's own.
func (e *encoder) place(p *parse.Place) {
	for _, s := range []string{p.Name, p.City, p.Country, p.Venue} {
		e.str(s)
	}
	e.float(p.Lat)
	e.float(p.Lon)
}

func (e *encoder) people(ps []parse.Participant) {
	e.uint(uint64(len(ps)))
	for _, q := range ps {
		for _, s := range []string{q.Kind, q.Name, q.Code, q.Office} {
			e.str(s)
		}
	}
}

// flags packs booleans into one varint, first argument lowest.
func (e *encoder) flags(bs ...bool) {
	var n uint64
	for i, b := range bs {
		if b {
			n |= 1 << i
		}
	}
	e.uint(n)
}

func (e *encoder) mention(m *parse.Mention) {
	for _, s := range []string{m.Article, m.URL, m.Language, m.Title, m.Outlet, m.Type, m.Name, m.Called, m.Status, m.Note, m.Quote} {
		e.str(s)
	}
	e.value(m.Date)
	e.values(m.Was)
	e.date(m.Published)
	p := &m.Place
	e.place(p)
	e.strs(m.Codes)
	e.strs(m.Groups)
	e.people(m.People)
	e.int(m.Offset)
	e.int(m.Sentence)
	e.flags(m.Dated, p.HasGeo, p.Online, m.Weak, m.Framed, m.During)
}

var errCorrupt = errors.New("store: corrupt mentions or events")

// decoder reads what encoder wrote; a short or malformed input sets err
// and yields zero values from then on.
type decoder struct {
	buf     []byte
	strings []string
	err     error
}

func decodeMentions(b []byte) ([]parse.Mention, error) {
	d := newDecoder(b)
	ms := make([]parse.Mention, d.count())
	for i := range ms {
		d.mention(&ms[i])
	}
	if d.err == nil && len(d.buf) != 0 {
		d.err = errCorrupt
	}
	if d.err != nil {
		return nil, d.err
	}
	return ms, nil
}

func (d *decoder) fail() {
	d.err, d.buf = errCorrupt, nil
}

func (d *decoder) uint() uint64 {
	n, k := binary.Uvarint(d.buf)
	if k <= 0 {
		d.fail()
		return 0
	}
	d.buf = d.buf[k:]
	return n
}

// count reads the length of a list; each item takes at least a byte, so a
// count beyond the bytes left is corrupt (and no huge slice is made).
func (d *decoder) count() int {
	n := d.uint()
	if n > uint64(len(d.buf)) {
		d.fail()
		return 0
	}
	return int(n)
}

// offset reads a place in a text, which no sound record has below 0.
func (d *decoder) offset() int {
	n := d.int()
	if n < 0 {
		d.fail()
		return 0
	}
	return n
}

func (d *decoder) int() int {
	n, k := binary.Varint(d.buf)
	if k <= 0 || n != int64(int(n)) {
		d.fail()
		return 0
	}
	d.buf = d.buf[k:]
	return int(n)
}

func (d *decoder) str() string {
	i := d.uint()
	if d.err != nil {
		return ""
	}
	if i > 0 {
		if i > uint64(len(d.strings)) {
			d.fail()
			return ""
		}
		return d.strings[i-1]
	}
	n := d.uint()
	if n > uint64(len(d.buf)) {
		d.fail()
		return ""
	}
	s := string(d.buf[:n])
	d.buf = d.buf[n:]
	d.strings = append(d.strings, s)
	return s
}

func (d *decoder) strs() []string {
	n := d.count()
	if n == 0 {
		return nil
	}
	ss := make([]string, n)
	for i := range ss {
		ss[i] = d.str()
	}
	return ss
}

func (d *decoder) float() float64 {
	if len(d.buf) < 8 {
		d.fail()
		return 0
	}
	f := math.Float64frombits(binary.LittleEndian.Uint64(d.buf))
	d.buf = d.buf[8:]
	return f
}

func (d *decoder) date() dates.Date { return dates.Date{Year: d.int(), Month: d.int(), Day: d.int()} }

func (d *decoder) value() dates.Value {
	return dates.Value{Start: d.date(), End: d.date(), Precision: dates.Precision(d.uint())}
}

// values decodes what encoder.values wrote (nil for none).
func (d *decoder) values() []dates.Value {
	return list(d, func(v *dates.Value) { *v = d.value() })
}

// list decodes a count and that many items, each filled by item (nil for
// none).
func list[T any](d *decoder, item func(*T)) []T {
	n := d.count()
	if n == 0 {
		return nil
	}
	out := make([]T, n)
	for i := range out {
		item(&out[i])
	}
	return out
}

func (d *decoder) place(p *parse.Place) {
	for _, s := range []*string{&p.Name, &p.City, &p.Country, &p.Venue} {
		*s = d.str()
	}
	p.Lat = d.float()
	p.Lon = d.float()
}

func (d *decoder) people() []parse.Participant {
	return list(d, func(q *parse.Participant) {
		for _, s := range []*string{&q.Kind, &q.Name, &q.Code, &q.Office} {
			*s = d.str()
		}
	})
}

func (d *decoder) mention(m *parse.Mention) {
	for _, s := range []*string{&m.Article, &m.URL, &m.Language, &m.Title, &m.Outlet, &m.Type, &m.Name, &m.Called, &m.Status, &m.Note, &m.Quote} {
		*s = d.str()
	}
	m.Date = d.value()
	m.Was = d.values()
	m.Published = d.date()
	p := &m.Place
	d.place(p)
	m.Codes = d.strs()
	m.Groups = d.strs()
	m.People = d.people()
	m.Offset = d.offset()
	m.Sentence = d.int()
	f := d.uint()
	for i, b := range []*bool{&m.Dated, &p.HasGeo, &p.Online, &m.Weak, &m.Framed, &m.During} {
		*b = f&(1<<i) != 0
	}
}

// The merged events of a run of months are kept in the same form.

// encodeEvents encodes events, each with its digest with salt (see
// timeline.Event.Digest), which decodeEvents gives back with it.
func encodeEvents(es []*timeline.Event, salt string) []byte {
	e := &encoder{strings: map[string]int{}}
	e.uint(uint64(len(es)))
	for _, ev := range es {
		e.event(ev)
		e.str(ev.Digest(salt))
	}
	return e.sealed()
}

func (e *encoder) event(ev *timeline.Event) {
	for _, s := range []string{ev.ID, ev.Type, ev.Title, ev.Status, ev.Note, ev.Host, ev.EditorNote} {
		e.str(s)
	}
	e.value(ev.Date)
	e.values(ev.Was)
	p := &ev.Place
	e.place(p)
	e.strs(ev.Codes)
	e.strs(ev.Groups)
	e.people(ev.People)
	e.uint(uint64(len(ev.Sources)))
	for _, s := range ev.Sources {
		for _, s := range []string{s.Article, s.URL, s.Language, s.Outlet, s.Title, s.Quote} {
			e.str(s)
		}
		e.date(s.Published)
		e.int(s.Offset)
	}
	e.strs(ev.Disagreement)
	e.flags(ev.Dated, p.HasGeo, p.Online, ev.Unconfirmed, ev.Corrected)
}

// decodeEvents decodes what encodeEvents encoded with salt.
func decodeEvents(b []byte, salt string) ([]*timeline.Event, error) {
	d := newDecoder(b)
	es := make([]*timeline.Event, d.count())
	for i := range es {
		es[i] = &timeline.Event{}
		d.event(es[i])
		es[i].KeepDigest(salt, d.str())
	}
	if d.err == nil && len(d.buf) != 0 {
		d.err = errCorrupt
	}
	if d.err != nil {
		return nil, d.err
	}
	return es, nil
}

func (d *decoder) event(ev *timeline.Event) {
	for _, s := range []*string{&ev.ID, &ev.Type, &ev.Title, &ev.Status, &ev.Note, &ev.Host, &ev.EditorNote} {
		*s = d.str()
	}
	ev.Date = d.value()
	ev.Was = d.values()
	p := &ev.Place
	d.place(p)
	ev.Codes = d.strs()
	ev.Groups = d.strs()
	ev.People = d.people()
	if n := d.count(); n > 0 {
		ev.Sources = make([]timeline.Source, n)
		for i := range ev.Sources {
			s := &ev.Sources[i]
			for _, f := range []*string{&s.Article, &s.URL, &s.Language, &s.Outlet, &s.Title, &s.Quote} {
				*f = d.str()
			}
			s.Published = d.date()
			s.Offset = d.offset()
		}
	}
	ev.Disagreement = d.strs()
	f := d.uint()
	for i, b := range []*bool{&ev.Dated, &p.HasGeo, &p.Online, &ev.Unconfirmed, &ev.Corrected} {
		*b = f&(1<<i) != 0
	}
	p.Resolve()
}
