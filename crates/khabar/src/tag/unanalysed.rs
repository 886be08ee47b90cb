//! Which tokens the treebank left unanalysed. PADT marks every word of a token its
//! morphological analyser did not know with UPOS `X` and XPOS `U---------` (the clitics
//! too: `و` of `وانتهاكات` is `X` there), so this is one decision per token, not per word.
//! An averaged perceptron makes it left to right, before tagging; the tagger then gives the
//! words of an unanalysed token the unanalysed tag and never gives it to the others.

use super::tagger::{type_features, Freq, TagInput};
use crate::model::features::{feat, feat_n, FastMap};
use crate::model::{hash_str, mix, Rng, Trainer, Weights};
use serde::{Deserialize, Serialize};

/// The class of an analysed token.
const ANALYSED: u16 = 0;
/// The class of an unanalysed token.
const UNANALYSED: u16 = 1;
const CLASSES: [u16; 2] = [ANALYSED, UNANALYSED];

/// The trained decision.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Unanalysed {
    weights: Weights,
    /// Hashes of the core words that are surely analysed (seen at least [`SURE_COUNT`]
    /// times, unanalysed at most once in a hundred), sorted: their tokens are not scored.
    sure: Vec<u64>,
    /// Identifies these weights in the per-thread score cache (set by `prepare`).
    #[serde(skip)]
    id: u64,
}

/// A core word seen this often …
const SURE_COUNT: u32 = 30;
/// … and unanalysed at most once in this many times is surely analysed.
const SURE_RATIO: u32 = 100;

/// The word ranges `start..end` of a sentence's tokens, read from each word's place in its
/// token (`part`, `of`).
pub fn token_ranges(words: &[TagInput<'_>]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let n = if words[i].part <= 1 {
            usize::from(words[i].of.max(1))
        } else {
            1
        };
        let end = (i + n).min(words.len());
        out.push((i, end));
        i = end;
    }
    out
}

/// The index of the core word of the token `range` (the word its `core` names; the first
/// word if none does).
fn core_index(words: &[TagInput<'_>], (a, b): (usize, usize)) -> usize {
    (a..b)
        .rev()
        .find(|&j| words[j].form == words[j].core)
        .unwrap_or(a)
}

/// The key of a token in the score cache: its words and their places.
fn token_key(words: &[TagInput<'_>], (a, b): (usize, usize)) -> u64 {
    words[a..b].iter().fold(hash_str("tok"), |h, w| {
        mix(
            mix(h, hash_str(w.form)),
            u64::from(w.part) << 8 | u64::from(w.of),
        )
    })
}

/// Features of the token itself: the type features of its core word, the whole token, and
/// its clitics around the core (`و+_+ها`). Returns how many of them, first, are the core
/// word's type features.
fn token_features(
    words: &[TagInput<'_>],
    range: (usize, usize),
    freq: &Freq,
    out: &mut Vec<u64>,
) -> usize {
    let core = core_index(words, range);
    let start = out.len();
    type_features(&words[core], freq, out);
    let typed = out.len() - start;
    let (a, b) = range;
    if b - a > 1 {
        let mut whole = String::new();
        let mut shape = String::new();
        for (j, word) in words.iter().enumerate().take(b).skip(a) {
            if j > a {
                whole.push('+');
                shape.push('+');
            }
            whole.push_str(word.form);
            shape.push_str(if j == core { "_" } else { word.form });
        }
        out.push(feat("tok", &whole));
        out.push(feat("shape", &shape));
    }
    typed
}

/// Features of the token's neighbourhood: the previous decision and the neighbours' core
/// words.
fn context_features(
    words: &[TagInput<'_>],
    ranges: &[(usize, usize)],
    k: usize,
    prev_unanalysed: bool,
    out: &mut Vec<u64>,
) {
    let core_form = |k: Option<usize>, edge: &'static str| {
        k.and_then(|k| ranges.get(k))
            .map_or(edge, |&r| words[core_index(words, r)].form)
    };
    out.push(feat_n("prev", u64::from(prev_unanalysed)));
    out.push(feat("c-1", core_form(k.checked_sub(1), "<s>")));
    out.push(feat("c+1", core_form(Some(k + 1), "</s>")));
}

/// How many tokens' scores a thread keeps (then the cache starts again).
const CACHE_TOKENS: usize = 1 << 18;

thread_local! {
    /// Weights id, and token key → the token features' scores of the two classes.
    static CACHE: std::cell::RefCell<(u64, FastMap<u64, [f32; 2]>)> =
        std::cell::RefCell::new((0, FastMap::default()));
}

impl Unanalysed {
    /// Builds the weight tables after deserialization.
    pub fn prepare(&mut self) {
        self.weights.prepare();
        self.id = super::tagger::next_id();
    }

    /// Is the model empty (trained on data without unanalysed tokens)?
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    /// Is the core word of token `range` surely analysed (no need to score it)?
    fn is_sure(&self, words: &[TagInput<'_>], range: (usize, usize)) -> bool {
        let core = words[core_index(words, range)].form;
        self.sure.binary_search(&hash_str(core)).is_ok()
    }

    /// For each word of a sentence: does its token stay unanalysed? `core_features` is
    /// given the index and the type features of each core word this decision computed (the
    /// tagger scores them too, so they are built once).
    pub(super) fn decide(
        &self,
        words: &[TagInput<'_>],
        freq: &Freq,
        mut core_features: impl FnMut(usize, &[u64]),
    ) -> Vec<bool> {
        let mut out = vec![false; words.len()];
        if self.is_empty() {
            return out;
        }
        let ranges = token_ranges(words);
        let mut feats = Vec::with_capacity(48);
        let mut scores = Vec::with_capacity(2);
        let mut prev = false;
        for (k, &range) in ranges.iter().enumerate() {
            if self.is_sure(words, range) {
                prev = false;
                continue;
            }
            let own = CACHE.with(|c| {
                let mut c = c.borrow_mut();
                if c.0 != self.id || c.1.len() >= CACHE_TOKENS {
                    *c = (self.id, FastMap::default());
                }
                *c.1.entry(token_key(words, range)).or_insert_with(|| {
                    feats.clear();
                    let typed = token_features(words, range, freq, &mut feats);
                    core_features(core_index(words, range), &feats[..typed]);
                    self.weights.score_many(&feats, &CLASSES, &mut scores);
                    [scores[0], scores[1]]
                })
            });
            feats.clear();
            context_features(words, &ranges, k, prev, &mut feats);
            self.weights.score_many(&feats, &CLASSES, &mut scores);
            prev = own[1] + scores[1] > own[0] + scores[0];
            if prev {
                out[range.0..range.1].fill(true);
            }
        }
        out
    }

    /// Trains on sentences whose words say whether their token is unanalysed (`gold`, one
    /// flag per word), for `epochs` passes; `freq` leaves each word's own occurrence out.
    pub(super) fn train(
        data: &[(&[TagInput<'_>], &[bool])],
        freq: &Freq,
        epochs: usize,
        seed: u64,
    ) -> Unanalysed {
        let mut counts: FastMap<&str, (u32, u32)> = FastMap::default();
        for (words, gold) in data {
            for range in token_ranges(words) {
                let c = counts
                    .entry(words[core_index(words, range)].form)
                    .or_default();
                c.0 += 1;
                c.1 += u32::from(gold[range.0]);
            }
        }
        let mut sure: Vec<u64> = counts
            .iter()
            .filter(|(_, &(n, u))| n >= SURE_COUNT && u * SURE_RATIO <= n)
            .map(|(w, _)| hash_str(w))
            .collect();
        sure.sort_unstable();
        sure.dedup();
        let mut model = Unanalysed {
            weights: Weights::default(),
            sure,
            id: 0,
        };
        let mut trainer = Trainer::new();
        let mut order: Vec<usize> = (0..data.len()).collect();
        let mut rng = Rng::new(seed ^ 0x5555);
        let mut feats = Vec::new();
        let ranges: Vec<Vec<(usize, usize)>> = data.iter().map(|d| token_ranges(d.0)).collect();
        for _ in 0..epochs {
            rng.shuffle(&mut order);
            for &s in &order {
                let (words, gold) = &data[s];
                let mut prev = false;
                for (k, &range) in ranges[s].iter().enumerate() {
                    if model.is_sure(words, range) {
                        prev = false;
                        continue;
                    }
                    feats.clear();
                    token_features(words, range, freq, &mut feats);
                    context_features(words, &ranges[s], k, prev, &mut feats);
                    let g = if gold[range.0] { UNANALYSED } else { ANALYSED };
                    let p = CLASSES[trainer.best(&feats, &CLASSES)];
                    trainer.update(&feats, g, p);
                    prev = p == UNANALYSED;
                }
            }
        }
        model.weights = trainer.averaged();
        model.prepare();
        model
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w<'a>(form: &'a str, part: u8, of: u8, core: &'a str) -> TagInput<'a> {
        TagInput {
            form,
            part,
            of,
            core,
        }
    }

    #[test]
    fn tokens_are_read_from_the_places_of_their_words() {
        let words = [
            w("و", 1, 2, "انتهاكات"),
            w("انتهاكات", 2, 2, "انتهاكات"),
            w("في", 0, 1, "في"),
            w("ل", 1, 3, "حكومة"),
            w("حكومة", 2, 3, "حكومة"),
            w("ها", 3, 3, "حكومة"),
        ];
        assert_eq!(token_ranges(&words), [(0, 2), (2, 3), (3, 6)]);
        assert_eq!(core_index(&words, (3, 6)), 4);
        assert_eq!(core_index(&words, (0, 2)), 1);
        assert!(token_ranges(&[]).is_empty());
    }

    /// A sentence of (token words, tag of each word).
    fn sentence<'a>(tokens: &[(&[&'a str], &[&str])]) -> (Vec<TagInput<'a>>, Vec<String>) {
        let mut words = Vec::new();
        let mut tags = Vec::new();
        for (forms, t) in tokens {
            let of = forms.len() as u8;
            let core = forms[forms.len() - 1];
            for (i, f) in forms.iter().enumerate() {
                let part = if of == 1 { 0 } else { i as u8 + 1 };
                words.push(w(f, part, of, core));
                tags.push(t[i].to_string());
            }
        }
        (words, tags)
    }

    #[test]
    fn an_unanalysed_token_has_the_tag_on_all_its_words_and_no_other_token_has_it() {
        const U: &str = "X\tU---------\t_";
        const CONJ: &str = "CCONJ\tC---------\t_";
        const NOUN: &str = "NOUN\tN------S1I\tCase=Nom";
        const VERB: &str = "VERB\tVP-A-3MS--\t_";
        let mut train = Vec::new();
        for (name, unanalysed) in [
            ("تسوبيل", true),
            ("كونيكتيكت", true),
            ("ماهاشترا", true),
            ("بيت", false),
            ("كتاب", false),
            ("قلم", false),
        ] {
            for _ in 0..5 {
                let tags: &[&str] = if unanalysed { &[U, U] } else { &[CONJ, NOUN] };
                train.push(sentence(&[
                    (&["قال"], &[VERB]),
                    (&["و", name], tags),
                    (&["و", "بيت"], &[CONJ, NOUN]),
                ]));
            }
        }
        let schedule = crate::model::Schedule {
            epochs: 5,
            keep_best: false,
        };
        let (tagger, _) = super::super::tagger::Tagger::train(
            &train,
            &[],
            FastMap::default(),
            FastMap::default(),
            Default::default(),
            schedule,
            1,
        );
        let (words, _) = sentence(&[
            (&["قال"], &[VERB]),
            (&["و", "تسوبيل"], &[U, U]),
            (&["و", "بيت"], &[CONJ, NOUN]),
            (&["و", "ماهاشترا"], &[U, U]),
        ]);
        assert_eq!(
            tagger.tag(&words),
            [VERB, U, U, CONJ, NOUN, U, U],
            "the conjunction of an unanalysed token is unanalysed too"
        );
        // whatever the words, a token's words are all unanalysed or none is
        let (words, _) = sentence(&[
            (&["و", "بيتسوبيل"], &[U, U]),
            (&["ب", "كتاب", "ه"], &[U, U, U]),
            (&["كونيكتيكتي"], &[U]),
        ]);
        let tags = tagger.tag(&words);
        for (a, b) in token_ranges(&words) {
            let n = tags[a..b].iter().filter(|t| **t == U).count();
            assert!(n == 0 || n == b - a, "{:?}", &tags[a..b]);
        }
    }
}
