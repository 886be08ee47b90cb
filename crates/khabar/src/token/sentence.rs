//! Sentence splitting tuned to Arabic news.
//!
//! A sentence ends
//! - after a terminal mark (`.` `!` `?` `؟` `…` `۔` and runs of them) at quote and bracket
//!   depth zero, together with the closing quotes and brackets that follow it
//!   (`… المنكوبة”.` and `«… انتهى.»` both end after the last mark);
//! - at a paragraph break (every line break by default, or only blank lines).
//!
//! - before an inline dateline (`طهران 3 مايو (شينخوا) …`) that follows a headline with
//!   no punctuation of its own, as when a feed flattens headline, dateline and lead into one
//!   line.
//!
//! It does not end after an abbreviation (a lone Arabic letter such as `د.` or `أ.ف.ب`, or a
//! listed Latin one such as `Mr.`), inside a number (`3.5` is one token), or after a dateline:
//! by default a dateline stays with the sentence it introduces when an agency name or a dash
//! ties it to it, also when it stands on its own line (`دمشق (وكالات الانباء) -`); a bare
//! `PLACE DATE` dateline (`طهران 3 مايو`) is a sentence of its own. [`DatelineMode::Separate`]
//! makes each dateline a sentence of its own instead (the convention of the Prague Arabic
//! Dependency Treebank).

use super::tokenizer::{Token, TokenKind};
use crate::text::chars::{
    is_arabic_letter, is_closing_bracket, is_closing_quote, is_line_break, is_opening_bracket,
    is_opening_quote,
};
use std::ops::Range;

/// What counts as a paragraph break.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ParagraphBreak {
    /// Every line break ends a sentence (news files with one paragraph per line).
    #[default]
    Line,
    /// Only an empty line ends a sentence (text wrapped at a fixed width).
    Blank,
}

/// Where a dateline goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DatelineMode {
    /// The dateline starts the sentence it introduces.
    #[default]
    Attach,
    /// The dateline is a sentence of its own.
    Separate,
}

/// Options of the sentence splitter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SentenceOptions {
    /// What counts as a paragraph break.
    pub paragraph: ParagraphBreak,
    /// Where datelines go.
    pub dateline: DatelineMode,
}

/// A terminal mark this many tokens after an unclosed quote or bracket opened ends the
/// sentence all the same (chosen on padt-news-train; see eval/sentences.py).
const MAX_QUOTE_TOKENS: usize = 60;

/// Words that start two-word place names (نيو دلهي, أبو ظبي, دار السلام …).
const PLACE_PREFIXES: &[&str] = &[
    "نيو",
    "سان",
    "سانت",
    "لوس",
    "لاس",
    "ريو",
    "بوينس",
    "كوالا",
    "أبو",
    "ابو",
    "دار",
    "بور",
    "عين",
    "بيت",
    "شرم",
    "الدار",
    "هونغ",
    "هونج",
    "تل",
    "رام",
    "كفر",
    "دير",
    "جبل",
    "بندر",
    "سيدي",
    "رأس",
    "راس",
    "مدينة",
    "جزر",
    "كيب",
    "بئر",
    "وادي",
    "ساو",
    "سري",
    "بنوم",
];

/// Weekday names as written (with and without hamza), which are never the place of a
/// dateline.
const WEEKDAY_WORDS: &[&str] = &[
    "السبت",
    "الأحد",
    "الاحد",
    "الإثنين",
    "الاثنين",
    "الثلاثاء",
    "الأربعاء",
    "الاربعاء",
    "الإربعاء",
    "الخميس",
    "الجمعة",
];

/// Complementizers (`أن`, `إن`, `بأن` and with pronouns), which never open a sentence.
const COMPLEMENTIZERS: &[&str] = &[
    "أن", "إن", "ان", "أنّ", "إنّ", "بأن", "بان", "أنه", "إنه", "انه", "أنها", "إنها", "انها",
];

/// Words that cannot end a headline (prepositions and particles): a place after them is
/// part of the sentence, not a dateline.
const NOT_HEADLINE_END: &[&str] = &[
    "في",
    "إلى",
    "الى",
    "من",
    "عن",
    "على",
    "علي",
    "مع",
    "منذ",
    "حتى",
    "بين",
    "نحو",
    "عبر",
    "قرب",
    "داخل",
    "خارج",
    "أمام",
    "امام",
    "بعد",
    "قبل",
    "و",
    "أو",
    "او",
    "ثم",
    "يوم",
    "ليلة",
    "صباح",
    "مساء",
    "حوالي",
    "حوالى",
    // `إلى غاية 2 فيفري`: "until"
    "غاية",
    // `بمراسلة بتاريخ 31 ماي`: "dated"
    "تاريخ",
    "بتاريخ",
    "لتاريخ",
    // a complementizer opens a clause (`أكد أن اتفاقية 6 أفريل تشمل`)
    "أن",
    "ان",
    "إن",
    "أنّ",
    "بأن",
    "بان",
];

/// The most tokens a quoted title that ends in a question mark may have (the marks
/// included) for the sentence to go on after it.
const MAX_TITLE_TOKENS: usize = 10;

/// Complementizers written with their hamza: they continue a clause and never open a
/// sentence (unlike [`COMPLEMENTIZERS`], no `إن`, with which a sentence may open, and no
/// `ان`, which may be written for it).
const OPENS_NO_SENTENCE: &[&str] = &[
    "أن",
    "أنه",
    "أنها",
    "أنهم",
    "أنّ",
    "بأن",
    "بأنه",
    "بأنها",
    "وأن",
    "وأنه",
    "وأنها",
];

/// Whether `w` is a word no headline ends with (and no dateline place is), also with و or
/// ف attached (`وإلى غاية 2 فيفري`: a range inside a sentence).
fn not_headline_end(w: &str) -> bool {
    NOT_HEADLINE_END.contains(&w)
        || w.strip_prefix(['و', 'ف'])
            .is_some_and(|r| NOT_HEADLINE_END.contains(&r))
}

const LATIN_ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "vs", "etc", "Inc", "Ltd", "Co", "Corp",
    "No", "Gen", "Col", "Lt", "Sgt", "Capt", "Gov", "Sen", "Rep", "Jan", "Feb", "Mar", "Apr",
    "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "e.g", "i.e", "al", "approx", "fig", "p", "pp",
];

/// Latin letter names written in Arabic, as in abbreviations (إس. إم. تي).
const LATIN_LETTER_NAMES: &[&str] = &[
    "إس", "إم", "إف", "إل", "إن", "إكس", "إتش", "بي", "سي", "دي", "جي", "تي", "كيه", "آر", "واي",
    "زد", "يو", "كيو", "إي", "أي",
];

/// Splits a tokenized text into sentences; returns ranges of token indices, in order,
/// covering every token exactly once.
pub fn split_sentences(text: &str, tokens: &[Token], opts: SentenceOptions) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0usize;
    // stack of expected closers
    let mut open: Vec<char> = Vec::new();
    let separate = opts.dateline == DatelineMode::Separate;
    // token where the outermost open quote or bracket opened
    let mut opened_at = 0usize;
    let mut i = 0usize;
    while i < tokens.len() {
        if i > start
            && paragraph_break(text, &tokens[i - 1], &tokens[i], opts.paragraph)
            && (separate || !dateline_continues(text, &tokens[start..i]))
        {
            out.push(start..i);
            start = i;
            open.clear();
        }
        if open.is_empty() {
            if let Some((end, bare)) = inline_dateline(text, tokens, start, i) {
                if i > start {
                    out.push(start..i);
                    start = i;
                }
                if (separate || bare) && end < tokens.len() {
                    out.push(start..end);
                    start = end;
                }
                i = end.max(i + 1);
                continue;
            }
        }
        let t = &tokens[i];
        let s = t.text(text);
        if t.kind == TokenKind::Punct {
            let c = s.chars().next().unwrap_or(' ');
            if is_terminal(s) {
                if is_abbreviation(text, tokens, i) {
                    i += 1;
                    continue;
                }
                // take the closers that follow directly
                let mut j = i + 1;
                let mut depth_after = open.clone();
                while j < tokens.len()
                    && tokens[j].kind == TokenKind::Punct
                    && !paragraph_break(text, &tokens[j - 1], &tokens[j], opts.paragraph)
                {
                    let n = tokens[j].text(text);
                    let nc = n.chars().next().unwrap_or(' ');
                    if closes(&depth_after, nc) {
                        depth_after.pop();
                        j += 1;
                    } else if is_terminal(n) {
                        j += 1;
                    } else {
                        break;
                    }
                }
                // a quote that has run on for too long was never closed: end the sentence;
                // so was a straight quote when the next straight mark in the paragraph is
                // written as an opening one (`ان "اكثر … بغريويس . وطالبوا … ب"التدخل`)
                let never_closed = depth_after.last() == Some(&'"')
                    && next_straight_mark_opens(text, tokens, j, opts.paragraph);
                // a question that ends a quoted title goes on in its sentence before a
                // complementizer (`تحت عنوان "أي مصير للعائدين؟" أنه علينا`) or, when the
                // title is short, before any word without و or ف (`في برنامج "علاش هكا ؟"
                // على الجوهرة`: a new sentence opens with one)
                let short_title = i - opened_at <= MAX_TITLE_TOKENS;
                let title_then_clause = depth_after.len() < open.len()
                    && s != "."
                    && tokens.get(j).is_some_and(|n| {
                        let w = n.text(text);
                        !paragraph_break(text, &tokens[j - 1], n, opts.paragraph)
                            && (OPENS_NO_SENTENCE.contains(&w)
                                || (short_title
                                    && n.kind == TokenKind::Arabic
                                    && !w.starts_with(['و', 'ف'])
                                    && !matches!(w, "لكن" | "ثم" | "كما")))
                    });
                if title_then_clause {
                    open = depth_after;
                    i = j;
                    continue;
                }
                if depth_after.is_empty() || i - opened_at > MAX_QUOTE_TOKENS || never_closed {
                    out.push(start..j);
                    start = j;
                    open.clear();
                    i = j;
                    continue;
                }
                open = depth_after;
                i = j;
                continue;
            }
            let was_closed = open.is_empty();
            if s == "\"" {
                track_straight(&mut open, straight_quote_style(text, t));
            } else {
                track(&mut open, c);
            }
            if was_closed && !open.is_empty() {
                opened_at = i;
            }
        }
        i += 1;
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out
}

/// Whether the straight quotation mark `tok` is written as an opening one: a letter or digit
/// right after it, and before it the start of the text, a space, an opening bracket, a colon,
/// or a one-letter proclitic that follows a space (`ب"التدخل`).
pub fn straight_quote_opens(text: &str, tok: &Token) -> bool {
    let after = text[tok.byte_end..].chars().next();
    if !after.is_some_and(char::is_alphanumeric) {
        return false;
    }
    let mut before = text[..tok.byte_start].chars().rev();
    match before.next() {
        None => true,
        Some(c) if c.is_whitespace() || matches!(c, '(' | '[' | ':') => true,
        Some('ب' | 'ل' | 'و' | 'ف' | 'ك') => before.next().is_none_or(char::is_whitespace),
        Some(_) => false,
    }
}

/// How a straight quotation mark is written: as an opening one (see
/// [`straight_quote_opens`]), as a closing one (after a letter, a digit or a closing mark,
/// before a space, punctuation or the end), or either.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum StraightStyle {
    Opens,
    Closes,
    Either,
}

pub(crate) fn straight_quote_style(text: &str, tok: &Token) -> StraightStyle {
    if straight_quote_opens(text, tok) {
        return StraightStyle::Opens;
    }
    let before = text[..tok.byte_start].chars().next_back();
    let after = text[tok.byte_end..].chars().next();
    let after_word = before
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | '!' | '?' | '؟' | ')' | '»'));
    if after_word && !after.is_some_and(char::is_alphanumeric) {
        StraightStyle::Closes
    } else {
        StraightStyle::Either
    }
}

/// Updates the open quote/bracket stack with a straight quotation mark, by how it is
/// written: straight marks do not nest, so an opening one while one is open means the
/// earlier one was never closed (`أن الحزب "تحمل … ب"المتعفن" لافتا …`: the second mark
/// opens, the third closes, and the sentence can end), and a closing one with none open is
/// a stray mark.
fn track_straight(open: &mut Vec<char>, style: StraightStyle) {
    match style {
        StraightStyle::Opens if open.last() == Some(&'"') => {}
        StraightStyle::Closes => {
            if let Some(p) = open.iter().rposition(|&x| x == '"') {
                open.truncate(p);
            }
        }
        _ => track(open, '"'),
    }
}

/// Whether the first straight quotation mark from token `from` on, in the same paragraph, is
/// written as an opening one.
fn next_straight_mark_opens(
    text: &str,
    tokens: &[Token],
    from: usize,
    mode: ParagraphBreak,
) -> bool {
    for k in from..tokens.len() {
        if k > from && paragraph_break(text, &tokens[k - 1], &tokens[k], mode) {
            return false;
        }
        if tokens[k].text(text) == "\"" {
            return straight_quote_opens(text, &tokens[k]);
        }
    }
    false
}

fn is_terminal(s: &str) -> bool {
    s.chars()
        .all(|c| matches!(c, '.' | '!' | '?' | '؟' | '…' | '۔'))
        && !s.is_empty()
}

/// The closer a given opener expects.
fn closer_of(c: char) -> char {
    match c {
        '«' => '»',
        '“' => '”',
        '„' => '“',
        '‘' => '’',
        '‚' => '‘',
        '‹' => '›',
        '(' => ')',
        '[' => ']',
        '{' => '}',
        '﴾' => '﴿',
        '（' => '）',
        '［' => '］',
        other => other,
    }
}

fn closes(open: &[char], c: char) -> bool {
    open.last() == Some(&c)
}

/// Updates the open quote/bracket stack with one punctuation character. ASCII `"` and the
/// guillemets work in both directions: Al-Hayat and others open with `»` and close with `«`.
fn track(open: &mut Vec<char>, c: char) {
    if closes(open, c) {
        open.pop();
        return;
    }
    let expect = match c {
        '"' => '"',
        '»' => '«',
        _ if is_opening_quote(c) || is_opening_bracket(c) => closer_of(c),
        _ => {
            if is_closing_quote(c) || is_closing_bracket(c) {
                // a closer that matches something deeper closes everything above it
                if let Some(p) = open.iter().rposition(|&x| x == c) {
                    open.truncate(p);
                }
            }
            return;
        }
    };
    // bound the stack: unbalanced text must not grow it without limit
    if open.len() < 16 {
        open.push(expect);
    }
}

fn paragraph_break(text: &str, prev: &Token, next: &Token, mode: ParagraphBreak) -> bool {
    let gap = &text[prev.byte_end..next.byte_start];
    let breaks = gap
        .chars()
        .filter(|&c| is_line_break(c) && c != '\r')
        .count()
        + usize::from(gap.contains('\r') && !gap.contains('\n'));
    match mode {
        ParagraphBreak::Line => breaks >= 1,
        ParagraphBreak::Blank => breaks >= 2,
    }
}

/// The value of a token made of digits only.
fn small_number(s: &str) -> Option<u32> {
    let mut v = 0u32;
    for c in s.chars() {
        v = v
            .checked_mul(10)?
            .checked_add(crate::text::chars::digit_value(c)?)?;
    }
    Some(v)
}

/// Words of news agency names as they appear inside dateline brackets.
const AGENCY_WORDS: &[&str] = &[
    "رويترز",
    "شينخوا",
    "اف",
    "إف",
    "أف",
    "ا",
    "أ",
    "ف",
    "ب",
    "د",
    "ش",
    "سانا",
    "وات",
    "واس",
    "قنا",
    "كونا",
    "وام",
    "بترا",
    "الأناضول",
    "الاناضول",
    "وكالات",
    "الانباء",
    "الأنباء",
    "يو",
    "بي",
    "آي",
    "اي",
    "أسوشيتد",
    "برس",
    "سبأ",
    "مينا",
    "معا",
    "وفا",
    "ايرنا",
    "إرنا",
    "العمانية",
    "البحرينية",
    "الألمانية",
    "الفرنسية",
    "كونا",
    "قدس",
    "المركزية",
    "الوطنية",
];

/// A date written the way datelines write it: `15-7` or `15/7` (one token), or a day
/// (1–31) and a month name. Returns the index after it.
fn dateline_date(text: &str, tokens: &[Token], k: usize) -> Option<usize> {
    let t = tokens.get(k)?;
    if t.kind != TokenKind::Number {
        return None;
    }
    let w = t.text(text);
    if let Some((d, m)) = w.split_once(['-', '/']) {
        let ok = (1..=31).contains(&small_number(d)?) && (1..=12).contains(&small_number(m)?);
        return ok.then_some(k + 1);
    }
    if !(1..=31).contains(&small_number(w)?) {
        return None;
    }
    let word = |j: usize| tokens.get(j).map(|t| t.text(text));
    let (_, len) = crate::text::calendar::gregorian_month(word(k + 1)?, word(k + 2))?;
    let end = k + 1 + len;
    // a year, or a second month name after a slash (حزيران/يونيو), makes it a date in a
    // sentence rather than a dateline
    if tokens.get(end).is_some_and(|t| t.kind == TokenKind::Number) {
        return None;
    }
    if word(end) == Some("/")
        && word(end + 1)
            .is_some_and(|m| crate::text::calendar::gregorian_month(m, word(end + 2)).is_some())
    {
        return None;
    }
    Some(end)
}

/// A bracketed group `( … )` or `/ … /` of one to five tokens starting at `k`; returns the
/// index after it and whether it names a news agency.
fn bracket_group(text: &str, tokens: &[Token], k: usize) -> Option<(usize, bool)> {
    let open = tokens.get(k)?.text(text);
    let close = match open {
        "(" => ")",
        "/" => "/",
        _ => return None,
    };
    let end = (k + 2..(k + 7).min(tokens.len())).find(|&j| tokens[j].text(text) == close)?;
    let agency = tokens[k + 1..end]
        .iter()
        .any(|t| AGENCY_WORDS.contains(&t.text(text)));
    Some((end + 1, agency))
}

/// An inline dateline starting at token `i`:
/// `PLACE [(REGION)] DATE [(AGENCY) | /AGENCY/] [-]` or `PLACE (AGENCY) -`, where PLACE is
/// one Arabic word (two after a prefix such as نيو), DATE is `15-7` or `3 مايو`, and AGENCY
/// names a news agency. Tokens `start..i` must be a headline (at most 25 tokens, no
/// sentence punctuation, not ending in a preposition) or nothing. Returns the index after
/// the dateline and whether it is bare (neither agency nor dash ties it to what follows).
fn inline_dateline(text: &str, tokens: &[Token], start: usize, i: usize) -> Option<(usize, bool)> {
    let word = |k: usize| tokens.get(k).map(|t| t.text(text));
    let arabic = |k: usize| tokens.get(k).is_some_and(|t| t.kind == TokenKind::Arabic);
    // cheap shape test first: a number or a bracket within the next two tokens
    let shape = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Number || t.text(text) == "(")
    };
    if !arabic(i) || !(shape(i + 1) || shape(i + 2)) || not_headline_end(word(i)?) {
        return None;
    }
    let mut k = i + if word(i).is_some_and(|w| PLACE_PREFIXES.contains(&w)) && arabic(i + 1) {
        2
    } else {
        1
    };
    // (REGION) after the place: رفح (قطاع غزة)
    let region = bracket_group(text, tokens, k).filter(|&(_, agency)| !agency);
    let mut end = match dateline_date(text, tokens, region.map_or(k, |(e, _)| e)) {
        Some(e) => e,
        None => {
            // PLACE (AGENCY) - without a date
            let (e, agency) = bracket_group(text, tokens, k)?;
            if !agency || !word(e).is_some_and(|w| matches!(w, "-" | "–" | "—")) {
                return None;
            }
            e
        }
    };
    k = end;
    if let Some((e, agency)) = bracket_group(text, tokens, k) {
        if agency {
            end = e;
        }
    }
    if word(end).is_some_and(|w| matches!(w, "-" | "–" | "—" | ":")) {
        end += 1;
    }
    let bare = end == k;
    // `… اليوم الثلاثاء 25 أفريل أن موقف …`: a weekday is no place, and a sentence never
    // opens with a complementizer — a bare `WORD DATE` before one is a date inside the
    // sentence
    if bare
        && (word(i).is_some_and(|w| WEEKDAY_WORDS.contains(&w))
            || word(end).is_some_and(|w| COMPLEMENTIZERS.contains(&w)))
    {
        return None;
    }
    // a bare numeric date is a score or a range as often as a date (بنتيجة 15-8): only an
    // agency or a dash makes `PLACE 15-7` a dateline
    if bare
        && tokens
            .get(k - 1)
            .is_some_and(|t| t.kind == TokenKind::Number)
    {
        return None;
    }
    if i > start {
        let head = &tokens[start..i];
        if head.len() > 25
            || head.iter().any(|t| {
                t.kind == TokenKind::Punct
                    && matches!(t.text(text), "." | "،" | "," | "؛" | "!" | "؟" | "?" | "…")
            })
            || not_headline_end(word(i - 1)?)
            || !matches!(
                tokens[i - 1].kind,
                TokenKind::Arabic | TokenKind::Latin | TokenKind::Number
            )
        {
            return None;
        }
    }
    Some((end, bare))
}

/// A short line that ends with a dash is a dateline and runs on into the next line.
fn dateline_continues(text: &str, line: &[Token]) -> bool {
    let Some(last) = line.last() else {
        return false;
    };
    line.len() <= 10 && matches!(last.text(text), "-" | "–" | "—")
}

/// Whether the terminal mark at `i` ends an abbreviation rather than a sentence.
fn is_abbreviation(text: &str, tokens: &[Token], i: usize) -> bool {
    if tokens[i].text(text) != "." || i == 0 {
        return false;
    }
    let prev = &tokens[i - 1];
    if prev.byte_end != tokens[i].byte_start {
        return false;
    }
    let p = prev.text(text);
    match prev.kind {
        TokenKind::Arabic => {
            if LATIN_LETTER_NAMES.contains(&p) {
                return true;
            }
            let letters = p.chars().filter(|&c| is_arabic_letter(c)).count();
            // a lone letter (د. أ.ف.ب) but not the era mark after a year (2014 م.)
            letters == 1
                && !(i >= 2
                    && tokens[i - 2].kind == TokenKind::Number
                    && matches!(p.trim_end_matches('ـ'), "م" | "ه"))
        }
        TokenKind::Latin => {
            if LATIN_ABBREVIATIONS.contains(&p) {
                return true;
            }
            // a lone capital (J. Smith)
            p.len() == 1 && p.as_bytes()[0].is_ascii_uppercase()
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenizer::tokenize;

    fn split(s: &str) -> Vec<String> {
        let toks = tokenize(s);
        split_sentences(s, &toks, SentenceOptions::default())
            .into_iter()
            .map(|r| s[toks[r.start].byte_start..toks[r.end - 1].byte_end].to_string())
            .collect()
    }

    #[test]
    fn terminal_marks() {
        assert_eq!(
            split("جاء زيد. ذهب عمرو؟ نعم! حسنا"),
            vec!["جاء زيد.", "ذهب عمرو؟", "نعم!", "حسنا"]
        );
        assert_eq!(
            split("بلغ 3.5 مليون. انتهى"),
            vec!["بلغ 3.5 مليون.", "انتهى"]
        );
    }

    #[test]
    fn a_straight_quote_never_closed_does_not_hold_the_sentence_open() {
        // the next straight mark opens a quote of its own: the first one was never closed
        assert_eq!(
            split(
                r#"وأشاروا الى ان "الماء انقطع منذ أسبوع . وطالبوا ب"التدخل السريع". ثم غادروا."#
            ),
            vec![
                r#"وأشاروا الى ان "الماء انقطع منذ أسبوع ."#,
                r#"وطالبوا ب"التدخل السريع"."#,
                "ثم غادروا."
            ]
        );
        // a closing-looking next mark keeps the quote open
        assert_eq!(
            split(r#"وقال "نحن هنا. وسنبقى". ثم غادر."#),
            vec![r#"وقال "نحن هنا. وسنبقى"."#, "ثم غادر."]
        );
        // an opening mark while one is open: the first was never closed, the new one closes
        // in the same sentence, which then ends
        assert_eq!(
            split(
                r#"وبين أن الحزب "تحمل مسؤوليته لكنه وجد الوضع الذي وصفه ب"المتعفن" لافتا الى أن المسألة صعبة. وأكد الهلالي مساندة حزبه."#
            ),
            vec![
                r#"وبين أن الحزب "تحمل مسؤوليته لكنه وجد الوضع الذي وصفه ب"المتعفن" لافتا الى أن المسألة صعبة."#,
                "وأكد الهلالي مساندة حزبه."
            ]
        );
        // a closing mark with nothing open is a stray one
        assert_eq!(
            split(r#"قال إن الوضع صعب" جدا. ثم غادر."#),
            vec![r#"قال إن الوضع صعب" جدا."#, "ثم غادر."]
        );
    }

    #[test]
    fn quotes_keep_sentences_together() {
        assert_eq!(
            split("وقال «نحن هنا. وسنبقى». ثم غادر."),
            vec!["وقال «نحن هنا. وسنبقى».", "ثم غادر."]
        );
        assert_eq!(
            split("وقال “انتهى الأمر.” وغادر."),
            vec!["وقال “انتهى الأمر.”", "وغادر."]
        );
        assert_eq!(
            split("قال (وهو يضحك. ثم صمت) شيئا."),
            vec!["قال (وهو يضحك. ثم صمت) شيئا."]
        );
        // a quoted title that ends in a question, then the complementizer of the report
        assert_eq!(
            split("وأضاف خلال ندوة تحت عنوان \"أي مصير للعائدين؟\"  أنه علينا السعي. ثم غادر."),
            vec![
                "وأضاف خلال ندوة تحت عنوان \"أي مصير للعائدين؟\"  أنه علينا السعي.",
                "ثم غادر."
            ]
        );
        assert_eq!(
            split("وأشارت في برنامج \"علاش هكا ؟\" على الجوهرة إلى وجود صفقة. وأضافت أنها ضد."),
            vec![
                "وأشارت في برنامج \"علاش هكا ؟\" على الجوهرة إلى وجود صفقة.",
                "وأضافت أنها ضد."
            ]
        );
        assert_eq!(
            split("وقال إنه بعث بمراسلة بتاريخ 31 ماي وينتظر ردا."),
            vec!["وقال إنه بعث بمراسلة بتاريخ 31 ماي وينتظر ردا."]
        );
        assert_eq!(
            split("وسأل «هل انتهى الأمر؟» ثم غادر."),
            vec!["وسأل «هل انتهى الأمر؟»", "ثم غادر."]
        );
    }

    #[test]
    fn reversed_guillemets() {
        assert_eq!(
            split("وقال: »لسنا رجال قضاء. ولا نعرف«. ثم غادر."),
            vec!["وقال: »لسنا رجال قضاء. ولا نعرف«.", "ثم غادر."]
        );
    }

    #[test]
    fn abbreviations_and_datelines() {
        assert_eq!(
            split("قال د. أحمد إن وكالة أ.ف.ب نقلت ذلك."),
            vec!["قال د. أحمد إن وكالة أ.ف.ب نقلت ذلك."]
        );
        assert_eq!(
            split("ولد عام 1950 م. ثم رحل."),
            vec!["ولد عام 1950 م.", "ثم رحل."]
        );
        assert_eq!(
            split("Mr. Smith left. He came."),
            vec!["Mr. Smith left.", "He came."]
        );
        assert_eq!(
            split("دمشق (وكالات الانباء) -\nقال المسؤول إن الوضع هادئ."),
            vec!["دمشق (وكالات الانباء) -\nقال المسؤول إن الوضع هادئ."]
        );
        assert_eq!(
            split("دمشق (وكالات الانباء) - قال المسؤول. وأضاف"),
            vec!["دمشق (وكالات الانباء) - قال المسؤول.", "وأضاف"]
        );
    }

    #[test]
    fn inline_datelines() {
        // `أن اتفاقية 6 أفريل`: a complementizer is no headline end either
        let text = "وأكد الكاتب العام أن اتفاقية 6 أفريل تشمل أساتذة التربية البدنية.";
        let toks = tokenize(text);
        assert_eq!(
            split_sentences(text, &toks, SentenceOptions::default()).len(),
            1
        );
        // `وإلى غاية 2 فيفري` inside a sentence: a preposition with و is no headline end
        let text = "أصدرت اللجنة منذ بداية السنة الجارية وإلى غاية 2 فيفري الجاري 14 قرارا.";
        let toks = tokenize(text);
        assert_eq!(
            split_sentences(text, &toks, SentenceOptions::default()).len(),
            1
        );
        let s = "إيران تدين الجرائم في فلسطين طهران 3 مايو (شينخوا) أدانت إيران الانتهاكات. وقال";
        assert_eq!(
            split(s),
            vec![
                "إيران تدين الجرائم في فلسطين",
                "طهران 3 مايو (شينخوا) أدانت إيران الانتهاكات.",
                "وقال"
            ]
        );
        assert_eq!(
            split("حادث في الهند نيو دلهي 11 مايو قتل تسعة."),
            vec!["حادث في الهند", "نيو دلهي 11 مايو", "قتل تسعة."]
        );
        assert_eq!(
            split("مجموعة تزور البصرة بغداد 15-7 (اف ب) - توجهت مجموعة إلى البصرة."),
            vec![
                "مجموعة تزور البصرة",
                "بغداد 15-7 (اف ب) - توجهت مجموعة إلى البصرة."
            ]
        );
        assert_eq!(
            split("بدء دورة تدريبية رفح (قطاع غزة) 15-7 (اف ب) - بدأ 1800 فتى."),
            vec![
                "بدء دورة تدريبية",
                "رفح (قطاع غزة) 15-7 (اف ب) - بدأ 1800 فتى."
            ]
        );
        assert_eq!(
            split("وزير يستقيل القاهرة (رويترز) - قال مسؤول."),
            vec!["وزير يستقيل", "القاهرة (رويترز) - قال مسؤول."]
        );
        // ordinary dates inside a sentence are left alone
        assert_eq!(
            split("وعاد إليان في 28 حزيران/يونيو الماضي إلى كوبا."),
            vec!["وعاد إليان في 28 حزيران/يونيو الماضي إلى كوبا."]
        );
        assert_eq!(
            split("وصل الوزير إلى القاهرة 5 مايو الماضي."),
            vec!["وصل الوزير إلى القاهرة 5 مايو الماضي."]
        );
        assert_eq!(
            split("زار الوزير القاهرة 5 مايو 2003 وغادر."),
            vec!["زار الوزير القاهرة 5 مايو 2003 وغادر."]
        );
        // a weekday is no place, and a complementizer never opens a sentence
        assert_eq!(
            split("أكد القيادي الجلاصي ضيف بولتيكا اليوم الثلاثاء 25 أفريل أن الموقف ثابت."),
            vec!["أكد القيادي الجلاصي ضيف بولتيكا اليوم الثلاثاء 25 أفريل أن الموقف ثابت."]
        );
        assert_eq!(
            split("أكد الجلاصي 25 أفريل أن الموقف ثابت."),
            vec!["أكد الجلاصي 25 أفريل أن الموقف ثابت."]
        );
        // a score or range without agency or dash is not a numeric dateline
        assert_eq!(
            split("وفاز الفريق في المباراة بنتيجة 15-8 وتأهل."),
            vec!["وفاز الفريق في المباراة بنتيجة 15-8 وتأهل."]
        );
        let toks = tokenize(s);
        let opts = SentenceOptions {
            dateline: DatelineMode::Separate,
            ..Default::default()
        };
        assert_eq!(split_sentences(s, &toks, opts).len(), 4);
        let d = "دمشق (وكالات الانباء) -\nقال المسؤول.";
        assert_eq!(split_sentences(d, &tokenize(d), opts).len(), 2);
    }

    #[test]
    fn paragraphs() {
        assert_eq!(split("سطر أول\nسطر ثان"), vec!["سطر أول", "سطر ثان"]);
        let s = "سطر أول\nيتابع\n\nفقرة";
        let toks = tokenize(s);
        let n = split_sentences(
            s,
            &toks,
            SentenceOptions {
                paragraph: ParagraphBreak::Blank,
                ..Default::default()
            },
        )
        .len();
        assert_eq!(n, 2);
        // an unclosed quote does not swallow the next paragraph
        assert_eq!(
            split("قال «نعم. لا\nثم. ذهب"),
            vec!["قال «نعم. لا", "ثم.", "ذهب"]
        );
    }
}
