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
        let mut out = String::with_capacity(text.len());
        self.normalize_into(text, &mut out);
        out
    }

    /// Normalizes `text` into `out` (cleared first); reusing `out` avoids allocation.
    pub fn normalize_into(&self, text: &str, out: &mut String) {
        out.clear();
        if !self.single_pass(text, out) {
            out.clear();
            out.push_str(self.normalize_aligned(text).text());
        }
    }

    /// Normalizes `text`, keeping for every output character the byte range of `text`
    /// that produced it.
    pub fn normalize_aligned(&self, text: &str) -> AlignedText {
        let removal =
            self.has(Step::Presentation) || self.has(Step::Tatweel) || self.has(Step::Controls);
        let mut cur = if removal {
            let mut out = AlignedText::with_capacity(text.len(), text.len());
            let mut it = text.char_indices().peekable();
            while let Some((i, c)) = it.next() {
                let next = it.peek().map(|&(_, n)| n);
                self.remove_and_expand(c, i, i + c.len_utf8(), next, &mut out);
            }
            out
        } else {
            AlignedText::identity(text)
        };
        if self.has(Step::Nfc) && is_nfc_quick(cur.text().chars()) != IsNormalized::Yes {
            cur = nfc(&cur, text.len());
        }
        let mut out = AlignedText::with_capacity(cur.text().len(), text.len());
        let mut state = FoldState::default();
        for (c, s, e) in cur.iter() {
            self.fold(c, s, e, &mut state, &mut out);
        }
        if state.exposed
            && self.has(Step::Nfc)
            && is_nfc_quick(out.text().chars()) != IsNormalized::Yes
        {
            out = nfc(&out, text.len());
        }
        out
    }

    /// All steps in one pass over `text`, for the common case where NFC has nothing to do.
    /// Runs of bytes that no step changes (ASCII words and punctuation, single spaces, Arabic
    /// letters that are not folded) are copied as they are; every other character goes
    /// through the steps one by one. Returns `false` (and leaves `out` in an unspecified
    /// state) when NFC would change something; the caller then takes the multi-pass path.
    fn single_pass(&self, text: &str, out: &mut String) -> bool {
        let nfc = self.has(Step::Nfc);
        let ws = self.has(Step::Whitespace);
        let bytes = text.as_bytes();
        let mut state = FoldState::default();
        // combining class of the last character kept by the removal steps
        let mut last_ccc = 0u8;
        let mut run = 0usize;
        let mut i = 0usize;
        while i < bytes.len() {
            let b = bytes[i];
            // extend the run of unchanged bytes
            if b < 0x80 {
                let unchanged = if b.is_ascii_whitespace() || b == 0x0B {
                    !ws || (b == b' ' && i > run && bytes[i - 1] != b' ')
                } else {
                    true
                };
                if unchanged {
                    i += 1;
                    continue;
                }
            } else if (b == 0xD8 || b == 0xD9) && i + 1 < bytes.len() {
                let cp = (((b as u32) & 0x1F) << 6) | (bytes[i + 1] as u32 & 0x3F);
                if (0x0621..=0x064A).contains(&cp) && !self.folds_letter(cp) {
                    i += 2;
                    continue;
                }
            }
            // flush the run, then one character through every step
            if i > run {
                out.push_str(&text[run..i]);
                last_ccc = 0;
                state.removed_mark = false;
                state.prev_cr = false;
                state.last_kept = text[..i].chars().next_back();
            }
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            let len = c.len_utf8();
            if nfc && !self.removes(c) {
                if is_arabic_presentation_form(c) && self.has(Step::Presentation) {
                    return false;
                }
                let ccc = if c < '\u{0300}' || ('\u{0620}'..='\u{064A}').contains(&c) {
                    0
                } else {
                    if is_nfc_quick(std::iter::once(c)) != IsNormalized::Yes {
                        return false;
                    }
                    canonical_combining_class(c)
                };
                if ccc != 0 && ccc < last_ccc {
                    return false;
                }
                last_ccc = ccc;
            }
            let next = text[i + len..].chars().next();
            self.remove_and_expand(
                c,
                0,
                0,
                next,
                &mut PassThrough {
                    fold: self,
                    state: &mut state,
                    out,
                },
            );
            if state.exposed {
                return false;
            }
            i += len;
            run = i;
        }
        out.push_str(&text[run..]);
        true
    }

    /// Whether a step changes the Arabic letter `cp` (U+0621–U+064A).
    #[inline]
    fn folds_letter(&self, cp: u32) -> bool {
        match cp {
            0x0622 | 0x0623 | 0x0625 => self.has(Step::Alef),
            0x0649 => self.has(Step::Yeh),
            0x0629 => self.has(Step::TehMarbuta),
            0x0640 => self.has(Step::Tatweel),
            _ => false,
        }
    }

    /// Whether step group 1 drops `c` (tatweel and invisible controls).
    fn removes(&self, c: char) -> bool {
        (self.has(Step::Tatweel) && c == TATWEEL)
            || (self.has(Step::Controls) && (is_zero_width(c) || is_bidi_control(c)))
    }

    /// Step group 1 on one character: presentation forms, tatweel, controls.
    fn remove_and_expand(
        &self,
        c: char,
        s: usize,
        e: usize,
        next: Option<char>,
        out: &mut impl Sink,
    ) {
        if self.has(Step::Tatweel) && c == TATWEEL {
            return;
        }
        if self.has(Step::Controls) && (is_zero_width(c) || is_bidi_control(c)) {
            // a ZWJ inside an emoji sequence is part of the emoji
            let keep = c == '\u{200D}'
                && out
                    .last_char()
                    .is_some_and(|p| is_emoji(p) || is_emoji_extender(p))
                && next.is_some_and(is_emoji);
            if !keep {
                return;
            }
        }
        if self.has(Step::Presentation) && is_arabic_presentation_form(c) {
            let tatweel = self.has(Step::Tatweel);
            decompose_compatible(c, |d| {
                if !(tatweel && d == TATWEEL) {
                    out.push(d, s, e)
                }
            });
            return;
        }
        out.push(c, s, e);
    }

    /// Step groups 3–5 on one character: diacritics, letter folds, digits, white space.
    #[inline]
    fn fold(&self, c: char, s: usize, e: usize, state: &mut FoldState, out: &mut impl Sink) {
        if c.is_ascii() {
            state.removed_mark = false;
            if !(self.has(Step::Whitespace) && c.is_whitespace()) {
                state.prev_cr = false;
                out.push(c, s, e);
                return;
            }
        } else if ('\u{0621}'..='\u{064A}').contains(&c) {
            // Arabic base letters: the common case
            state.removed_mark = false;
            state.prev_cr = false;
            let c = match c {
                'أ' | 'إ' | 'آ' if self.has(Step::Alef) => 'ا',
                'ى' if self.has(Step::Yeh) => 'ي',
                'ة' if self.has(Step::TehMarbuta) => 'ه',
                _ => c,
            };
            out.push(c, s, e);
            return;
        } else {
            if self.has(Step::Diacritics) && is_arabic_mark(c) {
                state.removed_mark = true;
                return;
            }
            if state.removed_mark {
                if canonical_combining_class(c) != 0 {
                    state.exposed = true;
                } else {
                    state.removed_mark = false;
                }
            }
        }
        let mut c = c;
        if !c.is_ascii() {
            if self.has(Step::Persian) {
                c = fold_persian(c);
            }
            if self.has(Step::Alef) && matches!(c, 'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' | 'ٵ') {
                c = 'ا';
            }
            if self.has(Step::Yeh) && c == 'ى' {
                c = 'ي';
            }
            if self.has(Step::TehMarbuta) && c == 'ة' {
                c = 'ه';
            }
            if self.has(Step::Digits) {
                if let Some(v) = digit_value(c) {
                    c = char::from_digit(v, 10).unwrap_or(c);
                }
            }
        }
        if self.has(Step::Whitespace) {
            if is_line_break(c) {
                let was_cr = state.prev_cr;
                state.prev_cr = c == '\r';
                if was_cr && c == '\n' {
                    out.extend_last(e);
                } else {
                    out.push('\n', s, e);
                }
                return;
            }
            state.prev_cr = false;
            if is_horizontal_space(c) {
                if out.last_char() == Some(' ') {
                    out.extend_last(e);
                } else {
                    out.push(' ', s, e);
                }
                return;
            }
        }
        out.push(c, s, e);
    }
}

/// What the folding steps remember from one character to the next.
#[derive(Default)]
struct FoldState {
    prev_cr: bool,
    removed_mark: bool,
    /// A removed mark may have exposed a new canonical composition.
    exposed: bool,
    /// In a single pass: the last character step group 1 passed on (what the multi-pass
    /// path's step group 1 sees as its last output).
    last_kept: Option<char>,
}

/// Where normalized characters go: an [`AlignedText`] (with origins) or a plain `String`.
trait Sink {
    fn push(&mut self, c: char, orig_start: usize, orig_end: usize);
    fn extend_last(&mut self, orig_end: usize);
    fn last_char(&self) -> Option<char>;
}

impl Sink for AlignedText {
    fn push(&mut self, c: char, s: usize, e: usize) {
        AlignedText::push(self, c, s, e)
    }
    fn extend_last(&mut self, e: usize) {
        AlignedText::extend_last(self, e)
    }
    fn last_char(&self) -> Option<char> {
        AlignedText::last_char(self)
    }
}

impl Sink for String {
    #[inline]
    fn push(&mut self, c: char, _: usize, _: usize) {
        String::push(self, c)
    }
    #[inline]
    fn extend_last(&mut self, _: usize) {}
    #[inline]
    fn last_char(&self) -> Option<char> {
        self.chars().next_back()
    }
}

/// Feeds the output of step group 1 straight into the folding steps (single pass).
struct PassThrough<'a, 'b> {
    fold: &'a Normalizer,
    state: &'a mut FoldState,
    out: &'b mut String,
}

impl Sink for PassThrough<'_, '_> {
    #[inline]
    fn push(&mut self, c: char, s: usize, e: usize) {
        self.state.last_kept = Some(c);
        self.fold.fold(c, s, e, self.state, self.out)
    }
    fn extend_last(&mut self, _: usize) {}
    fn last_char(&self) -> Option<char> {
        self.state.last_kept
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
