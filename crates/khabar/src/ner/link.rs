//! In-document linking: mentions of one entity grouped under a canonical name.
//!
//! Mentions are joined when (1) their clitic-free folded texts are equal and their types
//! agree; (2) the text equates them: `A (B)`, `A المعروف باسم B`, `A أو ما يعرف بـ B`;
//! (3) a shorter mention is the end or the start of exactly one longer group of the same
//! type (`عفرين` after `عدنان عفرين`). The canonical name is the longest mention's core text
//! (one with a word doubled by a typo only when there is no other).

use super::forms::fold;
use crate::token::Token;
use std::collections::HashMap;

/// One group of mentions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityGroup {
    /// The canonical name (the clitic-free text of the longest mention).
    pub canonical: String,
    /// The type of the canonical mention.
    pub label: String,
    /// Number of mentions.
    pub count: usize,
    /// Indices of the mentions in the document's entity list.
    pub mentions: Vec<usize>,
}

/// What linking needs to know about a mention.
pub struct Mention<'a> {
    /// Entity type.
    pub label: &'a str,
    /// Clitic-free text.
    pub core_text: &'a str,
    /// Token range in the document.
    pub tokens: std::ops::Range<usize>,
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if ra != rb {
        let (lo, hi) = (ra.min(rb), ra.max(rb));
        parent[hi] = lo;
    }
}

const KNOWN_AS: [&[&str]; 6] = [
    &["المعروف", "باسم"],
    &["المعروفه", "باسم"],
    &["المعروف", "ب"],
    &["المعروفه", "ب"],
    &["او", "ما", "يعرف", "ب"],
    &["او", "ما", "يعرف", "باسم"],
];

/// Groups the mentions of one document; `tokens` and `text` are the document's, used to
/// read the words between mentions.
pub fn link(text: &str, tokens: &[Token], mentions: &[Mention]) -> Vec<EntityGroup> {
    let n = mentions.len();
    let mut parent: Vec<usize> = (0..n).collect();
    let keys: Vec<Vec<String>> = mentions
        .iter()
        .map(|m| m.core_text.split_whitespace().map(fold).collect())
        .collect();
    // (1) same text, same type
    let mut by_key: HashMap<(&str, &[String]), usize> = HashMap::new();
    for (i, m) in mentions.iter().enumerate() {
        match by_key.get(&(m.label, keys[i].as_slice())) {
            Some(&j) => union(&mut parent, i, j),
            None => {
                by_key.insert((m.label, keys[i].as_slice()), i);
            }
        }
    }
    // (2) the text equates two adjacent mentions
    let word = |k: usize| -> String { fold(tokens[k].text(text)) };
    for i in 0..n.saturating_sub(1) {
        let (a, b) = (&mentions[i], &mentions[i + 1]);
        let gap: Vec<String> = (a.tokens.end..b.tokens.start).map(word).collect();
        let after_b = tokens.get(b.tokens.end).map(|t| fold(t.text(text)));
        // (a name and another name of the same kind in brackets: `… (داعش)`; a person's
        // party or country in brackets is an affiliation, not another name: `براهم (كتلة
        // حركة النهضة)`)
        let paren = gap.len() == 1
            && a.label == b.label
            && matches!(gap[0].as_str(), "(" | "[")
            && matches!(after_b.as_deref(), Some(")" | "]"));
        let known = KNOWN_AS.iter().any(|p| {
            let p: Vec<&str> = p.to_vec();
            gap.len() == p.len() && gap.iter().zip(&p).all(|(g, q)| g == q)
                || gap.len() == p.len() - 1
                    && p.last() == Some(&"ب")
                    && gap.iter().zip(&p).all(|(g, q)| g == q)
        });
        if paren || known {
            union(&mut parent, i, i + 1);
        }
    }
    // (3) a short mention inside exactly one longer group of the same type: index every
    // proper end (and, for persons, start) of every mention by (type, words)
    let roots: Vec<usize> = (0..n).map(|i| find(&mut parent, i)).collect();
    let mut parts: HashMap<(&str, &[String]), Vec<usize>> = HashMap::new();
    for (j, l) in keys.iter().enumerate() {
        let label = mentions[j].label;
        for len in 1..l.len() {
            let ends: [Option<&[String]>; 2] = [
                Some(&l[l.len() - len..]),
                (label == "PER").then(|| &l[..len]),
            ];
            for k in ends.into_iter().flatten() {
                let e = parts.entry((label, k)).or_default();
                if !e.contains(&roots[j]) {
                    e.push(roots[j]);
                }
            }
        }
    }
    for i in 0..n {
        if keys[i].is_empty() {
            continue;
        }
        if let Some(c) = parts.get(&(mentions[i].label, keys[i].as_slice())) {
            let others: Vec<usize> = c.iter().copied().filter(|&r| r != roots[i]).collect();
            if others.len() == 1 {
                union(&mut parent, i, others[0]);
            }
        }
    }
    let mut groups: Vec<EntityGroup> = Vec::new();
    let mut index: HashMap<usize, usize> = HashMap::new();
    for i in 0..n {
        let r = find(&mut parent, i);
        let g = *index.entry(r).or_insert_with(|| {
            groups.push(EntityGroup {
                canonical: String::new(),
                label: String::new(),
                count: 0,
                mentions: Vec::new(),
            });
            groups.len() - 1
        });
        groups[g].mentions.push(i);
        groups[g].count += 1;
    }
    for g in &mut groups {
        let best = g
            .mentions
            .iter()
            .copied()
            // (a mention with a word written twice in a row, `هيومن هيومن رايتس ووتش`, is a
            // typo: any other mention names the group better)
            .max_by_key(|&m| {
                let stutter = keys[m].windows(2).any(|p| p[0] == p[1]);
                (
                    !stutter,
                    keys[m].len(),
                    mentions[m].core_text.chars().count(),
                    n - m,
                )
            })
            .expect("groups are never empty");
        g.canonical = mentions[best].core_text.to_string();
        g.label = mentions[best].label.to_string();
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn mention<'a>(
        text: &'a str,
        toks: &[Token],
        label: &'a str,
        r: std::ops::Range<usize>,
    ) -> Mention<'a> {
        let core = &text[toks[r.start].byte_start..toks[r.end - 1].byte_end];
        Mention {
            label,
            core_text: core,
            tokens: r,
        }
    }

    #[test]
    fn surname_parenthesis_and_exact() {
        let text =
            "قال عدنان عفرين إن تنظيم الدولة الإسلامية (داعش) انسحب. وأضاف عفرين أن داعش خسر. عفرين";
        let t = tokenize(text);
        let w: Vec<&str> = t.iter().map(|x| x.text(text)).collect();
        let at = |s: &str, from: usize| from + w[from..].iter().position(|x| *x == s).unwrap();
        let m = vec![
            mention(text, &t, "PER", 1..3),
            mention(text, &t, "ORG", at("تنظيم", 0)..at("الإسلامية", 0) + 1),
            mention(text, &t, "ORG", at("داعش", 0)..at("داعش", 0) + 1),
            mention(text, &t, "PER", at("عفرين", 3)..at("عفرين", 3) + 1),
            mention(text, &t, "ORG", at("داعش", 12)..at("داعش", 12) + 1),
        ];
        let g = link(text, &t, &m);
        assert_eq!(g.len(), 2, "{g:?}");
        assert_eq!(g[0].canonical, "عدنان عفرين");
        assert_eq!(g[0].mentions, [0, 3]);
        assert_eq!(g[1].canonical, "تنظيم الدولة الإسلامية");
        assert_eq!(g[1].count, 3);
    }

    #[test]
    fn a_bracketed_affiliation_is_no_other_name() {
        let text = "وقال براهم (كتلة حركة النهضة) إن المداولات عادية";
        let t = tokenize(text);
        let m = vec![
            mention(text, &t, "PER", 1..2),
            mention(text, &t, "ORG", 3..6),
        ];
        let g = link(text, &t, &m);
        assert_eq!(g.len(), 2, "{g:?}");
        assert_eq!(g[0].canonical, "براهم");
    }

    #[test]
    fn a_doubled_word_is_no_canonical_name() {
        let text = "مكتب هيومن هيومن رايتس ووتش ثم هيومن رايتس ووتش";
        let t = tokenize(text);
        let m = vec![
            mention(text, &t, "ORG", 1..5),
            mention(text, &t, "ORG", 6..9),
        ];
        let g = link(text, &t, &m);
        assert_eq!(g.len(), 1, "{g:?}");
        assert_eq!(g[0].canonical, "هيومن رايتس ووتش");
    }

    #[test]
    fn ambiguous_short_mentions_stay_apart() {
        let text = "أحمد علي و أحمد حسن ثم أحمد";
        let t = tokenize(text);
        let m = vec![
            mention(text, &t, "PER", 0..2),
            mention(text, &t, "PER", 3..5),
            mention(text, &t, "PER", 6..7),
        ];
        assert_eq!(link(text, &t, &m).len(), 3);
    }
}
