//! Feature hashing helpers: features are `u64` hashes of a template name and values, built
//! without allocating; maps keyed by strings use a fast, stable hasher.

use super::perceptron::{hash_str, mix};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A feature: template `name` with value `v`.
#[inline]
pub fn feat(name: &str, v: &str) -> u64 {
    mix(hash_str(name), hash_str(v))
}

/// A feature with two values.
#[inline]
pub fn feat2(name: &str, a: &str, b: &str) -> u64 {
    mix(mix(hash_str(name), hash_str(a)), hash_str(b))
}

/// A feature with a numeric qualifier in its name (`p3`) and a value.
#[inline]
pub fn feat_k(name: &str, k: u64, v: &str) -> u64 {
    mix(mix(hash_str(name), k), hash_str(v))
}

/// A feature with a numeric value.
#[inline]
pub fn feat_n(name: &str, n: u64) -> u64 {
    feat_hn(hash_str(name), n)
}

/// [`feat_n`] with the template name already hashed (`hash_str(name)`).
#[inline]
pub const fn feat_hn(name: u64, n: u64) -> u64 {
    mix(name, n.wrapping_add(0x51_7cc1_b727_220a))
}

/// The first `k` characters of `s`, if it has more than `k`… or exactly `k` when `whole`.
#[inline]
pub fn prefix(s: &str, k: usize) -> Option<&str> {
    s.char_indices()
        .nth(k)
        .map(|(i, _)| &s[..i])
        .or_else(|| (s.chars().count() == k).then_some(s))
}

/// The last `k` characters of `s` (None when `s` is shorter).
#[inline]
pub fn suffix(s: &str, k: usize) -> Option<&str> {
    if k == 0 {
        return Some("");
    }
    s.char_indices().rev().nth(k - 1).map(|(i, _)| &s[i..])
}

/// FNV-1a as a `Hasher` for in-memory maps (strings and integers).
#[derive(Default, Clone, Copy)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= b as u64;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }
    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.0 = mix(self.0, n);
    }
}

/// A `HashMap` with the FNV hasher.
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn affixes_by_characters() {
        assert_eq!(prefix("كتاب", 2), Some("كت"));
        assert_eq!(prefix("كتاب", 4), Some("كتاب"));
        assert_eq!(prefix("كتاب", 5), None);
        assert_eq!(suffix("كتاب", 2), Some("اب"));
        assert_eq!(suffix("كتاب", 4), Some("كتاب"));
        assert_eq!(suffix("كتاب", 5), None);
        assert_ne!(feat("a", "b"), feat("b", "a"));
        let mut m: FastMap<String, u32> = FastMap::default();
        m.insert("x".into(), 1);
        assert_eq!(m.get("x"), Some(&1));
    }
}
