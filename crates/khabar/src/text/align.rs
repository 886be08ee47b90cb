//! Text derived from an original string that remembers, for every character, which bytes
//! of the original produced it.
//!
//! Normalization inserts, deletes, merges and reorders characters; an [`AlignedText`] keeps
//! one [`CharOrigin`] per output character so that any span of the derived text maps back
//! to a byte range of the original (`&original[range]` is always valid UTF-8).

use std::ops::Range;

/// Where one character of a derived text came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CharOrigin {
    /// Byte offset of the character in the derived text.
    pub byte: usize,
    /// Byte range in the original text that produced it (may be shared by several
    /// characters, e.g. the two letters of an expanded lam-alef ligature).
    pub orig_start: usize,
    /// End of that range (exclusive).
    pub orig_end: usize,
}

/// A derived string plus its alignment to the original string.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AlignedText {
    text: String,
    origins: Vec<CharOrigin>,
    orig_len: usize,
}

impl AlignedText {
    /// The identity alignment: the text maps onto itself character by character.
    pub fn identity(original: &str) -> Self {
        let mut out = Self::with_capacity(original.len(), original.len());
        for (i, c) in original.char_indices() {
            out.push(c, i, i + c.len_utf8());
        }
        out
    }

    pub(crate) fn with_capacity(bytes: usize, orig_len: usize) -> Self {
        Self {
            text: String::with_capacity(bytes),
            origins: Vec::with_capacity(bytes / 2 + 1),
            orig_len,
        }
    }

    /// Appends one character produced by `original[orig_start..orig_end]`.
    #[inline]
    pub(crate) fn push(&mut self, c: char, orig_start: usize, orig_end: usize) {
        self.origins.push(CharOrigin {
            byte: self.text.len(),
            orig_start,
            orig_end,
        });
        self.text.push(c);
    }

    /// Widens the origin of the last character to end at `orig_end` (used when several
    /// original characters collapse into one, e.g. a run of spaces).
    #[inline]
    pub(crate) fn extend_last(&mut self, orig_end: usize) {
        if let Some(last) = self.origins.last_mut() {
            last.orig_end = last.orig_end.max(orig_end);
        }
    }

    /// The last character pushed, if any.
    #[inline]
    pub(crate) fn last_char(&self) -> Option<char> {
        self.text.chars().next_back()
    }

    /// The derived text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Consumes `self`, returning the derived text.
    pub fn into_text(self) -> String {
        self.text
    }

    /// One entry per character of [`text`](Self::text), in order.
    pub fn origins(&self) -> &[CharOrigin] {
        &self.origins
    }

    /// Iterates over `(char, orig_start, orig_end)` of the derived text.
    pub fn iter(&self) -> impl Iterator<Item = (char, usize, usize)> + '_ {
        self.text
            .chars()
            .zip(self.origins.iter())
            .map(|(c, o)| (c, o.orig_start, o.orig_end))
    }

    /// Maps a byte range of the derived text to the byte range of the original text that
    /// produced it. Offsets inside a character are rounded outwards to character
    /// boundaries; an empty range maps to an empty range at the matching position.
    pub fn original_range(&self, range: Range<usize>) -> Range<usize> {
        let start = range.start.min(self.text.len());
        let end = range.end.clamp(start, self.text.len());
        // first character that ends after `start`
        let first = self.origins.partition_point(|o| o.byte < start);
        let first =
            if first > 0 && (first == self.origins.len() || self.origins[first].byte > start) {
                first - 1
            } else {
                first
            };
        let last = self.origins.partition_point(|o| o.byte < end);
        if first >= last || start == end {
            let pos = self.origins.get(first).map_or(self.orig_len, |o| {
                if o.byte >= start {
                    o.orig_start
                } else {
                    o.orig_end
                }
            });
            return pos..pos;
        }
        let chars = &self.origins[first..last];
        let lo = chars.iter().map(|o| o.orig_start).min().unwrap_or(0);
        let hi = chars.iter().map(|o| o.orig_end).max().unwrap_or(lo);
        lo..hi
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_maps_onto_itself() {
        let s = "كتب Hello ١٢";
        let a = AlignedText::identity(s);
        assert_eq!(a.text(), s);
        for (i, c) in s.char_indices() {
            assert_eq!(a.original_range(i..i + c.len_utf8()), i..i + c.len_utf8());
        }
        assert_eq!(a.original_range(0..s.len()), 0..s.len());
        assert_eq!(a.original_range(s.len()..s.len()), s.len()..s.len());
    }

    #[test]
    fn merged_and_expanded_characters() {
        // "aXb" where X (3 bytes) became "cd", and "  " became " "
        let mut a = AlignedText::with_capacity(8, 8);
        a.push('a', 0, 1);
        a.push('c', 1, 4);
        a.push('d', 1, 4);
        a.push(' ', 4, 5);
        a.extend_last(6);
        a.push('b', 6, 7);
        assert_eq!(a.text(), "acd b");
        assert_eq!(a.original_range(1..2), 1..4);
        assert_eq!(a.original_range(2..3), 1..4);
        assert_eq!(a.original_range(3..4), 4..6);
        assert_eq!(a.original_range(0..5), 0..7);
        assert_eq!(a.original_range(4..4), 6..6);
    }
}
