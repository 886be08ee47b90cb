//! Model files: `KHABARMD` magic, a little-endian `u32` format version, then zstd-compressed
//! postcard of a [`Header`] and the model body. A wrong magic, another format version or a
//! corrupt body is a typed error ([`KhabarError::Model`]), never a crash.

use crate::error::KhabarError;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// First eight bytes of every khabar model file.
pub const MAGIC: &[u8; 8] = b"KHABARMD";
/// Version of the file layout and of the serialized structures (2 since the NER recognizer
/// records whether it reads word classes).
pub const FORMAT_VERSION: u32 = 2;

/// What a model file says about itself.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Header {
    /// Model kind (`morphosyntax`, …).
    pub kind: String,
    /// khabar version that wrote the file.
    pub creator_version: String,
    /// Identifier of the training data (file names and sizes).
    pub training_data: String,
    /// Licence of the model (that of its training data).
    pub licence: String,
    /// Free-form notes: the command that built it, dev scores.
    pub notes: String,
}

#[derive(Serialize)]
struct Out<'a, T> {
    header: &'a Header,
    body: &'a T,
}

/// Serializes a model.
///
/// # Errors
/// [`KhabarError::Model`] when serialization or compression fails.
pub fn save<T: Serialize>(header: &Header, body: &T) -> Result<Vec<u8>, KhabarError> {
    let raw = postcard::to_allocvec(&Out { header, body })
        .map_err(|e| KhabarError::Model(e.to_string()))?;
    let packed = zstd::bulk::compress(&raw, 19).map_err(|e| KhabarError::Model(e.to_string()))?;
    let mut out = Vec::with_capacity(packed.len() + 20);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&(raw.len() as u64).to_le_bytes());
    out.extend_from_slice(&packed);
    Ok(out)
}

/// Reads a model written by [`save`].
///
/// # Errors
/// [`KhabarError::Model`] for a file that is not a khabar model, has another format
/// version, or is truncated or corrupt.
pub fn load<T: DeserializeOwned>(bytes: &[u8]) -> Result<(Header, T), KhabarError> {
    load_kind(bytes, None)
}

/// Reads a model written by [`save`] whose header names model kind `kind` (checked before
/// the body is decoded, so a model of another kind is reported as such).
///
/// # Errors
/// As [`load`], and [`KhabarError::Model`] for a model of another kind.
pub fn load_kind<T: DeserializeOwned>(
    bytes: &[u8],
    kind: Option<&str>,
) -> Result<(Header, T), KhabarError> {
    if bytes.len() < 20 || &bytes[..8] != MAGIC {
        return Err(KhabarError::Model(
            "not a khabar model (bad magic bytes)".into(),
        ));
    }
    let version = u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]);
    if version != FORMAT_VERSION {
        return Err(KhabarError::Model(format!(
            "format version {version}, this khabar reads version {FORMAT_VERSION}"
        )));
    }
    let mut len = [0u8; 8];
    len.copy_from_slice(&bytes[12..20]);
    let len = u64::from_le_bytes(len);
    if len > (1 << 32) {
        return Err(KhabarError::Model("corrupt header (size)".into()));
    }
    let raw = zstd::bulk::decompress(&bytes[20..], len as usize)
        .map_err(|e| KhabarError::Model(format!("corrupt body: {e}")))?;
    let corrupt = |e: postcard::Error| KhabarError::Model(format!("corrupt body: {e}"));
    let (header, rest): (Header, &[u8]) = postcard::take_from_bytes(&raw).map_err(corrupt)?;
    if let Some(k) = kind.filter(|k| *k != header.kind) {
        return Err(KhabarError::Model(format!(
            "a `{}` model, not a {k} model",
            header.kind
        )));
    }
    let body: T = postcard::from_bytes(rest).map_err(corrupt)?;
    Ok((header, body))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header() -> Header {
        Header {
            kind: "test".into(),
            creator_version: "0".into(),
            training_data: "none".into(),
            licence: "MIT".into(),
            notes: String::new(),
        }
    }

    #[test]
    fn round_trip_and_typed_errors() {
        let body = vec![1u32, 2, 3];
        let bytes = save(&header(), &body).unwrap();
        let (h, b): (Header, Vec<u32>) = load(&bytes).unwrap();
        assert_eq!((h, b), (header(), body));
        assert!(matches!(
            load::<Vec<u32>>(b"not a model at all!!"),
            Err(KhabarError::Model(_))
        ));
        let mut wrong_version = bytes.clone();
        wrong_version[8] = 9;
        assert!(
            matches!(load::<Vec<u32>>(&wrong_version), Err(KhabarError::Model(m)) if m.contains("version 9"))
        );
        let truncated = &bytes[..bytes.len() - 3];
        assert!(matches!(
            load::<Vec<u32>>(truncated),
            Err(KhabarError::Model(_))
        ));
        let mut flipped = bytes.clone();
        let n = flipped.len();
        flipped[n - 5] ^= 0xFF;
        assert!(load::<Vec<u32>>(&flipped).is_err());
    }
}
