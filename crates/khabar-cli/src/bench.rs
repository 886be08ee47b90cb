//! `khabar bench`: single-thread throughput of the text layers on a corpus file, as JSON, so
//! that `bench/run.sh` can put it next to the peer tools measured in the same run.
//!
//! The corpus is split into documents at empty lines (the unit the peers get too). Each
//! measurement runs `--repeat` times and reports the fastest run; words are the corpus'
//! white-space-separated words, the same count for every tool.

use crate::input::Status;
use crate::ModelArgs;
use anyhow::{Context, Result};
use clap::Args;
use khabar::text::{Normalizer, Profile};
use khabar::token::{split_sentences, tokenize_into, SentenceOptions, Token};
use serde::Serialize;
use std::path::PathBuf;
use std::time::Instant;

#[derive(Args, Debug)]
pub struct BenchArgs {
    /// Corpus file (UTF-8; documents separated by empty lines).
    #[arg(long)]
    pub corpus: PathBuf,
    /// Runs per measurement; the fastest counts.
    #[arg(long, default_value_t = 5)]
    pub repeat: usize,
    #[command(flatten)]
    pub model: ModelArgs,
}

#[derive(Serialize)]
struct Row {
    task: &'static str,
    seconds: f64,
    mb_per_s: f64,
    words_per_s: f64,
    /// What the task produced (tokens, characters, sentences), so that no run is optimized away.
    output: usize,
}

#[derive(Serialize)]
struct Report {
    corpus_bytes: usize,
    corpus_words: usize,
    documents: usize,
    /// Size of the embedded morphosyntax model file.
    model_bytes: usize,
    /// Time to decode it (first use).
    model_load_ms: f64,
    /// Size of the NER model file.
    ner_model_bytes: usize,
    /// Time to decode it (first use).
    ner_model_load_ms: f64,
    rows: Vec<Row>,
}

fn best<F: FnMut() -> usize>(repeat: usize, mut f: F) -> (f64, usize) {
    let mut best = f64::INFINITY;
    let mut out = 0;
    for _ in 0..repeat.max(1) {
        let t = Instant::now();
        out = std::hint::black_box(f());
        best = best.min(t.elapsed().as_secs_f64());
    }
    (best, out)
}

/// Like [`best`], but each run on a fresh thread: the models' per-thread caches (word types
/// already scored) start empty every time, as in a new process, so repeated runs over the
/// same corpus do not time a warm cache.
fn best_cold<F: Fn() -> usize + Sync>(repeat: usize, f: F) -> (f64, usize) {
    let mut best = f64::INFINITY;
    let mut out = 0;
    for _ in 0..repeat.max(1) {
        let (secs, n) = std::thread::scope(|s| {
            s.spawn(|| {
                let t = Instant::now();
                let n = std::hint::black_box(f());
                (t.elapsed().as_secs_f64(), n)
            })
            .join()
            .expect("bench thread")
        });
        best = best.min(secs);
        out = n;
    }
    (best, out)
}

#[cfg(feature = "default-model")]
fn embedded_model_bytes() -> usize {
    khabar::tag::default_model::BYTES.len()
}

#[cfg(not(feature = "default-model"))]
fn embedded_model_bytes() -> usize {
    0
}

#[cfg(feature = "default-model")]
fn embedded_ner_model_bytes() -> usize {
    khabar::ner::default_model::BYTES.len()
}

#[cfg(not(feature = "default-model"))]
fn embedded_ner_model_bytes() -> usize {
    0
}

pub fn run(a: &BenchArgs) -> Result<Status> {
    let text = std::fs::read_to_string(&a.corpus)
        .with_context(|| format!("reading {}", a.corpus.display()))?;
    let docs: Vec<&str> = text
        .split("\n\n")
        .filter(|d| !d.trim().is_empty())
        .collect();
    let words = text.split_whitespace().count();
    let bytes = text.len();
    let search = Normalizer::new(Profile::Search);
    let mut toks: Vec<Token> = Vec::with_capacity(1 << 16);
    let mut buf = String::with_capacity(1 << 16);
    let mut rows = Vec::new();
    let mut add = |task, (secs, output): (f64, usize)| {
        rows.push(Row {
            task,
            seconds: secs,
            mb_per_s: bytes as f64 / secs / 1e6,
            words_per_s: words as f64 / secs,
            output,
        })
    };
    add(
        "tokenize",
        best(a.repeat, || {
            let mut n = 0;
            for d in &docs {
                toks.clear();
                tokenize_into(d, &mut toks);
                n += toks.len();
            }
            n
        }),
    );
    add(
        "normalize_search",
        best(a.repeat, || {
            docs.iter().map(|d| search.normalize(d).len()).sum()
        }),
    );
    add(
        "tokenize_normalize_tokens",
        best(a.repeat, || {
            let mut n = 0;
            for d in &docs {
                toks.clear();
                tokenize_into(d, &mut toks);
                for t in &toks {
                    search.normalize_into(t.text(d), &mut buf);
                    n += buf.len();
                }
            }
            n
        }),
    );
    add(
        "tokenize_sentences",
        best(a.repeat, || {
            let mut n = 0;
            for d in &docs {
                toks.clear();
                tokenize_into(d, &mut toks);
                n += split_sentences(d, &toks, SentenceOptions::default()).len();
            }
            n
        }),
    );
    // the morphosyntax pipeline: tokens, sentences, segmentation, tags, lemmas
    let t = Instant::now();
    let morph_only = ModelArgs {
        no_ner: true,
        no_news: true,
        ..a.model.clone()
    };
    let analyzer = crate::commands::analyzer(Default::default(), &morph_only)?;
    let load_ms = t.elapsed().as_secs_f64() * 1e3;
    let model_bytes = match &a.model.model {
        Some(p) => std::fs::metadata(p).map(|m| m.len() as usize).unwrap_or(0),
        None => embedded_model_bytes(),
    };
    add(
        "analyze_morphosyntax",
        best_cold(a.repeat.min(3), || {
            docs.iter()
                .map(|d| {
                    analyzer
                        .analyze(d)
                        .words
                        .iter()
                        .map(Vec::len)
                        .sum::<usize>()
                })
                .sum()
        }),
    );
    // the same and its CoNLL-U, as `khabar analyze --format conllu` prints it (the peers'
    // tokenize + tag + lemma output)
    add(
        "analyze_morphosyntax_conllu",
        best_cold(a.repeat.min(3), || {
            let mut out = String::new();
            docs.iter()
                .map(|d| {
                    out.clear();
                    analyzer.analyze(d).write_conllu(None, &mut out);
                    out.len()
                })
                .sum()
        }),
    );
    // named entities: tokens, sentences, both NER stages, core spans, linking
    let t = Instant::now();
    let ner_only = ModelArgs {
        no_morph: true,
        no_news: true,
        ..a.model.clone()
    };
    let ner = crate::commands::analyzer(Default::default(), &ner_only)?;
    let ner_load_ms = t.elapsed().as_secs_f64() * 1e3;
    let ner_model_bytes = match &a.model.ner_model {
        Some(p) => std::fs::metadata(p).map(|m| m.len() as usize).unwrap_or(0),
        None => embedded_ner_model_bytes(),
    };
    let entities = |az: &khabar::Analyzer| -> usize {
        docs.iter()
            .map(|d| az.analyze(d).entities.map_or(0, |e| e.mentions.len()))
            .sum()
    };
    if ner.ner().is_some() {
        add("analyze_ner", best_cold(a.repeat.min(3), || entities(&ner)));
        let both = ModelArgs {
            no_news: true,
            ..a.model.clone()
        };
        let both = crate::commands::analyzer(Default::default(), &both)?;
        add(
            "analyze_morphosyntax_ner",
            best_cold(a.repeat.min(3), || entities(&both)),
        );
    }
    // the news layer without models (tokens, sentences, dates, numbers, quotes, datelines,
    // keywords, summary; events need the morphosyntax model), and everything: the news
    // layer costs analyze_all minus analyze_morphosyntax_ner
    let news = ModelArgs {
        no_morph: true,
        no_ner: true,
        ..a.model.clone()
    };
    let news = crate::commands::analyzer(Default::default(), &news)?;
    add(
        "analyze_news",
        best_cold(a.repeat.min(3), || {
            docs.iter()
                .map(|d| {
                    let doc = news.analyze(d);
                    doc.dates.len() + doc.numbers.len()
                })
                .sum()
        }),
    );
    let all = crate::commands::analyzer(Default::default(), &a.model)?;
    add(
        "analyze_all",
        best_cold(a.repeat.min(3), || {
            docs.iter().map(|d| all.analyze(d).numbers.len()).sum()
        }),
    );
    let report = Report {
        corpus_bytes: bytes,
        corpus_words: words,
        documents: docs.len(),
        model_bytes,
        model_load_ms: load_ms,
        ner_model_bytes,
        ner_model_load_ms: ner_load_ms,
        rows,
    };
    println!("{}", serde_json::to_string_pretty(&report)?);
    Ok(Status::default())
}
