//! Transliteration: Buckwalter, Safe Buckwalter, XML Buckwalter and
//! Habash-Soudi-Buckwalter (HSB) both ways, and a readable ALA-LC-like romanization one way.
//!
//! The four reversible schemes are one-to-one character tables (Buckwalter 2002; Habash,
//! Soudi and Buckwalter 2007). Characters outside a table pass through unchanged, so
//! `to_arabic(from_arabic(s)) == s` holds for every text that contains no literal character
//! of the scheme's own alphabet (see [`Scheme::alphabet`]): Arabic letters, marks, digits,
//! Arabic punctuation, white space and the ASCII punctuation the scheme does not use.

use crate::error::KhabarError;
use std::str::FromStr;

/// A transliteration scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scheme {
    /// Classic Buckwalter (`'|>&<}` for hamza forms, `$` for shin, `*` for thal).
    Buckwalter,
    /// Safe Buckwalter: letters only, safe in file names and regular expressions.
    SafeBuckwalter,
    /// XML Buckwalter: Buckwalter without `<`, `>` and `&`.
    XmlBuckwalter,
    /// Habash-Soudi-Buckwalter: one Latin (often accented) character per Arabic character.
    Hsb,
    /// Readable romanization after ALA-LC (one way only).
    Roman,
}

impl FromStr for Scheme {
    type Err = KhabarError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "bw" | "buckwalter" => Ok(Scheme::Buckwalter),
            "safebw" => Ok(Scheme::SafeBuckwalter),
            "xmlbw" => Ok(Scheme::XmlBuckwalter),
            "hsb" => Ok(Scheme::Hsb),
            "roman" | "ala-lc" => Ok(Scheme::Roman),
            _ => Err(KhabarError::UnknownName {
                what: "transliteration scheme",
                name: s.to_string(),
            }),
        }
    }
}

/// Arabic characters of the reversible tables, in table order.
const ARABIC: [char; 50] = [
    'ء', 'آ', 'أ', 'ؤ', 'إ', 'ئ', 'ا', 'ب', 'ة', 'ت', 'ث', 'ج', 'ح', 'خ', 'د', 'ذ', 'ر', 'ز', 'س',
    'ش', 'ص', 'ض', 'ط', 'ظ', 'ع', 'غ', 'ـ', 'ف', 'ق', 'ك', 'ل', 'م', 'ن', 'ه', 'و', 'ى', 'ي',
    '\u{064B}', '\u{064C}', '\u{064D}', '\u{064E}', '\u{064F}', '\u{0650}', '\u{0651}', '\u{0652}',
    '\u{0670}', 'ٱ', 'پ', 'چ', 'ڤ',
];
/// گ is the 51st entry; kept apart so the arrays above stay readable.
const GAF: char = 'گ';

const BW: [char; 51] = [
    '\'', '|', '>', '&', '<', '}', 'A', 'b', 'p', 't', 'v', 'j', 'H', 'x', 'd', '*', 'r', 'z', 's',
    '$', 'S', 'D', 'T', 'Z', 'E', 'g', '_', 'f', 'q', 'k', 'l', 'm', 'n', 'h', 'w', 'Y', 'y', 'F',
    'N', 'K', 'a', 'u', 'i', '~', 'o', '`', '{', 'P', 'J', 'V', 'G',
];
const SAFE_BW: [char; 51] = [
    'C', 'M', 'O', 'W', 'I', 'Q', 'A', 'b', 'p', 't', 'v', 'j', 'H', 'x', 'd', 'V', 'r', 'z', 's',
    'c', 'S', 'D', 'T', 'Z', 'E', 'g', '_', 'f', 'q', 'k', 'l', 'm', 'n', 'h', 'w', 'Y', 'y', 'F',
    'N', 'K', 'a', 'u', 'i', '~', 'o', 'e', 'L', 'P', 'J', 'B', 'G',
];
const XML_BW: [char; 51] = [
    '\'', '|', 'O', 'W', 'I', '}', 'A', 'b', 'p', 't', 'v', 'j', 'H', 'x', 'd', '*', 'r', 'z', 's',
    '$', 'S', 'D', 'T', 'Z', 'E', 'g', '_', 'f', 'q', 'k', 'l', 'm', 'n', 'h', 'w', 'Y', 'y', 'F',
    'N', 'K', 'a', 'u', 'i', '~', 'o', '`', '{', 'P', 'J', 'V', 'G',
];
const HSB: [char; 51] = [
    '\'', 'Ā', 'Â', 'ŵ', 'Ă', 'ŷ', 'A', 'b', 'ħ', 't', 'θ', 'j', 'H', 'x', 'd', 'ð', 'r', 'z', 's',
    'š', 'S', 'D', 'T', 'Ď', 'ς', 'γ', '_', 'f', 'q', 'k', 'l', 'm', 'n', 'h', 'w', 'ý', 'y', 'ã',
    'ũ', 'ĩ', 'a', 'u', 'i', '~', '.', 'á', 'Ä', 'p', 'c', 'v', 'g',
];

fn arabic_at(i: usize) -> char {
    if i < ARABIC.len() {
        ARABIC[i]
    } else {
        GAF
    }
}

impl Scheme {
    fn table(self) -> Option<&'static [char; 51]> {
        match self {
            Scheme::Buckwalter => Some(&BW),
            Scheme::SafeBuckwalter => Some(&SAFE_BW),
            Scheme::XmlBuckwalter => Some(&XML_BW),
            Scheme::Hsb => Some(&HSB),
            Scheme::Roman => None,
        }
    }

    /// Whether the scheme can be read back into Arabic.
    pub fn is_reversible(self) -> bool {
        self.table().is_some()
    }

    /// The characters the scheme writes; literal occurrences of these in Arabic input do
    /// not survive a round trip. Empty for the one-way romanization.
    pub fn alphabet(self) -> &'static [char] {
        self.table().map_or(&[], |t| &t[..])
    }

    /// Transliterates Arabic script into the scheme.
    pub fn from_arabic(self, text: &str) -> String {
        let Some(table) = self.table() else {
            return romanize(text);
        };
        text.chars()
            .map(|c| {
                let i = match c {
                    GAF => Some(ARABIC.len()),
                    'ء'..='ڤ' => ARABIC.iter().position(|&a| a == c),
                    _ => None,
                };
                i.map_or(c, |i| table[i])
            })
            .collect()
    }

    /// Like [`from_arabic`](Self::from_arabic), but literal characters of the scheme's
    /// alphabet and the escape character `\\` are written as `\\` + character, so that
    /// [`to_arabic_escaped`](Self::to_arabic_escaped) gives back *any* text exactly (a
    /// full stop stays a full stop under HSB, where `.` also writes sukun).
    pub fn from_arabic_escaped(self, text: &str) -> String {
        let alphabet = self.alphabet();
        let mut out = String::with_capacity(text.len() + text.len() / 2);
        let mut buf = [0u8; 4];
        for c in text.chars() {
            if c == '\\' || alphabet.contains(&c) {
                out.push('\\');
                out.push(c);
            } else {
                out.push_str(&self.from_arabic(c.encode_utf8(&mut buf)));
            }
        }
        out
    }

    /// Reads text written by [`from_arabic_escaped`](Self::from_arabic_escaped).
    ///
    /// # Errors
    /// [`KhabarError::NotReversible`] for the one-way romanization.
    pub fn to_arabic_escaped(self, text: &str) -> Result<String, KhabarError> {
        let table = self.table().ok_or(KhabarError::NotReversible("roman"))?;
        let mut out = String::with_capacity(text.len() * 2);
        let mut it = text.chars();
        while let Some(c) = it.next() {
            if c == '\\' {
                if let Some(n) = it.next() {
                    out.push(n);
                } else {
                    out.push(c);
                }
            } else {
                out.push(table.iter().position(|&t| t == c).map_or(c, arabic_at));
            }
        }
        Ok(out)
    }

    /// Reads the scheme back into Arabic script.
    ///
    /// # Errors
    /// [`KhabarError::NotReversible`] for the one-way romanization.
    pub fn to_arabic(self, text: &str) -> Result<String, KhabarError> {
        let table = self.table().ok_or(KhabarError::NotReversible("roman"))?;
        Ok(text
            .chars()
            .map(|c| table.iter().position(|&t| t == c).map_or(c, arabic_at))
            .collect())
    }
}

/// ALA-LC-like romanization of Arabic script. Short vowels are written only where the text
/// carries harakat; long vowels, the article (`al-`), hamza (ʼ), ʻayn (ʻ) and the
/// emphatic consonants (ḥ ṣ ḍ ṭ ẓ) follow ALA-LC.
pub fn romanize(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut last_consonant: Option<(usize, &str)> = None;
    let mut after_article = false;
    let is_word = |c: char| super::chars::is_arabic_letter(c) || super::chars::is_arabic_mark(c);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let prev = if i > 0 { Some(chars[i - 1]) } else { None };
        let next = chars.get(i + 1).copied();
        let word_start = prev.is_none_or(|p| !is_word(p));
        let word_end = next.is_none_or(|n| !is_word(n));
        // the definite article at the start of a word, alone or after a one-letter proclitic
        let rest_letters = |from: usize| {
            chars[from.min(chars.len())..]
                .iter()
                .take_while(|&&n| is_word(n))
                .count()
        };
        if word_start && (c == 'ا' || c == 'ٱ') && next == Some('ل') && rest_letters(i + 2) >= 2
        {
            out.push_str("al-");
            after_article = true;
            i += 2;
            continue;
        }
        if word_start
            && matches!(c, 'و' | 'ف' | 'ب' | 'ك')
            && next == Some('ا')
            && chars.get(i + 2) == Some(&'ل')
            && rest_letters(i + 3) >= 3
        {
            out.push_str(match c {
                'و' => "wa-al-",
                'ف' => "fa-al-",
                'ب' => "bi-al-",
                _ => "ka-al-",
            });
            after_article = true;
            i += 3;
            continue;
        }
        if word_start && c == 'ل' && next == Some('ل') && rest_letters(i + 2) >= 3 {
            out.push_str("lil-");
            after_article = true;
            i += 2;
            continue;
        }
        let word_start = word_start || std::mem::take(&mut after_article);
        let s: &str = match c {
            'ء' => "ʼ",
            'آ' => {
                if word_start {
                    "ā"
                } else {
                    "ʼā"
                }
            }
            'أ' => {
                if word_start {
                    "a"
                } else {
                    "ʼ"
                }
            }
            'إ' => {
                if word_start {
                    "i"
                } else {
                    "ʼ"
                }
            }
            'ؤ' | 'ئ' => "ʼ",
            'ا' | 'ٱ' => {
                if word_start {
                    "a"
                } else {
                    "ā"
                }
            }
            'ب' => "b",
            'ت' => "t",
            'ث' => "th",
            'ج' => "j",
            'ح' => "ḥ",
            'خ' => "kh",
            'د' => "d",
            'ذ' => "dh",
            'ر' => "r",
            'ز' => "z",
            'س' => "s",
            'ش' => "sh",
            'ص' => "ṣ",
            'ض' => "ḍ",
            'ط' => "ṭ",
            'ظ' => "ẓ",
            'ع' => "ʻ",
            'غ' => "gh",
            'ف' => "f",
            'ق' => "q",
            'ك' | 'ک' => "k",
            'ل' => "l",
            'م' => "m",
            'ن' => "n",
            'ه' => "h",
            'ة' => {
                // a written fatha already gave the vowel
                match (word_end, out.ends_with('a')) {
                    (true, true) => "h",
                    (true, false) => "ah",
                    (false, true) => "t",
                    (false, false) => "at",
                }
            }
            'و' => {
                if word_start
                    || matches!(prev, Some('ا' | 'و' | 'ي'))
                    || next
                        .is_some_and(|n| matches!(n, 'ا' | 'ي' | 'ة') || super::chars::is_haraka(n))
                {
                    "w"
                } else {
                    "ū"
                }
            }
            'ي' | 'ی' => {
                if word_start
                    || matches!(prev, Some('ا' | 'و' | 'ي'))
                    || next
                        .is_some_and(|n| matches!(n, 'ا' | 'و' | 'ة') || super::chars::is_haraka(n))
                {
                    "y"
                } else {
                    "ī"
                }
            }
            'ى' => "á",
            'پ' => "p",
            'چ' => "ch",
            'ڤ' => "v",
            'گ' => "g",
            '\u{064E}' => "a",
            '\u{064F}' => "u",
            '\u{0650}' => "i",
            '\u{064B}' => "an",
            '\u{064C}' => "un",
            '\u{064D}' => "in",
            '\u{0670}' => "ā",
            '\u{0651}' => {
                // shadda doubles the consonant before it (a vowel may sit in between)
                if let Some((at, cons)) = last_consonant {
                    out.insert_str(at, cons);
                    last_consonant = None;
                }
                ""
            }
            '\u{0652}' | 'ـ' => "",
            '،' => ",",
            '؛' => ";",
            '؟' => "?",
            '٪' => "%",
            _ => {
                if let Some(v) = super::chars::digit_value(c) {
                    out.push(char::from_digit(v, 10).unwrap_or(c));
                } else if !super::chars::is_arabic_mark(c) {
                    out.push(c);
                }
                ""
            }
        };
        out.push_str(s);
        if is_consonant(c) {
            last_consonant = Some((out.len(), s));
        } else if !super::chars::is_haraka(c) {
            last_consonant = None;
        }
        i += 1;
    }
    out
}

fn is_consonant(c: char) -> bool {
    super::chars::is_arabic_letter(c) && !matches!(c, 'ا' | 'ى' | 'آ' | 'ٱ')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_one_to_one() {
        for scheme in [
            Scheme::Buckwalter,
            Scheme::SafeBuckwalter,
            Scheme::XmlBuckwalter,
            Scheme::Hsb,
        ] {
            let t = scheme.alphabet();
            for (i, a) in t.iter().enumerate() {
                assert!(!t[i + 1..].contains(a), "{scheme:?}: {a} twice");
            }
        }
    }

    #[test]
    fn buckwalter_examples() {
        let s = "ذَهَبَ الوَلَدُ إلى المَدْرَسَةِ";
        let bw = Scheme::Buckwalter.from_arabic(s);
        assert_eq!(bw, "*ahaba Alwaladu <lY Almadorasapi");
        assert_eq!(Scheme::Buckwalter.to_arabic(&bw).unwrap(), s);
        assert_eq!(Scheme::SafeBuckwalter.from_arabic("ذئب شأن"), "VQb cOn");
        assert_eq!(Scheme::XmlBuckwalter.from_arabic("أإؤ"), "OIW");
        assert_eq!(Scheme::Hsb.from_arabic("شَمْس"), "šam.s");
    }

    #[test]
    fn hsb_and_reverse() {
        let s = "ظَهْرٌ";
        let h = Scheme::Hsb.from_arabic(s);
        assert_eq!(h, "Ďah.rũ");
        assert_eq!(Scheme::Hsb.to_arabic(&h).unwrap(), s);
        assert!(Scheme::Roman.to_arabic("x").is_err());
    }

    #[test]
    fn romanization_is_readable() {
        assert_eq!(romanize("الباغوز"), "al-bāghūz");
        assert_eq!(romanize("مُحَمَّد"), "muḥammad");
        assert_eq!(romanize("سوريا ١٢"), "sūryā 12");
        assert_eq!(romanize("مدينة"), "mdīnah");
        assert_eq!(romanize("المَدْرَسَةِ"), "al-madrasati");
        assert_eq!(
            romanize("والعراق الإثنين جوية"),
            "wa-al-ʻrāq al-ithnīn jwyah"
        );
    }

    #[test]
    fn escaped_round_trip_keeps_literals() {
        let s = "قالْ. ذلك \\ A|b";
        for scheme in [
            Scheme::Buckwalter,
            Scheme::SafeBuckwalter,
            Scheme::XmlBuckwalter,
            Scheme::Hsb,
        ] {
            let e = scheme.from_arabic_escaped(s);
            assert_eq!(scheme.to_arabic_escaped(&e).unwrap(), s, "{scheme:?}: {e}");
        }
        assert_eq!(Scheme::Hsb.from_arabic_escaped("قالْ."), "qAl.\\.");
    }
}
