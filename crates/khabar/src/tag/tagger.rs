//! Part-of-speech and morphological features: one averaged-perceptron decision per syntactic
//! word, left to right, choosing a combined tag `UPOS \t XPOS \t FEATS` among the tags the
//! word (or, for an unknown word, its suffix) had in the training data. Which tokens stay
//! unanalysed (PADT's `X`, `U---------`) is decided first, per token ([`super::unanalysed`]).

use super::unanalysed::Unanalysed;
use crate::model::clusters::Clusters;
use crate::model::features::{feat, feat2, feat_hn, feat_k, feat_n, prefix, suffix, FastMap};
use crate::model::{hash_str, mix, BestEpoch, Rng, Schedule, Trainer, Weights};
use serde::{Deserialize, Serialize};

/// A syntactic word to tag, with where it sits in its token (borrowed from the words of
/// the segmentation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TagInput<'a> {
    /// The word form.
    pub form: &'a str,
    /// 0 for a whole token, else 1 + the word's position inside a multiword token.
    pub part: u8,
    /// Number of words in its token.
    pub of: u8,
    /// The core word of its token (the last word that is not an enclitic pronoun).
    pub core: &'a str,
}

fn freq_bucket(count: u32) -> &'static str {
    match count {
        0 => "0",
        1 => "1",
        2..=4 => "2-4",
        5..=19 => "5-19",
        _ => "20+",
    }
}

/// A trained tagger.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Tagger {
    tags: Vec<String>,
    form_tags: FastMap<String, Vec<u16>>,
    suffix_tags: FastMap<u64, Vec<u16>>,
    open_tags: Vec<u16>,
    /// Word form counts in the training data.
    form_freq: FastMap<String, u32>,
    /// Word counts by spelling-insensitive key.
    norm_freq: FastMap<String, u32>,
    /// Word frequencies in raw news text (is the standard spelling the usual one?).
    raw: FastMap<String, u32>,
    /// Word classes of a morphological lexicon (alef-folded, undiacritized forms →
    /// [`LEX_PROPN`] | [`LEX_PERFECT`] | [`LEX_IMPERFECT`] | [`LEX_ADJ`] bits).
    lexicon: FastMap<String, u8>,
    /// Word clusters learned from raw news text (how a word unseen in the treebank is used).
    clusters: Clusters,
    weights: Weights,
    /// Which tokens stay unanalysed (decided before tagging).
    unanalysed: Unanalysed,
    /// Identifies this tagger in the per-thread type cache (set by `prepare`).
    #[serde(skip)]
    id: u64,
    /// Each tag split into UPOS, XPOS and FEATS, shared by every word that gets it (set by
    /// `prepare`).
    #[serde(skip)]
    parts: Vec<TagParts>,
    /// Each tag's hash in features (set by `prepare`).
    #[serde(skip)]
    tag_hashes: Vec<u64>,
    /// The tags whose UPOS is `PUNCT`: the candidates of an unknown punctuation token
    /// (curly quotes, dashes, ellipses the treebank never wrote) (set by `prepare`).
    #[serde(skip)]
    punct_tags: Vec<u16>,
    /// The tag of the words of an unanalysed token (set by `prepare`).
    #[serde(skip)]
    unanalysed_tag: Option<u16>,
}

/// The ids of the tags whose UPOS is `PUNCT`.
fn punctuation_tags(tags: &[String]) -> Vec<u16> {
    (0..tags.len())
        .filter(|&i| tags[i].split('\t').next() == Some("PUNCT"))
        .map(|i| i as u16)
        .collect()
}

/// The XPOS of the words of a token the treebank's analyser did not know.
pub const UNANALYSED_XPOS: &str = "U---------";

/// Is `tag` (`UPOS\tXPOS\tFEATS`) that of a word of an unanalysed token?
fn is_unanalysed(tag: &str) -> bool {
    tag.split('\t').nth(1) == Some(UNANALYSED_XPOS)
}

/// The id of the tag of an unanalysed token's words (`X`, [`UNANALYSED_XPOS`], no features).
fn unanalysed_tag(tags: &[String]) -> Option<u16> {
    (0..tags.len())
        .find(|&i| is_unanalysed(&tags[i]) && tags[i].ends_with("\t_"))
        .or_else(|| (0..tags.len()).find(|&i| is_unanalysed(&tags[i])))
        .map(|i| i as u16)
}

/// Is `form` made only of punctuation marks?
fn is_punctuation_form(form: &str) -> bool {
    !form.is_empty() && form.chars().all(crate::text::chars::is_punctuation)
}

/// UPOS, XPOS and FEATS of one tag, shared (no per-word copies).
pub type TagParts = [std::sync::Arc<str>; 3];

fn split_tag(tag: &str) -> TagParts {
    let mut p = tag.split('\t');
    let mut next = |d: &str| std::sync::Arc::from(p.next().unwrap_or(d));
    let upos = next("X");
    let xpos = next("_");
    let feats = next("_");
    [upos, xpos, feats]
}

const MAX_SUFFIX: usize = 3;
/// A word seen fewer times than this in the training data takes the candidates of an
/// unknown word besides the tags it was seen with (chosen by cross-validation: 0 → XPOS
/// 79.87, AllTags 79.48, UPOS 91.09; 5 → 81.63, 81.24, 90.95; 10 → 82.09, 81.72, 91.00; 20 →
/// 82.15, 81.78, 91.02; 100 → 82.26, 81.88, 91.04; 10 taken: every word below it is scored
/// over some 60 tags).
const RARE_FORM_COUNT: u32 = 10;
/// How many analysed word forms of the training data must end in a suffix for it to choose
/// an unknown word's candidate tags (chosen by cross-validation: 0 → UPOS 88.81, AllTags
/// 75.75; 5 → 89.83, 77.83; 40 → 90.88, 79.33; 200 → 91.09, 79.48; no suffix at all → 91.06,
/// 79.07).
const MIN_SUFFIX_FORMS: usize = 200;
/// A word seen at least this often …
const NEAR_SURE_COUNT: u32 = 30;
/// … with one tag at least this share of the time keeps only that tag.
const NEAR_SURE_SHARE: f64 = 0.99;

fn suffix_key(form: &str, k: usize) -> Option<u64> {
    let chars = form.chars().count();
    (chars > k).then(|| feat_k("sfx", k as u64, suffix(form, k).unwrap_or("")))
}

/// Frequencies seen by the feature function: in training, the current sentence's own words
/// are left out (so a word seen once looks unknown, as at test time).
pub(super) struct Freq<'a> {
    counts: &'a FastMap<String, u32>,
    /// Counts by spelling-normalized form (hamza, alef maksura folded).
    norm_counts: &'a FastMap<String, u32>,
    /// Raw-text frequencies.
    raw: &'a FastMap<String, u32>,
    /// Lexicon word classes.
    lexicon: &'a FastMap<String, u8>,
    /// Word clusters.
    clusters: &'a Clusters,
    leave_out: bool,
}

/// Cluster-path prefix lengths used as features of the word itself (12 is the whole path
/// of the default clusters).
const CLUSTER_PREFIXES_OWN: [u32; 4] = [4, 6, 8, 12];
/// Cluster-path prefix lengths used as features of the neighbouring words.
const CLUSTER_PREFIXES: [u32; 3] = [4, 8, 12];

/// Lexicon class: a proper noun.
pub const LEX_PROPN: u8 = 1;
/// Lexicon class: a perfective verb stem.
pub const LEX_PERFECT: u8 = 2;
/// Lexicon class: an imperfective verb stem.
pub const LEX_IMPERFECT: u8 = 4;
/// Lexicon class: an adjective stem.
pub const LEX_ADJ: u8 = 8;

/// The class bits of a lexicon line's class letters (`N` proper noun, `P` perfective stem,
/// `I` imperfective stem, `A` adjective stem); no letters means a proper noun (the older
/// one-form-per-line lists).
pub fn lexicon_class_bits(letters: &str) -> u8 {
    let bits = letters.chars().fold(0, |b, c| {
        b | match c {
            'N' => LEX_PROPN,
            'P' => LEX_PERFECT,
            'I' => LEX_IMPERFECT,
            'A' => LEX_ADJ,
            _ => 0,
        }
    });
    if letters.trim().is_empty() {
        LEX_PROPN
    } else {
        bits
    }
}

/// Endings of an adjective after its stem (gender, number, the accusative alef).
const ADJ_ENDINGS: [&str; 8] = ["ة", "ات", "ون", "ين", "ان", "تان", "تين", "ا"];
/// Subject suffixes of a perfective verb.
const PERFECT_ENDINGS: [&str; 9] = ["ت", "تا", "وا", "نا", "تم", "تن", "ن", "ا", "تما"];
/// Subject suffixes of an imperfective verb (after its person prefix).
const IMPERFECT_ENDINGS: [&str; 6] = ["ون", "ان", "ين", "وا", "ن", "ا"];

/// A word with every alef form folded to bare alef (the lexicon's spelling).
fn alef_folded(w: &str) -> String {
    w.chars()
        .map(|c| {
            if matches!(c, 'أ' | 'إ' | 'آ' | 'ٱ') {
                'ا'
            } else {
                c
            }
        })
        .collect()
}

/// The classes the lexicon allows a word (a syntactic word: clitics already split off):
/// a proper noun or an adjective stem (article off, an adjective also with its ending), a
/// perfective verb stem with or without a subject suffix, an imperfective stem between a
/// person prefix and an optional suffix. Stems of fewer than two letters never match.
fn lexicon_classes(lexicon: &FastMap<String, u8>, w: &str) -> u8 {
    let key = alef_folded(w);
    let get = |stem: Option<&str>| {
        stem.filter(|s| s.chars().count() >= 2)
            .and_then(|s| lexicon.get(s))
            .copied()
            .unwrap_or(0)
    };
    let base = key
        .strip_prefix("ال")
        .filter(|r| r.chars().count() >= 2)
        .unwrap_or(&key);
    let mut bits = get(Some(base)) & (LEX_PROPN | LEX_ADJ);
    for e in ADJ_ENDINGS {
        bits |= get(base.strip_suffix(e)) & LEX_ADJ;
    }
    bits |= get(Some(&key)) & LEX_PERFECT;
    for e in PERFECT_ENDINGS {
        bits |= get(key.strip_suffix(e)) & LEX_PERFECT;
    }
    if let Some(rest) = key.strip_prefix(['ي', 'ت', 'ن', 'ا']) {
        bits |= get(Some(rest)) & LEX_IMPERFECT;
        for e in IMPERFECT_ENDINGS {
            bits |= get(rest.strip_suffix(e)) & LEX_IMPERFECT;
        }
    }
    bits
}

/// Standard spellings a word may have lost: a hamza on an initial alef (also after the
/// article), yeh written as alef maksura at the end.
fn standard_variants(w: &str) -> Vec<String> {
    let mut v = Vec::new();
    let (art, rest) = match w.strip_prefix("ال") {
        Some(r) => ("ال", r),
        None => ("", w),
    };
    if let Some(r) = rest.strip_prefix('ا') {
        v.push(format!("{art}أ{r}"));
        v.push(format!("{art}إ{r}"));
    }
    if let Some(r) = w.strip_suffix('ى') {
        v.push(format!("{r}ي"));
    }
    v
}

/// The spelling-insensitive key of a word: hamzated alefs, alef maksura and teh marbuta
/// folded, diacritics removed.
fn spelling_key(w: &str) -> String {
    w.chars()
        .filter(|&c| !crate::text::chars::is_arabic_mark(c))
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            'ؤ' | 'ئ' => 'ء',
            _ => c,
        })
        .collect()
}

impl Freq<'_> {
    fn of(&self, form: &str) -> u32 {
        self.counts
            .get(form)
            .copied()
            .unwrap_or(0)
            .saturating_sub(u32::from(self.leave_out))
    }
}

/// All the features of word `i`: those of its word type ([`type_features`]) and those of
/// its context ([`context_features`]); `prev` and `prev2` are the hashes of the previous
/// tags ([`tag_hash`]).
fn features(
    words: &[TagInput<'_>],
    ctx: &Context,
    i: usize,
    prev: u64,
    prev2: u64,
    freq: &Freq,
    out: &mut Vec<u64>,
) {
    // the order of the features is the order training has always used (the scores'
    // float sums, and so the trained model, depend on it)
    out.clear();
    type_head(&words[i], out);
    context_main(ctx, i, prev, prev2, out);
    type_rest(&words[i], freq, out);
    context_tail(ctx, i, out);
}

/// Features of the neighbouring words and the previous tags (appended to `out`).
fn context_features(ctx: &Context, i: usize, prev: u64, prev2: u64, out: &mut Vec<u64>) {
    context_main(ctx, i, prev, prev2, out);
    context_tail(ctx, i, out);
}

/// What the context features read of a sentence, hashed once per sentence: each word's
/// form and last two letters, and its cluster path (looked up when first needed).
struct Context {
    /// `hash_str` of each word's form.
    word: Vec<u64>,
    /// `hash_str` of each word's last two characters (`None` for a shorter word).
    s2: Vec<Option<u64>>,
    /// Each word's cluster path: 0 for none, [`PATH_UNKNOWN`] while not looked up.
    paths: Vec<u32>,
}

/// `hash_str` of the sentence edges as words, and of the last two characters of `</s>`.
const BOS: u64 = hash_str("<s>");
const EOS: u64 = hash_str("</s>");
const EOS_S2: u64 = hash_str("s>");

impl Context {
    fn new(words: &[TagInput<'_>]) -> Context {
        Context {
            word: words.iter().map(|w| hash_str(w.form)).collect(),
            s2: words
                .iter()
                .map(|w| suffix(w.form, 2).map(hash_str))
                .collect(),
            paths: vec![PATH_UNKNOWN; words.len()],
        }
    }

    /// The same with every cluster path looked up.
    fn with_paths(words: &[TagInput<'_>], clusters: &Clusters) -> Context {
        let mut c = Context::new(words);
        c.paths = cluster_paths(clusters, words);
        c
    }

    /// The hash of the form of the word `k` places from `i` (the edges beyond).
    #[inline]
    fn word_at(&self, i: usize, k: isize) -> u64 {
        let j = i as isize + k;
        if j < 0 {
            BOS
        } else {
            self.word.get(j as usize).copied().unwrap_or(EOS)
        }
    }
}

/// The hash a tag (its `UPOS\tXPOS\tFEATS` string) has in features; `<s>` before the
/// first word.
fn tag_hash(tag: &str) -> u64 {
    hash_str(tag)
}

/// The cluster path of a word or, failing that, of its stem after the article (`buf` is
/// scratch space for the folded form).
fn cluster_path(clusters: &Clusters, form: &str, buf: &mut String) -> Option<u32> {
    buf.clear();
    crate::text::fold::fold_into(form, buf);
    clusters
        .path(buf)
        .or_else(|| buf.strip_prefix("ال").and_then(|stem| clusters.path(stem)))
}

/// Each word's cluster path, 0 for none.
fn cluster_paths(clusters: &Clusters, words: &[TagInput<'_>]) -> Vec<u32> {
    let mut buf = String::new();
    words
        .iter()
        .map(|w| cluster_path(clusters, w.form, &mut buf).unwrap_or(0))
        .collect()
}

/// Not looked up yet (in [`Tagger::tag_ids`], which looks up only the neighbours of words
/// that need scoring).
const PATH_UNKNOWN: u32 = u32::MAX;

const H_W1S2: u64 = hash_str("w+1s2");
const H_WM1: u64 = hash_str("w-1");
const H_WP1: u64 = hash_str("w+1");
const H_WM2: u64 = hash_str("w-2");
const H_WP2: u64 = hash_str("w+2");
const H_T1: u64 = hash_str("t-1");
const H_T2T1: u64 = hash_str("t-2t-1");
const H_T1W: u64 = hash_str("t-1w");
const H_NCLU_M1: u64 = hash_str("nclu-1");
const H_NCLU_P1: u64 = hash_str("nclu+1");

fn context_tail(ctx: &Context, i: usize, out: &mut Vec<u64>) {
    // feat("w+1s2", last two letters of the next word or of `</s>`)
    let next_s2 = if i + 1 < ctx.s2.len() {
        ctx.s2[i + 1]
    } else {
        Some(EOS_S2)
    };
    if let Some(x) = next_s2 {
        out.push(mix(H_W1S2, x));
    }
    // the clusters of the previous and the next word (a sentence edge has none)
    for (name, j) in [(H_NCLU_M1, i.checked_sub(1)), (H_NCLU_P1, Some(i + 1))] {
        match j
            .and_then(|j| ctx.paths.get(j))
            .copied()
            .filter(|&p| p != 0)
        {
            Some(p) => {
                for len in CLUSTER_PREFIXES {
                    out.push(feat_hn(name, u64::from(Clusters::prefix(p, len))));
                }
            }
            None => out.push(feat_hn(name, 0)),
        }
    }
}

/// The neighbouring words and the previous tags, as `feat`/`feat2` would hash them from
/// their strings.
fn context_main(ctx: &Context, i: usize, prev: u64, prev2: u64, out: &mut Vec<u64>) {
    out.push(mix(H_WM1, ctx.word_at(i, -1)));
    out.push(mix(H_WP1, ctx.word_at(i, 1)));
    out.push(mix(H_WM2, ctx.word_at(i, -2)));
    out.push(mix(H_WP2, ctx.word_at(i, 2)));
    out.push(mix(H_T1, prev));
    out.push(mix(mix(H_T2T1, prev2), prev));
    out.push(mix(mix(H_T1W, prev), ctx.word[i]));
}

/// Features that depend only on the word itself (its form, its place in its token, the
/// token's core, frequencies): the same for every occurrence of the word type, so their
/// scores are cached (appended to `out`).
pub(super) fn type_features(word: &TagInput<'_>, freq: &Freq, out: &mut Vec<u64>) {
    type_head(word, out);
    type_rest(word, freq, out);
}

fn type_head(word: &TagInput<'_>, out: &mut Vec<u64>) {
    out.push(hash_str("bias"));
    out.push(feat("w", word.form));
}

fn type_rest(word: &TagInput<'_>, freq: &Freq, out: &mut Vec<u64>) {
    let w = word.form;
    let part = (word.part as u64) << 8 | word.of as u64;
    out.push(feat_n("part", part));
    let wf = freq.of(w);
    out.push(feat("wf", freq_bucket(wf)));
    // written differently from how the training data spells the same word (الاخيرة for
    // الأخيرة, التى for التي): the treebank leaves such tokens unanalysed
    let nf = freq
        .norm_counts
        .get(&spelling_key(w))
        .copied()
        .unwrap_or(0)
        .saturating_sub(u32::from(freq.leave_out));
    if nf > wf {
        out.push(feat2("variant", freq_bucket(wf), freq_bucket(nf - wf)));
    }
    if wf <= 1 {
        let own = freq.raw.get(w).copied().unwrap_or(0);
        let best = standard_variants(w)
            .iter()
            .map(|v| freq.raw.get(v).copied().unwrap_or(0))
            .max()
            .unwrap_or(0);
        if best > own {
            out.push(feat(
                "rawvariant",
                if best > 4 * own.max(1) {
                    "much"
                } else {
                    "more"
                },
            ));
        }
        out.push(feat("rawfreq", freq_bucket(own / 4)));
    }
    if wf <= 4 && !freq.lexicon.is_empty() {
        // rare and unknown words: what a morphological lexicon says they can be
        let classes = lexicon_classes(freq.lexicon, w);
        if classes & LEX_PROPN != 0 {
            out.push(feat("propn", freq_bucket(wf)));
        }
        if classes & !LEX_PROPN != 0 {
            out.push(feat_k(
                "lexcls",
                u64::from(classes & !LEX_PROPN),
                freq_bucket(wf),
            ));
        }
    }
    if wf <= 1 {
        // rare and unknown words: letter trigrams tell foreign names from Arabic patterns
        let b: Vec<(usize, char)> = w.char_indices().collect();
        for k in 0..=b.len() {
            let from = if k >= 2 { b[k - 2].0 } else { 0 };
            let to = b.get(k + 1).map_or(w.len(), |x| x.0);
            let slice = &w[from..to];
            out.push(feat_k(
                "c3",
                u64::from(k < 2) | (u64::from(k + 1 > b.len()) << 1),
                slice,
            ));
        }
    }
    if !freq.clusters.is_empty() {
        // the cluster of the word, or of its stem when the article is on it
        match cluster_path(freq.clusters, w, &mut String::new()) {
            Some(p) => {
                let bits = 31 - p.leading_zeros();
                for len in CLUSTER_PREFIXES_OWN.into_iter().filter(|&l| l <= bits) {
                    out.push(feat_n("clu", u64::from(Clusters::prefix(p, len))));
                }
            }
            None => out.push(hash_str("clu-none")),
        }
    }
    if word.of > 1 {
        let core = word.core;
        let cf = freq_bucket(freq.of(core));
        out.push(feat("core", core));
        out.push(feat("cf", cf));
        out.push(feat_k("partw", part, &format_args_hash(w, cf)));
        if let Some(x) = suffix(core, 2) {
            out.push(feat("cores2", x));
        }
    }
    for k in 1..=4 {
        if let Some(x) = suffix(w, k) {
            out.push(feat_k("s", k as u64, x));
        }
    }
    for k in 1..=3 {
        if let Some(x) = prefix(w, k) {
            out.push(feat_k("p", k as u64, x));
        }
    }
    out.push(feat_n("len", w.chars().count().min(10) as u64));
    if w.bytes().any(|c| c.is_ascii_digit()) {
        out.push(hash_str("digit"));
    }
}

/// How many word types' scores a thread keeps (then the cache starts again).
const TYPE_CACHE_TYPES: usize = 1 << 18;

static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// A fresh tagger id (a new set of weights).
pub(super) fn next_id() -> u64 {
    NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// Tagger id, and word-type key → the type features' scores over its candidate tags.
type TypeScores = (u64, FastMap<u64, Box<[f32]>>);

thread_local! {
    /// Type-feature scores across sentences and documents.
    static TYPE_CACHE: std::cell::RefCell<TypeScores> =
        std::cell::RefCell::new((0, FastMap::default()));
    /// Tagger id, and word-form hash → cluster path (0 for none).
    static PATH_CACHE: std::cell::RefCell<(u64, FastMap<u64, u32>)> =
        std::cell::RefCell::new((0, FastMap::default()));
}

/// The key of a word type: everything [`type_features`] reads.
fn type_key(word: &TagInput<'_>) -> u64 {
    let part = (word.part as u64) << 8 | word.of as u64;
    let h = feat2("type", word.form, word.core);
    h ^ part.wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// A word and a frequency bucket as one feature value (no allocation for short words).
fn format_args_hash(w: &str, bucket: &str) -> String {
    let mut s = String::with_capacity(w.len() + bucket.len() + 1);
    s.push_str(w);
    s.push('|');
    s.push_str(bucket);
    s
}

impl Tagger {
    /// Builds the weight tables after deserialization.
    pub fn prepare(&mut self) {
        self.weights.prepare();
        self.clusters.prepare();
        self.id = next_id();
        self.parts = self.tags.iter().map(|t| split_tag(t)).collect();
        self.tag_hashes = self.tags.iter().map(|t| tag_hash(t)).collect();
        self.punct_tags = punctuation_tags(&self.tags);
        self.unanalysed.prepare();
        self.unanalysed_tag = unanalysed_tag(&self.tags);
    }

    /// The `UPOS\tXPOS\tFEATS` string of tag `id`.
    pub fn tag_str(&self, id: u16) -> &str {
        &self.tags[id as usize]
    }

    /// UPOS, XPOS and FEATS of tag `id`, shared.
    pub fn tag_parts(&self, id: u16) -> TagParts {
        match self.parts.get(id as usize) {
            Some(p) => p.clone(),
            None => split_tag(self.tag_str(id)),
        }
    }

    /// Scores of `feats` over the candidate tags `cands`, into `out`.
    fn score_cands(&self, feats: &[u64], cands: &[u16], out: &mut Vec<f32>) {
        self.weights.score_many(feats, cands, out);
    }

    /// The candidate tags of a word (those of an unknown word for a word the training data
    /// did not have).
    fn candidates(&self, form: &str) -> &[u16] {
        match self.form_tags.get(form) {
            Some(t) => t,
            None => self.unknown_candidates(form),
        }
    }

    /// The candidate tags of a word of an analysed token: its candidates without the
    /// unanalysed tag (else those of an unknown word, else the open-class tags, without it).
    fn analysed_candidates<'a>(&'a self, form: &str, buf: &'a mut Vec<u16>) -> &'a [u16] {
        let cands = self.candidates(form);
        let Some(u) = self.unanalysed_tag.filter(|_| !self.unanalysed.is_empty()) else {
            return cands;
        };
        if !cands.contains(&u) {
            return cands;
        }
        buf.clear();
        buf.extend(cands.iter().copied().filter(|&c| c != u));
        if buf.is_empty() {
            buf.extend(self.unknown_candidates(form).iter().filter(|&&c| c != u));
        }
        if buf.is_empty() {
            buf.extend(self.open_tags.iter().filter(|&&c| c != u));
        }
        buf
    }

    /// The frequencies the features read (`leave_out`: as in training, see [`Freq`]).
    fn freq(&self, leave_out: bool) -> Freq<'_> {
        Freq {
            counts: &self.form_freq,
            norm_counts: &self.norm_freq,
            raw: &self.raw,
            lexicon: &self.lexicon,
            clusters: &self.clusters,
            leave_out,
        }
    }

    /// Candidate tags of a form the training data did not have: punctuation tags for
    /// punctuation, else the tags of the longest known suffix, else the open-class tags.
    fn unknown_candidates(&self, form: &str) -> &[u16] {
        if !self.punct_tags.is_empty() && is_punctuation_form(form) {
            return &self.punct_tags;
        }
        for k in (1..=MAX_SUFFIX).rev() {
            if let Some(t) = suffix_key(form, k).and_then(|s| self.suffix_tags.get(&s)) {
                return t;
            }
        }
        &self.open_tags
    }

    /// Tags a sentence's words; returns `UPOS\tXPOS\tFEATS` per word.
    pub fn tag(&self, words: &[TagInput<'_>]) -> Vec<&str> {
        self.tag_ids(words)
            .into_iter()
            .map(|id| self.tag_str(id))
            .collect()
    }

    /// Tags a sentence's words; returns the tag ids (see [`Tagger::tag_str`],
    /// [`Tagger::tag_parts`]).
    pub fn tag_ids(&self, words: &[TagInput<'_>]) -> Vec<u16> {
        let mut out: Vec<u16> = Vec::with_capacity(words.len());
        let mut feats = Vec::with_capacity(32);
        let mut acc: Vec<f32> = Vec::with_capacity(self.tags.len());
        let mut typed: Vec<f32> = Vec::with_capacity(self.tags.len());
        let mut ctx = Context::new(words);
        let mut buf = String::new();
        let mut kept = Vec::new();
        // (the core words' type features, built for the unanalysed decision, are scored for
        // tagging at once)
        let unanalysed = self
            .unanalysed
            .decide(words, &self.freq(false), |j, type_feats| {
                let cands = self.analysed_candidates(words[j].form, &mut kept);
                if cands.len() > 1 {
                    self.cache_type_scores(&words[j], cands, type_feats, &mut typed);
                }
            });
        for i in 0..words.len() {
            if let (true, Some(u)) = (unanalysed[i], self.unanalysed_tag) {
                out.push(u);
                continue;
            }
            let cands = self.analysed_candidates(words[i].form, &mut kept);
            let best = if cands.len() == 1 {
                cands[0]
            } else {
                let prev = if i > 0 {
                    self.tag_hash(out[i - 1])
                } else {
                    BOS
                };
                let prev2 = if i > 1 {
                    self.tag_hash(out[i - 2])
                } else {
                    BOS
                };
                self.type_scores(&words[i], cands, &mut feats, &mut typed);
                for j in [i.wrapping_sub(1), i + 1] {
                    if ctx.paths.get(j) == Some(&PATH_UNKNOWN) {
                        ctx.paths[j] = self.cached_path(ctx.word[j], words[j].form, &mut buf);
                    }
                }
                feats.clear();
                context_features(&ctx, i, prev, prev2, &mut feats);
                self.score_cands(&feats, cands, &mut acc);
                for (a, t) in acc.iter_mut().zip(&typed) {
                    *a += t;
                }
                let mut best = (f32::NEG_INFINITY, cands.first().copied().unwrap_or(0));
                for (k, &c) in cands.iter().enumerate() {
                    if acc[k] > best.0 {
                        best = (acc[k], c);
                    }
                }
                best.1
            };
            out.push(best);
        }
        out
    }

    /// The hash of tag `id` (`hash_str` of its `UPOS\tXPOS\tFEATS` string).
    #[inline]
    pub fn tag_hash(&self, id: u16) -> u64 {
        match self.tag_hashes.get(id as usize) {
            Some(&h) => h,
            None => tag_hash(self.tag_str(id)),
        }
    }

    /// The scores of a word's type features over its candidate tags, into `typed`: scored
    /// once per word type and thread.
    fn type_scores(
        &self,
        word: &TagInput<'_>,
        cands: &[u16],
        feats: &mut Vec<u64>,
        typed: &mut Vec<f32>,
    ) {
        let key = type_key(word);
        TYPE_CACHE.with(|c| {
            let mut c = c.borrow_mut();
            if c.0 != self.id || c.1.len() >= TYPE_CACHE_TYPES {
                *c = (self.id, FastMap::default());
            }
            match c.1.get(&key) {
                Some(s) if s.len() == cands.len() => {
                    typed.clear();
                    typed.extend_from_slice(s);
                }
                _ => {
                    feats.clear();
                    type_features(word, &self.freq(false), feats);
                    self.score_cands(feats, cands, typed);
                    c.1.insert(key, typed.clone().into_boxed_slice());
                }
            }
        });
    }

    /// Scores a word's type features `feats` over its candidate tags into the type cache,
    /// unless its type is there already (as [`Tagger::type_scores`] would; `typed` is
    /// scratch space).
    fn cache_type_scores(
        &self,
        word: &TagInput<'_>,
        cands: &[u16],
        feats: &[u64],
        typed: &mut Vec<f32>,
    ) {
        let key = type_key(word);
        TYPE_CACHE.with(|c| {
            let mut c = c.borrow_mut();
            if c.0 != self.id || c.1.len() >= TYPE_CACHE_TYPES {
                *c = (self.id, FastMap::default());
            }
            c.1.entry(key).or_insert_with(|| {
                self.score_cands(feats, cands, typed);
                typed.clone().into_boxed_slice()
            });
        });
    }

    /// The cluster path of a word (0 for none) whose form hashes to `hash`: looked up once
    /// per word form and thread.
    fn cached_path(&self, hash: u64, form: &str, buf: &mut String) -> u32 {
        PATH_CACHE.with(|c| {
            let mut c = c.borrow_mut();
            if c.0 != self.id || c.1.len() >= TYPE_CACHE_TYPES {
                *c = (self.id, FastMap::default());
            }
            *c.1.entry(hash)
                .or_insert_with(|| cluster_path(&self.clusters, form, buf).unwrap_or(0))
        })
    }

    /// Trains on sentences of (word, gold tag), keeping the epoch best on `dev`.
    pub fn train(
        train: &[(Vec<TagInput<'_>>, Vec<String>)],
        dev: &[(Vec<TagInput<'_>>, Vec<String>)],
        raw: FastMap<String, u32>,
        lexicon: FastMap<String, u8>,
        clusters: Clusters,
        schedule: Schedule,
        seed: u64,
    ) -> (Tagger, Vec<f64>) {
        let mut tags: Vec<String> = Vec::new();
        let mut index: FastMap<String, u16> = FastMap::default();
        let mut form_counts: FastMap<String, FastMap<u16, u32>> = FastMap::default();
        let mut suffix_counts: FastMap<u64, FastMap<u16, u32>> = FastMap::default();
        let mut suffix_forms: FastMap<u64, std::collections::HashSet<&str>> = FastMap::default();
        let mut tag_counts: FastMap<u16, u32> = FastMap::default();
        for (words, gold) in train {
            for (w, t) in words.iter().zip(gold) {
                let n = tags.len() as u16;
                let id = *index.entry(t.clone()).or_insert_with(|| {
                    tags.push(t.clone());
                    n
                });
                *form_counts
                    .entry(w.form.to_string())
                    .or_default()
                    .entry(id)
                    .or_default() += 1;
                let analysed = !is_unanalysed(t);
                for k in 1..=MAX_SUFFIX {
                    if let Some(s) = suffix_key(w.form, k) {
                        *suffix_counts.entry(s).or_default().entry(id).or_default() += 1;
                        if analysed {
                            suffix_forms.entry(s).or_default().insert(w.form);
                        }
                    }
                }
                *tag_counts.entry(id).or_default() += 1;
            }
        }
        let sorted = |m: &FastMap<u16, u32>| {
            let mut v: Vec<u16> = m.keys().copied().collect();
            v.sort_unstable();
            v
        };
        // a frequent word that (nearly) always has one tag keeps only that tag: it is then
        // tagged without scoring, which is most of the running words
        let form_tags = form_counts
            .iter()
            .map(|(f, m)| {
                let total: u32 = m.values().sum();
                let top = m.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)));
                match top {
                    Some((&t, &c))
                        if total >= NEAR_SURE_COUNT
                            && c as f64 >= NEAR_SURE_SHARE * total as f64 =>
                    {
                        (f.clone(), vec![t])
                    }
                    _ => (f.clone(), sorted(m)),
                }
            })
            .collect();
        // a suffix tells an unknown word's candidates only when many analysed words end in
        // it (else a shorter suffix does, or the open-class tags: `السينما` is no
        // conjunction for ending like `بينما`)
        let suffix_tags = suffix_counts
            .iter()
            .filter(|(s, _)| suffix_forms.get(*s).map_or(0, |f| f.len()) >= MIN_SUFFIX_FORMS)
            .map(|(s, m)| {
                // drop tags seen only once with a frequent suffix (noise)
                let total: u32 = m.values().sum();
                let mut v: Vec<u16> = m
                    .iter()
                    .filter(|(_, &c)| total < 20 || c > 1)
                    .map(|(&t, _)| t)
                    .collect();
                v.sort_unstable();
                (*s, v)
            })
            .collect();
        let mut open: Vec<(u16, u32)> = tag_counts.into_iter().collect();
        open.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let open_tags = open.iter().take(60).map(|x| x.0).collect();
        let form_freq: FastMap<String, u32> = form_counts
            .iter()
            .map(|(f, m)| (f.clone(), m.values().sum()))
            .collect();
        let mut model = Tagger {
            tags,
            form_tags,
            suffix_tags,
            open_tags,
            norm_freq: {
                let mut m: FastMap<String, u32> = FastMap::default();
                for (f, c) in &form_freq {
                    *m.entry(spelling_key(f)).or_default() += c;
                }
                m
            },
            form_freq,
            raw,
            lexicon,
            clusters,
            weights: Weights::default(),
            id: next_id(),
            parts: Vec::new(),
            tag_hashes: Vec::new(),
            punct_tags: Vec::new(),
            unanalysed: Unanalysed::default(),
            unanalysed_tag: None,
        };
        model.tag_hashes = model.tags.iter().map(|t| tag_hash(t)).collect();
        model.punct_tags = punctuation_tags(&model.tags);
        model.unanalysed_tag = unanalysed_tag(&model.tags);
        // a word seen rarely may have tags it was not seen with: it also takes the
        // candidates of an unknown word
        for (f, m) in &form_counts {
            let total: u32 = m.values().sum();
            if let Some(seen) = model.form_tags.get(f).filter(|_| total < RARE_FORM_COUNT) {
                let mut v = seen.clone();
                v.extend_from_slice(model.unknown_candidates(f));
                v.sort_unstable();
                v.dedup();
                model.form_tags.insert(f.clone(), v);
            }
        }

        // which tokens the treebank left unanalysed: decided first, per token
        let gold_unanalysed: Vec<Vec<bool>> = train
            .iter()
            .map(|(words, gold)| {
                let mut flags = vec![false; words.len()];
                for (a, b) in super::unanalysed::token_ranges(words) {
                    let all = gold[a..b].iter().all(|t| is_unanalysed(t));
                    flags[a..b].fill(all);
                }
                flags
            })
            .collect();
        if model.unanalysed_tag.is_some() {
            let data: Vec<(&[TagInput<'_>], &[bool])> = train
                .iter()
                .zip(&gold_unanalysed)
                .map(|((words, _), flags)| (words.as_slice(), flags.as_slice()))
                .collect();
            model.unanalysed = Unanalysed::train(&data, &model.freq(true), schedule.epochs, seed);
        }

        // unknown-word behaviour is learned from words seen once (their candidate set is
        // taken from the suffix table, as for unknown words at test time)
        let singletons: std::collections::HashSet<&str> = form_counts
            .iter()
            .filter(|(_, m)| m.values().sum::<u32>() == 1)
            .map(|(f, _)| f.as_str())
            .collect();
        let mut trainer = Trainer::new();
        let mut order: Vec<usize> = (0..train.len()).collect();
        let mut rng = Rng::new(seed);
        let mut feats = Vec::new();
        let mut stop = BestEpoch::new(schedule.keep_best);
        for _ in 0..schedule.epochs {
            rng.shuffle(&mut order);
            for &k in &order {
                let (words, gold) = &train[k];
                let mut pred: Vec<u16> = Vec::with_capacity(words.len());
                let ctx = Context::with_paths(words, &model.clusters);
                for i in 0..words.len() {
                    let g = index[&gold[i]];
                    let prev = if i > 0 {
                        model.tag_hash(pred[i - 1])
                    } else {
                        BOS
                    };
                    let prev2 = if i > 1 {
                        model.tag_hash(pred[i - 2])
                    } else {
                        BOS
                    };
                    let form = words[i].form;
                    let unanalysed = gold_unanalysed[k][i];
                    if unanalysed && Some(g) == model.unanalysed_tag {
                        // the words of an unanalysed token are not tagged
                        pred.push(g);
                        continue;
                    }
                    let mut cands: Vec<u16> = if singletons.contains(form) {
                        let mut c = model.unknown_candidates(form).to_vec();
                        if !c.contains(&g) {
                            c.push(g);
                        }
                        c
                    } else {
                        model.candidates(form).to_vec()
                    };
                    if let Some(u) = model.unanalysed_tag.filter(|&u| !unanalysed && g != u) {
                        cands.retain(|&c| c != u);
                    }
                    features(
                        words,
                        &ctx,
                        i,
                        prev,
                        prev2,
                        &Freq {
                            counts: &model.form_freq,
                            norm_counts: &model.norm_freq,
                            raw: &model.raw,
                            lexicon: &model.lexicon,
                            clusters: &model.clusters,
                            leave_out: true,
                        },
                        &mut feats,
                    );
                    let p = cands[trainer.best(&feats, &cands)];
                    trainer.update(&feats, g, p);
                    pred.push(p);
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

    /// Share of words whose full tag is right.
    pub fn accuracy(&self, data: &[(Vec<TagInput<'_>>, Vec<String>)]) -> f64 {
        let (mut ok, mut n) = (0usize, 0usize);
        for (words, gold) in data {
            for (p, g) in self.tag(words).iter().zip(gold) {
                ok += usize::from(*p == g);
                n += 1;
            }
        }
        if n == 0 {
            0.0
        } else {
            ok as f64 / n as f64
        }
    }

    /// Number of tags and of non-zero weights.
    pub fn size(&self) -> (usize, usize) {
        (self.tags.len(), self.weights.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicon_classes_match_stems_inside_their_affixes() {
        let mut lex: FastMap<String, u8> = FastMap::default();
        for line in ["انتقل\tP", "ستمر\tI", "ائتلافي\tA", "باريس", "عقل\tNPI"]
        {
            let (form, classes) = line.split_once('\t').unwrap_or((line, ""));
            lex.insert(form.to_string(), lexicon_class_bits(classes));
        }
        assert_eq!(lexicon_class_bits(""), LEX_PROPN);
        assert_eq!(lex["عقل"], LEX_PROPN | LEX_PERFECT | LEX_IMPERFECT);
        // perfective stem, alone and with subject suffixes; alef forms folded
        assert_eq!(lexicon_classes(&lex, "انتقل"), LEX_PERFECT);
        assert_eq!(lexicon_classes(&lex, "انتقلت"), LEX_PERFECT);
        assert_eq!(lexicon_classes(&lex, "إنتقلوا"), LEX_PERFECT);
        // imperfective stem between a person prefix and a suffix, never bare
        assert_eq!(lexicon_classes(&lex, "يستمر"), LEX_IMPERFECT);
        assert_eq!(lexicon_classes(&lex, "تستمرون"), LEX_IMPERFECT);
        assert_eq!(lexicon_classes(&lex, "ستمر"), 0);
        // adjective stem with the article and gender / number endings
        assert_eq!(lexicon_classes(&lex, "الائتلافية"), LEX_ADJ);
        assert_eq!(lexicon_classes(&lex, "ائتلافيون"), LEX_ADJ);
        // proper noun with or without the article, not with an adjective ending
        assert_eq!(lexicon_classes(&lex, "باريس"), LEX_PROPN);
        assert_eq!(lexicon_classes(&lex, "الباريس"), LEX_PROPN);
        assert_eq!(lexicon_classes(&lex, "باريسة"), 0);
        // stems shorter than two letters never match
        assert_eq!(lexicon_classes(&lex, "ت"), 0);
        assert_eq!(lexicon_classes(&lex, "عقلت"), LEX_PERFECT);
    }

    #[test]
    fn type_and_context_features_are_all_the_features() {
        // inference scores the two parts separately (the type part cached): together they
        // must be exactly the features training used
        let w = |form: &'static str, part: u8, of: u8| TagInput {
            form,
            part,
            of,
            core: form,
        };
        let words = vec![
            w("و", 1, 2),
            w("قال", 2, 2),
            w("الوزير", 0, 1),
            w("2019", 0, 1),
        ];
        let empty: FastMap<String, u32> = FastMap::default();
        let lexicon: FastMap<String, u8> = FastMap::default();
        let clusters = Clusters::from_pairs([("الوزير".to_string(), 0b1_0110_1100_1010)]);
        let ctx = Context::with_paths(&words, &clusters);
        assert_eq!(ctx.paths, [0, 0, 0b1_0110_1100_1010, 0]);
        let (a, b) = (tag_hash("A"), tag_hash("B"));
        let freq = Freq {
            counts: &empty,
            norm_counts: &empty,
            raw: &empty,
            lexicon: &lexicon,
            clusters: &clusters,
            leave_out: false,
        };
        for i in 0..words.len() {
            let mut all = Vec::new();
            features(&words, &ctx, i, a, b, &freq, &mut all);
            let mut split = Vec::new();
            type_features(&words[i], &freq, &mut split);
            context_features(&ctx, i, a, b, &mut split);
            all.sort_unstable();
            split.sort_unstable();
            assert_eq!(all, split, "word {i}");
        }
    }

    #[test]
    fn hashed_context_features_are_the_string_features() {
        // the context features are hashed from per-sentence hashes; they must be exactly the
        // features `feat`/`feat2`/`feat_n` give for the strings (trained models rely on it)
        let w = |form: &'static str| TagInput {
            form,
            part: 0,
            of: 1,
            core: form,
        };
        let words = vec![w("قال"), w("الوزير"), w("إن")];
        let clusters = Clusters::from_pairs([("الوزير".to_string(), 0b1_0110_1100_1010)]);
        let ctx = Context::with_paths(&words, &clusters);
        let (prev, prev2) = ("NOUN\tN------S1D\t_", "<s>");
        let mut got = Vec::new();
        context_features(&ctx, 0, tag_hash(prev), tag_hash(prev2), &mut got);
        let mut want = vec![
            feat("w-1", "<s>"),
            feat("w+1", "الوزير"),
            feat("w-2", "<s>"),
            feat("w+2", "إن"),
            feat("t-1", prev),
            feat2("t-2t-1", prev2, prev),
            feat2("t-1w", prev, "قال"),
            feat("w+1s2", "ير"),
            feat_n("nclu-1", 0),
        ];
        want.extend(
            CLUSTER_PREFIXES
                .iter()
                .map(|&l| feat_n("nclu+1", u64::from(Clusters::prefix(0b1_0110_1100_1010, l)))),
        );
        assert_eq!(got, want);
        got.clear();
        context_features(&ctx, 2, tag_hash(prev), tag_hash(prev2), &mut got);
        assert_eq!(got[1], feat("w+1", "</s>"));
        assert_eq!(got[7], feat("w+1s2", "s>"));
    }

    #[test]
    fn cluster_prefixes_of_the_word_or_its_stem() {
        let empty: FastMap<String, u32> = FastMap::default();
        let lexicon: FastMap<String, u8> = FastMap::default();
        // a 12-bit path under the leading 1
        let path = 0b1_0110_1100_1010;
        let clusters = Clusters::from_pairs([("وزير".to_string(), path)]);
        let freq = Freq {
            counts: &empty,
            norm_counts: &empty,
            raw: &empty,
            lexicon: &lexicon,
            clusters: &clusters,
            leave_out: false,
        };
        let word = |form: &'static str| TagInput {
            form,
            part: 0,
            of: 1,
            core: form,
        };
        let feats = |form: &'static str| {
            let mut f = Vec::new();
            type_features(&word(form), &freq, &mut f);
            f
        };
        let expected: Vec<u64> = CLUSTER_PREFIXES_OWN
            .iter()
            .map(|&l| feat_n("clu", u64::from(Clusters::prefix(path, l))))
            .collect();
        for form in ["وزير", "الوزير"] {
            let f = feats(form);
            assert!(expected.iter().all(|e| f.contains(e)), "{form}");
            assert!(!f.contains(&hash_str("clu-none")), "{form}");
        }
        let unknown = feats("كتاب");
        assert!(unknown.contains(&hash_str("clu-none")));
        assert!(expected.iter().all(|e| !unknown.contains(e)));
    }
}
