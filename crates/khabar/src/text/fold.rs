//! Folding for matching: one spelling for the letters Arabic writers interchange (alef
//! forms, yeh and alef maksura, teh marbuta and heh), without diacritics.

use crate::text::chars::{is_arabic_mark, TATWEEL};

/// Appends the folded spelling of `s` to `out`: diacritics, tatweel and invisible controls
/// dropped, alef variants → ا, ى → ي, ة → ه, Persian/Urdu letters → Arabic, Latin letters
/// lowercased, Arabic-Indic digits → ASCII.
pub fn fold_into(s: &str, out: &mut String) {
    for c in s.chars() {
        if is_arabic_mark(c) || c == TATWEEL || matches!(c, '\u{200B}'..='\u{200F}') {
            continue;
        }
        let m = match c {
            'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => 'ا',
            'ى' | 'ی' | 'ې' => 'ي',
            'ة' | 'ۃ' => 'ه',
            'ک' => 'ك',
            'ە' | 'ہ' | 'ھ' => 'ه',
            '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
            '۰'..='۹' => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
            'A'..='Z' => c.to_ascii_lowercase(),
            _ => c,
        };
        out.push(m);
    }
}

/// The folded spelling of `s` (see [`fold_into`]).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_letter_variants_and_drops_marks() {
        assert_eq!(fold("إِلى المدرسةِ"), "الي المدرسه");
        assert_eq!(fold("Aٌ٣"), "a3");
    }
}
