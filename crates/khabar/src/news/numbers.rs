//! Numbers in news text, written in digits (`2014`, `1,500`, `٣٫٥`, Tunisian `4ر5`) or in
//! words (`أربع`, `خمسة وعشرون`, `ثلاثة آلاف`, `ثلث`, `الآلاف`), with their value, the noun
//! they count where it follows directly (`أربع هجمات`), percentages and money.

use super::without_proclitics;
use crate::ner::forms::fold;
use crate::token::{Token, TokenKind};
use std::borrow::Cow;

/// What kind of number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberKind {
    /// A count or quantity.
    Cardinal,
    /// A fraction (`ثلث`, `نصف`).
    Fraction,
    /// A vague magnitude (`الآلاف`, `عشرات`): the value is its order of magnitude.
    Approximate,
    /// A percentage (`5%`, `20 في المائة`).
    Percent,
    /// An amount of money (`3 ملايين دولار`).
    Money,
}

impl NumberKind {
    /// The name used in JSON.
    pub fn name(self) -> &'static str {
        match self {
            NumberKind::Cardinal => "cardinal",
            NumberKind::Fraction => "fraction",
            NumberKind::Approximate => "approximate",
            NumberKind::Percent => "percent",
            NumberKind::Money => "money",
        }
    }
}

/// A number expression.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberMention {
    /// Token range of the number itself (with `%` or `في المائة`, and the currency).
    pub tokens: std::ops::Range<usize>,
    /// Its value.
    pub value: f64,
    /// Its kind.
    pub kind: NumberKind,
    /// The token of the counted noun or the currency, when one follows.
    pub unit: Option<usize>,
}

/// Number words (folded) → value; `true` marks multipliers (hundred, thousand, …).
const WORDS: &[(&str, f64, bool)] = &[
    ("واحد", 1.0, false),
    ("واحده", 1.0, false),
    ("احد", 1.0, false),
    ("احدي", 1.0, false),
    ("اثنان", 2.0, false),
    ("اثنين", 2.0, false),
    ("اثنتان", 2.0, false),
    ("اثنتين", 2.0, false),
    ("ثلاث", 3.0, false),
    ("ثلاثه", 3.0, false),
    ("اربع", 4.0, false),
    ("اربعه", 4.0, false),
    ("خمس", 5.0, false),
    ("خمسه", 5.0, false),
    ("سته", 6.0, false),
    ("ست", 6.0, false),
    ("سبع", 7.0, false),
    ("سبعه", 7.0, false),
    ("ثماني", 8.0, false),
    ("ثمان", 8.0, false),
    ("ثمانيه", 8.0, false),
    ("تسع", 9.0, false),
    ("تسعه", 9.0, false),
    ("عشر", 10.0, false),
    ("عشره", 10.0, false),
    ("عشرون", 20.0, false),
    ("عشرين", 20.0, false),
    ("ثلاثون", 30.0, false),
    ("ثلاثين", 30.0, false),
    ("اربعون", 40.0, false),
    ("اربعين", 40.0, false),
    ("خمسون", 50.0, false),
    ("خمسين", 50.0, false),
    ("ستون", 60.0, false),
    ("ستين", 60.0, false),
    ("سبعون", 70.0, false),
    ("سبعين", 70.0, false),
    ("ثمانون", 80.0, false),
    ("ثمانين", 80.0, false),
    ("تسعون", 90.0, false),
    ("تسعين", 90.0, false),
    ("مئه", 100.0, true),
    ("مائه", 100.0, true),
    ("مئتين", 200.0, false),
    ("مائتين", 200.0, false),
    ("مئتان", 200.0, false),
    ("مائتان", 200.0, false),
    ("الف", 1e3, true),
    ("الفا", 1e3, true),
    ("الفين", 2e3, false),
    ("الفان", 2e3, false),
    ("الاف", 1e3, true),
    ("مليون", 1e6, true),
    ("ملايين", 1e6, true),
    ("مليار", 1e9, true),
    ("مليارات", 1e9, true),
];

const FRACTIONS: &[(&str, f64)] = &[
    ("نصف", 0.5),
    ("ثلث", 1.0 / 3.0),
    ("ربع", 0.25),
    ("ثلثي", 2.0 / 3.0),
];

/// Vague magnitudes: `عشرات` (tens), `مئات`, `الآلاف` …
const VAGUE: &[(&str, f64)] = &[
    ("عشرات", 10.0),
    ("مئات", 100.0),
    ("الاف", 1e3),
    ("الالاف", 1e3),
    ("ملايين", 1e6),
    ("الملايين", 1e6),
];

const CURRENCIES: &[&str] = &[
    "دولار",
    "دولارا",
    "دولارات",
    "ريال",
    "ريالا",
    "ريالات",
    "دينار",
    "دينارا",
    "دنانير",
    "جنيه",
    "جنيها",
    "جنيهات",
    "يورو",
    "درهم",
    "درهما",
    "دراهم",
    "ليره",
    "ليرات",
];

/// Words after a number that are not what it counts.
const NOT_NOUNS: &[&str] = &[
    "في", "من", "علي", "الي", "عن", "او", "و", "ان", "الذي", "التي", "بين", "حتي", "مع", "كما",
];

fn word_value(w: &str) -> Option<(f64, bool)> {
    static MAP: std::sync::OnceLock<crate::model::features::FastMap<&'static str, (f64, bool)>> =
        std::sync::OnceLock::new();
    MAP.get_or_init(|| WORDS.iter().map(|x| (x.0, (x.1, x.2))).collect())
        .get(w)
        .copied()
}

fn is_fraction(w: &str) -> bool {
    FRACTIONS.iter().any(|f| f.0 == w)
}

/// A number word with a proclitic removed (`وأربعة`, `بثلاث`); stems of at least three
/// letters, so that `وست` stays a word.
fn unclitic(w: &str) -> Cow<'_, str> {
    let known = |x: &str| word_value(x).is_some() || is_fraction(x);
    if known(w) {
        return Cow::Borrowed(w);
    }
    without_proclitics(w, |x| x.chars().count() >= 3 && known(x))
}

/// The value of a number token (digits of any script, `,` `٬` thousands, `.` `٫` `ر`
/// decimals, a trailing `%`/`٪`).
pub fn digits_value(s: &str) -> Option<(f64, bool)> {
    let s = fold(s);
    let percent = s.ends_with('%') || s.ends_with('٪');
    let body = s.trim_end_matches(['%', '٪']);
    if body.is_empty() || !body.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let mut clean = String::new();
    for c in body.chars() {
        match c {
            '0'..='9' => clean.push(c),
            ',' | '٬' => {}
            '.' | '٫' | 'ر' => clean.push('.'),
            _ => return None,
        }
    }
    clean.parse::<f64>().ok().map(|v| (v, percent))
}

/// Finds the numbers of a tokenized text. Dates and years are numbers here too; the date
/// layer says which are dates.
pub fn find_numbers(text: &str, tokens: &[Token]) -> Vec<NumberMention> {
    let words: Vec<String> = tokens.iter().map(|t| fold(t.text(text))).collect();
    find_numbers_in(&words, tokens)
}

/// [`find_numbers`] over the tokens' folded forms (computed once for several layers).
pub fn find_numbers_in(words: &[String], tokens: &[Token]) -> Vec<NumberMention> {
    let n = tokens.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let start = i;
        let mut value: Option<f64> = None;
        let mut kind = NumberKind::Cardinal;
        let mut percent = false;
        let mut j = i;
        // digits or number words, joined by و, scaled by multipliers
        let mut total = 0.0;
        let mut current: Option<f64> = None;
        while j < n {
            let w = unclitic(&words[j]);
            let w = w.as_ref();
            if tokens[j].kind == TokenKind::Number {
                match digits_value(&words[j]) {
                    Some((v, p)) if current.is_none() => {
                        current = Some(v);
                        percent |= p;
                        j += 1;
                        continue;
                    }
                    _ => break,
                }
            }
            if let Some((v, mult)) = word_value(w) {
                current = Some(match (current, mult) {
                    (Some(c), true) => c * v,
                    (Some(c), false) if v < 10.0 && c >= 10.0 => {
                        // خمسة وعشرون is read as it comes: 5 + 20
                        c + v
                    }
                    (Some(c), false) if v == 10.0 && c < 10.0 => c + 10.0,
                    (Some(c), false) => {
                        total += c;
                        v
                    }
                    (None, _) => v,
                });
                j += 1;
                // و between parts of one number
                if j + 1 < n && words[j] == "و" && word_value(&unclitic(&words[j + 1])).is_some() {
                    j += 1;
                }
                continue;
            }
            break;
        }
        if let Some(c) = current {
            value = Some(total + c);
        }
        if value.is_none() {
            let w = unclitic(&words[i]);
            let w = w.as_ref();
            if let Some(&(_, v)) = FRACTIONS.iter().find(|f| f.0 == w) {
                value = Some(v);
                kind = NumberKind::Fraction;
                j = i + 1;
            } else if let Some(&(_, v)) = VAGUE.iter().find(|f| f.0 == w) {
                value = Some(v);
                kind = NumberKind::Approximate;
                j = i + 1;
            }
        }
        let Some(v) = value else {
            i += 1;
            continue;
        };
        // الآلاف on its own is vague; آلاف after a number multiplies (handled above)
        if j == i + 1
            && kind == NumberKind::Cardinal
            && matches!(unclitic(&words[i]).as_ref(), "الاف" | "ملايين" | "مليارات")
        {
            kind = NumberKind::Approximate;
        }
        // percent / money / counted noun
        let mut unit = None;
        if percent {
            kind = NumberKind::Percent;
        } else if words
            .get(j)
            .is_some_and(|w| w == "بالمائه" || w == "بالمئه")
            || (words.get(j).is_some_and(|w| w == "في")
                && words
                    .get(j + 1)
                    .is_some_and(|w| w == "المائه" || w == "المئه"))
        {
            kind = NumberKind::Percent;
            j += if words[j] == "في" { 2 } else { 1 };
        } else if let Some(k) = (j..n.min(j + 2)).find(|&k| CURRENCIES.contains(&words[k].as_str()))
        {
            // 3 ملايين دولار, 20 ألف ريال
            kind = NumberKind::Money;
            unit = Some(k);
            j = k + 1;
        } else if let Some(w) = words.get(j) {
            let noun = tokens[j].kind == TokenKind::Arabic
                && !NOT_NOUNS.contains(&w.as_str())
                && word_value(&unclitic(w)).is_none()
                && w.chars().count() >= 2;
            if noun {
                unit = Some(j);
            }
        }
        out.push(NumberMention {
            tokens: start..j,
            value: v,
            kind,
            unit,
        });
        i = j.max(start + 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn run(text: &str) -> Vec<(String, f64, NumberKind, Option<String>)> {
        let toks = tokenize(text);
        find_numbers(text, &toks)
            .into_iter()
            .map(|m| {
                let s = &text[toks[m.tokens.start].byte_start..toks[m.tokens.end - 1].byte_end];
                (
                    s.to_string(),
                    m.value,
                    m.kind,
                    m.unit.map(|u| toks[u].text(text).to_string()),
                )
            })
            .collect()
    }

    #[test]
    fn words_digits_and_units() {
        let r = run("حاولوا تنفيذ أربع هجمات انتحارية وأصيب أربعة آخرون، يمتد عبر ثلث سوريا، خروج الآلاف من الباغوز في 2014");
        assert_eq!(
            r[0],
            (
                "أربع".into(),
                4.0,
                NumberKind::Cardinal,
                Some("هجمات".into())
            )
        );
        assert_eq!(
            r[1],
            (
                "أربعة".into(),
                4.0,
                NumberKind::Cardinal,
                Some("آخرون".into())
            )
        );
        assert_eq!(r[2].0, "ثلث");
        assert_eq!(r[2].2, NumberKind::Fraction);
        assert_eq!(r[3].0, "الآلاف");
        assert_eq!(r[3].2, NumberKind::Approximate);
        assert_eq!(r[4].1, 2014.0);
    }

    #[test]
    fn compounds_percent_and_money() {
        let r = run("قتل خمسة وعشرون شخصا و3 آلاف جريح، ونما 5% و20 في المائة، بقيمة 3 ملايين دولار و١٬٥٠٠ ريال و4ر5 بالمائة");
        let v: Vec<(f64, NumberKind)> = r.iter().map(|x| (x.1, x.2)).collect();
        assert_eq!(
            v,
            vec![
                (25.0, NumberKind::Cardinal),
                (3000.0, NumberKind::Cardinal),
                (5.0, NumberKind::Percent),
                (20.0, NumberKind::Percent),
                (3e6, NumberKind::Money),
                (1500.0, NumberKind::Money),
                (4.5, NumberKind::Percent),
            ],
            "{r:?}"
        );
        assert_eq!(r[0].3.as_deref(), Some("شخصا"));
        assert_eq!(r[4].3.as_deref(), Some("دولار"));
    }
}
