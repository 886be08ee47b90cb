//! The library's error type.

use thiserror::Error;

/// Everything that can go wrong in the library.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum KhabarError {
    /// Input bytes are not valid UTF-8; `byte_offset` counts from the start of the input.
    #[error("invalid UTF-8 at byte offset {byte_offset}")]
    InvalidUtf8 {
        /// Offset of the first invalid byte.
        byte_offset: usize,
    },
    /// Reading the input failed.
    #[error("read error: {0}")]
    Io(#[from] std::io::Error),
    /// A profile, step or scheme name that does not exist.
    #[error("unknown {what} `{name}`")]
    UnknownName {
        /// What kind of name was expected.
        what: &'static str,
        /// The name given.
        name: String,
    },
    /// A malformed input file (CoNLL-U, …).
    #[error("{what} line {line}: {message}")]
    Format {
        /// The format.
        what: &'static str,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A model file that is not a khabar model, has another format version, or is corrupt.
    #[error("model file: {0}")]
    Model(String),
    /// A one-way transliteration was asked to go backwards.
    #[error("the `{0}` scheme is one-way and cannot be read back into Arabic")]
    NotReversible(&'static str),
}
