//! An extractive summary: the sentences that are most central to the document, found with
//! LexRank (Erkan & Radev, "LexRank: Graph-based lexical centrality as salience in text
//! summarization", JAIR 22, 2004) over tf-idf vectors of the content terms of
//! [`super::terms`], with the random jump biased towards early sentences (news puts the gist
//! first). The chosen sentences are returned in text order.

use std::collections::HashMap;
use std::ops::Range;

/// Cosine similarity above which two sentences are linked (LexRank's threshold).
pub const THRESHOLD: f64 = 0.1;

/// Damping factor of the random walk.
pub const DAMPING: f64 = 0.85;

/// Only the first this many sentences are ranked (the graph is quadratic in sentences; a
/// news article has a few dozen).
pub const MAX_SENTENCES: usize = 1000;

/// Sentences with fewer content terms are not proposed (datelines, captions).
pub const MIN_TERMS: usize = 4;

/// The `n` most central sentences (indices into `sentences`, in text order) and every
/// sentence's centrality (0 after the first [`MAX_SENTENCES`]).
pub fn summarize(
    keys: &[Option<String>],
    sentences: &[Range<usize>],
    n: usize,
) -> (Vec<usize>, Vec<f64>) {
    let total_sentences = sentences.len();
    // the similarity graph is quadratic: a long input is summarized from its beginning
    let sentences = &sentences[..total_sentences.min(MAX_SENTENCES)];
    let m = sentences.len();
    if m == 0 || n == 0 {
        return (Vec::new(), vec![0.0; total_sentences]);
    }
    // term frequencies per sentence and sentence frequencies
    let bags: Vec<HashMap<&str, f64>> = sentences
        .iter()
        .map(|s| {
            let mut b: HashMap<&str, f64> = HashMap::new();
            for t in s.clone() {
                if let Some(k) = keys.get(t).and_then(|k| k.as_deref()) {
                    *b.entry(k).or_default() += 1.0;
                }
            }
            b
        })
        .collect();
    let mut sf: HashMap<&str, f64> = HashMap::new();
    for b in &bags {
        for k in b.keys() {
            *sf.entry(k).or_default() += 1.0;
        }
    }
    let idf = |k: &str| (1.0 + m as f64 / sf.get(k).copied().unwrap_or(1.0)).ln();
    let vecs: Vec<HashMap<&str, f64>> = bags
        .iter()
        .map(|b| b.iter().map(|(k, tf)| (*k, tf * idf(k))).collect())
        .collect();
    let norms: Vec<f64> = vecs
        .iter()
        .map(|v| v.values().map(|x| x * x).sum::<f64>().sqrt())
        .collect();
    let cos = |a: usize, b: usize| {
        if norms[a] == 0.0 || norms[b] == 0.0 {
            return 0.0;
        }
        let (small, big) = if vecs[a].len() < vecs[b].len() {
            (&vecs[a], &vecs[b])
        } else {
            (&vecs[b], &vecs[a])
        };
        small
            .iter()
            .map(|(k, x)| x * big.get(k).copied().unwrap_or(0.0))
            .sum::<f64>()
            / (norms[a] * norms[b])
    };
    // adjacency above the threshold, row-normalized
    let mut links: Vec<Vec<usize>> = vec![Vec::new(); m];
    for a in 0..m {
        for b in a + 1..m {
            if cos(a, b) > THRESHOLD {
                links[a].push(b);
                links[b].push(a);
            }
        }
    }
    // jump distribution biased to early sentences
    let bias: Vec<f64> = (0..m).map(|i| 1.0 / (1.0 + i as f64).sqrt()).collect();
    let total: f64 = bias.iter().sum();
    let bias: Vec<f64> = bias.iter().map(|b| b / total).collect();
    let mut p = bias.clone();
    for _ in 0..100 {
        let mut next: Vec<f64> = bias.iter().map(|b| (1.0 - DAMPING) * b).collect();
        let mut dangling = 0.0;
        for a in 0..m {
            if links[a].is_empty() {
                dangling += p[a];
            } else {
                let share = DAMPING * p[a] / links[a].len() as f64;
                for &b in &links[a] {
                    next[b] += share;
                }
            }
        }
        for (x, b) in next.iter_mut().zip(&bias) {
            *x += DAMPING * dangling * b;
        }
        let delta: f64 = next.iter().zip(&p).map(|(a, b)| (a - b).abs()).sum();
        p = next;
        if delta < 1e-10 {
            break;
        }
    }
    let mut order: Vec<usize> = (0..m)
        .filter(|&i| bags[i].values().sum::<f64>() >= MIN_TERMS as f64)
        .collect();
    order.sort_by(|&a, &b| p[b].total_cmp(&p[a]).then(a.cmp(&b)));
    let mut chosen: Vec<usize> = order.into_iter().take(n).collect();
    chosen.sort_unstable();
    p.resize(total_sentences, 0.0);
    (chosen, p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn central_sentences_win_and_come_back_in_order() {
        let words = "داعش باغوز قصف قوات . داعش باغوز هجوم قوات . طقس مطر ريح برد . قوات داعش باغوز معركه .";
        let keys: Vec<Option<String>> = words
            .split(' ')
            .map(|w| (w != ".").then(|| w.to_string()))
            .collect();
        let sentences = vec![0..5, 5..10, 10..15, 15..20];
        let (chosen, scores) = summarize(&keys, &sentences, 2);
        assert_eq!(chosen.len(), 2);
        assert!(
            !chosen.contains(&2),
            "the off-topic sentence is not central"
        );
        assert!(chosen.windows(2).all(|w| w[0] < w[1]));
        assert!((scores.iter().sum::<f64>() - 1.0).abs() < 1e-6);
        assert_eq!(summarize(&[], &[], 3).0, Vec::<usize>::new());
    }
}
