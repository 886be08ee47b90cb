//! The tokenizer: one pass over the original text, every token with byte and character
//! (Unicode scalar) offsets into it.
//!
//! At this layer clitics stay attached (وبالحكومة is one token); diacritics, tatweel and
//! zero-width joiners stay inside their word. White space and invisible controls between
//! tokens are skipped.

use crate::text::chars::{
    is_arabic_letter, is_arabic_mark, is_bidi_control, is_closing_bracket, is_closing_quote,
    is_combining_mark, is_digit, is_emoji, is_emoji_extender, is_latin_letter, is_opening_bracket,
    is_opening_quote, is_zero_width, TATWEEL,
};
use serde::Serialize;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    /// Arabic-script word, clitics attached.
    Arabic,
    /// Latin-script word (may contain digits: `F16`, `COVID-19`), or an acronym (`U.S.`).
    Latin,
    /// Word in another script.
    Word,
    /// Number in any digit script, with decimal/thousands separators, a range (`10-20`),
    /// a date or time (`2019/03/11`, `10:30`) or a percentage (`5%`, `٥٪`).
    Number,
    /// Punctuation mark (a run of `.`, `!`, `?`, `؟` is one token).
    Punct,
    /// Web address.
    Url,
    /// E-mail address.
    Email,
    /// `#hashtag` (Arabic or Latin).
    Hashtag,
    /// `@mention`.
    Mention,
    /// Emoji, with its modifiers and ZWJ sequence.
    Emoji,
    /// Any other visible character (currency, math, …).
    Symbol,
}

impl TokenKind {
    /// The kind's name as written in JSON.
    pub fn name(self) -> &'static str {
        match self {
            TokenKind::Arabic => "arabic",
            TokenKind::Latin => "latin",
            TokenKind::Word => "word",
            TokenKind::Number => "number",
            TokenKind::Punct => "punct",
            TokenKind::Url => "url",
            TokenKind::Email => "email",
            TokenKind::Hashtag => "hashtag",
            TokenKind::Mention => "mention",
            TokenKind::Emoji => "emoji",
            TokenKind::Symbol => "symbol",
        }
    }
}

/// A token: a span of the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Token {
    /// Unicode scalar offset of the first character.
    pub start: usize,
    /// Unicode scalar offset after the last character.
    pub end: usize,
    /// Byte offset of the first character.
    pub byte_start: usize,
    /// Byte offset after the last character.
    pub byte_end: usize,
    /// What the token is.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text in `source` (the text it was produced from).
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        &source[self.byte_start..self.byte_end]
    }

    /// The same token with offsets moved by `bytes` and `chars` (for chunked input).
    pub fn shifted(mut self, bytes: usize, chars: usize) -> Token {
        self.byte_start += bytes;
        self.byte_end += bytes;
        self.start += chars;
        self.end += chars;
        self
    }
}

/// Tokenizes `text`.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 6 + 1);
    tokenize_into(text, &mut out);
    out
}

/// Tokenizes `text`, appending to `out` (offsets relative to `text`). Reusing `out` across
/// calls avoids allocation.
pub fn tokenize_into(text: &str, out: &mut Vec<Token>) {
    Scanner {
        s: text,
        b: text.as_bytes(),
        i: 0,
        ci: 0,
    }
    .run(out);
}

struct Scanner<'a> {
    s: &'a str,
    b: &'a [u8],
    /// byte position
    i: usize,
    /// char position
    ci: usize,
}

/// Decodes the character at byte `i` of valid UTF-8 `b`; returns it with its length.
#[inline(always)]
fn decode(b: &[u8], i: usize) -> (char, usize) {
    let b0 = b[i] as u32;
    if b0 < 0x80 {
        return (b0 as u8 as char, 1);
    }
    let (cp, len) = if b0 < 0xE0 {
        (((b0 & 0x1F) << 6) | (b[i + 1] as u32 & 0x3F), 2)
    } else if b0 < 0xF0 {
        (
            ((b0 & 0x0F) << 12) | ((b[i + 1] as u32 & 0x3F) << 6) | (b[i + 2] as u32 & 0x3F),
            3,
        )
    } else {
        (
            ((b0 & 0x07) << 18)
                | ((b[i + 1] as u32 & 0x3F) << 12)
                | ((b[i + 2] as u32 & 0x3F) << 6)
                | (b[i + 3] as u32 & 0x3F),
            4,
        )
    };
    (char::from_u32(cp).unwrap_or('\u{FFFD}'), len)
}

#[inline]
fn is_arabic_word_char(c: char) -> bool {
    is_arabic_letter(c) || is_arabic_mark(c) || c == TATWEEL
}

#[inline]
fn is_other_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    (c.is_alphanumeric() && !is_arabic_word_char(c) && !is_digit(c)) || is_combining_mark(c)
}

#[inline]
fn is_terminal_punct(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | '۔')
}

/// Punctuation (as opposed to symbols): ASCII punctuation but `$+<=>^`|~#@`, Arabic
/// punctuation, general punctuation, quotes and brackets.
#[inline]
pub(crate) fn is_punct(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_punctuation()
            && !matches!(c, '$' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~');
    }
    matches!(c,
        '،' | '؛' | '؟' | '۔' | '٭' | '\u{060D}' | '\u{066A}'..='\u{066C}'
        | '\u{00A1}' | '\u{00A7}' | '\u{00AB}' | '\u{00B6}' | '\u{00B7}' | '\u{00BB}' | '\u{00BF}'
        | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}'
        | '\u{3001}'..='\u{3003}' | '\u{3008}'..='\u{3011}'
        | '\u{FD3E}' | '\u{FD3F}' | '\u{FE10}'..='\u{FE19}' | '\u{FE30}'..='\u{FE4F}'
        | '\u{FF01}'..='\u{FF0F}'
    ) || is_opening_quote(c)
        || is_closing_quote(c)
        || is_opening_bracket(c)
        || is_closing_bracket(c)
}

impl<'a> Scanner<'a> {
    #[inline(always)]
    fn peek(&self) -> Option<(char, usize)> {
        (self.i < self.b.len()).then(|| decode(self.b, self.i))
    }

    #[inline(always)]
    fn peek_at(&self, i: usize) -> Option<(char, usize)> {
        (i < self.b.len()).then(|| decode(self.b, i))
    }

    #[inline(always)]
    fn bump(&mut self, len: usize) {
        self.i += len;
        self.ci += 1;
    }

    fn run(&mut self, out: &mut Vec<Token>) {
        while let Some((c, len)) = self.peek() {
            let skip = if c.is_ascii() {
                c.is_whitespace()
            } else {
                c.is_whitespace() || is_zero_width(c) || is_bidi_control(c)
            };
            if skip {
                self.bump(len);
                continue;
            }
            let (bs, cs) = (self.i, self.ci);
            let kind = self.token(c, len);
            out.push(Token {
                start: cs,
                end: self.ci,
                byte_start: bs,
                byte_end: self.i,
                kind,
            });
        }
    }

    /// Scans one token starting with `c` and returns its kind.
    fn token(&mut self, c: char, len: usize) -> TokenKind {
        if c.is_ascii() {
            if c.is_ascii_alphabetic() {
                if let Some(k) = self.url_or_email() {
                    return k;
                }
                return self.latin_word();
            }
            if c.is_ascii_digit() {
                if let Some(k) = self.email() {
                    return k;
                }
                return self.number();
            }
            if c == '#' || c == '@' {
                if let Some(k) = self.tag(c) {
                    return k;
                }
            }
            return self.punct_or_symbol(c, len);
        }
        if is_arabic_word_char(c) {
            self.arabic_word();
            return TokenKind::Arabic;
        }
        if is_digit(c) {
            return self.number();
        }
        if is_emoji(c) {
            self.emoji(c, len);
            return TokenKind::Emoji;
        }
        if c.is_alphabetic() {
            let kind = if is_latin_letter(c) {
                TokenKind::Latin
            } else {
                TokenKind::Word
            };
            self.other_word();
            return kind;
        }
        self.punct_or_symbol(c, len)
    }

    /// Continues a word across one zero-width or bidi character when the next character
    /// belongs to the same word.
    #[inline]
    fn joiner_continues(&self, at: usize, same: fn(char) -> bool) -> Option<usize> {
        let (c, len) = self.peek_at(at)?;
        if is_zero_width(c) || is_bidi_control(c) {
            let (n, _) = self.peek_at(at + len)?;
            if same(n) {
                return Some(len);
            }
        }
        None
    }

    fn arabic_word(&mut self) {
        let b = self.b;
        loop {
            // fast path: base letters U+0621–U+064A and harakat U+064B–U+0652 (two bytes)
            while self.i + 1 < b.len() && (b[self.i] == 0xD8 || b[self.i] == 0xD9) {
                let cp = ((b[self.i] as u32 & 0x1F) << 6) | (b[self.i + 1] as u32 & 0x3F);
                if !(0x0621..=0x0652).contains(&cp) {
                    break;
                }
                self.i += 2;
                self.ci += 1;
            }
            let Some((c, len)) = self.peek() else { break };
            if is_arabic_word_char(c) {
                self.bump(len);
            } else if let Some(jl) = self.joiner_continues(self.i, is_arabic_word_char) {
                self.bump(jl);
            } else {
                break;
            }
        }
    }

    fn other_word(&mut self) {
        while let Some((c, len)) = self.peek() {
            if is_other_word_char(c) {
                self.bump(len);
            } else if let Some(jl) = self.joiner_continues(self.i, is_other_word_char) {
                self.bump(jl);
            } else {
                break;
            }
        }
    }

    /// Latin word: letters, digits and marks, with inner `-` `'` `’` `&` between them;
    /// an acronym of single letters with periods (`U.S.`) is one token.
    fn latin_word(&mut self) -> TokenKind {
        // acronym: L.L. (at least two letters)
        let b = self.b;
        let i = self.i;
        if i + 3 < b.len()
            && b[i].is_ascii_uppercase()
            && b.get(i + 1) == Some(&b'.')
            && b.get(i + 2).is_some_and(|x| x.is_ascii_uppercase())
            && b.get(i + 3) == Some(&b'.')
        {
            let mut j = i;
            while j + 1 < b.len()
                && b[j].is_ascii_uppercase()
                && b[j + 1] == b'.'
                && (j == i || !b[j - 1].is_ascii_alphanumeric())
            {
                j += 2;
            }
            if !b.get(j).is_some_and(|x| x.is_ascii_alphanumeric()) {
                self.ci += j - i;
                self.i = j;
                return TokenKind::Latin;
            }
        }
        loop {
            self.other_word();
            match self.peek() {
                Some(('-' | '\'' | '’' | '&', len)) => match self.peek_at(self.i + len) {
                    Some((n, _)) if is_other_word_char(n) && !is_combining_mark(n) => {
                        self.bump(len)
                    }
                    _ => break,
                },
                _ => break,
            }
        }
        TokenKind::Latin
    }

    /// URL (`http://`, `https://`, `www.`) or e-mail starting at an ASCII letter.
    fn url_or_email(&mut self) -> Option<TokenKind> {
        let rest = &self.b[self.i..];
        let starts = |p: &[u8]| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p);
        if starts(b"http://") || starts(b"https://") || starts(b"www.") {
            self.url();
            return Some(TokenKind::Url);
        }
        self.email()
    }

    fn url(&mut self) {
        let start = self.i;
        let mut end = self.i;
        let mut j = self.i;
        while let Some((c, len)) = self.peek_at(j) {
            if c.is_whitespace()
                || matches!(c, '«' | '»' | '“' | '”' | '"' | '<' | '>' | '،' | '؛')
                || is_zero_width(c)
                || is_bidi_control(c)
            {
                break;
            }
            j += len;
            end = j;
        }
        // trailing punctuation belongs to the sentence, not the URL
        let mut s = &self.s[start..end];
        while let Some(last) = s.chars().next_back() {
            let strip = match last {
                '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '؟' | '…' => true,
                ')' => s.matches('(').count() < s.matches(')').count(),
                ']' => s.matches('[').count() < s.matches(']').count(),
                _ => false,
            };
            if !strip || s.len() <= 8 {
                break;
            }
            s = &s[..s.len() - last.len_utf8()];
        }
        let n = s.chars().count();
        self.i = start + s.len();
        self.ci += n;
    }

    /// E-mail: local part `[A-Za-z0-9._%+-]+`, `@`, a domain with at least one dot.
    fn email(&mut self) -> Option<TokenKind> {
        let b = self.b;
        let mut j = self.i;
        while j < b.len()
            && (b[j].is_ascii_alphanumeric() || matches!(b[j], b'.' | b'_' | b'%' | b'+' | b'-'))
        {
            j += 1;
        }
        if j >= b.len() || b[j] != b'@' || j == self.i {
            return None;
        }
        let dom_start = j + 1;
        let mut k = dom_start;
        let mut last_label_start = k;
        let mut dots = 0;
        while k < b.len()
            && (b[k].is_ascii_alphanumeric()
                || b[k] == b'-'
                || (b[k] == b'.'
                    && k + 1 < b.len()
                    && b[k + 1].is_ascii_alphanumeric()
                    && b[k - 1] != b'.'))
        {
            if b[k] == b'.' {
                dots += 1;
                last_label_start = k + 1;
            }
            k += 1;
        }
        if dots == 0 || k - last_label_start < 2 || k == dom_start {
            return None;
        }
        self.ci += k - self.i;
        self.i = k;
        Some(TokenKind::Email)
    }

    /// `#tag` or `@user`.
    fn tag(&mut self, c: char) -> Option<TokenKind> {
        let (n, _) = self.peek_at(self.i + 1)?;
        let ok = if c == '#' {
            n == '_'
                || n.is_ascii_alphanumeric()
                || is_arabic_letter(n)
                || is_digit(n)
                || (!n.is_ascii() && n.is_alphabetic())
        } else {
            n == '_' || n.is_ascii_alphanumeric()
        };
        if !ok {
            return None;
        }
        self.bump(1);
        while let Some((n, len)) = self.peek() {
            let cont = if c == '#' {
                n == '_' || is_arabic_word_char(n) || is_digit(n) || is_other_word_char(n)
            } else {
                n == '_'
                    || n.is_ascii_alphanumeric()
                    || (n == '.'
                        && self
                            .peek_at(self.i + 1)
                            .is_some_and(|(m, _)| m.is_ascii_alphanumeric()))
            };
            if !cont {
                break;
            }
            self.bump(len);
        }
        Some(if c == '#' {
            TokenKind::Hashtag
        } else {
            TokenKind::Mention
        })
    }

    fn digits(&mut self) {
        while let Some((c, len)) = self.peek() {
            if is_digit(c) {
                self.bump(len);
            } else {
                break;
            }
        }
    }

    /// Number: digits with inner separators `. , ٫ ٬ / :`, ranges `- –` between digit
    /// groups, the Tunisian agency decimal `ر` (`4ر5` = 5.4) and a percent sign (`%`, `٪`)
    /// right after.
    fn number(&mut self) -> TokenKind {
        self.digits();
        while let Some(('.' | ',' | '٫' | '٬' | '/' | ':' | '-' | '–' | 'ر', len)) = self.peek()
        {
            if !self.peek_at(self.i + len).is_some_and(|(n, _)| is_digit(n)) {
                break;
            }
            self.bump(len);
            self.digits();
        }
        if let Some(('%' | '٪', len)) = self.peek() {
            self.bump(len);
        }
        TokenKind::Number
    }

    /// An emoji with its modifiers, ZWJ sequences and flag pairs.
    fn emoji(&mut self, c: char, len: usize) {
        self.bump(len);
        let regional = |c: char| ('\u{1F1E6}'..='\u{1F1FF}').contains(&c);
        if regional(c) {
            if let Some((n, l)) = self.peek() {
                if regional(n) {
                    self.bump(l);
                }
            }
            return;
        }
        while let Some((n, l)) = self.peek() {
            if n == '\u{200D}' {
                match self.peek_at(self.i + l) {
                    Some((m, ml)) if is_emoji(m) => {
                        self.bump(l);
                        self.bump(ml);
                    }
                    _ => break,
                }
            } else if is_emoji_extender(n) {
                self.bump(l);
            } else {
                break;
            }
        }
    }

    fn punct_or_symbol(&mut self, c: char, len: usize) -> TokenKind {
        self.bump(len);
        if is_terminal_punct(c) {
            // a run of terminal marks (`...`, `!!`, `؟!`) is one token
            while let Some((n, l)) = self.peek() {
                if is_terminal_punct(n) {
                    self.bump(l);
                } else {
                    break;
                }
            }
            return TokenKind::Punct;
        }
        if is_punct(c) {
            return TokenKind::Punct;
        }
        // a symbol keeps the combining marks that follow it
        while let Some((n, l)) = self.peek() {
            if is_combining_mark(n) || n == '\u{FE0F}' {
                self.bump(l);
            } else {
                break;
            }
        }
        TokenKind::Symbol
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<(&str, TokenKind)> {
        tokenize(s).iter().map(|t| (t.text(s), t.kind)).collect()
    }

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn arabic_words_keep_clitics_diacritics_tatweel() {
        assert_eq!(texts("وبالحكومة  كـــتَابٌ"), vec!["وبالحكومة", "كـــتَابٌ"]);
        assert_eq!(texts("مي\u{200C}خواهم"), vec!["مي\u{200C}خواهم"]);
        assert_eq!(texts("قال، إن"), vec!["قال", "،", "إن"]);
    }

    #[test]
    fn numbers() {
        use TokenKind::Number;
        assert_eq!(
            toks("3.5 ٣٫٥ ۱۲ 1,000 ٥٪ 10-20 2019/03/11 10:30 50%"),
            vec![
                ("3.5", Number),
                ("٣٫٥", Number),
                ("۱۲", Number),
                ("1,000", Number),
                ("٥٪", Number),
                ("10-20", Number),
                ("2019/03/11", Number),
                ("10:30", Number),
                ("50%", Number)
            ]
        );
        assert_eq!(texts("و15 عام 2014."), vec!["و", "15", "عام", "2014", "."]);
        assert_eq!(texts("4ر5 مليون 5 رجال"), vec!["4ر5", "مليون", "5", "رجال"]);
    }

    #[test]
    fn web_tokens() {
        use TokenKind::*;
        assert_eq!(toks("زوروا https://example.com/a?b=1. أو www.test.org، راسلوا info@khabar.org #سوريا @user_1"), vec![
            ("زوروا", Arabic), ("https://example.com/a?b=1", Url), (".", Punct), ("أو", Arabic),
            ("www.test.org", Url), ("،", Punct), ("راسلوا", Arabic), ("info@khabar.org", Email),
            ("#سوريا", Hashtag), ("@user_1", Mention)
        ]);
    }

    #[test]
    fn latin_and_punct_and_emoji() {
        use TokenKind::*;
        assert_eq!(
            toks("U.S. COVID-19 O'Neil «نعم»... 👍🏽 🇸🇾 $"),
            vec![
                ("U.S.", Latin),
                ("COVID-19", Latin),
                ("O'Neil", Latin),
                ("«", Punct),
                ("نعم", Arabic),
                ("»", Punct),
                ("...", Punct),
                ("👍🏽", Emoji),
                ("🇸🇾", Emoji),
                ("$", Symbol)
            ]
        );
    }

    #[test]
    fn offsets_are_bytes_and_chars() {
        let s = "أ b";
        let t = tokenize(s);
        assert_eq!(
            (t[0].start, t[0].end, t[0].byte_start, t[0].byte_end),
            (0, 1, 0, 2)
        );
        assert_eq!(
            (t[1].start, t[1].end, t[1].byte_start, t[1].byte_end),
            (2, 3, 3, 4)
        );
    }

    #[test]
    fn controls_between_tokens_are_skipped() {
        assert_eq!(texts("\u{200F}كتاب\u{200F} \u{FEFF}x"), vec!["كتاب", "x"]);
        assert!(tokenize("").is_empty());
        assert!(tokenize(" \u{200E}\n").is_empty());
    }
}
