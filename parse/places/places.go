// Package places finds places and countries in news text: cities with their
// coordinates from a gazetteer generated from GeoNames, countries by their
// CLDR names and by the adjectives each language gives (AddLanguage), and
// named groups of countries (C5+1, "the Central Asian heads of state").
//
// The data are embedded; parse/places/gen regenerates them (go generate).
package places

//go:generate ./gen/gen.sh

import (
	"bufio"
	"embed"
	"io"
	"iter"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/ca-diplomacy/timeline/parse/prefilter"
	"github.com/ca-diplomacy/timeline/parse/text"
)

//go:embed data/*.tsv
var dataFS embed.FS

// City is a gazetteer entry.
type City struct {
	ID       string
	Name     string // English name
	Country  string // ISO 3166-1 alpha-2
	Lat, Lon float64
	Pop      int
	renames  []rename
}

type rename struct {
	name     string
	from, to string // YYYY-MM-DD, inclusive
}

// NameOn is the city's name on a day (YYYY-MM-DD, or a prefix of one): Astana
// was Nur-Sultan from March 2019 to September 2022.
func (c *City) NameOn(day string) string {
	if day == "" {
		return c.Name
	}
	for _, r := range c.renames {
		if day >= r.from[:len(day)] && day <= r.to[:len(day)] {
			return r.name
		}
	}
	return c.Name
}

// Kind says what a Hit names.
type Kind uint8

// Kinds of hits.
const (
	CityHit Kind = iota + 1
	CountryHit
	GroupHit
)

// Hit is a place or country named in a text.
type Hit struct {
	Start, End int // byte offsets
	Kind       Kind
	City       *City    // CityHit
	Codes      []string // CountryHit: one code; GroupHit: the members
	Name       string   // GroupHit: the group's name
}

// Gazetteer holds the embedded tables.
type Gazetteer struct {
	cities    map[string][]*City // folded name -> cities, most populous first
	countries map[string]string  // folded name -> code
	// firsts holds the first words of the city and country names of more
	// than one word: a phrase whose first word is not one names neither
	// (nil: every phrase is looked up)
	firsts map[string]bool
	stems  map[rune][]stem // adjective stems by their first letter, lower case
	groups []group
	venues []venue
	// the groups' names and the venues' names, each found in one pass
	groupNames, venueNames *prefilter.Set
	names                  map[string]string // code -> English name
	capitals               map[string]*City  // code -> capital
}

// venue is an institution or residence that hosts events.
type venue struct {
	name  string
	city  *City
	names names
}

type stem struct {
	form, code string
	caseSens   bool
}

var (
	once sync.Once
	def  *Gazetteer
)

// Default returns the gazetteer built from the embedded data.
func Default() *Gazetteer {
	once.Do(func() { def = load() })
	return def
}

func rows(name string, fn func([]string)) {
	f, err := dataFS.Open("data/" + name)
	if err != nil {
		panic(err)
	}
	defer f.Close()
	eachRow(f, fn)
}

// eachRow calls fn with the fields of each line of a table but blank lines
// and "#" comments.
func eachRow(r io.Reader, fn func([]string)) {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fn(strings.Split(line, "\t"))
	}
}

func load() *Gazetteer {
	g := &Gazetteer{cities: map[string][]*City{}, countries: map[string]string{}, names: map[string]string{}, stems: map[rune][]stem{}, capitals: map[string]*City{}}
	byID := map[string]*City{}
	addCity := func(f []string) {
		lat, _ := strconv.ParseFloat(f[3], 64)
		lon, _ := strconv.ParseFloat(f[4], 64)
		pop, _ := strconv.Atoi(f[5])
		c := byID[f[0]]
		if c == nil {
			c = &City{ID: f[0]}
			byID[f[0]] = c
		}
		c.Name, c.Country, c.Lat, c.Lon = f[1], f[2], lat, lon
		if pop > c.Pop {
			c.Pop = pop
		}
		g.addCityName(f[1], c)
		if len(f) > 6 && f[6] != "" {
			for _, n := range strings.Split(f[6], "|") {
				g.addCityName(n, c)
			}
		}
	}
	rows("cities.tsv", addCity)
	rows("overrides.tsv", addCity)
	rows("capitals.tsv", func(f []string) {
		if c := byID[f[1]]; c != nil {
			g.capitals[f[0]] = c
		}
	})
	rows("renames.tsv", func(f []string) {
		if c := byID[f[0]]; c != nil {
			c.renames = append(c.renames, rename{f[1], f[2], f[3]})
			g.addCityName(f[1], c)
		}
	})
	// GeoNames keeps Uzbek city districts as places of their own ("Samarqand
	// Shahri", city of Samarkand); "Samarqand shahrida" is the city itself
	for k, cs := range g.cities {
		stem, ok := "", false
		for _, w := range cityWords {
			if stem, ok = strings.CutSuffix(k, " "+w); ok {
				break
			}
		}
		if !ok {
			continue
		}
		for i, c := range cs {
			for _, city := range g.cities[stem] {
				if city.Country == c.Country && city != c {
					cs[i] = city
					break
				}
			}
		}
	}
	for k, cs := range g.cities {
		// most populous first
		for i := 1; i < len(cs); i++ {
			for j := i; j > 0 && cs[j].Pop > cs[j-1].Pop; j-- {
				cs[j], cs[j-1] = cs[j-1], cs[j]
			}
		}
		g.cities[k] = cs
	}
	rows("countries.tsv", func(f []string) {
		g.countries[Fold(f[2])] = f[0]
		if f[1] == "en" {
			if _, ok := g.names[f[0]]; !ok {
				g.names[f[0]] = f[2]
			}
		}
	})
	g.firsts = map[string]bool{}
	for _, names := range []iter.Seq[string]{maps.Keys(g.cities), maps.Keys(g.countries)} {
		for k := range names {
			if ws := words(nil, k); len(ws) >= 2 {
				g.firsts[ws[0].text] = true
			}
		}
	}
	for _, adj := range adjectives {
		eachRow(strings.NewReader(adj), func(f []string) {
			for _, form := range strings.Split(f[1], "|") {
				// capitalised or upper-case short forms (US, РК) must match as written
				r, _ := utf8.DecodeRuneInString(form)
				cs := unicode.IsUpper(r) && (strings.ToUpper(form) == form || len(form) <= 4)
				st := stem{form: foldKeepCase(form, cs), code: f[0], caseSens: cs}
				first, _ := utf8.DecodeRuneInString(Fold(form))
				g.stems[first] = append(g.stems[first], st)
			}
		})
	}
	// the longest form a word starts with is its country: Russian
	// "туркестанская" (Kazakh Turkestan's) is not Uzbek Cyrillic "турк"
	// (Turkish)
	for _, sts := range g.stems {
		slices.SortStableFunc(sts, func(a, b stem) int { return len(b.form) - len(a.form) })
	}
	var res []*prefilter.Regexp
	rows("groups.tsv", func(f []string) {
		gr := newGroup(f)
		g.groups = append(g.groups, gr)
		res = append(res, gr.names.patterns()...)
	})
	g.groupNames = prefilter.NewSet(res...)
	res = nil
	rows("venues.tsv", func(f []string) {
		for _, h := range g.Find(f[1]) {
			if h.Kind == CityHit {
				v := venue{name: f[0], city: h.City, names: readNames(f[2], false)}
				g.venues = append(g.venues, v)
				res = append(res, v.names.patterns()...)
				return
			}
		}
		panic("venues.tsv: no city " + f[1])
	})
	g.venueNames = prefilter.NewSet(res...)
	return g
}

// shortNamePop is the population a city needs for a name shorter than
// four letters to be read as it (Osh, Ufa, Qom): short names of small
// places are mostly words of their own.
const shortNamePop = 150000

func (g *Gazetteer) addCityName(n string, c *City) {
	k := Fold(n)
	if utf8.RuneCountInString(k) < 4 && c.Pop < shortNamePop {
		return
	}
	for _, x := range g.cities[k] {
		if x == c {
			return
		}
	}
	g.cities[k] = append(g.cities[k], c)
}

// CountryName is the English name of a country code.
func (g *Gazetteer) CountryName(code string) string {
	if n, ok := g.names[code]; ok {
		return n
	}
	return code
}

// Members are the member countries of the named group, nil when it is
// not one.
func (g *Gazetteer) Members(group string) []string {
	for _, gr := range g.groups {
		if gr.name == group {
			return gr.members
		}
	}
	return nil
}

// Organization reports whether the named group is an organisation (the
// SCO, the CIS), whose meetings are its own, not a region.
func (g *Gazetteer) Organization(group string) bool {
	for _, gr := range g.groups {
		if gr.name == group {
			return gr.kind == "org"
		}
	}
	return false
}

// GroupOf is the name of the largest group of three or more countries all
// of whose members are among codes; "" when none is.
func (g *Gazetteer) GroupOf(codes []string) string {
	best := group{}
	for _, gr := range g.groups {
		if len(gr.members) >= 3 && len(gr.members) > len(best.members) &&
			!slices.ContainsFunc(gr.members, func(c string) bool { return !slices.Contains(codes, c) }) {
			best = gr
		}
	}
	return best.name
}

// Fold lower-cases s and writes every apostrophe variant as '.
func Fold(s string) string { return text.Fold(s) }

func foldKeepCase(s string, keepCase bool) string {
	if keepCase {
		return text.FoldApostrophes(s)
	}
	return text.Fold(s)
}

// Language is what the gazetteer needs to know of a language to find its
// names as they are written.
type Language struct {
	// Endings are the endings the language adds to names (Ташкенте,
	// Toshkentda, Тожикистонга): a name is tried without them.
	Endings []string
	// Restore are the endings a name may have had where one was cut
	// (Russian nominatives: Ташкент-е, Москв-е → Москва).
	Restore []string
	// Capitals are the ways the language names a country's capital by the
	// country ("the Kazakh capital", "столица Казахстана", "Qozog'iston
	// poytaxti"): the country's name or adjective with the words
	// before and after it.
	Capitals []Capital
	// CityWords follow a name to say it is a city ("shahri"): GeoNames
	// keeps "Samarqand Shahri" as a place of its own, which is the city.
	CityWords []string
	// Adjectives are the language's demonyms, adjectives and short names
	// of countries, a table of lines "CODE<tab>form|form…" ("#" starts a
	// comment). A form is a stem: it matches a word that starts with it.
	// One in upper case, or of four letters or fewer that starts with a
	// capital, matches only as written (US, РК). The code "-" holds forms
	// that start as a country's do but name none (turkiy, Turkic).
	Adjectives string
	// Surname matches a person's surname built on a people's name
	// ("Qozoqboyev", "Turkmanov"): a word it matches is no adjective.
	Surname *regexp.Regexp
}

// Capital is a way to name a capital by its country: Word, in lower case,
// stands in every such name, within 64 bytes of the country's name or
// adjective; Before, when set, is matched against the text before it (it
// ends with $), After against the text after it (it begins with ^); both
// must match.
type Capital struct {
	Word          string
	Before, After *regexp.Regexp
}

// What the languages gave (AddLanguage): endings longest first, restores
// after "" (the name as cut).
var (
	endings    []string
	restore    = []string{""}
	cityWords  []string
	adjectives []string
	capitals   []Capital
	surnames   []*regexp.Regexp
)

// AddLanguage adds what a language writes around names. Languages call it
// from init, before the gazetteer is first used.
func AddLanguage(l Language) {
	endings = append(endings, l.Endings...)
	slices.SortStableFunc(endings, func(a, b string) int { return utf8.RuneCountInString(b) - utf8.RuneCountInString(a) })
	for _, r := range l.Restore {
		if !slices.Contains(restore, r) {
			restore = append(restore, r)
		}
	}
	cityWords = append(cityWords, l.CityWords...)
	capitals = append(capitals, l.Capitals...)
	if l.Adjectives != "" {
		adjectives = append(adjectives, l.Adjectives)
	}
	if l.Surname != nil {
		surnames = append(surnames, l.Surname)
	}
}

type word struct {
	start, end int
	text       string // as written
}

// wordBufs holds buffers for the words of a sentence (*[]word).
var wordBufs = sync.Pool{New: func() any { return new([]word) }}

// words appends the words of s to out.
func words(out []word, s string) []word {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += size
			continue
		}
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
				j += size
				continue
			}
			if (text.IsApostrophe(r) || r == '-') && j+size < len(s) {
				n, _ := utf8.DecodeRuneInString(s[j+size:])
				if unicode.IsLetter(n) {
					j += size
					continue
				}
			}
			break
		}
		out = append(out, word{i, j, s[i:j]})
		i = j
	}
	return out
}

// Venue returns the hosting institution s names ("KazISS", "Akorda") and its
// city, or "" and nil.
func (g *Gazetteer) Venue(s string) (string, *City) {
	f := g.venueNames.Scan(prefilter.Lower(s))
	defer f.Release()
	for _, v := range g.venues {
		if v.names.in(f, s) {
			return v.name, v.city
		}
	}
	return "", nil
}

// spaces lets a space in a hand-kept pattern match any run of white space:
// pages justify text with double spaces and wrap it at line ends.
func spaces(p string) string { return strings.ReplaceAll(p, " ", `\s+`) }

// Find returns the cities, countries and groups named in s, in order, not
// overlapping (a group wins over its parts, a longer name over a shorter).
func (g *Gazetteer) Find(s string) []Hit { return g.FindLower(s, prefilter.Lower(s)) }

// FindLower is Find for a text whose prefilter.Lower form is lower.
func (g *Gazetteer) FindLower(s, lower string) []Hit {
	var hits []Hit
	taken := make([]bool, len(s)+1)
	f := g.groupNames.Scan(lower)
	defer f.Release()
	for _, gr := range g.groups {
		for _, m := range gr.names.find(f, s) {
			kind := GroupHit
			if gr.kind == "country" {
				kind = CountryHit
			}
			hits = append(hits, Hit{Start: m[0], End: m[1], Kind: kind, Codes: gr.members, Name: gr.name})
			for i := m[0]; i < m[1]; i++ {
				taken[i] = true
			}
		}
	}
	buf := wordBufs.Get().(*[]word)
	defer wordBufs.Put(buf)
	ws := words((*buf)[:0], s)
	*buf = ws
	for i := 0; i < len(ws); i++ {
		if taken[ws[i].start] {
			continue
		}
		if h, n := g.match(s, lower, ws, i); n > 0 {
			hits = append(hits, g.capital(s, lower, h))
			i += n - 1
		}
	}
	sortHits(hits)
	return hits
}

// capitalReach is how many bytes around a country's name are read for the
// words naming its capital.
const capitalReach = 64

// capital is h, or, when h is a country named as its capital is ("the
// Kazakh capital"), that capital with the words that name it.
func (g *Gazetteer) capital(s, lower string, h Hit) Hit {
	if h.Kind != CountryHit || len(h.Codes) != 1 || g.capitals[h.Codes[0]] == nil {
		return h
	}
	near := lower[max(0, h.Start-capitalReach):min(len(lower), h.End+capitalReach)]
	name := h.End // the name without a possessive the word carries ("Kyrgyzstan's")
	for _, p := range []string{"'s", "’s"} {
		if strings.HasSuffix(s[h.Start:h.End], p) {
			name -= len(p)
		}
	}
	for _, c := range capitals {
		if !strings.Contains(near, c.Word) {
			continue
		}
		var before, after []int
		if c.Before != nil {
			from := max(0, h.Start-capitalReach)
			if before = c.Before.FindStringIndex(s[from:h.Start]); before == nil {
				continue
			}
			before[0] += from
		}
		if c.After != nil {
			if after = c.After.FindStringIndex(s[name:]); after == nil {
				continue
			}
		}
		start, end := h.Start, h.End
		if before != nil {
			start = before[0]
		}
		if after != nil {
			end = max(end, name+after[1])
		}
		return Hit{Start: start, End: end, Kind: CityHit, City: g.capitals[h.Codes[0]]}
	}
	return h
}

// match tries the names that begin at word i, longest first.
func (g *Gazetteer) match(s, lower string, ws []word, i int) (Hit, int) {
	first, _ := utf8.DecodeRuneInString(ws[i].text)
	upper := unicode.IsUpper(first)
	firstWord := ""
	if upper {
		firstWord = text.FoldApostrophes(lower[ws[i].start:ws[i].end])
	}
	for n := min(4, len(ws)-i); n >= 1 && upper; n-- {
		if n >= 2 && g.firsts != nil && !g.firsts[firstWord] {
			continue // an inflection changes only the last word
		}
		start, end := ws[i].start, ws[i+n-1].end
		phrase := text.FoldApostrophes(lower[start:end])
		for _, cand := range candidates(phrase) {
			if code, ok := g.countries[cand]; ok {
				return Hit{Start: start, End: end, Kind: CountryHit, Codes: []string{code}}, n
			}
			if cs, ok := g.cities[cand]; ok {
				return Hit{Start: start, End: end, Kind: CityHit, City: cs[0]}, n
			}
		}
	}
	var codes []string
	for part := range strings.SplitSeq(ws[i].text, "-") {
		if c := g.stemCode(part); c != "" && c != noCountry && !slices.Contains(codes, c) {
			codes = append(codes, c)
		}
	}
	if len(codes) > 0 {
		return Hit{Start: ws[i].start, End: ws[i].end, Kind: CountryHit, Codes: codes}, 1
	}
	return Hit{}, 0
}

// noCountry is the code of forms that start as a country's stem but name
// none ("turkiy", Turkic, is no "turk"): the longest stem wins, and it is
// none.
const noCountry = "-"

// stemCode is the country whose adjective or short name w is.
func (g *Gazetteer) stemCode(text string) string {
	key := Fold(text)
	first, _ := utf8.DecodeRuneInString(key)
	asWritten := ""
	for _, st := range g.stems[first] {
		w := key
		if st.caseSens {
			if asWritten == "" {
				asWritten = foldKeepCase(text, true)
			}
			w = asWritten
			if w == st.form || (strings.HasPrefix(w, st.form) && len(st.form) > 4) {
				return st.code
			}
			continue
		}
		if strings.HasPrefix(w, st.form) {
			if slices.ContainsFunc(surnames, func(re *regexp.Regexp) bool { return re.MatchString(text) }) {
				return ""
			}
			return st.code
		}
	}
	return ""
}

// candidates are the forms a written name may have in the tables.
func candidates(phrase string) []string {
	out := []string{phrase}
	for _, e := range endings {
		if stem, ok := strings.CutSuffix(phrase, e); ok && utf8.RuneCountInString(stem) >= 3 {
			for _, r := range restore {
				out = append(out, stem+r)
			}
		}
	}
	return out
}

func sortHits(h []Hit) {
	for i := 1; i < len(h); i++ {
		for j := i; j > 0 && h[j].Start < h[j-1].Start; j-- {
			h[j], h[j-1] = h[j-1], h[j]
		}
	}
}
