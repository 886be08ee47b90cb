//! Layer 2, tokens: tokens with byte and character offsets into the original text, and
//! sentence splitting over them. Depends on `text` only.

pub mod pieces;
pub mod sentence;
pub mod tokenizer;

pub use pieces::treebank_pieces;
pub use sentence::{
    split_sentences, straight_quote_opens, DatelineMode, ParagraphBreak, SentenceOptions,
};
pub use tokenizer::{tokenize, tokenize_into, Token, TokenKind};
