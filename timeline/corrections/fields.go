package corrections

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/ca-diplomacy/timeline/parse"
	"github.com/ca-diplomacy/timeline/parse/dates"
	"github.com/ca-diplomacy/timeline/timeline"
)

var (
	dateForm = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)
	codeForm = regexp.MustCompile(`^[A-Z]{2}$`)
)

// check reports the first field of fs that no event can have.
func check(fs *Fields, line int) error {
	if fs == nil {
		return nil
	}
	if fs.Type != "" && timeline.Family(fs.Type) == "" {
		return lineError(line, "unknown type %q (summit, state_visit, official_visit, working_visit, visit, dialogue, talks, call, council_meeting, conference, forum, signing, other)", fs.Type)
	}
	switch fs.Status {
	case "", parse.Held, parse.Planned, parse.Unknown, "postponed", "cancelled":
	default:
		return lineError(line, "unknown status %q (held, planned, postponed, cancelled, unknown)", fs.Status)
	}
	if _, err := dateOf(fs.Start, fs.End); err != nil {
		return lineError(line, "%v", err)
	}
	if p := fs.Place; p != nil && p.Country != "" && !codeForm.MatchString(p.Country) {
		return lineError(line, "place country %q is no ISO code (UZ, KZ, …)", p.Country)
	}
	for _, p := range fs.Participants {
		switch {
		case p.Code == "" && p.Name == "":
			return lineError(line, "a participant needs a code or a name")
		case p.Code != "" && !codeForm.MatchString(p.Code):
			return lineError(line, "participant code %q is no ISO code (UZ, KZ, …)", p.Code)
		case p.Role != "" && p.Role != "host" && p.Role != "guest":
			return lineError(line, "participant role %q: host or guest", p.Role)
		case p.Kind != "" && p.Kind != "country" && p.Kind != "organization" && p.Kind != "person":
			return lineError(line, "participant kind %q: country, organization or person", p.Kind)
		}
	}
	if fs.URL != "" && !strings.HasPrefix(fs.URL, "https://") && !strings.HasPrefix(fs.URL, "http://") {
		return lineError(line, "url %q: an http or https address", fs.URL)
	}
	return nil
}

// dateOf is the date of start and end ("" when start is ""), at the
// precision start is written at; end defaults to start.
func dateOf(start, end string) (dates.Value, error) {
	if start == "" {
		if end != "" {
			return dates.Value{}, fmt.Errorf("end %q without a start", end)
		}
		return dates.Value{}, nil
	}
	if end == "" {
		end = start
	}
	if !dateForm.MatchString(start) || !dateForm.MatchString(end) || len(start) != len(end) {
		return dates.Value{}, fmt.Errorf("dates are YYYY, YYYY-MM or YYYY-MM-DD, start and end alike: %q, %q", start, end)
	}
	s, e := parts(start), parts(end)
	p := []dates.Precision{dates.Year, dates.Month, dates.Day}[len(s)-1]
	v := dates.Value{Start: date(s), End: date(e), Precision: p}
	if p == dates.Day && (!dates.Valid(s[0], s[1], s[2]) || !dates.Valid(e[0], e[1], e[2])) ||
		p == dates.Month && (s[1] < 1 || s[1] > 12 || e[1] < 1 || e[1] > 12) {
		return dates.Value{}, fmt.Errorf("no such date: %q … %q", start, end)
	}
	if v.End.Compare(v.Start) < 0 {
		return dates.Value{}, fmt.Errorf("end %q before start %q", end, start)
	}
	return v, nil
}

func parts(s string) []int {
	var out []int
	for _, p := range strings.Split(s, "-") {
		n, _ := strconv.Atoi(p)
		out = append(out, n)
	}
	return out
}

func date(p []int) dates.Date {
	d := dates.Date{Year: p[0]}
	if len(p) > 1 {
		d.Month = p[1]
	}
	if len(p) > 2 {
		d.Day = p[2]
	}
	return d
}

// apply sets the fields of fs on e.
func apply(e *timeline.Event, fs *Fields) {
	if fs == nil {
		return
	}
	if fs.Type != "" {
		e.Type = fs.Type
	}
	switch fs.Status {
	case "":
	case "postponed", "cancelled":
		e.Status, e.Note = parse.Planned, fs.Status
	default:
		e.Status, e.Note = fs.Status, ""
	}
	if v, _ := dateOf(fs.Start, fs.End); fs.Start != "" {
		e.Date, e.Dated = v, true
	}
	if p := fs.Place; p != nil {
		e.Place = place(p)
	}
	if fs.Participants != nil {
		e.Codes, e.Groups, e.People, e.Host = nil, nil, nil, ""
		for _, p := range fs.Participants {
			switch {
			case p.Kind == "person" || p.Kind == "" && p.Name != "" && p.Code != "" && p.Office != "":
				e.People = append(e.People, parse.Participant{Kind: "person", Name: p.Name, Code: p.Code, Office: p.Office})
			case p.Kind == "organization" || p.Code == "":
				e.Groups = append(e.Groups, p.Name)
			default:
				e.Codes = append(e.Codes, p.Code)
			}
			if p.Role == "host" && p.Code != "" {
				e.Host = p.Code
			}
		}
	}
	if fs.Title != "" {
		e.Title = fs.Title
	}
}

// place is the place p names: a town of the gazetteer where the name is
// one (with its coordinates), else as written.
func place(p *Place) parse.Place {
	out, ok := parse.Town(p.City, p.Country)
	if !ok {
		out = parse.Place{Name: p.City, City: p.City, Country: p.Country}
	}
	out.Venue, out.Online = p.Venue, p.Online
	if p.Lat != nil && p.Lon != nil {
		out.Lat, out.Lon, out.HasGeo = *p.Lat, *p.Lon, true
	}
	out.Resolve()
	return out
}
