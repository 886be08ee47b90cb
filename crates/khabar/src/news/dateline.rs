//! Datelines: the place, agency, reporter and date written before a story's first sentence
//! (`القاهرة (رويترز) -`, `دمشق 3 مايو (وكالات الانباء) -`, `عين اليوم – جدة`,
//! `بدر الجبل- سبق- تبوك:`, `واس - الرياض`).
//!
//! A dateline is the start of the text up to a dash or colon (at most ten tokens, no
//! reporting verb, no sentence end), or a short first line. Its parts are told apart by
//! form: the words in parentheses or a known agency name are the agency; a place name
//! (the NER model's gazetteer, or the words right before the agency in parentheses) is the
//! place; a date expression is the date; a remaining part of two or three words before
//! the agency is the reporter.

use crate::ner::forms::fold;
use crate::token::{Token, TokenKind};
use std::ops::Range;

/// A dateline and its parts, all token ranges of the document.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Dateline {
    /// The whole dateline, with its closing dash or colon.
    pub tokens: Range<usize>,
    /// Where the story was filed.
    pub place: Option<Range<usize>>,
    /// The news agency or source (`رويترز`, `واس`, `متابعات`).
    pub agency: Option<Range<usize>>,
    /// The reporter's name.
    pub reporter: Option<Range<usize>>,
    /// A date written in the dateline.
    pub date: Option<Range<usize>>,
}

/// Agencies and source words (folded).
const AGENCIES: &[&str] = &[
    "رويترز",
    "ا ف ب",
    "اف ب",
    "ا.ف.ب",
    "فرانس برس",
    "د ب ا",
    "د.ب.ا",
    "الاناضول",
    "واس",
    "سبق",
    "قنا",
    "وام",
    "كونا",
    "بترا",
    "سانا",
    "ا ش ا",
    "يو بي اي",
    "وكالات",
    "الوكالات",
    "وكالات الانباء",
    "متابعات",
    "متابعه",
    "اسوشيتد برس",
    "ا ب",
    "شينخوا",
    "ارنا",
    "تاس",
    "سبوتنيك",
    "الجزيره نت",
    "عين اليوم",
    "وات",
    "ماب",
    "واج",
];

fn is_separator(s: &str) -> bool {
    matches!(s, "-" | "–" | "—" | ":" | "/")
}

/// What a dateline finder needs besides the tokens: whether a folded phrase is a place,
/// and the date expressions found in the text (token ranges).
pub struct DatelineInput<'a> {
    /// The text.
    pub text: &'a str,
    /// Its tokens.
    pub tokens: &'a [Token],
    /// Token ranges of date expressions.
    pub dates: &'a [Range<usize>],
    /// Whether a folded phrase (words joined by one space) names a place.
    pub is_place: &'a dyn Fn(&str) -> bool,
    /// Whether a folded word is a reporting verb or otherwise starts a clause.
    pub is_clause_word: &'a dyn Fn(&str) -> bool,
}

/// Finds the dateline at the start of a text, if there is one.
pub fn find_dateline(inp: &DatelineInput) -> Option<Dateline> {
    let toks = inp.tokens;
    let raw = |i: usize| toks[i].text(inp.text);
    let limit = toks.len().min(MAX_TOKENS + 1);
    let line_end =
        (1..limit).find(|&i| inp.text[toks[i - 1].byte_end..toks[i].byte_start].contains('\n'));
    // candidates, longest first: the first line when it is short, else each separator
    // (`بدر الجبل- سبق- تبوك:` runs to its colon)
    let mut candidates: Vec<(usize, usize)> = Vec::new();
    if let Some(l) = line_end {
        candidates.push((l, l));
    } else {
        let mut depth = 0i32;
        for i in 0..limit {
            match raw(i) {
                "(" => depth += 1,
                ")" => depth -= 1,
                "." | "!" | "?" | "؟" | "،" | "," | "؛" => break,
                s if depth == 0 && is_separator(s) && i > 0 => candidates.push((i, i + 1)),
                _ => {}
            }
        }
        candidates.reverse();
    }
    candidates
        .into_iter()
        .find_map(|(body_end, with_sep)| classify(inp, body_end, with_sep))
}

/// The longest dateline, in tokens.
const MAX_TOKENS: usize = 14;

/// The longest part of a dateline (a place, an agency, a reporter's name), in tokens.
const MAX_PART: usize = 4;

/// Reads `tokens[..body_end]` as a dateline's parts, or `None` when they are not.
fn classify(inp: &DatelineInput, body_end: usize, with_sep: usize) -> Option<Dateline> {
    let toks = inp.tokens;
    let raw = |i: usize| toks[i].text(inp.text);
    if body_end == 0 || body_end > MAX_TOKENS {
        return None;
    }
    let words: Vec<String> = (0..body_end).map(|i| fold(raw(i))).collect();
    if words.iter().any(|w| (inp.is_clause_word)(w)) {
        return None;
    }
    // parts: split at separators and parentheses, and around date expressions
    let mut d = Dateline {
        tokens: 0..with_sep,
        ..Dateline::default()
    };
    let mut parts: Vec<(Range<usize>, bool)> = Vec::new();
    let mut start = 0;
    let mut in_paren = false;
    // a multi-word agency name is not a date (`عين اليوم`)
    let in_agency = |x: &Range<usize>| {
        (x.start.saturating_sub(2)..x.start + 1).any(|a| {
            (a + 2..=(a + 3).min(body_end))
                .any(|b| b >= x.end && AGENCIES.contains(&words[a..b].join(" ").as_str()))
        })
    };
    let mut i = 0;
    while i <= body_end {
        let date = inp
            .dates
            .iter()
            .find(|x| x.start == i && x.end <= body_end && !in_agency(x));
        let boundary = i == body_end
            || date.is_some()
            || words[i] == "الموافق"
            || is_separator(raw(i))
            || raw(i) == "("
            || raw(i) == ")";
        if !boundary {
            i += 1;
            continue;
        }
        if i > start {
            parts.push((start..i, in_paren));
        }
        if let Some(x) = date {
            d.date.get_or_insert(x.clone());
            i = x.end;
        } else {
            if i < body_end {
                if raw(i) == "(" {
                    in_paren = true;
                } else if raw(i) == ")" {
                    in_paren = false;
                }
            }
            i += 1;
        }
        start = i;
    }
    let phrase = |r: &Range<usize>| words[r.clone()].join(" ");
    let n_parts = parts.len();
    for (k, (r, paren)) in parts.into_iter().enumerate() {
        if r.len() > MAX_PART {
            return None;
        }
        let p = phrase(&r);
        let all_words = r
            .clone()
            .all(|i| matches!(toks[i].kind, TokenKind::Arabic | TokenKind::Latin));
        // the words right before a date or the agency's parenthesis are the place
        let next_is_date_or_agency = d.date.as_ref().is_some_and(|x| x.start == r.end)
            || (r.end < body_end && raw(r.end) == "(");
        if paren || AGENCIES.contains(&p.as_str()) || p.starts_with("وكاله") {
            if d.agency.is_none() {
                d.agency = Some(r);
            }
        } else if d.place.is_none()
            && all_words
            && ((inp.is_place)(&p) || (k == 0 && next_is_date_or_agency && r.len() <= 3))
        {
            d.place = Some(r);
        } else if d.reporter.is_none()
            && k + 1 < n_parts
            && r.clone().all(|i| toks[i].kind == TokenKind::Arabic)
            && (2..=MAX_PART).contains(&r.len())
        {
            d.reporter = Some(r);
        } else {
            return None;
        }
    }
    (d.agency.is_some() || d.place.is_some()).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn parts(text: &str) -> Option<Vec<(String, String)>> {
        let tokens = tokenize(text);
        let places = ["القاهره", "دمشق", "جده", "تبوك", "الرياض", "تونس"];
        let is_place = |p: &str| places.contains(&p);
        let clause = |w: &str| matches!(w, "قال" | "وقال");
        let words: Vec<String> = tokens.iter().map(|t| fold(t.text(text))).collect();
        let dates = crate::news::dates::find_dates_in(&words, &tokens, None);
        let dr: Vec<Range<usize>> = dates.iter().map(|d| d.tokens.clone()).collect();
        let d = find_dateline(&DatelineInput {
            text,
            tokens: &tokens,
            dates: &dr,
            is_place: &is_place,
            is_clause_word: &clause,
        })?;
        let span = |r: &Range<usize>| {
            text[tokens[r.start].byte_start..tokens[r.end - 1].byte_end].to_string()
        };
        let mut out = vec![("all".to_string(), span(&d.tokens))];
        for (k, r) in [
            ("place", &d.place),
            ("agency", &d.agency),
            ("reporter", &d.reporter),
            ("date", &d.date),
        ] {
            if let Some(r) = r {
                out.push((k.to_string(), span(r)));
            }
        }
        Some(out)
    }

    fn p(v: &[(&str, &str)]) -> Option<Vec<(String, String)>> {
        Some(
            v.iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect(),
        )
    }

    #[test]
    fn common_shapes() {
        assert_eq!(
            parts("القاهرة (رويترز) - قال مسؤول إن"),
            p(&[
                ("all", "القاهرة (رويترز) -"),
                ("place", "القاهرة"),
                ("agency", "رويترز")
            ])
        );
        assert_eq!(
            parts("دمشق 3 مايو (وكالات الانباء) - أعلنت"),
            p(&[
                ("all", "دمشق 3 مايو (وكالات الانباء) -"),
                ("place", "دمشق"),
                ("agency", "وكالات الانباء"),
                ("date", "3 مايو")
            ])
        );
        assert_eq!(
            parts("عين اليوم – جدة\nتلقى الأمير"),
            p(&[
                ("all", "عين اليوم – جدة"),
                ("place", "جدة"),
                ("agency", "عين اليوم")
            ])
        );
        assert_eq!(
            parts("بدر الجبل- سبق- تبوك: استعان مستشفى"),
            p(&[
                ("all", "بدر الجبل- سبق- تبوك:"),
                ("place", "تبوك"),
                ("agency", "سبق"),
                ("reporter", "بدر الجبل")
            ])
        );
    }

    #[test]
    fn dates_and_reporters() {
        assert_eq!(
            parts("بيروت 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\n التقى رئيس"),
            p(&[
                ("all", "بيروت 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس"),
                ("place", "بيروت"),
                ("agency", "واس"),
                ("date", "25 شوال 1436 هـ")
            ])
        );
        assert_eq!(
            parts("خالد خليل- سبق: يقام في العديد"),
            p(&[
                ("all", "خالد خليل- سبق:"),
                ("agency", "سبق"),
                ("reporter", "خالد خليل")
            ])
        );
    }

    #[test]
    fn ordinary_sentences_are_not_datelines() {
        assert_eq!(parts("وقال مسؤول إن الوضع هادئ."), None);
        assert_eq!(
            parts("تونس - قال الوزير"),
            p(&[("all", "تونس -"), ("place", "تونس")])
        );
        assert_eq!(parts("الحكومة الجديدة في تونس: أولويات"), None);
        assert_eq!(parts(""), None);
        assert_eq!(parts("-"), None);
    }
}
