//! Layer 6, the news layer: what analysts want from a story and from a collection of
//! stories. Today: near-duplicate detection across a collection ([`dedup`]). Depends on
//! `text`, `token`, `model`.

pub mod dedup;

pub use dedup::{DedupOptions, Deduper, DupGroup};
