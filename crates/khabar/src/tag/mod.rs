//! Layer 4, tags: the morphosyntax model bundle (segmenter + tagger + lemmatizer), its
//! training from CoNLL-U, and its file format. Depends on `morph`, `model`, `text`.

#[cfg(feature = "default-model")]
pub mod default_model;
pub mod lemma;
pub mod tagger;
pub mod unanalysed;

use crate::conllu::Sentence as ConlluSentence;
use crate::error::KhabarError;
use crate::model::file::{self, Header};
use crate::morph::{SegExample, Segmenter};
use lemma::Lemmatizer;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::sync::Arc;
use tagger::{TagInput, Tagger, UNANALYSED_XPOS};

/// The analysis of one syntactic word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordAnalysis {
    /// Word form (as the treebank writes it: `الحكومة` inside `للحكومة`).
    pub form: String,
    /// Vocalised lemma.
    pub lemma: String,
    /// Universal POS tag (shared with every word of the same tag).
    pub upos: Arc<str>,
    /// PADT positional tag.
    pub xpos: Arc<str>,
    /// Universal features (`_` when none).
    pub feats: Arc<str>,
    /// Which treebank piece of its token the word belongs to: 0 unless the token holds
    /// several treebank tokens (`15-8`, `85%`, `...`; see [`crate::token::treebank_pieces`]).
    pub piece: u8,
}

/// Segmenter, tagger and lemmatizer, trained together and stored in one file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Morphosyntax {
    /// Clitic segmentation.
    pub segmenter: Segmenter,
    /// UPOS/XPOS/FEATS.
    pub tagger: Tagger,
    /// Lemmas.
    pub lemmatizer: Lemmatizer,
}

/// The model kind written in the header of morphosyntax model files.
pub const KIND: &str = "morphosyntax";

impl Morphosyntax {
    /// Reads a model file.
    ///
    /// # Errors
    /// [`KhabarError::Model`] for a wrong, foreign or corrupt file.
    pub fn from_bytes(bytes: &[u8]) -> Result<(Header, Morphosyntax), KhabarError> {
        let (h, mut m): (Header, Morphosyntax) = file::load_kind(bytes, Some(KIND))?;
        if h.kind != KIND {
            return Err(KhabarError::Model(format!(
                "a `{}` model, not a {KIND} model",
                h.kind
            )));
        }
        m.segmenter.prepare();
        m.tagger.prepare();
        Ok((h, m))
    }

    /// Writes a model file.
    ///
    /// # Errors
    /// [`KhabarError::Model`] when serialization fails.
    pub fn to_bytes(&self, header: &Header) -> Result<Vec<u8>, KhabarError> {
        file::save(header, self)
    }

    /// Analyzes the tokens of one sentence (their surfaces): the words of each token.
    pub fn analyze(&self, tokens: &[String]) -> Vec<Vec<WordAnalysis>> {
        let mut feats = Vec::new();
        let split: Vec<Vec<String>> = (0..tokens.len())
            .map(|i| self.segmenter.segment(tokens, i, &mut feats))
            .collect();
        // the treebank writes no diacritics: words are tagged and lemmatized without them
        let plain: Vec<Vec<Cow<'_, str>>> = split
            .iter()
            .map(|ws| ws.iter().map(|w| plain_form(w)).collect())
            .collect();
        let tags = self.tagger.tag_ids(&tag_inputs(&plain));
        let mut k = 0;
        split
            .iter()
            .zip(plain)
            .zip(tokens)
            .map(|((words, plain), token)| {
                words
                    .iter()
                    .zip(plain)
                    .map(|(form, plain)| {
                        let id = tags[k];
                        k += 1;
                        let [upos, xpos, feats] = self.tagger.tag_parts(id);
                        // a word of a token the treebank left unanalysed has the whole token
                        // as its lemma (so 99 % of such words in padt-news-train)
                        let lemma = if xpos.as_ref() == UNANALYSED_XPOS {
                            token.clone()
                        } else {
                            self.lemmatizer.lemma_hashed(
                                &plain,
                                self.tagger.tag_str(id),
                                self.tagger.tag_hash(id),
                            )
                        };
                        WordAnalysis {
                            form: form.clone(),
                            lemma,
                            upos,
                            xpos,
                            feats,
                            piece: 0,
                        }
                    })
                    .collect()
            })
            .collect()
    }
}

/// A one-word summary of a token's analysis, the word class the entity recognizer reads:
/// the UPOS of the token's longest word (the first of equals), `PROPN` for PADT's proper
/// nouns (XPOS `Z…`), `_` for a token without words.
pub fn token_class(words: &[WordAnalysis]) -> &str {
    let mut core: Option<(&WordAnalysis, usize)> = None;
    for w in words {
        let n = w.form.chars().count();
        if core.is_none_or(|(_, m)| n > m) {
            core = Some((w, n));
        }
    }
    match core {
        None => "_",
        Some((w, _)) if w.xpos.starts_with('Z') => "PROPN",
        Some((w, _)) => &w.upos,
    }
}

/// A word without its diacritics and tatweel (the word itself when it has none, or when
/// nothing else is left of it, as of a tatweel standing alone).
fn plain_form(word: &str) -> Cow<'_, str> {
    let marked =
        |c: char| crate::text::chars::is_arabic_mark(c) || c == crate::text::chars::TATWEEL;
    if word.chars().any(marked) && !word.chars().all(marked) {
        Cow::Owned(lemma::undiacritize(word))
    } else {
        Cow::Borrowed(word)
    }
}

/// The tagger's inputs for the words of a sentence's tokens (each token's words in order).
fn tag_inputs<'a, S: AsRef<str>>(split: &'a [Vec<S>]) -> Vec<TagInput<'a>> {
    let mut v = Vec::with_capacity(split.iter().map(Vec::len).sum());
    for words in split {
        let of = words.len().min(255) as u8;
        let core = crate::morph::segment::core_word(words);
        for (i, w) in words.iter().enumerate() {
            v.push(TagInput {
                form: w.as_ref(),
                part: if of == 1 { 0 } else { (i + 1).min(255) as u8 },
                of,
                core,
            });
        }
    }
    v
}

/// What training reports.
#[derive(Debug, Clone)]
pub struct TrainReport {
    /// Segmentation token accuracy on dev, per epoch.
    pub seg_dev: Vec<f64>,
    /// Full-tag accuracy on dev (gold segmentation), per epoch.
    pub tag_dev: Vec<f64>,
}

/// Which parts to train.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Task {
    /// Segmentation only.
    Seg,
    /// Tagger only.
    Tag,
    /// Lemmatizer only.
    Lemma,
    /// Everything.
    All,
}

fn seg_examples(sents: &[ConlluSentence]) -> Vec<SegExample> {
    let mut out = Vec::new();
    for s in sents {
        let toks = s.tokens();
        let surfaces: Arc<Vec<String>> =
            Arc::new(toks.iter().map(|(t, _)| t.form.clone()).collect());
        for (i, (_, words)) in toks.iter().enumerate() {
            out.push(SegExample {
                sentence: surfaces.clone(),
                index: i,
                words: words.iter().map(|w| w.form.clone()).collect(),
            });
        }
    }
    out
}

/// Each sentence's words (grouped by token) and gold tags.
fn tag_words(sents: &[ConlluSentence]) -> Vec<(Vec<Vec<&str>>, Vec<String>)> {
    sents
        .iter()
        .map(|s| {
            let split: Vec<Vec<&str>> = s
                .tokens()
                .iter()
                .map(|(_, ws)| ws.iter().map(|w| w.form.as_str()).collect())
                .collect();
            let gold = s
                .words()
                .map(|w| format!("{}\t{}\t{}", w.upos, w.xpos, w.feats))
                .collect();
            (split, gold)
        })
        .collect()
}

/// The tagger's training data: each sentence's inputs and gold tags.
fn tag_data<'a>(
    words: &'a [(Vec<Vec<&'a str>>, Vec<String>)],
) -> Vec<(Vec<TagInput<'a>>, Vec<String>)> {
    words
        .iter()
        .map(|(split, gold)| (tag_inputs(split), gold.clone()))
        .collect()
}

/// Resources beside the treebank that training may use.
#[derive(Debug, Clone, Default)]
pub struct Lexicons {
    /// Word frequencies in raw text (segmenter and tagger).
    pub raw: crate::model::features::FastMap<String, u32>,
    /// Word classes of a morphological lexicon (tagger): alef-folded, undiacritized form →
    /// class bits ([`tagger::LEX_PROPN`] and the other `LEX_` constants).
    pub lexicon: crate::model::features::FastMap<String, u8>,
    /// Word clusters learned from raw text (tagger).
    pub clusters: crate::model::clusters::Clusters,
}

/// Trains the parts named by `task` on `train`, scoring each epoch on `dev` (early stopping
/// or report only, as `schedule` says); the other parts are kept from `base` (they must
/// exist there unless `task` is [`Task::All`]).
///
/// # Errors
/// [`KhabarError::Model`] when a part is neither trained nor in `base`.
pub fn train(
    train: &[ConlluSentence],
    dev: &[ConlluSentence],
    task: Task,
    base: Option<Morphosyntax>,
    lexicons: &Lexicons,
    schedule: crate::model::Schedule,
    seed: u64,
) -> Result<(Morphosyntax, TrainReport), KhabarError> {
    let mut report = TrainReport {
        seg_dev: vec![],
        tag_dev: vec![],
    };
    let need =
        |what: &str| KhabarError::Model(format!("no {what} to keep: train --task all first"));
    let segmenter = if matches!(task, Task::Seg | Task::All) {
        let (m, h) = Segmenter::train(
            &seg_examples(train),
            &seg_examples(dev),
            lexicons.raw.clone(),
            schedule,
            seed,
        );
        report.seg_dev = h;
        m
    } else {
        base.as_ref()
            .map(|b| b.segmenter.clone())
            .ok_or_else(|| need("segmenter"))?
    };
    let tagger = if matches!(task, Task::Tag | Task::All) {
        let (train_words, dev_words) = (tag_words(train), tag_words(dev));
        let (m, h) = Tagger::train(
            &tag_data(&train_words),
            &tag_data(&dev_words),
            lexicons.raw.clone(),
            lexicons.lexicon.clone(),
            lexicons.clusters.clone(),
            schedule,
            seed,
        );
        report.tag_dev = h;
        m
    } else {
        base.as_ref()
            .map(|b| b.tagger.clone())
            .ok_or_else(|| need("tagger"))?
    };
    let lemmatizer = if matches!(task, Task::Lemma | Task::All) {
        let words: Vec<(String, String, String)> = train
            .iter()
            .flat_map(|s| {
                s.words()
                    .map(|w| {
                        (
                            w.form.clone(),
                            format!("{}\t{}\t{}", w.upos, w.xpos, w.feats),
                            w.lemma.clone(),
                        )
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        Lemmatizer::train(
            words
                .iter()
                .map(|(a, b, c)| (a.as_str(), b.as_str(), c.as_str())),
        )
    } else {
        base.as_ref()
            .map(|b| b.lemmatizer.clone())
            .ok_or_else(|| need("lemmatizer"))?
    };
    Ok((
        Morphosyntax {
            segmenter,
            tagger,
            lemmatizer,
        },
        report,
    ))
}
