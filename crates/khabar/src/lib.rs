//! khabar (خبر, "news"): an Arabic news analysis engine.
//!
//! The library is layered; each layer depends only on the ones above it in this list:
//!
//! - [`text`]: character classes, normalization profiles with alignment to the original,
//!   transliteration, chunked UTF-8 reading;
//! - [`token`]: tokenizer with byte and character offsets, news sentence splitter;
//! - [`model`], [`morph`], [`tag`]: the statistical core and the morphosyntax model
//!   (clitic segmentation, tags, lemmas);
//! - [`ner`]: named entities with clitic-free core spans and in-document linking;
//! - [`news`]: the news layer (near-duplicates across a collection);
//! - [`document`]: the [`Analyzer`] that runs the layers over one text and the
//!   [`Document`] it returns (serializable to the JSON the CLI prints, and to CoNLL-U).
//!
//! ```
//! use khabar::{Analyzer, text::{Normalizer, Profile}};
//! let text = "قالت الوكالة إن 3 أشخاص قتلوا. وأضافت «الوضع هادئ».";
//! let doc = Analyzer::default().analyze(text);
//! assert_eq!(doc.sentences.len(), 2);
//! for tok in &doc.tokens {
//!     // offsets always slice the original text
//!     assert_eq!(&text[tok.byte_start..tok.byte_end], tok.text(text));
//! }
//! assert_eq!(Normalizer::new(Profile::Search).normalize("أَحْمَد"), "احمد");
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod conllu;
pub mod conllu_eval;
pub mod document;
pub mod error;
pub mod model;
pub mod morph;
pub mod ner;
pub mod news;
pub mod tag;
pub mod text;
pub mod token;

pub use document::{pretokenized_classes, Analyzer, Document, Sentence};
pub use error::KhabarError;
