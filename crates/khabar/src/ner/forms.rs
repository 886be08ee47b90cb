//! Word forms for entity recognition: a folded spelling (so that أحمد, احمد and أَحْمَد look
//! alike) and the candidate stems left after removing attached proclitics (و ف ب ل ك and
//! لل → ال), computed without a morphological model so that a permissively licensed NER
//! model does not depend on the treebank-trained segmenter.

use crate::text::chars::{is_arabic_letter, is_arabic_mark, TATWEEL};
use std::borrow::Cow;

pub use crate::text::fold::{fold, fold_into};

/// One way of reading a folded token as proclitics + stem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Strip {
    /// Number of letters removed from the front of the token (و ف ب ل ك …).
    pub letters: usize,
    /// The stem, folded (with the article restored for لل → ل + ال).
    pub stem: String,
}

fn is_conj(c: char) -> bool {
    matches!(c, 'و' | 'ف')
}

fn is_prep(c: char) -> bool {
    matches!(c, 'ب' | 'ل' | 'ك')
}

/// The readings of a folded token with proclitics removed, shortest stem last; the token
/// itself is not included. Only stems of at least two letters are proposed.
///
/// `والعراق` → `العراق` (1 letter); `وبغداد` → `بغداد` (1), `غداد` (2); `للتحالف` → `التحالف`
/// (1 letter, the article restored).
pub fn strips(folded: &str) -> Vec<Strip> {
    readings(folded)
        .into_iter()
        .flatten()
        .map(|(letters, stem)| Strip {
            letters,
            stem: stem.into_owned(),
        })
        .collect()
}

/// The readings of [`strips`] without allocating unless the article is restored: (letters
/// removed, stem), the proclitic conjunction alone first.
pub fn readings(folded: &str) -> [Option<(usize, Cow<'_, str>)>; 2] {
    let mut out = [None, None];
    // only a word that starts with a proclitic letter has readings
    if !folded.starts_with(|c| is_conj(c) || is_prep(c)) {
        return out;
    }
    let mut chars = folded.char_indices();
    let n = folded.chars().count();
    if n < 3 || !folded.chars().all(is_arabic_letter) {
        return out;
    }
    let stem_ok = |stem: &str| stem.chars().count() >= 2;
    let mut i = 0;
    let (_, first) = chars.next().expect("three letters");
    let mut rest = &folded[first.len_utf8()..];
    if is_conj(first) {
        i = 1;
        if stem_ok(rest) {
            out[0] = Some((1, Cow::Borrowed(rest)));
        }
    } else {
        rest = folded;
    }
    // `rest` starts at letter i
    let mut it = rest.chars();
    if let (Some(p), Some(next)) = (it.next(), it.next()) {
        if n > i + 2 && is_prep(p) {
            let after = &rest[p.len_utf8()..];
            let stem = if p == 'ل' && next == 'ل' {
                // ل + ال… is written لل…
                Cow::Owned(format!("ا{after}"))
            } else {
                Cow::Borrowed(after)
            };
            if stem_ok(&stem) && out[0].as_ref().is_none_or(|(_, s)| *s != stem) {
                out[1] = Some((i + 1, stem));
            }
        }
    }
    out
}

/// Whether a folded word (with or without و) introduces a person's name: "called",
/// "named" (`مواطن يدعى توفيق نصيب`, `المدعو فلان`).
pub fn introduces_name(folded: &str) -> bool {
    matches!(
        folded.strip_prefix('و').unwrap_or(folded),
        "يدعي" | "تدعي" | "المدعو" | "المدعوه" | "يسمي" | "تسمي"
    )
}

/// Character length of the proclitics in the original token text `token` whose folded
/// reading removed `letters` letters: diacritics and tatweel after a removed letter are
/// part of the clitic.
pub fn clitic_chars(token: &str, letters: usize) -> usize {
    let mut seen = 0;
    let mut n = 0;
    for c in token.chars() {
        let letter = !(is_arabic_mark(c) || c == TATWEEL || matches!(c, '\u{200B}'..='\u{200F}'));
        if letter {
            if seen == letters {
                return n;
            }
            seen += 1;
        }
        n += 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding() {
        assert_eq!(fold("أَحْمَد"), "احمد");
        assert_eq!(fold("الجزيرة"), "الجزيره");
        assert_eq!(fold("مصطفى"), "مصطفي");
        assert_eq!(fold("٢٠١٩"), "2019");
        assert_eq!(fold("NATO"), "nato");
    }

    #[test]
    fn proclitics() {
        let s = |w: &str| -> Vec<(usize, String)> {
            strips(&fold(w))
                .into_iter()
                .map(|s| (s.letters, s.stem))
                .collect()
        };
        assert_eq!(s("والعراق"), vec![(1, "العراق".to_string())]);
        assert_eq!(
            s("وبغداد"),
            vec![(1, "بغداد".to_string()), (2, "غداد".to_string())]
        );
        assert_eq!(s("للتحالف"), vec![(1, "التحالف".to_string())]);
        assert_eq!(s("لداعش"), vec![(1, "داعش".to_string())]);
        assert!(s("عن").is_empty());
        assert!(s("2019").is_empty());
    }

    #[test]
    fn clitic_lengths_follow_the_original_spelling() {
        assert_eq!(clitic_chars("وَبِغداد", 2), 4);
        assert_eq!(clitic_chars("لداعش", 1), 1);
        assert_eq!(clitic_chars("لد", 5), 2);
    }
}
