//! The analysis of one text: an [`Analyzer`] (immutable, `Send + Sync`, built once) runs the
//! layers and returns a [`Document`] whose annotations all point into the original text.

use crate::ner::{Entities, NerModel};
use crate::news::dateline::{find_dateline, Dateline, DatelineInput};
use crate::news::dates::{find_dates_in, DateMention, Ymd};
use crate::news::events::{find_events, Event, EventInput, Participant};
use crate::news::keywords::{keywords, Keyword, KeywordInput};
use crate::news::numbers::{find_numbers_in, NumberMention};
use crate::news::quotes::{find_quotes, Quote, QuoteInput};
use crate::news::summary::summarize;
use crate::news::terms::term_keys;

use crate::tag::{token_class, Morphosyntax, WordAnalysis};
use crate::token::{split_sentences, tokenize, treebank_pieces, SentenceOptions, Token};
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};
use std::fmt::Write as _;
use std::ops::Range;
use std::sync::Arc;

/// A sentence: a span of the original text and the tokens in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Unicode scalar offset of the first character.
    pub start: usize,
    /// Unicode scalar offset after the last character.
    pub end: usize,
    /// Byte offset of the first character.
    pub byte_start: usize,
    /// Byte offset after the last character.
    pub byte_end: usize,
    /// Indices into [`Document::tokens`].
    pub tokens: Range<usize>,
}

/// The analysis of one text. Owns the text; every annotation is an offset into it.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The original text, unchanged.
    pub text: String,
    /// All tokens, in order.
    pub tokens: Vec<Token>,
    /// Sentences, in order, covering all tokens.
    pub sentences: Vec<Sentence>,
    /// The syntactic words of each token (parallel to `tokens`); empty when the analyzer
    /// has no morphosyntax model.
    pub words: Vec<Vec<WordAnalysis>>,
    /// Named entities and their in-document groups; `None` without a NER model.
    pub entities: Option<Entities>,
    /// Date expressions, resolved against the publication date when one was given.
    pub dates: Vec<DateMention>,
    /// Numbers in digits or words, with counted nouns, percentages and money.
    pub numbers: Vec<NumberMention>,
    /// Quotations with their speakers.
    pub quotes: Vec<Quote>,
    /// The dateline (place, agency, reporter, date) before the first sentence, if any.
    pub dateline: Option<Dateline>,
    /// CAMEO-coded events (who did what to whom, where, when); empty without a
    /// morphosyntax model.
    pub events: Vec<Event>,
    /// Keywords and keyphrases, best first.
    pub keywords: Vec<Keyword>,
    /// The extractive summary: indices into `sentences`, in text order.
    pub summary: Vec<usize>,
}

/// Runs the analysis layers. Build once, share freely (it is `Send + Sync`).
#[derive(Debug, Clone, Default)]
pub struct Analyzer {
    sentence: SentenceOptions,
    morph: Option<Arc<Morphosyntax>>,
    /// A morphosyntax model run only for the entity recognizer's word classes.
    entity_classes: Option<Arc<Morphosyntax>>,
    ner: Option<Arc<NerModel>>,
    published: Option<Ymd>,
    no_news: bool,
    keywords: Option<usize>,
    summary: Option<usize>,
}

/// Keywords reported when [`Analyzer::with_keywords`] is not called.
pub const DEFAULT_KEYWORDS: usize = 10;

/// Summary sentences when [`Analyzer::with_summary`] is not called.
pub const DEFAULT_SUMMARY: usize = 3;

impl Analyzer {
    /// An analyzer with the given sentence-splitting options.
    pub fn with_sentence_options(sentence: SentenceOptions) -> Self {
        Self {
            sentence,
            morph: None,
            entity_classes: None,
            ner: None,
            published: None,
            no_news: false,
            keywords: None,
            summary: None,
        }
    }

    /// How many keywords to report (default [`DEFAULT_KEYWORDS`]; 0 for none).
    pub fn with_keywords(mut self, n: usize) -> Self {
        self.keywords = Some(n);
        self
    }

    /// How many sentences the summary has (default [`DEFAULT_SUMMARY`]; 0 for none).
    pub fn with_summary(mut self, n: usize) -> Self {
        self.summary = Some(n);
        self
    }

    /// Turns the news layer (dates, numbers, quotes) on or off (on by default).
    pub fn with_news(mut self, on: bool) -> Self {
        self.no_news = !on;
        self
    }

    /// Sets the publication date, against which weekdays and relative dates are resolved.
    pub fn with_published(mut self, date: Option<Ymd>) -> Self {
        self.published = date;
        self
    }

    /// Adds a NER model (entities with core spans and groups).
    pub fn with_ner(mut self, model: Arc<NerModel>) -> Self {
        self.ner = Some(model);
        self
    }

    /// The NER model, if any.
    pub fn ner(&self) -> Option<&NerModel> {
        self.ner.as_deref()
    }

    /// Adds a morphosyntax model (segmentation, tags, lemmas).
    pub fn with_morphosyntax(mut self, model: Arc<Morphosyntax>) -> Self {
        self.morph = Some(model);
        self
    }

    /// A morphosyntax model that only gives the entity recognizer its word classes, when
    /// the NER model [uses them](NerModel::uses_word_classes) and the analyzer has no
    /// morphosyntax model of its own (its words are not kept in the document).
    pub fn with_entity_classes(mut self, model: Arc<Morphosyntax>) -> Self {
        self.entity_classes = Some(model);
        self
    }

    /// The morphosyntax model, if any.
    pub fn morphosyntax(&self) -> Option<&Morphosyntax> {
        self.morph.as_deref()
    }

    /// Analyzes `text`.
    pub fn analyze(&self, text: &str) -> Document {
        let tokens = tokenize(text);
        let sentences: Vec<Sentence> = split_sentences(text, &tokens, self.sentence)
            .into_iter()
            .map(|r| {
                let (first, last) = (&tokens[r.start], &tokens[r.end - 1]);
                Sentence {
                    start: first.start,
                    end: last.end,
                    byte_start: first.byte_start,
                    byte_end: last.byte_end,
                    tokens: r,
                }
            })
            .collect();
        let wants_classes = self.ner.as_ref().is_some_and(|m| m.uses_word_classes());
        let words = match self
            .morph
            .as_ref()
            .or(self.entity_classes.as_ref().filter(|_| wants_classes))
        {
            None => Vec::new(),
            Some(m) => analyze_sentences(m, text, &tokens, &sentences),
        };
        let classes: Option<Vec<&str>> = (wants_classes && words.len() == tokens.len())
            .then(|| words.iter().map(|w| token_class(w)).collect());
        let ranges: Vec<Range<usize>> = sentences.iter().map(|s| s.tokens.clone()).collect();
        let entities = self
            .ner
            .as_ref()
            .map(|m| m.entities(text, &tokens, &ranges, classes.as_deref()));
        let words = if self.morph.is_some() {
            words
        } else {
            Vec::new()
        };
        let folded: Vec<String> = if self.no_news {
            Vec::new()
        } else {
            tokens
                .iter()
                .map(|t| crate::ner::forms::fold(t.text(text)))
                .collect()
        };
        let mut dates = if self.no_news {
            Vec::new()
        } else {
            find_dates_in(&folded, &tokens, self.published)
        };
        // a year or a day of a date is reported as a date, not as a number
        let mut numbers = if self.no_news {
            Vec::new()
        } else {
            find_numbers_in(&folded, &tokens)
        };
        // (and a day before a month name outside any date, as in a recurring one: `13 فيفري
        // من كل عام`)
        numbers.retain(|n| {
            let day = n.tokens.len() == 1
                && (1.0..=31.0).contains(&n.value)
                && n.value.fract() == 0.0
                && crate::news::dates::starts_month(&folded, n.tokens.end);
            !day && !dates
                .iter()
                .any(|d| n.tokens.start < d.tokens.end && d.tokens.start < n.tokens.end)
        });
        // (resolving dates against the dateline's date later keeps these spans)
        let date_ranges: Vec<Range<usize>> = dates.iter().map(|d| d.tokens.clone()).collect();
        let quotes = if self.no_news {
            Vec::new()
        } else {
            let verbs: Vec<bool> = words
                .iter()
                .map(|ws| ws.iter().any(|w| matches!(w.upos.as_ref(), "VERB" | "AUX")))
                .collect();
            // a token whose first word is a preposition, or a preposition and the article;
            // also a split-off ب ل ك before a noun that the tagger left unanalysed (PADT's
            // `X` for every word of an unknown token: `ل/X+مراسل/X`)
            let preps: Vec<bool> = words
                .iter()
                .map(|ws| {
                    ws.len() > 1
                        && (ws[0].upos.as_ref() == "ADP"
                            || (ws[0].upos.as_ref() == "X"
                                && matches!(ws[0].form.as_str(), "ل" | "ب" | "ك")
                                && ws.iter().all(|w| w.upos.as_ref() == "X")))
                })
                .collect();
            find_quotes(&QuoteInput {
                text,
                tokens: &tokens,
                folded: &folded,
                sentences: &ranges,
                entities: entities.as_ref(),
                verbs: &verbs,
                preps: &preps,
                dates: &date_ranges,
            })
        };
        let dateline = if self.no_news {
            None
        } else {
            let is_place = |p: &str| self.ner.as_ref().is_some_and(|m| m.is_place(p));
            let clause = |w: &str| crate::news::quotes::is_reporting_verb(w);
            find_dateline(&DatelineInput {
                text,
                tokens: &tokens,
                dates: &date_ranges,
                is_place: &is_place,
                is_clause_word: &clause,
            })
        };
        // without a given publication date, a full date in the dateline is the publication
        // date (`القاهرة 3 مايو 2019 (رويترز) -`): resolve the other dates against it
        if self.published.is_none() {
            let filed = dateline
                .as_ref()
                .and_then(|d| d.date.clone())
                .and_then(|r| dates.iter().find(|x| x.tokens == r))
                .and_then(|x| x.value.as_deref())
                .and_then(parse_ymd);
            if filed.is_some() {
                dates = find_dates_in(&folded, &tokens, filed);
            }
        }
        let events = if self.no_news {
            Vec::new()
        } else {
            find_events(&EventInput {
                text,
                tokens: &tokens,
                folded: &folded,
                sentences: &ranges,
                words: &words,
                entities: entities.as_ref(),
                dates: &dates,
            })
        };
        let (keywords, summary) = if self.no_news {
            (Vec::new(), Vec::new())
        } else {
            let mut keys = term_keys(&tokens, &folded, &words);
            // dates are not topics
            for d in &dates {
                for t in d.tokens.clone() {
                    keys[t] = None;
                }
            }
            let mut in_entity = vec![false; tokens.len()];
            if let Some(es) = &entities {
                for e in &es.mentions {
                    for t in e.tokens.clone() {
                        in_entity[t] = true;
                    }
                }
            }
            let kw = keywords(
                &KeywordInput {
                    keys: &keys,
                    sentences: &ranges,
                    in_entity: &in_entity,
                },
                self.keywords.unwrap_or(DEFAULT_KEYWORDS),
            );
            let (chosen, _) = summarize(&keys, &ranges, self.summary.unwrap_or(DEFAULT_SUMMARY));
            (kw, chosen)
        };
        Document {
            text: text.to_string(),
            tokens,
            sentences,
            words,
            entities,
            dates,
            numbers,
            quotes,
            dateline,
            events,
            keywords,
            summary,
        }
    }
}

/// The syntactic words of every token of `sentences` (parallel to `tokens`). The model reads
/// the treebank's tokens: `15-8` is three, whose words all belong to the one token here.
fn analyze_sentences(
    m: &Morphosyntax,
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
) -> Vec<Vec<WordAnalysis>> {
    let mut words: Vec<Vec<WordAnalysis>> = Vec::with_capacity(tokens.len());
    let mut pieces = Vec::new();
    for s in sentences {
        let mut surfaces = Vec::with_capacity(s.tokens.len());
        let mut owner: Vec<(usize, u8)> = Vec::with_capacity(s.tokens.len());
        for i in s.tokens.clone() {
            let t = tokens[i].text(text);
            pieces.clear();
            treebank_pieces(t, tokens[i].kind, &mut pieces);
            if pieces.is_empty() {
                pieces.push(0..t.len());
            }
            for (p, r) in pieces.iter().enumerate() {
                surfaces.push(t[r.clone()].to_string());
                owner.push((i, p.min(255) as u8));
            }
        }
        let mut last = usize::MAX;
        for ((i, p), mut ws) in owner.into_iter().zip(m.analyze(&surfaces)) {
            ws.iter_mut().for_each(|w| w.piece = p);
            if i == last {
                if let Some(v) = words.last_mut() {
                    v.extend(ws);
                }
            } else {
                words.push(ws);
                last = i;
            }
        }
    }
    words
}

/// The word classes ([`token_class`]) of a pre-tokenized sentence, such as a BIO file's:
/// the tokens are joined by spaces, tokenized again and analysed as one sentence; each token
/// takes the class of the token inside it with the most letters (`(د` → `د`), `_` when none.
pub fn pretokenized_classes(m: &Morphosyntax, tokens: &[String]) -> Vec<String> {
    let text = tokens.join(" ");
    let inner = tokenize(&text);
    let sentence = Sentence {
        start: 0,
        end: text.chars().count(),
        byte_start: 0,
        byte_end: text.len(),
        tokens: 0..inner.len(),
    };
    let words = analyze_sentences(m, &text, &inner, &[sentence]);
    let mut out = Vec::with_capacity(tokens.len());
    let mut at = 0usize; // byte offset of the current token in `text`
    let mut j = 0usize; // first inner token not yet passed
    for t in tokens {
        let end = at + t.len();
        let mut best: Option<(usize, usize)> = None; // (letters, inner token)
        while j < inner.len() && inner[j].byte_end <= at {
            j += 1;
        }
        let mut k = j;
        while k < inner.len() && inner[k].byte_start < end {
            let letters = inner[k]
                .text(&text)
                .chars()
                .filter(|c| c.is_alphabetic())
                .count();
            if best.is_none_or(|(n, _)| letters > n) {
                best = Some((letters, k));
            }
            k += 1;
        }
        out.push(
            best.and_then(|(_, k)| words.get(k))
                .map_or("_", |w| token_class(w))
                .to_string(),
        );
        at = end + 1;
    }
    out
}

/// `YYYY-MM-DD` → a date (a calendar-valid one).
fn parse_ymd(s: &str) -> Option<Ymd> {
    let mut it = s.split('-');
    let y: i64 = it.next()?.parse().ok()?;
    let m: u32 = it.next()?.parse().ok()?;
    let d: u32 = it.next()?.parse().ok()?;
    let ok = it.next().is_none() && (1..=12).contains(&m) && (1..=31).contains(&d);
    ok.then_some((y, m, d))
}

impl Document {
    /// The tokens of one sentence.
    pub fn sentence_tokens(&self, s: &Sentence) -> &[Token] {
        &self.tokens[s.tokens.clone()]
    }

    /// The text of one sentence.
    pub fn sentence_text(&self, s: &Sentence) -> &str {
        &self.text[s.byte_start..s.byte_end]
    }

    /// CoNLL-U: one block per sentence with `# sent_id` and `# text`; a multiword-token line
    /// for each token of several syntactic words, then one line per word with lemma, UPOS,
    /// XPOS and FEATS (`_` without a morphosyntax model; `SpaceAfter=No` where the next token
    /// follows directly). No parser exists yet, so HEAD and DEPREL hold a flat placeholder
    /// tree (first word `root`, the rest `dep` on it): the official CoNLL 2018 evaluation
    /// script accepts it, and its UAS/LAS mean nothing.
    pub fn to_conllu(&self, doc_id: Option<&str>) -> String {
        let mut out = String::new();
        self.write_conllu(doc_id, &mut out);
        out
    }

    /// [`Document::to_conllu`], appended to `out` (one buffer can serve many documents).
    pub fn write_conllu(&self, doc_id: Option<&str>, out: &mut String) {
        if let Some(id) = doc_id {
            let _ = writeln!(out, "# newdoc id = {id}");
        }
        for (n, s) in self.sentences.iter().enumerate() {
            let _ = writeln!(out, "# sent_id = {}", n + 1);
            let text = self.sentence_text(s).replace(['\n', '\r'], " ");
            let _ = writeln!(out, "# text = {text}");
            let toks = self.sentence_tokens(s);
            let mut id = 1usize;
            let mut pieces = Vec::new();
            for (k, t) in toks.iter().enumerate() {
                let form = t.text(&self.text);
                let space_after = toks.get(k + 1).is_none_or(|n| n.byte_start > t.byte_end);
                let last_token = k + 1 == toks.len();
                let ws: &[WordAnalysis] = self
                    .words
                    .get(s.tokens.start + k)
                    .map_or(&[], |w| w.as_slice());
                if ws.iter().all(|w| w.piece == 0) {
                    write_conllu_token(out, &mut id, form, ws, space_after || last_token);
                    continue;
                }
                // a token of several treebank tokens (`15-8`): one CoNLL-U token per piece
                pieces.clear();
                treebank_pieces(form, t.kind, &mut pieces);
                for (p, r) in pieces.iter().enumerate() {
                    let of_piece: Vec<WordAnalysis> = ws
                        .iter()
                        .filter(|w| usize::from(w.piece) == p.min(255))
                        .cloned()
                        .collect();
                    let last_piece = p + 1 == pieces.len();
                    let spaced = last_piece && (space_after || last_token);
                    write_conllu_token(out, &mut id, &form[r.clone()], &of_piece, spaced);
                }
            }
            out.push('\n');
        }
    }
}

/// Writes one CoNLL-U token: a multiword-token line and its words when it has several, else
/// one word line (`_` columns without an analysis); `spaced` is false for `SpaceAfter=No`.
/// HEAD and DEPREL are the flat placeholder tree of [`Document::to_conllu`].
fn write_conllu_token(
    out: &mut String,
    id: &mut usize,
    form: &str,
    words: &[WordAnalysis],
    spaced: bool,
) {
    let misc = if spaced { "_" } else { "SpaceAfter=No" };
    if words.len() > 1 {
        push_id(out, *id);
        out.push('-');
        push_id(out, *id + words.len() - 1);
        out.push('\t');
        out.push_str(form);
        out.push_str("\t_\t_\t_\t_\t_\t_\t_\t");
        out.push_str(misc);
        out.push('\n');
        for w in words {
            push_word(out, *id, &w.form, Some(w), "_");
            *id += 1;
        }
    } else {
        push_word(out, *id, form, words.first(), misc);
        *id += 1;
    }
}

/// One CoNLL-U word line (`_` for an empty or missing analysis).
fn push_word(out: &mut String, id: usize, form: &str, w: Option<&WordAnalysis>, misc: &str) {
    let cell = |out: &mut String, v: &str| {
        out.push('\t');
        out.push_str(if v.is_empty() { "_" } else { v });
    };
    push_id(out, id);
    cell(out, form);
    match w {
        Some(w) => {
            cell(out, &w.lemma);
            cell(out, &w.upos);
            cell(out, &w.xpos);
            cell(out, &w.feats);
        }
        None => out.push_str("\t_\t_\t_\t_"),
    }
    out.push_str(if id == 1 {
        "\t0\troot\t_\t"
    } else {
        "\t1\tdep\t_\t"
    });
    out.push_str(misc);
    out.push('\n');
}

/// A decimal number, without the formatting machinery.
fn push_id(out: &mut String, n: usize) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    let mut n = n;
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.push_str(std::str::from_utf8(&buf[i..]).unwrap_or("0"));
}

/// A token as JSON: `{"text","start","end","byte_start","byte_end","kind"}`, plus `words`
/// (`[{"form","lemma","upos","xpos","feats"}]`) when a morphosyntax model ran.
pub struct TokenJson<'a> {
    /// The token.
    pub token: &'a Token,
    /// The text the token points into.
    pub source: &'a str,
    /// Its syntactic words, if analyzed.
    pub words: Option<&'a [WordAnalysis]>,
}

struct WordJson<'a>(&'a WordAnalysis);

impl Serialize for WordJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let w = self.0;
        let mut m = s.serialize_map(Some(5))?;
        m.serialize_entry("form", &w.form)?;
        m.serialize_entry("lemma", &w.lemma)?;
        m.serialize_entry("upos", &*w.upos)?;
        m.serialize_entry("xpos", &*w.xpos)?;
        m.serialize_entry("feats", &*w.feats)?;
        m.end()
    }
}

impl Serialize for TokenJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let t = self.token;
        let mut m = s.serialize_map(Some(6))?;
        m.serialize_entry("text", t.text(self.source))?;
        m.serialize_entry("start", &t.start)?;
        m.serialize_entry("end", &t.end)?;
        m.serialize_entry("byte_start", &t.byte_start)?;
        m.serialize_entry("byte_end", &t.byte_end)?;
        m.serialize_entry("kind", t.kind.name())?;
        if let Some(ws) = self.words {
            let v: Vec<WordJson> = ws.iter().map(WordJson).collect();
            m.serialize_entry("words", &v)?;
        }
        m.end()
    }
}

struct TokensJson<'a>(&'a [Token], &'a str, &'a [Vec<WordAnalysis>]);

impl Serialize for TokensJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        for (i, t) in self.0.iter().enumerate() {
            let words = self.2.get(i).map(|w| w.as_slice());
            seq.serialize_element(&TokenJson {
                token: t,
                source: self.1,
                words,
            })?;
        }
        seq.end()
    }
}

struct SentenceJson<'a>(&'a Document, &'a Sentence);

impl Serialize for SentenceJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (d, sent) = (self.0, self.1);
        let mut m = s.serialize_map(Some(6))?;
        m.serialize_entry("text", d.sentence_text(sent))?;
        m.serialize_entry("start", &sent.start)?;
        m.serialize_entry("end", &sent.end)?;
        m.serialize_entry("byte_start", &sent.byte_start)?;
        m.serialize_entry("byte_end", &sent.byte_end)?;
        let words = d.words.get(sent.tokens.clone()).unwrap_or(&[]);
        m.serialize_entry(
            "tokens",
            &TokensJson(d.sentence_tokens(sent), &d.text, words),
        )?;
        m.end()
    }
}

struct SentencesJson<'a>(&'a Document);

impl Serialize for SentencesJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.0.sentences.len()))?;
        for sent in &self.0.sentences {
            seq.serialize_element(&SentenceJson(self.0, sent))?;
        }
        seq.end()
    }
}

struct EntityJson<'a>(&'a Document, &'a crate::ner::Entity);

impl Serialize for EntityJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (d, e) = (self.0, self.1);
        let mut m = s.serialize_map(Some(12))?;
        m.serialize_entry("text", &d.text[e.byte_start..e.byte_end])?;
        m.serialize_entry("label", &e.label)?;
        m.serialize_entry("start", &e.start)?;
        m.serialize_entry("end", &e.end)?;
        m.serialize_entry("byte_start", &e.byte_start)?;
        m.serialize_entry("byte_end", &e.byte_end)?;
        m.serialize_entry("core_start", &e.core_start)?;
        m.serialize_entry("core_end", &e.end)?;
        m.serialize_entry("core_byte_start", &e.core_byte_start)?;
        m.serialize_entry("core_byte_end", &e.byte_end)?;
        m.serialize_entry("core_text", &e.core_text)?;
        let g = d.entities.as_ref().and_then(|x| x.groups.get(e.group));
        m.serialize_entry("canonical", &g.map(|g| g.canonical.as_str()))?;
        m.end()
    }
}

struct GroupJson<'a>(&'a crate::ner::EntityGroup);

impl Serialize for GroupJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let g = self.0;
        let mut m = s.serialize_map(Some(4))?;
        m.serialize_entry("canonical", &g.canonical)?;
        m.serialize_entry("label", &g.label)?;
        m.serialize_entry("count", &g.count)?;
        m.serialize_entry("mentions", &g.mentions)?;
        m.end()
    }
}

struct SpanJson<'a>(&'a Document, std::ops::Range<usize>);

impl SpanJson<'_> {
    fn entries<M: SerializeMap>(&self, m: &mut M) -> Result<(), M::Error> {
        let (d, r) = (self.0, &self.1);
        let (a, b) = (&d.tokens[r.start], &d.tokens[r.end - 1]);
        m.serialize_entry("text", &d.text[a.byte_start..b.byte_end])?;
        m.serialize_entry("start", &a.start)?;
        m.serialize_entry("end", &b.end)?;
        m.serialize_entry("byte_start", &a.byte_start)?;
        m.serialize_entry("byte_end", &b.byte_end)?;
        Ok(())
    }
}

impl Serialize for SpanJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(5))?;
        self.entries(&mut m)?;
        m.end()
    }
}

struct DateJson<'a>(&'a Document, &'a DateMention);

impl Serialize for DateJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        SpanJson(self.0, self.1.tokens.clone()).entries(&mut m)?;
        m.serialize_entry("kind", self.1.kind.name())?;
        m.serialize_entry("value", &self.1.value)?;
        if let Some(c) = self.1.calendar {
            m.serialize_entry("calendar", c)?;
        }
        m.end()
    }
}

struct NumberJson<'a>(&'a Document, &'a NumberMention);

impl Serialize for NumberJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        SpanJson(self.0, self.1.tokens.clone()).entries(&mut m)?;
        m.serialize_entry("kind", self.1.kind.name())?;
        m.serialize_entry("value", &self.1.value)?;
        if let Some(u) = self.1.unit {
            m.serialize_entry("unit", &SpanJson(self.0, u..u + 1))?;
        }
        m.end()
    }
}

struct QuoteJson<'a>(&'a Document, &'a Quote);

impl Serialize for QuoteJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (d, q) = (self.0, self.1);
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("kind", q.kind.name())?;
        m.serialize_entry("content", &SpanJson(d, q.content.clone()))?;
        m.serialize_entry("cue", &q.cue.clone().map(|c| SpanJson(d, c)))?;
        match &q.speaker {
            Some(sp) => {
                m.serialize_entry(
                    "speaker",
                    &SpeakerJson {
                        doc: d,
                        speaker: sp,
                    },
                )?;
            }
            None => m.serialize_entry("speaker", &None::<()>)?,
        }
        m.serialize_entry("attribution", q.attribution.name())?;
        m.end()
    }
}

struct ParticipantJson<'a>(&'a Document, &'a Participant);

impl Serialize for ParticipantJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        SpanJson(self.0, self.1.tokens.clone()).entries(&mut m)?;
        m.serialize_entry("name", &self.1.name)?;
        m.serialize_entry("code", &self.1.code)?;
        m.end()
    }
}

struct EventJson<'a>(&'a Document, &'a Event);

impl Serialize for EventJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (d, e) = (self.0, self.1);
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("code", &e.code)?;
        m.serialize_entry("root", crate::news::events::cameo_root_name(&e.code))?;
        m.serialize_entry("trigger", &SpanJson(d, e.trigger..e.trigger + 1))?;
        m.serialize_entry("source", &e.source.as_ref().map(|p| ParticipantJson(d, p)))?;
        m.serialize_entry("target", &e.target.as_ref().map(|p| ParticipantJson(d, p)))?;
        m.serialize_entry("place", &e.place.as_ref().map(|p| ParticipantJson(d, p)))?;
        let date = e.date.and_then(|k| d.dates.get(k)).map(|x| DateJson(d, x));
        m.serialize_entry("date", &date)?;
        m.serialize_entry("evidence", &SpanJson(d, e.evidence.clone()))?;
        m.serialize_entry("confidence", &e.confidence)?;
        m.end()
    }
}

struct KeywordJson<'a>(&'a Document, &'a Keyword);

impl Serialize for KeywordJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (d, k) = (self.0, self.1);
        let mut m = s.serialize_map(None)?;
        SpanJson(d, k.first.clone()).entries(&mut m)?;
        m.serialize_entry("key", &k.key)?;
        m.serialize_entry("count", &k.count)?;
        m.serialize_entry("score", &k.score)?;
        m.end()
    }
}

struct SummaryJson<'a>(&'a Document, usize, &'a Sentence);

impl Serialize for SummaryJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (d, i, sent) = (self.0, self.1, self.2);
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("sentence", &i)?;
        m.serialize_entry("text", d.sentence_text(sent))?;
        m.serialize_entry("start", &sent.start)?;
        m.serialize_entry("end", &sent.end)?;
        m.serialize_entry("byte_start", &sent.byte_start)?;
        m.serialize_entry("byte_end", &sent.byte_end)?;
        m.end()
    }
}

struct DatelineJson<'a>(&'a Document, &'a Dateline);

impl Serialize for DatelineJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (doc, d) = (self.0, self.1);
        let mut m = s.serialize_map(None)?;
        SpanJson(doc, d.tokens.clone()).entries(&mut m)?;
        for (k, r) in [
            ("place", &d.place),
            ("agency", &d.agency),
            ("reporter", &d.reporter),
            ("date", &d.date),
        ] {
            m.serialize_entry(k, &r.clone().map(|r| SpanJson(doc, r)))?;
        }
        m.end()
    }
}

struct SpeakerJson<'a> {
    doc: &'a Document,
    speaker: &'a crate::news::quotes::Speaker,
}

impl Serialize for SpeakerJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let sp = self.speaker;
        let mut m = s.serialize_map(None)?;
        SpanJson(self.doc, sp.tokens.clone()).entries(&mut m)?;
        m.serialize_entry("name", &sp.name)?;
        m.serialize_entry("label", &sp.label)?;
        m.serialize_entry("role", &sp.role.clone().map(|r| SpanJson(self.doc, r)))?;
        m.end()
    }
}

impl Document {
    /// The text of a token range.
    pub fn span_text(&self, r: std::ops::Range<usize>) -> &str {
        if r.is_empty() {
            return "";
        }
        &self.text[self.tokens[r.start].byte_start..self.tokens[r.end - 1].byte_end]
    }

    /// One entity as the JSON object `analyze` prints.
    pub fn entity_json<'a>(&'a self, e: &'a crate::ner::Entity) -> impl Serialize + 'a {
        EntityJson(self, e)
    }
}

/// `{"text", "sentences": [{"text","start","end","byte_start","byte_end","tokens":[…]}],
/// "entities": [{"text","label","start","end","byte_start","byte_end","core_start",
/// "core_end","core_byte_start","core_byte_end","core_text","canonical"}],
/// "entity_groups": [{"canonical","label","count","mentions"}], "dates": [{"text","start",
/// "end","byte_start","byte_end","kind","value","calendar"}], "numbers": [{…,"kind","value",
/// "unit": {span}}], "quotes": [{"kind","content": {span},"cue": {span},"speaker": {span,
/// "name","label","role": {span}},"attribution"}], "dateline": {span,"place","agency",
/// "reporter","date"} | null, "events": [{"code","root","trigger": {span},"source",
/// "target","place": {span,"name","code"} | null,"date": {date} | null,"evidence": {span},
/// "confidence"}], "keywords": [{span of the first occurrence,"key","count","score"}],
/// "summary": [{"sentence","text","start","end","byte_start","byte_end"}]}` (the entity keys only with a NER model); offsets `start`/`end` count
/// Unicode scalars, `byte_start`/`byte_end` bytes.
impl Serialize for Document {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("text", &self.text)?;
        m.serialize_entry("sentences", &SentencesJson(self))?;
        if let Some(ents) = &self.entities {
            let es: Vec<EntityJson> = ents.mentions.iter().map(|e| EntityJson(self, e)).collect();
            m.serialize_entry("entities", &es)?;
            let gs: Vec<GroupJson> = ents.groups.iter().map(GroupJson).collect();
            m.serialize_entry("entity_groups", &gs)?;
        }
        let ds: Vec<DateJson> = self.dates.iter().map(|d| DateJson(self, d)).collect();
        m.serialize_entry("dates", &ds)?;
        let ns: Vec<NumberJson> = self.numbers.iter().map(|n| NumberJson(self, n)).collect();
        m.serialize_entry("numbers", &ns)?;
        let qs: Vec<QuoteJson> = self.quotes.iter().map(|q| QuoteJson(self, q)).collect();
        m.serialize_entry("quotes", &qs)?;
        m.serialize_entry(
            "dateline",
            &self.dateline.as_ref().map(|d| DatelineJson(self, d)),
        )?;
        let es: Vec<EventJson> = self.events.iter().map(|e| EventJson(self, e)).collect();
        m.serialize_entry("events", &es)?;
        let ks: Vec<KeywordJson> = self.keywords.iter().map(|k| KeywordJson(self, k)).collect();
        m.serialize_entry("keywords", &ks)?;
        let ss: Vec<SummaryJson> = self
            .summary
            .iter()
            .filter_map(|&i| self.sentences.get(i).map(|s| SummaryJson(self, i, s)))
            .collect();
        m.serialize_entry("summary", &ss)?;
        m.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_shape_and_offsets() {
        let text = "قال: «نعم». ثم ذهب";
        let doc = Analyzer::default().analyze(text);
        let v: serde_json::Value = serde_json::to_value(&doc).unwrap();
        assert_eq!(v["text"], text);
        let sents = v["sentences"].as_array().unwrap();
        assert_eq!(sents.len(), 2);
        let chars: Vec<char> = text.chars().collect();
        for s in sents {
            for t in s["tokens"].as_array().unwrap() {
                let (a, b) = (
                    t["start"].as_u64().unwrap() as usize,
                    t["end"].as_u64().unwrap() as usize,
                );
                let sub: String = chars[a..b].iter().collect();
                assert_eq!(sub, t["text"].as_str().unwrap());
                let (x, y) = (
                    t["byte_start"].as_u64().unwrap() as usize,
                    t["byte_end"].as_u64().unwrap() as usize,
                );
                assert_eq!(&text[x..y], t["text"].as_str().unwrap());
            }
        }
    }

    #[test]
    fn a_dated_dateline_resolves_the_other_dates() {
        let doc = Analyzer::default()
            .analyze("القاهرة 3 مايو 2019 (رويترز) - قال مسؤول أمس إن الوضع هادئ.");
        let d = doc.dateline.as_ref().expect("dateline");
        assert_eq!(doc.span_text(d.place.clone().unwrap()), "القاهرة");
        assert_eq!(doc.span_text(d.agency.clone().unwrap()), "رويترز");
        let yesterday = doc
            .dates
            .iter()
            .find(|x| doc.span_text(x.tokens.clone()) == "أمس");
        assert_eq!(yesterday.unwrap().value.as_deref(), Some("2019-05-02"));
        assert_eq!(doc.quotes.len(), 1);
        assert_eq!(doc.quotes[0].speaker.as_ref().unwrap().name, "مسؤول");
    }

    #[test]
    fn conllu_has_space_after_and_valid_ids() {
        let doc = Analyzer::default().analyze("قال: نعم.");
        let c = doc.to_conllu(Some("d1"));
        assert!(c.starts_with("# newdoc id = d1\n# sent_id = 1\n# text = قال: نعم.\n"));
        assert!(c.contains("1\tقال\t_\t_\t_\t_\t0\troot\t_\tSpaceAfter=No\n"));
        assert!(c.contains("3\tنعم\t_\t_\t_\t_\t1\tdep\t_\tSpaceAfter=No\n"));
        assert!(c.ends_with("4\t.\t_\t_\t_\t_\t1\tdep\t_\t_\n\n"));
    }
}
