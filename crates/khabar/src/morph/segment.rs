//! Clitic segmentation: each orthographic token becomes one or more syntactic words, as the
//! Prague Arabic Dependency Treebank writes them (وللحكومة → و + ل + الحكومة, شقيقته →
//! شقيقة + ه).
//!
//! A segmentation is a [`SegClass`] learned from the treebank: proclitic words taken off the
//! front, enclitic words taken off the back, and a small edit of what remains (ل + لحكومة →
//! الحكومة adds the article's alef back; شقيقت → شقيقة restores teh marbuta). For a token
//! the classes that apply to its spelling are the candidates; an averaged perceptron over
//! features of the token, its neighbours and each candidate's core word picks one.

use crate::model::features::{feat, feat_k, feat_n, prefix, suffix, FastMap};
use crate::model::{hash_str, BestEpoch, Rng, Schedule, Trainer, Weights};
use serde::{Deserialize, Serialize};

/// Enclitic pronouns as PADT writes them.
const ENCLITICS: &[&str] = &[
    "ه", "ها", "هما", "هم", "هن", "ك", "كما", "كم", "كن", "ي", "نا", "ني",
];

/// The core word of a split token: the last word that is not an enclitic pronoun.
pub fn core_word<S: AsRef<str>>(words: &[S]) -> &str {
    words
        .iter()
        .rev()
        .find(|w| !ENCLITICS.contains(&w.as_ref()))
        .or(words.first())
        .map_or("", |s| s.as_ref())
}

/// One way of splitting a token.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SegClass {
    /// Words taken off the front, in order.
    pub pre: Vec<String>,
    /// Removed from the front of what remains …
    pub strip_start: String,
    /// … and replaced by this.
    pub add_start: String,
    /// Removed from the end of what remains …
    pub strip_end: String,
    /// … and replaced by this.
    pub add_end: String,
    /// Words taken off the back, in order.
    pub post: Vec<String>,
}

impl SegClass {
    /// The class that leaves a token whole.
    pub fn whole() -> Self {
        SegClass {
            pre: vec![],
            strip_start: String::new(),
            add_start: String::new(),
            strip_end: String::new(),
            add_end: String::new(),
            post: vec![],
        }
    }

    /// Splits `surface` this way, if the class applies to it.
    pub fn apply(&self, surface: &str) -> Option<Vec<String>> {
        let middle = self.middle(surface)?;
        let mut words: Vec<String> = self.pre.clone();
        let mut core = String::new();
        self.core_into(middle, &mut core);
        words.push(core);
        words.extend(self.post.iter().cloned());
        Some(words)
    }

    /// What stays of `surface` between the clitics and the edits, if the class applies.
    #[inline]
    fn middle<'a>(&self, surface: &'a str) -> Option<&'a str> {
        let mut rest = surface;
        for p in &self.pre {
            rest = rest.strip_prefix(p.as_str())?;
        }
        for p in self.post.iter().rev() {
            rest = rest.strip_suffix(p.as_str())?;
        }
        let core = rest.strip_prefix(self.strip_start.as_str())?;
        let core = core.strip_suffix(self.strip_end.as_str())?;
        if core.is_empty() && self.add_start.is_empty() && self.add_end.is_empty() {
            return None;
        }
        Some(core)
    }

    /// The core word for a middle, written into `buf`.
    #[inline]
    fn core_into(&self, middle: &str, buf: &mut String) {
        buf.clear();
        buf.push_str(&self.add_start);
        buf.push_str(middle);
        buf.push_str(&self.add_end);
    }

    fn word_count(&self) -> usize {
        self.pre.len() + 1 + self.post.len()
    }

    /// The class that turns `surface` into `words`, if the words spell the surface with the
    /// edits this representation can express.
    pub fn derive(surface: &str, words: &[String]) -> Option<SegClass> {
        if words.is_empty() {
            return None;
        }
        // the core is the last word that is not an enclitic
        let mut core = words.len() - 1;
        while core > 0 && ENCLITICS.contains(&words[core].as_str()) {
            core -= 1;
        }
        let pre: Vec<String> = words[..core].to_vec();
        let post: Vec<String> = words[core + 1..].to_vec();
        let mut rest = surface;
        for p in &pre {
            rest = rest.strip_prefix(p.as_str())?;
        }
        for p in post.iter().rev() {
            rest = rest.strip_suffix(p.as_str())?;
        }
        let target = words[core].as_str();
        let (rc, tc): (Vec<char>, Vec<char>) = (rest.chars().collect(), target.chars().collect());
        let cp = rc.iter().zip(&tc).take_while(|(a, b)| a == b).count();
        let max_cs = rc.len().min(tc.len()) - cp.min(rc.len().min(tc.len()));
        let cs = rc
            .iter()
            .rev()
            .zip(tc.iter().rev())
            .take_while(|(a, b)| a == b)
            .count()
            .min(max_cs);
        let s = |v: &[char]| v.iter().collect::<String>();
        let class = if rc == tc {
            SegClass {
                pre,
                post,
                ..SegClass::whole()
            }
        } else if cp >= cs {
            SegClass {
                pre,
                post,
                strip_start: String::new(),
                add_start: String::new(),
                strip_end: s(&rc[cp..]),
                add_end: s(&tc[cp..]),
            }
        } else {
            SegClass {
                pre,
                post,
                strip_start: s(&rc[..rc.len() - cs]),
                add_start: s(&tc[..tc.len() - cs]),
                strip_end: String::new(),
                add_end: String::new(),
            }
        };
        (class.apply(surface).as_deref() == Some(words)).then_some(class)
    }
}

/// A trained segmenter.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Segmenter {
    classes: Vec<SegClass>,
    /// Syntactic word forms of the training data with their counts.
    vocab: FastMap<String, u32>,
    /// Tokens whose split the class representation cannot express, memorized.
    literal: FastMap<String, Vec<String>>,
    /// Word frequencies in raw news text (is a candidate core attested on its own?).
    raw: FastMap<String, u32>,
    weights: Weights,
    /// Classes by the first and the last letter they need of a token (`None`: any; the
    /// first letter of the first proclitic, the last letter of the last enclitic or of the
    /// ending the class strips).
    #[serde(skip)]
    by_ends: FastMap<(Option<char>, Option<char>), Vec<u16>>,
    /// Identifies these weights in the per-thread type cache (set by `prepare`).
    #[serde(skip)]
    id: u64,
}

fn bucket(count: u32) -> &'static str {
    match count {
        0 => "0",
        1 => "1",
        2..=9 => "2-9",
        10..=99 => "10-99",
        _ => "100+",
    }
}

/// One training or evaluation example: a token in its sentence and its gold words.
#[derive(Debug, Clone)]
pub struct SegExample {
    /// The surfaces of all tokens of the sentence.
    pub sentence: std::sync::Arc<Vec<String>>,
    /// Index of the token.
    pub index: usize,
    /// Gold words.
    pub words: Vec<String>,
}

fn is_arabic_token(s: &str) -> bool {
    s.chars()
        .next()
        .is_some_and(crate::text::chars::is_arabic_letter)
}

/// Token-level features (conjoined with each candidate class by the weights).
fn token_features(sentence: &[String], i: usize, raw: &FastMap<String, u32>, out: &mut Vec<u64>) {
    type_features(sentence[i].as_str(), raw, out);
    context_features(sentence, i, out);
}

/// The token's own features: the same for every occurrence of it.
fn type_features(w: &str, raw: &FastMap<String, u32>, out: &mut Vec<u64>) {
    out.push(feat("tokraw", bucket(raw.get(w).copied().unwrap_or(0))));
    out.push(hash_str("bias"));
    out.push(feat("w", w));
    for k in 1..=4 {
        if let (Some(p), Some(x)) = (prefix(w, k), suffix(w, k)) {
            out.push(feat_k("p", k as u64, p));
            out.push(feat_k("s", k as u64, x));
        }
    }
    out.push(feat_n("len", w.chars().count().min(12) as u64));
}

/// The neighbouring tokens (the only features that are not the same for every occurrence
/// of a token).
fn context_features(sentence: &[String], i: usize, out: &mut Vec<u64>) {
    out.push(feat(
        "pw",
        sentence
            .get(i.wrapping_sub(1))
            .map_or("<s>", |s| s.as_str()),
    ));
    out.push(feat(
        "nw",
        sentence.get(i + 1).map_or("</s>", |s| s.as_str()),
    ));
}

/// How many token types' candidate scores a thread keeps (then the cache starts again).
const TYPE_CACHE_TYPES: usize = 1 << 18;

static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

fn next_id() -> u64 {
    NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// Segmenter id, and token hash → (candidate class, score of its context-free features).
type TypeScores = (u64, FastMap<u64, Box<[(u16, f32)]>>);

thread_local! {
    static TYPE_CACHE: std::cell::RefCell<TypeScores> =
        std::cell::RefCell::new((0, FastMap::default()));
}

impl Segmenter {
    /// Builds the weight tables and the class index after deserialization.
    pub fn prepare(&mut self) {
        self.index_classes();
        self.weights.prepare();
        self.id = next_id();
    }

    fn candidate_features(
        &self,
        core: &str,
        nwords: usize,
        gold: Option<&[String]>,
        out: &mut Vec<u64>,
    ) {
        // leave-one-out: in training, the example's own words do not count as evidence
        let own = gold.map_or(0, |g| {
            g.iter().filter(|w| w.as_str() == core).count() as u32
        });
        let count = self
            .vocab
            .get(core)
            .copied()
            .unwrap_or(0)
            .saturating_sub(own);
        out.push(feat("core", core));
        out.push(feat("corefreq", bucket(count)));
        out.push(feat(
            "corefreqraw",
            bucket(self.raw.get(core).copied().unwrap_or(0)),
        ));
        out.push(feat_n("nwords", nwords as u64));
        out.push(feat_n("corelen", core.chars().count().min(10) as u64));
        if let (Some(x), Some(p)) = (suffix(core, 2), prefix(core, 2)) {
            out.push(feat("cores2", x));
            out.push(feat("corep2", p));
        }
    }

    fn index_classes(&mut self) {
        let mut by_ends: FastMap<(Option<char>, Option<char>), Vec<u16>> = FastMap::default();
        for (i, c) in self.classes.iter().enumerate() {
            let first = c.pre.first().and_then(|p| p.chars().next());
            let last = match c.post.last() {
                Some(p) => p.chars().next_back(),
                None => c.strip_end.chars().next_back(),
            };
            by_ends.entry((first, last)).or_default().push(i as u16);
        }
        self.by_ends = by_ends;
    }

    /// The candidate classes for a surface, as (class index, middle).
    fn candidates<'a>(&self, surface: &'a str, out: &mut Vec<(u16, &'a str)>) {
        out.clear();
        let (first, last) = (surface.chars().next(), surface.chars().next_back());
        if first.is_none() {
            return;
        }
        for key in [(None, None), (None, last), (first, None), (first, last)] {
            for &i in self.by_ends.get(&key).map_or(&[][..], |v| v.as_slice()) {
                if let Some(m) = self.classes[i as usize].middle(surface) {
                    out.push((i, m));
                }
            }
        }
        out.sort_by_key(|c| c.0);
    }

    /// Splits token `i` of a sentence (given as token surfaces) into syntactic words.
    pub fn segment(&self, sentence: &[String], i: usize, feats: &mut Vec<u64>) -> Vec<String> {
        let surface = sentence[i].as_str();
        if !is_arabic_token(surface) {
            return vec![surface.to_string()];
        }
        if let Some(words) = self.literal.get(surface) {
            return words.clone();
        }
        // the candidates and the context-free part of their scores, once per token type;
        // the context features are scored inside, against the cached entry
        let key = hash_str(surface);
        let best: Option<u16> = TYPE_CACHE.with(|c| {
            let mut c = c.borrow_mut();
            if c.0 != self.id || c.1.len() >= TYPE_CACHE_TYPES {
                *c = (self.id, FastMap::default());
            }
            let local = c.1.entry(key).or_insert_with(|| {
                let mut cands = Vec::with_capacity(8);
                self.candidates(surface, &mut cands);
                if cands.len() < 2 {
                    return cands.iter().map(|&(ci, _)| (ci, 0.0)).collect();
                }
                // the token's own features are scored once for all candidates (one row
                // lookup per feature), then each candidate's features continue its sum in
                // the order training used
                feats.clear();
                type_features(surface, &self.raw, feats);
                let ids: Vec<u16> = cands.iter().map(|c| c.0).collect();
                let mut typed = Vec::with_capacity(ids.len());
                self.weights.score_many(feats, &ids, &mut typed);
                let mut core = String::with_capacity(surface.len() + 4);
                cands
                    .iter()
                    .zip(typed)
                    .map(|(&(ci, middle), typed)| {
                        let class = &self.classes[ci as usize];
                        class.core_into(middle, &mut core);
                        feats.clear();
                        self.candidate_features(&core, class.word_count(), None, feats);
                        (ci, self.weights.score_from(typed, feats, ci))
                    })
                    .collect()
            });
            match local.len() {
                0 => None,
                1 => Some(local[0].0),
                _ => {
                    feats.clear();
                    context_features(sentence, i, feats);
                    let mut best = (f32::NEG_INFINITY, local[0].0);
                    for &(ci, l) in local.iter() {
                        let s = l + self.weights.score(feats, ci);
                        if s > best.0 {
                            best = (s, ci);
                        }
                    }
                    Some(best.1)
                }
            }
        });
        let Some(best) = best else {
            return vec![surface.to_string()];
        };
        self.classes[best as usize]
            .apply(surface)
            .unwrap_or_else(|| vec![surface.to_string()])
    }

    /// Trains a segmenter on `train`, keeping the epoch that scores best on `dev` (token
    /// accuracy). Returns the model and the dev accuracy per epoch.
    pub fn train(
        train: &[SegExample],
        dev: &[SegExample],
        raw: FastMap<String, u32>,
        schedule: Schedule,
        seed: u64,
    ) -> (Segmenter, Vec<f64>) {
        let mut classes: Vec<SegClass> = vec![SegClass::whole()];
        let mut index: FastMap<SegClass, usize> = FastMap::default();
        index.insert(SegClass::whole(), 0);
        let mut vocab: FastMap<String, u32> = FastMap::default();
        let mut literal_counts: FastMap<String, FastMap<Vec<String>, u32>> = FastMap::default();
        let mut gold: Vec<Option<usize>> = Vec::with_capacity(train.len());
        for ex in train {
            for w in &ex.words {
                *vocab.entry(w.clone()).or_default() += 1;
            }
            let surface = &ex.sentence[ex.index];
            match SegClass::derive(surface, &ex.words) {
                Some(c) => {
                    let n = classes.len();
                    let id = *index.entry(c.clone()).or_insert_with(|| {
                        classes.push(c);
                        n
                    });
                    gold.push(Some(id));
                }
                None => {
                    *literal_counts
                        .entry(surface.clone())
                        .or_default()
                        .entry(ex.words.clone())
                        .or_default() += 1;
                    gold.push(None);
                }
            }
        }
        let literal = literal_counts
            .into_iter()
            .filter_map(|(s, m)| {
                m.into_iter()
                    .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
                    .map(|(w, _)| (s, w))
            })
            .collect();
        let mut model = Segmenter {
            classes,
            vocab,
            literal,
            raw,
            weights: Weights::default(),
            by_ends: FastMap::default(),
            id: next_id(),
        };
        model.index_classes();
        let mut trainer = Trainer::new();
        let mut order: Vec<usize> = (0..train.len()).collect();
        let mut rng = Rng::new(seed);
        let mut feats = Vec::new();
        let mut stop = BestEpoch::new(schedule.keep_best);
        for _ in 0..schedule.epochs {
            rng.shuffle(&mut order);
            for &k in &order {
                let ex = &train[k];
                let Some(g) = gold[k] else { continue };
                let surface = ex.sentence[ex.index].as_str();
                if !is_arabic_token(surface) {
                    continue;
                }
                let mut cands = Vec::new();
                model.candidates(surface, &mut cands);
                if cands.len() <= 1 {
                    continue;
                }
                feats.clear();
                token_features(&ex.sentence, ex.index, &model.raw, &mut feats);
                let base = feats.len();
                let mut scored = Vec::with_capacity(cands.len());
                let mut core = String::new();
                for &(ci, middle) in &cands {
                    let class = &model.classes[ci as usize];
                    class.core_into(middle, &mut core);
                    feats.truncate(base);
                    model.candidate_features(
                        &core,
                        class.word_count(),
                        Some(&ex.words),
                        &mut feats,
                    );
                    scored.push((trainer.score(&feats, ci), ci as usize, feats.clone()));
                }
                let mut pred = 0;
                for (k, x) in scored.iter().enumerate() {
                    if x.0 > scored[pred].0 {
                        pred = k;
                    }
                }
                let (_, pci, pf) = &scored[pred];
                match scored.iter().find(|x| x.1 == g) {
                    Some((_, _, gf)) => trainer.update_with((gf, g as u16), (pf, *pci as u16)),
                    None => trainer.clock += 1,
                }
            }
            model.weights = trainer.averaged();
            // new weights: the type cache must not serve the previous epoch's scores
            model.id = next_id();
            stop.observe(model.accuracy(dev), &model.weights);
        }
        let (best, history) = stop.finish();
        if let Some(w) = best {
            model.weights = w;
            model.id = next_id();
        }
        (model, history)
    }

    /// Share of examples whose words are all right.
    pub fn accuracy(&self, examples: &[SegExample]) -> f64 {
        if examples.is_empty() {
            return 0.0;
        }
        let mut feats = Vec::new();
        let ok = examples
            .iter()
            .filter(|ex| self.segment(&ex.sentence, ex.index, &mut feats) == ex.words)
            .count();
        ok as f64 / examples.len() as f64
    }

    /// Number of classes and of non-zero weights.
    pub fn size(&self) -> (usize, usize) {
        (self.classes.len(), self.weights.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn derive_and_apply_padt_splits() {
        for (surface, words) in [
            ("للحكومة", w(&["ل", "الحكومة"])),
            ("وللحكومة", w(&["و", "ل", "الحكومة"])),
            ("شقيقته", w(&["شقيقة", "ه"])),
            ("عليه", w(&["علي", "ه"])),
            ("وسيواصل", w(&["و", "س", "يواصل"])),
            ("وتداعياتها", w(&["و", "تداعيات", "ها"])),
            ("كتاب", w(&["كتاب"])),
        ] {
            let c = SegClass::derive(surface, &words).unwrap_or_else(|| panic!("{surface}"));
            assert_eq!(c.apply(surface), Some(words.clone()), "{surface}");
        }
        let c = SegClass::derive("للحكومة", &w(&["ل", "الحكومة"])).unwrap();
        // the same class splits another token the same way
        assert_eq!(c.apply("للشعب"), Some(w(&["ل", "الشعب"])));
        assert_eq!(c.apply("كتاب"), None);
    }
}
