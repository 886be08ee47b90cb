//! Averaged perceptron over hashed features, for choosing one class among candidates.
//!
//! A feature is a 64-bit hash of its string; the weight of (feature, class) lives at
//! `hash(feature, class) mod table size` in one dense table, so a model is a flat `Vec<f32>`
//! and scoring a candidate is one multiply-free add per feature. Training keeps the running
//! sums needed for averaging (Collins 2002; lazy averaging with time stamps).

use serde::{Deserialize, Serialize};

/// FNV-1a, 64 bit: stable across platforms and releases (model files depend on it).
#[inline]
pub fn hash_str(s: &str) -> u64 {
    hash_bytes(0xcbf2_9ce4_8422_2325, s.as_bytes())
}

/// FNV-1a continued from `h`.
#[inline]
pub fn hash_bytes(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Combines two hashes (a feature template id and its value, or a feature and a class).
#[inline]
pub fn mix(a: u64, b: u64) -> u64 {
    let mut h = a ^ b.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h
}

/// Trained weights: a dense table indexed by hashed (feature, class).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Weights {
    bits: u32,
    /// Non-zero entries only, as (index, weight), sorted by index (compact on disk).
    sparse: Vec<(u32, f32)>,
    #[serde(skip)]
    dense: Vec<f32>,
}

impl Weights {
    /// Builds the dense table after deserialization.
    pub fn prepare(&mut self) {
        let mut dense = vec![0.0f32; 1usize << self.bits];
        for &(i, w) in &self.sparse {
            if let Some(slot) = dense.get_mut(i as usize) {
                *slot = w;
            }
        }
        self.dense = dense;
    }

    /// Score of `class` given feature hashes.
    #[inline]
    pub fn score(&self, feats: &[u64], class: u64) -> f32 {
        let mask = (1u64 << self.bits) - 1;
        let mut s = 0.0;
        for &f in feats {
            s += self.dense[(mix(f, class) & mask) as usize];
        }
        s
    }

    /// Number of non-zero weights.
    pub fn len(&self) -> usize {
        self.sparse.len()
    }

    /// Whether the model has no weights.
    pub fn is_empty(&self) -> bool {
        self.sparse.is_empty()
    }
}

/// A perceptron being trained.
pub struct Trainer {
    bits: u32,
    w: Vec<f32>,
    totals: Vec<f64>,
    stamps: Vec<u32>,
    /// Number of examples seen (the clock for lazy averaging).
    pub clock: u32,
}

impl Trainer {
    /// A trainer with a table of `2^bits` weights.
    pub fn new(bits: u32) -> Self {
        let n = 1usize << bits;
        Self {
            bits,
            w: vec![0.0; n],
            totals: vec![0.0; n],
            stamps: vec![0; n],
            clock: 0,
        }
    }

    #[inline]
    fn index(&self, f: u64, class: u64) -> usize {
        (mix(f, class) & ((1u64 << self.bits) - 1)) as usize
    }

    /// Current (not averaged) score.
    #[inline]
    pub fn score(&self, feats: &[u64], class: u64) -> f32 {
        feats.iter().map(|&f| self.w[self.index(f, class)]).sum()
    }

    /// Picks the best candidate by the current weights (first wins ties).
    pub fn best(&self, feats: &[u64], candidates: &[u64]) -> usize {
        let mut best = 0;
        let mut best_s = f32::NEG_INFINITY;
        for (i, &c) in candidates.iter().enumerate() {
            let s = self.score(feats, c);
            if s > best_s {
                best_s = s;
                best = i;
            }
        }
        best
    }

    fn add(&mut self, i: usize, v: f32) {
        let elapsed = (self.clock - self.stamps[i]) as f64;
        self.totals[i] += elapsed * self.w[i] as f64;
        self.stamps[i] = self.clock;
        self.w[i] += v;
    }

    /// One example: if `predicted != gold`, move weights towards gold.
    pub fn update(&mut self, feats: &[u64], gold: u64, predicted: u64) {
        self.update_with((feats, gold), (feats, predicted));
    }

    /// One example whose candidates have features of their own: when the prediction is
    /// wrong, the gold candidate's features move towards its class and the predicted
    /// candidate's away from its class.
    pub fn update_with(&mut self, gold: (&[u64], u64), predicted: (&[u64], u64)) {
        self.clock += 1;
        if gold.1 == predicted.1 {
            return;
        }
        for &f in gold.0 {
            let g = self.index(f, gold.1);
            self.add(g, 1.0);
        }
        for &f in predicted.0 {
            let p = self.index(f, predicted.1);
            self.add(p, -1.0);
        }
    }

    /// The averaged weights so far (training can continue afterwards).
    pub fn averaged(&self) -> Weights {
        let clock = self.clock.max(1) as f64;
        let mut sparse = Vec::new();
        for i in 0..self.w.len() {
            let total = self.totals[i] + (self.clock - self.stamps[i]) as f64 * self.w[i] as f64;
            let avg = (total / clock) as f32;
            if avg != 0.0 && avg.is_finite() {
                sparse.push((i as u32, avg));
            }
        }
        let mut w = Weights {
            bits: self.bits,
            sparse,
            dense: Vec::new(),
        };
        w.prepare();
        w
    }
}

/// A small deterministic random generator (xorshift64*) for shuffling training data.
pub struct Rng(u64);

impl Rng {
    /// Seeded generator (seed 0 is replaced by a fixed constant).
    pub fn new(seed: u64) -> Self {
        Rng(if seed == 0 {
            0x9E37_79B9_7F4A_7C15
        } else {
            seed
        })
    }

    /// Next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Fisher-Yates shuffle.
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_a_separable_problem() {
        // class = parity of the feature "x=k"
        let classes = [hash_str("even"), hash_str("odd")];
        let mut t = Trainer::new(12);
        for _ in 0..5 {
            for k in 0..50u64 {
                let f = [mix(hash_str("x"), k), hash_str("bias")];
                let p = t.best(&f, &classes);
                t.update(&f, classes[(k % 2) as usize], classes[p]);
            }
        }
        let w = t.averaged();
        for k in 0..50u64 {
            let f = [mix(hash_str("x"), k), hash_str("bias")];
            let even = w.score(&f, classes[0]);
            let odd = w.score(&f, classes[1]);
            assert_eq!(even > odd, k % 2 == 0);
        }
        assert!(!w.is_empty());
    }

    #[test]
    fn shuffle_is_deterministic() {
        let mut a: Vec<u32> = (0..20).collect();
        let mut b = a.clone();
        Rng::new(7).shuffle(&mut a);
        Rng::new(7).shuffle(&mut b);
        assert_eq!(a, b);
        assert_ne!(a, (0..20).collect::<Vec<_>>());
    }
}
