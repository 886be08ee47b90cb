//! Averaged perceptron over hashed features, for choosing one class among candidates.
//!
//! A feature is a 64-bit hash of its string; the weight of (feature, class) lives at
//! `hash(feature, class) mod table size` in one dense table, so a model is a flat `Vec<f32>`
//! and scoring a candidate is one multiply-free add per feature. Training keeps the running
//! sums needed for averaging (Collins 2002; lazy averaging with time stamps).

use super::features::FastMap;
use serde::{Deserialize, Serialize};

/// FNV-1a, 64 bit: stable across platforms and releases (model files depend on it). A
/// `const fn`, so feature template names hash at compile time.
#[inline]
pub const fn hash_str(s: &str) -> u64 {
    hash_bytes(0xcbf2_9ce4_8422_2325, s.as_bytes())
}

/// FNV-1a continued from `h`.
#[inline]
pub const fn hash_bytes(mut h: u64, bytes: &[u8]) -> u64 {
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
        i += 1;
    }
    h
}

/// Combines two hashes (a feature template id and its value, or a feature and a class).
#[inline]
pub const fn mix(a: u64, b: u64) -> u64 {
    let mut h = a ^ b.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h
}

/// Trained weights: for each feature (a 64-bit hash), the classes it has a weight for.
/// Scoring reads one short row per feature, so a prediction costs one hash lookup per
/// feature whatever the number of classes.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Weights {
    /// (feature, [(class, weight)]) sorted by feature: the on-disk form.
    rows: Vec<(u64, Vec<(u16, f32)>)>,
    #[serde(skip)]
    index: FastMap<u64, RowRef>,
    #[serde(skip)]
    flat: Vec<(u16, f32)>,
    /// Long rows again, as one weight per class (`width` wide), for scoring a few classes
    /// without a search.
    #[serde(skip)]
    dense: Vec<f32>,
    #[serde(skip)]
    width: usize,
}

/// Where a feature's row is: `flat[start..start + len]`, and `dense[dense..dense + width]`
/// for a long row (`NOT_DENSE` otherwise).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct RowRef {
    start: u32,
    len: u16,
    dense: u32,
}

const NOT_DENSE: u32 = u32::MAX;

/// A class that is not among those being scored (in [`SLOTS`]).
const NO_SLOT: u16 = u16::MAX;

thread_local! {
    /// Class → its position among the classes [`Weights::score_many`] scores, `NO_SLOT` for
    /// the others (all `NO_SLOT` between calls).
    static SLOTS: std::cell::RefCell<Vec<u16>> = const { std::cell::RefCell::new(Vec::new()) };
}
/// A row with at least this many classes is also kept dense.
const DENSE_ROW: usize = 24;

impl Weights {
    /// Weights from (feature, row) pairs in any order: rows and features sorted, tables built.
    fn from_rows(mut rows: Vec<(u64, Vec<(u16, f32)>)>) -> Weights {
        for (_, r) in &mut rows {
            r.sort_by_key(|x| x.0);
        }
        rows.sort_by_key(|r| r.0);
        let mut w = Weights {
            rows,
            ..Weights::default()
        };
        w.prepare();
        w
    }

    /// Builds the lookup tables after deserialization.
    pub fn prepare(&mut self) {
        self.index = FastMap::default();
        self.index.reserve(self.rows.len());
        self.flat = Vec::with_capacity(self.rows.iter().map(|r| r.1.len()).sum());
        self.width = self
            .rows
            .iter()
            .flat_map(|r| r.1.iter().map(|x| x.0 as usize + 1))
            .max()
            .unwrap_or(0);
        self.dense = Vec::new();
        for (f, row) in &self.rows {
            let dense = if row.len() >= DENSE_ROW {
                let at = self.dense.len();
                self.dense.resize(at + self.width, 0.0);
                for &(c, w) in row {
                    self.dense[at + c as usize] = w;
                }
                at as u32
            } else {
                NOT_DENSE
            };
            let at = RowRef {
                start: self.flat.len() as u32,
                len: row.len() as u16,
                dense,
            };
            self.index.insert(*f, at);
            self.flat.extend_from_slice(row);
        }
    }

    #[inline]
    fn row(&self, f: u64) -> &[(u16, f32)] {
        match self.index.get(&f) {
            Some(r) => &self.flat[r.start as usize..r.start as usize + r.len as usize],
            None => &[],
        }
    }

    /// Score of one class (rows are sorted by class).
    #[inline]
    pub fn score(&self, feats: &[u64], class: u16) -> f32 {
        self.score_from(0.0, feats, class)
    }

    /// [`Weights::score`] continuing a partial sum `start` (the weights of `feats` are
    /// added to it in order, so splitting a feature list in two gives the same float).
    #[inline]
    pub fn score_from(&self, start: f32, feats: &[u64], class: u16) -> f32 {
        let mut s = start;
        for &f in feats {
            let row = self.row(f);
            if let Ok(i) = row.binary_search_by_key(&class, |x| x.0) {
                s += row[i].1;
            }
        }
        s
    }

    /// Scores of several classes at once: one row lookup per feature, then per class a read
    /// of the dense copy of a long row, or for a short row one pass over its entries through
    /// a class → slot map. `out[k]` receives the score of `classes[k]`.
    pub fn score_many(&self, feats: &[u64], classes: &[u16], out: &mut Vec<f32>) {
        out.clear();
        out.resize(classes.len(), 0.0);
        SLOTS.with(|slots| {
            let mut slots = slots.borrow_mut();
            if slots.len() < self.width {
                slots.resize(self.width, NO_SLOT);
            }
            for (k, &c) in classes.iter().enumerate() {
                if let Some(s) = slots.get_mut(c as usize) {
                    *s = k as u16;
                }
            }
            for &f in feats {
                let Some(&r) = self.index.get(&f) else {
                    continue;
                };
                if r.dense != NOT_DENSE {
                    let d = &self.dense[r.dense as usize..r.dense as usize + self.width];
                    for (o, &c) in out.iter_mut().zip(classes) {
                        *o += d.get(c as usize).copied().unwrap_or(0.0);
                    }
                    continue;
                }
                let row = &self.flat[r.start as usize..r.start as usize + r.len as usize];
                for &(c, w) in row {
                    let k = slots[c as usize];
                    if k != NO_SLOT {
                        out[k as usize] += w;
                    }
                }
            }
            for &c in classes {
                if let Some(s) = slots.get_mut(c as usize) {
                    *s = NO_SLOT;
                }
            }
        });
    }

    /// Adds the scores of every class into `acc` (indexed by class).
    #[inline]
    pub fn score_all(&self, feats: &[u64], acc: &mut [f32]) {
        for &f in feats {
            for &(c, w) in self.row(f) {
                if let Some(a) = acc.get_mut(c as usize) {
                    *a += w;
                }
            }
        }
    }

    /// One table holding `self`'s classes as they are and `other`'s shifted by `offset`, so
    /// that one lookup per feature scores both models (`score_all` into `offset + n` slots).
    pub fn merged(&self, other: &Weights, offset: u16) -> Weights {
        let mut rows: Vec<(u64, Vec<(u16, f32)>)> = Vec::with_capacity(self.rows.len());
        let (mut i, mut j) = (0, 0);
        let shift = |r: &[(u16, f32)]| -> Vec<(u16, f32)> {
            r.iter().map(|&(c, w)| (c + offset, w)).collect()
        };
        while i < self.rows.len() || j < other.rows.len() {
            let a = self.rows.get(i).map(|r| r.0);
            let b = other.rows.get(j).map(|r| r.0);
            match (a, b) {
                (Some(x), Some(y)) if x == y => {
                    let mut r = self.rows[i].1.clone();
                    r.extend(shift(&other.rows[j].1));
                    rows.push((x, r));
                    i += 1;
                    j += 1;
                }
                (Some(x), Some(y)) if x < y => {
                    rows.push((x, self.rows[i].1.clone()));
                    i += 1;
                }
                (Some(x), None) => {
                    rows.push((x, self.rows[i].1.clone()));
                    i += 1;
                }
                (_, Some(y)) => {
                    rows.push((y, shift(&other.rows[j].1)));
                    j += 1;
                }
                (None, None) => break,
            }
        }
        Weights::from_rows(rows)
    }

    /// The mean of several weight sets (an ensemble of perceptrons trained with different
    /// shuffles, folded into one model that costs no more to run).
    pub fn mean(all: &[Weights]) -> Weights {
        let mut sum: FastMap<u64, FastMap<u16, f64>> = FastMap::default();
        for w in all {
            for (f, row) in &w.rows {
                let r = sum.entry(*f).or_default();
                for &(c, x) in row {
                    *r.entry(c).or_default() += f64::from(x);
                }
            }
        }
        let n = all.len().max(1) as f64;
        Weights::from_rows(
            sum.into_iter()
                .map(|(f, r)| (f, r.into_iter().map(|(c, x)| (c, (x / n) as f32)).collect()))
                .collect(),
        )
    }

    /// Number of non-zero weights.
    pub fn len(&self) -> usize {
        self.rows.iter().map(|r| r.1.len()).sum()
    }

    /// Whether the model has no weights.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}

#[derive(Clone, Copy)]
struct Slot {
    class: u16,
    w: f32,
    total: f64,
    stamp: u32,
}

/// A perceptron being trained.
#[derive(Default)]
pub struct Trainer {
    rows: FastMap<u64, Vec<Slot>>,
    /// Number of examples seen (the clock for lazy averaging).
    pub clock: u32,
}

impl Trainer {
    /// An empty trainer.
    pub fn new() -> Self {
        Self::default()
    }

    /// Current (not averaged) score of one class.
    #[inline]
    pub fn score(&self, feats: &[u64], class: u16) -> f32 {
        let mut s = 0.0;
        for f in feats {
            if let Some(row) = self.rows.get(f) {
                if let Some(slot) = row.iter().find(|x| x.class == class) {
                    s += slot.w;
                }
            }
        }
        s
    }

    /// Picks the best candidate by the current weights (first wins ties).
    pub fn best(&self, feats: &[u64], candidates: &[u16]) -> usize {
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

    /// Adds the current (not averaged) weights of every class into `acc` (indexed by class).
    pub fn score_all(&self, feats: &[u64], acc: &mut [f32]) {
        for f in feats {
            if let Some(row) = self.rows.get(f) {
                for slot in row {
                    if let Some(a) = acc.get_mut(slot.class as usize) {
                        *a += slot.w;
                    }
                }
            }
        }
    }

    /// Advances the averaging clock by one example (for structured updates made with
    /// [`Trainer::reward`]).
    pub fn tick(&mut self) {
        self.clock += 1;
    }

    /// Adds `v` to the weight of `class` for every feature (a structured update: call it
    /// with +1 for the gold structure's parts and -1 for the predicted one's).
    pub fn reward(&mut self, feats: &[u64], class: u16, v: f32) {
        for &f in feats {
            self.add(f, class, v);
        }
    }

    fn add(&mut self, f: u64, class: u16, v: f32) {
        let clock = self.clock;
        let row = self.rows.entry(f).or_default();
        let slot = match row.iter().position(|x| x.class == class) {
            Some(i) => &mut row[i],
            None => {
                row.push(Slot {
                    class,
                    w: 0.0,
                    total: 0.0,
                    stamp: clock,
                });
                row.last_mut().expect("just pushed")
            }
        };
        slot.total += (clock - slot.stamp) as f64 * slot.w as f64;
        slot.stamp = clock;
        slot.w += v;
    }

    /// One example: if `predicted != gold`, move weights towards gold.
    pub fn update(&mut self, feats: &[u64], gold: u16, predicted: u16) {
        self.update_with((feats, gold), (feats, predicted));
    }

    /// One example whose candidates have features of their own: when the prediction is
    /// wrong, the gold candidate's features move towards its class and the predicted
    /// candidate's away from its class.
    pub fn update_with(&mut self, gold: (&[u64], u16), predicted: (&[u64], u16)) {
        self.clock += 1;
        if gold.1 == predicted.1 {
            return;
        }
        for &f in gold.0 {
            self.add(f, gold.1, 1.0);
        }
        for &f in predicted.0 {
            self.add(f, predicted.1, -1.0);
        }
    }

    /// The averaged weights so far (training can continue afterwards).
    pub fn averaged(&self) -> Weights {
        let clock = self.clock.max(1) as f64;
        Weights::from_rows(
            self.rows
                .iter()
                .map(|(&f, row)| {
                    let r: Vec<(u16, f32)> = row
                        .iter()
                        .map(|s| {
                            let total = s.total + (self.clock - s.stamp) as f64 * s.w as f64;
                            (s.class, (total / clock) as f32)
                        })
                        .filter(|(_, w)| *w != 0.0 && w.is_finite())
                        .collect();
                    (f, r)
                })
                .filter(|(_, r)| !r.is_empty())
                .collect(),
        )
    }
}

/// How long to train and which epoch to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schedule {
    /// Passes over the training data.
    pub epochs: usize,
    /// Keep the epoch that scores best on the held-out data (early stopping); otherwise the
    /// last epoch is kept and the held-out data is only reported on.
    pub keep_best: bool,
}

/// Early stopping: keeps the weights of the epoch that scored best on held-out data.
#[derive(Default)]
pub struct BestEpoch {
    best: Option<(f64, Weights)>,
    keep_best: bool,
    /// Held-out score after each epoch.
    pub history: Vec<f64>,
}

impl BestEpoch {
    /// Tracks epochs; `keep_best` as in [`Schedule`].
    pub fn new(keep_best: bool) -> Self {
        Self {
            keep_best,
            ..Self::default()
        }
    }

    /// Records one epoch's held-out score and weights.
    pub fn observe(&mut self, score: f64, weights: &Weights) {
        self.history.push(score);
        if self.best.as_ref().is_none_or(|(b, _)| score > *b) {
            self.best = Some((score, weights.clone()));
        }
    }

    /// The best weights (when keeping the best and any epoch ran) and the score history.
    pub fn finish(self) -> (Option<Weights>, Vec<f64>) {
        (
            self.best.filter(|_| self.keep_best).map(|b| b.1),
            self.history,
        )
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
        let classes = [0u16, 1];
        let mut t = Trainer::new();
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
