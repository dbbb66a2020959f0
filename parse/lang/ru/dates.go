package ru

import (
	"regexp"
	"time"

	"github.com/ca-diplomacy/timeline/parse/dates"
)

// The words after "в", "во", "к", "на" that begin a part of a month or a
// year: в конце (июня), в первой половине (2024 года).
const (
	monthParts = "конце|концу|конец|начале|началу|начало|середине|середину|первой|второй"
	yearParts  = monthParts + "|первую|первая|вторую|вторая"
)

// dateRules are its rules for dates.Reader.
var dateRules = (&dates.Language{
	Code: "ru",
	Months: map[string]int{
		"январь": 1, "января": 1, "январе": 1, "янв.": 1,
		"февраль": 2, "февраля": 2, "феврале": 2, "фев.": 2, "февр.": 2,
		"март": 3, "марта": 3, "марте": 3, "мар.": 3,
		"апрель": 4, "апреля": 4, "апреле": 4, "апр.": 4,
		"май": 5, "мая": 5, "мае": 5,
		"июнь": 6, "июня": 6, "июне": 6, "июн.": 6,
		"июль": 7, "июля": 7, "июле": 7, "июл.": 7,
		"август": 8, "августа": 8, "августе": 8, "авг.": 8,
		"сентябрь": 9, "сентября": 9, "сентябре": 9, "сент.": 9, "сен.": 9,
		"октябрь": 10, "октября": 10, "октябре": 10, "окт.": 10,
		"ноябрь": 11, "ноября": 11, "ноябре": 11, "нояб.": 11, "ноя.": 11,
		"декабрь": 12, "декабря": 12, "декабре": 12, "дек.": 12,
	},
	Weekdays: map[string]time.Weekday{
		"понедельник": time.Monday, "вторник": time.Tuesday, "среду": time.Wednesday,
		"среда": time.Wednesday, "четверг": time.Thursday, "пятницу": time.Friday,
		"пятница": time.Friday, "субботу": time.Saturday, "суббота": time.Saturday,
		"воскресенье": time.Sunday,
		// genitive, for spans ("с понедельника по среду")
		"понедельника": time.Monday, "вторника": time.Tuesday, "среды": time.Wednesday,
		"четверга": time.Thursday, "пятницы": time.Friday, "субботы": time.Saturday,
		"воскресенья": time.Sunday,
	},
	DayWords: map[string]int{
		"вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2, "позавчера": -2,
		"сегодня утром": 0, "вчера вечером": -1,
		// сегодняшние переговоры, вчерашняя встреча
		"сегодняшний": 0, "сегодняшняя": 0, "сегодняшнее": 0, "сегодняшние": 0, "сегодняшнего": 0, "сегодняшней": 0, "сегодняшнем": 0, "сегодняшних": 0, "сегодняшнюю": 0, "сегодняшним": 0, "сегодняшними": 0,
		"вчерашний": -1, "вчерашняя": -1, "вчерашнее": -1, "вчерашние": -1, "вчерашнего": -1, "вчерашней": -1, "вчерашнем": -1, "вчерашних": -1, "вчерашнюю": -1, "вчерашним": -1, "вчерашними": -1,
		"завтрашний": 1, "завтрашняя": 1, "завтрашнее": 1, "завтрашние": 1, "завтрашнего": 1, "завтрашней": 1, "завтрашнем": 1, "завтрашних": 1, "завтрашнюю": 1, "завтрашним": 1, "завтрашними": 1,
	},
	Anaphora: map[string]int{
		"накануне": -1, "днем ранее": -1, "днём ранее": -1, "на следующий день": 1,
		"на другой день": 1, "в тот же день": 0, "в этот же день": 0, "в тот день": 0,
		"тем же днем": 0, "тем же днём": 0, "позднее в тот же день": 0,
		"в первой половине дня": 0, "во второй половине дня": 0,
		"через день": 1, "через два дня": 2, "через три дня": 3, "через неделю": 7,
		"двумя днями ранее": -2, "за день до этого": -1,
		"днем позже": 1, "днём позже": 1, "спустя день": 1, "спустя два дня": 2, "два дня спустя": 2,
		"спустя три дня": 3, "три дня спустя": 3, "спустя неделю": 7, "неделю спустя": 7,
	},
	RelWords: map[string]int{
		"этом": 0, "этой": 0, "этого": 0, "текущем": 0, "текущей": 0, "текущего": 0, "нынешнем": 0,
		"прошлом": -1, "прошлой": -1, "прошлого": -1, "минувшем": -1, "минувшей": -1, "минувшего": -1,
		"следующем": 1, "следующей": 1, "следующего": 1, "будущем": 1, "будущей": 1, "будущего": 1,
		"предстоящей": 1, "следующую": 1, "прошлую": -1, "эту": 0, "ближайшую": 1, "ближайший": 1, "следующий": 1, "прошлый": -1, "ближайшее": 1, "следующее": 1, "прошлое": -1,
		"с.г": 0, "с. г": 0, "т.г": 0, "т. г": 0,
	},
	YearAnaphora: map[string]int{"в том же году": 0, "в этом же году": 0, "того же года": 0,
		"в том году": 0, "через год": 1, "годом позже": 1, "годом ранее": -1, "годом раньше": -1},
	Numbers: map[string]int{"один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5,
		"шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10},
	Units: map[string]dates.Unit{
		"неделе": dates.WeekUnit, "неделю": dates.WeekUnit,
		"месяце": dates.MonthUnit, "месяца": dates.MonthUnit,
		"году": dates.YearUnit, "года": dates.YearUnit,
	},
	Future: regexp.MustCompile(`(?:^|[^\p{L}])(?:будет|будут|состоится|состоятся|пройд[её]т|пройдут|ожида[ею]тся|запланирован\p{L}*|намечен\p{L}*|планиру[ею]тся|намерен\p{L}*|предстоит|предстоящ\p{L}*|провед[её]т|проведут|посетит|посетят|примет|примут|отправится|прибудет|прибудут|начн[её]тся|откроется)(?:[^\p{L}]|$)`),
	Macros: map[string]string{
		// 2024 года, 2024 г., 2024 год
		"y":    `(?P<y>{yyyy})(?:\s*(?:года|году|год|гг?\.?))?`,
		"year": `(?:\s+{y}|\s+(?P<rel>{rel})\s+года|\s+(?P<rel>[ст]\.\s?г)\.)?`,
		"wd,":  `(?:(?:в|во)\s+(?P<wd>{weekday}),?\s+)?`,
		"go":   `(?:-?(?:го|е|ого))?`,
	},
	Rules: append(dates.NumericRules(),
		// в том же году, годом позже: from the last year told
		&dates.Rule{Name: "year-anaphor", Starts: []string{"@yearanaphor"},
			Pattern: `(?i:(?P<ya>{yearanaphor}))`, Value: dates.YearAnaphor},
		// девять лет назад, два года назад, год назад: a year, a month
		&dates.Rule{Name: "units-ago", Starts: []string{"# лет|года|год|месяц|месяца|месяцев", "@number лет|года|год|месяц|месяца|месяцев", "год назад", "месяц назад"},
			Pattern: `(?:(?P<n>\d+|{number})\s+)?(?:(?P<yr>лет|года|год)|(?P<mo>месяцев|месяца|месяц))\s+назад`, Value: dates.Ago},
		// 15 ноября 2024 года, 6 августа, 16 июля прошлого года
		&dates.Rule{Name: "d-month-y", Starts: []string{"# @month", "# - го|е|ого", "в @weekday", "во @weekday"},
			Pattern: `{wd,}(?P<d>{d}){go}\s+(?P<m>{month}){year}`, Value: dates.Calendar},
		// 3-4 апреля 2025 г., 12-14 октября
		&dates.Rule{Name: "d-d-month-y", Starts: []string{"# -", "# и"},
			Pattern: `(?P<d>{d}){go}(?:{dash}|\s+и\s+)(?P<d2>{d}){go}\s+(?P<m>{month}){year}`, Value: dates.Calendar},
		// 30 мая – 2 июня 2025 года
		&dates.Rule{Name: "d-month-d-month-y", Starts: []string{"# @month -", "# @month . -", "# - го|е|ого"},
			Pattern: `(?P<d>{d}){go}\s+(?P<m>{month}){dash}(?P<d2>{d}){go}\s+(?P<m2>{month}){year}`, Value: dates.Calendar},
		// с 3 по 5 марта; с 30 мая по 2 июня 2025 года
		&dates.Rule{Name: "s-d-po-d", Starts: []string{"с #", "со #"},
			Pattern: `(?:с|со)\s+(?P<d>{d}){go}(?:\s+(?P<m>{month}))?\s+(?:по|до)\s+(?P<d2>{d}){go}\s+(?P<m2>{month}){year}`, Value: dates.Calendar},
		// в ноябре 2019 года, август 2020 года
		&dates.Rule{Name: "month-y", Starts: []string{"@month ####", "@month @rel", "в @month", "на @month"},
			Pattern: `(?:(?:в|на)\s+)?(?P<m>{month})\s+(?:{y}|(?P<rel>{rel})\s+года)`, Value: dates.Calendar},
		// в конце июня, в начале марта 2024 года, (запланирован) на начало августа
		&dates.Rule{Name: "part-month", Starts: []string{"в " + monthParts, "во " + monthParts, "к " + monthParts, "на " + monthParts, "начале|конце|середине @month"},
			Pattern: `(?:(?:в|во|к|на)\s+)?(?:конц[еу]|конец|начал[оеу]|середин[еу]|перв[ао]й\s+половин[еу]|втор[ао]й\s+половин[еу])\s+(?P<m>{month}){year}`, Value: dates.Calendar},
		// в апреле: a month with no day or year, the nearest in the text's tense
		&dates.Rule{Name: "v-month", Starts: []string{"в @month", "во @month"},
			Pattern: `(?:в|во)\s+(?P<m>{month})`, Value: dates.Calendar},
		// запланирован на ноябрь
		&dates.Rule{Name: "na-month", Starts: []string{"на @month"},
			Pattern: `на\s+(?P<m>{month})`, Value: dates.Calendar},
		// в начале 2024 года, в конце 2023 г.
		&dates.Rule{Name: "part-year", Starts: []string{"в " + yearParts, "во " + yearParts, "к " + yearParts, "на " + yearParts, "начале|конце|середине ####"},
			Pattern: `(?:(?:в|во|к|на)\s+)?(?:конц[еу]|начал[еу]|середин[еу]|перв(?:ой|ую|ая)\s+половин[еуы]|втор(?:ой|ую|ая)\s+половин[еуы])\s+(?P<y>{yyyy})\s*(?:года|г\.)`, Value: dates.Calendar},
		// в 2025 году, на 2021 год, в 2000 году
		&dates.Rule{Name: "v-y", Starts: []string{"в ####", "на ####"},
			Pattern: `(?:в|на)\s+(?P<y>{yyyy})\s*(?:году|год|г\.)`, Value: dates.Calendar},
		// в 1990-е годы, в 1990-х годах
		&dates.Rule{Name: "decade", Starts: []string{"в ####"},
			Pattern: `в\s+(?P<dec>1[89]\d0|20\d0)-(?:е|х)(?:\s+год(?:ы|ах))?`, Value: dates.DecadeValue},
		// на следующей неделе, в прошлом году, в этом месяце
		&dates.Rule{Name: "rel-unit", Starts: []string{"в @rel", "на @rel", "@rel @unit"},
			Pattern: `(?:(?:в|на)\s+)?(?P<rel>{rel})\s+(?P<unit>{unit})`, Value: dates.Relative},
		&dates.Rule{Name: "dayword", Starts: []string{"@dayword"},
			Pattern: `(?P<dw>{dayword})`, Value: dates.DayWord},
		&dates.Rule{Name: "anaphor", Starts: []string{"@anaphor"},
			Pattern: `(?P<an>{anaphor})`, Value: dates.Anaphor},
		// в пятницу, в прошлый понедельник
		// в четверг и пятницу, с понедельника по среду
		&dates.Rule{Name: "weekday-span", Starts: []string{"в @weekday", "во @weekday", "с @weekday", "со @weekday", "@weekday и|-"},
			Pattern: `(?:(?:в|во|с|со)\s+)?(?P<wd>{weekday})(?:\s+(?:и|по)\s+|{dash})(?P<wd2>{weekday})`, Value: dates.WeekdaySpan},
		&dates.Rule{Name: "weekday", Starts: []string{"в @weekday", "во @weekday", "@weekday", "в @rel", "во @rel"},
			Pattern: `(?:(?:в|во)\s+)?(?:(?P<rel>{rel})\s+)?(?P<wd>{weekday})`, Value: dates.WeekdayValue},
	),
}).Compile()
