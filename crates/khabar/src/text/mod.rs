//! Layer 1, text: the original string stays intact; everything here either classifies
//! characters, derives a new string with an alignment back to the original, or reads text.

pub mod align;
pub mod calendar;
pub mod chars;
pub mod fold;
pub mod normalize;
pub mod stream;
pub mod translit;

pub use align::{AlignedText, CharOrigin};
pub use normalize::{Normalizer, Profile, Step};
pub use stream::{Chunk, Utf8Chunks};
pub use translit::{romanize, Scheme};
