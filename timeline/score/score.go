// Package score measures a timeline against gold annotations (the contract's part 3) with the
// matching rules of the project's reference scorer: within one article, a predicted event matches a
// gold event when their dates overlap at the gold's precision and their types are of one family;
// the best-scoring pairs are taken first, a required gold event before an optional one on a tie. A
// predicted event counts once per article, however many of its quotes come from it.
package score

import (
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/ca-diplomacy/timeline/timeline"
)

// family is the event family of the reference scorer: an unknown type is "?".
func family(t string) string {
	if f := timeline.Family(t); f != "" {
		return f
	}
	return "?"
}

// Event is the part of an event (predicted or gold) the scorer reads.
type Event struct {
	Key          string        `json:"key"`
	Type         string        `json:"type"`
	Title        string        `json:"title"`
	Start        *string       `json:"start"`
	End          *string       `json:"end"`
	Status       string        `json:"status"`
	Place        Place         `json:"place"`
	Participants []Participant `json:"participants"`
	Sources      []Source      `json:"sources"`
	Optional     bool          `json:"optional"`
}

// Place is where an event is.
type Place struct {
	City    string `json:"city"`
	Country string `json:"country"`
	Online  bool   `json:"online"`
}

// Source names the article an event was read from.
type Source struct {
	Article string `json:"article"`
}

// Participant is a country code (gold files write a bare string) or an object with kind and code.
type Participant struct {
	Kind string `json:"kind"`
	Code string `json:"code"`
}

// UnmarshalJSON accepts "UZ" as well as {"kind":"country","code":"UZ"}.
func (p *Participant) UnmarshalJSON(b []byte) error {
	var s string
	if json.Unmarshal(b, &s) == nil {
		*p = Participant{Kind: "country", Code: s}
		return nil
	}
	type plain Participant
	var q plain
	if err := json.Unmarshal(b, &q); err != nil {
		return err
	}
	if q.Kind == "" {
		q.Kind = "country"
	}
	*p = Participant(q)
	return nil
}

// Prediction is the timeline JSON as far as the scorer reads it.
type Prediction struct {
	Events  []Event `json:"events"`
	Undated []Event `json:"undated"`
}

// Gold is one article's annotation.
type Gold struct {
	Article  string  `json:"article"`
	Language string  `json:"language"`
	Events   []Event `json:"events"`
}

// ReadGold reads every *.json file of dir, sorted by name.
func ReadGold(fsys fs.FS, dir string) ([]Gold, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var out []Gold
	for _, n := range names {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		var g Gold
		if err := json.Unmarshal(b, &g); err != nil {
			return nil, fmt.Errorf("%s: %w", n, err)
		}
		out = append(out, g)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no gold files", dir)
	}
	return out, nil
}

// Line is one matched, missed or extra event, for a verbose report.
type Line struct {
	Kind    string // "ok", "MISS" or "EXTRA"
	Article string
	Gold    *Event
	Pred    *Event
}

// Result holds the counts the scorer reports.
type Result struct {
	Articles                int
	TP, FP, FN              int
	StrictType, Exact       int
	CountryOK, CountryN     int
	CityOK, CityN, OnlineOK int
	PartTP, PartFP, PartFN  int
	StatusOK                int
	Multi, Merged           int // gold events told in several articles; of them, shown once
	OverMerged              int // predictions matched to more than one gold key
	UndatedGold, UndatedOK  int
	Languages               map[string]*Counts // by the gold's language, "?" when it names none
	Lines                   []Line
}

// Counts are the event counts of some articles.
type Counts struct{ TP, FP, FN, Articles int }

// F1 of events.
func (c *Counts) F1() float64 {
	if c.TP == 0 {
		return 0
	}
	return 2 * float64(c.TP) / float64(2*c.TP+c.FP+c.FN)
}

func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Precision, Recall and F1 of events.
func (r *Result) Precision() float64 { return ratio(r.TP, r.TP+r.FP) }
func (r *Result) Recall() float64    { return ratio(r.TP, r.TP+r.FN) }
func (r *Result) F1() float64        { return f1(r.Precision(), r.Recall()) }

// parts splits "2024-11-13" into its fields; nil for no date.
func parts(d *string) []string {
	if d == nil || *d == "" {
		return nil
	}
	return strings.Split(*d, "-")
}

func dayRange(e *Event) (s, t []string) {
	s, t = parts(e.Start), parts(e.End)
	if t == nil {
		t = s
	}
	return s, t
}

// dateMatch: the predicted dates overlap the gold ones at the gold's precision; a prediction less
// precise than the gold never matches; an unknown year matches only an unknown year.
func dateMatch(g, p *Event) bool {
	gs, ge := dayRange(g)
	ps, pe := dayRange(p)
	if gs == nil || ps == nil {
		return false
	}
	n := len(gs)
	if len(ps) < n || len(pe) < n {
		return false
	}
	ps, pe = ps[:n], pe[:n]
	if slices.Contains(gs, "XXXX") != slices.Contains(ps, "XXXX") {
		return false
	}
	if len(ge) >= n {
		ge = ge[:n]
	} else {
		ge = gs
	}
	return slices.Compare(ps, ge) <= 0 && slices.Compare(gs, pe) <= 0
}

func dateExact(g, p *Event) bool {
	gs, ge := dayRange(g)
	ps, pe := dayRange(p)
	return slices.Equal(gs, ps) && slices.Equal(ge, pe)
}

func countries(e *Event) map[string]bool {
	out := map[string]bool{}
	for _, p := range e.Participants {
		if p.Kind == "country" && p.Code != "" {
			out[strings.ToUpper(p.Code)] = true
		}
	}
	return out
}

func overlap(a, b map[string]bool) (n int) {
	for k := range a {
		if b[k] {
			n++
		}
	}
	return n
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Score compares pred with the gold articles.
func Score(pred Prediction, golds []Gold) *Result {
	r := &Result{Articles: len(golds), Languages: map[string]*Counts{}}
	gold := map[string][]Event{}
	lang := map[string]string{}
	var order []string
	for _, g := range golds {
		if _, ok := gold[g.Article]; !ok {
			order = append(order, g.Article)
		}
		gold[g.Article] = g.Events
		lang[g.Article] = g.Language
	}
	var dated, undated []*Event
	for i := range pred.Events {
		if parts(pred.Events[i].Start) != nil {
			dated = append(dated, &pred.Events[i])
		} else {
			undated = append(undated, &pred.Events[i])
		}
	}
	for i := range pred.Undated {
		undated = append(undated, &pred.Undated[i])
	}
	byArticle := func(evs []*Event) map[string][]int {
		idx := map[string][]int{}
		for i, e := range evs {
			for _, s := range e.Sources {
				if _, ok := gold[s.Article]; ok && !slices.Contains(idx[s.Article], i) {
					idx[s.Article] = append(idx[s.Article], i) // once per article, however often quoted
				}
			}
		}
		return idx
	}
	pidx, uidx := byArticle(dated), byArticle(undated)
	keyPreds := map[string]map[int]bool{}
	predKeys := map[int]map[string]bool{}

	for _, art := range order {
		before := Counts{TP: r.TP, FP: r.FP, FN: r.FN}
		var gd, gu []*Event
		for i := range gold[art] {
			g := &gold[art][i]
			switch {
			case parts(g.Start) != nil:
				gd = append(gd, g)
			case !g.Optional:
				gu = append(gu, g)
			}
		}
		type pair struct {
			score    float64
			required bool
			gi, pi   int
		}
		var pairs []pair
		for gi, g := range gd {
			for _, pi := range pidx[art] {
				p := dated[pi]
				if !dateMatch(g, p) || family(g.Type) != family(p.Type) {
					continue
				}
				s := float64(2*b2i(g.Type == p.Type)+2*b2i(dateExact(g, p))+b2i(strings.EqualFold(g.Place.Country, p.Place.Country))) +
					float64(overlap(countries(g), countries(p)))/10
				pairs = append(pairs, pair{s, !g.Optional, gi, pi})
			}
		}
		// Best first; ties as Python's reverse sort of tuples breaks them: a required gold event
		// first, then larger indices first.
		sort.SliceStable(pairs, func(i, j int) bool {
			a, b := pairs[i], pairs[j]
			if a.score != b.score {
				return a.score > b.score
			}
			if a.required != b.required {
				return a.required
			}
			if a.gi != b.gi {
				return a.gi > b.gi
			}
			return a.pi > b.pi
		})
		usedG, usedP := map[int]bool{}, map[int]bool{}
		for _, pr := range pairs {
			if usedG[pr.gi] || usedP[pr.pi] {
				continue
			}
			usedG[pr.gi], usedP[pr.pi] = true, true
			g, p := gd[pr.gi], dated[pr.pi]
			if g.Key != "" {
				if keyPreds[g.Key] == nil {
					keyPreds[g.Key] = map[int]bool{}
				}
				keyPreds[g.Key][pr.pi] = true
				if predKeys[pr.pi] == nil {
					predKeys[pr.pi] = map[string]bool{}
				}
				predKeys[pr.pi][g.Key] = true
			}
			if g.Optional {
				continue
			}
			r.count(g, p)
			r.Lines = append(r.Lines, Line{"ok", art, g, p})
		}
		for gi, g := range gd {
			if !usedG[gi] && !g.Optional {
				r.FN++
				r.Lines = append(r.Lines, Line{"MISS", art, g, nil})
			}
		}
		for _, pi := range pidx[art] {
			if !usedP[pi] {
				r.FP++
				r.Lines = append(r.Lines, Line{"EXTRA", art, nil, dated[pi]})
			}
		}
		l := lang[art]
		if l == "" {
			l = "?"
		}
		c := r.Languages[l]
		if c == nil {
			c = &Counts{}
			r.Languages[l] = c
		}
		c.TP += r.TP - before.TP
		c.FP += r.FP - before.FP
		c.FN += r.FN - before.FN
		c.Articles++
		var fams []string
		for _, i := range uidx[art] {
			fams = append(fams, family(undated[i].Type))
		}
		for _, g := range gu {
			r.UndatedGold++
			if i := slices.Index(fams, family(g.Type)); i >= 0 {
				fams = slices.Delete(fams, i, i+1)
				r.UndatedOK++
			}
		}
	}
	told := map[string]int{}
	for _, g := range golds {
		for _, e := range g.Events {
			if e.Key != "" && parts(e.Start) != nil {
				told[e.Key]++
			}
		}
	}
	for k, preds := range keyPreds {
		if told[k] > 1 {
			r.Multi++
			r.Merged += b2i(len(preds) == 1)
		}
	}
	for _, ks := range predKeys {
		r.OverMerged += b2i(len(ks) > 1)
	}
	return r
}

func (r *Result) count(g, p *Event) {
	r.TP++
	r.StrictType += b2i(g.Type == p.Type)
	r.Exact += b2i(dateExact(g, p))
	r.OnlineOK += b2i(g.Place.Online == p.Place.Online)
	if g.Place.Country != "" {
		r.CountryN++
		r.CountryOK += b2i(strings.EqualFold(g.Place.Country, p.Place.Country))
	}
	if city := strings.ToLower(strings.TrimSpace(g.Place.City)); city != "" {
		r.CityN++
		r.CityOK += b2i(city == strings.ToLower(strings.TrimSpace(p.Place.City)))
	}
	gp, pp := countries(g), countries(p)
	n := overlap(gp, pp)
	r.PartTP += n
	r.PartFP += len(pp) - n
	r.PartFN += len(gp) - n
	gs, ps := g.Status, p.Status
	if gs == "" {
		gs = "held"
	}
	if ps == "" {
		ps = "held"
	}
	r.StatusOK += b2i(gs == ps)
}

func pct(n, d int) string {
	if d == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.2f (%d/%d)", ratio(n, d), n, d)
}

func date(d *string) string {
	if d == nil {
		return "None"
	}
	return *d
}

// repr quotes s as Python's repr does, for the reference scorer's layout:
// in single quotes, or in double quotes when s holds a single quote and no
// double one; backslashes, the quote and unprintable runes escaped.
func repr(s string) string {
	q := byte('\'')
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		q = '"'
	}
	var b strings.Builder
	b.WriteByte(q)
	for _, r := range s {
		switch {
		case r == '\\' || r == rune(q):
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case !unicode.IsPrint(r) && r > 0x7f && r <= 0xff:
			fmt.Fprintf(&b, `\x%02x`, r)
		case !unicode.IsPrint(r) && r > 0xff && r <= 0xffff:
			fmt.Fprintf(&b, `\u%04x`, r)
		case !unicode.IsPrint(r) && r > 0xffff:
			fmt.Fprintf(&b, `\U%08x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(q)
	return b.String()
}

func short(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n])
	}
	return s
}

// Report prints the figures in the reference scorer's layout; verbose adds one line per match,
// miss and extra.
func (r *Result) Report(w io.Writer, verbose bool) {
	if verbose {
		for _, l := range r.Lines {
			switch l.Kind {
			case "ok":
				fmt.Fprintf(w, "  ok   %s: %s %s ~ %s %s..%s %s\n", l.Article, l.Gold.Type, date(l.Gold.Start), l.Pred.Type, date(l.Pred.Start), date(l.Pred.End), repr(short(l.Pred.Title, 60)))
			case "MISS":
				fmt.Fprintf(w, "  MISS %s: %s %s %s\n", l.Article, l.Gold.Type, date(l.Gold.Start), repr(short(l.Gold.Title, 70)))
			default:
				fmt.Fprintf(w, "  EXTRA %s: %s %s..%s %s\n", l.Article, l.Pred.Type, date(l.Pred.Start), date(l.Pred.End), repr(short(l.Pred.Title, 70)))
			}
		}
	}
	fmt.Fprintf(w, "events    P=%.2f R=%.2f F1=%.2f  (tp=%d fp=%d fn=%d, %d articles)\n", r.Precision(), r.Recall(), r.F1(), r.TP, r.FP, r.FN, r.Articles)
	fmt.Fprintf(w, "type      exact type on matched: %s\n", pct(r.StrictType, r.TP))
	fmt.Fprintf(w, "date      exact date and precision on matched: %s\n", pct(r.Exact, r.TP))
	fmt.Fprintf(w, "place     country %s  city %s  online %s\n", pct(r.CountryOK, r.CountryN), pct(r.CityOK, r.CityN), pct(r.OnlineOK, r.TP))
	pP, pR := ratio(r.PartTP, r.PartTP+r.PartFP), ratio(r.PartTP, r.PartTP+r.PartFN)
	fmt.Fprintf(w, "countries participant F1 on matched: %.2f (P=%.2f R=%.2f)\n", f1(pP, pR), pP, pR)
	fmt.Fprintf(w, "status    held/planned on matched: %s\n", pct(r.StatusOK, r.TP))
	fmt.Fprintf(w, "merge     events told in several articles shown once: %s; over-merged predictions: %d\n", pct(r.Merged, r.Multi), r.OverMerged)
	fmt.Fprintf(w, "undated   undated gold events reported as undated: %s\n", pct(r.UndatedOK, r.UndatedGold))
	if _, unknown := r.Languages["?"]; len(r.Languages) > 1 || !unknown && len(r.Languages) == 1 {
		var ls []string
		for l := range r.Languages {
			ls = append(ls, l)
		}
		sort.Strings(ls)
		var parts []string
		for _, l := range ls {
			c := r.Languages[l]
			parts = append(parts, fmt.Sprintf("%s F1=%.2f (%d articles)", l, c.F1(), c.Articles))
		}
		fmt.Fprintf(w, "language  %s\n", strings.Join(parts, "  "))
	}
	fmt.Fprintf(w, "score: F1=%.2f date=%.2f P=%.2f R=%.2f\n", r.F1(), ratio(r.Exact, r.TP), r.Precision(), r.Recall())
}
