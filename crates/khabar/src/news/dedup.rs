//! Near-duplicate detection across a collection: MinHash signatures of normalized word
//! shingles, banded locality-sensitive hashing for candidate pairs, a similarity check on
//! the signatures, and groups by union-find (Broder 1997; Leskovec, Rajaraman & Ullman,
//! *Mining of Massive Datasets*, ch. 3).
//!
//! Words are the tokenizer's Arabic, Latin and number tokens under the `search`
//! normalization (diacritics, alef/yeh variants, digits folded), so that a copy that differs
//! only in spelling, punctuation or layout has the same shingles.

use crate::model::mix;
use crate::text::{Normalizer, Profile};
use crate::token::{tokenize, TokenKind};
use std::collections::HashMap;

/// Settings for [`Deduper`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DedupOptions {
    /// Words per shingle.
    pub shingle: usize,
    /// LSH bands; `bands × rows` hash functions make a signature.
    pub bands: usize,
    /// Rows per band.
    pub rows: usize,
    /// Estimated Jaccard similarity of shingle sets at or above which two documents are
    /// near-duplicates.
    pub threshold: f64,
}

impl Default for DedupOptions {
    /// 5-word shingles, 32 bands of 4 rows (128 hashes; pairs at Jaccard 0.5 become
    /// candidates with probability 0.98), threshold 0.5.
    fn default() -> Self {
        DedupOptions {
            shingle: 5,
            bands: 32,
            rows: 4,
            threshold: 0.5,
        }
    }
}

/// A group of near-duplicate documents.
#[derive(Debug, Clone, PartialEq)]
pub struct DupGroup {
    /// Indices of the documents, in the order they were added; the first is the group's
    /// representative.
    pub members: Vec<usize>,
    /// For each member, its estimated similarity to the representative (1 for itself).
    pub similarity: Vec<f64>,
}

/// Collects documents and groups the near-duplicates among them.
#[derive(Debug, Clone)]
pub struct Deduper {
    opts: DedupOptions,
    norm: Normalizer,
    signatures: Vec<Option<Vec<u64>>>,
}

/// The normalized words of a text (see the module documentation).
pub fn words(norm: &Normalizer, text: &str) -> Vec<String> {
    tokenize(text)
        .iter()
        .filter(|t| {
            matches!(
                t.kind,
                TokenKind::Arabic | TokenKind::Latin | TokenKind::Number
            )
        })
        .map(|t| norm.normalize(t.text(text)).to_lowercase())
        .collect()
}

impl Deduper {
    /// An empty collection.
    pub fn new(opts: DedupOptions) -> Self {
        Deduper {
            opts,
            norm: Normalizer::new(Profile::Search),
            signatures: Vec::new(),
        }
    }

    /// Number of documents added.
    pub fn len(&self) -> usize {
        self.signatures.len()
    }

    /// Whether no document was added.
    pub fn is_empty(&self) -> bool {
        self.signatures.is_empty()
    }

    /// The MinHash signature of a text (`None` when it has no words).
    pub fn signature(&self, text: &str) -> Option<Vec<u64>> {
        let w = words(&self.norm, text);
        if w.is_empty() {
            return None;
        }
        let hashes: Vec<u64> = w.iter().map(|x| crate::model::hash_str(x)).collect();
        let k = self.opts.shingle.max(1).min(hashes.len());
        let n = self.opts.bands * self.opts.rows;
        let mut sig = vec![u64::MAX; n];
        for win in hashes.windows(k) {
            let s = win.iter().fold(0x9e37_79b9_7f4a_7c15u64, |h, &x| mix(h, x));
            for (i, m) in sig.iter_mut().enumerate() {
                let v = mix(s, i as u64 + 1);
                if v < *m {
                    *m = v;
                }
            }
        }
        Some(sig)
    }

    /// Adds a document; returns its index.
    pub fn add(&mut self, text: &str) -> usize {
        let sig = self.signature(text);
        self.signatures.push(sig);
        self.signatures.len() - 1
    }

    /// Estimated Jaccard similarity of two documents' shingle sets (0 when either has no
    /// words).
    pub fn similarity(&self, a: usize, b: usize) -> f64 {
        match (&self.signatures[a], &self.signatures[b]) {
            (Some(x), Some(y)) => {
                x.iter().zip(y).filter(|(p, q)| p == q).count() as f64 / x.len() as f64
            }
            _ => 0.0,
        }
    }

    /// Groups of two or more near-duplicates, each ordered by index, groups ordered by their
    /// first member. A pair is joined when it shares an LSH band and its estimated
    /// similarity reaches the threshold.
    pub fn groups(&self) -> Vec<DupGroup> {
        let n = self.signatures.len();
        let mut parent: Vec<usize> = (0..n).collect();
        fn find(p: &mut [usize], mut x: usize) -> usize {
            while p[x] != x {
                p[x] = p[p[x]];
                x = p[x];
            }
            x
        }
        let r = self.opts.rows;
        for band in 0..self.opts.bands {
            let mut buckets: HashMap<u64, Vec<usize>> = HashMap::new();
            for (i, s) in self.signatures.iter().enumerate() {
                if let Some(s) = s {
                    let key = s[band * r..(band + 1) * r]
                        .iter()
                        .fold(band as u64, |h, &x| mix(h, x));
                    buckets.entry(key).or_default().push(i);
                }
            }
            for (_, docs) in buckets {
                for (k, &a) in docs.iter().enumerate() {
                    for &b in &docs[k + 1..] {
                        let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
                        if ra != rb && self.similarity(a, b) >= self.opts.threshold {
                            parent[ra.max(rb)] = ra.min(rb);
                        }
                    }
                }
            }
        }
        let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
        for i in 0..n {
            let root = find(&mut parent, i);
            groups.entry(root).or_default().push(i);
        }
        let mut out: Vec<DupGroup> = groups
            .into_values()
            .filter(|m| m.len() > 1)
            .map(|members| {
                let similarity = members
                    .iter()
                    .map(|&m| self.similarity(members[0], m))
                    .collect();
                DupGroup {
                    members,
                    similarity,
                }
            })
            .collect();
        out.sort_by_key(|g| g.members[0]);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "قالت وزارة الصحة السعودية اليوم إن عدد المصابين بفيروس كورونا ارتفع إلى \
        مئة وعشرين شخصا في المنطقة الشرقية، وأضافت أن الفرق الطبية تعمل على مدار الساعة \
        لاحتواء المرض، وأن المستشفيات استقبلت عشرات الحالات خلال الأسبوع الماضي.";
    const OTHER: &str = "أعلن الاتحاد السعودي لكرة القدم عن مواعيد مباريات الدوري الجديد، \
        وقال رئيس الاتحاد إن الموسم سيبدأ في شهر سبتمبر المقبل بمشاركة ستة عشر فريقا من \
        مختلف مناطق المملكة، مع تطبيق تقنية الفيديو للمرة الأولى.";

    #[test]
    fn copies_with_edits_group_and_others_do_not() {
        let mut d = Deduper::new(DedupOptions::default());
        let a = d.add(STORY);
        let b = d.add(OTHER);
        // same story: dateline added, diacritics, a changed word, other punctuation
        let copy = format!(
            "الرياض (واس) - {}",
            STORY
                .replace("اليوم", "الأحد")
                .replace('،', " ")
                .replace("قالت", "قَالَت")
        );
        let c = d.add(&copy);
        let e = d.add("");
        let g = d.groups();
        assert_eq!(g.len(), 1, "{g:?}");
        assert_eq!(g[0].members, vec![a, c]);
        assert!(g[0].similarity[1] >= 0.5 && g[0].similarity[1] < 1.0);
        assert!(d.similarity(a, b) < 0.2);
        assert_eq!(d.similarity(a, e), 0.0);
        assert_eq!(d.similarity(a, a), 1.0);
    }

    #[test]
    fn normalization_makes_spelling_variants_equal() {
        let d = Deduper::new(DedupOptions::default());
        assert_eq!(
            d.signature("أحمد ذهب إلى المدرسة ٢٠١٩"),
            d.signature("احمد  ذهب الى المدرسة 2019")
        );
        assert_eq!(d.signature("..."), None);
    }
}
