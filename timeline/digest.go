package timeline

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash"
	"io"
	"math"

	"github.com/ca-diplomacy/timeline/parse/dates"
)

// Digest names what the event is: every exported field (and the name its
// city had on its date), with salt, which names whatever else its renderings
// depend on (the program that renders them, say). Two events with one digest
// render the same, so a build may keep the bytes an earlier build wrote for
// an event of the same digest instead of rendering it again.
//
// An event whose digest was kept with the same salt (KeepDigest) gives
// that digest without working it out.
func (e *Event) Digest(salt string) string {
	if e.kept.sum != "" && e.kept.salt == salt {
		return e.kept.sum
	}
	d := digester{h: sha256.New(), b: make([]byte, 0, digestBuffer+128)}
	d.str(salt)
	d.str(e.ID)
	d.str(e.Type)
	d.str(e.Title)
	d.str(e.Status)
	d.str(e.Note)
	d.value(e.Date)
	d.int(len(e.Was))
	for _, w := range e.Was {
		d.value(w)
	}
	d.flag(e.Dated)
	p := e.Place
	d.str(p.Name)
	d.str(p.City)
	d.str(p.Country)
	d.float(p.Lat)
	d.float(p.Lon)
	d.flag(p.HasGeo)
	d.flag(p.Online)
	d.str(p.Venue)
	d.str(e.City())
	d.strs(e.Codes)
	d.strs(e.Groups)
	d.int(len(e.People))
	for _, q := range e.People {
		d.str(q.Kind)
		d.str(q.Name)
		d.str(q.Code)
		d.str(q.Office)
	}
	d.int(len(e.Sources))
	for _, s := range e.Sources {
		d.str(s.Article)
		d.str(s.URL)
		d.str(s.Language)
		d.str(s.Outlet)
		d.str(s.Title)
		d.date(s.Published)
		d.str(s.Quote)
		d.int(s.Offset)
	}
	d.strs(e.Disagreement)
	d.flag(e.Unconfirmed)
	d.str(e.Host)
	d.flag(e.Corrected)
	d.str(e.EditorNote)
	d.h.Write(d.b)
	return hex.EncodeToString(d.h.Sum(nil)[:16])
}

// KeepDigest records sum as what Digest gives with salt: whoever keeps an
// event with its digest (a store that encodes both) gives the digest back
// with the event read back, and a build that reads an event unchanged
// since does not hash it again. The event's fields are not watched: one
// that changes after must not keep the digest.
func (e *Event) KeepDigest(salt, sum string) { e.kept = keptDigest{salt, sum} }

// keptDigest is a digest given to KeepDigest and its salt.
type keptDigest struct{ salt, sum string }

// digestBuffer is how many bytes a digester gathers before it hashes them:
// an event's quotes are hashed a kilobyte or so at a time, not gathered
// whole.
const digestBuffer = 1 << 10

// digester writes values unambiguously into the bytes it hashes: strings
// and lists with their lengths first, numbers at a fixed width.
type digester struct {
	h hash.Hash
	b []byte
}

func (d *digester) int(n int) { d.b = binary.LittleEndian.AppendUint64(d.b, uint64(n)) }

func (d *digester) float(f float64) { d.int(int(math.Float64bits(f))) }

func (d *digester) flag(b bool) {
	if b {
		d.int(1)
	} else {
		d.int(0)
	}
}

func (d *digester) str(s string) {
	d.int(len(s))
	if len(d.b)+len(s) > digestBuffer {
		d.h.Write(d.b)
		d.b = d.b[:0]
		if len(s) > digestBuffer {
			io.WriteString(d.h, s)
			return
		}
	}
	d.b = append(d.b, s...)
}

func (d *digester) strs(ss []string) {
	d.int(len(ss))
	for _, s := range ss {
		d.str(s)
	}
}

func (d *digester) date(t dates.Date) {
	d.int(t.Year)
	d.int(t.Month)
	d.int(t.Day)
}

func (d *digester) value(v dates.Value) {
	d.date(v.Start)
	d.date(v.End)
	d.int(int(v.Precision))
}
