//! Layer 5, named entities: a BIO sequence recognizer over tokens, gazetteers, word
//! clusters, clitic-free core spans and in-document linking. Depends on `model`, `token`,
//! `text`; independent of the treebank-trained morphosyntax so that its licence does not
//! leak into NER models.

pub mod bio;
/// Word clusters (they live in the model layer; the morphosyntax tagger uses them too).
pub use crate::model::clusters;
#[cfg(feature = "default-model")]
pub mod default_model;
pub mod forms;
pub mod gazetteer;
pub mod link;
pub mod recognizer;

use crate::error::KhabarError;
use crate::model::features::FastMap;
use crate::model::file::{self, Header};
use crate::token::{Token, TokenKind};
use recognizer::Recognizer;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::ops::Range;

pub use link::EntityGroup;

/// The model kind written in the header of NER model files.
pub const KIND: &str = "ner";

/// A named entity: a span of the original text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Type: `PER`, `LOC`, `ORG`, `MISC` (those of the model's training data).
    pub label: String,
    /// Token range in the document.
    pub tokens: Range<usize>,
    /// Character offset of the first character.
    pub start: usize,
    /// Character offset after the last character.
    pub end: usize,
    /// Byte offset of the first character.
    pub byte_start: usize,
    /// Byte offset after the last character.
    pub byte_end: usize,
    /// Character offset where the clitic-free span starts (after و ب ل … of the first token;
    /// equal to `start` when nothing is attached).
    pub core_start: usize,
    /// Byte offset where the clitic-free span starts.
    pub core_byte_start: usize,
    /// The clitic-free text, with the article restored after ل (`للتحالف` → `التحالف`).
    pub core_text: String,
    /// Index of the entity's group in [`Entities::groups`].
    pub group: usize,
}

/// The entities of a document and their grouping.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entities {
    /// Mentions, in text order.
    pub mentions: Vec<Entity>,
    /// Mentions of one entity grouped under a canonical name, in order of first mention.
    pub groups: Vec<EntityGroup>,
}

impl Entities {
    /// The canonical name of a mention's group (its own clitic-free text without a group).
    pub fn canonical<'a>(&'a self, e: &'a Entity) -> &'a str {
        self.groups
            .get(e.group)
            .map_or(e.core_text.as_str(), |g| g.canonical.as_str())
    }
}

/// A NER model: the recognizer and the entity-initial words seen in training (used to tell
/// a proclitic from a name's first letter when computing core spans).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct NerModel {
    /// The sequence recognizer.
    pub recognizer: Recognizer,
    names: Vec<String>,
    #[serde(skip)]
    name_set: FastMap<String, ()>,
}

impl NerModel {
    /// Bundles a trained recognizer with the folded entity-initial words of its training data
    /// (without the clitic-attached forms of other such words).
    pub fn new(recognizer: Recognizer, training: &[bio::BioSentence]) -> NerModel {
        let mut names: Vec<String> = training
            .iter()
            .flat_map(|s| {
                s.tokens
                    .iter()
                    .zip(&s.tags)
                    .filter(|(_, t)| t.starts_with("B-"))
                    .map(|(w, _)| forms::fold(w))
            })
            .collect();
        names.sort();
        names.dedup();
        // `وسوريا` is tagged whole in the data; it is not a name when `سوريا` is one
        let set: FastMap<String, ()> = names.iter().map(|n| (n.clone(), ())).collect();
        names.retain(|n| !forms::strips(n).iter().any(|s| set.contains_key(&s.stem)));
        let mut m = NerModel {
            recognizer,
            names,
            name_set: FastMap::default(),
        };
        m.prepare();
        m
    }

    fn prepare(&mut self) {
        self.recognizer.prepare();

        self.name_set = self.names.iter().map(|n| (n.clone(), ())).collect();
    }

    /// Reads a model file.
    ///
    /// # Errors
    /// [`KhabarError::Model`] for a wrong, foreign or corrupt file.
    pub fn from_bytes(bytes: &[u8]) -> Result<(Header, NerModel), KhabarError> {
        let (h, mut m): (Header, NerModel) = file::load_kind(bytes, Some(KIND))?;
        if h.kind != KIND {
            return Err(KhabarError::Model(format!(
                "a `{}` model, not a {KIND} model",
                h.kind
            )));
        }
        m.prepare();
        Ok((h, m))
    }

    /// Writes a model file.
    ///
    /// # Errors
    /// [`KhabarError::Model`] when serialization fails.
    pub fn to_bytes(&self, header: &Header) -> Result<Vec<u8>, KhabarError> {
        file::save(header, self)
    }

    fn known(&self, folded: &str) -> bool {
        self.name_set.contains_key(folded) || self.recognizer.gazetteer().lookup(folded) != 0
    }

    /// Whether a folded word is a name of the training data or of a name list (places,
    /// persons, actors); a word of three letters or fewer known only as one of the lexicon's
    /// proper nouns is not (Camel Morph's `propn` holds short common words and rare names:
    /// `جدي` would make `وجدي` و + جدي, `مال` `وكمال` وك + مال).
    fn known_name(&self, folded: &str) -> bool {
        if self.name_set.contains_key(folded) {
            return true;
        }
        if folded.chars().count() > 3 {
            return self.known(folded);
        }
        self.recognizer
            .gazetteer()
            .listed_in(folded, |c| c != "propn")
    }

    /// Letters of proclitics on the first token of an entity: a clitic followed by the
    /// article (وال بال لل …) always; otherwise only when the stem is a known name and the
    /// whole token is not (`وبغداد` → و + بغداد, but `بغداد` stays whole).
    fn clitic_letters(&self, token: &str) -> (usize, bool) {
        let f = forms::fold(token);
        // Maghrebi names write the article of `الأسعد`, `الأزهر` as ل (`لسعد`, `لزهر`): no
        // preposition when the name with the article is known
        if let Some(rest) = f.strip_prefix('ل') {
            if !rest.starts_with('ل') && self.known(&format!("الا{rest}")) {
                return (0, false);
            }
        }
        let whole_known = self.known(&f);
        let mut best = (0, false);
        for s in forms::strips(&f) {
            // the article needs a word after it (`بالي`, Bali, is no ب + ال + ي)
            let article = s.stem.starts_with("ال") && s.stem.chars().count() >= 4;
            // (a name of two letters takes no proclitic but و: `فلين` is no ف + ل + ين, nor
            // `بيو` ب + يو; `وطه حسين` is و + طه حسين, `ببن قردان` ب + بن قردان)
            let long = s.stem.chars().count() > 2
                || s.stem == "بن"
                || (s.letters == 1 && f.starts_with('و'));
            let name = !whole_known && long && self.known_name(&s.stem);
            if article || name {
                // ل + ال is written لل: the stem restored its alef
                let restored = article && f.chars().nth(s.letters) == Some('ل');
                if s.letters > best.0 {
                    best = (s.letters, restored);
                }
            }
        }
        best
    }

    /// Whether a folded phrase (words joined by one space) is a place in the model's
    /// gazetteer (a `loc…` category, not an actor).
    pub fn is_place(&self, folded_phrase: &str) -> bool {
        self.recognizer.gazetteer().listed_in(folded_phrase, |c| {
            !c.starts_with("actor") && c.to_ascii_lowercase().contains("loc")
        })
    }

    /// Whether the model wants a word class per token (see [`NerModel::entities`]).
    pub fn uses_word_classes(&self) -> bool {
        self.recognizer.uses_word_classes()
    }

    /// The entities of a tokenized text, sentence by sentence, with core spans and groups.
    /// `classes`, one per token, are the word classes of a model that
    /// [uses them](NerModel::uses_word_classes) (`crate::tag::token_class`); a model that
    /// uses them finds fewer entities without them.
    pub fn entities(
        &self,
        text: &str,
        tokens: &[Token],
        sentences: &[Range<usize>],
        classes: Option<&[&str]>,
    ) -> Entities {
        let mut mentions = Vec::new();
        let words: Vec<Vec<&str>> = sentences
            .iter()
            .map(|r| tokens[r.clone()].iter().map(|t| t.text(text)).collect())
            .collect();
        let classes: Option<Vec<Vec<&str>>> = classes
            .filter(|c| c.len() == tokens.len())
            .map(|c| sentences.iter().map(|r| c[r.clone()].to_vec()).collect());
        let tags = self
            .recognizer
            .tag_sentences(&words, classes.as_deref(), usize::MAX);
        let mut names: Vec<Vec<String>> = tags
            .iter()
            .zip(&words)
            .map(|(ids, ws)| {
                let mut t: Vec<String> = ids.iter().map(|&t| self.recognizer.tag_name(t)).collect();
                self.recognizer.post_process(&mut t, ws);
                t
            })
            .collect();
        // a surname found with its first name names the person alone elsewhere in the document,
        // and a name an organisation noun introduced names that organisation
        recognizer::propagate(&mut names, &words, usize::MAX);
        // words inside a person's name, after its first (`مايكل فلين`, `سمير بالطيب`), are
        // written whole: the same word opening a name elsewhere has no proclitic (`فلين` is
        // no ف + ل + ين, `بالطيب` no ب + الطيب)
        let chunks: Vec<Vec<(usize, usize, String)>> =
            names.iter().map(|t| bio::chunks(t)).collect();
        let inner: HashSet<String> = chunks
            .iter()
            .zip(&words)
            .flat_map(|(cs, ws)| {
                cs.iter()
                    .filter(|(_, _, label)| label == "PER")
                    .flat_map(move |&(s, e, _)| ws[s + 1..e].iter().map(|w| forms::fold(w)))
            })
            .collect();
        for ((r, cs), ws) in sentences.iter().zip(chunks).zip(&words) {
            for (s, e, label) in cs {
                let (first, last) = (&tokens[r.start + s], &tokens[r.start + e - 1]);
                let first_text = first.text(text);
                // (`بيونغ يانغ`: a known name of several words keeps its first letters)
                let folded: Vec<String> = ws[s..e].iter().map(|w| forms::fold(w)).collect();
                let phrase_known = (2..=folded.len()).any(|n| self.known(&folded[..n].join(" ")));
                let whole = phrase_known || inner.contains(&folded[0]);
                let (letters, restored) = if first.kind == TokenKind::Arabic && !whole {
                    self.clitic_letters(first_text)
                } else {
                    (0, false)
                };
                let chars = forms::clitic_chars(first_text, letters);
                let bytes: usize = first_text.chars().take(chars).map(char::len_utf8).sum();
                let core_byte_start = first.byte_start + bytes;
                let mut core_text = String::new();
                if restored {
                    core_text.push('ا');
                }
                core_text.push_str(&text[core_byte_start..last.byte_end]);
                mentions.push(Entity {
                    label,
                    tokens: r.start + s..r.start + e,
                    start: first.start,
                    end: last.end,
                    byte_start: first.byte_start,
                    byte_end: last.byte_end,
                    core_start: first.start + chars,
                    core_byte_start,
                    core_text,
                    group: 0,
                });
            }
        }
        let refs: Vec<link::Mention> = mentions
            .iter()
            .map(|m| link::Mention {
                label: &m.label,
                core_text: &m.core_text,
                tokens: m.tokens.clone(),
            })
            .collect();
        let groups = link::link(text, tokens, &refs);
        for (g, group) in groups.iter().enumerate() {
            for &m in &group.mentions {
                mentions[m].group = g;
            }
        }
        Entities { mentions, groups }
    }
}
