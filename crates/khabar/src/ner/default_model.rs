//! The default NER model, embedded in the library (feature `default-model`, on by default):
//! trained on the ANERcorp CAMeL Lab train split; see `models/ner-anercorp/MODEL_CARD.md`.

use super::NerModel;
use crate::error::KhabarError;
use crate::model::Header;
use std::sync::{Arc, OnceLock};

/// The model file's bytes (zstd-compressed).
pub static BYTES: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../models/ner-anercorp/khabar-ner-anercorp.model"
));

static MODEL: OnceLock<Result<(Header, Arc<NerModel>), String>> = OnceLock::new();

/// The embedded model, decoded on first use and shared afterwards.
///
/// # Errors
/// [`KhabarError::Model`] if the embedded bytes do not decode (a build problem).
pub fn load() -> Result<(Header, Arc<NerModel>), KhabarError> {
    MODEL
        .get_or_init(|| {
            NerModel::from_bytes(BYTES)
                .map(|(h, m)| (h, Arc::new(m)))
                .map_err(|e| e.to_string())
        })
        .clone()
        .map_err(KhabarError::Model)
}
