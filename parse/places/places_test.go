package places_test

import (
	"fmt"
	"strings"
	"testing"

	// the languages tell the gazetteer the endings they add to names
	_ "github.com/ca-diplomacy/timeline/parse/langs"
	"github.com/ca-diplomacy/timeline/parse/places"
)

func describe(g *places.Gazetteer, s string) string {
	var out []string
	for _, h := range g.Find(s) {
		switch h.Kind {
		case places.CityHit:
			out = append(out, "city:"+h.City.Name+"/"+h.City.Country)
		case places.CountryHit:
			out = append(out, "country:"+strings.Join(h.Codes, ","))
		case places.GroupHit:
			out = append(out, "group:"+h.Name+"="+strings.Join(h.Codes, ","))
		}
	}
	return strings.Join(out, " ")
}

// cica is how describe gives the CICA and its members.
const cica = "group:CICA=AF,AZ,BH,BD,KH,CN,EG,IN,IR,IQ,IL,JO,KZ,KG,KW,MN,PK,PS,QA,RU,KR,LK,TJ,TH,TR,AE,UZ,VN"

func TestFind(t *testing.T) {
	g := places.Default()
	for _, c := range []struct{ in, want string }{
		{"The dialogue was held in Washington, D.C., on Monday.", "city:Washington/US"},
		{"Dushanbe hosted a conference of Tajikistan and Uzbekistan.", "city:Dushanbe/TJ country:TJ country:UZ"},
		{"Встреча прошла в Ташкенте с министром Туркменистана.", "city:Tashkent/UZ country:TM"},
		{"Toshkent shahrida Fransiya delegatsiyasi bilan uchrashdi.", "city:Tashkent/UZ country:FR"},
		{"O‘zbekiston rahbari Dushanbega keladi.", "country:UZ city:Dushanbe/TJ"},
		{"в туристической зоне «Аваза» в Туркменистане", "city:Awaza/TM country:TM"},
		{"the Kazakh-Uzbek partnership and the Uzbek-French forum", "country:KZ,UZ country:UZ,FR"},
		{"кыргызско-узбекской границе", "country:KG,UZ"},
		{"the C5+1 foreign ministers met", "group:C5+1=US,KZ,KG,TJ,TM,UZ"},
		{"the presidents of five Central Asian states met", "group:Central Asia=KZ,KG,TJ,TM,UZ"},
		{"Nur-Sultan and Astana are one city", "city:Astana/KZ city:Astana/KZ"},
		{"Shavkat Mirziyoyev met the U.S. envoy", "country:US"},
		{"Let us meet in Tashkent, as the US and USA say", "city:Tashkent/UZ country:US country:US"},
		{"саммит ШОС в Астане и встреча СНГ", "group:SCO=CN,IN,IR,KZ,KG,PK,RU,TJ,UZ,BY city:Astana/KZ group:CIS=AM,AZ,BY,KZ,KG,MD,RU,TJ,UZ"},
		{"ШОСТ, a disco in Moscow, SCO's", "city:Moscow/RU group:SCO=CN,IN,IR,KZ,KG,PK,RU,TJ,UZ,BY"},
		{"саммит Шанхайской организации сотрудничества; Shanxay hamkorlik tashkiloti sammiti; ШҲТ саммити", "group:SCO=CN,IN,IR,KZ,KG,PK,RU,TJ,UZ,BY group:SCO=CN,IN,IR,KZ,KG,PK,RU,TJ,UZ,BY group:SCO=CN,IN,IR,KZ,KG,PK,RU,TJ,UZ,BY"},
		{"Содружества независимых государств; Mustaqil Davlatlar Hamdoʻstligi; МДҲ", "group:CIS=AM,AZ,BY,KZ,KG,MD,RU,TJ,UZ group:CIS=AM,AZ,BY,KZ,KG,MD,RU,TJ,UZ group:CIS=AM,AZ,BY,KZ,KG,MD,RU,TJ,UZ"},
		{"the Shanghai Cooperation Organization (SCO) summit", "group:SCO=CN,IN,IR,KZ,KG,PK,RU,TJ,UZ,BY group:SCO=CN,IN,IR,KZ,KG,PK,RU,TJ,UZ,BY"},
		{"the CICA summit; Conference on Interaction and Confidence Building Measures in Asia; саммит СВМДА", cica + " " + cica + " " + cica},
		{"Cho‘lponotada sammit; Turkistonda forum; Andijonga keldi; Xivada", "city:Cholpon-Ata/KG city:Turkestan/KZ city:Andijan/UZ city:Khiva/UZ"},
		{"саммит ОДКБ; the Eurasian Economic Union; KXShTga a'zo", "group:CSTO=AM,BY,KZ,KG,RU,TJ group:EAEU=AM,BY,KZ,KG,RU group:CSTO=AM,BY,KZ,KG,RU,TJ"},
		{"глава иранского государства и пакистанская делегация; Eron prezidenti", "country:IR country:PK country:IR"},
		// the longest form a word starts with: Turkestan's, not Turkish
		{"в Туркестанскую область и турецкий бизнес", "country:KZ country:TR"},
		// a capital named by its country; money is no capital
		{"in the Kazakh capital, Kyrgyzstan's capital and the capital of Tajikistan", "city:Astana/KZ city:Bishkek/KG city:Dushanbe/TJ"},
		{"attracting Chinese capital to Uzbekistan", "country:CN country:UZ"},
		{"в казахстанской столице и в столице Туркменистана", "city:Astana/KZ city:Ashgabat/TM"},
		{"Qozog‘iston poytaxtida va Тожикистон пойтахтига", "city:Astana/KZ city:Dushanbe/TJ"},
		// Uzbek abbreviations take case endings
		{"ShHTga a'zo davlatlar; МДҲнинг саммити", "group:SCO=CN,IN,IR,KZ,KG,PK,RU,TJ,UZ,BY group:CIS=AM,AZ,BY,KZ,KG,MD,RU,TJ,UZ"},
	} {
		if got := describe(g, c.in); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.in, got, c.want)
		}
	}
}

func ExampleGazetteer_Find() {
	for _, h := range places.Default().Find("Kun.uz: talks in Samarqand") {
		fmt.Println(h.City.Name, h.City.Country, h.City.Lat, h.City.Lon)
	}
	// Output: Samarkand UZ 39.6542 66.9597
}

// multiWord are texts with names of more than one word, inflected,
// wrapped and beside words that begin no name.
var multiWord = []string{
	"Talks in New York, then in Abu Dhabi and in Kuala Lumpur; New Delhi and New Zealand.",
	"В Нью-Йорке и в Нур-Султане; Объединённых Арабских Эмиратах, Республике Узбекистан.",
	"O‘zbekiston Respublikasi, Qirg‘iz Respublikasida, Saudiya Arabistoni, Birlashgan Arab Amirliklari.",
	"Saint Petersburg and Sankt-Peterburg; United States of America, United Kingdom, South Korea, Great Abu.",
	"New\nYork, Abu  Dhabi, Kuala Lumpu, New Y",
}

// Find with the first-word check finds what looking up every phrase finds.
func TestFirstsChangeNothing(t *testing.T) {
	g := places.Default()
	all := places.WithoutFirsts(g)
	if !places.HasFirsts(g) {
		t.Fatal("no name of more than one word")
	}
	for _, s := range append(multiWord, "Toshkentda, Тожикистонга, Nur-Sultan, C5+1 and the Kazakh capital") {
		if got, want := describe(g, s), describe(all, s); got != want {
			t.Errorf("%q: %s, every phrase looked up: %s", s, got, want)
		}
	}
}

func FuzzFind(f *testing.F) {
	f.Add("Toshkentda, Тожикистонга, Nur-Sultan, C5+1 and the Kazakh capital")
	f.Add("\xffО‘zbekiston")
	for _, s := range multiWord {
		f.Add(s)
	}
	g := places.Default()
	all := places.WithoutFirsts(g)
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := describe(g, s), describe(all, s); got != want {
			t.Fatalf("%q: %s, every phrase looked up: %s", s, got, want)
		}
		for _, h := range g.Find(s) {
			if h.Start < 0 || h.End > len(s) || h.Start >= h.End {
				t.Fatalf("hit %d..%d outside %d", h.Start, h.End, len(s))
			}
			if h.Kind == places.CityHit && h.City == nil {
				t.Fatal("a city hit without a city")
			}
		}
	})
}

func TestVenue(t *testing.T) {
	g := places.Default()
	for _, c := range []struct{ s, name, city string }{
		{"The round table was held at KazISS.", "KazISS", "Astana"},
		{"SMTIda Fransiya delegatsiyasi bilan uchrashuv", "ISRS", "Tashkent"},
		{"Президент принял министра в  Акорде.", "Akorda", "Astana"},
		{"Prezident Ko‘ksaroy qarorgohida mehmonni kutib oldi.", "Kuksaroy", "Tashkent"},
		{"The talks took place in the Palace of Nations.", "Palace of Nations", "Dushanbe"},
		{"The kisi of the family", "", ""},
	} {
		name, city := g.Venue(c.s)
		got := ""
		if city != nil {
			got = city.Name
		}
		if name != c.name || got != c.city {
			t.Errorf("Venue(%q) = %q, %q; want %q, %q", c.s, name, got, c.name, c.city)
		}
	}
}
