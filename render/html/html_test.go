package html

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/ca-diplomacy/timeline/parse"
	"github.com/ca-diplomacy/timeline/parse/dates"
	"github.com/ca-diplomacy/timeline/timeline"
)

const evil = `</script><script>window.pwned=1</script><img src=x onerror="window.pwned=2">'";alert(3)//` + "\u2028"

func hostile() *timeline.Timeline {
	return timeline.Build([]parse.Mention{{
		Article: "a" + evil, URL: "javascript:alert(4)", Language: "en", Type: "summit", Status: parse.Held,
		Date: dates.DayValue(2024, 5, 1), Dated: true, Quote: "Quote " + evil,
		Place: parse.Place{City: "Tashkent" + evil, Country: "UZ", Lat: 41.3, Lon: 69.2, HasGeo: true}, Codes: []string{"UZ", "KZ"},
	}})
}

func render(t *testing.T, tl *timeline.Timeline, o Options) string {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, tl, o); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

var scriptTag = regexp.MustCompile(`(?i)<script`)

// Article text cannot add an element, an attribute or a script to the page.
func TestEscaping(t *testing.T) {
	clean := render(t, timeline.Build(nil), Options{})
	page := render(t, hostile(), Options{Feeds: []FeedLink{{Path: "calendar.ics", Name: "All" + evil}}})
	if got, want := len(scriptTag.FindAllString(page, -1)), len(scriptTag.FindAllString(clean, -1)); got != want {
		t.Errorf("%d <script tags, want %d as in a page without articles", got, want)
	}
	for _, bad := range []string{"<img src=x", "window.pwned=1</script>", "javascript:alert", "onerror=\"window"} {
		if strings.Contains(page, bad) {
			t.Errorf("the page holds %q unescaped", bad)
		}
	}
	// the data still says what the article said
	m := regexp.MustCompile(`(?s)<script type="application/json" id="timeline-data">(.*?)</script>`).FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no data element")
	}
	var evs []Event
	if err := json.Unmarshal([]byte(m[1]), &evs); err != nil {
		t.Fatal(err)
	}
	if len(evs) != 1 || !strings.Contains(evs[0].Sources[0].Quote, evil) || evs[0].Sources[0].URL != "" {
		t.Errorf("data %+v", evs)
	}
}

func TestSafeURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://kun.uz/a": "https://kun.uz/a", " HTTP://x.org ": "HTTP://x.org", "javascript:alert(1)": "",
		"JaVaScRiPt:x": "", "data:text/html,x": "", "//evil.org": "", "": "",
	} {
		if got := SafeURL(in); got != want {
			t.Errorf("SafeURL(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestChartsAndFeeds(t *testing.T) {
	page := render(t, hostile(), Options{Feeds: []FeedLink{{Path: "calendar.ics", Name: "All"}, {Path: "feeds/country/UZ.ics", Name: "UZ", Group: "country"}}})
	for _, id := range []string{TimeChart, Heatmap, Map, Graph} {
		if !strings.Contains(page, `id="`+id+`"`) || !strings.Contains(page, `id="option-`+id+`"`) {
			t.Errorf("chart %s missing", id)
		}
	}
	for _, want := range []string{`href="calendar.ics"`, `href="feeds/country/UZ.ics"`} {
		if !strings.Contains(page, want) {
			t.Errorf("no %s", want)
		}
	}
	if Offline() == strings.Contains(page, CDN) {
		t.Errorf("offline %v but CDN mentioned %v", Offline(), strings.Contains(page, CDN))
	}
}

func TestLargeMode(t *testing.T) {
	var ms []parse.Mention
	for i := 0; i < LargeThreshold+10; i++ {
		ms = append(ms, parse.Mention{Article: "a", Offset: i, Type: "talks", Status: parse.Held, Dated: true,
			Date: dates.DayValue(2000+i/365, 1+i%12, 1+i%28), Place: parse.Place{Country: "UZ"}, Codes: []string{"UZ", string(rune('A'+i%26)) + string(rune('A'+i/26%26))}})
	}
	page := render(t, timeline.Build(ms), Options{})
	if !strings.Contains(page, `"large":true`) {
		t.Error("a long series is not drawn in large mode")
	}
}
