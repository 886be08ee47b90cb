//! Layer 6, the news layer: what analysts want from a story and from a collection of
//! stories. Today: quotations and speakers ([`quotes`]), datelines ([`dateline`]), CAMEO
//! events ([`events`]), keywords ([`keywords`]), an extractive summary ([`summary`]), dates ([`dates`]), numbers
//! ([`numbers`]) and near-duplicate detection
//! across a collection ([`dedup`]). Depends on `ner` (word folding), `text`, `token`, `model`.

use std::borrow::Cow;

pub mod dateline;
pub mod dates;
pub mod dedup;
pub mod events;
pub mod keywords;
pub mod numbers;
pub mod quotes;
pub mod summary;
pub mod terms;

pub use dedup::{DedupOptions, Deduper, DupGroup};

/// `w` itself when `known`, else its first reading without proclitics (from
/// [`crate::ner::forms::readings`]: و ف ب ل ك, لل → ال) that is `known`, else `w`.
pub(crate) fn without_proclitics(w: &str, known: impl Fn(&str) -> bool) -> Cow<'_, str> {
    if known(w) {
        return Cow::Borrowed(w);
    }
    crate::ner::forms::readings(w)
        .into_iter()
        .flatten()
        .map(|(_, stem)| stem)
        .find(|s| known(s))
        .unwrap_or(Cow::Borrowed(w))
}
