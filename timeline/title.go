package timeline

import (
	"slices"
	"strconv"
	"strings"

	"github.com/ca-diplomacy/timeline/parse"
	"github.com/ca-diplomacy/timeline/parse/places"
)

// Side is the side of country code in a visit: "host" for the country
// visited (the editor's Host, else the place's country), "guest" for the
// others; "" for other events, or when the country visited is not known.
func (e *Event) Side(code string) string {
	host := e.Host
	if host == "" && !e.Place.Online {
		host = e.Place.Country
	}
	if !isVisit(e.Type) || host == "" || code == "" {
		return ""
	}
	if code == host {
		return "host"
	}
	return "guest"
}

// naming is what an event's mentions say it is called: its own name as the
// text gives it (in English: "Strategic Partnership Dialogue",
// "Intergovernmental Commission"), the ordinal of its sitting and the kind
// of document it signs, each the most informative of the mentions.
type naming struct {
	called, document string
	ordinal          int
}

func namingOf(ms []*parse.Mention) naming {
	var n naming
	for _, m := range ms {
		if len(m.Called) > len(n.called) {
			n.called = m.Called
		}
		if k, err := strconv.Atoi(m.Name); err == nil {
			if n.ordinal == 0 {
				n.ordinal = k
			}
		} else if m.Name != "" && n.document == "" {
			n.document = m.Name
		}
	}
	return n
}

// title is the event's English title, whatever the language of its
// sources: its own name when the text gives one ("12th meeting of the
// Intergovernmental Commission"), else composed of who and what: the
// leaders of talks ("Mirziyoyev – Tokayev talks in Astana"), the guest and
// the host of a visit ("State visit of Kazakhstan's President Tokayev to
// Uzbekistan"), a group for its members ("SCO summit in Astana"). No
// country is named twice; the city is named where it adds to the sides.
func title(e *Event, n naming) string {
	g := places.Default()
	if isVisit(e.Type) {
		return visitTitle(e, g)
	}
	t, proper := kindOf(e, n, g)
	sides, tail := "", ""
	switch {
	case proper: // "Kazakhstan–Uzbekistan Strategic Partnership Dialogue"
	case len(e.Codes) == 1 && len(e.Groups) == 0: // one side named: the other is not known
		c := e.Codes[0]
		if p, ok := leaderOf(e, c); ok && bilateral[e.Type] {
			tail = " of " + g.CountryName(c) + "'s " + p.Office + " " + surname(p.Name)
		} else if c != e.Place.Country {
			tail = " with " + the(g.CountryName(c))
		}
	case bilateral[e.Type] && len(leadersOf(e)) >= 2:
		sides = strings.Join(leadersOf(e), " – ")
	default:
		sides = sidesOf(e, g)
	}
	if sides != "" {
		if body, ok := strings.CutPrefix(t, "meeting of the "); ok {
			t = "meeting of the " + sides + " " + body
		} else {
			t = sides + " " + t
		}
	}
	if n.ordinal > 0 {
		t = ordinal(n.ordinal) + " " + t
	}
	return capitalise(t + tail + where(e, g, t+tail))
}

// kindOf is what the event is: its name when the text gives one ("Strategic
// Partnership Dialogue", "meeting of the Expert Council"), with whether the
// name says its sides too; else its kind ("talks", "memorandum signed").
func kindOf(e *Event, n naming, g *places.Gazetteer) (kind string, proper bool) {
	if n.called != "" && !strings.EqualFold(n.called, labels[e.Type]) {
		kind = n.called
		proper = len(g.Find(dashes.Replace(kind))) > 0
		if e.Type == "council_meeting" && !containsFold(kind, "meeting") && !containsFold(kind, "session") {
			kind = "meeting of the " + kind
		}
		return kind, proper
	}
	if e.Type == "signing" {
		if n.document != "" {
			return n.document + " signed", false
		}
		return "agreements signed", false
	}
	return strings.ToLower(labels[e.Type]), false
}

// dashes joins words as a space: "Kazakhstan–Uzbekistan" names two
// countries.
var dashes = strings.NewReplacer("-", " ", "–", " ")

// the is a country's name as a sentence says it: "the United States".
func the(name string) string {
	if strings.HasPrefix(name, "United ") || strings.HasSuffix(name, " Republic") || strings.HasSuffix(name, "lands") || strings.HasSuffix(name, "pines") {
		return "the " + name
	}
	return name
}

// visitTitle: "State visit of Kyrgyzstan's President Japarov to
// Uzbekistan", "Official visit of Tajikistan to Uzbekistan", "Visit to
// Uzbekistan (Samarkand)"; with no country known to be visited,
// "Turkmenistan – Uzbekistan official visit". The guests are those whose
// leader is named, else the countries, two at most (more are countries
// named around the visit, not its guests).
func visitTitle(e *Event, g *places.Gazetteer) string {
	host := e.Place.Country
	if host == "" && e.City() == "" {
		if sides := sidesOf(e, g); sides != "" {
			return sides + " " + strings.ToLower(labels[e.Type])
		}
		return labels[e.Type]
	}
	var guests, led []string
	for _, c := range e.Codes {
		if c == host {
			continue
		}
		guests = append(guests, g.CountryName(c))
		if p, ok := leaderOf(e, c); ok {
			led = append(led, g.CountryName(c)+"'s "+p.Office+" "+surname(p.Name))
		} else if p, ok := personOf(e, c); ok { // out of the offices the register knows
			led = append(led, g.CountryName(c)+"'s "+surname(p.Name))
		}
	}
	if len(led) > 0 {
		guests = led
	}
	t := labels[e.Type]
	if len(guests) > 0 && len(guests) <= 2 {
		t += " of " + strings.Join(guests, " and ")
	}
	if host == "" {
		return t + " to " + e.City()
	}
	t += " to " + the(g.CountryName(host))
	if c := e.City(); c != "" && !strings.Contains(t, " of ") {
		t += " (" + c + ")"
	}
	return t
}

// sidesOf names the event's countries: a group for its members ("SCO",
// "China – Central Asia"), the group all of whose members take part when
// no group is named ("Germany – Central Asia"), up to three countries by
// name, else only the groups (the place says enough).
func sidesOf(e *Event, g *places.Gazetteer) string {
	rest := slices.Clone(e.Codes)
	names := slices.Clone(e.Groups)
	if len(names) == 0 && len(rest) > 3 {
		if gr := g.GroupOf(rest); gr != "" {
			names = append(names, gr)
		}
	}
	for _, gr := range names {
		ms := g.Members(gr)
		rest = slices.DeleteFunc(rest, func(c string) bool { return slices.Contains(ms, c) })
	}
	if len(rest) > 3 {
		return strings.Join(names, " – ")
	}
	var out []string
	for _, c := range rest {
		out = append(out, g.CountryName(c))
	}
	return strings.Join(append(out, names...), " – ")
}

// where is " in Astana" (the city), " (online)", or " in" the country when
// the title so far does not name it; "" when it says nothing new.
func where(e *Event, g *places.Gazetteer, named string) string {
	switch {
	case e.Place.Online:
		return " (online)"
	case e.City() != "":
		return " in " + e.City()
	case e.Place.Country != "" && !strings.Contains(named, g.CountryName(e.Place.Country)):
		return " in " + the(g.CountryName(e.Place.Country))
	}
	return ""
}

// leadersOf are the surnames of the event's people in office, one a
// country, in the order of the event's countries.
func leadersOf(e *Event) []string {
	var out []string
	for _, c := range e.Codes {
		if p, ok := leaderOf(e, c); ok {
			out = append(out, surname(p.Name))
		}
	}
	if len(out) < len(e.Codes) {
		return nil // a side without its leader: the countries say it evenly
	}
	return out
}

// leaderOf is the first person of e in office who speaks for country c.
func leaderOf(e *Event, c string) (parse.Participant, bool) {
	for _, p := range e.People {
		if p.Code == c && p.Office != "" {
			return p, true
		}
	}
	return parse.Participant{}, false
}

// personOf is the first person of e who speaks for country c.
func personOf(e *Event, c string) (parse.Participant, bool) {
	for _, p := range e.People {
		if p.Kind == "person" && p.Code == c {
			return p, true
		}
	}
	return parse.Participant{}, false
}

func surname(name string) string { return name[strings.LastIndexByte(name, ' ')+1:] }

// ordinal writes n as an English ordinal: 1st, 2nd, 3rd, 12th, 22nd.
func ordinal(n int) string {
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return strconv.Itoa(n) + suffix
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}

// Where is the event's place as a reader says it: "Akorda, Astana,
// Kazakhstan" (its venue, city and country, those known), or "online".
func (e *Event) Where() string {
	var parts []string
	for _, p := range []string{e.Place.Venue, e.City()} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	if c := e.Place.Country; c != "" {
		parts = append(parts, places.Default().CountryName(c))
	}
	if len(parts) == 0 && e.Place.Online {
		return "online"
	}
	return strings.Join(parts, ", ")
}
