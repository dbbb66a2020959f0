// Package table writes the timeline as a table, one row per event, in CSV
// (RFC 4180, through encoding/csv), for spreadsheets and data frames: the
// columns of Header, documented in docs/formats.md. Lists (countries, guests)
// are joined with ";". Text from articles or an editor is kept from a
// spreadsheet's formulas (a cell that would begin with =, +, - or @ begins
// with ' instead), and only http and https addresses are given.
package table

import (
	"encoding/csv"
	"io"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/ca-diplomacy/timeline/parse/dates"
	"github.com/ca-diplomacy/timeline/timeline"
)

// Header names the columns.
var Header = []string{"id", "start", "end", "precision", "type", "cameo", "title", "status", "note", "confirmed",
	"host", "guests", "countries", "organizations", "place", "city", "country", "lat", "lon", "online",
	"sources", "outlets", "first_url", "first_date", "latest_url", "latest_date", "corrected"}

// Row is an event's row, its cells in the order of Header.
func Row(e *timeline.Event) []string {
	j := e.JSON()
	str := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	host, guests := sides(e)
	first, latest := firstAndLatest(e.Sources)
	lat, lon := "", ""
	if j.Place.Lat != nil && j.Place.Lon != nil {
		lat, lon = strconv.FormatFloat(*j.Place.Lat, 'f', -1, 64), strconv.FormatFloat(*j.Place.Lon, 'f', -1, 64)
	}
	return []string{e.ID, str(j.Start), str(j.End), str(j.Precision), e.Type, j.Cameo, text(e.Title), e.Status, e.Note,
		strconv.FormatBool(!e.Unconfirmed), host, strings.Join(guests, ";"), strings.Join(countries(e), ";"),
		text(strings.Join(e.Groups, ";")), text(e.Where()), text(j.Place.City), e.Place.Country, lat, lon, strconv.FormatBool(e.Place.Online),
		strconv.Itoa(len(e.Sources)), strconv.Itoa(outlets(e.Sources)),
		link(first.URL), day(first.Published), link(latest.URL), day(latest.Published), strconv.FormatBool(e.Corrected)}
}

// text is a cell of text that no spreadsheet reads as a formula.
func text(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// link is an http or https address, "" for any other.
func link(u string) string {
	l := strings.ToLower(strings.TrimSpace(u))
	if strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://") {
		return strings.TrimSpace(u)
	}
	return ""
}

// Write writes the header and a row for each event of the stream, the
// dated ones in order, then the undated.
func Write(w io.Writer, st *timeline.Stream) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(Header); err != nil {
		return err
	}
	rows := func(es []*timeline.Event) error {
		for _, e := range es {
			if err := cw.Write(Row(e)); err != nil {
				return err
			}
		}
		return nil
	}
	if err := st.Runs(rows); err != nil {
		return err
	}
	if err := rows(st.Undated); err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

// sides are the host and the guests of an event: of a visit, its sides
// (timeline.Event.Side); of another event, the country it is held in when
// that country takes part, and the other countries.
func sides(e *timeline.Event) (host string, guests []string) {
	for _, c := range e.Codes {
		if e.Side(c) == "host" {
			host = c
		}
	}
	if host == "" && timeline.Family(e.Type) != "visit" && slices.Contains(e.Codes, e.Place.Country) {
		host = e.Place.Country
	}
	if host == "" {
		return "", nil
	}
	for _, c := range e.Codes {
		if c != host {
			guests = append(guests, c)
		}
	}
	return host, guests
}

// countries are every country of the event: its participants and the
// country it is held in.
func countries(e *timeline.Event) []string {
	cs := slices.Clone(e.Codes)
	if c := e.Place.Country; c != "" && !slices.Contains(cs, c) {
		cs = append(cs, c)
	}
	slices.Sort(cs)
	return cs
}

// outlets counts the distinct outlets of the sources: by name, else by the
// host of their address.
func outlets(ss []timeline.Source) int {
	seen := map[string]bool{}
	for _, s := range ss {
		name := strings.ToLower(s.Outlet)
		if name == "" {
			if u, err := url.Parse(s.URL); err == nil {
				name = strings.TrimPrefix(u.Hostname(), "www.")
			}
		}
		if name != "" {
			seen[name] = true
		}
	}
	return len(seen)
}

// firstAndLatest are the sources published first and last (the first
// listed when none has a date).
func firstAndLatest(ss []timeline.Source) (first, latest timeline.Source) {
	for i, s := range ss {
		if i == 0 {
			first, latest = s, s
			continue
		}
		if !s.Published.IsZero() && (first.Published.IsZero() || s.Published.Compare(first.Published) < 0) {
			first = s
		}
		if !s.Published.IsZero() && s.Published.Compare(latest.Published) > 0 {
			latest = s
		}
	}
	return first, latest
}

func day(d dates.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.Format(dates.Day)
}
