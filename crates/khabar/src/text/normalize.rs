//! Normalization as composable steps grouped in named profiles, with an alignment back
//! to the original text.
//!
//! Steps run in a fixed order, chosen so that every profile is idempotent and canonically
//! equivalent inputs normalize to the same output:
//!
//! 1. `presentation`, `tatweel`, `controls`: remove or expand characters (before NFC, so
//!    that anything they expose is composed by it);
//! 2. `nfc`;
//! 3. `diacritics` (after NFC, so a decomposed أ and a precomposed أ are treated alike);
//! 4. the letter folds `persian`, `alef`, `yeh`, `teh-marbuta`, `digits`;
//! 5. `whitespace` last, so spaces exposed by any removal are collapsed too.
//!
//! | step | profile | what it does |
//! |---|---|---|
//! | presentation | display | Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFE) and lam-alef ligatures → base letters |
//! | tatweel | display | removes U+0640 |
//! | controls | display | removes zero-width characters (ZWSP, ZWNJ, ZWJ outside emoji, WJ, BOM, soft hyphen) and bidi controls |
//! | nfc | display | Unicode canonical composition |
//! | whitespace | display | horizontal white space runs → one space; CR LF, CR, NEL, LS, PS, VT, FF → LF |
//! | diacritics | search | removes harakat, tanwin, shadda, sukun, maddah/hamza marks, superscript alef, Quranic marks |
//! | persian | search | ک ڪ → ك; ی ې ۍ → ي; ۀ ە ھ ہ → ه; ۃ → ة |
//! | alef | search | أ إ آ ٱ ٲ ٳ ٵ → ا |
//! | yeh | search | ى → ي |
//! | teh-marbuta | off | ة → ه |
//! | digits | search | Arabic-Indic and Persian digits → ASCII |

use super::align::AlignedText;
use super::chars::{
    digit_value, is_arabic_mark, is_arabic_presentation_form, is_bidi_control, is_emoji,
    is_emoji_extender, is_horizontal_space, is_line_break, is_zero_width, TATWEEL,
};
use crate::error::KhabarError;
use std::fmt;
use std::str::FromStr;
use unicode_normalization::char::{canonical_combining_class, decompose_compatible};
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// One normalization step. See the module documentation for what each one does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    /// Presentation forms and ligatures → base letters.
    Presentation,
    /// Remove tatweel.
    Tatweel,
    /// Remove zero-width and bidi control characters.
    Controls,
    /// Unicode NFC.
    Nfc,
    /// Remove Arabic diacritics.
    Diacritics,
    /// Persian/Urdu letter variants → Arabic letters.
    Persian,
    /// Hamzated and wasla alef forms → bare alef.
    Alef,
    /// Alef maksura → yeh.
    Yeh,
    /// Teh marbuta → heh.
    TehMarbuta,
    /// Arabic-Indic and Persian digits → ASCII digits.
    Digits,
    /// Collapse horizontal white space, unify line breaks.
    Whitespace,
}

impl Step {
    /// All steps, in the order they run.
    pub const ALL: [Step; 11] = [
        Step::Presentation,
        Step::Tatweel,
        Step::Controls,
        Step::Nfc,
        Step::Diacritics,
        Step::Persian,
        Step::Alef,
        Step::Yeh,
        Step::TehMarbuta,
        Step::Digits,
        Step::Whitespace,
    ];

    /// The step's name as used on the command line (`--no-<name>`).
    pub fn name(self) -> &'static str {
        match self {
            Step::Presentation => "presentation",
            Step::Tatweel => "tatweel",
            Step::Controls => "controls",
            Step::Nfc => "nfc",
            Step::Diacritics => "diacritics",
            Step::Persian => "persian",
            Step::Alef => "alef",
            Step::Yeh => "yeh",
            Step::TehMarbuta => "teh-marbuta",
            Step::Digits => "digits",
            Step::Whitespace => "whitespace",
        }
    }

    fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Step {
    type Err = KhabarError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Step::ALL
            .into_iter()
            .find(|st| st.name() == s)
            .ok_or_else(|| KhabarError::UnknownName {
                what: "normalization step",
                name: s.to_string(),
            })
    }
}

/// A named group of steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Profile {
    /// Lossless for meaning: presentation forms, tatweel, controls, NFC, white space.
    #[default]
    Display,
    /// For matching and indexing: display plus diacritics, letter folds and digits
    /// (teh marbuta folding is available but off).
    Search,
}

impl Profile {
    /// The steps the profile enables.
    pub fn steps(self) -> &'static [Step] {
        match self {
            Profile::Display => &[
                Step::Presentation,
                Step::Tatweel,
                Step::Controls,
                Step::Nfc,
                Step::Whitespace,
            ],
            Profile::Search => &[
                Step::Presentation,
                Step::Tatweel,
                Step::Controls,
                Step::Nfc,
                Step::Diacritics,
                Step::Persian,
                Step::Alef,
                Step::Yeh,
                Step::Digits,
                Step::Whitespace,
            ],
        }
    }

    /// The profile's name.
    pub fn name(self) -> &'static str {
        match self {
            Profile::Display => "display",
            Profile::Search => "search",
        }
    }
}

impl FromStr for Profile {
    type Err = KhabarError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "display" => Ok(Profile::Display),
            "search" => Ok(Profile::Search),
            _ => Err(KhabarError::UnknownName {
                what: "normalization profile",
                name: s.to_string(),
            }),
        }
    }
}

/// A configured set of steps. Cheap to copy; `Send + Sync`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Normalizer {
    mask: u16,
}

impl Default for Normalizer {
    fn default() -> Self {
        Self::new(Profile::Display)
    }
}

impl Normalizer {
    /// The steps of `profile`.
    pub fn new(profile: Profile) -> Self {
        let mask = profile.steps().iter().fold(0, |m, s| m | s.bit());
        Self { mask }
    }

    /// Switches one step on or off.
    pub fn with(mut self, step: Step, on: bool) -> Self {
        if on {
            self.mask |= step.bit();
        } else {
            self.mask &= !step.bit();
        }
        self
    }

    /// Whether `step` is on.
    pub fn has(&self, step: Step) -> bool {
        self.mask & step.bit() != 0
    }

    /// The enabled steps, in the order they run.
    pub fn steps(&self) -> Vec<Step> {
        Step::ALL.into_iter().filter(|s| self.has(*s)).collect()
    }

    /// Normalizes `text`.
    pub fn normalize(&self, text: &str) -> String {
        self.normalize_aligned(text).into_text()
    }

    /// Normalizes `text`, keeping for every output character the byte range of `text`
    /// that produced it.
    pub fn normalize_aligned(&self, text: &str) -> AlignedText {
        let removal =
            self.has(Step::Presentation) || self.has(Step::Tatweel) || self.has(Step::Controls);
        let mut cur = if removal {
            let mut out = AlignedText::with_capacity(text.len(), text.len());
            self.remove_and_expand(
                text.char_indices().map(|(i, c)| (c, i, i + c.len_utf8())),
                &mut out,
            );
            out
        } else {
            AlignedText::identity(text)
        };
        if self.has(Step::Nfc) && is_nfc_quick(cur.text().chars()) != IsNormalized::Yes {
            cur = nfc(&cur, text.len());
        }
        let mut out = AlignedText::with_capacity(cur.text().len(), text.len());
        let exposed = self.fold(&cur, &mut out);
        if exposed && self.has(Step::Nfc) && is_nfc_quick(out.text().chars()) != IsNormalized::Yes {
            out = nfc(&out, text.len());
        }
        out
    }

    /// Step group 1: presentation forms, tatweel, controls.
    fn remove_and_expand(
        &self,
        chars: impl Iterator<Item = (char, usize, usize)>,
        out: &mut AlignedText,
    ) {
        let pres = self.has(Step::Presentation);
        let tatweel = self.has(Step::Tatweel);
        let controls = self.has(Step::Controls);
        let mut it = chars.peekable();
        while let Some((c, s, e)) = it.next() {
            if tatweel && c == TATWEEL {
                continue;
            }
            if controls && (is_zero_width(c) || is_bidi_control(c)) {
                // a ZWJ inside an emoji sequence is part of the emoji
                let keep = c == '\u{200D}'
                    && out
                        .last_char()
                        .is_some_and(|p| is_emoji(p) || is_emoji_extender(p))
                    && it.peek().is_some_and(|&(n, _, _)| is_emoji(n));
                if !keep {
                    continue;
                }
            }
            if pres && is_arabic_presentation_form(c) {
                decompose_compatible(c, |d| {
                    if !(tatweel && d == TATWEEL) {
                        out.push(d, s, e)
                    }
                });
                continue;
            }
            out.push(c, s, e);
        }
    }

    /// Step groups 3–5: diacritics, letter folds, digits, white space. Returns whether a
    /// removed mark may have exposed a new canonical composition.
    fn fold(&self, input: &AlignedText, out: &mut AlignedText) -> bool {
        let diacritics = self.has(Step::Diacritics);
        let persian = self.has(Step::Persian);
        let alef = self.has(Step::Alef);
        let yeh = self.has(Step::Yeh);
        let teh = self.has(Step::TehMarbuta);
        let digits = self.has(Step::Digits);
        let ws = self.has(Step::Whitespace);
        let mut removed_mark = false;
        let mut other_mark_after = false;
        let mut prev_cr = false;
        for (c, s, e) in input.iter() {
            if diacritics && is_arabic_mark(c) {
                removed_mark = true;
                continue;
            }
            if removed_mark && !c.is_ascii() && canonical_combining_class(c) != 0 {
                other_mark_after = true;
            }
            let mut c = c;
            if persian {
                c = fold_persian(c);
            }
            if alef && matches!(c, 'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' | 'ٵ') {
                c = 'ا';
            }
            if yeh && c == 'ى' {
                c = 'ي';
            }
            if teh && c == 'ة' {
                c = 'ه';
            }
            if digits && !c.is_ascii() {
                if let Some(v) = digit_value(c) {
                    c = char::from_digit(v, 10).unwrap_or(c);
                }
            }
            if ws {
                if is_line_break(c) {
                    let was_cr = prev_cr;
                    prev_cr = c == '\r';
                    if was_cr && c == '\n' {
                        out.extend_last(e);
                        continue;
                    }
                    out.push('\n', s, e);
                    continue;
                }
                prev_cr = false;
                if is_horizontal_space(c) {
                    if out.last_char() == Some(' ') {
                        out.extend_last(e);
                    } else {
                        out.push(' ', s, e);
                    }
                    continue;
                }
            }
            out.push(c, s, e);
        }
        other_mark_after
    }
}

fn fold_persian(c: char) -> char {
    match c {
        'ک' | 'ڪ' => 'ك',
        'ی' | 'ې' | 'ۍ' => 'ي',
        'ۀ' | 'ە' | 'ھ' | 'ہ' => 'ه',
        'ۃ' => 'ة',
        _ => c,
    }
}

/// Characters before which canonical composition never reaches back: ASCII, white space
/// and the Arabic and Latin-1 starters (none of them is the second half of a canonical
/// composition). Segments between such characters are composed independently.
fn is_segment_start(c: char) -> bool {
    if c.is_ascii() || c.is_whitespace() {
        return true;
    }
    matches!(c, '\u{00A0}'..='\u{024F}' | '\u{0600}'..='\u{06FF}')
        && canonical_combining_class(c) == 0
}

/// NFC that keeps the alignment: each segment that is already NFC keeps per-character
/// origins; a segment that changes maps all its output characters to its whole span.
fn nfc(input: &AlignedText, orig_len: usize) -> AlignedText {
    let mut out = AlignedText::with_capacity(input.text().len(), orig_len);
    let text = input.text();
    let origins = input.origins();
    let mut seg_start = 0usize; // index into origins
    let flush = |out: &mut AlignedText, from: usize, to: usize| {
        if from == to {
            return;
        }
        let b0 = origins[from].byte;
        let b1 = origins.get(to).map_or(text.len(), |o| o.byte);
        let seg = &text[b0..b1];
        if is_nfc_quick(seg.chars()) == IsNormalized::Yes {
            for (c, o) in seg.chars().zip(&origins[from..to]) {
                out.push(c, o.orig_start, o.orig_end);
            }
        } else {
            let lo = origins[from..to]
                .iter()
                .map(|o| o.orig_start)
                .min()
                .unwrap_or(0);
            let hi = origins[from..to]
                .iter()
                .map(|o| o.orig_end)
                .max()
                .unwrap_or(lo);
            for c in seg.nfc() {
                out.push(c, lo, hi);
            }
        }
    };
    for (i, c) in text.chars().enumerate() {
        if i > seg_start && is_segment_start(c) {
            flush(&mut out, seg_start, i);
            seg_start = i;
        }
    }
    flush(&mut out, seg_start, origins.len());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn display(s: &str) -> String {
        Normalizer::new(Profile::Display).normalize(s)
    }
    fn search(s: &str) -> String {
        Normalizer::new(Profile::Search).normalize(s)
    }

    #[test]
    fn presentation_forms_and_lam_alef() {
        assert_eq!(display("ﻻ"), "لا");
        assert_eq!(display("ﻵ"), "لآ");
        assert_eq!(display("ﺑﺴﻢ"), "بسم");
    }

    #[test]
    fn tatweel_controls_and_whitespace() {
        assert_eq!(display("كـــتاب"), "كتاب");
        assert_eq!(display("\u{200F}كتاب\u{200C}"), "كتاب");
        assert_eq!(display("a \u{00A0}\t b\r\nc"), "a b\nc");
        // ZWJ inside an emoji sequence survives
        assert_eq!(display("👨\u{200D}👩"), "👨\u{200D}👩");
    }

    #[test]
    fn nfc_composes_hamza() {
        assert_eq!(display("\u{0627}\u{0654}"), "أ");
        // tatweel between alef and hamza is removed before composition
        assert_eq!(display("\u{0627}\u{0640}\u{0654}"), "أ");
    }

    #[test]
    fn search_folds() {
        assert_eq!(search("أَحْمَدُ"), "احمد");
        assert_eq!(search("إلى"), "الي");
        assert_eq!(search("مدرسة"), "مدرسة");
        assert_eq!(
            Normalizer::new(Profile::Search)
                .with(Step::TehMarbuta, true)
                .normalize("مدرسة"),
            "مدرسه"
        );
        assert_eq!(search("٢٠١٤ ۲۰۱۴"), "2014 2014");
        assert_eq!(search("کتاب ی"), "كتاب ي");
        assert_eq!(search("ٱلرَّحْمَٰنِ"), "الرحمن");
        // decomposed and precomposed hamza normalize alike
        assert_eq!(search("\u{0648}\u{0654}"), search("ؤ"));
    }

    #[test]
    fn steps_can_be_switched_off() {
        let n = Normalizer::new(Profile::Search).with(Step::Diacritics, false);
        assert_eq!(n.normalize("أَ"), "اَ");
        let n = Normalizer::new(Profile::Display).with(Step::Tatweel, false);
        assert_eq!(n.normalize("كـتاب"), "كـتاب");
        assert_eq!("teh-marbuta".parse::<Step>().unwrap(), Step::TehMarbuta);
        assert!("nope".parse::<Step>().is_err());
    }

    #[test]
    fn alignment_points_into_original() {
        let orig = "قالـــت  «ﻻ»";
        let n = Normalizer::new(Profile::Search).normalize_aligned(orig);
        assert_eq!(n.text(), "قالت «لا»");
        // the word قالت maps back to the word with its tatweel
        let w = n.original_range(0.."قالت".len());
        assert_eq!(&orig[w], "قالـــت");
        // the expanded ligature maps back to the ligature
        let start = n.text().find('«').unwrap() + '«'.len_utf8();
        let r = n.original_range(start..start + "لا".len());
        assert_eq!(&orig[r], "ﻻ");
        // the collapsed space maps back to both spaces
        let sp = n.text().find(' ').unwrap();
        assert_eq!(&orig[n.original_range(sp..sp + 1)], "  ");
    }
}
