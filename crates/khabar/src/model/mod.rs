//! The model framework shared by the statistical layers: an averaged perceptron over hashed
//! features, word clusters learned from raw text, and the model file format.

pub mod clusters;
pub mod features;
pub mod file;
pub mod perceptron;

pub use file::{Header, FORMAT_VERSION, MAGIC};
pub use perceptron::{hash_str, mix, BestEpoch, Rng, Schedule, Trainer, Weights};
