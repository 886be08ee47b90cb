//! Layer 3, morphology: clitic segmentation of orthographic tokens into syntactic words.

pub mod segment;

pub use segment::{SegClass, SegExample, Segmenter};
