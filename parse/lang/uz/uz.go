// Package uz is Uzbek for timeline: its date rules (dates.go), the words
// that name its events and the cues of status, place and clause (uz.go),
// and their test cases (testdata).
package uz

import (
	_ "embed"
	"regexp"
	"strings"

	"github.com/ca-diplomacy/timeline/parse/lang"
	"github.com/ca-diplomacy/timeline/parse/langid"
	"github.com/ca-diplomacy/timeline/parse/places"
	"github.com/ca-diplomacy/timeline/parse/text"
)

// q lets ' stand for every Uzbek apostrophe variant in a pattern.
func q(p string) string { return strings.ReplaceAll(p, "'", text.ApostropheClass) }

// adjectives are the demonyms of countries in the language.
//
//go:embed adjectives.tsv
var adjectives string

// Language is Uzbek, in Latin and Cyrillic letters.
var Language = &lang.Language{
	Lang:  "uz",
	Dates: dateRules,
	Triggers: []lang.Trigger{
		lang.Trig("summit", q(`maslahat uchrashuv\p{L}*|sammit\p{L}*|маслаҳат учрашув\p{L}*|саммит\p{L}*`)),
		lang.Trig("state_visit", `davlat tashrif\p{L}*|давлат ташриф\p{L}*`),
		lang.Trig("working_visit", `ishchi tashrif\p{L}*|amaliy tashrif\p{L}*|ишчи ташриф\p{L}*|амалий ташриф\p{L}*`),
		lang.Trig("official_visit", `rasmiy tashrif\p{L}*|расмий ташриф\p{L}*`),
		lang.Trig("council_meeting", q(`(?:kengash|komissiya|qo'mita)\p{L}* (?:\S+ ){0,2}(?:majlis|yig'ilish)\p{L}*|(?:кенгаш|комиссия|қўмита)\p{L}* (?:\S+ ){0,2}(?:мажлис|йиғилиш)\p{L}*|(?:davlat|hukumat) rahbarlari kengash\p{L}*(?: (?:\S+ ){0,2}(?:majlis|yig'ilish)\p{L}*)?|(?:давлат|ҳукумат) раҳбарлари кенгаш\p{L}*(?: (?:\S+ ){0,2}(?:мажлис|йиғилиш)\p{L}*)?`)),
		lang.Trig("call", q(`telefon orqali|telefon suhbat\p{L}*|telefon muloqot\p{L}*|qo'ng'iroq qil\p{L}*|телефон орқали|телефон суҳбат\p{L}*|телефон мулоқот\p{L}*|қўнғироқ қил\p{L}*`)),
		lang.Trig("dialogue", `trialog\p{L}*|maslahatlashuv\p{L}*|(?:strategik|sheriklik|siyosiy) muloqot\p{L}*|маслаҳатлашув\p{L}*|триалог\p{L}*|(?:стратегик|шериклик|сиёсий) мулоқот\p{L}*`),
		lang.Trig("conference", `konferensiya\p{L}*|конференция\p{L}*|davra suhbat\p{L}*|давра суҳбат\p{L}*|seminar\p{L}*`),
		lang.Trig("forum", q(`forum\p{L}*|форум\p{L}*|ko'rgazma\p{L}*|кўргазма\p{L}*`)),
		lang.Trig("signing", `imzola\p{L}*|имзола\p{L}*|(?:deklaratsiya|bayonot|kommyunike)\p{L}* qabul qil\p{L}*|(?:декларация|баёнот|коммюнике)\p{L}* қабул қил\p{L}*`),
		lang.Trig("talks", q(`muzokara\p{L}*|(?:norasmiy|ikki tomonlama) uchrashuv\p{L}*|(?:норасмий|икки томонлама) учрашув\p{L}*|videokonferensiya\p{L}*|видеоконференция\p{L}*|музокара\p{L}*|uchrash(?:di|ib|adi|ishdi|ishib|ishadi|gan)\p{L}*|учраш(?:ди|иб|ади|ишди|ишиб|ишади|ган)\p{L}*|uchrashuv\p{L}* o'tkaz\p{L}*|учрашув\p{L}* ўтказ\p{L}*|qabul qildi|қабул қилди`)),
		lang.Trig("visit", `tashrif\p{L}*|ташриф\p{L}*|keladi|keldi|келади|келди`),
		lang.Sitting("council_meeting", q(`majlis\p{L}*|yig'ilish\p{L}*|sessiya\p{L}*|мажлис\p{L}*|йиғилиш\p{L}*|сессия\p{L}*`)),
		lang.Weak("talks", `uchrashuv\p{L}*|учрашув\p{L}*`),
	},
	// -adi is the present-future (keladi, o'tkaziladi), but -la-di is the
	// past of verbs in -la (imzoladi "signed", boshladi "began"): after
	// an l, only qiladi, bo'ladi, keladi, oladi and passives in -iladi
	Planned:    lang.Re(q(`\p{L}*[^\P{L}lл](?:adi|ади)|\p{L}*(?:il|ил)(?:adi|ади)|qiladi|bo'ladi|keladi|oladi|қилади|бўлади|келади|олади|\p{L}+(?:aydi|adigan|aydigan|айди|адиган|айдиган)|kutilmoqda|кутилмоқда|kutmoqda|кутмоқда|kutyapti|кутяпти|rejalashtiril\p{L}*|режалаштирил\p{L}*|mo'ljallan\p{L}*|мўлжаллан\p{L}*|umid qil\p{L}*|умид қил\p{L}*|ko'zda tutil\p{L}*|кўзда тутил\p{L}*|bo'lajak|бўлажак|\p{L}+(?:ishga|ишга) (?:kelishib|kelishdi|qaror|келишиб|келишди|қарор)\p{L}*|\p{L}+(?:ish|иш) (?:to'g'risida|haqida|тўғрисида|ҳақида) (?:kelishuv|келишув)\p{L}*`)),
	Cancelled:  lang.Re(`bekor qilindi|бекор қилинди`),
	Postponed:  lang.Re(q(`qoldirildi|ko'chirildi|кечиктирил\p{L}*|қолдирилди|кўчирилди`)),
	Moved:      regexp.MustCompile(q(`(?i)^(?:-?\p{L}+)?\s+(?:ko'chiril|qoldiril|кўчирил|қолдирил)`)),
	Ended:      lang.Re(q(`yakuniga yetdi|yakunlandi|nihoyasiga yetdi|якунига етди|якунланди|ниҳоясига етди`)),
	Arrived:    lang.Re(q(`keldi|yetib keldi|kirib keldi|yetib bordi|келди|етиб келди|кириб келди|етиб борди`)),
	Opening:    lang.Re(`(?:\p{L}+(?:dan|дан)|bilan|билан)\s+(?:boshlan|бошлан)\p{L}*`),
	Ongoing:    lang.Re(q(`davom etmoqda|o'tmoqda|o'tkazilmoqda|boshlandi|hozirda|bo'lib turibdi|давом этмоқда|ўтмоқда|ўтказилмоқда|бошланди|ҳозирда|бўлиб турибди`)),
	Online:     lang.Re(`onlayn|videokonferens\p{L}*|videoaloqa|telefon orqali|онлайн|видеоконференц\p{L}*|видеоалоқа|телефон орқали`),
	Ahead:      lang.Re(q(`tashkil etish|tayyorgarlik|sanasi\p{L}*|sanalari\p{L}*|ташкил этиш|тайёргарлик|санаси\p{L}*|саналари\p{L}*`)),
	Topic:      lang.Re(q(`yuzasidan|юзасидан|haqida (?:ham )?fikr almash\p{L}*|ҳақида (?:ҳам )?фикр алмаш\p{L}*|^\s*(?:yanada\s+)?(?:mustahkamla|rivojlantir|chuqurlashtir|faollashtir|мустаҳкамла|ривожлантир|чуқурлаштир|фаоллаштир)\p{L}*|^\s*(?:bo'yicha|бўйича)|sanasi\p{L}*|sanalari\p{L}*|санаси\p{L}*|саналари\p{L}*|tashkil etish|tayyorgarlik|esla\p{L}*|tashabbus\p{L}*|mazmun\p{L}*|мазмун\p{L}*|ташкил этиш|тайёргарлик|эсла\p{L}*|ташаббус\p{L}*`)),
	Participle: regexp.MustCompile(q(`(?i)\p{L}(?:adigan|ydigan|digan|tigan|gan|kan|qan|адиган|йдиган|диган|тиган|ган|кан|қан)(?:[^\p{L}]|$)`)),
	Purpose:    lang.Re(q(`(?:ishtirok etish|qatnashish) uchun|(?:иштирок этиш|қатнашиш) учун`)),
	// the verbal noun in -(i)sh tells what is to be ("tashrif
	// buyurishini", "o'tkazilishini"), announced or reported ("forumda
	// ishtirok etishini ma'lum qildi"); "-ganini e'lon qildi" is of one
	// done
	Announce: lang.Re(q(`^\s*(?:\p{L}*ish\p{L}*\s+)?e'lon qil\p{L}*|^\s*(?:\p{L}*иш\p{L}*\s+)?эълон қил\p{L}*|` +
		`^\s*(?:(?:\p{L}|')+\s+)?(?:\p{L}|')*ish(?:i|ini)\s+(?:\p{L}+\s+){0,2}?(?:ma'lum qil|xabar ber|bildir|ayt)\p{L}*|` +
		`^\s*(?:\p{L}+\s+)?\p{L}*иш(?:и|ини)\s+(?:\p{L}+\s+){0,2}?(?:маълум қил|хабар бер|билдир|айт)\p{L}*`)),
	Proposal:  lang.Re(q(`taklif qil\p{L}*|taklif et\p{L}*|таклиф қил\p{L}*|таклиф эт\p{L}*|^\s*o'tkazishdan manfaatdor\p{L}*|^\s*ўтказишдан манфаатдор\p{L}*`)),
	Reporting: lang.Re(q(`ma'lum qildi|xabar berdi|dedi|маълум қилди|хабар берди`)),
	// Toshkentda, Тожикистонга; "Samarqand shahri", the city of Samarkand
	Places: places.Language{Adjectives: adjectives,
		// a surname on a people's name: Qozoqboyev, O'zbekov, Turkmanova
		Surname: regexp.MustCompile(q(`^\p{Lu}(?:\p{L}|')*(?:[oe]va?|yeva?|ов|ев|ова|ева)$`)),
		Capitals: []places.Capital{
			{Word: "poytaxt", After: regexp.MustCompile(`^\s+poytaxt\p{L}*`)}, // Qozog'iston poytaxtida
			{Word: "пойтахт", After: regexp.MustCompile(`^\s+пойтахт\p{L}*`)},
		},
		// after k and q the dative is -ka, -qa (Bishkekka, Iroqqa)
		Endings:   []string{"dagi", "ning", "dan", "ga", "ka", "qa", "da", "ni", "lik", "даги", "нинг", "дан", "га", "ка", "қа", "да", "ни"},
		CityWords: []string{"shahri", "шаҳри"}},
	// words written with a dot that ends no sentence
	Abbreviations:   []string{"y", "sh", "mln", "mlrd", "yan", "fev", "avg", "okt", "noy", "dek"},
	TimePreposition: `da`,
	// ў and ҳ (қ and ғ are Kazakh letters too); words the trigram
	// profiles miss in short texts
	LangID: langid.Cue{Letters: "ўҳЎҲ", Words: regexp.MustCompile(`(?i)\b(?:va|bilan|uchun|bo` + text.ApostropheClass + `yicha|o` + text.ApostropheClass + `zbekiston|yil|kuni|haqida|prezidenti)\b`)},
	// the dative tells where a visit goes, the locative where a summit
	// or a visit is held: "Tojikistonga", "Xitoyda", "Qirg‘iziston
	// Respublikasiga"
	ToEndings: []string{"ga", "ka", "qa", "га", "ка", "қа", "da", "да"},
	ToAfter:   regexp.MustCompile(`^\s+(?i:respublikasi|республикаси)(?:ga|га|da|да)(?:[^\p{L}]|$)`),
	Frame:     lang.Re(q(`doirasida|chog'ida|davomida|vaqtida|chetida|hoshiyasida|(?:birinchi|ikkinchi|uchinchi|so'nggi|oxirgi) kuni\p{L}*|четида|ҳошиясида|доирасида|чоғида|давомида|вақтида|(?:биринчи|иккинчи|учинчи|сўнгги|охирги) куни\p{L}*`)),
	Anchor:    lang.Re(q(`arafasida|oldidan|арафасида|олдидан`)),
	After:     lang.Re(q(`yakunida|yakun(?:lar)?i bo'yicha|natijalari bo'yicha|keyin|so'ng|якунида|якун(?:лар)?и бўйича|натижалари бўйича|кейин|сўнг`)),
	// "…, deb ma'lum qildi": what is said ends at "deb"
	Clause: regexp.MustCompile(q(`(?i)^\s*(?:va|ammo|lekin|biroq|shuningdek|keyin|deb|ва|аммо|лекин|бироқ|шунингдек|кейин|деб|(?:\S+\s+){1,5}(?:esa|эса))(?:[^\p{L}]|$)`)),
	Sequel: regexp.MustCompile(q(`(?i)^\s*(?:shundan (?:so'ng|keyin)|undan (?:so'ng|keyin)|so'ngra|so'ng|keyinroq|keyin|o'sha kuni|шундан (?:сўнг|кейин)|ундан (?:сўнг|кейин)|сўнгра|сўнг|кейинроқ|кейин|ўша куни)(?:[^\p{L}]|$)`)),
	Since:  regexp.MustCompile(q(`(?i)^\p{L}*\s+(?:beri|buyon|бери|буён)(?:[^\p{L}]|$)`)),
	Until:  regexp.MustCompile(q(`(?i)^\S*(?:gacha|гача)\s+(?:davom|давом)|^\S*\s+(?:qadar|қадар)\s+(?:davom|давом)`)),
	// a date qualifying a noun ("2025 yilning", "1996 yilgi"), not one of
	// a day ("5-iyun kuni … bag'ishlangan forum")
	Dedicated: regexp.MustCompile(q(`(?i)^\p{L}*(?:ning|нинг|gi|ги)\s[^.;,]*?(?:bag'ishlan|бағишлан)`)),
	Founding:  regexp.MustCompile(q(`(?i)^\p{L}*\s+(?:tashkil etil|ta'sis etil|yaratil|ташкил этил|таъсис этил)`)),
	Ordinal:   regexp.MustCompile(q(`(?i)(?:^|[^\p{L}\d])(\d{1,3})-|(?:^|\s)(birinchi|ikkinchi|uchinchi|to'rtinchi|beshinchi|oltinchi|yettinchi|sakkizinchi|to'qqizinchi|o'ninchi|биринчи|иккинчи|учинчи|тўртинчи|бешинчи|олтинчи|еттинчи|саккизинчи|тўққизинчи|ўнинчи)\s`)),
	Ordinals: map[string]int{"birinchi": 1, "ikkinchi": 2, "uchinchi": 3, "to'rtinchi": 4, "beshinchi": 5, "oltinchi": 6,
		"yettinchi": 7, "sakkizinchi": 8, "to'qqizinchi": 9, "o'ninchi": 10, "биринчи": 1, "иккинчи": 2, "учинчи": 3,
		"тўртинчи": 4, "бешинчи": 5, "олтинчи": 6, "еттинчи": 7, "саккизинчи": 8, "тўққизинчи": 9, "ўнинчи": 10},
	Names: []lang.EventName{
		lang.Name("council_meeting", q(`hukumatlararo komissiya\p{L}*|ҳукуматлараро комиссия\p{L}*`), "Intergovernmental Commission"),
		lang.Name("council_meeting", q(`qo'shma komissiya\p{L}*|қўшма комиссия\p{L}*`), "Joint Commission"),
		lang.Name("council_meeting", q(`ekspertlar kengash\p{L}*|экспертлар кенгаш\p{L}*`), "Expert Council"),
		lang.Name("council_meeting", q(`oliy davlatlararo kengash\p{L}*|олий давлатлараро кенгаш\p{L}*`), "Supreme Interstate Council"),
		lang.Name("council_meeting", q(`tashqi ishlar vazirlari kengash\p{L}*|ташқи ишлар вазирлари кенгаш\p{L}*`), "Council of Foreign Ministers"),
		lang.Name("council_meeting", q(`davlat rahbarlari kengash\p{L}*|давлат раҳбарлари кенгаш\p{L}*`), "Council of Heads of State"),
		lang.Name("council_meeting", q(`hukumat rahbarlari kengash\p{L}*|ҳукумат раҳбарлари кенгаш\p{L}*`), "Council of Heads of Government"),
		lang.Name("summit", q(`maslahat uchrashuv\p{L}*|маслаҳат учрашув\p{L}*`), "Consultative Meeting"),
		lang.Name("dialogue", q(`strategik sheriklik (?:bo'yicha )?muloqot\p{L}*|стратегик шериклик (?:бўйича )?мулоқот\p{L}*`), "Strategic Partnership Dialogue"),
		lang.Name("dialogue", q(`siyosiy maslahatlashuv\p{L}*|сиёсий маслаҳатлашув\p{L}*`), "Political Consultations"),
		lang.Name("forum", q(`biznes[- ]forum\p{L}*|бизнес[- ]форум\p{L}*`), "Business Forum"),
		lang.Name("forum", q(`investitsiya(?:viy)? forum\p{L}*|инвестиция(?:вий)? форум\p{L}*`), "Investment Forum"),
	},
	Documents: map[string]string{"bitim": "agreement", "kelishuv": "agreement", "memorandum": "memorandum", "shartnoma": "treaty",
		"protokol": "protocol", "deklaratsiya": "declaration", "bayonot": "statement", "dastur": "programme", "kontrakt": "contract",
		"битим": "agreement", "келишув": "agreement", "меморандум": "memorandum", "шартнома": "treaty", "протокол": "protocol",
		"декларация": "declaration", "баёнот": "statement", "дастур": "programme"},
	Boilerplate: regexp.MustCompile(q(`(?i)^(?:shuningdek o'qing|mavzuga oid|boshqa yangiliklar|ulashish|izohlar|шунингдек ўқинг|мавзуга оид|бошқа янгиликлар|изоҳлар)`)),
	Credit:      regexp.MustCompile(`(?i)(?:^|[.!?]\s+)(?:foto|rasm|фото|расм)\s*:.{0,60}$|^(?:foto|rasm|manba|фото|расм|манба)\s*:|\((?:foto|manba|фото|манба)\s*:[^)]*\)$`),
	And:         regexp.MustCompile(`(?i)(?:^|\s)(?:va|hamda|ва|ҳамда)\s`),
	HeadFinal:   true,
	Preparing:   lang.Re(`tayyorgarlik\p{L}*|тайёргарлик\p{L}*`),
	Programme:   lang.Re(q(`tashrif dastur\p{L}*|dastur\p{L}*ga ko'ra|ташриф дастур\p{L}*|дастур\p{L}*га кўра`)),
	Gapped:      regexp.MustCompile(`(?i)^\s*(?:\S+\s+){1,5}(?:esa|эса)(?:\P{L}|$)`),
	Past:        lang.Re(q(`bo'lib o'tdi|o'tgan|bo'lgan|o'tkazildi|o'tkazilgan|o'tkazdi|o'tkazgan|imzolandi|imzolangan|imzoladi|uchrashdi|uchrashgan|бўлиб ўтди|ўтган|бўлган|ўтказилди|ўтказилган|ўтказди|ўтказган|имзоланди|имзоланган|имзолади|учрашди|учрашган`)),
	PlanMade:    regexp.MustCompile(`(?i)^\s*(?:\p{L}+(?:gan|ган)\s+)?(?:edi|эди)(?:\P{L}|$)`),
	Sides:       lang.Re(`tomonlar\p{L}*|томонлар\p{L}*`),
	Leaders:     lang.Re(`prezidentlar\p{L}*|rahbarlar\p{L}*|yetakchilar\p{L}*|президентлар\p{L}*|раҳбарлар\p{L}*|етакчилар\p{L}*`),
	Sights:      regexp.MustCompile(q(`(?i)(?:muzey|ko'rgazma|konsert|zavod|fabrika|korxona|majmua|memorial|maqbara|yodgorlik|universitet|maktab|shifoxona|bog'|pavilon|stend|masjid|teatr|музей|кўргазма|концерт|завод|фабрика|корхона|мажмуа|мемориал|мақбара|ёдгорлик|университет|мактаб|шифохона|боғ|павильон|стенд|масжид|театр)\p{L}*(?:ga|га)\s+$`)),
	Times:       lang.Re(q(`(?:\d+|ikki|uch|to'rt|besh|olti|yetti|sakkiz|to'qqiz|o'n|bir necha|ko'p|икки|уч|тўрт|беш|олти|етти|саккиз|тўққиз|ўн|бир неча|кўп)\s+(?:marta|bor|марта|бор)`)),
	About:       regexp.MustCompile(q(`(?i)^[^,.;]{0,60}?(?:ochish|tashkil etish|qurish|barpo etish|очиш|ташкил этиш|қуриш|барпо этиш)\s+(?:to'g'risidagi|haqidagi|тўғрисидаги|ҳақидаги)`)),
	Framework: lang.Marked(q(`^(?:\s*[–—-]?\s*<name>)*["”»]?(?:(?:\s*,\s*|\s+(?:va|hamda|ва|ҳамда)\s+)["“«]?<name>(?:\s*[–—-]?\s*<name>)*["”»]?)*` +
		`\s+(?:formati\s+|формати\s+)?(?:doirasida|доирасида)(?:gi|ги)?\s+(?:o'zaro\s+|ўзаро\s+)?(?:hamkorlik|aloqa|muloqot|ҳамкорлик|алоқа|мулоқот)`)),
	Title:         regexp.MustCompile(`(?i)^(?:prezident|premyer|vazir|rais|spiker|qirol|amir|sulton|shayx|kansler|президент|премьер|вазир|раис|спикер|қирол|амир|султон|шайх|канцлер)\p{L}*$`),
	Press:         regexp.MustCompile(`(?i)(?:matbuot|матбуот|press|пресс)[\s-]+$`),
	ThisCountry:   lang.Re(q(`(?:bu|ushbu|shu|o'sha|бу|ушбу|шу|ўша)\s+(?:davlat|mamlakat|давлат|мамлакат)\p{L}*`)),
	Pronoun:       lang.Re(`u|у|uning|унинг`),
	Generic:       regexp.MustCompile(q(`(?i)(?:^|\s)(?:o'zaro|ўзаро)\s+(?:\p{L}+\s+){0,2}$`)),
	Plural:        lang.Re(`(?:maslahat uchrashuv|маслаҳат учрашув)(?:lar|лар)\p{L}*|(?:sammit|forum|tashrif|konferensiya|anjuman|seminar|саммит|форум|ташриф|конференция|анжуман|семинар)(?:lar|лар)\p{L}*`),
	Parliament:    regexp.MustCompile(q(`(?:Oliy|Milliy|Олий|Милли)\s+$`)),
	Attributive:   regexp.MustCompile(`(?i)^\s*(?:dastur|kun tartib|almashinuv|reja(?:s|lari(?:\P{L}|$)|\P{L}|$)|jadval|дастур|кун тартиб|алмашинув|режа(?:с|лари(?:\P{L}|$)|\P{L}|$)|жадвал)`),
	Body:          lang.Re(q(`kengash\p{L}*|komissiya\p{L}*|qo'mita\p{L}*|(?:ishchi|rejalashtirish) guruh\p{L}*|кенгаш\p{L}*|комиссия\p{L}*|қўмита\p{L}*|(?:ишчи|режалаштириш) гуруҳ\p{L}*`)),
	Bilateral:     lang.Re(`ikki tomonlama|икки томонлама`),
	Demonstrative: regexp.MustCompile(q(`(?i)(?:^|\s)(?:bu|ushbu|mazkur|shu|o'sha|бу|ушбу|мазкур|шу|ўша)\s+$`)),
	Definite:      regexp.MustCompile(q(`(?i)(?:^|\s)(?:bu|shu|ushbu|mazkur|o'sha|navbatdagi|keyingi|oldingi|ana shunday|бу|шу|ушбу|мазкур|ўша|навбатдаги|кейинги|олдинги|ана шундай)\s+(?:\p{L}+\s+){0,2}$`)),
	Duration: []lang.Duration{
		lang.Days(`bir kun(?:lik)?|бир кун(?:лик)?`, 1), lang.Days(`ikki kun(?:lik)?|икки кун(?:лик)?`, 2),
		lang.Days(`uch kun(?:lik)?|уч кун(?:лик)?`, 3),
	},
}
