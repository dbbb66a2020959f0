package site

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"slices"
	"strconv"
	"time"

	"github.com/ca-diplomacy/timeline/parse/dates"
	"github.com/ca-diplomacy/timeline/render/html"
	"github.com/ca-diplomacy/timeline/render/ics"
	"github.com/ca-diplomacy/timeline/timeline"
	"github.com/ca-diplomacy/timeline/timeline/parallel"
)

// AgendaSize is how many events the overview shows coming up, and how
// many of the latest held.
const AgendaSize = 20

// builder renders a site from the events of a stream, given in order: a
// year is written once the events of a later year come.
type builder struct {
	o        Options
	emit     func(name string, write func(io.Writer) error) error
	r        *Rendered
	prepared *ics.Prepared
	today    time.Time
	cutoff   time.Time // the first day of the feeds' window

	sum    *html.Tally // of every event, for the overview
	year   int         // of the events in inYear
	inYear []*timeline.Event
	noYear []*timeline.Event // dated without a year: on the page of the undated
	pages  []html.Link       // written, in order
	next   *part             // the last page, written once the one after it is known

	upcoming, latest []*timeline.Event // the agenda
	feed             []*timeline.Event // what the feeds hold
	placeable        int               // events a calendar can show
	archives         []*Feed
}

// part is a page and its events.
type part struct {
	link           html.Link
	dated, undated []*timeline.Event
	heading        string // over its table
	feedFor        string // the year whose feed it links to ("": none)
}

func newBuilder(o Options, emit func(name string, write func(io.Writer) error) error, r *Rendered) *builder {
	today := dates.DateOf(o.Now).Time()
	return &builder{o: o, emit: emit, r: r, today: today, cutoff: today.AddDate(0, -Window, 0),
		prepared: ics.NewPrepared(o.Revisions, o.Now, o.Program), sum: html.NewTally()}
}

// add takes the next run of the stream's dated events.
func (b *builder) add(es []*timeline.Event) error {
	var ds []string // kept with the events, for the pages' keys
	if b.o.Program != "" {
		ds = make([]string, len(es))
		parallel.For(len(es), func(i int) { ds[i] = es[i].Digest(b.o.Program) })
		for i, e := range es {
			e.KeepDigest(b.o.Program, ds[i])
		}
	}
	b.prepared.Add(es, ds)
	b.sum.Add(es, false)
	b.r.Events += len(es)
	for _, e := range es {
		b.agenda(e)
		y := e.Date.Start.Year
		if y == 0 {
			b.noYear = append(b.noYear, e)
			continue
		}
		if y > b.year { // the runs give the events in date order
			if err := b.endYear(); err != nil {
				return err
			}
			b.year = y
		}
		b.inYear = append(b.inYear, e)
		if ics.Placeable(e) {
			b.toFeeds(e)
		}
	}
	return nil
}

// toFeeds puts e in the feeds while they hold it: while the calendar is
// small, or while e is in the window.
func (b *builder) toFeeds(e *timeline.Event) {
	b.placeable++
	if b.o.WholeFeeds || b.placeable <= WholeUpTo || b.inWindow(e) {
		b.feed = append(b.feed, e)
	}
	if !b.o.WholeFeeds && b.placeable == WholeUpTo+1 { // too many: a window from now on
		var kept, gone []*timeline.Event
		for _, f := range b.feed {
			if b.inWindow(f) {
				kept = append(kept, f)
			} else {
				gone = append(gone, f)
			}
		}
		b.feed = kept
		b.prepared.Forget(gone)
	}
}

func (b *builder) inWindow(e *timeline.Event) bool { return !e.LastDay().Time().Before(b.cutoff) }

func (b *builder) windowed() bool { return !b.o.WholeFeeds && b.placeable > WholeUpTo }

// agenda keeps e when it is among the first plans to come or the latest
// events held, as of the run's day.
func (b *builder) agenda(e *timeline.Event) {
	if !e.Dated || e.Date.Start.Year == 0 {
		return
	}
	switch {
	case e.Status == "planned" && e.Note != "cancelled" && !e.LastDay().Time().Before(b.today):
		if len(b.upcoming) < AgendaSize {
			b.upcoming = append(b.upcoming, e)
		}
	case e.Status == "held" && !e.Date.Start.Time().After(b.today):
		b.latest = append(b.latest, e)
		if len(b.latest) > AgendaSize {
			b.latest = b.latest[1:]
		}
	}
}

// endYear writes the year's archive feed and hands its page, or its
// months' pages when it has too many events for one, to be written.
func (b *builder) endYear() error {
	es := b.inYear
	if len(es) == 0 {
		return nil
	}
	b.inYear = nil
	y := strconv.Itoa(b.year)
	f := &Feed{Path: "feeds/year/" + y + ".ics", Name: "Diplomatic calendar: " + y, Group: "year",
		Description: "Diplomatic events of " + y}
	for _, e := range es {
		if ics.Placeable(e) {
			f.Count++
		}
	}
	b.archives = append(b.archives, f)
	if err := b.feedFile(f, es); err != nil {
		return err
	}
	// the texts of the events the feeds do not hold are not needed again
	if b.windowed() {
		var gone []*timeline.Event
		for _, e := range es {
			if !b.inWindow(e) {
				gone = append(gone, e)
			}
		}
		b.prepared.Forget(gone)
	}
	if len(es) <= MonthPagesOver {
		return b.page(&part{link: html.Link{Path: y + ".html", Text: y, Count: len(es), Month: y}, dated: es,
			heading: "Events of " + y, feedFor: y})
	}
	for i := 0; i < len(es); {
		j := i + 1
		for j < len(es) && es[j].Date.Start.Month == es[i].Date.Start.Month {
			j++
		}
		m := es[i].Date.Start.Month
		p := &part{dated: es[i:j:j], feedFor: y}
		if m == 0 { // dated by the year only
			p.link = html.Link{Path: y + ".html", Text: y + ", the year", Count: j - i, Month: y}
			p.heading = "Events of " + y + ", dated by the year only"
		} else {
			name := time.Month(m).String()
			p.link = html.Link{Path: fmt.Sprintf("%s-%02d.html", y, m), Text: name[:3], Count: j - i, Month: fmt.Sprintf("%s-%02d", y, m)}
			p.heading = "Events of " + name + " " + y
		}
		if err := b.page(p); err != nil {
			return err
		}
		i = j
	}
	return nil
}

// page writes the page handed before next, now that the page after it is
// known (next nil: none).
func (b *builder) page(next *part) error {
	p := b.next
	b.next = next
	if p == nil {
		return nil
	}
	nav := []html.Link{{Path: "index.html", Text: "Overview"}}
	if len(b.pages) > 0 {
		prev := b.pages[len(b.pages)-1]
		nav = append(nav, html.Link{Path: prev.Path, Text: "← " + title(prev)})
	}
	if next != nil {
		nav = append(nav, html.Link{Path: next.link.Path, Text: title(next.link) + " →"})
	}
	b.pages = append(b.pages, p.link)
	if b.r.Index != nil {
		b.r.Index.add(p.link.Path, p.dated)
		b.r.Index.add(p.link.Path, p.undated)
	}
	feeds := []html.FeedLink{{Path: "calendar.ics", Name: "Diplomatic calendar"}}
	if p.feedFor != "" {
		feeds = append(feeds, html.FeedLink{Path: "feeds/year/" + p.feedFor + ".ics", Name: p.feedFor, Group: "year"})
	}
	o := html.Options{Title: b.o.Title, Heading: p.heading, Nav: nav, Feeds: feeds, NoLibraries: b.o.NoLibraries}
	key := ""
	if b.o.Program != "" {
		h := sha256.New()
		fmt.Fprintf(h, "page\n%s\n%q\n%v\n%q\n%v\n", b.o.Program, b.o.Title, b.o.NoLibraries, p.heading, nav)
		for _, es := range [][]*timeline.Event{p.dated, p.undated} {
			io.WriteString(h, "events\n")
			for _, e := range es {
				io.WriteString(h, e.Digest(b.o.Program)+"\n")
			}
		}
		key = hex.EncodeToString(h.Sum(nil))
	}
	return b.file(p.link.Path, key, func(w io.Writer) error { return html.WritePage(w, p.dated, p.undated, o) })
}

// title is how a page is named in the links between pages.
func title(l html.Link) string {
	if len(l.Month) == len("2024-03") {
		return l.Text + " " + l.Month[:4]
	}
	return l.Text
}

// finish writes what is left once every dated event was given: the last
// year, the page of the events without a date, the feeds, the overview.
func (b *builder) finish(undated []*timeline.Event) error {
	if err := b.endYear(); err != nil {
		return err
	}
	b.sum.Add(undated, true)
	b.r.Undated = len(undated)
	if n := len(b.noYear) + len(undated); n > 0 {
		err := b.page(&part{link: html.Link{Path: "undated.html", Text: "Without a date", Count: n},
			dated: b.noYear, undated: undated, heading: "Events without a date or a year"})
		if err != nil {
			return err
		}
	}
	if err := b.page(nil); err != nil {
		return err
	}
	feeds := feedsOf(b.feed)
	if b.windowed() {
		feeds[0].Description += fmt.Sprintf("; those to come and those of the last %d months (earlier ones: the yearly feeds)", Window)
	}
	for _, f := range feeds {
		if err := b.feedFile(f, f.Events); err != nil {
			return err
		}
		f.Events = nil
	}
	var links []html.FeedLink
	for _, f := range append(feeds, b.archives...) {
		links = append(links, html.FeedLink{Path: f.Path, Name: f.Name, Group: f.Group, Count: f.Count})
	}
	agenda := slices.Concat(b.latest, b.upcoming)
	slices.SortFunc(agenda, timeline.Compare)
	o := html.Options{Title: b.o.Title, Heading: "Coming up and latest", Feeds: links, Pages: b.pages, NoLibraries: b.o.NoLibraries}
	return b.file("index.html", "", func(w io.Writer) error { return html.WriteOverview(w, b.sum, agenda, o) })
}

// feedFile writes the feed f of events.
func (b *builder) feedFile(f *Feed, events []*timeline.Event) error {
	key := ""
	if b.o.Program != "" {
		var err error
		if key, err = b.prepared.Digest(events, f.Feed()); err != nil {
			return fmt.Errorf("%s: %w", f.Path, err)
		}
	}
	return b.file(f.Path, key, func(w io.Writer) error { return b.prepared.Write(w, events, f.Feed()) })
}

// file emits the file name unless Options.Unchanged reports that it holds
// what key names.
func (b *builder) file(name, key string, write func(io.Writer) error) error {
	b.r.Paths = append(b.r.Paths, name)
	if key != "" {
		b.r.Keys[name] = key
		if b.o.Unchanged != nil && b.o.Unchanged(name, key) {
			b.r.Left++
			return nil
		}
	}
	if err := b.emit(name, write); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}
