//! Layer 6, the news layer: what analysts want from a story and from a collection of
//! stories. Today: dates ([`dates`]), numbers ([`numbers`]) and near-duplicate detection
//! across a collection ([`dedup`]). Depends on `ner` (word folding), `text`, `token`, `model`.

pub mod dates;
pub mod dedup;
pub mod numbers;

pub use dedup::{DedupOptions, Deduper, DupGroup};
