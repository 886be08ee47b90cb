//! Sentence splitting tuned to Arabic news.
//!
//! A sentence ends
//! - after a terminal mark (`.` `!` `?` `؟` `…` `۔` and runs of them) at quote and bracket
//!   depth zero, together with the closing quotes and brackets that follow it
//!   (`… المنكوبة”.` and `«… انتهى.»` both end after the last mark);
//! - at a paragraph break (every line break by default, or only blank lines).
//!
//! It does not end after an abbreviation (a lone Arabic letter such as `د.` or `أ.ف.ب`, or a
//! listed Latin one such as `Mr.`), inside a number (`3.5` is one token), or after a dateline
//! that stands on its own line and ends with a dash (`دمشق (وكالات الانباء) -`).

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

/// Options of the sentence splitter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SentenceOptions {
    /// What counts as a paragraph break.
    pub paragraph: ParagraphBreak,
}

const LATIN_ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "vs", "etc", "Inc", "Ltd", "Co", "Corp",
    "No", "Gen", "Col", "Lt", "Sgt", "Capt", "Gov", "Sen", "Rep", "Jan", "Feb", "Mar", "Apr",
    "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "e.g", "i.e", "al", "approx", "fig", "p", "pp",
];

/// Splits a tokenized text into sentences; returns ranges of token indices, in order,
/// covering every token exactly once.
pub fn split_sentences(text: &str, tokens: &[Token], opts: SentenceOptions) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0usize;
    // stack of expected closers
    let mut open: Vec<char> = Vec::new();
    let mut i = 0usize;
    while i < tokens.len() {
        if i > start
            && paragraph_break(text, &tokens[i - 1], &tokens[i], opts.paragraph)
            && !dateline_continues(text, &tokens[start..i])
        {
            out.push(start..i);
            start = i;
            open.clear();
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
                if depth_after.is_empty() {
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
            track(&mut open, c);
        }
        i += 1;
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out
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

/// Updates the open quote/bracket stack with one punctuation character.
fn track(open: &mut Vec<char>, c: char) {
    if c == '"' {
        if closes(open, '"') {
            open.pop();
        } else {
            open.push('"');
        }
    } else if closes(open, c) {
        open.pop();
    } else if is_opening_quote(c) || is_opening_bracket(c) {
        // bound the stack: unbalanced text must not grow it without limit
        if open.len() < 16 {
            open.push(closer_of(c));
        }
    } else if is_closing_quote(c) || is_closing_bracket(c) {
        // a closer that matches something deeper closes everything above it
        if let Some(p) = open.iter().rposition(|&x| x == c) {
            open.truncate(p);
        }
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
    fn paragraphs() {
        assert_eq!(split("سطر أول\nسطر ثان"), vec!["سطر أول", "سطر ثان"]);
        let s = "سطر أول\nيتابع\n\nفقرة";
        let toks = tokenize(s);
        let n = split_sentences(
            s,
            &toks,
            SentenceOptions {
                paragraph: ParagraphBreak::Blank,
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
