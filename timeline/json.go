package timeline

import (
	"time"

	"github.com/ca-diplomacy/timeline/parse/dates"
	"github.com/ca-diplomacy/timeline/parse/places"
)

// JSONVersion is the version of the timeline JSON. Version 2 gave a
// participant's "role" to its side of a visit ("host", "guest") and a
// person's office to "office", and added a source's outlet, title and
// publication date, an event's "confirmed" and "moved_from".
const JSONVersion = 2

// The timeline JSON of the contract, part 2 (see JSONVersion).
type (
	// File is the whole document.
	File struct {
		Version   int         `json:"version"`
		Generated string      `json:"generated"`
		Events    []JSONEvent `json:"events"`
		Undated   []JSONEvent `json:"undated"`
	}
	// JSONEvent is one event.
	JSONEvent struct {
		ID        string  `json:"id"`
		Type      string  `json:"type"`
		Cameo     string  `json:"cameo,omitempty"`
		Title     string  `json:"title"`
		Status    string  `json:"status"`
		Note      string  `json:"note,omitempty"`
		Start     *string `json:"start"`
		End       *string `json:"end"`
		Precision *string `json:"precision"`
		// MovedFrom are the dates a plan put off was moved from.
		MovedFrom    []string          `json:"moved_from,omitempty"`
		Place        JSONPlace         `json:"place"`
		Participants []JSONParticipant `json:"participants"`
		Sources      []JSONSource      `json:"sources"`
		Disagreement []string          `json:"disagreement,omitempty"`
		// Confirmed is false for a plan whose days are over with no report
		// that it was held; absent otherwise.
		Confirmed *bool `json:"confirmed,omitempty"`
		// Corrected marks an event an editor corrected, EditorNote what
		// the editor said of it.
		Corrected  bool   `json:"corrected,omitempty"`
		EditorNote string `json:"editor_note,omitempty"`
	}
	// JSONPlace is where.
	JSONPlace struct {
		Name    string   `json:"name,omitempty"`
		City    string   `json:"city,omitempty"`
		Country string   `json:"country,omitempty"`
		Lat     *float64 `json:"lat,omitempty"`
		Lon     *float64 `json:"lon,omitempty"`
		Online  bool     `json:"online"`
		Venue   string   `json:"venue,omitempty"`
	}
	// JSONParticipant is who.
	JSONParticipant struct {
		Kind string `json:"kind"`
		Name string `json:"name"`
		Code string `json:"code,omitempty"`
		// Role is the side of a visit: "host" or "guest".
		Role   string `json:"role,omitempty"`
		Office string `json:"office,omitempty"` // a person's, on the event's date
	}
	// JSONSource is one article's quote.
	JSONSource struct {
		Article   string `json:"article"`
		URL       string `json:"url,omitempty"`
		Language  string `json:"language,omitempty"`
		Outlet    string `json:"outlet,omitempty"`
		Title     string `json:"title,omitempty"`     // the article's
		Published string `json:"published,omitempty"` // the article's, YYYY-MM-DD
		Quote     string `json:"quote"`
		Offset    int    `json:"offset"`
	}
)

// File returns the contract document of the timeline, its plans aged as
// of generated (see Stream.Aged).
func (tl *Timeline) File(generated time.Time) File {
	age(tl.Events, dates.DateOf(generated))
	f := File{Version: JSONVersion, Generated: generated.UTC().Format(time.RFC3339), Events: []JSONEvent{}, Undated: []JSONEvent{}}
	for _, e := range tl.Events {
		f.Events = append(f.Events, e.JSON())
	}
	for _, e := range tl.Undated {
		f.Undated = append(f.Undated, e.JSON())
	}
	return f
}

// JSON is the event in the contract's shape.
func (e *Event) JSON() JSONEvent {
	j := JSONEvent{ID: e.ID, Type: e.Type, Cameo: CAMEO[e.Type], Title: e.Title, Status: e.Status,
		Note: e.Note, Disagreement: e.Disagreement, Participants: []JSONParticipant{}, Sources: []JSONSource{}}
	if e.Dated {
		s, en, p := e.Date.Start.Format(e.Date.Precision), e.Date.End.Format(e.Date.Precision), e.Date.Precision.String()
		j.Start, j.End, j.Precision = &s, &en, &p
	}
	for _, w := range e.Was {
		j.MovedFrom = append(j.MovedFrom, format(w))
	}
	pl := e.Place
	j.Place = JSONPlace{Name: pl.Name, City: e.City(), Country: pl.Country, Online: pl.Online, Venue: pl.Venue}
	if pl.City != "" {
		j.Place.Name = j.Place.City
	}
	if pl.HasGeo {
		lat, lon := pl.Lat, pl.Lon
		j.Place.Lat, j.Place.Lon = &lat, &lon
	}
	g := places.Default()
	for _, c := range e.Codes {
		j.Participants = append(j.Participants, JSONParticipant{Kind: "country", Name: g.CountryName(c), Code: c, Role: e.Side(c)})
	}
	for _, gr := range e.Groups {
		j.Participants = append(j.Participants, JSONParticipant{Kind: "organization", Name: gr})
	}
	for _, p := range e.People {
		j.Participants = append(j.Participants, JSONParticipant{Kind: "person", Name: p.Name, Code: p.Code, Role: e.Side(p.Code), Office: p.Office})
	}
	for _, s := range e.Sources {
		js := JSONSource{Article: s.Article, URL: s.URL, Language: s.Language, Outlet: s.Outlet, Title: s.Title, Quote: s.Quote, Offset: s.Offset}
		if !s.Published.IsZero() {
			js.Published = s.Published.Format(dates.Day)
		}
		j.Sources = append(j.Sources, js)
	}
	if e.Unconfirmed {
		j.Confirmed = new(bool)
	}
	j.Corrected, j.EditorNote = e.Corrected, e.EditorNote
	return j
}
