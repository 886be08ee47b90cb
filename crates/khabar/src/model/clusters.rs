//! Word clusters as bit-string paths in a binary merge tree (Brown et al. 1992): words with
//! a long common path prefix occur in similar contexts. The recognizer uses path prefixes of
//! several lengths as features, which lets it generalize from a name seen in training to
//! names it never saw.
//!
//! Files use the `path<TAB>word<TAB>count` layout of Liang's `wcluster` output; words are
//! folded on reading.

use crate::error::KhabarError;
use crate::model::features::FastMap;
use crate::model::hash_str;
use crate::text::fold::fold;
use serde::{Deserialize, Serialize};

/// Word → path, with the path stored as bits under a leading 1 (so `0b1_0110` is `0110`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Clusters {
    /// (folded word, encoded path), sorted by word.
    entries: Vec<(String, u32)>,
    /// 64-bit hash of the word → path (built by `prepare`: no strings copied, so a model
    /// with many clusters still loads fast).
    #[serde(skip)]
    index: FastMap<u64, u32>,
}

impl Clusters {
    /// The path-prefix lengths used as features.
    pub const PREFIX_LENGTHS: [u32; 4] = [4, 6, 10, 20];

    /// Encodes a path string of `0`/`1` (at most 31 bits are kept).
    pub fn encode(path: &str) -> Option<u32> {
        let mut v = 1u32;
        for (i, c) in path.chars().enumerate() {
            if i >= 31 {
                break;
            }
            v = (v << 1)
                | match c {
                    '0' => 0,
                    '1' => 1,
                    _ => return None,
                };
        }
        Some(v)
    }

    /// The first `len` bits of an encoded path (the whole path when shorter), still encoded.
    pub fn prefix(path: u32, len: u32) -> u32 {
        let bits = 31 - path.leading_zeros();
        if bits <= len {
            path
        } else {
            path >> (bits - len)
        }
    }

    /// Builds clusters from (word, path) pairs; words are folded, the first path of a folded
    /// word wins.
    pub fn from_pairs<I: IntoIterator<Item = (String, u32)>>(pairs: I) -> Clusters {
        let mut map: FastMap<String, u32> = FastMap::default();
        for (w, p) in pairs {
            map.entry(fold(&w)).or_insert(p);
        }
        let mut entries: Vec<(String, u32)> = map.into_iter().collect();
        entries.sort();
        let mut c = Clusters {
            entries,
            index: FastMap::default(),
        };
        c.prepare();
        c
    }

    /// Reads `path<TAB>word[<TAB>count]` lines.
    ///
    /// # Errors
    /// [`KhabarError::Format`] for a line without a tab or a path that is not `0`/`1`.
    pub fn from_tsv(text: &str) -> Result<Clusters, KhabarError> {
        let mut pairs = Vec::new();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let mut f = line.split('\t');
            let (Some(path), Some(word)) = (f.next(), f.next()) else {
                return Err(KhabarError::Format {
                    what: "clusters",
                    line: i + 1,
                    message: "expected `path<TAB>word`".into(),
                });
            };
            let p = Self::encode(path).ok_or_else(|| KhabarError::Format {
                what: "clusters",
                line: i + 1,
                message: format!("path `{path}` is not a string of 0 and 1"),
            })?;
            pairs.push((word.to_string(), p));
        }
        Ok(Self::from_pairs(pairs))
    }

    /// Builds the lookup table (after deserialization).
    pub fn prepare(&mut self) {
        self.index = FastMap::default();
        self.index.reserve(self.entries.len());
        for (w, p) in &self.entries {
            self.index.entry(hash_str(w)).or_insert(*p);
        }
    }

    /// The encoded path of a folded word.
    #[inline]
    pub fn path(&self, folded: &str) -> Option<u32> {
        self.index.get(&hash_str(folded)).copied()
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are no words.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_and_prefixes() {
        let c = Clusters::from_tsv("0110\tأحمد\t5\n0111\tمحمد\t3\n10\tفي\t9\n").unwrap();
        let a = c.path("احمد").unwrap();
        let m = c.path("محمد").unwrap();
        assert_eq!(Clusters::prefix(a, 3), Clusters::prefix(m, 3));
        assert_ne!(Clusters::prefix(a, 4), Clusters::prefix(m, 4));
        assert_eq!(Clusters::prefix(c.path("في").unwrap(), 20), 0b110);
        assert!(Clusters::from_tsv("01x\tكلمة\n").is_err());
        assert!(Clusters::from_tsv("0101\n").is_err());
    }
}

/// Settings for [`learn`].
#[derive(Debug, Clone, Copy)]
pub struct LearnOptions {
    /// Words seen fewer times are not clustered.
    pub min_count: u32,
    /// Depth of the binary tree (path length, at most 31): 2^depth leaf clusters.
    pub depth: u32,
    /// Exchange passes per level.
    pub passes: u32,
}

#[inline]
fn xlogx(x: i64) -> f64 {
    if x <= 0 {
        0.0
    } else {
        let x = x as f64;
        x * x.ln()
    }
}

/// Learns word clusters from sentences of folded words by divisive exchange clustering:
/// the vocabulary is split in two, then every cluster again, level by level; at each level
/// words move between the two halves of their parent while that raises the likelihood of
/// the class bigram model, Σ N(c,d) log N(c,d) − Σ N(c·) log N(c·) − Σ N(·d) log N(·d)
/// (Martin, Liermann & Ney 1998, applied top-down). The path of a word is the sequence of
/// halves it ended in. Deterministic. Returns (word, path string, count), frequent first.
pub fn learn<I, S>(sentences: I, opts: LearnOptions) -> Vec<(String, String, u64)>
where
    I: IntoIterator<Item = Vec<S>>,
    S: AsRef<str>,
{
    // vocabulary
    let mut ids: FastMap<String, u32> = FastMap::default();
    let mut words: Vec<String> = Vec::new();
    let mut counts: Vec<u64> = Vec::new();
    let mut corpus: Vec<Vec<u32>> = Vec::new();
    for s in sentences {
        let mut ws = Vec::with_capacity(s.len());
        for w in s {
            let w = w.as_ref();
            let id = match ids.get(w) {
                Some(&i) => i,
                None => {
                    ids.insert(w.to_string(), words.len() as u32);
                    words.push(w.to_string());
                    counts.push(0);
                    (words.len() - 1) as u32
                }
            };
            counts[id as usize] += 1;
            ws.push(id);
        }
        corpus.push(ws);
    }
    // keep frequent words; the rest share one id, sentence edges another
    let mut order: Vec<u32> = (0..words.len() as u32)
        .filter(|&i| counts[i as usize] >= u64::from(opts.min_count))
        .collect();
    order.sort_by(|&a, &b| {
        counts[b as usize]
            .cmp(&counts[a as usize])
            .then(words[a as usize].cmp(&words[b as usize]))
    });
    let mut remap = vec![u32::MAX; words.len()];
    for (k, &i) in order.iter().enumerate() {
        remap[i as usize] = k as u32;
    }
    let v = order.len();
    let (rare, edge) = (v as u32, v as u32 + 1);
    let n = v + 2;
    let mut bigrams: FastMap<u64, u32> = FastMap::default();
    for s in &corpus {
        let mut prev = edge;
        for &w in s.iter().chain(std::iter::once(&u32::MAX)) {
            let cur = if w == u32::MAX {
                edge
            } else {
                match remap[w as usize] {
                    u32::MAX => rare,
                    r => r,
                }
            };
            *bigrams
                .entry(u64::from(prev) << 32 | u64::from(cur))
                .or_default() += 1;
            prev = cur;
        }
    }
    drop(corpus);
    let mut right: Vec<Vec<(u32, u32)>> = vec![Vec::new(); n];
    let mut left: Vec<Vec<(u32, u32)>> = vec![Vec::new(); n];
    let mut selfc = vec![0i64; n];
    let mut nl = vec![0i64; n];
    let mut nr = vec![0i64; n];
    let mut pairs: Vec<(u64, u32)> = bigrams.into_iter().collect();
    pairs.sort_unstable();
    for (k, c) in pairs {
        let (a, b) = ((k >> 32) as usize, (k & 0xffff_ffff) as usize);
        nl[a] += i64::from(c);
        nr[b] += i64::from(c);
        if a == b {
            selfc[a] += i64::from(c);
        } else {
            right[a].push((b as u32, c));
            left[b].push((a as u32, c));
        }
    }
    let depth = opts.depth.min(31);
    let mut cls = vec![0u32; n];
    let mut delta: FastMap<u64, i64> = FastMap::default();
    for level in 0..depth {
        // split every class: alternate its words by frequency rank
        let mut seen: FastMap<u32, u32> = FastMap::default();
        for c in cls.iter_mut() {
            let k = seen.entry(*c).or_default();
            *c = *c * 2 + (*k & 1);
            *k += 1;
        }
        let classes = 1usize << (level + 1);
        let mut big: FastMap<u64, i64> = FastMap::default();
        let mut cl = vec![0i64; classes];
        let mut cr = vec![0i64; classes];
        for a in 0..n {
            let ca = cls[a];
            cl[ca as usize] += nl[a];
            cr[ca as usize] += nr[a];
            *big.entry(u64::from(ca) << 32 | u64::from(ca)).or_default() += selfc[a];
            for &(b, c) in &right[a] {
                *big.entry(u64::from(ca) << 32 | u64::from(cls[b as usize]))
                    .or_default() += i64::from(c);
            }
        }
        for _ in 0..opts.passes {
            let mut moved = 0usize;
            for w in 0..n {
                let a = cls[w];
                let b = a ^ 1;
                delta.clear();
                for &(x, c) in &right[w] {
                    let d = cls[x as usize];
                    *delta.entry(u64::from(a) << 32 | u64::from(d)).or_default() -= i64::from(c);
                    *delta.entry(u64::from(b) << 32 | u64::from(d)).or_default() += i64::from(c);
                }
                for &(x, c) in &left[w] {
                    let d = cls[x as usize];
                    *delta.entry(u64::from(d) << 32 | u64::from(a)).or_default() -= i64::from(c);
                    *delta.entry(u64::from(d) << 32 | u64::from(b)).or_default() += i64::from(c);
                }
                *delta.entry(u64::from(a) << 32 | u64::from(a)).or_default() -= selfc[w];
                *delta.entry(u64::from(b) << 32 | u64::from(b)).or_default() += selfc[w];
                let mut gain = 0.0;
                for (&k, &dv) in &delta {
                    if dv != 0 {
                        let old = big.get(&k).copied().unwrap_or(0);
                        gain += xlogx(old + dv) - xlogx(old);
                    }
                }
                let (ua, ub) = (a as usize, b as usize);
                gain -=
                    xlogx(cl[ua] - nl[w]) + xlogx(cl[ub] + nl[w]) - xlogx(cl[ua]) - xlogx(cl[ub]);
                gain -=
                    xlogx(cr[ua] - nr[w]) + xlogx(cr[ub] + nr[w]) - xlogx(cr[ua]) - xlogx(cr[ub]);
                if gain > 1e-9 {
                    for (&k, &dv) in &delta {
                        if dv != 0 {
                            *big.entry(k).or_default() += dv;
                        }
                    }
                    cl[ua] -= nl[w];
                    cl[ub] += nl[w];
                    cr[ua] -= nr[w];
                    cr[ub] += nr[w];
                    cls[w] = b;
                    moved += 1;
                }
            }
            if moved == 0 {
                break;
            }
        }
    }
    order
        .iter()
        .enumerate()
        .map(|(k, &i)| {
            let path = format!("{:0width$b}", cls[k], width = depth as usize);
            (words[i as usize].clone(), path, counts[i as usize])
        })
        .collect()
}

#[cfg(test)]
mod learn_tests {
    use super::*;

    #[test]
    fn words_in_the_same_contexts_share_paths() {
        let mut sents = Vec::new();
        for name in ["احمد", "محمد", "علي", "حسن"] {
            for place in ["بغداد", "دمشق", "القاهره", "عمان"] {
                sents.push(vec!["قال", name, "في", place]);
                sents.push(vec!["وصل", name, "الي", place]);
            }
        }
        let out = learn(
            sents,
            LearnOptions {
                min_count: 1,
                depth: 3,
                passes: 5,
            },
        );
        let path = |w: &str| out.iter().find(|x| x.0 == w).unwrap().1.clone();
        assert_eq!(path("احمد").len(), 3);
        let common = |a: &str, b: &str| {
            path(a)
                .chars()
                .zip(path(b).chars())
                .take_while(|(x, y)| x == y)
                .count()
        };
        assert!(common("احمد", "محمد") > common("احمد", "بغداد"), "{out:?}");
        assert!(common("دمشق", "بغداد") > common("دمشق", "محمد"), "{out:?}");
    }
}
