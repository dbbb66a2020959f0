package table_test

import (
	"bytes"
	"encoding/csv"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/ca-diplomacy/timeline/corpus"
	"github.com/ca-diplomacy/timeline/parse"
	"github.com/ca-diplomacy/timeline/render/table"
	"github.com/ca-diplomacy/timeline/timeline"
)

func build(texts ...string) *timeline.Timeline {
	var ms []parse.Mention
	for i, t := range texts {
		a := corpus.Article{ID: "a" + strconv.Itoa(i), Text: t, URL: "https://example.org/" + strconv.Itoa(i),
			Outlet: "Outlet " + strconv.Itoa(i%2), Published: time.Date(2025, 3, 20+i, 0, 0, 0, 0, time.UTC)}
		ms = append(ms, parse.Article(a)...)
	}
	return timeline.Build(ms)
}

// TestRoundTrip: the table reads back through encoding/csv with one row
// per event, every row as long as the header, and its numbers and flags
// parse; quotes, commas and line breaks in a title stay in their cell.
func TestRoundTrip(t *testing.T) {
	tl := build(
		"President Kassym-Jomart Tokayev paid a state visit to Uzbekistan on 12 March 2025. He held talks in Tashkent.",
		"On 12 March 2025 Tokayev arrived in Tashkent on a state visit.",
		"The summit in Astana, \"the first\", was held on 14 March 2025.")
	tl.Events[0].Title = "A title, with \"quotes\"\nand a line"
	tl.Events[1].Title = "=HYPERLINK(\"https://example.org\")"
	tl.Events[1].Sources[0].URL = "javascript:alert(1)"
	var b bytes.Buffer
	if err := table.Write(&b, tl.Stream()); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1+len(tl.Events)+len(tl.Undated) {
		t.Fatalf("%d rows for %d events", len(rows)-1, len(tl.Events)+len(tl.Undated))
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for i, r := range rows[1:] {
		if len(r) != len(table.Header) {
			t.Fatalf("row %d has %d cells", i, len(r))
		}
		for _, c := range []string{"sources", "outlets"} {
			if _, err := strconv.Atoi(r[col[c]]); err != nil {
				t.Errorf("row %d %s %q", i, c, r[col[c]])
			}
		}
		for _, c := range []string{"online", "corrected", "confirmed"} {
			if _, err := strconv.ParseBool(r[col[c]]); err != nil {
				t.Errorf("row %d %s %q", i, c, r[col[c]])
			}
		}
		if r[col["lat"]] != "" {
			if _, err := strconv.ParseFloat(r[col["lat"]], 64); err != nil {
				t.Errorf("row %d lat %q", i, r[col["lat"]])
			}
		}
	}
	if got := rows[1][col["title"]]; got != tl.Events[0].Title {
		t.Errorf("title read back as %q", got)
	}
	if got := rows[2][col["title"]]; got != "'"+tl.Events[1].Title {
		t.Errorf("a formula kept as %q", got)
	}
	if got := rows[2][col["first_url"]]; got != "" {
		t.Errorf("a javascript: address kept as %q", got)
	}
	var visit []string
	for _, r := range rows[1:] {
		if r[col["type"]] == "state_visit" {
			visit = r
		}
	}
	if visit == nil || visit[col["host"]] != "UZ" || visit[col["guests"]] != "KZ" || visit[col["sources"]] != "2" || visit[col["outlets"]] != "2" ||
		visit[col["first_date"]] != "2025-03-20" || visit[col["latest_date"]] != "2025-03-21" || visit[col["first_url"]] != "https://example.org/0" {
		t.Errorf("the visit's row: %q", visit)
	}
}

func ExampleWrite() {
	tl := build("On 12 March 2025, the foreign ministers of Uzbekistan and Kazakhstan held talks in Tashkent.")
	table.Write(os.Stdout, tl.Stream())
	// Output:
	// id,start,end,precision,type,cameo,title,status,note,confirmed,host,guests,countries,organizations,place,city,country,lat,lon,online,sources,outlets,first_url,first_date,latest_url,latest_date,corrected
	// 3080cb34d9dc,2025-03-12,2025-03-12,day,talks,046,Kazakhstan – Uzbekistan talks in Tashkent,held,,true,UZ,KZ,KZ;UZ,,"Tashkent, Uzbekistan",Tashkent,UZ,41.2647,69.2163,false,1,1,https://example.org/0,2025-03-20,https://example.org/0,2025-03-20,false
}
