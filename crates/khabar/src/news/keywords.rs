//! Keywords of one document, scored as YAKE does (Campos et al., "YAKE! Keyword extraction
//! from single documents using multiple local features", Information Sciences 509, 2020;
//! written here from the paper, not from its AGPL code), over the content terms of
//! [`super::terms`]: lemmas with a morphosyntax model.
//!
//! A term's score combines its position (median sentence of its occurrences), normalized
//! frequency, relatedness to context (how many different words surround it), how many
//! sentences it appears in, and — in place of YAKE's capitalisation — how often it is part
//! of a named entity. Candidates are runs of one to three consecutive content terms in a
//! sentence; a candidate scores the product of its terms' scores over its frequency times one
//! plus their sum. Lower is better; a candidate whose terms a better one already has is
//! skipped, and a phrase of several terms must occur twice.

use std::collections::HashMap;
use std::ops::Range;

/// A keyword or keyphrase.
#[derive(Debug, Clone, PartialEq)]
pub struct Keyword {
    /// The terms' keys joined by a space (lemmas, folded).
    pub key: String,
    /// Token range of its first occurrence.
    pub first: Range<usize>,
    /// How many times it occurs.
    pub count: usize,
    /// YAKE score (lower is more important).
    pub score: f64,
}

/// The longest keyphrase, in terms.
pub const MAX_TERMS: usize = 3;

/// What the keyword extractor needs.
pub struct KeywordInput<'a> {
    /// Term key of every token (`None`: not a content term).
    pub keys: &'a [Option<String>],
    /// Sentences as token ranges.
    pub sentences: &'a [Range<usize>],
    /// Per token, whether it is part of a named entity (empty when unknown).
    pub in_entity: &'a [bool],
}

#[derive(Default)]
struct TermStats {
    tf: f64,
    tf_entity: f64,
    sentences: Vec<usize>,
    left: HashMap<usize, usize>,
    right: HashMap<usize, usize>,
}

/// The `n` best keywords of a document, best first.
pub fn keywords(inp: &KeywordInput, n: usize) -> Vec<Keyword> {
    if n == 0 {
        return Vec::new();
    }
    // term ids
    let mut ids: HashMap<&str, usize> = HashMap::new();
    let id: Vec<Option<usize>> = inp
        .keys
        .iter()
        .map(|k| {
            k.as_deref().map(|k| {
                let next = ids.len();
                *ids.entry(k).or_insert(next)
            })
        })
        .collect();
    let mut stats: Vec<TermStats> = (0..ids.len()).map(|_| TermStats::default()).collect();
    for (si, s) in inp.sentences.iter().enumerate() {
        for t in s.clone() {
            let Some(a) = id[t] else { continue };
            let st = &mut stats[a];
            st.tf += 1.0;
            if inp.in_entity.get(t).copied().unwrap_or(false) {
                st.tf_entity += 1.0;
            }
            if st.sentences.last() != Some(&si) {
                st.sentences.push(si);
            }
            // co-occurrence with content terms within two tokens in the sentence
            for b in id[s.start.max(t.saturating_sub(2))..t]
                .iter()
                .flatten()
                .copied()
            {
                *stats[a].left.entry(b).or_default() += 1;
                *stats[b].right.entry(a).or_default() += 1;
            }
        }
    }
    if stats.is_empty() {
        return Vec::new();
    }
    let n_sent = inp.sentences.len().max(1) as f64;
    let tfs: Vec<f64> = stats.iter().map(|s| s.tf).collect();
    let mean = tfs.iter().sum::<f64>() / tfs.len() as f64;
    let std = (tfs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / tfs.len() as f64).sqrt();
    let max_tf = tfs.iter().cloned().fold(1.0, f64::max);
    let term_score: Vec<f64> = stats
        .iter()
        .map(|s| {
            let ratio = |m: &HashMap<usize, usize>| {
                let total: usize = m.values().sum();
                if total == 0 {
                    0.0
                } else {
                    m.len() as f64 / total as f64
                }
            };
            let t_rel = 1.0 + (ratio(&s.left) + ratio(&s.right)) * s.tf / max_tf;
            let median = s.sentences[s.sentences.len() / 2] as f64;
            let t_pos = (3.0 + median).ln().ln();
            let t_norm = s.tf / (mean + std);
            let t_sent = s.sentences.len() as f64 / n_sent;
            let t_case = s.tf_entity / (1.0 + s.tf.ln());
            t_rel * t_pos / (t_case + t_norm / t_rel + t_sent / t_rel)
        })
        .collect();
    // candidates: runs of 1..=MAX_TERMS content terms
    let mut cands: HashMap<Vec<usize>, (Range<usize>, usize)> = HashMap::new();
    for s in inp.sentences {
        for start in s.clone() {
            let mut run = Vec::new();
            let end = s.end.min(start + MAX_TERMS);
            for (t, a) in (start..end).zip(&id[start..end]) {
                let Some(a) = *a else { break };
                run.push(a);
                let e = cands.entry(run.clone()).or_insert((start..t + 1, 0));
                e.1 += 1;
            }
        }
    }
    let mut scored: Vec<(f64, Vec<usize>, Range<usize>, usize)> = cands
        .into_iter()
        .filter(|(terms, _)| {
            // a phrase of one repeated word is no phrase
            terms.len() == 1 || terms.windows(2).all(|w| w[0] != w[1])
        })
        .map(|(terms, (first, count))| {
            let prod: f64 = terms.iter().map(|&a| term_score[a]).product();
            let sum: f64 = terms.iter().map(|&a| term_score[a]).sum();
            (prod / (count as f64 * (1.0 + sum)), terms, first, count)
        })
        .collect();
    scored.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.2.start.cmp(&b.2.start)));
    let names: Vec<&str> = {
        let mut v = vec![""; ids.len()];
        for (k, &i) in &ids {
            v[i] = k;
        }
        v
    };
    let mut out: Vec<Keyword> = Vec::new();
    let mut chosen: Vec<Vec<usize>> = Vec::new();
    for (score, terms, first, count) in scored {
        if out.len() == n {
            break;
        }
        // skip what a chosen phrase already says, and phrases of several terms seen once
        let contained = chosen.iter().any(|c| terms.iter().all(|a| c.contains(a)));
        if contained || (terms.len() > 1 && count < 2) {
            continue;
        }
        chosen.push(terms.clone());
        out.push(Keyword {
            key: terms
                .iter()
                .map(|&a| names[a])
                .collect::<Vec<_>>()
                .join(" "),
            first,
            count,
            score,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(words: &str) -> Vec<Option<String>> {
        words
            .split(' ')
            .map(|w| (w != "_" && w != ".").then(|| w.to_string()))
            .collect()
    }

    #[test]
    fn frequent_related_early_terms_win() {
        // three sentences: "داعش" and "باغوز" recur; "هواء" appears once, late
        let k = keys("داعش قصف باغوز . داعش باغوز _ سوريا . هواء _ داعش باغوز");
        let sentences = vec![0..4, 4..9, 9..13];
        let kw = keywords(
            &KeywordInput {
                keys: &k,
                sentences: &sentences,
                in_entity: &[],
            },
            3,
        );
        assert_eq!(kw[0].key, "داعش باغوز");
        assert_eq!(kw[0].count, 2);
        assert!(kw.iter().all(|x| x.key != "هواء"));
        assert!(keywords(
            &KeywordInput {
                keys: &[],
                sentences: &[],
                in_entity: &[]
            },
            5
        )
        .is_empty());
    }
}
