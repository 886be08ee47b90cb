//! The entity recognizer: a first-order structured perceptron (Collins 2002) over BIO tags,
//! decoded with Viterbi under the BIO constraint (`I-X` only after `B-X` or `I-X`).
//!
//! Features of a token: its folded form, prefixes and suffixes, stems without proclitics,
//! shape, the two words on each side and the bigrams with them, gazetteer matches of the
//! token and its neighbours, and word-cluster bit prefixes of the token and its neighbours
//! when the model has clusters.

use super::bio::{self, BioSentence};
use super::clusters::Clusters;
use super::forms::{fold, strips, Strip};
use super::gazetteer::{Gazetteer, TokenMatch};
use crate::model::features::{prefix, suffix, FastMap};
use crate::model::perceptron::hash_bytes;
use crate::model::{hash_str, mix, Rng, Trainer, Weights};

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
use crate::text::chars::{is_arabic_letter, is_digit, is_latin_letter};
use serde::{Deserialize, Serialize};

const T_BIAS: u64 = 0x01;
const T_W: u64 = 0x02;
const T_P: u64 = 0x03;
const T_S: u64 = 0x04;
const T_STEM: u64 = 0x05;
const T_SHAPE: u64 = 0x06;
const T_ART: u64 = 0x07;
const T_W_M2: u64 = 0x08;
const T_W_M1: u64 = 0x09;
const T_W_P1: u64 = 0x0a;
const T_W_P2: u64 = 0x0b;
const T_BI_L: u64 = 0x0c;
const T_BI_R: u64 = 0x0d;
const T_S_M1: u64 = 0x0e;
const T_S_P1: u64 = 0x0f;
const T_GAZ: u64 = 0x10;
const T_GAZ_S: u64 = 0x11;
const T_GAZ_M1: u64 = 0x12;
const T_GAZ_P1: u64 = 0x13;
const T_CL: u64 = 0x14;
const T_CL_M1: u64 = 0x15;
const T_CL_P1: u64 = 0x16;
const T_STEM_M1: u64 = 0x17;
const T_HIST: u64 = 0x18;
const T_HIST_MAJ: u64 = 0x19;
const T_TRI: u64 = 0x1a;
const T_FIRST: u64 = 0x1b;
const T_CLASS: u64 = 0x1c;
const T_CLASS_M1: u64 = 0x1d;
const T_CLASS_P1: u64 = 0x1e;
const T_CLASS_BI_L: u64 = 0x1f;
const T_CLASS_BI_R: u64 = 0x20;
const T_TRANS: u64 = 0x40;

/// Hash of the sentence-boundary pseudo-word.
const EDGE: u64 = 0x005e_ed0f_ed6e;

/// A trained recognizer (weights, entity types, gazetteer, word clusters).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Recognizer {
    /// Entity types; tag 0 is `O`, tag `1 + 2t` is `B-types[t]`, `2 + 2t` is `I-types[t]`.
    types: Vec<String>,
    weights: Weights,
    gazetteer: Gazetteer,
    clusters: Clusters,
    /// Second-stage weights, which also see how the first stage labelled the other
    /// occurrences of each word in the document (stacking; Krishnan & Manning 2006).
    stage2: Option<Weights>,
    /// Sentences on each side that make a "document" when the input has no document
    /// boundaries (BIO files); documents are used whole otherwise.
    window: usize,
    /// Whether the model was trained with a word class per token (from a morphosyntax
    /// model: the part of speech of the token's main word) and wants them at run time.
    word_classes: bool,
    /// Both stages in one table (stage-2 classes shifted by the tag count): the first pass
    /// scores both stages' base features with one lookup per feature.
    #[serde(skip)]
    both: Option<Weights>,
    /// Identity of the prepared weights (a new one at every [`Recognizer::prepare`]), for
    /// the per-thread cache of word-type scores.
    #[serde(skip)]
    id: u64,
}

/// Word types whose scores a thread keeps (about 360 bytes each).
const TYPE_CACHE_TYPES: usize = 1 << 15;

static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// Recognizer id, and word-type hash → scores.
type TypeScores = (u64, FastMap<u64, Box<[f32]>>);

thread_local! {
    /// Scores of word types across calls (documents).
    static TYPE_CACHE: std::cell::RefCell<TypeScores> =
        std::cell::RefCell::new((0, FastMap::default()));
}

/// Most labels a history counts (outside + entity types).
const MAX_LABELS: usize = 8;

/// Labels the first stage gave to each word form in a span of sentences: form (hashed) →
/// counts by label (0 = outside, 1 + t = entity type t).
#[derive(Default)]
struct History {
    counts: FastMap<u64, [u32; MAX_LABELS]>,
}

impl History {
    fn label(tag: u16) -> usize {
        Recognizer::tag_parts(tag).map_or(0, |(t, _)| (t + 1).min(MAX_LABELS - 1))
    }

    fn update(&mut self, info: &[&TokenInfo], tags: &[u16], add: bool) {
        for (t, &tag) in info.iter().zip(tags) {
            let l = Self::label(tag);
            for &k in &t.keys {
                let e = self.counts.entry(k).or_default();
                if add {
                    e[l] += 1;
                } else {
                    e[l] = e[l].saturating_sub(1);
                }
            }
        }
    }

    /// Counts by label of the other occurrences of a token (its own tag taken out).
    fn others(&self, info: &TokenInfo, own: u16) -> [u32; MAX_LABELS] {
        let mut out = [0u32; MAX_LABELS];
        let l = Self::label(own);
        for k in &info.keys {
            if let Some(c) = self.counts.get(k) {
                for (o, &x) in out.iter_mut().zip(c) {
                    *o += x;
                }
                out[l] = out[l].saturating_sub(1);
            }
        }
        out
    }
}

/// What the recognizer knows about one token before scoring.
struct TokenInfo {
    /// Hashes of the forms the document history is kept under (folded form and stems).
    keys: Vec<u64>,
    folded: String,
    strips: Vec<Strip>,
    hash: u64,
    s3: u64,
    shape: u64,
    cluster: Option<u32>,
    /// Hash of the token's word class (0: none).
    class: u64,
}

fn shape(folded: &str) -> u64 {
    let (mut ar, mut lat, mut dig, mut other) = (0u64, 0u64, 0u64, 0u64);
    let mut n = 0u64;
    for c in folded.chars() {
        n += 1;
        if is_arabic_letter(c) {
            ar = 1;
        } else if is_latin_letter(c) {
            lat = 1;
        } else if is_digit(c) {
            dig = 1;
        } else {
            other = 1;
        }
    }
    let len = match n {
        0..=1 => 0,
        2 => 1,
        3 => 2,
        4..=5 => 3,
        6..=8 => 4,
        _ => 5,
    };
    ar | lat << 1 | dig << 2 | other << 3 | len << 4
}

impl Recognizer {
    /// Builds the lookup tables after deserialization.
    pub fn prepare(&mut self) {
        self.weights.prepare();
        if let Some(w) = &mut self.stage2 {
            w.prepare();
        }
        self.both = self
            .stage2
            .as_ref()
            .map(|w2| self.weights.merged(w2, self.tag_count() as u16));
        self.id = NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        self.gazetteer.prepare();
        self.clusters.prepare();
    }

    /// The entity types, in tag order.
    pub fn types(&self) -> &[String] {
        &self.types
    }

    /// The gazetteer the model was trained with.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// Number of tags (`O` plus `B-`/`I-` per type).
    pub fn tag_count(&self) -> usize {
        1 + 2 * self.types.len()
    }

    /// The name of a tag (`O`, `B-PER`, …).
    pub fn tag_name(&self, tag: u16) -> String {
        match tag {
            0 => "O".into(),
            t => {
                let ty = &self.types[(t as usize - 1) / 2];
                if t % 2 == 1 {
                    format!("B-{ty}")
                } else {
                    format!("I-{ty}")
                }
            }
        }
    }

    fn tag_id(&self, name: &str) -> u16 {
        match name.split_once('-') {
            Some((p, ty)) => match self.types.iter().position(|t| t == ty) {
                Some(t) => (1 + 2 * t + usize::from(p == "I")) as u16,
                None => 0,
            },
            None => 0,
        }
    }

    /// Whether the model reads a word class per token (see [`Recognizer::tag_sentences`]).
    pub fn uses_word_classes(&self) -> bool {
        self.word_classes
    }

    /// The entity type index of a tag, and whether it begins an entity.
    pub fn tag_parts(tag: u16) -> Option<(usize, bool)> {
        (tag != 0).then(|| ((tag as usize - 1) / 2, tag % 2 == 1))
    }

    fn info(&self, t: &str, class: Option<&str>) -> TokenInfo {
        // corpora leave punctuation attached (`كابول؛`); the tokenizer does not
        let core = t.trim_matches(|c: char| !(is_arabic_letter(c) || c.is_alphanumeric()));
        let folded = fold(if core.is_empty() { t } else { core });
        let strips = strips(&folded);
        let hash = hash_str(&folded);
        let s3 = suffix(&folded, 3).map_or(0, hash_str);
        let shape = shape(&folded);
        let keys = std::iter::once(folded.as_str())
            .chain(strips.iter().map(|s| s.stem.as_str()))
            .filter(|k| {
                k.chars().count() >= 2
                    && k.chars().any(|c| is_arabic_letter(c) || c.is_alphabetic())
            })
            .map(hash_str)
            .collect();
        let cluster = self.clusters.path(&folded);
        TokenInfo {
            cluster,
            keys,
            folded,
            strips,
            hash,
            s3,
            shape,
            class: class.map_or(0, |c| hash_str(c) | 1),
        }
    }

    /// What the recognizer knows about each distinct token of `sentences` (computed once
    /// per token string and word class), and each sentence as indices into it. The classes
    /// (one per token) are read only when the model uses them.
    fn intern(
        &self,
        sentences: &[Vec<&str>],
        classes: Option<&[Vec<&str>]>,
    ) -> (Vec<TokenInfo>, Vec<Vec<u32>>) {
        let mut ids: FastMap<(&str, &str), u32> = FastMap::default();
        let mut types = Vec::new();
        let classes = classes.filter(|_| self.word_classes);
        let sents = sentences
            .iter()
            .enumerate()
            .map(|(si, s)| {
                let cs = classes
                    .and_then(|c| c.get(si))
                    .filter(|c| c.len() == s.len());
                s.iter()
                    .enumerate()
                    .map(|(i, &t)| {
                        let class = cs.map(|c| c[i]);
                        *ids.entry((t, class.unwrap_or(""))).or_insert_with(|| {
                            types.push(self.info(t, class));
                            (types.len() - 1) as u32
                        })
                    })
                    .collect()
            })
            .collect();
        (types, sents)
    }

    /// Second-stage features of every token (flattened like [`Recognizer::features`]): the
    /// labels the first stage gave the token's other occurrences in the document.
    fn hist_features(
        info: &[&TokenInfo],
        h: &History,
        own: &[u16],
        feats: &mut Vec<u64>,
        starts: &mut Vec<usize>,
    ) {
        feats.clear();
        starts.clear();
        for (i, t) in info.iter().enumerate() {
            starts.push(feats.len());
            let others = h.others(t, own[i]);
            let total: u32 = others.iter().sum();
            if total > 0 {
                let mut major = 0;
                for (l, &c) in others.iter().enumerate() {
                    if c > 0 {
                        feats.push(mix(T_HIST, l as u64));
                    }
                    if c > others[major] {
                        major = l;
                    }
                }
                feats.push(mix(T_HIST_MAJ, major as u64));
                // the majority with the label this token got itself
                feats.push(mix(
                    mix(T_HIST_MAJ, major as u64),
                    0x100 + u64::from(own[i]),
                ));
            }
            // the first stage's labels of the token and its neighbours
            let at =
                |j: Option<usize>| j.and_then(|j| own.get(j)).map_or(0xffff, |&x| u64::from(x));
            feats.push(mix(T_FIRST, at(Some(i))));
            feats.push(mix(mix(T_FIRST, 0x1_0000), at(i.checked_sub(1))));
            feats.push(mix(mix(T_FIRST, 0x2_0000), at(Some(i + 1))));
        }
        starts.push(feats.len());
    }

    /// First-stage features of every token, flattened: token i's are
    /// `feats[starts[i]..starts[i+1]]`.
    fn features(&self, info: &[&TokenInfo], feats: &mut Vec<u64>, starts: &mut Vec<usize>) {
        feats.clear();
        starts.clear();
        let gaz = self.gazetteer_matches(info);
        for i in 0..info.len() {
            starts.push(feats.len());
            Self::local_features(info[i], feats);
            self.context_features(info, &gaz, i, feats);
        }
        starts.push(feats.len());
    }

    fn gazetteer_matches(&self, info: &[&TokenInfo]) -> Vec<TokenMatch> {
        let folded: Vec<&str> = info.iter().map(|t| t.folded.as_str()).collect();
        let st: Vec<&[Strip]> = info.iter().map(|t| t.strips.as_slice()).collect();
        self.gazetteer.matches(&folded, &st)
    }

    fn cluster_bits(out: &mut Vec<u64>, template: u64, path: Option<u32>) {
        if let Some(p) = path {
            for len in Clusters::PREFIX_LENGTHS {
                out.push(mix(
                    template + u64::from(len) * 0x100,
                    u64::from(Clusters::prefix(p, len)),
                ));
            }
        }
    }

    /// Features that depend only on the token's folded form (so their scores can be cached
    /// per word type).
    fn local_features(t: &TokenInfo, feats: &mut Vec<u64>) {
        feats.push(T_BIAS);
        feats.push(mix(T_W, t.hash));
        for k in 1..=3 {
            if let Some(p) = prefix(&t.folded, k) {
                feats.push(mix(T_P + (k as u64) * 0x100, hash_str(p)));
            }
            if let Some(s) = suffix(&t.folded, k) {
                feats.push(mix(T_S + (k as u64) * 0x100, hash_str(s)));
            }
        }
        for s in &t.strips {
            feats.push(mix(T_STEM, hash_str(&s.stem)));
        }
        feats.push(mix(T_SHAPE, t.shape));
        let mut chars = t.folded.char_indices().map(|(i, _)| i).peekable();
        let bytes = t.folded.as_bytes();
        let idx: Vec<usize> = chars.by_ref().chain(std::iter::once(bytes.len())).collect();
        if idx.len() > 4 {
            for w in idx.windows(4) {
                feats.push(mix(T_TRI, hash_bytes(FNV_OFFSET, &bytes[w[0]..w[3]])));
            }
        }
        if t.folded.starts_with("ال") || t.strips.iter().any(|s| s.stem.starts_with("ال")) {
            feats.push(T_ART);
        }
        Self::cluster_bits(feats, T_CL, t.cluster);
    }

    /// Features a token contributes to the token `pos` places after it (`pos` = -2, -1, 1,
    /// 2 is where it stands relative to that token); `None` is the sentence edge. They
    /// depend on one word type only, so their scores can be cached per type.
    fn neighbour_features(t: Option<&TokenInfo>, pos: i8, feats: &mut Vec<u64>) {
        let h = t.map_or(EDGE, |t| t.hash);
        match pos {
            -2 => feats.push(mix(T_W_M2, h)),
            2 => feats.push(mix(T_W_P2, h)),
            -1 => {
                feats.push(mix(T_W_M1, h));
                if let Some(t) = t {
                    feats.push(mix(T_S_M1, t.s3));
                    for s in &t.strips {
                        feats.push(mix(T_STEM_M1, hash_str(&s.stem)));
                    }
                    Self::cluster_bits(feats, T_CL_M1, t.cluster);
                }
            }
            _ => {
                feats.push(mix(T_W_P1, h));
                if let Some(t) = t {
                    feats.push(mix(T_S_P1, t.s3));
                    Self::cluster_bits(feats, T_CL_P1, t.cluster);
                }
            }
        }
    }

    /// The four neighbour positions and the token each holds (`None` past the edge).
    fn neighbours<'a>(info: &[&'a TokenInfo], i: usize) -> [(i8, Option<&'a TokenInfo>); 4] {
        let at = |j: isize| (j >= 0).then(|| info.get(j as usize).copied()).flatten();
        let i = i as isize;
        [
            (-2, at(i - 2)),
            (-1, at(i - 1)),
            (1, at(i + 1)),
            (2, at(i + 2)),
        ]
    }

    /// Features of token `i` that look at its neighbours or at gazetteer matches.
    fn context_features(
        &self,
        info: &[&TokenInfo],
        gaz: &[TokenMatch],
        i: usize,
        feats: &mut Vec<u64>,
    ) {
        for (pos, t) in Self::neighbours(info, i) {
            Self::neighbour_features(t, pos, feats);
        }
        self.pair_features(info, gaz, i, feats);
    }

    /// Features of token `i` that combine it with a neighbour, and gazetteer matches.
    fn pair_features(
        &self,
        info: &[&TokenInfo],
        gaz: &[TokenMatch],
        i: usize,
        feats: &mut Vec<u64>,
    ) {
        let n = info.len();
        let t = info[i];
        let h = |j: usize| info.get(j).map_or(EDGE, |x| x.hash);
        let prev = if i == 0 { EDGE } else { h(i - 1) };
        feats.push(mix(mix(T_BI_L, prev), t.hash));
        feats.push(mix(mix(T_BI_R, t.hash), h(i + 1)));
        if t.class != 0 {
            let c = |j: usize| info.get(j).map_or(EDGE, |x| x.class);
            let before = if i == 0 { EDGE } else { c(i - 1) };
            let after = c(i + 1);
            feats.push(mix(T_CLASS, t.class));
            feats.push(mix(T_CLASS_M1, before));
            feats.push(mix(T_CLASS_P1, after));
            feats.push(mix(mix(T_CLASS_BI_L, before), t.class));
            feats.push(mix(mix(T_CLASS_BI_R, t.class), after));
        }
        for c in 0..self.gazetteer.categories().len() {
            let code = |m: &TokenMatch| u64::from((m.codes >> (2 * c)) & 3);
            let own = code(&gaz[i]);
            if own != 0 {
                feats.push(mix(T_GAZ, (c as u64) << 2 | own));
                if gaz[i].stripped & (1 << c) != 0 {
                    feats.push(mix(T_GAZ_S, c as u64));
                }
            }
            if i > 0 && code(&gaz[i - 1]) != 0 {
                feats.push(mix(T_GAZ_M1, (c as u64) << 2 | code(&gaz[i - 1])));
            }
            if i + 1 < n && code(&gaz[i + 1]) != 0 {
                feats.push(mix(T_GAZ_P1, (c as u64) << 2 | code(&gaz[i + 1])));
            }
        }
    }

    fn allowed(prev: Option<u16>, cur: u16) -> bool {
        match Self::tag_parts(cur) {
            Some((t, false)) => match prev.and_then(Self::tag_parts) {
                Some((p, _)) => p == t,
                None => false,
            },
            _ => true,
        }
    }

    /// Viterbi over the tags: `emit(i, acc)` adds the emission scores of token i into
    /// `acc`, `trans(prev, acc)` the transition scores from `prev` (`None` at the start).
    fn viterbi(
        n: usize,
        k: usize,
        mut emit: impl FnMut(usize, &mut [f32]),
        mut trans: impl FnMut(Option<u16>, &mut [f32]),
        out: &mut Vec<u16>,
    ) {
        out.clear();
        if n == 0 {
            return;
        }
        // transition table: row `prev` (k = start)
        let mut tr = vec![0f32; (k + 1) * k];
        for p in 0..=k {
            let prev = (p < k).then_some(p as u16);
            trans(prev, &mut tr[p * k..(p + 1) * k]);
        }
        let mut score = vec![f32::NEG_INFINITY; n * k];
        let mut back = vec![0u16; n * k];
        let mut e = vec![0f32; k];
        for i in 0..n {
            e.iter_mut().for_each(|x| *x = 0.0);
            emit(i, &mut e);
            for c in 0..k {
                if i == 0 {
                    if Self::allowed(None, c as u16) {
                        score[c] = e[c] + tr[k * k + c];
                    }
                    continue;
                }
                let mut best = f32::NEG_INFINITY;
                let mut arg = 0u16;
                for p in 0..k {
                    let s = score[(i - 1) * k + p];
                    if s == f32::NEG_INFINITY || !Self::allowed(Some(p as u16), c as u16) {
                        continue;
                    }
                    let s = s + tr[p * k + c];
                    if s > best {
                        best = s;
                        arg = p as u16;
                    }
                }
                score[i * k + c] = best + e[c];
                back[i * k + c] = arg;
            }
        }
        let mut best = 0usize;
        for c in 1..k {
            if score[(n - 1) * k + c] > score[(n - 1) * k + best] {
                best = c;
            }
        }
        out.resize(n, 0);
        out[n - 1] = best as u16;
        for i in (1..n).rev() {
            out[i - 1] = back[i * k + out[i] as usize];
        }
    }

    fn trans_feat(prev: Option<u16>) -> u64 {
        mix(T_TRANS, prev.map_or(0xffff, u64::from))
    }

    fn decode(&self, w: &Weights, feats: &[u64], starts: &[usize], out: &mut Vec<u16>) {
        Self::viterbi(
            starts.len() - 1,
            self.tag_count(),
            |i, acc| w.score_all(&feats[starts[i]..starts[i + 1]], acc),
            |p, acc| w.score_all(&[Self::trans_feat(p)], acc),
            out,
        );
    }

    /// Tags the sentences of one document (tag ids, see [`Recognizer::tag_name`]). The
    /// second stage sees the first stage's labels of the other occurrences of each word in
    /// the sentences within `window` sentences on each side (`usize::MAX`: the whole
    /// document). `classes` gives each token its word class when the model uses them
    /// ([`Recognizer::uses_word_classes`]); without them such a model tags less well.
    pub fn tag_sentences(
        &self,
        sentences: &[Vec<&str>],
        classes: Option<&[Vec<&str>]>,
        window: usize,
    ) -> Vec<Vec<u16>> {
        let (types, ids) = self.intern(sentences, classes);
        let infos: Vec<Vec<&TokenInfo>> = ids
            .iter()
            .map(|s| s.iter().map(|&i| &types[i as usize]).collect())
            .collect();
        let (Some(w2), Some(both)) = (&self.stage2, &self.both) else {
            let (mut feats, mut starts) = (Vec::new(), Vec::new());
            return infos
                .iter()
                .map(|info| {
                    let mut out = Vec::new();
                    self.features(info, &mut feats, &mut starts);
                    self.decode(&self.weights, &feats, &starts, &mut out);
                    out
                })
                .collect();
        };
        // first pass: both stages' scores of the base features, one lookup per feature
        let k = self.tag_count();
        let mut second_base: Vec<Vec<f32>> = Vec::with_capacity(sentences.len());
        let mut first: Vec<Vec<u16>> = Vec::with_capacity(sentences.len());
        let (mut feats, mut starts) = (Vec::new(), Vec::new());
        let mut trans = vec![0f32; (k + 1) * 2 * k];
        for p in 0..=k {
            let prev = (p < k).then_some(p as u16);
            both.score_all(
                &[Self::trans_feat(prev)],
                &mut trans[p * 2 * k..(p + 1) * 2 * k],
            );
        }
        let mut acc = vec![0f32; 2 * k];
        // scores of the token-local features, per word type (news repeats its words)
        // scores that depend on one word type only (news repeats its words): the token's
        // own features, and what it contributes at each neighbour position; slot 0 is the
        // token itself, slots 1-4 the positions -2, -1, 1, 2
        let w = 2 * k;
        let mut cache: Vec<Option<Box<[f32]>>> = vec![None; types.len()];
        let type_scores = |t: &TokenInfo, feats: &mut Vec<u64>| -> Box<[f32]> {
            let mut v = vec![0f32; 5 * w];
            feats.clear();
            Self::local_features(t, feats);
            both.score_all(feats, &mut v[..w]);
            for (slot, pos) in [-2i8, -1, 1, 2].into_iter().enumerate() {
                feats.clear();
                Self::neighbour_features(Some(t), pos, feats);
                both.score_all(feats, &mut v[(slot + 1) * w..(slot + 2) * w]);
            }
            v.into_boxed_slice()
        };
        let mut edge = vec![0f32; 5 * w];
        for (slot, pos) in [-2i8, -1, 1, 2].into_iter().enumerate() {
            feats.clear();
            Self::neighbour_features(None, pos, &mut feats);
            both.score_all(&feats, &mut edge[(slot + 1) * w..(slot + 2) * w]);
        }
        TYPE_CACHE.with(|c| {
            let mut c = c.borrow_mut();
            if c.0 != self.id {
                *c = (self.id, FastMap::default());
            }
            for (info, sid) in infos.iter().zip(&ids) {
                for (t, &id) in info.iter().zip(sid) {
                    if cache[id as usize].is_some() {
                        continue;
                    }
                    let v = match c.1.get(&t.hash) {
                        Some(v) => v.clone(),
                        None => {
                            let v = type_scores(t, &mut feats);
                            if c.1.len() >= TYPE_CACHE_TYPES {
                                c.1.clear();
                            }
                            c.1.insert(t.hash, v.clone());
                            v
                        }
                    };
                    cache[id as usize] = Some(v);
                }
            }
        });
        for (info, sid) in infos.iter().zip(&ids) {
            let gaz = self.gazetteer_matches(info);
            let n = info.len();
            let mut e1 = vec![0f32; n * k];
            let mut e2 = vec![0f32; n * k];
            for i in 0..n {
                let own = cache[sid[i] as usize].as_deref().expect("filled above");
                acc.copy_from_slice(&own[..w]);
                for (slot, off) in [-2isize, -1, 1, 2].into_iter().enumerate() {
                    let j = i as isize + off;
                    let src = if j >= 0 && (j as usize) < n {
                        cache[sid[j as usize] as usize]
                            .as_deref()
                            .expect("filled above")
                    } else {
                        &edge[..]
                    };
                    let part = &src[(slot + 1) * w..(slot + 2) * w];
                    acc.iter_mut().zip(part).for_each(|(a, b)| *a += b);
                }
                feats.clear();
                self.pair_features(info, &gaz, i, &mut feats);
                both.score_all(&feats, &mut acc);
                e1[i * k..(i + 1) * k].copy_from_slice(&acc[..k]);
                e2[i * k..(i + 1) * k].copy_from_slice(&acc[k..]);
            }
            let mut out = Vec::new();
            Self::viterbi(
                n,
                k,
                |i, a| a.copy_from_slice(&e1[i * k..(i + 1) * k]),
                |p, a| {
                    let p = p.map_or(k, usize::from);
                    a.copy_from_slice(&trans[p * 2 * k..p * 2 * k + k]);
                },
                &mut out,
            );
            first.push(out);
            second_base.push(e2);
        }
        let mut second = Vec::with_capacity(sentences.len());
        for_each_in_window(&infos, &first, window, |i, h| {
            Self::hist_features(&infos[i], h, &first[i], &mut feats, &mut starts);
            let e = &mut second_base[i];
            for t in 0..infos[i].len() {
                w2.score_all(&feats[starts[t]..starts[t + 1]], &mut e[t * k..(t + 1) * k]);
            }
            let mut out = Vec::new();
            Self::viterbi(
                infos[i].len(),
                k,
                |t, a| a.copy_from_slice(&e[t * k..(t + 1) * k]),
                |p, a| {
                    let p = p.map_or(k, usize::from);
                    a.copy_from_slice(&trans[p * 2 * k + k..(p + 1) * 2 * k]);
                },
                &mut out,
            );
            second.push(out);
        });
        second
    }

    /// Tags one sentence on its own: tag ids into `out`.
    pub fn tag_into(&self, tokens: &[&str], out: &mut Vec<u16>) {
        let mut r = self.tag_sentences(&[tokens.to_vec()], None, 0);
        *out = r.pop().unwrap_or_default();
    }

    /// Tags one sentence: `O`, `B-TYPE`, `I-TYPE` per token.
    pub fn tag(&self, tokens: &[&str]) -> Vec<String> {
        let mut ids = Vec::new();
        self.tag_into(tokens, &mut ids);
        ids.into_iter().map(|t| self.tag_name(t)).collect()
    }
}

/// Calls `f(i, history)` for every sentence i in order, with the history of the sentences
/// within `window` on each side (a sliding window: each sentence is added and removed once).
fn for_each_in_window(
    infos: &[Vec<&TokenInfo>],
    tags: &[Vec<u16>],
    window: usize,
    mut f: impl FnMut(usize, &History),
) {
    let n = infos.len();
    let mut h = History::default();
    let (mut lo, mut hi) = (0usize, 0usize); // sentences lo..hi are in `h`
    for i in 0..n {
        let want_hi = i.saturating_add(window).saturating_add(1).min(n);
        let want_lo = i.saturating_sub(window);
        while hi < want_hi {
            h.update(&infos[hi], &tags[hi], true);
            hi += 1;
        }
        while lo < want_lo {
            h.update(&infos[lo], &tags[lo], false);
            lo += 1;
        }
        f(i, &h);
    }
}

/// Training settings for [`train`].
#[derive(Debug, Clone, Copy)]
pub struct TrainOptions {
    /// Passes over the training data.
    pub epochs: usize,
    /// Shuffling seed (training is deterministic for a seed).
    pub seed: u64,
    /// Train a second stage on the first stage's labels elsewhere in the document
    /// (cross-validated first-stage labels on the training data, `folds` folds).
    pub folds: usize,
    /// Sentences on each side that make a document (see [`Recognizer::tag_sentences`]).
    pub window: usize,
    /// Without held-out data, train this many perceptrons (seeds `seed`, `seed + 1`, …) for
    /// each stage and keep their mean weights.
    pub ensemble: usize,
}

/// One training sentence: features (flattened), feature starts, gold tags.
type Example = (Vec<u64>, Vec<usize>, Vec<u16>);

/// Averaged structured perceptron over `data`; `dev(weights)` scores an epoch (None: keep
/// the last). Returns the kept weights and the per-epoch scores.
fn fit(
    data: &[&Example],
    k: usize,
    opts: TrainOptions,
    mut dev: impl FnMut(&Weights) -> Option<f64>,
    log: &mut dyn FnMut(&str),
) -> (Weights, Vec<f64>) {
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = Rng::new(opts.seed);
    let mut trainer = Trainer::new();
    let mut best: Option<(f64, Weights)> = None;
    let mut history = Vec::new();
    let mut pred = Vec::new();
    for epoch in 1..=opts.epochs {
        rng.shuffle(&mut order);
        let mut errors = 0usize;
        for &s in &order {
            let (f, st, gold) = data[s];
            Recognizer::viterbi(
                gold.len(),
                k,
                |i, acc| trainer.score_all(&f[st[i]..st[i + 1]], acc),
                |p, acc| trainer.score_all(&[Recognizer::trans_feat(p)], acc),
                &mut pred,
            );
            trainer.tick();
            for i in 0..gold.len() {
                let gp = (i > 0).then(|| gold[i - 1]);
                let pp = (i > 0).then(|| pred[i - 1]);
                if gold[i] == pred[i] && gp == pp {
                    continue;
                }
                if gold[i] != pred[i] {
                    errors += 1;
                    trainer.reward(&f[st[i]..st[i + 1]], gold[i], 1.0);
                    trainer.reward(&f[st[i]..st[i + 1]], pred[i], -1.0);
                }
                trainer.reward(&[Recognizer::trans_feat(gp)], gold[i], 1.0);
                trainer.reward(&[Recognizer::trans_feat(pp)], pred[i], -1.0);
            }
        }
        let mut msg = format!("epoch {epoch}: {errors} training tag errors");
        let avg = trainer.averaged();
        if let Some(f1) = dev(&avg) {
            msg.push_str(&format!(", held-out entity F1 {f1:.2}"));
            history.push(f1);
            if best.as_ref().is_none_or(|(b, _)| f1 > *b) {
                best = Some((f1, avg));
            }
        } else {
            best = Some((0.0, avg));
        }
        log(&msg);
    }
    let w = best.map(|b| b.1).unwrap_or_else(|| trainer.averaged());
    (w, history)
}

/// The mean weights of `opts.ensemble` perceptrons trained with consecutive seeds.
fn ensemble(data: &[&Example], k: usize, opts: TrainOptions, log: &mut dyn FnMut(&str)) -> Weights {
    let all: Vec<Weights> = (0..opts.ensemble as u64)
        .map(|e| {
            let o = TrainOptions {
                seed: opts.seed.wrapping_add(e),
                ..opts
            };
            fit(data, k, o, |_| None, log).0
        })
        .collect();
    Weights::mean(&all)
}

/// Trains a recognizer on BIO sentences. With `dev`, each stage keeps its epoch with the
/// best entity F1 on it; otherwise the last epoch. Returns the recognizer and the per-epoch
/// held-out F1 of the first stage (then of the second, when trained).
pub fn train(
    sentences: &[BioSentence],
    dev: Option<&[BioSentence]>,
    gazetteer: Gazetteer,
    clusters: Clusters,
    opts: TrainOptions,
    log: &mut dyn FnMut(&str),
) -> (Recognizer, Vec<f64>) {
    let mut types: Vec<String> = sentences
        .iter()
        .flat_map(|s| s.tags.iter())
        .filter_map(|t| t.split_once('-').map(|(_, ty)| ty.to_string()))
        .collect();
    types.sort();
    types.dedup();
    let mut rec = Recognizer {
        types,
        window: opts.window,
        word_classes: sentences.iter().any(|s| !s.classes.is_empty()),
        gazetteer,
        clusters,
        ..Recognizer::default()
    };
    rec.prepare();
    let k = rec.tag_count();
    let toks: Vec<Vec<&str>> = sentences
        .iter()
        .map(|s| s.tokens.iter().map(String::as_str).collect())
        .collect();
    let classes = sentence_classes(sentences);
    let (types, ids) = rec.intern(&toks, classes.as_deref());
    let infos: Vec<Vec<&TokenInfo>> = ids
        .iter()
        .map(|s| s.iter().map(|&i| &types[i as usize]).collect())
        .collect();
    let gold: Vec<Vec<u16>> = sentences
        .iter()
        .map(|s| s.tags.iter().map(|t| rec.tag_id(t)).collect())
        .collect();
    let data: Vec<Example> = infos
        .iter()
        .zip(&gold)
        .map(|(info, g)| {
            let (mut f, mut st) = (Vec::new(), Vec::new());
            rec.features(info, &mut f, &mut st);
            (f, st, g.clone())
        })
        .collect();
    let dev_f1 = |r: &Recognizer| dev.map(|d| evaluate(r, d).overall.prf().2);
    let all: Vec<&Example> = data.iter().collect();
    let shell = rec.clone();
    let (w1, mut hist) = if dev.is_none() && opts.ensemble > 1 {
        (ensemble(&all, k, opts, log), Vec::new())
    } else {
        fit(
            &all,
            k,
            opts,
            |w| {
                let mut r = shell.clone();
                r.weights = w.clone();
                r.prepare();
                dev_f1(&r)
            },
            log,
        )
    };
    rec.weights = w1;
    rec.prepare();
    if opts.folds < 2 {
        return (rec, hist);
    }
    // first-stage labels of the training data by cross-validation (contiguous folds)
    let n = sentences.len();
    let mut first: Vec<Vec<u16>> = vec![Vec::new(); n];
    let mut out = Vec::new();
    for fold in 0..opts.folds {
        let (lo, hi) = (n * fold / opts.folds, n * (fold + 1) / opts.folds);
        let part: Vec<&Example> = data[..lo].iter().chain(&data[hi..]).collect();
        let fixed = TrainOptions {
            epochs: hist
                .iter()
                .enumerate()
                .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(&a.0)))
                .map_or(opts.epochs, |(e, _)| e + 1),
            ..opts
        };
        let (w, _) = fit(&part, k, fixed, |_| None, &mut |_| {});
        for (i, ex) in data.iter().enumerate().take(hi).skip(lo) {
            rec.decode(&w, &ex.0, &ex.1, &mut out);
            first[i] = out.clone();
        }
        log(&format!(
            "first-stage fold {}/{} labelled",
            fold + 1,
            opts.folds
        ));
    }
    let mut data2: Vec<Example> = Vec::with_capacity(n);
    let (mut hf, mut hs) = (Vec::new(), Vec::new());
    for_each_in_window(&infos, &first, opts.window, |i, h| {
        Recognizer::hist_features(&infos[i], h, &first[i], &mut hf, &mut hs);
        let (bf, bs, g) = &data[i];
        let (mut f, mut st) = (Vec::new(), Vec::new());
        for t in 0..g.len() {
            st.push(f.len());
            f.extend_from_slice(&bf[bs[t]..bs[t + 1]]);
            f.extend_from_slice(&hf[hs[t]..hs[t + 1]]);
        }
        st.push(f.len());
        data2.push((f, st, g.clone()));
    });
    let all2: Vec<&Example> = data2.iter().collect();
    let shell = rec.clone();
    let (w2, hist2) = if dev.is_none() && opts.ensemble > 1 {
        (ensemble(&all2, k, opts, log), Vec::new())
    } else {
        fit(
            &all2,
            k,
            opts,
            |w| {
                let mut r = shell.clone();
                r.stage2 = Some(w.clone());
                r.prepare();
                dev_f1(&r)
            },
            log,
        )
    };
    rec.stage2 = Some(w2);
    rec.prepare();
    hist.extend(hist2);
    (rec, hist)
}

/// Tags every sentence of `gold` and scores it (entity-level, `conlleval`).
pub fn evaluate(rec: &Recognizer, gold: &[BioSentence]) -> bio::Scores {
    let (g, p) = predict_all(rec, gold);
    bio::score(&g, &p).expect("same sentences and tokens")
}

/// Joins a person chunk with the person chunk right after it when that one starts with ل
/// (`محمد` + `لسعد عبيد`): the model read the ل of a Maghrebi name (`لسعد` = الأسعد) as a
/// preposition opening a new entity, but two names are not written side by side. `tags` are
/// BIO tag names, one per word of `words`.
pub fn join_clitic_name_parts(tags: &mut [String], words: &[&str]) {
    for i in 1..tags.len().min(words.len()) {
        if tags[i] == "B-PER"
            && tags[i - 1].ends_with("-PER")
            && words[i].starts_with('ل')
            && !words[i].starts_with("لل")
        {
            tags[i] = "I-PER".to_string();
        }
    }
}

/// `مواطن يدعى توفيق نصيب`, `المدعو فلان فلان`: after a word that introduces a name, a
/// one-word person takes the name-like word after it (the model often stops at the first
/// name). `tags` are BIO tag names, one per word of `words`.
pub fn extend_introduced_names(tags: &mut [String], words: &[&str]) {
    let n = tags.len().min(words.len());
    for i in 1..n.saturating_sub(1) {
        // (the tags first: folding every word would allocate on the NER's hot path)
        if tags[i] != "B-PER" || tags[i + 1] != "O" {
            continue;
        }
        if !crate::ner::forms::introduces_name(&crate::ner::forms::fold(words[i - 1])) {
            continue;
        }
        let next = crate::ner::forms::fold(words[i + 1]);
        if next.chars().count() >= 3
            && next.chars().all(is_arabic_letter)
            && !next.starts_with("ال")
            && !NOT_NAME_PARTS.contains(&next.as_str())
        {
            tags[i + 1] = "I-PER".to_string();
        }
    }
}

/// `منتصر بالله بربيرو`, `المعتصم بالله`: a person chunk that starts with `بالله` takes the
/// word before it, the first half of a theophoric name (the model read the ب as a
/// preposition opening the name). `tags` are BIO tag names, one per word of `words`.
pub fn join_theophoric_names(tags: &mut [String], words: &[&str]) {
    for i in 1..tags.len().min(words.len()) {
        if tags[i] != "B-PER" || tags[i - 1] != "O" || crate::ner::forms::fold(words[i]) != "بالله"
        {
            continue;
        }
        let before = crate::ner::forms::fold(words[i - 1]);
        if before.chars().count() >= 3
            && before.chars().all(is_arabic_letter)
            && !NOT_NAME_PARTS.contains(&before.as_str())
        {
            tags[i - 1] = "B-PER".to_string();
            tags[i] = "I-PER".to_string();
        }
    }
}

/// Head nouns of organisation names (folded, after a proclitic): `تنظيم داعش`,
/// `حركة النهضة`, `قوات سوريا الديمقراطية`.
const ORG_HEADS: &[&str] = &[
    "تنظيم",
    "جماعه",
    "حركه",
    "حزب",
    "منظمه",
    "جمعيه",
    "قوات",
    "جيش",
    "جبهه",
    "تيار",
    "ائتلاف",
    "مجلس",
];

/// The head noun of an organisation name in a word (`لتنظيم` → `تنظيم`), if it is one.
fn org_head(word: &str) -> bool {
    let f = crate::ner::forms::fold(word);
    let bare = f.strip_prefix(['و', 'ف']).unwrap_or(&f);
    ORG_HEADS.contains(&bare)
        || bare
            .strip_prefix(['ب', 'ل'])
            .is_some_and(|b| ORG_HEADS.contains(&b))
}

/// Makes organisation names whole where the model split them, following the training data's
/// conventions: a head noun of an organisation tagged as an organisation of its own right
/// before another (`تنظيم` + `داعش`) is part of it; a head noun, a place and a relative
/// adjective (`قوات` + `سوريا` + `الديمقراطية`, `جيش لبنان الجنوبي`) are one organisation.
pub fn join_organisation_names(tags: &mut [String], words: &[&str]) {
    let n = tags.len().min(words.len());
    for i in 0..n.saturating_sub(1) {
        if !org_head(words[i]) {
            continue;
        }
        if tags[i + 1] == "B-ORG" && matches!(tags[i].as_str(), "B-ORG" | "I-ORG") {
            tags[i + 1] = "I-ORG".to_string();
            continue;
        }
        if tags[i] == "O" && tags[i + 1] == "B-LOC" {
            let mut j = i + 2;
            while j < n && tags[j] == "I-LOC" {
                j += 1;
            }
            let adj = j < n && tags[j] == "O" && {
                let f = crate::ner::forms::fold(words[j]);
                f.starts_with("ال")
                    && f.chars().count() > 4
                    && (f.ends_with("يه") || f.ends_with('ي'))
            };
            if adj {
                tags[i] = "B-ORG".to_string();
                for t in &mut tags[i + 1..=j] {
                    *t = "I-ORG".to_string();
                }
            }
        }
    }
}

/// Nouns of an administrative place (folded): `ولاية`, `مدينة`, `معتمدية` …
/// Nouns of companies, papers, channels, banks and teams (folded): the name after one of
/// them names an organisation (`شركة انرون`, `صحيفة ديلي تلغراف`).
const ORGANISATION_NOUNS: &[&str] = &[
    "شركه",
    "صحيفه",
    "جريده",
    "مجله",
    "وكاله",
    "قناه",
    "اذاعه",
    "بنك",
    "مصرف",
    "فريق",
    "نادي",
];

/// Whether a word (folded) is a noun of [`ORGANISATION_NOUNS`] without the article, the
/// head of a construct (`وشركة`, `لصحيفة`; not `الشركة`, which stands before a person in
/// apposition: `رئيس الشركة تيم كلارك`).
fn organisation_noun(folded: &str) -> bool {
    let bare = folded.strip_prefix(['و', 'ف']).unwrap_or(folded);
    let bare = bare.strip_prefix(['ب', 'ل', 'ك']).unwrap_or(bare);
    ORGANISATION_NOUNS.contains(&bare)
}

/// A person right after an untagged noun of a company, paper, channel, bank or team without
/// the article is that organisation (`شركة [انرون]`, `صحيفة [ديلي تلغراف]`: the training data has no person
/// after such a noun, and 21 organisations after `شركة` alone).
pub fn named_organisations_are_no_persons(tags: &mut [String], words: &[&str]) {
    let n = tags.len().min(words.len());
    if !tags[..n].iter().any(|t| t == "B-PER") {
        return;
    }
    for (s, e, label) in bio::chunks(&tags[..n]) {
        if label != "PER" || s == 0 || tags[s - 1] != "O" {
            continue;
        }
        if organisation_noun(&crate::ner::forms::fold(words[s - 1])) {
            for (k, t) in tags[s..e].iter_mut().enumerate() {
                *t = if k == 0 { "B-ORG" } else { "I-ORG" }.to_string();
            }
        }
    }
}

const PLACE_NOUNS: &[&str] = &[
    "ولايه",
    "مدينه",
    "معتمديه",
    "منطقه",
    "بلديه",
    "محافظه",
    "قريه",
    "جهه",
    "عماده",
    "مقاطعه",
];

/// A "person" that starts with a noun of an administrative place (`بولاية تطاوين`) is that
/// place: the noun stays outside, as the training data writes `مدينة X`, and the rest is a
/// place. `tags` are BIO tag names, one per word of `words`.
pub fn places_are_no_persons(tags: &mut [String], words: &[&str]) {
    let n = tags.len().min(words.len());
    for (s, e, label) in bio::chunks(&tags[..n]) {
        if label != "PER" {
            continue;
        }
        let f = crate::ner::forms::fold(words[s]);
        let bare = f.strip_prefix(['و', 'ف']).unwrap_or(&f);
        let bare = bare.strip_prefix(['ب', 'ل']).unwrap_or(bare);
        let bare = bare.strip_prefix("ال").unwrap_or(bare);
        if PLACE_NOUNS.contains(&bare) {
            tags[s] = "O".to_string();
            for (k, t) in tags[s + 1..e].iter_mut().enumerate() {
                *t = if k == 0 { "B-LOC" } else { "I-LOC" }.to_string();
            }
        }
    }
}

/// A single Latin letter at the edge of an Arabic name is a typing slip glued to the word
/// before (`وقالj ايمان بوراوي`): it stays outside the entity.
pub fn trim_stray_letters(tags: &mut [String], words: &[&str]) {
    let n = tags.len().min(words.len());
    let stray = |w: &str| w.chars().count() == 1 && w.chars().all(|c| c.is_ascii_alphabetic());
    for (s, e, label) in bio::chunks(&tags[..n]) {
        let (mut a, mut b) = (s, e);
        while a < b && stray(words[a]) {
            a += 1;
        }
        while b > a && stray(words[b - 1]) {
            b -= 1;
        }
        if (a, b) == (s, e) || !(s..e).any(|t| words[t].chars().any(is_arabic_letter)) {
            continue;
        }
        for (t, tag) in tags.iter_mut().enumerate().take(e).skip(s) {
            *tag = if t < a || t >= b {
                "O".to_string()
            } else if t == a {
                format!("B-{label}")
            } else {
                format!("I-{label}")
            };
        }
    }
}

/// A one-word "entity" that is a common noun for a news source (`مصدران`, `المصادر`,
/// `مسؤول`): the model sometimes takes one for a name before a verb; it is none. A noun of
/// statements that ends a person (`ألفة يوسف تصريحات …`) is left outside it.
pub fn untag_source_nouns(tags: &mut [String], words: &[&str]) {
    let n = tags.len().min(words.len());
    for (s, e, label) in bio::chunks(&tags[..n]) {
        // `انتقدت ألفة يوسف تصريحات …`: the statements criticised end no person's name
        if label == "PER" && e > s + 1 {
            let last = crate::ner::forms::fold(words[e - 1]);
            if matches!(last.as_str(), "تصريحات" | "تصريح" | "بيان" | "بلاغ" | "كلمه")
            {
                tags[e - 1] = "O".to_string();
            }
            continue;
        }
        if e != s + 1 {
            continue;
        }
        let w = crate::ner::forms::fold(words[s]);
        let w = w.strip_prefix(['و', 'ف']).unwrap_or(&w);
        let w = w.strip_prefix("ال").unwrap_or(w);
        if matches!(
            w,
            "مصدر"
                | "مصدرا"
                | "مصدران"
                | "مصدرين"
                | "مصادر"
                | "مسؤول"
                | "مسوول"
                | "مسؤولا"
                | "مسؤولان"
                | "مسؤولين"
                | "مسؤولون"
        ) {
            tags[s] = "O".to_string();
        }
    }
}

/// Title nouns that follow a person's name in apposition (folded): `مصطفى بالي المتحدث
/// باسم …`, `خالد عليوة الرئيس المدير …`.
const TITLE_NOUNS: &[&str] = &[
    "كاتب",
    "الكاتب",
    "المتحدث",
    "الناطق",
    "القيادي",
    "المسؤول",
    "رئيس",
    "الرئيس",
    "وزير",
    "الوزير",
    "مدير",
    "المدير",
    "الامين",
    "السفير",
    "المبعوث",
    "الممثل",
    "المستشار",
    "النائب",
    "نائب",
    "القائد",
    "قائد",
    "عضو",
    "العضو",
    "الخبير",
    "الباحث",
    "الكاتب",
    "الصحفي",
    "المحلل",
    "مستشار",
];

/// Words that are never the second part of a person's name (folded).
const NOT_NAME_PARTS: &[&str] = &[
    "الي",
    "من",
    "في",
    "عن",
    "مع",
    "منذ",
    "بعد",
    "قبل",
    "هذا",
    "هذه",
    "ذلك",
    "اليوم",
    "امس",
    "غدا",
    "ايضا",
    "انه",
    "انها",
    "كان",
    "كانت",
    "قد",
    "لقد",
    "ثم",
    "او",
    "اما",
    "افضل",
    "اول",
    "اكبر",
    "منصب",
];

impl Recognizer {
    /// The rules applied to the model's tags of a sentence (BIO tag names, one per word of
    /// `words`), in documents and in evaluation alike: [`places_are_no_persons`],
    /// [`join_clitic_name_parts`],
    /// [`join_organisation_names`], [`Recognizer::untag_nationality_persons`],
    /// [`Recognizer::extend_names_before_titles`].
    pub fn post_process(&self, tags: &mut [String], words: &[&str]) {
        trim_stray_letters(tags, words);
        untag_source_nouns(tags, words);
        places_are_no_persons(tags, words);
        named_organisations_are_no_persons(tags, words);
        join_clitic_name_parts(tags, words);
        join_theophoric_names(tags, words);
        extend_introduced_names(tags, words);
        join_organisation_names(tags, words);
        self.untag_nationality_persons(tags, words);
        self.split_places_before_names(tags, words);
        self.extend_names_before_titles(tags, words);
        self.split_coordinated_persons(tags, words);
    }

    /// A word with و inside a person is a second person (`راديك وفريدل`, `هايل وعمران`: the
    /// training data writes B-PER there 149 times, I-PER 47, most of them `ولد`, "son of")
    /// unless it is `ولد`, a listed name of its own with the و (`وليد`), a foreign name
    /// written with و for W (`واتسون`, `ويلز`: و before a bare alef or ي), or what follows
    /// the و has fewer than three letters.
    pub fn split_coordinated_persons(&self, tags: &mut [String], words: &[&str]) {
        let n = tags.len().min(words.len());
        // (only a word with و inside a person matters: most sentences have none)
        let inside = |k: usize| tags[k] == "I-PER" && words[k].starts_with('و');
        if !(0..n).any(inside) {
            return;
        }
        for (s, e, label) in bio::chunks(&tags[..n]) {
            if label != "PER" {
                continue;
            }
            for k in s + 1..e {
                // (a foreign name with W writes و before a bare alef or ي: `واتسون`, `ويلز`;
                // a second name keeps its hamza: `وأسامة`)
                let Some(rest) = words[k].strip_prefix('و') else {
                    continue;
                };
                let f = crate::ner::forms::fold(words[k]);
                if rest.chars().count() < 3
                    || rest.starts_with(['ا', 'ي', 'ى'])
                    || f == "ولد"
                    || self.listed(&f, &["per", "anergazet.per", "actor.per", "propn"])
                {
                    continue;
                }
                tags[k] = "B-PER".to_string();
            }
        }
    }

    /// A person of three words or more whose first word is a listed place of four letters or
    /// more with a proclitic ب (`المدير الجهوي بصفاقس مراد المشري`: the post's place, then
    /// the name) is that place and a person after it. Not when the whole word is a listed
    /// name (`بشير`, `بلال`); not a short place (`بابا الفاتيكان` is no `ابا`).
    pub fn split_places_before_names(&self, tags: &mut [String], words: &[&str]) {
        let n = tags.len().min(words.len());
        for (s, e, label) in bio::chunks(&tags[..n]) {
            if label != "PER" || e - s < 3 {
                continue;
            }
            let f = crate::ner::forms::fold(words[s]);
            let Some(stem) = f.strip_prefix('ب').filter(|r| r.chars().count() >= 4) else {
                continue;
            };
            if self.listed(stem, &["loc"]) && !self.listed(&f, &["per", "actor.per", "propn"]) {
                tags[s] = "B-LOC".to_string();
                tags[s + 1] = "B-PER".to_string();
            }
        }
    }

    /// A listed first name tagged as a one-word person, then an untagged word, then a title
    /// noun, a comma allowed before it (`مصطفى بالي المتحدث باسم …`, `عادل بلعيد، المدير
    /// الجهوي`): the untagged word is the family name (the
    /// training data writes such names whole, `وقال ريناتو سوليدام رئيس`, and the model
    /// misses surnames it has never seen). Prepositions, function words and elatives are
    /// never taken.
    pub fn extend_names_before_titles(&self, tags: &mut [String], words: &[&str]) {
        let n = tags.len().min(words.len());
        for i in 0..n.saturating_sub(2) {
            let single = tags[i] == "B-PER" && tags[i + 1] == "O";
            if !single || tags[i + 2] != "O" {
                continue;
            }
            // (a comma may stand before the title: `عادل بلعيد، المدير الجهوي`)
            let t = if matches!(words[i + 2], "،" | ",") && i + 3 < n && tags[i + 3] == "O" {
                i + 3
            } else {
                i + 2
            };
            let title = crate::ner::forms::fold(words[t]);
            if !TITLE_NOUNS.contains(&title.as_str()) {
                continue;
            }
            let first = crate::ner::forms::fold(words[i]);
            let first = first.strip_prefix(['و', 'ف']).unwrap_or(&first);
            if !self.listed(first, &["per.first"]) {
                continue;
            }
            let w = crate::ner::forms::fold(words[i + 1]);
            let name_like = w.chars().count() >= 3
                && w.chars().all(crate::text::chars::is_arabic_letter)
                && !NOT_NAME_PARTS.contains(&w.as_str())
                && !TITLE_NOUNS.contains(&w.as_str())
                && !w.starts_with('و');
            if name_like {
                tags[i + 1] = "I-PER".to_string();
            }
        }
    }

    /// Whether the gazetteer lists a folded phrase in a category whose name starts with
    /// one of `prefixes` (`loc`, `per.first` …).
    fn listed(&self, folded: &str, prefixes: &[&str]) -> bool {
        self.gazetteer
            .listed_in(folded, |c| prefixes.iter().any(|p| c.starts_with(p)))
    }

    /// Untags a one-word person that is the relative adjective of a listed country (`مصدر
    /// رسمي سوري`: `سوري` from `سوريا`, `تونسي` from `تونس`), which the training data
    /// leaves outside entities.
    pub fn untag_nationality_persons(&self, tags: &mut [String], words: &[&str]) {
        let n = tags.len().min(words.len());
        for i in 0..n {
            let single = tags[i] == "B-PER" && tags.get(i + 1).is_none_or(|t| t != "I-PER");
            if !single {
                continue;
            }
            let f = crate::ner::forms::fold(words[i]);
            let bare = f.strip_prefix("ال").unwrap_or(&f);
            let Some(stem) = bare.strip_suffix('ي').filter(|s| s.chars().count() >= 2) else {
                continue;
            };
            let place = [
                stem.to_string(),
                format!("{stem}ا"),
                format!("ال{stem}"),
                format!("{bare}ا"),
            ]
            .iter()
            .any(|p| self.listed(p, &["loc.country"]));
            if place && !self.listed(&f, &["per", "actor.per"]) {
                tags[i] = "O".to_string();
            }
        }
    }
}

/// The tag rules that look past the sentence, over `window` sentences on each side
/// (`usize::MAX`: the whole document): [`propagate_surnames`], then
/// [`propagate_named_organisations`].
pub fn propagate(tags: &mut [Vec<String>], words: &[Vec<&str>], window: usize) {
    propagate_surnames(tags, words, window);
    propagate_named_organisations(tags, words, window);
}

/// A one-word organisation named after a company or paper noun (`شركة انرون`, see
/// [`named_organisations_are_no_persons`]) is that organisation where the same word is a
/// one-word person within the window (`انهيار انرون`).
pub fn propagate_named_organisations(tags: &mut [Vec<String>], words: &[Vec<&str>], window: usize) {
    let n = tags.len().min(words.len());
    let names: Vec<Vec<String>> = (0..n)
        .map(|i| {
            if !tags[i].iter().any(|t| t == "B-ORG") {
                return Vec::new();
            }
            bio::chunks(&tags[i])
                .into_iter()
                .filter(|&(s, e, ref l)| {
                    l == "ORG"
                        && e == s + 1
                        && s > 0
                        && organisation_noun(&crate::ner::forms::fold(words[i][s - 1]))
                })
                .map(|(s, _, _)| crate::ner::forms::fold(words[i][s]))
                .collect()
        })
        .collect();
    if names.iter().all(Vec::is_empty) {
        return;
    }
    for_each_window_keys(&names, window, |i, known| {
        if !tags[i].iter().any(|t| t == "B-PER") {
            return;
        }
        for (s, e, l) in bio::chunks(&tags[i]) {
            if l == "PER" && e == s + 1 {
                let f = crate::ner::forms::fold(words[i][s]);
                if known.contains_key(f.as_str()) {
                    tags[i][s] = "B-ORG".to_string();
                }
            }
        }
    });
}

/// Calls `f(i, known)` for every sentence i in order, `known` counting the keys of the
/// sentences within `window` on each side (a sliding window: each sentence's keys enter and
/// leave once).
fn for_each_window_keys(
    keys: &[Vec<String>],
    window: usize,
    mut f: impl FnMut(usize, &crate::model::features::FastMap<&str, usize>),
) {
    let n = keys.len();
    let mut known: crate::model::features::FastMap<&str, usize> = Default::default();
    let (mut lo, mut hi) = (0, 0);
    for i in 0..n {
        let want_hi = i.saturating_add(window).saturating_add(1).min(n);
        for s in &keys[hi..want_hi] {
            for w in s {
                *known.entry(w.as_str()).or_default() += 1;
            }
        }
        hi = want_hi;
        for s in &keys[lo..i.saturating_sub(window).max(lo)] {
            for w in s {
                if let Some(c) = known.get_mut(w.as_str()) {
                    *c -= 1;
                    if *c == 0 {
                        known.remove(w.as_str());
                    }
                }
            }
        }
        lo = i.saturating_sub(window).max(lo);
        if !known.is_empty() {
            f(i, &known);
        }
    }
}

/// Tags as persons the untagged occurrences of a surname: the last word of a person of two
/// words or more (`مهدي جمعة`) found within `window` sentences on each side (`usize::MAX`:
/// the whole document) names the same person when it stands alone (`وحاول جمعة …`). Not a
/// word after `يوم` (`يوم الجمعة`), nor one of fewer than three letters, nor a word right
/// after a definite word, where it is an adjective (`المخرج التونسي` when `صلاح التونسي` is
/// a person); the word must be spelt the same up to diacritics and hamza on alef — `ى` and
/// `ي` stay apart, so `محمد علي` does not make the preposition `على` a person — without a
/// proclitic. `tags` and `words` are per sentence.
pub fn propagate_surnames(tags: &mut [Vec<String>], words: &[Vec<&str>], window: usize) {
    let n = tags.len().min(words.len());
    // each sentence's surnames (folded)
    // (and each two-word name as a pair key, `\u{1}first\u{1}last`, to complete a first name
    // tagged alone before its surname)
    let surnames: Vec<Vec<String>> = (0..n)
        .map(|i| {
            let persons: Vec<(usize, usize)> = bio::chunks(&tags[i])
                .into_iter()
                .filter(|(s, e, l)| l == "PER" && e - s >= 2)
                .map(|(s, e, _)| (s, e))
                .collect();
            let last = persons
                .iter()
                .map(|&(_, e)| surname_key(words[i][e - 1]))
                .filter(|w| w.chars().count() >= 3 && !never_surname(w));
            let pairs = persons
                .iter()
                .filter(|&&(s, e)| e - s == 2)
                .map(|&(s, _)| pair_key(words[i][s], words[i][s + 1]));
            last.chain(pairs).collect()
        })
        .collect();
    // the surnames of the sentences within the window, counted
    for_each_window_keys(&surnames, window, |i, known| {
        for t in 0..tags[i].len().min(words[i].len()) {
            let prev = t.checked_sub(1).map(|p| words[i][p]);
            if tags[i][t] != "O" || prev.is_some_and(|p| matches!(p, "يوم" | "ويوم") || definite(p))
            {
                continue;
            }
            if known.contains_key(surname_key(words[i][t]).as_str()) {
                // (right after its first name, tagged alone, a known two-word name continues:
                // `وأكد توفيق نصيب` once `توفيق نصيب` is known)
                let completes = t > 0
                    && tags[i][t - 1] == "B-PER"
                    && known.contains_key(pair_key(words[i][t - 1], words[i][t]).as_str());
                tags[i][t] = if completes { "I-PER" } else { "B-PER" }.to_string();
            }
        }
    });
}

/// The key of a two-word name in [`propagate_surnames`]: both words as [`surname_key`]
/// spells them, after a separator no word holds.
fn pair_key(first: &str, last: &str) -> String {
    format!("\u{1}{}\u{1}{}", surname_key(first), surname_key(last))
}

/// The spelling a propagated surname must match: without diacritics and tatweel, alef with
/// hamza or madda as bare alef; the other letters as written.
fn surname_key(word: &str) -> String {
    word.chars()
        .filter(|&c| !crate::text::chars::is_arabic_mark(c) && c != crate::text::chars::TATWEEL)
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            c => c,
        })
        .collect()
}

/// A function word a person's name can end in when the model runs the name on (`وفاء حسين
/// على تنويه`): never spread as a surname.
fn never_surname(key: &str) -> bool {
    matches!(key, "على" | "لدى" | "حتى" | "سوى" | "متى" | "إلى" | "الى")
        || NOT_NAME_PARTS.contains(&crate::ner::forms::fold(key).as_str())
}

/// Whether a word carries the article (after at most one proclitic: `ال…`, `وال…`, `بال…`,
/// `لل…`).
fn definite(word: &str) -> bool {
    let w = word.trim_start_matches(['و', 'ف']);
    w.starts_with("ال") || w.starts_with("بال") || w.starts_with("كال") || w.starts_with("لل")
}

/// The word classes of BIO sentences, when every sentence has them.
fn sentence_classes(sentences: &[BioSentence]) -> Option<Vec<Vec<&str>>> {
    sentences
        .iter()
        .all(|s| s.classes.len() == s.tokens.len())
        .then(|| {
            sentences
                .iter()
                .map(|s| s.classes.iter().map(String::as_str).collect())
                .collect()
        })
}

/// Gold and predicted tag sequences for every sentence of `gold` (read as one stream of
/// sentences: the second stage looks at the model's window of sentences around each).
/// The tags go through [`Recognizer::post_process`] and [`propagate_surnames`] (within the
/// model's window), as in the entities a document gets.
pub fn predict_all(rec: &Recognizer, gold: &[BioSentence]) -> (Vec<Vec<String>>, Vec<Vec<String>>) {
    let sents: Vec<Vec<&str>> = gold
        .iter()
        .map(|s| s.tokens.iter().map(String::as_str).collect())
        .collect();
    let classes = sentence_classes(gold);
    let tags = rec.tag_sentences(&sents, classes.as_deref(), rec.window);
    let mut p: Vec<Vec<String>> = tags
        .into_iter()
        .zip(&sents)
        .map(|(t, words)| {
            let mut names: Vec<String> = t.into_iter().map(|x| rec.tag_name(x)).collect();
            rec.post_process(&mut names, words);
            names
        })
        .collect();
    propagate(&mut p, &sents, rec.window);
    (gold.iter().map(|s| s.tags.clone()).collect(), p)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<BioSentence> {
        bio::read(text).unwrap()
    }

    /// Tag names as the post-processing steps take them.
    fn tags_of(t: &[&str]) -> Vec<String> {
        t.iter().map(|x| x.to_string()).collect()
    }

    /// A recognizer trained for one epoch on a BIO text, with a gazetteer (TSV): enough for
    /// the tag rules that read the gazetteer.
    fn tiny(bio: &str, gazetteer: &str) -> Recognizer {
        let opts = TrainOptions {
            epochs: 1,
            seed: 1,
            folds: 2,
            window: 1,
            ensemble: 1,
        };
        let gaz = Gazetteer::from_tsv(gazetteer).unwrap();
        train(
            &sents(bio),
            None,
            gaz,
            Clusters::default(),
            opts,
            &mut |_| {},
        )
        .0
    }

    #[test]
    fn a_person_chunk_starting_with_l_joins_the_one_before() {
        let words = ["قال", "محمد", "لسعد", "عبيد", "لسعد"];
        let mut tags: Vec<String> = ["O", "B-PER", "B-PER", "I-PER", "B-PER"]
            .iter()
            .map(|t| t.to_string())
            .collect();
        join_clitic_name_parts(&mut tags, &words);
        assert_eq!(tags, ["O", "B-PER", "I-PER", "I-PER", "I-PER"]);
        // not after another type, nor a chunk without ل
        let words = ["في", "تونس", "لسعد", "محمد", "علي"];
        let mut tags: Vec<String> = ["O", "B-LOC", "B-PER", "B-PER", "I-PER"]
            .iter()
            .map(|t| t.to_string())
            .collect();
        join_clitic_name_parts(&mut tags, &words);
        assert_eq!(tags, ["O", "B-LOC", "B-PER", "B-PER", "I-PER"]);
    }

    #[test]
    fn introduced_names_and_known_two_word_names_are_completed() {
        // `مواطن يدعى توفيق نصيب`: the word after the first name is its surname
        let words = ["مواطن", "يدعى", "توفيق", "نصيب", "عبر"];
        let mut tags = tags_of(&["O", "O", "B-PER", "O", "O"]);
        extend_introduced_names(&mut tags, &words);
        assert_eq!(tags, ["O", "O", "B-PER", "I-PER", "O"]);
        // not a function word or a definite word
        let words = ["يدعى", "توفيق", "في", "يدعى", "سامي", "الطالب"];
        let mut tags = tags_of(&["O", "B-PER", "O", "O", "B-PER", "O"]);
        extend_introduced_names(&mut tags, &words);
        assert_eq!(tags, ["O", "B-PER", "O", "O", "B-PER", "O"]);
        // once `توفيق نصيب` is known, `توفيق` tagged alone before `نصيب` is completed; a
        // surname after another first name starts a person of its own
        let words = vec![
            vec!["يدعى", "توفيق", "نصيب"],
            vec!["وأكد", "توفيق", "نصيب", "أن", "سامي", "نصيب"],
        ];
        let mut tags = vec![
            tags_of(&["O", "B-PER", "I-PER"]),
            tags_of(&["O", "B-PER", "O", "O", "B-PER", "O"]),
        ];
        propagate_surnames(&mut tags, &words, usize::MAX);
        assert_eq!(tags[1], ["O", "B-PER", "I-PER", "O", "B-PER", "B-PER"]);
    }

    #[test]
    fn theophoric_names_and_source_nouns() {
        // `منتصر بالله بربيرو`: the word before `بالله` is the first half of the name
        let words = ["الناطق،", "منتصر", "بالله", "بربيرو", "أن"];
        let mut tags = tags_of(&["O", "O", "B-PER", "I-PER", "O"]);
        join_theophoric_names(&mut tags, &words);
        assert_eq!(tags, ["O", "B-PER", "I-PER", "I-PER", "O"]);
        // not a function word
        let words = ["من", "بالله", "عليكم"];
        let mut tags = tags_of(&["O", "B-PER", "O"]);
        join_theophoric_names(&mut tags, &words);
        assert_eq!(tags, ["O", "B-PER", "O"]);
        // a one-word source noun is no entity; a name is kept
        let words = ["وقال", "مصدران", "بالشرطة", "وقال", "مصطفى", "بالي"];
        let mut tags = tags_of(&["O", "B-PER", "O", "O", "B-PER", "I-PER"]);
        untag_source_nouns(&mut tags, &words);
        assert_eq!(tags, ["O", "O", "O", "O", "B-PER", "I-PER"]);
    }

    #[test]
    fn organisation_names_are_made_whole() {
        // a head noun tagged apart from its organisation
        let words = ["جيب", "لتنظيم", "داعش", "في", "سوريا"];
        let mut tags = tags_of(&["O", "B-ORG", "B-ORG", "O", "B-LOC"]);
        join_organisation_names(&mut tags, &words);
        assert_eq!(tags, ["O", "B-ORG", "I-ORG", "O", "B-LOC"]);
        // a head noun, a place and a relative adjective
        let words = ["باسم", "قوات", "سوريا", "الديمقراطية", "،"];
        let mut tags = tags_of(&["O", "O", "B-LOC", "O", "O"]);
        join_organisation_names(&mut tags, &words);
        assert_eq!(tags, ["O", "B-ORG", "I-ORG", "I-ORG", "O"]);
        // not the forces of a place without an adjective, nor other nouns
        let words = ["قوات", "سوريا", "في", "الجيش", "العراق", "الشمالي"];
        let mut tags = tags_of(&["O", "B-LOC", "O", "O", "B-LOC", "O"]);
        join_organisation_names(&mut tags, &words);
        assert_eq!(tags, ["O", "B-LOC", "O", "O", "B-LOC", "O"]);
        // a head left outside an organisation stays outside (the training data's
        // convention varies)
        let words = ["حزب", "النهضة"];
        let mut tags = tags_of(&["O", "B-ORG"]);
        join_organisation_names(&mut tags, &words);
        assert_eq!(tags, ["O", "B-ORG"]);
    }

    #[test]
    fn a_name_with_wa_inside_a_person_is_a_second_person() {
        let rec = tiny("قال O\nأحمد B-PER\n\n", "per.first\tوليد\n");
        let split = |words: &[&str], tags: &[&str]| {
            let mut t = tags_of(tags);
            rec.split_coordinated_persons(&mut t, words);
            t
        };
        assert_eq!(
            split(&["جمال", "وعلاء", "مبارك"], &["B-PER", "I-PER", "I-PER"]),
            ["B-PER", "B-PER", "I-PER"]
        );
        assert_eq!(
            split(&["مارك", "وأسامة"], &["B-PER", "I-PER"]),
            ["B-PER", "B-PER"]
        );
        // a foreign W name, `ولد` ("son of"), a listed name, a short word: one person
        for w in ["واتسون", "ويلز", "ولد", "وليد", "ونر"] {
            assert_eq!(
                split(&["روبرت", w], &["B-PER", "I-PER"]),
                ["B-PER", "I-PER"],
                "{w}"
            );
        }
    }

    #[test]
    fn a_first_name_before_an_unknown_word_and_a_title_takes_it_as_surname() {
        let rec = tiny(
            "قال O\nأحمد B-PER\nفي O\nبغداد B-LOC\n\n",
            "per.first\tمصطفى\nloc\tبغداد\n",
        );
        let check = |words: &[&str], tags: &[&str], want: &[&str]| {
            let mut t: Vec<String> = tags.iter().map(|x| x.to_string()).collect();
            rec.extend_names_before_titles(&mut t, words);
            assert_eq!(t, want, "{words:?}");
        };
        // the seed article's spokesman: a listed first name, an unseen surname, a title
        check(
            &["وقال", "مصطفى", "بالي", "المتحدث", "باسم"],
            &["O", "B-PER", "O", "O", "O"],
            &["O", "B-PER", "I-PER", "O", "O"],
        );
        // a secretary of a union is a title too
        check(
            &["أكد", "مصطفى", "جرار", "كاتب", "عام", "النقابة"],
            &["O", "B-PER", "O", "O", "O", "O"],
            &["O", "B-PER", "I-PER", "O", "O", "O"],
        );
        // a comma may stand before the title
        check(
            &["قال", "مصطفى", "بلعيد", "،", "المدير", "الجهوي"],
            &["O", "B-PER", "O", "O", "O", "O"],
            &["O", "B-PER", "I-PER", "O", "O", "O"],
        );
        // a preposition, an unlisted first name, a two-word name, no title: unchanged
        for (words, tags) in [
            (["مصطفى", "إلى", "رئيس"], ["B-PER", "O", "O"]),
            (["زيدان", "أفضل", "لاعب"], ["B-PER", "O", "O"]),
            (["مصطفى", "بالي", "أمس"], ["B-PER", "O", "O"]),
            (["مصطفى", "بالي", "المتحدث"], ["B-PER", "B-LOC", "O"]),
        ] {
            check(&words, &tags, &tags);
        }
    }

    #[test]
    fn a_stray_latin_letter_stays_outside_a_name() {
        let mut tags: Vec<String> = ["O", "B-PER", "I-PER", "I-PER", "O"]
            .iter()
            .map(|t| t.to_string())
            .collect();
        trim_stray_letters(&mut tags, &["وقال", "j", "ايمان", "بوراوي", "إن"]);
        assert_eq!(tags, ["O", "O", "B-PER", "I-PER", "O"]);
        // a Latin name is left whole
        let mut tags: Vec<String> = ["B-ORG", "I-ORG"].iter().map(|t| t.to_string()).collect();
        trim_stray_letters(&mut tags, &["BBC", "A"]);
        assert_eq!(tags, ["B-ORG", "I-ORG"]);
    }

    #[test]
    fn a_person_that_starts_with_a_place_noun_is_the_place() {
        let words = ["أكد", "ممثل", "المعهد", "بولاية", "تطاوين", "أنه"];
        let mut tags: Vec<String> = ["O", "O", "B-ORG", "B-PER", "I-PER", "O"]
            .iter()
            .map(|t| t.to_string())
            .collect();
        places_are_no_persons(&mut tags, &words);
        assert_eq!(tags, ["O", "O", "B-ORG", "O", "B-LOC", "O"]);
        // a person named like a noun of its own stays (`ولايتي` is not `ولاية`)
        let mut tags: Vec<String> = ["B-PER", "I-PER"].iter().map(|t| t.to_string()).collect();
        places_are_no_persons(&mut tags, &["علي", "ولايتي"]);
        assert_eq!(tags, ["B-PER", "I-PER"]);
    }

    #[test]
    fn a_person_named_after_a_company_or_paper_noun_is_an_organisation() {
        let words = [
            "وذكرت",
            "صحيفة",
            "ديلي",
            "تلغراف",
            "أن",
            "رئيس",
            "الشركة",
            "تيم",
            "كلارك",
        ];
        let mut tags = tags_of(&["O", "O", "B-PER", "I-PER", "O", "O", "O", "B-PER", "I-PER"]);
        named_organisations_are_no_persons(&mut tags, &words);
        // (`الشركة` with the article stands before a person in apposition)
        assert_eq!(
            tags,
            ["O", "O", "B-ORG", "I-ORG", "O", "O", "O", "B-PER", "I-PER"]
        );
        // the organisation's name alone elsewhere in the window, tagged a person, is it too
        let words: Vec<Vec<&str>> = vec![
            vec!["انهيار", "شركة", "انرون"],
            vec!["وقالت", "انرون", "إن"],
            vec!["وقال", "انرون", "جونز"],
            vec!["وقالت", "انرون"],
        ];
        let mut tags = vec![
            tags_of(&["O", "O", "B-PER"]),
            tags_of(&["O", "B-PER", "O"]),
            tags_of(&["O", "B-PER", "I-PER"]),
            tags_of(&["O", "B-PER"]),
        ];
        for t in &mut tags[..1] {
            named_organisations_are_no_persons(t, &words[0]);
        }
        propagate(&mut tags, &words, 2);
        assert_eq!(tags[0], ["O", "O", "B-ORG"]);
        assert_eq!(tags[1], ["O", "B-ORG", "O"]);
        // (a person of two words stays; the fourth sentence is outside the window)
        assert_eq!(tags[2], ["O", "B-PER", "I-PER"]);
        assert_eq!(tags[3], ["O", "B-PER"]);
    }

    #[test]
    fn a_surname_found_with_its_first_name_names_the_person_alone() {
        let words: Vec<Vec<&str>> = vec![
            vec!["حضر", "مهدي", "جمعة", "الملتقى"],
            vec!["وحاول", "جمعة", "تفادي", "الانتقاد", "يوم", "جمعة"],
            vec!["وقال", "جمعة", "إن"],
        ];
        let tag = |t: &[&str]| -> Vec<String> { t.iter().map(|x| x.to_string()).collect() };
        let mut tags = vec![
            tag(&["O", "B-PER", "I-PER", "O"]),
            tag(&["O", "O", "O", "O", "O", "O"]),
            tag(&["O", "O", "O"]),
        ];
        propagate_surnames(&mut tags, &words, 1);
        // alone, not after يوم; and only within the window
        assert_eq!(tags[1], ["O", "B-PER", "O", "O", "O", "O"]);
        assert_eq!(tags[2], ["O", "O", "O"]);
        propagate_surnames(&mut tags, &words, usize::MAX);
        assert_eq!(tags[2], ["O", "B-PER", "O"]);
    }

    #[test]
    fn a_propagated_surname_is_spelt_the_same_and_no_adjective() {
        let words: Vec<Vec<&str>> = vec![
            vec!["التقى", "محمد", "علي", "وصلاح", "التونسي"],
            vec!["وعمل", "على", "الملف", "مع", "المخرج", "التونسي"],
            vec!["وقال", "التونسي", "إن", "علي", "سيحضر"],
            vec!["وحصلت", "وفاء", "حسين", "على", "تنويه"],
            vec!["وحصل", "على", "جائزة"],
        ];
        let tag = |t: &[&str]| -> Vec<String> { t.iter().map(|x| x.to_string()).collect() };
        let mut tags = vec![
            tag(&["O", "B-PER", "I-PER", "B-PER", "I-PER"]),
            tag(&["O", "O", "O", "O", "O", "O"]),
            tag(&["O", "O", "O", "O", "O"]),
            tag(&["O", "B-PER", "I-PER", "I-PER", "O"]),
            tag(&["O", "O", "O"]),
        ];
        propagate_surnames(&mut tags, &words, usize::MAX);
        // a name the model ran on into a preposition does not make the preposition a name
        assert_eq!(tags[4], ["O", "O", "O"]);
        // the preposition على is not the name علي; التونسي after a definite noun is an
        // adjective; alone after a verb it is the person
        assert_eq!(tags[1], ["O", "O", "O", "O", "O", "O"]);
        assert_eq!(tags[2], ["O", "B-PER", "O", "B-PER", "O"]);
    }

    #[test]
    fn word_classes_are_learned_and_read_when_given() {
        // `نور` is a name after `زار` when the tagger calls it a proper noun, and no entity
        // when it calls it a noun: only the class tells the two apart
        let mut data = Vec::new();
        for _ in 0..6 {
            for (class, tag) in [("PROPN", "B-PER"), ("NOUN", "O")] {
                data.push(BioSentence {
                    tokens: vec!["زار".into(), "نور".into()],
                    tags: vec!["O".into(), tag.into()],
                    classes: vec!["VERB".into(), class.into()],
                });
            }
        }
        let opts = TrainOptions {
            epochs: 5,
            seed: 1,
            folds: 0,
            window: 0,
            ensemble: 1,
        };
        let (rec, _) = train(
            &data,
            None,
            Gazetteer::default(),
            Clusters::default(),
            opts,
            &mut |_| {},
        );
        assert!(rec.uses_word_classes());
        let tokens = vec![vec!["زار", "نور"]; 2];
        let classes = vec![vec!["VERB", "PROPN"], vec!["VERB", "NOUN"]];
        let tags = rec.tag_sentences(&tokens, Some(&classes), 0);
        assert_eq!(rec.tag_name(tags[0][1]), "B-PER");
        assert_eq!(rec.tag_name(tags[1][1]), "O");
        // without classes, or with a wrong number of them, the model still tags
        assert_eq!(rec.tag_sentences(&tokens, None, 0).len(), 2);
        let short = vec![vec!["VERB"]; 2];
        assert_eq!(rec.tag_sentences(&tokens, Some(&short), 0)[0].len(), 2);
        // a model trained without classes ignores them
        let plain: Vec<BioSentence> = data
            .iter()
            .map(|s| BioSentence {
                classes: Vec::new(),
                ..s.clone()
            })
            .collect();
        let (rec, _) = train(
            &plain,
            None,
            Gazetteer::default(),
            Clusters::default(),
            opts,
            &mut |_| {},
        );
        assert!(!rec.uses_word_classes());
        let with = rec.tag_sentences(&tokens, Some(&classes), 0);
        assert_eq!(with, rec.tag_sentences(&tokens, None, 0));
    }

    #[test]
    fn learns_a_toy_corpus_and_respects_bio() {
        let mut text = String::new();
        for _ in 0..5 {
            text.push_str("قال O\nأحمد B-PER\nعلي I-PER\nفي O\nبغداد B-LOC\n\n");
            text.push_str("زار O\nمحمد B-PER\nحسن I-PER\nدمشق B-LOC\n\n");
        }
        let data = sents(&text);
        let gaz = Gazetteer::from_tsv("loc\tبغداد\nloc\tدمشق\n").unwrap();
        let (rec, hist) = train(
            &data,
            Some(&data),
            gaz,
            Clusters::default(),
            TrainOptions {
                epochs: 5,
                seed: 1,
                folds: 2,
                window: 3,
                ensemble: 1,
            },
            &mut |_| {},
        );
        assert_eq!(hist.len(), 10);
        assert!(rec.stage2.is_some());
        assert_eq!(
            rec.tag(&["قال", "أحمد", "علي", "في", "بغداد"]),
            ["O", "B-PER", "I-PER", "O", "B-LOC"]
        );
        // never an I- after O, whatever the input
        let tags = rec.tag(&["علي", "علي", "في", "علي"]);
        for w in tags.windows(2) {
            if let Some(t) = w[1].strip_prefix("I-") {
                assert!(w[0].ends_with(t), "{tags:?}");
            }
        }
        assert!(!tags[0].starts_with("I-"));
        assert!(rec.tag(&[]).is_empty());
    }
}
