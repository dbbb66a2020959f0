// Package lang defines what timeline knows of one language: its date rules,
// the words that name events, the cues of status, place and clause, its
// endings and abbreviations. Each language is one folder under parse/lang
// (parse/lang/ru, …) that declares its Language; parse/langs lists them.
package lang

import (
	"regexp"
	"strings"

	"github.com/ca-diplomacy/timeline/parse/dates"
	"github.com/ca-diplomacy/timeline/parse/langid"
	"github.com/ca-diplomacy/timeline/parse/places"
	"github.com/ca-diplomacy/timeline/parse/prefilter"
)

// Language is what timeline knows of one language.
type Language struct {
	// Lang is the language's ISO 639-1 code.
	Lang string
	// Dates are its date rules (their Code is Lang).
	Dates *dates.Language
	// Triggers name events, most specific first; at one place of a
	// sentence the first trigger that matches wins.
	Triggers []Trigger
	// Planned marks a sentence about something announced ("will hold",
	// "is scheduled", "состоится", "o‘tkaziladi").
	Planned *prefilter.Regexp
	// Cancelled and Postponed mark plans called off or moved.
	Cancelled, Postponed *prefilter.Regexp
	// Moved, matched against the text just before a date (just after it
	// in a head-final language), makes it the new date of a plan moved
	// ("postponed to", "перенесен на", "…ga ko'chirildi"); the plan's
	// other date is the one it was moved from.
	Moved *regexp.Regexp
	// Ongoing marks an event under way at publication ("ongoing",
	// "началась"), Ended one that ended as it was reported ("has ended",
	// "завершился", "yakuniga yetdi"): with no date of its own, either is
	// of the report's day.
	Ongoing, Ended *prefilter.Regexp
	// Opening makes the event word after it (in a head-final language the
	// one before it, with its ending) the first part of the event told
	// before ("his trip began with a meeting", "визит начался с
	// переговоров", "tashrif muzokaralar bilan boshlandi"): it is of that
	// event's first day, and nothing in its clause is under way.
	Opening *prefilter.Regexp
	// Arrived tells an arrival ("arrived in Moscow on a working visit",
	// "прибыл с визитом", "tashrif bilan keldi"): a visit a report's lead
	// tells so, with no date of its own and no dated programme, begins on
	// the day of the report.
	Arrived *prefilter.Regexp
	// Online marks events held by video or phone.
	Online *prefilter.Regexp
	// Topic marks words that make the event after them the subject of
	// talk rather than an event on the sentence's date ("organization of
	// the summit", "организации саммита").
	Topic *prefilter.Regexp
	// Ahead marks the topics that tell of an event yet to come
	// ("preparations for the visit", "the dates of the visit", "подготовка
	// визита", "tashrifga tayyorgarlik"): it is planned, whatever the tense
	// of the sentence that prepares it.
	Ahead *prefilter.Regexp
	// Purpose marks an event a trip is made to attend ("departed for
	// Shanghai to take part in the summit", "отбыл для участия в саммите",
	// "sammitda ishtirok etish uchun"): it is to come, and the trip's day is
	// not its own.
	Purpose *prefilter.Regexp
	// Announce marks an event announced ahead ("announced plans for a
	// visit", "анонсировал визит", "tashrif buyurishini e'lon qildi"): it is
	// to come, and the announcement's day is not its own.
	Announce *prefilter.Regexp
	// Participle, in a head-final language, is a verb form that makes what
	// stands before it a relative clause of the noun after it ("3-iyul kuni
	// bo'ladigan sammit", the summit that takes place on 3 July): a date
	// before an event word a trip is made to attend, one announced or one
	// talked of is its own only with one between them; else it is the
	// verb's ("juma kuni ShHT sammitida ishtirok etish uchun jo'nab
	// ketdi"). In other languages it is the participle that opens, after a
	// comma, a phrase qualifying the noun before it ("годовщины,
	// отмечаемой 25 июня").
	Participle *regexp.Regexp
	// About, matched against the text before a town (after it in a
	// head-final language), makes the town part of what a document is
	// about ("an agreement on the opening of a consulate in Samarkand",
	// "соглашение об открытии консульства в Самарканде", "Samarqandda
	// konsulxona ochish to'g'risidagi bitim"): no event's place.
	About *regexp.Regexp
	// Framework, matched against the text before a place name (after it in
	// a head-final language) with every other place name in it given as
	// NameMark, makes the name the framework of the cooperation talked of
	// ("cooperation within the CIS and the Central Asia – China format",
	// "сотрудничество в рамках СНГ", "MDH doirasidagi hamkorlik"): the
	// group's members are no sides of the event.
	Framework *regexp.Regexp
	// Proposal marks an event proposed or invited to ("invited the
	// President to visit", "предложил провести саммит"): it may never be
	// held, and is no event, whatever its date.
	Proposal *prefilter.Regexp
	// Reporting marks a date as the date of a statement ("said on Monday")
	// when nothing but TimePreposition stands between them.
	Reporting *prefilter.Regexp
	// LangID is what tells a text in the language when its metadata does
	// not (see langid.Cue; its Lang is the language's).
	LangID langid.Cue
	// Places is what the gazetteer needs to find the language's names as
	// written: their endings, and its adjectives of countries (see
	// places.Language).
	Places places.Language
	// Abbreviations are the words the language writes with a dot that ends
	// no sentence ("Mr", "г", "mln"), lower case, without the dot.
	Abbreviations []string
	// TimePreposition is the word that may stand before a date ("on",
	// "в", "da"), as a regexp.
	TimePreposition string
	// Destination, matched against the text just before a country, makes
	// it where a visit goes ("to Uzbekistan", "в Кыргызстан"). In a
	// language that tells it by a case ending (Uzbek "Tojikistonga"), a
	// country name ending in one of ToEndings (compared lower-cased, its
	// apostrophes folded), or followed by what ToAfter matches ("…
	// Respublikasiga"), is where a visit goes.
	Destination *regexp.Regexp
	ToEndings   []string
	ToAfter     *regexp.Regexp
	// Frame marks an event named as the frame of another ("during the visit").
	Frame *prefilter.Regexp
	// Anchor marks an event named as a time before another ("ahead of the
	// summit", "в преддверии"), After one that another follows at once
	// ("following the talks", "по итогам переговоров", "muzokaralar
	// yakunida"): either takes only a date of its own, and After gives it
	// to the event it is told with.
	Anchor, After *prefilter.Regexp
	// Sequel, matched at the start of a sentence, tells the next step of a
	// story ("Then", "After that", "Затем", "Shundan so'ng"): an event the
	// sentence tells with no date of its own happened when the story last
	// said.
	Sequel *regexp.Regexp
	// Clause, matched right after a comma, opens a new clause ("which",
	// "while", "который", "ammo").
	Clause *regexp.Regexp
	// Relative, matched right after a comma, opens a relative clause, which
	// the next comma closes ("the summit, which will be held on 3 July, …").
	Relative *regexp.Regexp
	// Reported finds a clause that reports what was said, with no comma
	// before it: its first group is where the clause begins ("assured
	// (that) the summit would …").
	Reported *prefilter.Regexp
	// And joins two event words told of together ("and", "и", "va").
	And *regexp.Regexp
	// Definite, matched against the text just before a weak event word,
	// marks it as naming an event already told ("the previous meeting",
	// "эта встреча", "bu yilgi uchrashuv"): it takes the type of the last
	// event told with the same word.
	Definite *regexp.Regexp
	// Negation, matched against the text just before an event word, says it
	// did not happen ("we have not met", "не встречались").
	Negation *regexp.Regexp
	// Demonstrative, matched against the text just before an event word,
	// points back to the event a word of its kind told earlier in the
	// sentence ("during that visit", "в ходе этого визита", "ushbu
	// tashrif davomida"): it is that event, of that event's date.
	Demonstrative *regexp.Regexp
	// HeadlineAhead, matched against an article's headline, tells that
	// what it tells is to come: an English headline drops "is" ("X to Pay
	// State Visit to Y"); Russian and Uzbek ones use the future, which
	// Planned reads.
	HeadlineAhead *regexp.Regexp
	// ThisCountry finds a country named by "this" ("this country", "эту
	// страну", "bu davlatga"): the country the sentence before named last.
	ThisCountry *prefilter.Regexp
	// Title matches a word that stands before a person's name
	// ("President", "prezidenti", "президент"): a town's name inside the
	// name after it is none ("President Vo Van Thuong").
	Title *regexp.Regexp
	// Pronoun finds a third-person pronoun ("he", "his", "он", "его",
	// "u", "uning"): before the first event word of a sentence, with no
	// person named before it, it is the person the sentence before named
	// first, or the country it named first.
	Pronoun *prefilter.Regexp
	// Determiner, matched against the text just before a date, makes the
	// date a modifier of the noun after it ("the November 20 election"):
	// it belongs to that noun, an event word or none.
	Determiner *regexp.Regexp
	// HeadFinal is set in languages whose words come after what qualifies
	// them: a date stands before the event it belongs to, and "during" or
	// "ahead of" after it (Uzbek: "27 noyabr kuni … sammit", "tashrif
	// doirasida").
	HeadFinal bool
	// Leaders marks heads of state or government meeting together, in the
	// plural ("presidents", "глав государств", "rahbarlari"): with three or
	// more countries it makes talks a summit. A singular ("the President's
	// institute") does not.
	Leaders *prefilter.Regexp
	// Preparing marks an event being prepared ("preparations for",
	// "подготовка к", "tayyorgarlik"): a date told with it, just after it
	// (just before it in a head-final language), is ahead whatever the
	// tense of the clause ("discussed preparations for the summit in June").
	Preparing *prefilter.Regexp
	// Past marks a relative clause (in a head-final language, a participle
	// ending a date's phrase) that tells of what was done ("took place",
	// "was held", "состоялся", "bo'lib o'tgan"): a date in it that tells no
	// year is never one of the weeks ahead ("the visit, which took place
	// on 4-5 April", told in February, is of last April).
	Past *prefilter.Regexp
	// Gapped matches a clause that leaves its verb to the clause before it
	// (", а в декабре — саммит СНГ", ", and the CIS summit in December"),
	// unless Finite, a finite verb form, matches in it too: it tells of the
	// past or the future as that clause does. In a head-final language the
	// clause it matches has the verb, and the clause before it, which
	// leaves its verb to it, takes its tense (", MDH sammiti esa dekabrda
	// o'tkaziladi").
	Gapped, Finite *regexp.Regexp
	// Programme, before a sentence's first event word, names the
	// programme of the visit told before ("according to the programme",
	// "согласно программе визита", "tashrif dasturiga ko'ra"): the events
	// the sentence names happen during that visit, as after "During the
	// visit, …".
	Programme *prefilter.Regexp
	// PlanMade, matched against the text just before a Planned cue (just
	// after it in a head-final language) and against the cue itself, tells
	// the plan as one made in the past ("was scheduled for", "had agreed
	// to hold", "была запланирована", "договаривались провести",
	// "rejalashtirilgan edi"): the cue does not move the dates of its
	// clause ahead. A plan
	// of 14 May told so in June is of that May, as is the call it was
	// made in; the event planned is still told as planned.
	PlanMade *regexp.Regexp
	// Sides names the sides of a meeting together ("the sides",
	// "стороны", "tomonlar"): with Leaders, before a sentence's first
	// event word that names no country, it stands for the sides of the
	// event told just before ("The leaders will hold talks").
	Sides *prefilter.Regexp
	// Generic, matched against the text just before a word naming a visit,
	// makes it a practice rather than a visit ("mutual visits", "обмены
	// визитами", "o'zaro tashriflar").
	Generic *regexp.Regexp
	// Press, matched against the text just before a conference word,
	// makes it a press conference ("press conference", "пресс-конференция",
	// "matbuot konferensiyasi"): where news is told, no event of diplomacy.
	Press *regexp.Regexp
	// Plural finds the plural of a noun that names one event in the singular
	// ("forums", "саммитов", "sammitlarda"): told with no date of its own
	// and no two groups, it tells of such events in general ("takes part
	// in multilateral forums"), not of one. Words whose plural names one
	// event ("talks", "переговоры", "muzokaralar") are left out.
	Plural *prefilter.Regexp
	// Times, found within 60 characters either side of a word naming a
	// visit, counts visits ("visited Azerbaijan 15 times", "14 раз
	// посетил", "15 marta tashrif buyurgan"): a tally, not a visit.
	Times *prefilter.Regexp
	// Sights, matched right after a word naming a visit (right before it in
	// a head-final language), names what a guest is shown: a museum, an
	// exhibition, a plant, a concert ("visited the National Museum",
	// "посетил выставку", "ko'rgazmaga tashrif buyurdi"). Such a visit is
	// part of a programme, no visit of its own.
	Sights *regexp.Regexp
	// Attributive, matched right after an event word, makes it a modifier
	// of another noun and no event ("the visit programme", "программа
	// визита" is written before and needs no entry).
	Attributive *regexp.Regexp
	// Parliament, matched against the text just before a sitting's word,
	// makes it part of a parliament's name, no sitting ("Oliy Majlis",
	// "Milliy Majlisi").
	Parliament *regexp.Regexp
	// Schedule, matched right before an event word, names a document that
	// lists events of its kind ("a plan of consultations for 2025", "график
	// визитов"): the word names no event. A head-final language puts the
	// document after the word ("maslahatlashuvlar rejasi"): Attributive.
	Schedule *regexp.Regexp
	// Body names a council, commission or committee, whose sittings the
	// Sitting triggers name.
	Body *prefilter.Regexp
	// Bilateral marks a meeting of two sides ("bilateral").
	Bilateral *prefilter.Regexp
	// Founding marks a date as the founding of a format, not a meeting of
	// it: matched against the text just before the date ("launched in
	// 2015", "учрежденный в 2015 году"), or in a head-final language just
	// after it ("2015-yilda tashkil etilgan").
	Founding *regexp.Regexp
	// Since, matched as Founding is, makes a date the start of a period
	// ("the first visit since taking office in 2016", "2016 yildan beri"):
	// the date of no event.
	Since *regexp.Regexp
	// Until makes a day the last of an event of days begun before it
	// ("a visit, which will last until 7 March", "визит продлится до 7
	// марта"): its end, not an event of that day. It is matched as Founding
	// is, but in a head-final language against the date's last word and
	// what follows, since the date's case ending says "until"
	// ("7-martgacha davom etadi").
	Until *regexp.Regexp
	// Dedicated, matched against a date's last word and the text after
	// it, makes the date part of what an event is dedicated to ("2025
	// yilning … yili deb e'lon qilinishiga bag'ishlangan forum", a forum
	// dedicated to the declaration of 2025 as …): not the event's. (In
	// English and Russian the date stands after the event word and its
	// dedication, and attachment keeps it from the event.)
	Dedicated *regexp.Regexp
	// Ordinal finds an ordinal number before or in an event word ("12th",
	// "twelfth", "12-е", "двенадцатое", "12-"): its first group is the
	// number in figures or a word of Ordinals (a stem: "двенадцат").
	Ordinal  *regexp.Regexp
	Ordinals map[string]int
	// Documents are the documents signed, by stem, in English
	// ("меморандум": "memorandum").
	Documents map[string]string
	// Names are names of councils, commissions and formats the language
	// writes, each with its English name ("Межправкомиссия":
	// "Intergovernmental Commission"): one next to an event word is what
	// the event is called.
	Names []EventName
	// Capitalised is set in languages that capitalise the words of a name
	// ("the Strategic Partnership Dialogue"): a capitalised run of words
	// that an event word ends, or that a sitting is "of", is the event's
	// name as written. SmallWords are the words of four letters or more
	// that a headline in title case keeps in lower case ("with").
	Capitalised bool
	// NameTail, with Capitalised, matches the lower-case word that ends a
	// capitalised name when its last capitalised word qualifies it ("the
	// Consultative Meeting of the Heads of Central Asian states").
	NameTail   *regexp.Regexp
	SmallWords map[string]bool
	// Boilerplate, matched against a whole line, marks a page's furniture
	// ("Also read", "Читайте также"); Credit a photo's credit or a
	// caption's source ("Photo: …", "(Source: …)"), which also makes the
	// short line before it, its caption, furniture.
	Boilerplate, Credit *regexp.Regexp
	// Duration gives a visit's length in days ("two-day", "ikki kunlik").
	Duration []Duration
}

// Trigger is a pattern that names an event of one type.
type Trigger struct {
	Type string
	Re   *prefilter.Regexp
	// Weak triggers (a bare "meeting") need a date in their own sentence.
	Weak bool
	// Sitting triggers name the sitting of a body without naming the body
	// ("the 12th meeting", "the session", "заседание"): they are of their
	// type in an article that names a council, commission or committee
	// (Language.Body), and weak talks elsewhere.
	Sitting bool
}

// EventName is a name of the language's texts and its English name, of
// events of one type.
type EventName struct {
	Type    string
	Re      *regexp.Regexp
	English string
}

// Duration is a phrase that gives a number of days.
type Duration struct {
	Re   *prefilter.Regexp
	Days int
}

// The helpers below keep a language's file about its words.

// Re compiles a case-insensitive pattern whose word edges work for every
// script: \b in Go's regexp knows only ASCII letters.
func Re(p string) *prefilter.Regexp { return prefilter.Word(p, true) }

// NameMark stands for a place name in the text a Framework pattern is
// matched against, so that a pattern can say "a list of names".
const NameMark = "\x00"

// Marked compiles a case-insensitive pattern in which "<name>" stands for
// a place name (NameMark).
func Marked(p string) *regexp.Regexp {
	return regexp.MustCompile(`(?i)` + strings.ReplaceAll(p, "<name>", `\x00`))
}

// Trig makes a trigger of type t. The patterns of triggers (Trig, Weak,
// Sitting) have no right edge: they may end inside a word.
func Trig(t, p string) Trigger { return Trigger{Type: t, Re: prefilter.Word(p, false)} }

// Weak makes a weak trigger (see Trigger).
func Weak(t, p string) Trigger { return Trigger{Type: t, Re: prefilter.Word(p, false), Weak: true} }

// Sitting makes a sitting trigger (see Trigger).
func Sitting(t, p string) Trigger {
	return Trigger{Type: t, Re: prefilter.Word(p, false), Sitting: true}
}

// Days makes a Duration of n days.
func Days(p string, n int) Duration { return Duration{Re: Re(p), Days: n} }

// Name makes an EventName; its pattern is case-insensitive.
func Name(t, p, english string) EventName {
	return EventName{Type: t, Re: regexp.MustCompile(`(?i)` + p), English: english}
}
