//! Dates and times in news text: weekdays (`يوم الإثنين`), relative expressions (`أمس`,
//! `اليوم`, `الأسبوع الماضي`), explicit dates with Gregorian month names in all three naming
//! systems and Hijri months (`3 مايو 2019`, `15 كانون الثاني`, `12 جانفي`, `5 رمضان 1440 هـ`),
//! numeric dates (`2019/03/11`) and years (`عام 2014`, `في 2014`). With a publication date,
//! each is resolved to an ISO date (or year / month) where that is well defined.

use super::without_proclitics;
use crate::ner::forms::fold;
use crate::text::calendar::{Calendar, MONTHS};
use crate::token::{Token, TokenKind};

/// What kind of date expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateKind {
    /// A day of the week (`يوم الإثنين`, `مساء الخميس`).
    Weekday,
    /// Relative to the publication date (`أمس`, `الشهر الماضي`).
    Relative,
    /// A day and month, possibly with a year; or a month and year.
    Explicit,
    /// A year on its own.
    Year,
}

impl DateKind {
    /// The name used in JSON.
    pub fn name(self) -> &'static str {
        match self {
            DateKind::Weekday => "weekday",
            DateKind::Relative => "relative",
            DateKind::Explicit => "explicit",
            DateKind::Year => "year",
        }
    }
}

/// A date expression: a span of tokens and what it means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// Token range in the document.
    pub tokens: std::ops::Range<usize>,
    /// Kind of expression.
    pub kind: DateKind,
    /// ISO value when known: `2019-03-11`, `2019-03`, `2014`; weekdays and relative
    /// expressions need the publication date.
    pub value: Option<String>,
    /// Calendar of an explicit date (`gregorian` or `hijri`).
    pub calendar: Option<&'static str>,
}

/// A calendar date.
pub type Ymd = (i64, u32, u32);

/// Days since 1970-01-01 of a Gregorian date (Hinnant's `days_from_civil`).
pub fn days_from_civil((y, m, d): Ymd) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The Gregorian date of a day count (inverse of [`days_from_civil`]).
pub fn civil_from_days(z: i64) -> Ymd {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// Day of the week, 0 = Sunday … 6 = Saturday.
pub fn weekday(date: Ymd) -> u32 {
    (days_from_civil(date) + 4).rem_euclid(7) as u32
}

fn iso(d: Ymd) -> String {
    format!("{:04}-{:02}-{:02}", d.0, d.1, d.2)
}

/// Weekday names (folded, with the article) → 0 = Sunday … 6 = Saturday.
const WEEKDAYS: &[(&str, u32)] = &[
    ("الاحد", 0),
    ("الاثنين", 1),
    ("الثلاثاء", 2),
    ("الاربعاء", 3),
    ("الخميس", 4),
    ("الجمعه", 5),
    ("السبت", 6),
];

/// Words that may open a date expression (`يوم`, `صباح`, `مساء`, `ليله`, `فجر`, `ظهر`).
const OPENERS: &[&str] = &[
    "يوم",
    // the dual: `يومي السبت 8 والأحد 9 أفريل`
    "يومي",
    "صباح",
    "مساء",
    "ليله",
    "فجر",
    "ظهر",
    "عصر",
    "ظهيره",
    "عشيه",
    "صبيحه",
];

/// Relative day words → offset in days.
const RELATIVE_DAYS: &[(&[&str], i64)] = &[
    (&["اول", "امس"], -2),
    (&["امس"], -1),
    (&["الامس"], -1),
    (&["البارحه"], -1),
    // `منذ الليلة الفارطة`: last night
    (&["الليله", "الفارطه"], -1),
    (&["الليله", "الماضيه"], -1),
    (&["اليوم"], 0),
    // `بداية من هذا الصباح`: this morning
    (&["هذا", "الصباح"], 0),
    (&["هذا", "المساء"], 0),
    (&["هذه", "الليله"], 0),
    (&["غدا"], 1),
    (&["بعد", "غد"], 2),
];

/// Periods for `الأسبوع الماضي` and the like (and the plurals `الأيام الماضية`, `الساعات
/// القادمة`, `العقود الماضية`, and `القرن الماضي`, whose values stay unknown; not `العقد`,
/// which is also "the contract").
const PERIODS: &[&str] = &[
    "الاسبوع",
    "الشهر",
    "العام",
    "السنه",
    "القرن",
    "العشريه",
    "الساعات",
    "العقود",
    "الايام",
    "الاسابيع",
    "الاشهر",
    "الشهور",
    "السنوات",
    "الاعوام",
    // `الفترة القادمة`, `الفترة الأخيرة`, `المدة الأخيرة`
    "الفتره",
    "المده",
    // duals (`اليومين المقبلين`, `الأسبوعين الماضيين`, `السنتين الماضيتين`)
    "اليومين",
    "الاسبوعين",
    "الشهرين",
    "العامين",
    "السنتين",
    // seasons (`الصائفة المقبلة`, `هذا الصيف`, `الشتاء الماضي`)
    "الصيف",
    "الصائفه",
    "الشتاء",
    "الخريف",
    "الربيع",
];

/// The seasons among [`PERIODS`]: `هذا`/`هذه` before them gives the current one.
const SEASONS: &[&str] = &["الصيف", "الصائفه", "الشتاء", "الخريف", "الربيع"];
const PAST: &[&str] = &[
    "الماضي",
    "الماضيه",
    "المنصرم",
    "المنصرمه",
    "الفائت",
    "الفائته",
    "السابق",
    "السابقه",
    "الفارط",
    "الفارطه",
    "المنقضي",
    "المنقضيه",
    // duals
    "الماضيين",
    "الماضيتين",
    "المنصرمين",
    "الفارطين",
];
const NEXT: &[&str] = &[
    "المقبل",
    "المقبله",
    "القادم",
    "القادمه",
    "التالي",
    "التاليه",
    "الموالي",
    "المواليه",
    // duals
    "المقبلين",
    "المقبلتين",
    "القادمين",
    "القادمتين",
];
const CURRENT: &[&str] = &["الحالي", "الحاليه", "الجاري", "الجاريه"];

/// Nouns of a part of a period (folded): `النصف الأول من رمضان` is no first day.
const PART_NOUNS: &[&str] = &[
    "النصف",
    "الثلث",
    "الربع",
    "الشطر",
    "العشر",
    "الجزء",
    "الاسبوع",
    "الثلاثي",
    "السداسي",
];

/// The length of a phrase naming the current year after a month (`لهذه السنة`, `من هذا
/// العام`, `من العام الجاري`), folded; 0 if none.
fn this_year_len(words: &[String], k: usize) -> usize {
    let at = |i: usize| words.get(k + i).map_or("", String::as_str);
    let of = usize::from(at(0) == "من");
    let phrase = match (at(of), at(of + 1)) {
        ("هذه" | "لهذه", "السنه") | ("هذا" | "لهذا", "العام") => 2,
        ("العام" | "السنه" | "للعام" | "للسنه", c) if CURRENT.contains(&c) => 2,
        _ => 0,
    };
    // (`من` only before a phrase without its own ل)
    if phrase == 0 || (of == 1 && at(1).starts_with("ل")) {
        0
    } else {
        of + phrase
    }
}

/// Adjectives that may stand between a plural period and its qualifier (`الأيام القليلة
/// الماضية`), folded.
const PERIOD_ADJECTIVES: &[&str] = &[
    "القليله",
    "الاخيره",
    "الاولي",
    "العشر",
    "الثلاثه",
    "القريبه",
    // `السنوات الثلاث الأخيرة`, `الأيام الأربعة الماضية`: a number
    "الثلاث",
    "الاربع",
    "الاربعه",
    "الخمس",
    "الخمسه",
];

/// Adjectives naming which kind of year stands before its qualifier (`السنة التربوية
/// الفارطة`, `السنة المالية المقبلة`), folded.
const YEAR_KINDS: &[&str] = &[
    "التربويه",
    "الدراسيه",
    "الجامعيه",
    "الماليه",
    "البرلمانيه",
    "القضائيه",
    "الميلاديه",
    "الهجريه",
];

/// Holidays that place an event in the calendar (`عيد الأضحى الفارط`), folded: the word
/// after `عيد` and its calendar.
const HOLIDAYS: &[(&str, &str)] = &[
    ("الفطر", "hijri"),
    ("الاضحي", "hijri"),
    ("الميلاد", "gregorian"),
    // national days (`يوم عيد الجمهورية`)
    ("الجمهوريه", "gregorian"),
    ("الاستقلال", "gregorian"),
    ("الشهداء", "gregorian"),
    ("الشغل", "gregorian"),
    ("الثوره", "gregorian"),
    ("المراه", "gregorian"),
    ("الجلاء", "gregorian"),
    // `مسيرات عيد العمال`: Labour Day
    ("العمال", "gregorian"),
];

/// Ordinal day numbers written as words (`الثامن من نوفمبر`), folded.
const ORDINAL_DAYS: &[(&str, i64)] = &[
    ("الاول", 1),
    ("الثاني", 2),
    ("الثالث", 3),
    ("الرابع", 4),
    ("الخامس", 5),
    ("السادس", 6),
    ("السابع", 7),
    ("الثامن", 8),
    ("التاسع", 9),
    ("العاشر", 10),
    ("العشرين", 20),
    ("الثلاثين", 30),
];

/// Nouns of streets and squares: a date after them names the street (`نهج 9 أفريل`).
const STREET_NOUNS: &[&str] = &[
    "نهج",
    "شارع",
    "ساحه",
    "زنقه",
    "طريق",
    "انهج",
    // places named for a date (`بالمدرسة 20 مارس`, `معهد 9 أفريل`)
    "مدرسه",
    "المدرسه",
    "معهد",
    "المعهد",
];

/// Words after which `من` + a year gives the year a period belongs to (`الثلاثية الأولى من
/// 2017`, `الأشهر الأولى من 2017`), folded.
const PERIOD_OF_YEAR: &[&str] = &[
    "الاولي",
    "الاول",
    "الثاني",
    "الثانيه",
    "الثالث",
    "الثالثه",
    "الرابع",
    "الاخير",
    "الاخيره",
    "الثلاثيه",
    "الثلاثي",
    "السداسي",
    "النصف",
    "الربع",
    "اشهر",
    "الاشهر",
    // `في نفس الشهر من 2016`, `نفس الفترة من 2016`
    "الشهر",
    "الفتره",
];

/// `هذا الأسبوع`, `هذه السنة`: the current period.
const THIS: &[&str] = &["هذا", "هذه", "هذين"];

/// -1, 0 or 1 for a word that places a period or a month in the past, now or the future.
fn direction(w: &str) -> Option<i64> {
    if PAST.contains(&w) {
        Some(-1)
    } else if NEXT.contains(&w) {
        Some(1)
    } else if CURRENT.contains(&w) {
        Some(0)
    } else {
        None
    }
}

/// The nouns "year" that stand in a year's expression (`عام 2014`, `لسنة 2017`), folded.
const YEAR_NOUNS: &[&str] = &["عام", "العام", "لعام", "سنه", "السنه"];

/// Words before a bare year that make it one (`عام 2014`, `منذ 2011`).
const YEAR_CUES: &[&str] = &[
    "عام",
    "العام",
    "لعام",
    "سنه",
    "السنه",
    "منذ",
    "في",
    "حتي",
    "مطلع",
    "نهايه",
    "بدايه",
    "خلال",
    "اواخر",
    "اوائل",
    // `منذ آخر 2016`: the end of
    "اخر",
    "عامي",
    "وفي",
    // `من مواليد 1994`: born in
    "مواليد",
    // `قبل موفى 2017`: the end of
    "موفي",
    // events named by their year (`ثورة 2011`, `انتخابات 2014`, `دستور 2014`, `قانون 2004`)
    "ثوره",
    "قانون",
    "الثوره",
    "انتخابات",
    "دستور",
    // (`في استفتاء 2014`)
    "استفتاء",
    "الاستفتاء",
    // a season of a year (`في صائفة 2014`, `ربيع 2011`)
    "صائفه",
    "الصائفه",
    "صيف",
    "شتاء",
    "خريف",
    "ربيع",
];

/// Season nouns among [`YEAR_CUES`]: the date is the season of that year (one span).
const SEASON_CUES: &[&str] = &["صائفه", "الصائفه", "صيف", "شتاء", "خريف", "ربيع"];

/// Prepositions after which a bare month name is a date (`في سبتمبر`), folded.
const MONTH_PREPOSITIONS: &[&str] = &[
    "في",
    "وفي",
    "منذ",
    "خلال",
    "حتي",
    "قبل",
    "بعد",
    "مطلع",
    "بدايه",
    "نهايه",
    "اواخر",
    "اوائل",
    "اواسط",
    "موفي",
    "منتصف",
];

/// A quotation mark token.
fn is_quote_mark(w: &str) -> bool {
    matches!(w, "\"" | "«" | "»" | "“" | "”" | "„")
}

/// The first year of a decade of the twentieth century named by its word (`التسعينات`,
/// `الثمانينيات`, folded, with or without the article): 1990, 1980 …
fn decade(w: &str) -> Option<i64> {
    let w = w.strip_prefix("ال").unwrap_or(w);
    let stem = w.strip_suffix("يات").or_else(|| w.strip_suffix("ات"))?;
    let k = DECADE_STEMS.iter().position(|&s| s == stem)?;
    Some(1920 + 10 * k as i64)
}

/// The tens of the decades 1920 … 1990 as decade words write them (folded).
const DECADE_STEMS: &[&str] = &[
    "عشرين",
    "ثلاثين",
    "اربعين",
    "خمسين",
    "ستين",
    "سبعين",
    "ثمانين",
    "تسعين",
];

/// Words before a decade that make it one (`في التسعينات`, `منذ الثمانينيات`, `مطلع
/// السبعينات`): a decade word alone may be a name (`حي الخمسينات`).
const DECADE_CUES: &[&str] = &[
    "في",
    "وفي",
    "منذ",
    "خلال",
    "حتي",
    "مطلع",
    "بدايه",
    "نهايه",
    "اواخر",
    "اوائل",
    "منتصف",
    "سنوات",
    "فتره",
    "حقبه",
];

/// `2013-2014`, `2016/2017`: two years of one span (the second after the first, at most
/// ten years on), as (first, last).
fn year_range(w: &str) -> Option<(i64, i64)> {
    let (a, b) = w.split_once(['-', '/'])?;
    year_span(number(a)?, number(b)?)
}

/// Two years that make one span: the second after the first, at most ten years on.
fn year_span(a: i64, b: i64) -> Option<(i64, i64)> {
    ((1800..=2100).contains(&a) && a < b && b <= a + 10).then_some((a, b))
}

/// The calendar an era word after a year names (`هـ`, `هجري`, `للهجرة`; `م`, `ميلادي`).
fn era(w: &str) -> Option<Calendar> {
    match w {
        "ه" | "هـ" | "هجري" | "هجريه" | "للهجره" => Some(Calendar::Hijri),
        "م" | "ميلادي" | "ميلاديه" | "للميلاد" => Some(Calendar::Gregorian),
        _ => None,
    }
}

fn number(w: &str) -> Option<i64> {
    if w.is_empty() || w.len() > 4 || !w.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    w.parse().ok()
}

/// Every word that can open a date expression (without proclitics): openers, weekdays,
/// relative-day words, periods, month names.
fn triggers() -> &'static crate::model::features::FastMap<String, ()> {
    static T: std::sync::OnceLock<crate::model::features::FastMap<String, ()>> =
        std::sync::OnceLock::new();
    T.get_or_init(|| {
        let mut m = crate::model::features::FastMap::default();
        let words = OPENERS
            .iter()
            .copied()
            .chain(WEEKDAYS.iter().map(|w| w.0))
            .chain(RELATIVE_DAYS.iter().map(|r| r.0[0]))
            .chain(PERIODS.iter().copied())
            .chain(THIS.iter().copied())
            .chain(ORDINAL_DAYS.iter().map(|o| o.0))
            .chain(["عيد", "راس", "قبل"]);
        for stem in DECADE_STEMS {
            for art in ["", "ال"] {
                for suffix in ["ات", "يات"] {
                    m.insert(format!("{art}{stem}{suffix}"), ());
                }
            }
        }
        for w in words {
            m.insert(w.to_string(), ());
        }
        for f in folded_months() {
            m.insert(f.0.clone(), ());
        }
        m
    })
}

/// Month names folded once: (first word, second word, month, calendar).
type FoldedMonth = (String, Option<String>, u32, Calendar);

fn folded_months() -> &'static [FoldedMonth] {
    static MONTHS_FOLDED: std::sync::OnceLock<Vec<FoldedMonth>> = std::sync::OnceLock::new();
    MONTHS_FOLDED.get_or_init(|| {
        MONTHS
            .iter()
            .map(|m| {
                (
                    fold(m.words[0]),
                    m.words.get(1).map(|w| fold(w)),
                    u32::from(m.month),
                    m.calendar,
                )
            })
            .collect()
    })
}

/// Whether a month name (of any of the calendars) starts at word `k` of the folded words:
/// a number before one is a day of the month, not a count (`13 فيفري من كل عام`).
pub(crate) fn starts_month(words: &[String], k: usize) -> bool {
    month_at(words, k).is_some()
}

fn month_at(words: &[String], k: usize) -> Option<(u32, Calendar, usize)> {
    static FIRST: std::sync::OnceLock<crate::model::features::FastMap<String, ()>> =
        std::sync::OnceLock::new();
    let months = folded_months();
    let first = FIRST.get_or_init(|| months.iter().map(|m| (m.0.clone(), ())).collect());
    let raw = words.get(k)?;
    let w = without_proclitics(raw, |x| first.contains_key(x));
    let w = w.as_ref();
    if !first.contains_key(w) {
        return None;
    }
    // (`في باب الاجتهاد`: "chapter", not ب + آب; a two-letter month takes و only)
    if w.chars().count() == 2 && w != raw.as_str() && raw.strip_prefix('و') != Some(w) {
        return None;
    }
    months
        .iter()
        .find_map(|(first, second, month, cal)| match second {
            None if first == w => Some((*month, *cal, 1)),
            Some(second)
                if first == w && words.get(k + 1).map(String::as_str) == Some(second.as_str()) =>
            {
                Some((*month, *cal, 2))
            }
            _ => None,
        })
}

/// Finds the date expressions of a tokenized text. `published` resolves weekdays (the most
/// recent such day on or before it), relative expressions and years left out of explicit
/// dates.
pub fn find_dates(text: &str, tokens: &[Token], published: Option<Ymd>) -> Vec<DateMention> {
    let words: Vec<String> = tokens.iter().map(|t| fold(t.text(text))).collect();
    find_dates_in(&words, tokens, published)
}

/// [`find_dates`] over the tokens' folded forms (computed once for several layers).
pub fn find_dates_in(
    words: &[String],
    tokens: &[Token],
    published: Option<Ymd>,
) -> Vec<DateMention> {
    let n = tokens.len();
    let mut out = Vec::new();
    let mut i = 0;
    // the token after the last recurring weekday (`أيام الثلاثاء والخميس`: the next one too)
    let mut weekly_until = usize::MAX;
    let pub_days = published.map(days_from_civil);
    let triggers = triggers();
    let may_start = |k: usize| -> bool {
        tokens[k].kind == TokenKind::Number
            || triggers
                .contains_key(without_proclitics(&words[k], |x| triggers.contains_key(x)).as_ref())
    };
    while i < n {
        // most words cannot start a date: skip them before any other test
        if !may_start(i) {
            i += 1;
            continue;
        }
        let start = i;
        // a decade (`في التسعينات`, `خلال الثمانينيات من القرن الماضي`), after a word of
        // time or with its century
        if let Some(d) = decade(&words[i]) {
            let cued = i > 0 && DECADE_CUES.contains(&words[i - 1].as_str());
            let mut end = i + 1;
            if words.get(end).is_some_and(|w| w == "من") {
                end += 1;
            }
            let century = words.get(end).is_some_and(|w| w == "القرن")
                && words
                    .get(end + 1)
                    .is_some_and(|w| matches!(w.as_str(), "الماضي" | "العشرين" | "الفارط"));
            if cued || century {
                let end = if century { end + 2 } else { i + 1 };
                out.push(DateMention {
                    tokens: i..end,
                    kind: DateKind::Year,
                    value: Some(format!("{d:04}/{:04}", d + 9)),
                    calendar: None,
                });
                i = end;
                continue;
            }
        }
        // optional opener: يوم / صباح / مساء …
        let opener =
            OPENERS.contains(&without_proclitics(&words[i], |x| OPENERS.contains(&x)).as_ref());
        let mut j = if opener { i + 1 } else { i };
        // `مساء يوم السبت`: a time of day, then يوم
        if opener && j + 1 < n && words[j] == "يوم" && words[i] != "يوم" {
            j += 1;
        }
        if j >= n {
            break;
        }
        let w = without_proclitics(&words[j], |x| {
            is_weekday_word(x)
                || RELATIVE_DAYS.iter().any(|(r, _)| r[0] == x)
                || PERIODS.contains(&x)
                || THIS.contains(&x)
        });
        let w = w.as_ref();
        // `من الاثنين إلى الجمعة`, `من يوم الإثنين إلى يوم الجمعة`: a recurring range of
        // weekdays is no date; nor are `أيام السبت`, Saturdays
        let word = |k: usize| words.get(k).map_or("", String::as_str);
        // (a weekday, after يوم or not, ending right before `k`: where it starts)
        let weekday_before = |k: usize| match k.checked_sub(1) {
            Some(d) if is_weekday_word(word(d)) => Some(if d > 0 && word(d - 1) == "يوم" {
                d - 1
            } else {
                d
            }),
            _ => None,
        };
        let from = if j > 0 && word(j - 1) == "يوم" {
            j - 1
        } else {
            j
        };
        let weekday_after = |k: usize| {
            is_weekday_word(word(k)) || (word(k) == "يوم" && is_weekday_word(word(k + 1)))
        };
        let weekly = is_weekday_word(w)
            && ((from > 0
                && word(from - 1) == "من"
                && word(j + 1) == "الي"
                && weekday_after(j + 2))
                || (from > 0
                    && word(from - 1) == "الي"
                    && weekday_before(from - 1).is_some_and(|d| d > 0 && word(d - 1) == "من"))
                // (`أيام الجمعة 9 ديسمبر والثلاثاء 13 ديسمبر` are dates)
                || (from > 0 && word(from - 1) == "ايام" && number(word(j + 1)).is_none())
                || (j == weekly_until && words[j].starts_with('و')));
        if weekly {
            weekly_until = j + 1;
            i = j + 1;
            continue;
        }
        // `عيد الأضحى الفارط`, `بعيد الفطر`: a holiday, with the year it falls in when a
        // qualifier says so
        if without_proclitics(&words[j], |x| x == "عيد") == "عيد" {
            if let Some(&(_, cal)) = words
                .get(j + 1)
                .and_then(|h| HOLIDAYS.iter().find(|(x, _)| x == h))
            {
                let qualified = words.get(j + 2).is_some_and(|q| direction(q).is_some());
                // (a holiday named as a season or a break, `لموسم عيد الفطر`, `عطلة عيد الفطر`,
                // is no point in time: it needs its qualifier, an opener such as `يوم`, or a
                // word of time before it: `غداة عيد الأضحى`, `قبل عيد الفطر`)
                let timed = opener
                    || (j > 0
                        && (MONTH_PREPOSITIONS.contains(&words[j - 1].as_str())
                            || matches!(
                                words[j - 1].as_str(),
                                "غداه" | "عشيه" | "بمناسبه" | "بحلول" | "اثناء"
                            )));
                if !qualified && !timed {
                    i = j + 1;
                    continue;
                }
                let end = j + 2 + usize::from(qualified);
                out.push(DateMention {
                    tokens: start..end,
                    kind: DateKind::Explicit,
                    value: None,
                    calendar: Some(cal),
                });
                i = end;
                continue;
            }
            i = j + 1;
            continue;
        }
        // `المتهمين الاثنين`: after a definite dual or plural, الاثنين is "the two"
        // (or before a definite dual or plural adjective: `في شأن الاثنين الآخرين`)
        let the_two = w == "الاثنين"
            && !opener
            && ((j > 0
                && words[j - 1].starts_with("ال")
                && (words[j - 1].ends_with("ين") || words[j - 1].ends_with("ان")))
                || words.get(j + 1).is_some_and(|x| {
                    matches!(x.as_str(), "الاخرين" | "الاخيرين" | "المذكورين" | "الباقيين")
                }));
        if the_two {
            i = j + 1;
            continue;
        }
        // `بمعتمدية سوق الأحد`: a market town named for its day
        // (and `صلاة الجمعة`, the Friday prayer; `خطيب الجمعة`, `خطبة الجمعة`, its preacher
        // and sermon)
        let market = j > 0 && {
            let p = words[j - 1].as_str();
            let bare = p.strip_prefix(['و', 'ب', 'ل']).unwrap_or(p);
            let prayer = |x: &str| matches!(x, "سوق" | "صلاه" | "خطيب" | "خطبه" | "امام");
            prayer(bare) || prayer(p)
        };
        // `ليلة رأس السنة`: New Year
        if w == "راس" && words.get(j + 1).is_some_and(|x| x == "السنه") {
            let end = j
                + 2
                + usize::from(
                    words
                        .get(j + 2)
                        .is_some_and(|x| matches!(x.as_str(), "الميلاديه" | "الهجريه" | "الجديده")),
                );
            out.push(DateMention {
                tokens: start..end,
                kind: DateKind::Explicit,
                value: None,
                calendar: None,
            });
            i = end;
            continue;
        }
        // weekday
        if let Some(&(_, wd)) = WEEKDAYS.iter().find(|(d, _)| *d == w).filter(|_| !market) {
            // `يوم السبت الماضي`, `الخميس القادم`: the one before or after this week's
            let dir = words
                .get(j + 1)
                .and_then(|q| direction(q))
                .filter(|&d| d != 0);
            let mut end = j + 1 + usize::from(dir.is_some());
            // `ليلة الأحد إلى الاثنين`: one night, from one day to the next
            if dir.is_none()
                && word(start) == "ليله"
                && matches!(word(end), "الي" | "حتي")
                && is_weekday_word(word(end + 1))
            {
                end += 2;
            }
            // `الاثنين من الأسبوع الفارط`: a day of the week before (or after) this one
            // (weeks start on Sunday, الأحد "the first")
            let week = (dir.is_none() && word(end) == "من" && word(end + 1) == "الاسبوع")
                .then(|| direction(word(end + 2)))
                .flatten();
            if week.is_some() {
                end += 3;
            }
            // `يومي السبت والأحد المقبلين`: the qualifier after a coordinated weekday is this
            // one's too
            let shared = dir
                .is_none()
                .then(|| {
                    let next = word(j + 1).strip_prefix('و')?;
                    is_weekday_word(next).then(|| direction(word(j + 2)))?
                })
                .flatten()
                .filter(|&d| d != 0);
            let value = pub_days.map(|p| {
                let back = i64::from((weekday(civil_from_days(p)) + 7 - wd) % 7);
                let day = match (dir.or(shared), week) {
                    (_, Some(w)) => {
                        let sunday = p - i64::from(weekday(civil_from_days(p)));
                        sunday + 7 * w + i64::from(wd)
                    }
                    (Some(-1), _) if back == 0 => p - 7,
                    (Some(1), _) => p - back + 7,
                    _ => p - back,
                };
                iso(civil_from_days(day))
            });
            out.push(DateMention {
                tokens: start..end,
                kind: DateKind::Weekday,
                value,
                calendar: None,
            });
            i = end;
            continue;
        }
        // relative days; `اليوم العالمي` (a named day), `اليوم الأول` are not today
        // (a definite adjective follows a named day; a definite noun after today is the
        // subject of the sentence: `تدخل اليوم النائب`)
        let named_day = w == "اليوم"
            && words.get(j + 1).is_some_and(|x| {
                x.starts_with("ال")
                    // (not the preposition إلى: `بمجلس نواب اليوم إلى صيغة`)
                    && x != "الي"
                    && (x.ends_with('ي')
                        || matches!(x.as_str(), "الاخير" | "المفتوح" | "الموعود")
                        // (an ordinal: `ولليوم السابع على التوالي`, the seventh day)
                        || ORDINAL_DAYS.iter().any(|o| o.0 == x))
                    && !is_weekday_word(x)
            });
        // `2800 وسيلة نقل في اليوم` (a day), `خلال اليوم ذاته` (the day named before): no
        // date of their own
        let not_today = w == "اليوم"
            && !opener
            && ((j > 0
                && words[j - 1] == "في"
                && !words
                    .get(j + 1)
                    .is_some_and(|x| is_weekday_word(x)))
                // (`في نفس اليوم`: the same day)
                || (j > 0 && matches!(words[j - 1].as_str(), "نفس" | "ذات"))
                // (`التي باتت اليوم عادة`: "nowadays", after a verb of becoming)
                || (j > 0
                    && matches!(
                        words[j - 1].as_str(),
                        "بات" | "باتت" | "اصبح" | "اصبحت" | "صار" | "صارت" | "اضحي" | "اضحت"
                    ))
                // (`على مدار اليوم`, `طوال اليوم`: all day long)
                || (j > 0 && matches!(words[j - 1].as_str(), "مدار" | "طوال" | "طيله"))
                // (`لموقع "روسيا اليوم"`: the last word of a quoted name)
                || (words.get(j + 1).is_some_and(|x| is_quote_mark(x))
                    && ((j >= 2 && is_quote_mark(&words[j - 2]))
                        || (j >= 3 && is_quote_mark(&words[j - 3]))))
                // (`أن هذا اليوم تزامن مع …`, `تنظيم هذا اليوم سنويا`: the occasion named
                // before, the subject of a reported clause or the object of organising or
                // commemorating it)
                || (j > 1
                    && words[j - 1] == "هذا"
                    && matches!(
                        words[j - 2].as_str(),
                        "ان" | "بان" | "لان" | "وان" | "تنظيم" | "احياء"
                    ))
                || words
                    .get(j + 1)
                    .is_some_and(|x| matches!(x.as_str(), "ذاته" | "نفسه")));
        // `في الثامن من نوفمبر`, `العاشر من الشهر الجاري`: an ordinal day of a month
        // `النصف الأول من رمضان لهذه السنة`: a part of a month is no day of it (no value)
        let part_of = j > 0 && PART_NOUNS.contains(&words[j - 1].as_str());
        if part_of
            && ORDINAL_DAYS.iter().any(|o| o.0 == w)
            && words.get(j + 1).is_some_and(|x| x == "من")
        {
            if let Some((_, cal, len)) = month_at(words, j + 2) {
                let mut end = j + 2 + len;
                end += this_year_len(words, end);
                if words
                    .get(end)
                    .is_some_and(|w| matches!(w.as_str(), "سنه" | "لسنه"))
                    && words.get(end + 1).and_then(|w| number(w)).is_some()
                {
                    end += 2;
                }
                out.push(DateMention {
                    tokens: j - 1..end,
                    kind: DateKind::Explicit,
                    value: None,
                    calendar: Some(cal.name()),
                });
                i = end;
                continue;
            }
        }
        if let Some(&(_, d)) = ORDINAL_DAYS.iter().find(|o| o.0 == w) {
            if words.get(j + 1).is_some_and(|x| x == "من") {
                let current = words.get(j + 2).is_some_and(|x| x == "الشهر")
                    && words
                        .get(j + 3)
                        .is_some_and(|x| CURRENT.contains(&x.as_str()));
                let month = month_at(words, j + 2).filter(|_| !current);
                if current || month.is_some() {
                    let end = match month {
                        Some((_, _, len)) => j + 2 + len,
                        None => j + 4,
                    };
                    let value = match (month, published) {
                        (None, Some((y, m, _))) => Some(iso((y, m, d as u32))),
                        _ => None,
                    };
                    out.push(DateMention {
                        tokens: start..end,
                        kind: DateKind::Explicit,
                        value,
                        calendar: Some(month.map_or(Calendar::Gregorian, |m| m.1).name()),
                    });
                    i = end;
                    continue;
                }
            }
        }
        // `ليوم الغد`, `يوم الغد`: tomorrow (the bare `الغد` is also "the future")
        if opener && matches!(w, "الغد" | "غد") {
            out.push(DateMention {
                tokens: start..j + 1,
                kind: DateKind::Relative,
                value: pub_days.map(|p| iso(civil_from_days(p + 1))),
                calendar: None,
            });
            i = j + 1;
            continue;
        }
        // `كشفت قبل يومين أن`: two days (a week, two weeks) before publication, `قبل سنتين`
        // two years before its year; not `قبل يومين من الانتخابات`, before another event
        let ago = (w == "قبل")
            .then(|| match words.get(j + 1).map(String::as_str) {
                Some("يومين") => Some((2, 0)),
                Some("اسبوع") => Some((7, 0)),
                Some("اسبوعين") => Some((14, 0)),
                Some("سنتين" | "عامين") => Some((0, 2)),
                _ => None,
            })
            .flatten()
            .filter(|_| {
                !words
                    .get(j + 2)
                    .is_some_and(|x| matches!(x.as_str(), "من" | "علي" | "فقط" | "تقريبا"))
            });
        if let Some((days, years)) = ago {
            out.push(DateMention {
                tokens: start..j + 2,
                kind: DateKind::Relative,
                value: pub_days.map(|p| match years {
                    0 => iso(civil_from_days(p - days)),
                    y => format!("{:04}", civil_from_days(p).0 - y),
                }),
                calendar: None,
            });
            i = j + 2;
            continue;
        }
        if let Some((r, off)) = RELATIVE_DAYS.iter().find(|(r, _)| {
            !named_day
                && !not_today
                && r[0] == w
                && r[1..]
                    .iter()
                    .enumerate()
                    .all(|(k, x)| words.get(j + 1 + k).map(String::as_str) == Some(*x))
        }) {
            out.push(DateMention {
                tokens: start..j + r.len(),
                kind: DateKind::Relative,
                value: pub_days.map(|p| iso(civil_from_days(p + off))),
                calendar: None,
            });
            i = j + r.len();
            continue;
        }
        // the week / month / year before, after, current
        // `هذا الأسبوع` is `الأسبوع الحالي`
        // (`هذين اليومين`: the dual demonstrative with a dual period)
        let this = THIS.contains(&w)
            && words.get(j + 1).is_some_and(|x| {
                if w == "هذين" {
                    matches!(x.as_str(), "اليومين" | "الاسبوعين" | "الشهرين" | "العامين")
                } else {
                    PERIODS[..4].contains(&x.as_str()) || SEASONS.contains(&x.as_str())
                }
            });
        let (w, j) = if this {
            (words[j + 1].as_str(), j + 1)
        } else {
            (w, j)
        };
        // `الأيام القليلة الماضية`, `الأشهر الأخيرة الماضية`: a plural period may take an
        // adjective of size or order before its qualifier
        // (`السنوات الثلاث الأخيرة`: a number, then "the last")
        let latest = |k: usize| {
            words
                .get(k)
                .is_some_and(|x| matches!(x.as_str(), "الاخيره" | "الاخير" | "الاخيرين"))
        };
        let adjective = PERIODS[4..].contains(&w)
            && words
                .get(j + 1)
                .is_some_and(|x| PERIOD_ADJECTIVES.contains(&x.as_str()));
        let between = usize::from(
            ((adjective
                || (matches!(w, "السنه" | "العام")
                    && words
                        .get(j + 1)
                        .is_some_and(|x| YEAR_KINDS.contains(&x.as_str()))))
                && words.get(j + 2).is_some_and(|q| direction(q).is_some()))
                || (adjective && latest(j + 2)),
        );
        // `السنوات الأخيرة`, `الأيام الأخيرة`: the recent ones (a plural period only: `الأسبوع
        // الأخير من الشهر` is no relative date)
        let recent = PERIODS[4..].contains(&w) && latest(j + 1 + between);
        let dir = if !PERIODS.contains(&w) {
            None
        } else if this {
            Some(0)
        } else if recent {
            Some(-1)
        } else {
            words.get(j + 1 + between).and_then(|q| direction(q))
        };
        // `منذ بداية العام`, `مع نهاية السنة`: a part of this year (not `بداية العام
        // الدراسي`, a school year, nor `بداية العام 2015`, a year found below)
        let part_of_year = dir.is_none()
            && !this
            && matches!(w, "العام" | "السنه")
            && j == start
            && j > 0
            && {
                let p = words[j - 1].strip_prefix('و').unwrap_or(&words[j - 1]);
                let p = match p.strip_prefix(['ب', 'ل']) {
                    Some(rest) if rest != "دايه" => rest,
                    _ => p,
                };
                matches!(
                    p,
                    "بدايه"
                        | "مطلع"
                        | "نهايه"
                        | "اواخر"
                        | "اوائل"
                        | "منتصف"
                        | "موفي"
                        | "مستهل"
                )
            }
            && words
                .get(j + 1)
                .is_none_or(|x| !x.starts_with("ال") && number(x).is_none());
        if part_of_year {
            out.push(DateMention {
                tokens: j - 1..j + 1,
                kind: DateKind::Relative,
                value: published.map(|(y, _, _)| format!("{y:04}")),
                calendar: None,
            });
            i = j + 1;
            continue;
        }
        if let Some(dir) = dir {
            let value = match (published, w) {
                (Some((y, m, _)), "الشهر") => {
                    let idx = y * 12 + i64::from(m) - 1 + dir;
                    Some(format!(
                        "{:04}-{:02}",
                        idx.div_euclid(12),
                        idx.rem_euclid(12) + 1
                    ))
                }
                // (a school or fiscal year spans two calendar years: no value)
                (Some((y, _, _)), "العام" | "السنه") if between == 0 => {
                    Some(format!("{:04}", y + dir))
                }
                _ => None,
            };
            let end = if this { j + 1 } else { j + 2 + between };
            out.push(DateMention {
                tokens: start..end,
                kind: DateKind::Relative,
                value,
                calendar: None,
            });
            i = end;
            continue;
        }
        // explicit: [DAY] MONTH [YEAR] [هـ|م]
        let day = number(&words[j]).filter(|d| (1..=31).contains(d));
        let mstart = if day.is_some() { j + 1 } else { j };
        if let Some((month, cal, mlen)) = month_at(words, mstart) {
            let mut end = mstart + mlen;
            // `أفريل سنة 2015`, `ماي عام 2016`, `رمضان لسنة 1436 هجري`: the year after its
            // noun
            // (a Hijri month may take a Gregorian year: `شهر رمضان لسنة 2017`)
            let year_range = match cal {
                Calendar::Gregorian => 1800..=2200,
                Calendar::Hijri => 1300..=2200,
            };
            let year_noun = words
                .get(end)
                .is_some_and(|w| matches!(w.as_str(), "سنه" | "عام" | "لسنه" | "لعام"))
                && words
                    .get(end + 1)
                    .and_then(|w| number(w))
                    .is_some_and(|y| year_range.contains(&y));
            // (`27 جانفي من سنة 2014`, `في ديسمبر من العام 2016`: the year of a day or a
            // month, after من)
            let of_year = !year_noun
                && words.get(end).is_some_and(|w| w == "من")
                && words
                    .get(end + 1)
                    .is_some_and(|w| matches!(w.as_str(), "سنه" | "عام" | "السنه" | "العام"))
                && words
                    .get(end + 2)
                    .and_then(|w| number(w))
                    .is_some_and(|y| (1800..=2200).contains(&y));
            if year_noun {
                end += 1;
            } else if of_year {
                end += 2;
            }
            let year = words
                .get(end)
                .and_then(|w| number(w))
                .filter(|y| (1..=2200).contains(y));
            if year.is_some() {
                end += 1;
                if words.get(end).is_some_and(|w| era(w).is_some()) {
                    end += 1;
                }
            }
            // `رمضان لهذه السنة`, `شهر جانفي من هذا العام`: the month of the current year
            let this_year = if year.is_none() {
                this_year_len(words, end)
            } else {
                0
            };
            end += this_year;
            // a month name alone is too ambiguous (مارس = "he practised", ماي …)
            // `سبتمبر الفارط`, `15 ديسمبر الحالي`, `26 نوفمبر القادم`
            let qualifier = if year.is_none() {
                words.get(end).and_then(|q| direction(q))
            } else {
                None
            };
            if qualifier.is_some() {
                end += 1;
            }
            // `شهر ماي`: the month of the current year
            let month_word = day.is_none()
                && mstart > 0
                && without_proclitics(&words[mstart - 1], |x| x == "شهر") == "شهر";
            let start = if month_word && start == mstart {
                mstart - 1
            } else {
                start
            };
            // `في سبتمبر`, `منذ أفريل`: after a preposition of time a month name is one
            let after_preposition = day.is_none()
                && mstart == start
                && mstart > 0
                && MONTH_PREPOSITIONS.contains(&words[mstart - 1].as_str());
            if day.is_some()
                || year.is_some()
                || qualifier.is_some()
                || this_year > 0
                || month_word
                || after_preposition
            {
                let year = year.or_else(|| {
                    (cal == Calendar::Gregorian)
                        .then_some(published.map(|(py, pm, _)| match qualifier {
                            Some(-1) if month >= pm => py - 1,
                            Some(1) if month <= pm => py + 1,
                            _ => py,
                        }))
                        .flatten()
                });
                let value = match (cal, day, year) {
                    (Calendar::Gregorian, Some(d), Some(y)) => Some(iso((y, month, d as u32))),
                    (Calendar::Gregorian, None, Some(y)) => Some(format!("{y:04}-{month:02}")),
                    // (a Gregorian year with a Hijri month: no conversion here)
                    (Calendar::Hijri, _, Some(y)) if y > 1500 => None,
                    (Calendar::Hijri, Some(d), Some(y)) => {
                        Some(format!("{y:04}-{month:02}-{d:02} AH"))
                    }
                    (Calendar::Hijri, None, Some(y)) => Some(format!("{y:04}-{month:02} AH")),
                    _ => None,
                };
                out.push(DateMention {
                    tokens: start..end,
                    kind: DateKind::Explicit,
                    value,
                    calendar: Some(cal.name()),
                });
                i = end;
                continue;
            }
        }
        // `يوم 25 من نفس الشهر`, `25 من الشهر الجاري`: a day of a month named before or of
        // the current one
        if let Some(d) = day.filter(|_| words.get(j + 1).is_some_and(|w| w == "من")) {
            let at = |k: usize| words.get(j + 2 + k).map_or("", String::as_str);
            let same = matches!(
                (at(0), at(1)),
                ("نفس" | "ذات", "الشهر") | ("الشهر", "نفسه" | "ذاته")
            );
            let current = at(0) == "الشهر" && CURRENT.contains(&at(1));
            if same || current {
                let value = published
                    .filter(|_| current)
                    .map(|(y, m, _)| iso((y, m, d as u32)));
                out.push(DateMention {
                    tokens: start..j + 4,
                    kind: DateKind::Explicit,
                    value,
                    calendar: Some("gregorian"),
                });
                i = j + 4;
                continue;
            }
        }
        // numeric date 2019/03/11, 11/3/2019, 11-03-2019
        if tokens[j].kind == TokenKind::Number {
            let parts: Vec<&str> = words[j].split(['/', '-', '.']).collect();
            if parts.len() == 3 && parts.iter().all(|p| number(p).is_some()) {
                let p: Vec<i64> = parts.iter().filter_map(|x| number(x)).collect();
                let ymd = if p[0] > 31 {
                    Some((p[0], p[1] as u32, p[2] as u32))
                } else if p[2] > 31 {
                    Some((p[2], p[1] as u32, p[0] as u32))
                } else {
                    None
                };
                if let Some((y, m, d)) =
                    ymd.filter(|&(_, m, d)| (1..=12).contains(&m) && (1..=31).contains(&d))
                {
                    out.push(DateMention {
                        tokens: start..j + 1,
                        kind: DateKind::Explicit,
                        value: Some(iso((y, m, d))),
                        calendar: Some("gregorian"),
                    });
                    i = j + 1;
                    continue;
                }
            }
            // a span of years written as one token (`2013-2014`, a season or a school year)
            // or apart (`بين 2014 - 2017`)
            let apart = || match (
                number(&words[j]),
                words.get(j + 1).map(String::as_str),
                words.get(j + 2).and_then(|w| number(w)),
            ) {
                // (`2016ـ2017`: a tatweel between, which folds to nothing)
                (Some(a), Some("-" | "–" | "/" | ""), Some(b)) => year_span(a, b),
                _ => None,
            };
            let span = year_range(&words[j])
                .map(|y| (y, 1))
                .or_else(|| apart().map(|y| (y, 3)));
            if let Some(((a, b), len)) = span {
                out.push(DateMention {
                    tokens: j..j + len,
                    kind: DateKind::Year,
                    value: Some(format!("{a:04}/{b:04}")),
                    calendar: None,
                });
                i = j + len;
                continue;
            }
            // a year with its era (`سنة 1438 هجري`, `عام 1258 م`): any year, in its calendar
            if let Some(y) = number(&words[j]).filter(|&y| y > 0) {
                let prev = j
                    .checked_sub(1)
                    .map(|k| without_proclitics(&words[k], |x| YEAR_CUES.contains(&x)));
                let year_noun = prev.as_deref().is_some_and(|p| YEAR_NOUNS.contains(&p));
                // the one-letter eras also abbreviate units (`400 م` metres): a year noun
                // before them, or a year of their era's range
                let cal = words.get(j + 1).and_then(|w| {
                    let cal = era(w)?;
                    let plausible = year_noun
                        || w.chars().count() > 2
                        || match cal {
                            Calendar::Hijri => (1..=1500).contains(&y),
                            Calendar::Gregorian => (1800..=2100).contains(&y),
                        };
                    plausible.then_some(cal)
                });
                if let Some(cal) = cal {
                    let s = if year_noun { j - 1 } else { j };
                    let hijri = cal == Calendar::Hijri;
                    out.push(DateMention {
                        tokens: s..j + 2,
                        kind: DateKind::Year,
                        value: Some(if hijri {
                            format!("{y:04} AH")
                        } else {
                            format!("{y:04}")
                        }),
                        calendar: hijri.then_some(cal.name()),
                    });
                    i = j + 2;
                    continue;
                }
            }
            // a year: after a cue word
            if let Some(y) = number(&words[j]).filter(|y| (1800..=2100).contains(y)) {
                let prev = if j > 0 {
                    without_proclitics(&words[j - 1], |x| YEAR_CUES.contains(&x))
                } else {
                    "".into()
                };
                let prev = prev.as_ref();
                // `في سنتي 2010 و2011`, `عامي 1995 و2012`: the dual "the years" and both
                // of them are one expression
                let dual = (matches!(prev, "سنتي" | "عامي")
                    && words.get(j + 1).is_some_and(|w| w == "و"))
                .then(|| words.get(j + 2).and_then(|w| number(w)))
                .flatten()
                .filter(|&b| b > y && b <= 2100);
                if dual.is_some() {
                    out.push(DateMention {
                        tokens: j - 1..j + 3,
                        kind: DateKind::Year,
                        value: None,
                        calendar: None,
                    });
                    i = j + 3;
                    continue;
                }
                // `ما بين 2004 و2014`: two years
                let second = (prev == "بين" && words.get(j + 1).is_some_and(|w| w == "و"))
                    .then(|| words.get(j + 2).and_then(|w| number(w)))
                    .flatten()
                    .filter(|&b| b > y && b <= 2100 && y >= 1900);
                if let Some(b) = second {
                    for (t, v) in [(j, y), (j + 2, b)] {
                        out.push(DateMention {
                            tokens: t..t + 1,
                            kind: DateKind::Year,
                            value: Some(format!("{v:04}")),
                            calendar: None,
                        });
                    }
                    i = j + 3;
                    continue;
                }
                // `الثلاثية الأولى من 2017`: the year of a period (not `أكثر من 2000`)
                let of_period =
                    prev == "من" && j >= 2 && PERIOD_OF_YEAR.contains(&words[j - 2].as_str());
                // `من 2011 إلى 2014`: the end of a range that starts with a date
                let range_end = matches!(prev, "الي" | "حتي")
                    && out.last().is_some_and(|d: &DateMention| {
                        d.tokens.end + 1 == j && d.kind == DateKind::Year
                    });
                let cue = YEAR_CUES.contains(&prev) || of_period || range_end;
                if cue {
                    let s = if YEAR_NOUNS.contains(&prev) || SEASON_CUES.contains(&prev) {
                        j - 1
                    } else {
                        j
                    };
                    out.push(DateMention {
                        tokens: s..j + 1,
                        kind: DateKind::Year,
                        value: Some(format!("{y:04}")),
                        calendar: None,
                    });
                    i = j + 1;
                    continue;
                }
            }
        }
        i += 1;
    }
    // `نهج 9 أفريل`, `شارع 20 مارس`: a date after a street noun names the street
    // (and the second of two streets: `مفترق شارعي الاستقلال و14 جانفي 2014`); a day
    // named by its relation to today names none (`شهدها المعهد أمس`), a weekday may
    // (`مدرسة الأحد`)
    out.retain(|d| {
        if d.kind == DateKind::Relative {
            return true;
        }
        let t = d.tokens.start;
        let second_street = t >= 2
            && words[t - 1] == "و"
            && words[t.saturating_sub(4)..t - 1]
                .iter()
                .any(|w| matches!(w.as_str(), "شارعي" | "نهجي" | "انهج"));
        t == 0
            || !(second_street
                || STREET_NOUNS.contains(
                    &without_proclitics(&words[t - 1], |x| STREET_NOUNS.contains(&x)).as_ref(),
                ))
    });
    // `من كل شهر ماي`, `كل يوم جمعة`, `يوم 30 مارس من كل سنة`: what recurs is no date
    out.retain(|d| {
        let before = |k: usize| d.tokens.start.checked_sub(k).map(|t| words[t].as_str());
        let after = |k: usize| words.get(d.tokens.end + k).map(String::as_str);
        before(1) != Some("كل")
            && !(before(2) == Some("كل")
                && before(1).is_some_and(|w| matches!(w, "شهر" | "يوم" | "سنه" | "عام")))
            && !(after(0) == Some("من")
                && after(1) == Some("كل")
                && after(2).is_some_and(|w| matches!(w, "سنه" | "عام")))
    });
    merge_adjacent(out, words)
}

/// Whether a folded word is a weekday name (`الاثنين`, `الجمعه`).
fn is_weekday_word(w: &str) -> bool {
    WEEKDAYS.iter().any(|(d, _)| *d == w)
}

/// Whether `d` may join the expression `prev` right before it: a Hijri date continues
/// only a Hijri one or a weekday (`يوم الثلاثاء 15 رمضان`), and nothing Gregorian
/// continues a Hijri date.
fn calendars_join(prev: &DateMention, d: &DateMention) -> bool {
    let hijri = |m: &DateMention| m.calendar == Some("hijri");
    match (hijri(prev), hijri(d)) {
        (true, d_hijri) => d_hijri,
        (false, true) => prev.calendar.is_none() && prev.kind == DateKind::Weekday,
        (false, false) => true,
    }
}

/// Joins date expressions that follow each other directly (`اليوم الأربعاء 8 جوان 2016`,
/// `بعد غد الجمعة 23 ديسمبر`) into one, keeping the most precise value.
fn merge_adjacent(found: Vec<DateMention>, words: &[String]) -> Vec<DateMention> {
    let rank = |d: &DateMention| match (d.kind, d.value.is_some()) {
        (DateKind::Explicit, true) => 5,
        (DateKind::Relative, true) => 4,
        (DateKind::Weekday, true) => 3,
        (DateKind::Explicit, false) => 2,
        (DateKind::Weekday, false) => 1,
        _ => 0,
    };
    let mut out: Vec<DateMention> = Vec::with_capacity(found.len());
    for d in found {
        // `يومي السبت 8 والأحد 9 أفريل 2017`: a weekday, its day number and a coordinated
        // date are one expression
        if let Some(prev) = out.last_mut() {
            let coordinated = prev.kind == DateKind::Weekday
                && prev.tokens.end + 1 == d.tokens.start
                && number(&words[prev.tokens.end]).is_some_and(|n| (1..=31).contains(&n))
                && words[d.tokens.start].starts_with('و');
            if coordinated {
                let start = prev.tokens.start;
                *prev = d;
                prev.tokens.start = start;
                continue;
            }
        }
        if let Some(prev) = out.last_mut() {
            // `يومي أمس الخميس و اليوم الجمعة`: the two relative days of the dual `يومي`
            // are one expression (its value the first day's; two explicit dates stay apart)
            let two_days = words[prev.tokens.start] == "يومي"
                && matches!(prev.kind, DateKind::Relative | DateKind::Weekday)
                && d.kind == DateKind::Relative
                && ((prev.tokens.end + 1 == d.tokens.start
                    && words.get(prev.tokens.end).is_some_and(|w| w == "و"))
                    || (prev.tokens.end == d.tokens.start
                        && words[d.tokens.start].starts_with('و')));
            if two_days {
                prev.tokens.end = d.tokens.end;
                continue;
            }
        }
        if let Some(prev) = out.last_mut() {
            // `صباح اليوم (الاثنين)`: the weekday of a relative day in brackets
            let bracketed = prev.kind == DateKind::Relative
                && d.kind == DateKind::Weekday
                && prev.tokens.end + 1 == d.tokens.start
                && words[prev.tokens.end] == "("
                && words.get(d.tokens.end).is_some_and(|w| w == ")");
            if bracketed {
                prev.tokens.end = d.tokens.end + 1;
                continue;
            }
        }
        if let Some(prev) = out.last_mut() {
            // `من 2011 إلى 2014`: a range of years is one expression, its value an ISO 8601
            // interval (the gold sets keep the ends of a range of days or months apart: `من 11
            // ماي الى 30 جوان 2017`)
            let range = prev.kind == DateKind::Year
                && d.kind == DateKind::Year
                && prev.tokens.end + 1 == d.tokens.start
                && matches!(words[prev.tokens.end].as_str(), "الي" | "حتي");
            // `السنة الدراسية المقبلة 2017-2018`: a relative year and the year it names
            let named_year = prev.kind == DateKind::Relative
                && d.kind == DateKind::Year
                && prev.tokens.end == d.tokens.start
                && matches!(
                    words[prev.tokens.start].as_str(),
                    "السنه" | "العام" | "الموسم" | "سنه" | "عام"
                );
            if range || named_year {
                prev.value = match (prev.value.take(), d.value) {
                    (Some(a), Some(b)) if range => Some(format!("{a}/{b}")),
                    (_, b) if named_year => b,
                    (a, _) => a,
                };
                if named_year {
                    prev.kind = DateKind::Year;
                }
                prev.tokens.end = d.tokens.end;
                continue;
            }
        }
        match out.last_mut() {
            // `اليوم، الأربعاء`: a weekday after a relative day and a comma
            Some(prev)
                if (prev.tokens.end == d.tokens.start
                    || (prev.tokens.end + 1 == d.tokens.start
                        && matches!(words[prev.tokens.end].as_str(), "،" | ",")
                        && ((prev.kind == DateKind::Relative && d.kind == DateKind::Weekday)
                            // `اليوم الجمعة، 12 ماي 2017`: the day, then its date
                            || (prev.kind == DateKind::Weekday
                                && d.kind == DateKind::Explicit
                                && number(&words[d.tokens.start])
                                    .is_some_and(|n| (1..=31).contains(&n))))))
                    && d.kind != DateKind::Year
                    // `شهر رمضان لسنة 1436 هجري يوم الثلاثاء 16 جوان`: a Hijri date and a
                    // Gregorian one are two expressions (each has its own value)
                    && calendars_join(prev, &d)
                    // `العودة المدرسية 2016/2017 اليوم الجمعة`: a year is one expression
                    && prev.kind != DateKind::Year
                    // `في الثامن من نوفمبر الأسبوع الماضي أعلنت`: a date, then when
                    // something else happened
                    && !(prev.kind == DateKind::Explicit && d.kind == DateKind::Relative)
                    // `صباح الجمعة الماضي يوم 24 مارس 2017`: يوم restates the day apart
                    && !(prev.kind == DateKind::Weekday && words[d.tokens.start] == "يوم")
                    // `اليوم الثلاثاء وغدا الأربعاء`: another day, coordinated
                    && !(d.kind == DateKind::Relative && words[d.tokens.start].starts_with('و'))
                    // `بين شهر جوان وجويلية 2017`: the ends of a range are two dates (but
                    // `خلال جانفي وفيفري 2016` is one)
                    && !(prev.kind == DateKind::Explicit
                        && d.kind == DateKind::Explicit
                        && prev.tokens.start > 0
                        && words[prev.tokens.start - 1] == "بين"
                        && words[d.tokens.start]
                            .strip_prefix('و')
                            .is_some_and(|w| number(w).is_none())) =>
            {
                let end = d.tokens.end;
                if rank(&d) > rank(prev) {
                    let start = prev.tokens.start;
                    *prev = d;
                    prev.tokens.start = start;
                }
                prev.tokens.end = end;
            }
            _ => out.push(d),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn run(text: &str, published: Option<Ymd>) -> Vec<(String, DateKind, Option<String>)> {
        let toks = tokenize(text);
        find_dates(text, &toks, published)
            .into_iter()
            .map(|d| {
                let s = &text[toks[d.tokens.start].byte_start..toks[d.tokens.end - 1].byte_end];
                (s.to_string(), d.kind, d.value)
            })
            .collect()
    }

    /// The text and value of each date found.
    fn spans_and_values(d: &[(String, DateKind, Option<String>)]) -> Vec<(&str, Option<&str>)> {
        d.iter().map(|x| (x.0.as_str(), x.2.as_deref())).collect()
    }

    #[test]
    fn a_date_of_every_year_is_no_date() {
        assert!(run("يحيون يوم 30 مارس من كل سنة يوم الأرض", None).is_empty());
    }

    #[test]
    fn a_bracketed_weekday_joins_its_day() {
        let d = run(
            "بدأوا إضرابهم صباح اليوم (الاثنين) في السجون",
            Some((2017, 4, 17)),
        );
        assert_eq!(
            d.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(),
            vec!["صباح اليوم (الاثنين)"]
        );
        assert_eq!(d[0].2.as_deref(), Some("2017-04-17"));
    }

    #[test]
    fn a_month_of_this_year_and_a_part_of_a_month() {
        let d = run(
            "خلال النصف الأول من شهر رمضان لسنة 2017 وفي النصف الأول من رمضان لهذه السنة \
             وبداية من شهر جانفي من هذا العام وفي العاشر من رمضان",
            Some((2017, 6, 20)),
        );
        let got = spans_and_values(&d);
        assert_eq!(
            got,
            vec![
                ("شهر رمضان لسنة 2017", None),
                ("النصف الأول من رمضان لهذه السنة", None),
                ("شهر جانفي من هذا العام", Some("2017-01")),
                ("العاشر من رمضان", None),
            ]
        );
    }

    #[test]
    fn a_month_takes_its_year_after_min() {
        let d = run("مقابل 3.5% في جانفي و4.1 % في ديسمبر من سنة 2015.", None);
        let got = spans_and_values(&d);
        assert_eq!(
            got,
            vec![("جانفي", None), ("ديسمبر من سنة 2015", Some("2015-12"))]
        );
        let d = run("نتائج دراسة عرضها المعهد في ديسمبر من العام 2016.", None);
        assert_eq!(
            spans_and_values(&d),
            vec![("ديسمبر من العام 2016", Some("2016-12"))]
        );
    }

    #[test]
    fn a_quoted_name_ending_in_today_is_no_date() {
        let d = run(
            r#"وذكرت المصادر، لموقع "روسيا اليوم" أن المشتبه به دخل اليوم."#,
            None,
        );
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].0, "اليوم");
    }

    #[test]
    fn this_day_as_an_occasion_is_no_date() {
        let d = run(
            "وأوضح أن هذا اليوم يهدف إلى التوعية، وأمل أن يقع تنظيم هذا اليوم سنويا. \
             وتتواصل الأمطار خلال هذا اليوم",
            None,
        );
        let got: Vec<&str> = d.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(got, vec!["اليوم"]);
    }

    #[test]
    fn decades_after_a_word_of_time_or_with_their_century() {
        let d = run(
            "أطلقت لأول مرة في التسعينات. وعرفت البلاد تسعينيات القرن الماضي ازمة. أحياء \
             المناقع والخمسينات والعالية",
            None,
        );
        let got = spans_and_values(&d);
        assert_eq!(
            got,
            vec![
                ("التسعينات", Some("1990/1999")),
                ("تسعينيات القرن الماضي", Some("1990/1999")),
            ]
        );
    }

    #[test]
    fn a_year_with_its_era_is_a_year_of_that_calendar() {
        let d = run(
            "ولد سنة 1400هـ وتوفي عام 1258 م، وفي سنة 1438 هجري فاز في سباق 400 م. \
             رؤية هلال شهر رمضان لسنة 1436 هجري يوم الثلاثاء 16 جوان 2015",
            None,
        );
        let got = spans_and_values(&d);
        assert_eq!(
            got,
            vec![
                ("سنة 1400هـ", Some("1400 AH")),
                ("عام 1258 م", Some("1258")),
                ("سنة 1438 هجري", Some("1438 AH")),
                ("شهر رمضان لسنة 1436 هجري", Some("1436-09 AH")),
                ("يوم الثلاثاء 16 جوان 2015", Some("2015-06-16")),
            ]
        );
    }

    #[test]
    fn calendar_arithmetic() {
        assert_eq!(days_from_civil((1970, 1, 1)), 0);
        assert_eq!(
            civil_from_days(days_from_civil((2019, 3, 11))),
            (2019, 3, 11)
        );
        assert_eq!(weekday((2019, 3, 11)), 1); // a Monday
        assert_eq!(
            civil_from_days(days_from_civil((2020, 3, 1)) - 1),
            (2020, 2, 29)
        );
    }

    #[test]
    fn weekdays_and_relative_days_resolve_against_the_publication_date() {
        let pubd = Some((2019, 3, 12)); // a Tuesday
        let d = run(
            "قصفت الطائرات يوم الإثنين، وقال أمس إن الهجوم استؤنف في وقت متأخر يوم الأحد.",
            pubd,
        );
        assert_eq!(
            d,
            vec![
                (
                    "يوم الإثنين".into(),
                    DateKind::Weekday,
                    Some("2019-03-11".into())
                ),
                ("أمس".into(), DateKind::Relative, Some("2019-03-11".into())),
                (
                    "يوم الأحد".into(),
                    DateKind::Weekday,
                    Some("2019-03-10".into())
                ),
            ]
        );
        let d = run("ومساء الثلاثاء الماضي وصل الوفد، وسيعود الأسبوع المقبل", None);
        // (the qualifier of the weekday belongs to it)
        assert_eq!(d[0].0, "ومساء الثلاثاء الماضي");
        assert_eq!(d[0].2, None);
        assert_eq!(d[1], ("الأسبوع المقبل".into(), DateKind::Relative, None));
        // plural periods and the century: found, no single date
        let d = run("يعلن خلال الساعات القادمة ما بقي منذ العقود الماضية", pubd);
        assert_eq!(d[0], ("الساعات القادمة".into(), DateKind::Relative, None));
        assert_eq!(d[1], ("العقود الماضية".into(), DateKind::Relative, None));
        assert!(run("وينص العقد السابق على الشروط", pubd).is_empty());
        // a named day is not today; today followed by its weekday is
        assert!(run("احتفل العالم باليوم العالمي للإذاعة", pubd).is_empty());
        assert!(run("تواصل ولليوم السابع على التوالي عملية التمشيط", pubd).is_empty());
        assert!(run("تزامن مع إقامة صلاة الجمعة", pubd).is_empty());
        assert_eq!(run("حافظت على نسقها المرتفع منذ آخر 2016", pubd).len(), 1);
        assert_eq!(
            run("العمليات المبرمجة خلال هذين اليومين", pubd)[0].0,
            "هذين اليومين"
        );
        let d = run("تمت المصادقة عليه في 27 جانفي من سنة 2014", pubd);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].0, "27 جانفي من سنة 2014");
        assert_eq!(d[0].2, Some("2014-01-27".into()));
        // `باب` is "chapter", `سوق الأحد` a town; New Year's Eve is a date
        assert!(run("تندرج في باب الاجتهاد بمعتمدية سوق الأحد", pubd).is_empty());
        assert_eq!(
            run("الهجوم على ملهى ليلة رأس السنة", pubd)[0].0,
            "ليلة رأس السنة"
        );
        assert_eq!(run("وصل في آب الماضي", pubd).len(), 1);
        assert_eq!(
            run("الإضراب الذي شرع فيه بداية من هذا الصباح", pubd),
            vec![(
                "هذا الصباح".into(),
                DateKind::Relative,
                Some("2019-03-12".into())
            )]
        );
        // a part of this year; not a school year
        let d = run("تم تحقيق منذ بداية العام عائدات", pubd);
        assert_eq!(
            d,
            vec![(
                "بداية العام".into(),
                DateKind::Relative,
                Some("2019".into())
            )]
        );
        assert!(run("كانت بداية العام الدراسي صعبة", pubd).is_empty());
        // one night from one day to the next, a day of last week
        let d = run("أوقفوا ليلة الأحد إلى الاثنين من الأسبوع الفارط", pubd);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].0, "ليلة الأحد إلى الاثنين من الأسبوع الفارط");
        assert_eq!(d[0].2, Some("2019-03-03".into()));
        assert_eq!(
            run("اجتمعوا الخميس من الأسبوع المقبل", pubd)[0].2,
            Some("2019-03-21".into())
        );
        assert_eq!(
            run("وصل اليوم الثلاثاء", pubd)[0].2,
            Some("2019-03-12".into())
        );
    }

    #[test]
    fn explicit_dates_in_all_month_systems_and_years() {
        let d = run(
            "في 3 مايو 2019 و15 كانون الثاني 2020 و12 جانفي والعام 2014 و2019/03/11 و5 رمضان 1440 هـ ثم 300 شخص",
            Some((2017, 6, 1)),
        );
        let v: Vec<Option<String>> = d.iter().map(|x| x.2.clone()).collect();
        assert_eq!(
            v,
            vec![
                Some("2019-05-03".into()),
                Some("2020-01-15".into()),
                Some("2017-01-12".into()),
                Some("2014".into()),
                Some("2019-03-11".into()),
                Some("1440-09-05 AH".into()),
            ],
            "{d:?}"
        );
        assert_eq!(d[1].0, "15 كانون الثاني 2020");
        assert_eq!(d[3].0, "والعام 2014");
        // a month name alone, or a number that is no year, is not a date
        assert!(run("مارس الرياضة 300 مرة", None).is_empty());
    }

    #[test]
    fn year_spans_birth_years_and_periods_with_an_adjective() {
        let d = run(
            "للسداسي الثاني من السنة الدراسية 2016ـ2017 ستكون موحدة",
            None,
        );
        assert_eq!(d[0].2.as_deref(), Some("2016/2017"));
        // a law named by its year
        let d = run("واستنادا الى قانون 2004 فإن هذا الاجراء غير قانوني", None);
        assert_eq!(spans_and_values(&d), vec![("2004", Some("2004"))]);
        let d = run("سحب ترسيمه للعام 2013-2014 وفاز 15-8", None);
        assert_eq!(
            d,
            vec![("2013-2014".into(), DateKind::Year, Some("2013/2014".into()))]
        );
        let d = run("فتاة من مواليد 1994 أصيلة سيدي بوزيد", None);
        assert_eq!(d[0].0, "1994");
        // a season of a year is one span
        let d = run(
            "وتورطه في أحداث جامع النور في صائفة 2014 التي شهدت مواجهات",
            None,
        );
        assert_eq!(d[0].0, "صائفة 2014");
        let d = run("عمدوا في الأيام القليلة الفارطة إلى سرقة منزل", None);
        assert_eq!(
            d[0],
            ("الأيام القليلة الفارطة".into(), DateKind::Relative, None)
        );
        // an adjective alone does not make a plural noun a period
        assert!(run("الأيام القليلة كانت صعبة", None).is_empty());
    }

    #[test]
    fn a_day_as_a_unit_the_same_day_and_tomorrow() {
        let p = Some((2017, 2, 5));
        assert!(run("تؤمن عبور حوالي 2800 وسيلة نقل في اليوم بين الجرف واجيم", p).is_empty());
        assert!(run("وتسنى خلال اليوم ذاته ضبط مسدس", p).is_empty());
        assert_eq!(run("عن عقد مؤتمر يوم غد", p).len(), 1);
        let d = run("مقررا تأجيل العملية ليوم الغد", p);
        assert_eq!(
            d,
            vec![(
                "ليوم الغد".into(),
                DateKind::Relative,
                Some("2017-02-06".into())
            )]
        );
        // today and the weekday after في stay dates
        assert_eq!(run("تقرر في اليوم الاثنين", p).len(), 1);
        assert_eq!(run("أكد اليوم أن", p).len(), 1);
    }

    #[test]
    fn ordinal_days_national_holidays_and_the_same_day() {
        let p = Some((2016, 9, 19));
        let d = run("الانتخابات التي تجري في الثامن من نوفمبر الأسبوع الماضي", p);
        assert_eq!(d[0].0, "الثامن من نوفمبر");
        let d = run("وأحيل في العاشر من الشهر الجاري على لجنة", p);
        assert_eq!(
            d,
            vec![(
                "العاشر من الشهر الجاري".into(),
                DateKind::Explicit,
                Some("2016-09-10".into())
            )]
        );
        // an ordinal that is not a day stays none
        assert!(run("في الفصل الثامن من الدستور", p).is_empty());
        let d = run("والاعلان عن النتائج يوم عيد الجمهورية", p);
        assert_eq!(d[0].0, "يوم عيد الجمهورية");
        assert!(run("سيجري محادثات مع السيسي في نفس اليوم", p).is_empty());
        assert!(run("استطلاعات الرأي التي أجريت على مدار اليوم", p).is_empty());
    }

    #[test]
    fn last_night_and_the_two() {
        let p = Some((2016, 3, 9));
        let d = run(
            "ترتفع حصيلة الارهابيين الذين تم القضاء عليهم منذ الليلة الفارطة الى 9",
            p,
        );
        assert_eq!(
            d,
            vec![(
                "الليلة الفارطة".into(),
                DateKind::Relative,
                Some("2016-03-08".into())
            )]
        );
        assert!(run("صدرت الأحكام ضد المتهمين الاثنين بعد ثبوت الإدانة", p).is_empty());
        assert!(run(
            "لم يثبت في شأن الإثنين الآخرين سوى أنهما كانا يقيمان في ألمانيا",
            p
        )
        .is_empty());
        // a weekday after a definite noun that is no dual stays one
        assert_eq!(run("أكد اليوم الاثنين أن", p).len(), 1);
    }

    #[test]
    fn holidays_year_pairs_periods_of_a_year_and_street_names() {
        let p = Some((2017, 6, 5));
        let d = run(
            "من 13 % خلال بداية الحملة غداة عيد الأضحى الفارط إلى حوالي 2.9 %",
            p,
        );
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].0, "عيد الأضحى الفارط");
        // a holiday named as a season or a break is no point in time
        assert!(run("استعدادات الحكومة لموسم عيد الفطر المبارك", p).is_empty());
        // (on the occasion of a holiday: its time)
        let d = run("نفذت الوحدات بمناسبة عيد الأضحى حملات أمنية", p);
        assert_eq!(d[0].0, "عيد الأضحى");
        let d = run("تضاعف عدد الأطباء ما بين 2004 و2014 ليرتفع", p);
        let years: Vec<&str> = d.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(years, ["2004", "2014"]);
        // (amounts are no years)
        assert!(run("تتراوح بين 1000 و3000 دينار", p).is_empty());
        let d = run("ارتفاع الإنتاج خلال الثلاثية الأولى من 2017 بنسبة", p);
        assert_eq!(d[0].0, "2017");
        assert!(run("شارك أكثر من 2000 شخص", p).is_empty());
        assert!(run("نهج 9 أفريل وشارع 20 مارس ونهج 1 جوان", p).is_empty());
        assert!(run("ستغلق مفترق شارعي الاستقلال و14 جانفي 2014 (باردو)", p).is_empty());
        let d = run("في الأشهر القريبة القادمة", p);
        assert_eq!(d[0].0, "الأشهر القريبة القادمة");
        // a school year and the day after it are two expressions
        let d = run("العودة المدرسية 2016/2017 اليوم الجمعة 9 سبتمبر 2016", None);
        assert_eq!(d.len(), 2, "{d:?}");
        assert_eq!(d[0].0, "2016/2017");
    }

    #[test]
    fn a_day_of_the_same_or_the_current_month() {
        let p = Some((2017, 1, 6));
        let d = run(
            "تنطلق الأشغال يوم 22 جانفي الجاري لتتواصل إلى يوم 25 من نفس الشهر",
            p,
        );
        assert_eq!(d.len(), 2, "{d:?}");
        assert_eq!(
            d[1],
            ("يوم 25 من نفس الشهر".into(), DateKind::Explicit, None)
        );
        let d = run("في 25 من الشهر الجاري", p);
        assert_eq!(
            d,
            vec![(
                "25 من الشهر الجاري".into(),
                DateKind::Explicit,
                Some("2017-01-25".into())
            )]
        );
        assert!(run("أوقف 25 من المتهمين", p).is_empty());
    }

    #[test]
    fn bare_months_recent_periods_spaced_year_spans_and_coordinated_days() {
        let p = Some((2017, 2, 23));
        // a month name after a preposition of time; not alone (`مارس` "he practised")
        let d = run("وجدت الفلاح يبيع بسعر أقل عند تسلمها مهامها في سبتمبر", p);
        assert_eq!(
            d,
            vec![("سبتمبر".into(), DateKind::Explicit, Some("2017-09".into()))]
        );
        assert!(run("مارس الرياضة منذ صغره", p).is_empty());
        // the year after its noun stays with the month
        let d = run("تقدمت بها الرئاسة في افريل سنة 2015 ثم", None);
        assert_eq!(
            d,
            vec![(
                "افريل سنة 2015".into(),
                DateKind::Explicit,
                Some("2015-04".into())
            )]
        );
        // recent years: a plural period with الأخيرة; not a singular one
        let d = run("تراجع تأثيرها في السنوات الأخيرة", p);
        assert_eq!(d[0], ("السنوات الأخيرة".into(), DateKind::Relative, None));
        assert!(run("في الأسبوع الأخير من الشهر", p)
            .iter()
            .all(|x| x.0 != "الأسبوع الأخير"));
        // a span of years written apart
        let d = run("خلال الفترة بين 2014 - 2017 عن مسح", None);
        assert_eq!(
            d,
            vec![(
                "2014 - 2017".into(),
                DateKind::Year,
                Some("2014/2017".into())
            )]
        );
        assert!(run("فاز الفريق 2 - 1", None).is_empty());
        // `الفترة القادمة`; a school year before its qualifier
        let d = run("من احتمال تعرضها لاعتداء خلال الفترة القادمة، في الوقت", p);
        assert_eq!(d[0].0, "الفترة القادمة");
        let d = run(
            "سجلت الولاية، خلال السنة التربوية الفارطة، نجاح 3530 مترشحا",
            p,
        );
        assert_eq!(
            d,
            vec![("السنة التربوية الفارطة".into(), DateKind::Relative, None)]
        );
        // `المدة الأخيرة`, `الأيام الموالية`; today before إلى
        let d = run("وصل ملفه في المدّة الأخيرة إلى الوزارة", p);
        assert_eq!(d[0].0, "المدّة الأخيرة");
        let d = run("بداية من الليلة وخلال الأيام الموالية بالمناطق", p);
        assert_eq!(d[0].0, "الأيام الموالية");
        let d = run("توصلت لجنة التوافقات بمجلس نواب اليوم إلى صيغة جديدة", p);
        assert_eq!(d[0].0, "اليوم");
        // working days are no date
        assert!(run("يكون العمل من الاثنين إلى الجمعة حصة واحدة", p).is_empty());
        // the end of a year
        let d = run("التي من المقرر إجراءها قبل موفى 2017، في 50 دائرة", None);
        assert_eq!(d[0].0, "2017");
        // two days with their numbers and one month
        let d = run(
            "الوضع الجوي يومي السبت 8 والاحد 9 أفريل 2017، يكون ملائما",
            None,
        );
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].0, "يومي السبت 8 والاحد 9 أفريل 2017");
        assert_eq!(d[0].2.as_deref(), Some("2017-04-09"));
        // seasons and duals of periods, with their qualifier or `هذا`/`هذه`
        for (text, span) in [
            ("سيتم ذلك خلال هذه الصائفة في تونس", "هذه الصائفة"),
            (
                "ستتواصل الأمطار خلال اليومين المقبلين بالشمال",
                "اليومين المقبلين",
            ),
            ("تراجعت الصادرات خلال السنتين الماضيتين", "السنتين الماضيتين"),
            ("عاد في الشتاء الماضي إلى بلده", "الشتاء الماضي"),
        ] {
            let d = run(text, p);
            assert_eq!(d.len(), 1, "{text}: {d:?}");
            assert_eq!(d[0].0, span);
        }
        assert!(run("منذ ثورات الربيع العربي", p).is_empty());
        // a time of day before يوم, a weekday with its qualifier and its date: one expression
        let d = run(
            "ألقت الوحدات مساء يوم السبت الماضي 12 نوفمبر 2016 على عنصر",
            Some((2016, 11, 14)),
        );
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].0, "مساء يوم السبت الماضي 12 نوفمبر 2016");
        assert_eq!(d[0].2.as_deref(), Some("2016-11-12"));
        // last Saturday on a Saturday is a week before; next Thursday after this week's
        let d = run("وصل يوم السبت الماضي", Some((2016, 11, 12)));
        assert_eq!(d[0].2.as_deref(), Some("2016-11-05"));
        let d = run("يصل يوم الخميس القادم", Some((2016, 11, 12)));
        assert_eq!(d[0].2.as_deref(), Some("2016-11-17"));
        // يوم restates the date apart
        let d = run("توفي صباح الجمعة الماضي يوم 24 مارس 2017 في رحيل", None);
        assert_eq!(d.len(), 2, "{d:?}");
        // the month or period of a year (`في نفس الشهر من 2016`)
        let d = run("مقابل 210 قضية في نفس الشهر من 2016.", None);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].0, "2016");
        // what recurs is no date
        assert!(run("يتزامن مع آخر يوم أحد من كل شهر ماي", p).is_empty());
        assert!(run("تقام السوق كل يوم جمعة", p).is_empty());
        // today and tomorrow, coordinated: two days
        let d = run(
            "يشارك رئيس الحكومة اليوم الثلاثاء وغدا الاربعاء في أشغال الدورة",
            Some((2017, 1, 17)),
        );
        assert_eq!(
            spans_and_values(&d),
            [
                ("اليوم الثلاثاء", Some("2017-01-17")),
                ("وغدا الاربعاء", Some("2017-01-18"))
            ]
        );
    }

    #[test]
    fn ranges_school_years_days_ago_duals_and_event_years() {
        let d = run("وكانا على رأس الوزارة في الفترة من 2011 إلى 2014.", None);
        assert_eq!(
            d,
            [(
                "2011 إلى 2014".into(),
                DateKind::Year,
                Some("2011/2014".into())
            )]
        );
        let d = run("بدءا من السنة الدراسية المقبلة 2017-2018 وقال", None);
        assert_eq!(
            d,
            [(
                "السنة الدراسية المقبلة 2017-2018".into(),
                DateKind::Year,
                Some("2017/2018".into())
            )]
        );
        // the ends of a range of months stay apart (the gold sets' convention)
        let d = run("وشغلت الخطة من فيفري 2015 الى جانفي 2016 ثم غادرت", None);
        assert_eq!(d.len(), 2, "{d:?}");
        // so do two months after بين; two months without it are one expression
        let d = run("وسيتم بين شهر جوان وجويلية 2017 توزيع النخالة", None);
        assert_eq!(
            d.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(),
            ["شهر جوان", "وجويلية 2017"]
        );
        let d = run("بلغ العجز 1.3 مليار دينار خلال جانفي وفيفري 2016.", None);
        assert_eq!(d.len(), 1, "{d:?}");
        // the days of a weekly timetable are no dates, with يوم or without
        let d = run(
            "توقيت العمل: من يوم الإثنين إلى يوم الجمعة : من الساعة الثامنة صباحا. ويؤمن المكتب حصة عمل أيام السبت.",
            None,
        );
        assert!(d.is_empty(), "{d:?}");
        let d = run("الرحلات مبرمجة أيام الثلاثاء والخميس.", None);
        assert!(d.is_empty(), "{d:?}");
        // a qualifier after two coordinated weekdays is the first one's too
        let d = run(
            "تنتظم الدورة يومي السبت والأحد المقبلين",
            Some((2016, 11, 18)),
        );
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].2.as_deref(), Some("2016-11-19"));
        // the two days of `يومي` are one expression
        let d = run(
            "خلال حملة أمنية يومي أمس الخميس و اليوم الجمعة من إيقاف",
            None,
        );
        assert_eq!(d.len(), 1, "{d:?}");
        let d = run(
            "خلال حملة يومي أمس الخميس و اليوم الجمعة",
            Some((2016, 11, 18)),
        );
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].2.as_deref(), Some("2016-11-17"));
        // (days of the plural `أيام` with their dates are dates)
        let d = run("إلى أيام الجمعة 9 ديسمبر والثلاثاء 13 ديسمبر.", None);
        assert_eq!(d.len(), 1, "{d:?}");
        // a parliamentary year
        let d = run(
            "وأضافت أنها حرصت منذ السنة البرلمانية المنقضية على النقل المباشر.",
            None,
        );
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].0, "السنة البرلمانية المنقضية");
        // two days or a week before publication, not before another event
        let d = run(
            "كشفت المجلة قبل يومين أن الضحيتين شركتان.",
            Some((2017, 5, 2)),
        );
        assert_eq!(
            d,
            [(
                "قبل يومين".into(),
                DateKind::Relative,
                Some("2017-04-30".into())
            )]
        );
        assert!(run("وذلك قبل يومين من الانتخابات.", None).is_empty());
        // two years before the year of publication; a referendum named by its year
        let d = run(
            "تولى الرئاسة قبل سنتين وعارضت اسكتلندا ذلك في استفتاء 2014.",
            Some((2014, 3, 10)),
        );
        assert_eq!(
            d.iter()
                .map(|x| (x.0.as_str(), x.2.as_deref()))
                .collect::<Vec<_>>(),
            [("قبل سنتين", Some("2012")), ("2014", Some("2014"))]
        );
        // Labour Day with a word of time
        let d = run("وتقام الاحتفالات بمناسبة عيد العمال في كامل البلاد.", None);
        assert_eq!(d.len(), 1, "{d:?}");
        // a weekday, a comma and its date are one expression
        let d = run("انطلقت اليوم الجمعة، 12 ماي 2017، زيارة الغريبة.", None);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].0, "اليوم الجمعة، 12 ماي 2017");
        // `باتت اليوم` is "nowadays"
        assert!(run("السرقة الأدبية التي باتت اليوم عادة.", None).is_empty());
        // a number between a plural period and its qualifier; a year after an event noun
        let d = run("زادت النفقات في السنوات الثلاث الأخيرة.", None);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].0, "السنوات الثلاث الأخيرة");
        let d = run("معرض لصور أحداث ثورة 2011 وشهدائها.", None);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].0, "2011");
        // a school named for a date is no date; a day after the school's name is
        assert!(run("نفّذ الإطار التربوي بالمدرسة 20 مارس وقفة احتجاجية.", None).is_empty());
        assert_eq!(
            run("على خلفية الحادثة التي شهدها المعهد أمس.", None).len(),
            1
        );
        // the dual `سنتي` with its two years is one expression
        let d = run("منذ زيارات سلفه في سنتي 2010 و2011.", None);
        assert_eq!(d, [("سنتي 2010 و2011".into(), DateKind::Year, None)]);
        // a bare number after إلى with no year before it is no year
        assert!(run("ارتفع العدد من 300 إلى 2014 شخصا", None).is_empty());
    }
}
