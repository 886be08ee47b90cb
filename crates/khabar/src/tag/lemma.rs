//! Lemmas, vocalised as PADT writes them (`الجرائم` → `جَرِيمَة`).
//!
//! Known words: the most frequent lemma of (form, tag) in the training data, then of the form.
//! Unknown words: an edit class turns the form into the unvocalised lemma (strip and add at
//! either end around the longest common substring, the edit-tree idea reduced to one level),
//! chosen as the most frequent class that applies among those seen with the same UPOS and
//! word ending; the vocalisation then comes from the lemmas of the training data
//! (`جريمة` → `جَرِيمَة`), or stays unvocalised for a lemma never seen.

use crate::model::features::{feat, feat2, suffix, FastMap};
use crate::model::{hash_str, mix};
use crate::text::chars::{is_arabic_mark, TATWEEL};
use serde::{Deserialize, Serialize};

/// A form → unvocalised lemma edit.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct LemmaRule {
    strip_start: String,
    add_start: String,
    strip_end: String,
    add_end: String,
}

impl LemmaRule {
    fn derive(form: &str, lemma: &str) -> Option<LemmaRule> {
        let f: Vec<char> = form.chars().collect();
        let l: Vec<char> = lemma.chars().collect();
        // longest common substring (forms are short)
        let (mut bi, mut bj, mut bk) = (0, 0, 0);
        for i in 0..f.len() {
            for j in 0..l.len() {
                let mut k = 0;
                while i + k < f.len() && j + k < l.len() && f[i + k] == l[j + k] {
                    k += 1;
                }
                if k > bk {
                    (bi, bj, bk) = (i, j, k);
                }
            }
        }
        if bk == 0 {
            return None;
        }
        let s = |v: &[char]| v.iter().collect::<String>();
        Some(LemmaRule {
            strip_start: s(&f[..bi]),
            add_start: s(&l[..bj]),
            strip_end: s(&f[bi + bk..]),
            add_end: s(&l[bj + bk..]),
        })
    }

    fn apply(&self, form: &str) -> Option<String> {
        let core = form
            .strip_prefix(self.strip_start.as_str())?
            .strip_suffix(self.strip_end.as_str())?;
        if core.is_empty() {
            return None;
        }
        Some(format!("{}{}{}", self.add_start, core, self.add_end))
    }
}

/// Removes Arabic diacritics and tatweel.
pub fn undiacritize(s: &str) -> String {
    s.chars()
        .filter(|&c| !is_arabic_mark(c) && c != TATWEEL)
        .collect()
}

/// A trained lemmatizer.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Lemmatizer {
    by_form_tag: FastMap<u64, String>,
    by_form: FastMap<String, String>,
    rules: Vec<LemmaRule>,
    /// Rule indices by context (UPOS and word ending), most frequent first.
    by_context: FastMap<u64, Vec<u32>>,
    vocalized: FastMap<String, String>,
}

fn most_frequent<K: Clone + Ord>(m: &FastMap<K, u32>) -> Option<K> {
    m.iter()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        .map(|(k, _)| k.clone())
}

/// Context keys for rule choice, most specific first: UPOS with the last 3, 2, 1
/// characters, then UPOS alone.
fn contexts<'a>(form: &'a str, upos: &'a str) -> impl Iterator<Item = u64> + 'a {
    let n = form.chars().count();
    (1..=3usize)
        .rev()
        .filter(move |&k| n > k)
        .map(move |k| feat2("lemctx", upos, suffix(form, k).unwrap_or("")))
        .chain(std::iter::once(feat("lemctx", upos)))
}

const H_FORMTAG: u64 = hash_str("formtag");

/// `feat2("formtag", form, tag)` from the hashes of the form and the tag.
fn form_tag_key_hashed(form: u64, tag: u64) -> u64 {
    mix(mix(H_FORMTAG, form), tag)
}

fn form_tag_key(form: &str, tag: &str) -> u64 {
    form_tag_key_hashed(hash_str(form), hash_str(tag))
}

impl Lemmatizer {
    /// Learns from (form, `UPOS\tXPOS\tFEATS`, lemma) triples.
    pub fn train<'a>(data: impl Iterator<Item = (&'a str, &'a str, &'a str)>) -> Lemmatizer {
        let mut ft: FastMap<u64, FastMap<String, u32>> = FastMap::default();
        let mut f: FastMap<String, FastMap<String, u32>> = FastMap::default();
        let mut voc: FastMap<String, FastMap<String, u32>> = FastMap::default();
        let mut rule_ids: FastMap<LemmaRule, u32> = FastMap::default();
        let mut rules = Vec::new();
        let mut ctx: FastMap<u64, FastMap<u32, u32>> = FastMap::default();
        for (form, tag, lemma) in data {
            *ft.entry(form_tag_key(form, tag))
                .or_default()
                .entry(lemma.to_string())
                .or_default() += 1;
            *f.entry(form.to_string())
                .or_default()
                .entry(lemma.to_string())
                .or_default() += 1;
            let plain = undiacritize(lemma);
            *voc.entry(plain.clone())
                .or_default()
                .entry(lemma.to_string())
                .or_default() += 1;
            if let Some(r) = LemmaRule::derive(form, &plain) {
                let n = rules.len() as u32;
                let id = *rule_ids.entry(r.clone()).or_insert_with(|| {
                    rules.push(r);
                    n
                });
                let upos = tag.split('\t').next().unwrap_or("");
                for c in contexts(form, upos) {
                    *ctx.entry(c).or_default().entry(id).or_default() += 1;
                }
            }
        }
        fn pick<K: std::hash::Hash + Eq>(
            m: FastMap<K, FastMap<String, u32>>,
        ) -> FastMap<K, String> {
            m.into_iter()
                .filter_map(|(k, v)| most_frequent(&v).map(|l| (k, l)))
                .collect()
        }
        let by_context = ctx
            .into_iter()
            .map(|(k, m)| {
                let mut v: Vec<(u32, u32)> = m.into_iter().collect();
                v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                (k, v.into_iter().take(8).map(|x| x.0).collect())
            })
            .collect();
        Lemmatizer {
            by_form_tag: pick(ft),
            by_form: pick(f),
            rules,
            by_context,
            vocalized: pick(voc),
        }
    }

    /// The lemma of `form` tagged `tag` (`UPOS\tXPOS\tFEATS`).
    pub fn lemma(&self, form: &str, tag: &str) -> String {
        self.lemma_hashed(form, tag, hash_str(tag))
    }

    /// [`Lemmatizer::lemma`] with the tag's hash (`hash_str(tag)`) already known.
    pub fn lemma_hashed(&self, form: &str, tag: &str, tag_hash: u64) -> String {
        if let Some(l) = self
            .by_form_tag
            .get(&form_tag_key_hashed(hash_str(form), tag_hash))
        {
            return l.clone();
        }
        if let Some(l) = self.by_form.get(form) {
            return l.clone();
        }
        if !form
            .chars()
            .next()
            .is_some_and(crate::text::chars::is_arabic_letter)
        {
            return form.to_string();
        }
        let upos = tag.split('\t').next().unwrap_or("");
        for c in contexts(form, upos) {
            if let Some(ids) = self.by_context.get(&c) {
                if let Some(plain) = ids.iter().find_map(|&i| self.rules[i as usize].apply(form)) {
                    return self.vocalized.get(&plain).cloned().unwrap_or(plain);
                }
            }
        }
        form.to_string()
    }

    /// Number of edit classes and of lexicon entries.
    pub fn size(&self) -> (usize, usize) {
        (self.rules.len(), self.by_form_tag.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_and_unknown_words() {
        let data = [
            ("الحكومة", "NOUN\tN\t_", "حُكُومَة"),
            ("حكومة", "NOUN\tN\t_", "حُكُومَة"),
            ("الوزارة", "NOUN\tN\t_", "وِزَارَة"),
            ("وزارة", "NOUN\tN\t_", "وِزَارَة"),
            ("المدرسة", "NOUN\tN\t_", "مَدرَسَة"),
        ];
        let l = Lemmatizer::train(data.iter().map(|(a, b, c)| (*a, *b, *c)));
        assert_eq!(l.lemma("الحكومة", "NOUN\tN\t_"), "حُكُومَة");
        // unknown form of a known lemma: article stripped, vocalisation from the lexicon
        assert_eq!(l.lemma("الحكومة", "NOUN\tX\t_"), "حُكُومَة");
        assert_eq!(l.lemma("مدرسة", "NOUN\tN\t_"), "مَدرَسَة");
        assert_eq!(l.lemma("3", "NUM\tQ\t_"), "3");
        assert_eq!(undiacritize("جَرِيمَة"), "جريمة");
    }
}
