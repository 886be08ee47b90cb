//! Character classes for Arabic-script news text.
//!
//! Every function here is a pure, branch-cheap test on one `char`; the tokenizer and the
//! normalization steps are built from them, so a character is classified the same way
//! everywhere.

/// Tatweel (kashida), U+0640: a stretching character with no meaning.
pub const TATWEEL: char = '\u{0640}';

/// Arabic base letters and letter-like characters of the Arabic script blocks
/// (Arabic, Arabic Supplement, Arabic Extended-A/B and the presentation forms).
/// Diacritics, digits, punctuation and tatweel are not letters.
#[inline]
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c,
        '\u{0620}'..='\u{063F}'
        | '\u{0641}'..='\u{064A}'
        | '\u{066E}'..='\u{066F}'
        | '\u{0671}'..='\u{06D3}'
        | '\u{06D5}'
        | '\u{06E5}'..='\u{06E6}'
        | '\u{06EE}'..='\u{06EF}'
        | '\u{06FA}'..='\u{06FC}'
        | '\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{0870}'..='\u{0887}'
        | '\u{0889}'..='\u{088E}'
        | '\u{08A0}'..='\u{08C9}'
    ) || is_arabic_presentation_letter(c)
}

/// Letters of the Arabic presentation-form blocks (ligatures and contextual forms).
#[inline]
pub fn is_arabic_presentation_letter(c: char) -> bool {
    matches!(c,
        '\u{FB50}'..='\u{FBB1}'
        | '\u{FBD3}'..='\u{FD3D}'
        | '\u{FD50}'..='\u{FDC7}'
        | '\u{FDF0}'..='\u{FDFB}'
        | '\u{FE70}'..='\u{FE74}'
        | '\u{FE76}'..='\u{FEFC}'
    )
}

/// Any character of the Arabic presentation-form blocks, U+FB50–U+FDFF and U+FE70–U+FEFF
/// (but not U+FEFF, the byte-order mark).
#[inline]
pub fn is_arabic_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}')
}

/// Harakat, tanwin, shadda and sukun (U+064B–U+0652).
#[inline]
pub fn is_haraka(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{0652}')
}

/// Every Arabic combining mark: harakat, tanwin, shadda, sukun, maddah/hamza above and
/// below, other marks U+0653–U+065F, superscript (dagger) alef U+0670, Quranic
/// annotation marks and the extended-block marks.
#[inline]
pub fn is_arabic_mark(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E4}'
        | '\u{06E7}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{0898}'..='\u{089F}'
        | '\u{08CA}'..='\u{08E1}'
        | '\u{08E3}'..='\u{08FF}'
    )
}

/// Digits 0–9 in the three scripts news text uses: ASCII, Arabic-Indic (U+0660–U+0669)
/// and Extended Arabic-Indic / Persian (U+06F0–U+06F9).
#[inline]
pub fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }
}

/// True for ASCII, Arabic-Indic and Persian digits.
#[inline]
pub fn is_digit(c: char) -> bool {
    digit_value(c).is_some()
}

/// Zero-width characters that may sit inside a word: ZWNJ, ZWJ, ZWSP, word joiner,
/// soft hyphen and the zero-width no-break space (BOM).
#[inline]
pub fn is_zero_width(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
    )
}

/// Bidirectional control characters (marks, embeddings, overrides, isolates and the
/// Arabic letter mark).
#[inline]
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// Invisible format characters: zero-width and bidi controls.
#[inline]
pub fn is_invisible(c: char) -> bool {
    is_zero_width(c) || is_bidi_control(c)
}

/// Line terminators: LF, CR, NEL, line and paragraph separators, VT and FF.
#[inline]
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{000B}' | '\u{000C}' | '\u{0085}' | '\u{2028}' | '\u{2029}'
    )
}

/// Horizontal white space: Unicode `White_Space` minus the line terminators.
#[inline]
pub fn is_horizontal_space(c: char) -> bool {
    c.is_whitespace() && !is_line_break(c)
}

/// Emoji and pictographs (the Extended_Pictographic ranges that matter in news and social
/// media), regional indicators, skin-tone modifiers and the emoji variation selector.
#[inline]
pub fn is_emoji(c: char) -> bool {
    matches!(c,
        '\u{1F000}'..='\u{1FAFF}'
        | '\u{2600}'..='\u{27BF}'
        | '\u{2B00}'..='\u{2BFF}'
        | '\u{2300}'..='\u{23FF}'
        | '\u{00A9}' | '\u{00AE}' | '\u{203C}' | '\u{2049}' | '\u{2122}' | '\u{2139}'
        | '\u{2194}'..='\u{21AA}'
        | '\u{3030}' | '\u{303D}' | '\u{3297}' | '\u{3299}'
    )
}

/// Characters that extend an emoji: ZWJ, variation selectors, skin tones, keycap, tags.
#[inline]
pub fn is_emoji_extender(c: char) -> bool {
    matches!(c,
        '\u{200D}'
        | '\u{FE0E}'..='\u{FE0F}'
        | '\u{1F3FB}'..='\u{1F3FF}'
        | '\u{20E3}'
        | '\u{E0020}'..='\u{E007F}'
    )
}

/// Latin letters (ASCII and the Latin-1/Extended blocks) and other non-Arabic alphabetic
/// characters are classified by `char::is_alphabetic`; this one is ASCII-fast.
#[inline]
pub fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c, '\u{00C0}'..='\u{024F}' if c != '\u{00D7}' && c != '\u{00F7}')
        || matches!(c, '\u{1E00}'..='\u{1EFF}')
}

/// Generic combining marks outside Arabic (U+0300–U+036F and the extended ranges).
#[inline]
pub fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}'
    )
}

/// Quotation marks that open a quote.
#[inline]
pub fn is_opening_quote(c: char) -> bool {
    matches!(c, '«' | '“' | '‘' | '‹' | '„' | '‚')
}

/// Quotation marks that close a quote.
#[inline]
pub fn is_closing_quote(c: char) -> bool {
    matches!(c, '»' | '”' | '’' | '›')
}

/// Opening brackets.
#[inline]
pub fn is_opening_bracket(c: char) -> bool {
    matches!(c, '(' | '[' | '{' | '﴾' | '（' | '［')
}

/// Closing brackets.
#[inline]
pub fn is_closing_bracket(c: char) -> bool {
    matches!(c, ')' | ']' | '}' | '﴿' | '）' | '］')
}

/// Punctuation (not symbols such as `%`, `$` or `+`, which the treebanks tag apart): ASCII
/// punctuation, Arabic comma, semicolon, question mark and full stop, tatweel, quotation
/// marks, brackets and the General Punctuation block's dashes, ellipsis and marks.
#[inline]
pub fn is_punctuation(c: char) -> bool {
    matches!(
        c,
        '!' | '"' | '\'' | '(' | ')' | '*' | ',' | '-' | '.' | '/' | ':' | ';' | '?' | '['
            | ']' | '{' | '}' | '\\' | '_'
            | '،' | '؛' | '؟' | '۔' | 'ـ' | '٭'
            | '\u{2010}'..='\u{2027}'
            | '\u{2030}'..='\u{205E}'
    ) || is_opening_quote(c)
        || is_closing_quote(c)
        || is_opening_bracket(c)
        || is_closing_bracket(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn punctuation_is_not_a_symbol_or_a_letter() {
        for c in ['“', '”', '«', '»', '،', '؟', '…', '—', '.', '(', 'ـ'] {
            assert!(is_punctuation(c), "{c}");
        }
        for c in ['%', '٪', '$', '+', 'a', 'ب', '1', '٣', ' '] {
            assert!(!is_punctuation(c), "{c}");
        }
    }

    #[test]
    fn letters_and_marks_are_disjoint() {
        for u in 0x0600u32..=0x08FF {
            let c = char::from_u32(u).unwrap();
            assert!(
                !(is_arabic_letter(c) && is_arabic_mark(c)),
                "U+{u:04X} is both letter and mark"
            );
        }
        assert!(is_arabic_letter('ب'));
        assert!(is_arabic_letter('ﻻ'));
        assert!(!is_arabic_letter(TATWEEL));
        assert!(is_arabic_mark('\u{064E}'));
        assert!(is_arabic_mark('\u{0670}'));
        assert!(!is_arabic_mark('ب'));
    }

    #[test]
    fn digits_in_three_scripts() {
        assert_eq!(digit_value('7'), Some(7));
        assert_eq!(digit_value('٧'), Some(7));
        assert_eq!(digit_value('۷'), Some(7));
        assert_eq!(digit_value('a'), None);
    }

    #[test]
    fn invisible_and_space_classes() {
        assert!(is_invisible('\u{200F}'));
        assert!(is_invisible('\u{200C}'));
        assert!(is_horizontal_space('\u{00A0}'));
        assert!(!is_horizontal_space('\n'));
        assert!(is_line_break('\u{2029}'));
        assert!(is_emoji('😀'));
        assert!(is_emoji_extender('\u{1F3FD}'));
    }
}
