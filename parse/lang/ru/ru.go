// Package ru is Russian for timeline: its date rules (dates.go), the words
// that name its events and the cues of status, place and clause (ru.go),
// and their test cases (testdata).
package ru

import (
	_ "embed"
	"regexp"

	"github.com/ca-diplomacy/timeline/parse/lang"
	"github.com/ca-diplomacy/timeline/parse/langid"
	"github.com/ca-diplomacy/timeline/parse/places"
)

// adjectives are the demonyms of countries in the language.
//
//go:embed adjectives.tsv
var adjectives string

// Language is Russian.
var Language = &lang.Language{
	Lang:  "ru",
	Dates: dateRules,
	Triggers: []lang.Trigger{
		lang.Trig("summit", `консультативн\p{L}* встреч\p{L}*|саммит\p{L}*|встреч\p{L}* глав государств`),
		lang.Trig("state_visit", `государственн\p{L}* визит\p{L}*`),
		lang.Trig("working_visit", `рабоч\p{L}* визит\p{L}*`),
		lang.Trig("official_visit", `официальн\p{L}* визит\p{L}*`),
		lang.Trig("council_meeting", `заседани\p{L}*[\p{L}\s-]{0,60}?(?:совет|комисси|комитет)\p{L}*|совет\p{L}* глав (?:государств|правительств)`),
		lang.Trig("call", `телефонн\p{L}* (?:разговор|переговор)\p{L}*|по телефону|позвонил\p{L}*|созвонил\p{L}*`),
		lang.Trig("dialogue", `консультаци\p{L}*|стратегическ\p{L}* диалог\p{L}*|диалог\p{L}* (?:стратегическ|политическ|высокого уровня)\p{L}*`),
		lang.Trig("conference", `конференци\p{L}*|кругл\p{L}* стол\p{L}*|семинар\p{L}*`),
		lang.Trig("forum", `форум\p{L}*`),
		lang.Trig("signing", `подписа\p{L}*|подписани\p{L}*|подпиш\p{L}*|принял\p{L}* (?:[\p{L}-]+ ){0,3}(?:декларац|заявлени|коммюнике|дорожн)\p{L}*`),
		lang.Trig("talks", `переговор\p{L}*|(?:неформальн|двусторонн)\p{L}* встреч\p{L}*|совещани\p{L}*|видеоконференци\p{L}*|встреча прошла|провели встреч\p{L}*|встретил(?:ся|ась|ись)|при[её]м\p{L}*|принял\p{L}* (?:[\p{L}-]+ ){0,2}?(?:министр|посл|делегаци|глав|президент|премьер|председател|заместител|генеральн\p{L}* секретар|спецпредставител|специальн\p{L}* представител|вице)\p{L}*`),
		lang.Trig("visit", `визит\p{L}*|посети\p{L}*|посещал\p{L}*|посещени\p{L}*|прибыл\p{L}*|приезжал\p{L}*|прибудет`),
		lang.Sitting("council_meeting", `заседани\p{L}*|сесси[яиюей]`),
		// встреча, встречи: a meeting; встречал, встретили: greeted
		{Type: "talks", Re: lang.Re(`встреч(?:ами|ах|ам|ей|а|и|е|у)?|обсуди\p{L}*|обсуждал\p{L}*|принял\p{L}*`), Weak: true}, // принял посла
	},
	Planned:   lang.Re(`состоится|состоятся|пройд[её]т|пройдут|ожида[ею]тся|запланирован\p{L}*|планиру\p{L}*|будет|будут|предстоит|намерен\p{L}*|предусмотрен\p{L}*|предусматрива\p{L}*|посетит|прибудет|подпишут|подпишет|проведут|провед[её]т|встретится|встретятся|примет участие|примут участие|обсудит|обсудят|отправится|предстоящ\p{L}*|(?:предложил|договорил|решил|пригласил|надеет|рассчитыва)\p{L}*[\p{L}\s,-]{0,60}?(?:провести|принять участие|посетить|встретиться|организовать)`),
	Cancelled: lang.Re(`отмен\p{L}*`),
	Postponed: lang.Re(`перенес\p{L}*|перенесли|отложи\p{L}*|отложен\p{L}*`),
	Moved:     regexp.MustCompile(`(?i)(?:перенес\p{L}*|перенесли|отложи\p{L}*|отложен\p{L}*|сдвину\p{L}*)(?:\s+\p{L}+){0,2}\s+(?:на|до)\s+$`),
	Ended:     lang.Re(`завершил\p{L}*|завершен\p{L}*|закончил\p{L}*|подош\p{L}* к концу`),
	Arrived:   lang.Re(`прибыл\p{L}*|прилетел\p{L}*|приехал\p{L}*`),
	Ongoing:   lang.Re(`проходит|проходят|проходящ\p{L}*|началась|начался|начались|продолжается|в эти (?:минуты|часы)|в настоящее время`),
	Online:    lang.Re(`онлайн|видеоконференц\p{L}*|видеосвяз\p{L}*|по телефону|телефонн\p{L}*`),
	Ahead:     lang.Re(`организаци\p{L}*|подготовк\p{L}*|дат[аыуе]|срок(?:и|ах|ов)|повестк\p{L}*`),
	Topic:     lang.Re(`церемони\p{L}*|срок(?:и|ах|ов)|организаци\p{L}*|подготовк\p{L}*|дат[аыуе]|повестк\p{L}*|программ\p{L}*|вспомина\p{L}*|вспомнил\p{L}*|итог(?:и|ах)|результат(?:ы|ах)|инициатив\p{L}*|наполнени\p{L}*|содержани\p{L}*`),
	// "пригласил посетить" proposes; "по приглашению" (at the
	// invitation of) tells of a visit made
	Proposal:  lang.Re(`(?:пригласи|приглаша)\p{L}*[\p{L}\s,-]{0,60}?\s(?:посетить|приехать|прибыть|совершить|нанести|принять участие)|пригласи\p{L}*|приглаша\p{L}*|приглашени[еяй]|предлож\p{L}*`),
	Reporting: lang.Re(`сообщил\p{L}*|заявил\p{L}*|сообщает|сообщила`),
	// Ташкенте, Москве → Москва
	Places: places.Language{Adjectives: adjectives, Capitals: []places.Capital{
		{Word: "столиц", After: regexp.MustCompile(`^\s+столиц\p{L}*`)},              // казахстанской столице
		{Word: "столиц", Before: regexp.MustCompile(`(?i)(?:^|\s)столиц\p{L}*\s+$`)}, // столице Казахстана
	},
		Endings: []string{"ом", "ой", "ей", "ью", "ии", "ия", "е", "у", "а", "ы", "и", "я", "ю"},
		Restore: []string{"а", "я", "ь", "й", "ия", "о"}},
	// words written with a dot that ends no sentence
	Abbreviations:   []string{"г", "гг", "им", "ул", "пр", "др", "тыс", "млн", "млрд", "руб", "т", "см", "стр", "янв", "фев", "февр", "апр", "авг", "сент", "окт", "нояб", "дек"},
	TimePreposition: `в|во`,
	LangID:          langid.Cue{DefaultCyrillic: true},
	// Go's \b knows only ASCII: a word is edged by a space
	Destination: regexp.MustCompile(`(?i)(?:^|\s)(?:в|во|посетил?\p{L}*)\s+(?:Республик[уеи]\s+)?$`),
	Frame:       lang.Re(`в ходе|в рамках|во время|на полях|в кулуарах|в (?:первый|второй|третий|последний|заключительный) день`),
	Anchor:      lang.Re(`в преддверии|накануне|перед|в ходе подготовки к|к предстоящ\p{L}*`),
	After:       lang.Re(`после|по итогам|по окончании|по завершении|по результатам`),
	Clause:      regexp.MustCompile(`(?i)^\s*(?:(?:\p{L}+\s+){0,2}котор\p{L}*|где|когда|а|но|и|затем|потом|что|чтобы|хотя|поскольку|так как|после того|в то время|сообща\p{L}*|сообщил\p{L}*|передает|передаёт|говорится|заявил\p{L}*)(?:[^\p{L}]|$)`),
	Sequel:      regexp.MustCompile(`(?i)^\s*(?:затем|потом|после этого|далее|позднее|позже|впоследствии|в тот же день)(?:[^\p{L}]|$)`),
	Until:       regexp.MustCompile(`(?i)(?:продл|продолж|длит|длил)\p{L}*\s+(?:до|по)\s+$`),
	Founding:    regexp.MustCompile(`(?i)(?:учрежд|создан|основан|запущен)\p{L}*\s+(?:в|во)?\s*$`),
	Since:       regexp.MustCompile(`(?i)(?:с момента|со времени|с тех пор,? как)[^,.;]{0,40}?$`),
	Ordinal:     regexp.MustCompile(`(?i)(?:^|[^\p{L}\d])(\d{1,3})-(?:е|й|го|ое|ый|ом|я|ая)?\s+|(?:^|\s)(перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят|одиннадцат|двенадцат|тринадцат|четырнадцат|пятнадцат)\p{L}*`),
	Ordinals: map[string]int{"перв": 1, "втор": 2, "трет": 3, "четверт": 4, "четвёрт": 4, "пят": 5, "шест": 6, "седьм": 7,
		"восьм": 8, "девят": 9, "десят": 10, "одиннадцат": 11, "двенадцат": 12, "тринадцат": 13, "четырнадцат": 14, "пятнадцат": 15},
	Names: []lang.EventName{
		lang.Name("council_meeting", `межправ\p{L}*\s+комисси\p{L}*|межправкомисси\p{L}*|\bМПК\b`, "Intergovernmental Commission"),
		lang.Name("council_meeting", `совместн\p{L}* комисси\p{L}*`, "Joint Commission"),
		lang.Name("council_meeting", `экспертн\p{L}* совет\p{L}*`, "Expert Council"),
		lang.Name("council_meeting", `высш\p{L}* межгосударственн\p{L}* совет\p{L}*`, "Supreme Interstate Council"),
		lang.Name("council_meeting", `совет\p{L}* министров иностранных дел`, "Council of Foreign Ministers"),
		lang.Name("council_meeting", `совет\p{L}* глав (?:государств|правительств)`, "Council of Heads of State"),
		lang.Name("summit", `консультативн\p{L}* встреч\p{L}*`, "Consultative Meeting"),
		lang.Name("dialogue", `диалог\p{L}* (?:по )?стратегическо\p{L}* партнерств\p{L}*|стратегическ\p{L}* партнерск\p{L}* диалог\p{L}*`, "Strategic Partnership Dialogue"),
		lang.Name("dialogue", `политическ\p{L}* консультаци\p{L}*`, "Political Consultations"),
		lang.Name("forum", `бизнес-форум\p{L}*|делов\p{L}* форум\p{L}*`, "Business Forum"),
		lang.Name("forum", `инвестиционн\p{L}* форум\p{L}*`, "Investment Forum"),
	},
	Documents: map[string]string{"соглашени": "agreement", "меморандум": "memorandum", "договор": "treaty", "протокол": "protocol",
		"декларац": "declaration", "заявлени": "statement", "программ": "programme", "контракт": "contract", "дорожн": "roadmap",
		"конвенц": "convention"},
	Boilerplate:   regexp.MustCompile(`(?i)^(?:читайте также|читать также|смотрите также|по теме|другие новости|новости по теме|поделиться|комментари)`),
	Credit:        regexp.MustCompile(`(?i)(?:^|[.!?]\s+)(?:фото|источник)\s*:.{0,60}$|^(?:фото|источник|иллюстрация)\s*:|\((?:фото|источник)\s*:[^)]*\)$`),
	Relative:      regexp.MustCompile(`(?i)^\s*(?:(?:\p{L}+\s+){0,2}котор\p{L}*|где)(?:[^\p{L}]|$)`), // "который", "полномочия которого", "в ходе которого"
	And:           regexp.MustCompile(`(?i)(?:^|\s)(?:и|а также)\s`),
	Leaders:       lang.Re(`президент(?:ы|ов|ами|ам)|глав(?:ы|ам|ами)? государств|лидер(?:ы|ов|ами|ам)`),
	Sights:        regexp.MustCompile(`(?i)^\s+(?:в\s+|на\s+)?(?:[\p{L}-]+\s+){0,3}?(?:гала-)?(?:музе|выставк|экспозици|галере|концерт|завод|фабрик|предприяти|мемориал|мавзоле|памятник|комплекс|университет|школ|больниц|парк|павильон|стенд|мечет|собор|храм|театр)\p{L}*`),
	Times:         lang.Re(`(?:\d+|два|три|четыре|пять|шесть|семь|восемь|девять|десять|несколько|много)\s+раза?`),
	Generic:       regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:взаимн\p{L}*|обмен\p{L}*)\s+(?:\p{L}+\s+){0,2}$`),
	Attributive:   regexp.MustCompile(`(?i)^\s*(?:программ|повестк|график|участи|решени|мер[уы]|закон|заявлени|декларац|указ|постановлени|распоряжени)`), // (принял участие, решение, …: no reception; подписал указ: no treaty)
	Body:          lang.Re(`совет\p{L}*|комисси\p{L}*|комитет\p{L}*|МПК|рабоч\p{L}* групп\p{L}*|групп\p{L}* (?:стратегического )?планирования`),
	Bilateral:     lang.Re(`двусторонн\p{L}*`),
	Definite:      regexp.MustCompile(`(?i)(?:^|\s)(?:эт\p{L}*|данн\p{L}*|наш\p{L}*|предыдущ\p{L}*|следующ\p{L}*|очередн\p{L}*|прошл\p{L}*|нынешн\p{L}*|предстоящ\p{L}*)\s+(?:\p{L}+\s+){0,2}$`),
	Demonstrative: regexp.MustCompile(`(?i)(?:^|\s)(?:эт(?:от|ого|ом|им|а|ой|у|и|их)|данн\p{L}+|того же|той же)\s+$`),
	Negation:      regexp.MustCompile(`(?i)(?:^|\s)(?:не|ни|нет)\s+(?:\p{L}+\s+){0,2}$`),
	Duration: []lang.Duration{
		lang.Days(`однодневн\p{L}*`, 1), lang.Days(`двухдневн\p{L}*|продл\p{L}* (?:два|2) дня`, 2),
		lang.Days(`тр[её]хдневн\p{L}*|продл\p{L}* (?:три|3) дня`, 3),
	},
}
