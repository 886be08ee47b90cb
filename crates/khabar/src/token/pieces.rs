//! Treebank pieces: where a token of this layer holds several tokens of the Arabic
//! treebanks (PADT, and the UD treebanks built from it).
//!
//! The tokenizer keeps news units whole (`15-8`, `85%`, `2019/03/11`, `...`) because the
//! news layer reads them as one range, score, percentage, date or ellipsis. The treebanks
//! write each of these as several tokens: a number is digits with at most one decimal
//! separator (and thousands groups), every other character of a number token is a token of
//! its own, and every punctuation mark is one token (`..` is `.` + `.`). The morphosyntax
//! layer analyses these pieces, so its CoNLL-U has the treebanks' tokens.

use super::TokenKind;
use crate::text::chars::is_digit;
use std::ops::Range;

/// Appends the byte ranges (relative to `text`, the token's text) of the treebank pieces of
/// a token of kind `kind` to `out`: one range covering `text` for every token that is not
/// split.
pub fn treebank_pieces(text: &str, kind: TokenKind, out: &mut Vec<Range<usize>>) {
    match kind {
        TokenKind::Number => number_pieces(text, out),
        TokenKind::Punct if text.chars().nth(1).is_some() => {
            out.extend(text.char_indices().map(|(i, c)| i..i + c.len_utf8()));
        }
        _ => out.push(0..text.len()),
    }
}

fn is_group_separator(c: char) -> bool {
    matches!(c, ',' | '٬')
}

fn is_decimal_separator(c: char) -> bool {
    matches!(c, '.' | '٫' | ',')
}

/// Length in bytes of the run of digits at the start of `s`.
fn digits_len(s: &str) -> usize {
    s.char_indices()
        .find(|&(_, c)| !is_digit(c))
        .map_or(s.len(), |(i, _)| i)
}

fn number_pieces(text: &str, out: &mut Vec<Range<usize>>) {
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        let d = digits_len(rest);
        if d == 0 {
            // any other character is a piece of its own
            let c = rest.chars().next().map_or(1, char::len_utf8);
            out.push(i..i + c);
            i += c;
            continue;
        }
        let mut end = i + d;
        // thousands groups: a separator followed by exactly three digits
        loop {
            let tail = &text[end..];
            let Some(c) = tail.chars().next().filter(|&c| is_group_separator(c)) else {
                break;
            };
            let g = digits_len(&tail[c.len_utf8()..]);
            let group: usize = tail[c.len_utf8()..c.len_utf8() + g].chars().count();
            let after = tail[c.len_utf8() + g..].chars().next();
            if group == 3 && after.is_none_or(|a| !is_digit(a)) {
                end += c.len_utf8() + g;
            } else {
                break;
            }
        }
        // one decimal part
        let tail = &text[end..];
        if let Some(c) = tail.chars().next().filter(|&c| is_decimal_separator(c)) {
            let g = digits_len(&tail[c.len_utf8()..]);
            if g > 0 {
                end += c.len_utf8() + g;
            }
        }
        out.push(i..end);
        i = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(s: &str, kind: TokenKind) -> Vec<&str> {
        let mut v = Vec::new();
        treebank_pieces(s, kind, &mut v);
        v.into_iter().map(|r| &s[r]).collect()
    }

    #[test]
    fn numbers_split_as_the_treebank_does() {
        use TokenKind::Number;
        assert_eq!(pieces("2014", Number), ["2014"]);
        assert_eq!(pieces("15-8", Number), ["15", "-", "8"]);
        assert_eq!(pieces("85%", Number), ["85", "%"]);
        assert_eq!(pieces("٥٪", Number), ["٥", "٪"]);
        assert_eq!(pieces("2019/03/11", Number), ["2019", "/", "03", "/", "11"]);
        assert_eq!(pieces("09:31", Number), ["09", ":", "31"]);
        assert_eq!(pieces("28ر2", Number), ["28", "ر", "2"]);
        assert_eq!(pieces("2.8", Number), ["2.8"]);
        assert_eq!(pieces("٣٫٥", Number), ["٣٫٥"]);
        assert_eq!(pieces("2.8.1%", Number), ["2.8", ".", "1", "%"]);
        assert_eq!(pieces("1,000,000", Number), ["1,000,000"]);
        assert_eq!(pieces("1,000.5", Number), ["1,000.5"]);
        assert_eq!(pieces("3,5", Number), ["3,5"]);
    }

    #[test]
    fn punctuation_runs_split_into_marks() {
        assert_eq!(pieces("...", TokenKind::Punct), [".", ".", "."]);
        assert_eq!(pieces("؟!", TokenKind::Punct), ["؟", "!"]);
        assert_eq!(pieces("…", TokenKind::Punct), ["…"]);
        assert_eq!(pieces("،", TokenKind::Punct), ["،"]);
    }

    #[test]
    fn other_tokens_stay_whole() {
        assert_eq!(pieces("وبالحكومة", TokenKind::Arabic), ["وبالحكومة"]);
        assert_eq!(pieces("COVID-19", TokenKind::Latin), ["COVID-19"]);
        assert_eq!(pieces("", TokenKind::Number), Vec::<&str>::new());
    }

    #[test]
    fn pieces_cover_the_token_in_order() {
        for s in [
            "1-2-3",
            "٢٠١٩/٣/١١",
            "12,34,567",
            "5.5.5.",
            "x",
            "10:30:15",
            "4ر5%",
        ] {
            let mut v = Vec::new();
            treebank_pieces(s, TokenKind::Number, &mut v);
            let mut at = 0;
            for r in &v {
                assert_eq!(r.start, at);
                assert!(r.end > r.start);
                at = r.end;
            }
            assert_eq!(at, s.len());
        }
    }
}
