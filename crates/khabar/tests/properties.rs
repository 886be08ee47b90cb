//! Property tests over strings drawn from what Arabic news and social text contains:
//! Arabic letters, diacritics, tatweel, presentation forms, Latin, digits in three scripts,
//! punctuation and quotes, emoji with modifiers, zero-width and bidi controls, white space
//! of every kind, and arbitrary Unicode.

mod common;

use common::check_text_invariants;
use khabar::text::{Scheme, Utf8Chunks};
use proptest::prelude::*;

const POOLS: &[&[char]] = &[
    // Arabic letters
    &[
        'ا', 'أ', 'إ', 'آ', 'ٱ', 'ب', 'ت', 'ة', 'ث', 'ج', 'ح', 'خ', 'د', 'ذ', 'ر', 'ز', 'س', 'ش',
        'ص', 'ض', 'ط', 'ظ', 'ع', 'غ', 'ف', 'ق', 'ك', 'ل', 'م', 'ن', 'ه', 'و', 'ؤ', 'ي', 'ى', 'ئ',
        'ء', 'پ', 'چ', 'ڤ', 'گ', 'ک', 'ی', 'ۀ',
    ],
    // diacritics and tatweel
    &[
        '\u{064B}', '\u{064C}', '\u{064D}', '\u{064E}', '\u{064F}', '\u{0650}', '\u{0651}',
        '\u{0652}', '\u{0653}', '\u{0654}', '\u{0655}', '\u{0670}', '\u{0610}', '\u{06D6}', 'ـ',
    ],
    // presentation forms and ligatures
    &[
        'ﻻ', 'ﻵ', 'ﺑ', 'ﺴ', 'ﻢ', 'ﷲ', 'ﷺ', 'ﱞ', '\u{FE70}', '\u{FE7C}',
    ],
    // Latin and combining marks
    &[
        'a', 'b', 'Z', 'é', 'e', '\u{0301}', '\u{0308}', 'x', 'U', 'S', '\'',
    ],
    // digits
    &['0', '1', '9', '٠', '٣', '٩', '۰', '۴', '٫', '٬', '%', '٪'],
    // punctuation and quotes
    &[
        '.', ',', '!', '?', '؟', '،', '؛', ':', '-', '–', '…', '«', '»', '“', '”', '"', '(', ')',
        '[', ']', '#', '@', '/', '_', '\\', '|', '>', '<', '&', '}', '*', '$', '~', '`', '{',
    ],
    // emoji and modifiers
    &[
        '😀',
        '👍',
        '\u{1F3FD}',
        '\u{200D}',
        '\u{FE0F}',
        '🇸',
        '🇾',
        '❤',
    ],
    // controls and invisible characters
    &[
        '\u{200B}', '\u{200C}', '\u{200D}', '\u{200E}', '\u{200F}', '\u{202B}', '\u{202C}',
        '\u{2066}', '\u{2069}', '\u{061C}', '\u{FEFF}', '\u{00AD}', '\u{0000}', '\u{0007}',
    ],
    // white space
    &[
        ' ', ' ', ' ', '\n', '\r', '\t', '\u{00A0}', '\u{2009}', '\u{3000}', '\u{2028}',
        '\u{2029}', '\u{0085}', '\u{000B}',
    ],
];

fn news_char() -> impl Strategy<Value = char> {
    prop_oneof![
        6 => (0..POOLS[0].len()).prop_map(|i| POOLS[0][i]),
        2 => (0..POOLS[1].len()).prop_map(|i| POOLS[1][i]),
        1 => (0..POOLS[2].len()).prop_map(|i| POOLS[2][i]),
        2 => (0..POOLS[3].len()).prop_map(|i| POOLS[3][i]),
        2 => (0..POOLS[4].len()).prop_map(|i| POOLS[4][i]),
        2 => (0..POOLS[5].len()).prop_map(|i| POOLS[5][i]),
        1 => (0..POOLS[6].len()).prop_map(|i| POOLS[6][i]),
        1 => (0..POOLS[7].len()).prop_map(|i| POOLS[7][i]),
        3 => (0..POOLS[8].len()).prop_map(|i| POOLS[8][i]),
        1 => any::<char>(),
    ]
}

fn news_text() -> impl Strategy<Value = String> {
    prop::collection::vec(news_char(), 0..120).prop_map(|v| v.into_iter().collect())
}

/// Arabic text without literal characters of the transliteration alphabets.
fn arabic_text() -> impl Strategy<Value = String> {
    let pool: Vec<char> = POOLS[0]
        .iter()
        .chain(POOLS[1])
        .copied()
        .chain([
            '٣', '٫', '،', '؛', '؟', '«', '»', ' ', '\n', '(', ')', ',', '!', '-', ':',
        ])
        .collect();
    prop::collection::vec(prop::sample::select(pool), 0..80).prop_map(|v| v.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn invariants_hold_on_news_like_text(s in news_text()) {
        check_text_invariants(&s);
    }

    #[test]
    fn invariants_hold_on_any_text(s in any::<String>()) {
        check_text_invariants(&s);
    }

    #[test]
    fn arabic_text_round_trips_through_every_scheme(s in arabic_text()) {
        for scheme in [Scheme::Buckwalter, Scheme::SafeBuckwalter, Scheme::XmlBuckwalter, Scheme::Hsb] {
            let t = scheme.from_arabic(&s);
            prop_assert_eq!(scheme.to_arabic(&t).unwrap(), s.clone(), "{:?}", scheme);
        }
    }

    #[test]
    fn any_text_round_trips_escaped(s in news_text()) {
        for scheme in [Scheme::Buckwalter, Scheme::SafeBuckwalter, Scheme::XmlBuckwalter, Scheme::Hsb] {
            let t = scheme.from_arabic_escaped(&s);
            prop_assert_eq!(scheme.to_arabic_escaped(&t).unwrap(), s.clone(), "{:?}", scheme);
        }
    }

    #[test]
    fn chunks_reassemble_with_exact_offsets(s in news_text(), max in 8usize..64) {
        let mut joined = String::new();
        for c in Utf8Chunks::with_options(s.as_bytes(), false, max) {
            let c = c.unwrap();
            prop_assert_eq!(c.byte_offset, joined.len());
            prop_assert_eq!(c.char_offset, joined.chars().count());
            joined.push_str(&c.text);
        }
        prop_assert_eq!(joined, s);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let mut ok = String::new();
        for c in Utf8Chunks::new(&bytes[..]) {
            match c {
                Ok(c) => ok.push_str(&c.text),
                Err(khabar::KhabarError::InvalidUtf8 { byte_offset }) => {
                    prop_assert!(byte_offset >= ok.len());
                    prop_assert!(std::str::from_utf8(&bytes[..byte_offset]).is_ok());
                    prop_assert!(std::str::from_utf8(&bytes[..(byte_offset + 4).min(bytes.len())]).is_err());
                }
                Err(e) => prop_assert!(false, "{e}"),
            }
        }
        let lossy: String = Utf8Chunks::lossy(&bytes[..]).map(|c| c.unwrap().text).collect();
        prop_assert_eq!(lossy, String::from_utf8_lossy(&bytes).into_owned());
        check_text_invariants(&String::from_utf8_lossy(&bytes));
    }
}
