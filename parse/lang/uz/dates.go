package uz

import (
	"regexp"
	"time"

	"github.com/ca-diplomacy/timeline/parse/dates"
)

// dateRules read Latin and Cyrillic script alike. Every apostrophe variant
// (o‘ o' oʻ o` o’) is the same letter, and suffixes (-yil, -yilning, -da,
// -dagi, kuni) attach to the words they follow.
var dateRules = (&dates.Language{
	Code: "uz",
	Months: map[string]int{
		"yanvar": 1, "fevral": 2, "mart": 3, "aprel": 4, "may": 5, "iyun": 6, "iyul": 7,
		"avgust": 8, "sentabr": 9, "sentyabr": 9, "oktabr": 10, "oktyabr": 10,
		"noyabr": 11, "dekabr": 12,
		"yan.": 1, "fev.": 2, "apr.": 4, "avg.": 8, "sen.": 9, "sent.": 9, "okt.": 10,
		"noy.": 11, "dek.": 12,
		"январь": 1, "январ": 1, "февраль": 2, "феврал": 2, "март": 3, "апрель": 4, "апрел": 4,
		"май": 5, "июнь": 6, "июн": 6, "июль": 7, "июл": 7, "август": 8,
		"сентябрь": 9, "сентябр": 9, "октябрь": 10, "октябр": 10, "ноябрь": 11, "ноябр": 11,
		"декабрь": 12, "декабр": 12,
		"mayda": 5, "maydagi": 5, "mayga": 5, "maygacha": 5, "maydan": 5, "mayning": 5,
		// Cyrillic abbreviations, as agencies write datelines ("ТОШКЕНТ, 4 мар")
		"янв": 1, "фев": 2, "мар": 3, "апр": 4, "авг": 8, "сен": 9, "сент": 9,
		"окт": 10, "ноя": 11, "дек": 12,
		"янв.": 1, "фев.": 2, "мар.": 3, "апр.": 4, "авг.": 8, "сен.": 9, "сент.": 9, "окт.": 10, "ноя.": 11, "дек.": 12,
		"майда": 5, "майдаги": 5, "майга": 5, "майгача": 5, "майдан": 5, "майнинг": 5,
	},
	// "may" takes no suffix as a stem ("mayda" is also "small"): its
	// suffixed forms are listed, and read only where a rule expects a month.
	// Suffixed forms of the others: noyabrda, октябрида, sentabrdagi.
	MonthStems: []string{"yanvar", "fevral", "mart", "aprel", "iyun", "iyul", "avgust",
		"sentabr", "sentyabr", "oktabr", "oktyabr", "noyabr", "dekabr",
		"январ", "феврал", "март", "апрел", "июн", "июл", "август", "сентябр",
		"октябр", "ноябр", "декабр"},
	Weekdays: map[string]time.Weekday{
		"dushanba": time.Monday, "seshanba": time.Tuesday, "chorshanba": time.Wednesday,
		"payshanba": time.Thursday, "juma": time.Friday, "shanba": time.Saturday,
		"yakshanba": time.Sunday,
		"душанба":   time.Monday, "сешанба": time.Tuesday, "чоршанба": time.Wednesday,
		"пайшанба": time.Thursday, "жума": time.Friday, "шанба": time.Saturday,
		"якшанба": time.Sunday,
	},
	DayWords: map[string]int{
		"kecha": -1, "kuni kecha": -1, "bugun": 0, "ertaga": 1, "indinga": 2,
		"кеча": -1, "куни кеча": -1, "бугун": 0, "эртага": 1, "индинга": 2,
		"bugungi": 0, "kechagi": -1, "ertangi": 1, "бугунги": 0, "кечаги": -1, "эртанги": 1,
	},
	Anaphora: map[string]int{
		"ertasi kuni": 1, "ertasiga": 1, "o'sha kuni": 0, "shu kuni": 0, "bir kun oldin": -1,
		"kunning birinchi yarmida": 0, "kunning ikkinchi yarmida": 0,
		"куннинг биринчи ярмида": 0, "куннинг иккинчи ярмида": 0,
		"bir kun avval": -1, "bir kun o'tib": 1, "bir kundan keyin": 1, "bir kundan so'ng": 1,
		"ikki kundan keyin": 2, "ikki kundan so'ng": 2, "ikki kun o'tib": 2,
		"uch kundan keyin": 3, "uch kundan so'ng": 3, "uch kun o'tib": 3,
		"bir haftadan keyin": 7, "bir haftadan so'ng": 7, "bir hafta o'tib": 7,
		"эртаси куни": 1, "эртасига": 1, "ўша куни": 0, "шу куни": 0, "бир кун олдин": -1,
		"бир кун аввал": -1, "бир кун ўтиб": 1, "бир кундан кейин": 1, "бир кундан сўнг": 1,
		"икки кундан кейин": 2, "икки кундан сўнг": 2, "икки кун ўтиб": 2,
		"уч кундан кейин": 3, "уч кундан сўнг": 3, "уч кун ўтиб": 3,
		"бир ҳафтадан кейин": 7, "бир ҳафтадан сўнг": 7, "бир ҳафта ўтиб": 7,
	},
	RelWords: map[string]int{
		"joriy": 0, "shu": 0, "bu": 0, "o'tgan": -1, "kelgusi": 1, "kelasi": 1,
		"keyingi": 1,
		"жорий":   0, "шу": 0, "бу": 0, "ўтган": -1, "келгуси": 1, "келаси": 1, "кейинги": 1,
	},
	YearAnaphora: map[string]int{"o'sha yili": 0, "shu yili": 0, "o'sha yilda": 0, "shu yilning o'zida": 0,
		"bir yildan keyin": 1, "bir yil o'tib": 1,
		"ўша йили": 0, "шу йили": 0, "ўша йилда": 0, "бир йилдан кейин": 1, "бир йил ўтиб": 1},
	Numbers: map[string]int{"bir": 1, "ikki": 2, "uch": 3, "to'rt": 4, "besh": 5, "olti": 6, "yetti": 7,
		"sakkiz": 8, "to'qqiz": 9, "o'n": 10, "бир": 1, "икки": 2, "уч": 3, "тўрт": 4, "беш": 5, "олти": 6,
		"етти": 7, "саккиз": 8, "тўққиз": 9, "ўн": 10},
	Units: map[string]dates.Unit{
		"yil": dates.YearUnit, "hafta": dates.WeekUnit, "oy": dates.MonthUnit,
		"йил": dates.YearUnit, "ҳафта": dates.WeekUnit, "хафта": dates.WeekUnit, "ой": dates.MonthUnit,
	},
	// -adi is the present-future (keladi, o‘tkaziladi, bo‘lib o‘tadi);
	// kutilmoqda "is expected", rejalashtirilgan "planned".
	Future: regexp.MustCompile(`(?:ади|adi|kutilmoqda|кутилмоқда|rejalashtiril\p{L}*|режалаштирил\p{L}*|mo.ljallan\p{L}*|мўлжаллан\p{L}*|moqchi|моқчи)(?:[^\p{L}]|$)`),
	Macros: map[string]string{
		// case and possessive endings: noyabrda, 2025-yilning, октябрида
		"sfx": `(?:-?(?:dagi|gacha|ning|idan|ida|iga|ining|dan|da|ni|ga|i|даги|гача|нинг|идан|ида|ига|ининг|дан|да|ни|га|и))?`,
		// 2025-yil, 2025-yilning, 2024 йил
		"yil":  `(?P<y>{yyyy})[-‐\s]?(?:yil|йил)\p{L}*`,
		"kun":  `(?:\s+(?:kuni|kunlari|куни|кунлари)(?:ga|gacha|da|га|гача|да)?)?`,
		"oy":   `(?:\s+(?:oy|ой)\p{L}*)`,
		"dm":   `(?P<d>{d})(?:(?:{dash}|\s+(?:va|ва)\s+)(?P<d2>{d}))?[-‐\s]?(?P<m>{month}){sfx}`,
		"ryil": `(?P<rel>{rel})\s+(?:yil|йил)\p{L}*`,
	},
	Rules: append(dates.NumericRules(),
		// o‘sha yili, bir yildan keyin: from the last year told
		&dates.Rule{Name: "year-anaphor", Starts: []string{"@yearanaphor"},
			Pattern: `(?i:(?P<ya>{yearanaphor}))`, Value: dates.YearAnaphor},
		// to‘qqiz yil oldin, ikki oy avval: a year, a month
		&dates.Rule{Name: "units-ago", Starts: []string{"# yil|йил|oy|ой", "@number yil|йил|oy|ой"},
			Pattern: `(?P<n>\d+|{number})\s+(?:(?P<yr>yil|йил)|(?P<mo>oy|ой))\s+(?:oldin|avval|олдин|аввал)`, Value: dates.Ago},
		// 2025-yilning 26-noyabr kuni; 2023-yilning 15-18-noyabr kunlari
		&dates.Rule{Name: "y-d-month", Starts: []string{"# - yil*|йил* #", "# yil*|йил* #"},
			Pattern: `{yil}\s+{dm}{kun}`, Value: dates.Calendar},
		// 26-noyabr; 18−19-may kunlari; 26–27 май кунлари; 3 октябрида; 21-may 2020-yil; 5 va 6 iyun
		&dates.Rule{Name: "d-month-y", Starts: []string{"# @month", "# - @month|#", "# va|ва #"},
			Pattern: `{dm}(?:\s+{yil})?{kun}`, Value: dates.Calendar},
		// 31 avgust-1 sentabr kunlari, the dash unspaced: "BOKU, 17 avgust –
		// 17 avgust kuni …" is a dateline and the lead's date
		&dates.Rule{Name: "d-month-d-month", Starts: []string{"# @month -", "# - @month -"},
			Pattern: `(?P<d>{d})[-‐\s]?(?P<m>{month})[-‐–—](?P<d2>{d})[-‐\s]?(?P<m2>{month}){sfx}(?:\s+{yil})?{kun}`, Value: dates.Calendar},
		// joriy yil 16-noyabr kuni; жорий йил 16—23 июль
		&dates.Rule{Name: "rel-d-month", Starts: []string{"@rel yil*|йил* #"},
			Pattern: `{ryil}\s+{dm}{kun}`, Value: dates.Calendar},
		// o‘tgan yilning sentabr oyida; joriy yil noyabrida
		&dates.Rule{Name: "rel-month", Starts: []string{"@rel yil*|йил* @month"},
			Pattern: `{ryil}\s+(?P<m>{month}){sfx}{oy}?`, Value: dates.Calendar},
		// 2024-yil noyabr oyida; 2019-yilning noyabrida
		&dates.Rule{Name: "y-month", Starts: []string{"# - yil*|йил* @month", "# yil*|йил* @month"},
			Pattern: `{yil}\s+(?P<m>{month}){sfx}{oy}?`, Value: dates.Calendar},
		// noyabrga rejalashtirilgan, noyabrda, майгача: a month in a case
		// (not "mayda", which is also "small")
		&dates.Rule{Name: "month-case", Starts: []string{"@month"},
			Pattern: `(?P<m>yanvar|fevral|mart|aprel|iyun|iyul|avgust|sent[ay]br|okt[ay]br|noyabr|dekabr|январ|феврал|март|апрел|июн|июл|август|сентябр|октябр|ноябр|декабр)ь?(?:ida|iga|igacha|da|ga|gacha|ида|ига|игача|да|га|гача)(?:[^\p{L}]|$)|(?P<m2>may|май)(?:ga|gacha|га|гача)(?:[^\p{L}]|$)`, Value: dates.Calendar},
		// noyabr oyida; май ойида
		&dates.Rule{Name: "month-oy", Starts: []string{"@month oy*|ой*"},
			Pattern: `(?P<m>{month}){oy}`, Value: dates.Calendar},
		// avgust boshida, mart oxirigacha: the beginning or the end of a month
		&dates.Rule{Name: "month-part", Starts: []string{"@month boshi*|oxiri*|боши*|охири*"},
			Pattern: `(?P<m>{month})\s+(?:boshi|oxiri|боши|охири)\p{L}*`, Value: dates.Calendar},
		// noyabr 2024; сентябрь 2023 йил
		&dates.Rule{Name: "month-y", Starts: []string{"@month ,|####|-"},
			Pattern: `(?P<m>{month}){sfx},?\s+{yil}`, Value: dates.Calendar},
		// 2026-yilda
		&dates.Rule{Name: "y", Starts: []string{"# - yil*|йил*", "# yil*|йил*"},
			Pattern: `{yil}`, Value: dates.Calendar},
		// joriy yil, kelgusi hafta, o‘tgan oy
		&dates.Rule{Name: "rel-unit", Starts: []string{"@rel @unit*"},
			Pattern: `(?P<rel>{rel})\s+(?P<unit>yil|hafta|oy|йил|ҳафта|хафта|ой)\p{L}*`, Value: dates.Relative},
		&dates.Rule{Name: "dayword", Starts: []string{"@dayword"},
			Pattern: `(?P<dw>{dayword})`, Value: dates.DayWord},
		&dates.Rule{Name: "anaphor", Starts: []string{"@anaphor"},
			Pattern: `(?P<an>{anaphor})`, Value: dates.Anaphor},
		// juma kuni, dushanba kuni
		// o‘tgan hafta dushanba kuni, kelgusi haftaning seshanbasi
		&dates.Rule{Name: "week-weekday", Starts: []string{"@rel hafta*|ҳафта*|хафта*"},
			Pattern: `(?P<rel>{rel})\s+(?:hafta|ҳафта|хафта)\p{L}*\s+(?P<wd>{weekday})\p{L}*(?:\s+(?:kuni|куни))?`, Value: dates.WeekdayInWeek},
		// payshanba va juma kunlari, душанба-сешанба кунлари
		&dates.Rule{Name: "weekday-span", Starts: []string{"@weekday va|ва|-"},
			Pattern: `(?P<wd>{weekday})(?:\s+(?:va|ва)\s+|{dash})(?P<wd2>{weekday})(?:\s+(?:kunlari|kuni|кунлари|куни))?`, Value: dates.WeekdaySpan},
		// chorshanba kuni; chorshanba kungi muzokaralar, Wednesday's talks
		&dates.Rule{Name: "weekday", Starts: []string{"@weekday kuni|kungi|куни|кунги"},
			Pattern: `(?P<wd>{weekday})\s+(?:kuni|kungi|куни|кунги)`, Value: dates.WeekdayValue},
	),
}).Compile()
