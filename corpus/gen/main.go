// Command gen writes a deterministic news-like corpus of a given size for
// benchmarks: articles in English, Russian and Uzbek made from the project's
// own sentence templates with varied dates, places, leaders and event
// words, as .txt files with .meta.json beside them, a hundred per folder.
//
//	go run ./corpus/gen -size 100MB -out /tmp/corpus100
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

type lang struct {
	code      string
	months    []string
	cities    []string
	countries []string
	leaders   []string
	events    []string // sentences with {d} {m} {y} {city} {country} {leader} {country2}
	filler    []string
}

var langs = []lang{
	{code: "en",
		months:    []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
		cities:    []string{"Tashkent", "Astana", "Bishkek", "Dushanbe", "Ashgabat", "Samarkand", "Almaty", "Moscow", "Beijing", "Ankara", "Berlin", "Paris", "Baku", "Tokyo", "Seoul"},
		countries: []string{"Uzbekistan", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Russia", "China", "Turkey", "Germany", "France", "Azerbaijan", "Japan"},
		leaders:   []string{"Shavkat Mirziyoyev", "Kassym-Jomart Tokayev", "Sadyr Japarov", "Emomali Rahmon", "Serdar Berdimuhamedov"},
		events: []string{
			"On {d} {m} {y}, President {leader} arrived in {city} on a state visit.",
			"The foreign ministers of {country} and {country2} held talks in {city} on {m} {d}, {y}.",
			"A memorandum on cooperation in energy was signed in {city} on {d} {m} {y}.",
			"The next summit of Central Asian heads of state will be held in {city} on {d} {m} {y}.",
			"On {d}-{d2} {m} {y}, {city} hosted an international forum on connectivity.",
			"President {leader} had a telephone conversation with the leader of {country} on {d} {m}.",
			"The intergovernmental commission of {country} and {country2} met in {city} in {m} {y}.",
		},
		filler: []string{
			"Trade between the two countries grew by 12 percent last year.",
			"The sides discussed transport, water and energy projects.",
			"Experts noted the importance of regional cooperation.",
			"The parties agreed to expand cultural and humanitarian ties.",
			"Earlier, the ministers met on the sidelines of the forum.",
		}},
	{code: "ru",
		months:    []string{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"},
		cities:    []string{"Ташкенте", "Астане", "Бишкеке", "Душанбе", "Ашхабаде", "Самарканде", "Алматы", "Москве", "Пекине", "Баку"},
		countries: []string{"Узбекистана", "Казахстана", "Кыргызстана", "Таджикистана", "Туркменистана", "России", "Китая", "Турции"},
		leaders:   []string{"Шавкат Мирзиёев", "Касым-Жомарт Токаев", "Садыр Жапаров", "Эмомали Рахмон"},
		events: []string{
			"{d} {m} {y} года Президент {leader} прибыл с государственным визитом в столицу.",
			"{d} {m} {y} года в {city} министры иностранных дел {country} и {country2} провели переговоры.",
			"По итогам переговоров {d} {m} подписали соглашение о сотрудничестве.",
			"Консультативная встреча глав государств состоится {d} {m} {y} года в {city}.",
			"С {d} по {d2} {m} {y} года в {city} прошел международный форум.",
			"{d} {m} состоялся телефонный разговор президентов {country} и {country2}.",
		},
		filler: []string{
			"Товарооборот между странами вырос на 12 процентов.",
			"Стороны обсудили вопросы транспорта, водных ресурсов и энергетики.",
			"Эксперты отметили важность регионального сотрудничества.",
			"Стороны договорились расширять культурно-гуманитарные связи.",
		}},
	{code: "uz",
		months:    []string{"yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sentabr", "oktabr", "noyabr", "dekabr"},
		cities:    []string{"Toshkentda", "Ostonada", "Bishkekda", "Dushanbeda", "Ashxobodda", "Samarqandda"},
		countries: []string{"O‘zbekiston", "Qozog‘iston", "Qirg‘iziston", "Tojikiston", "Turkmaniston"},
		leaders:   []string{"Shavkat Mirziyoyev", "Qasim-Jomart To‘qayev", "Sadir Japarov"},
		events: []string{
			"{y}-yil {d}-{m} kuni Prezident {leader} davlat tashrifi bilan keldi.",
			"{y}-yil {d}-{m} kuni {city} {country} va {country2} tashqi ishlar vazirlari muzokaralar o‘tkazdi.",
			"{d}-{m} kuni hamkorlik to‘g‘risidagi memorandum imzolandi.",
			"Davlat rahbarlarining Maslahat uchrashuvi {y}-yil {d}-{m} kuni {city} bo‘lib o‘tadi.",
			"{d}-{d2}-{m} kunlari {city} xalqaro forum bo‘lib o‘tdi.",
		},
		filler: []string{
			"Tovar ayirboshlash hajmi 12 foizga oshdi.",
			"Tomonlar transport, suv va energetika loyihalarini muhokama qildi.",
			"Ekspertlar mintaqaviy hamkorlik muhimligini ta’kidladi.",
		}},
}

func main() {
	size := flag.String("size", "10MB", "corpus size (KB, MB or GB)")
	out := flag.String("out", "", "folder to write (required)")
	seed := flag.Int64("seed", 1, "random seed")
	flag.Parse()
	n, err := parseSize(*size)
	if err != nil || *out == "" {
		fmt.Fprintln(os.Stderr, "usage: gen -size 100MB -out DIR")
		os.Exit(2)
	}
	r := rand.New(rand.NewSource(*seed))
	var total int64
	base := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; total < n; i++ {
		l := langs[i%len(langs)]
		pub := base.AddDate(0, 0, r.Intn(3650))
		text := article(r, l, pub)
		dir := filepath.Join(*out, fmt.Sprintf("%04d", i/100))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		name := filepath.Join(dir, fmt.Sprintf("a%07d", i))
		meta, _ := json.Marshal(map[string]string{"language": l.code, "published": pub.Format("2006-01-02"),
			"url": fmt.Sprintf("https://news.example/%s/%d", l.code, i), "title": fmt.Sprintf("Article %d", i)})
		if err := os.WriteFile(name+".txt", []byte(text), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		if err := os.WriteFile(name+".meta.json", meta, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		total += int64(len(text) + len(meta))
	}
}

// article is four to six paragraphs of three to five sentences, one in three
// an event sentence, the others filler: about 1.6 KB.
func article(r *rand.Rand, l lang, pub time.Time) string {
	var paras []string
	for p := 0; p < 4+r.Intn(3); p++ {
		var ss []string
		for s := 0; s < 3+r.Intn(3); s++ {
			if r.Intn(3) == 0 {
				ss = append(ss, fill(r, l, pub, l.events[r.Intn(len(l.events))]))
			} else {
				ss = append(ss, l.filler[r.Intn(len(l.filler))])
			}
		}
		paras = append(paras, strings.Join(ss, " "))
	}
	return strings.Join(paras, "\n\n") + "\n"
}

func fill(r *rand.Rand, l lang, pub time.Time, t string) string {
	d := pub.AddDate(0, 0, r.Intn(60)-40)
	d1 := d.Day()
	if d1 > 27 {
		d1 = 27
	}
	c1, c2 := r.Intn(len(l.countries)), r.Intn(len(l.countries))
	if c1 == c2 {
		c2 = (c2 + 1) % len(l.countries)
	}
	return strings.NewReplacer(
		"{d}", strconv.Itoa(d1), "{d2}", strconv.Itoa(d1+1), "{m}", l.months[int(d.Month())-1], "{y}", strconv.Itoa(d.Year()),
		"{city}", l.cities[r.Intn(len(l.cities))], "{country}", l.countries[c1], "{country2}", l.countries[c2],
		"{leader}", l.leaders[r.Intn(len(l.leaders))],
	).Replace(t)
}

func parseSize(s string) (int64, error) {
	s = strings.ToUpper(strings.TrimSpace(s))
	mult := int64(1)
	for suf, m := range map[string]int64{"KB": 1 << 10, "MB": 1 << 20, "GB": 1 << 30} {
		if strings.HasSuffix(s, suf) {
			s, mult = strings.TrimSuffix(s, suf), m
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	return n * mult, err
}
