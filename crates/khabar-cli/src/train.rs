//! `khabar train`: trains the morphosyntax model (segmenter, tagger, lemmatizer) from CoNLL-U.

use crate::input::Status;
use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use khabar::conllu;
use khabar::model::{hash_str, Header, Schedule};
use khabar::tag::{self, Morphosyntax, Task};
use std::path::PathBuf;
use std::time::Instant;

#[derive(Copy, Clone, Debug, ValueEnum)]
pub enum TaskArg {
    /// Clitic segmentation.
    Seg,
    /// UPOS, XPOS and features.
    Tag,
    /// Lemmas.
    Lemma,
    /// All three.
    All,
    /// Named entities (BIO files; see --gazetteer, --clusters, --holdout).
    Ner,
}

#[derive(Args, Debug)]
pub struct TrainArgs {
    /// What to train; the other parts are kept from --base (or --out if it exists).
    #[arg(long, value_enum, default_value = "all")]
    pub task: TaskArg,
    /// Training data: CoNLL-U with multiword tokens, or for `--task ner` BIO files
    /// (`TOKEN TAG` per line; the option may be repeated).
    #[arg(long, required = true)]
    pub train: Vec<PathBuf>,
    /// Development data for early stopping (required for the morphosyntax tasks).
    #[arg(long)]
    pub dev: Option<PathBuf>,
    /// Model file to write.
    #[arg(long)]
    pub out: PathBuf,
    /// Model to take the parts not trained from (default: --out when it exists).
    #[arg(long)]
    pub base: Option<PathBuf>,
    /// Passes over the training data (the best on dev is kept).
    #[arg(long, default_value_t = 12)]
    pub epochs: usize,
    /// Choose the number of epochs by K-fold cross-validation on the training data (folds by
    /// document) instead of early stopping on --dev; dev is then only reported.
    #[arg(long, default_value_t = 0)]
    pub cv: usize,
    /// Train exactly --epochs passes and keep the last weights (no early stopping; --dev is
    /// only reported). For cross-validation scripts that hold their own folds out.
    #[arg(long)]
    pub fixed_epochs: bool,
    /// Seed for shuffling (training is deterministic for a given seed).
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Word frequencies from raw text (`word<TAB>count`), for the segmenter.
    #[arg(long)]
    pub vocab: Option<PathBuf>,
    /// Word classes of a morphological lexicon, for the tagger: `form<TAB>classes` per
    /// line (`N` proper noun, `P` perfective stem, `I` imperfective stem, `A` adjective
    /// stem; a line with a form only is a proper noun).
    #[arg(long, alias = "propn")]
    pub lexicon: Option<PathBuf>,
    /// Licence recorded in the model header (that of the training data; for the
    /// morphosyntax tasks the default is PADT's CC BY-NC-SA 3.0).
    #[arg(long)]
    pub licence: Option<String>,
    /// NER: gazetteer (`category<TAB>phrase` lines).
    #[arg(long)]
    pub gazetteer: Option<PathBuf>,
    /// Word clusters (`path<TAB>word<TAB>count` lines, e.g. from `khabar clusters`), for the
    /// NER recognizer and the morphosyntax tagger.
    #[arg(long)]
    pub clusters: Option<PathBuf>,
    /// NER without --dev: hold out this fraction of the training sentences (the last ones)
    /// to choose the number of epochs, then retrain on everything with that number.
    #[arg(long, default_value_t = 0.0)]
    pub holdout: f64,
    /// NER: train a second stage that sees the first stage's labels of the same word
    /// elsewhere in the document, from K-fold first-stage labels (0 or 1: one stage).
    #[arg(long, default_value_t = 5)]
    pub stack_folds: usize,
    /// NER: sentences on each side that make a "document" in BIO files (which have no
    /// document boundaries).
    #[arg(long, default_value_t = 20)]
    pub window: usize,
    /// NER: for the final model (no held-out data), average the weights of this many
    /// perceptrons trained with consecutive seeds.
    #[arg(long, default_value_t = 1)]
    pub ensemble: usize,
    /// NER: give every token the word class (the part of speech of its main word) of a
    /// morphosyntax model, `--classes-model` or the embedded one; the recognizer learns
    /// from them and reads them at run time.
    #[arg(long)]
    pub word_classes: bool,
    /// NER with `--word-classes`: the morphosyntax model file (default: the embedded one).
    #[arg(long)]
    pub classes_model: Option<PathBuf>,
}

pub fn read_text(path: &PathBuf) -> Result<(String, String)> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        anyhow::anyhow!(
            "{}: invalid UTF-8 at byte offset {}",
            path.display(),
            e.utf8_error().valid_up_to()
        )
    })?;
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().to_string());
    let id = data_id(&name, text.as_bytes());
    Ok((text, id))
}

/// How a model header names an input: its name, size and FNV-64 hash (that of
/// [`hash_str`], over bytes).
pub fn data_id(name: &str, bytes: &[u8]) -> String {
    let h = khabar::model::perceptron::hash_bytes(hash_str(""), bytes);
    format!("{name} ({} bytes, fnv64 {h:016x})", bytes.len())
}

/// Writes a model file, creating its directory.
pub fn write_model(path: &std::path::Path, bytes: &[u8]) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(path, bytes).with_context(|| format!("writing {}", path.display()))
}

fn read(path: &PathBuf) -> Result<(Vec<conllu::Sentence>, String)> {
    let (text, id) = read_text(path)?;
    Ok((
        conllu::parse(&text).with_context(|| path.display().to_string())?,
        id,
    ))
}

pub fn run(a: &TrainArgs) -> Result<Status> {
    if let TaskArg::Ner = a.task {
        return crate::train_ner::run(a);
    }
    let t0 = Instant::now();
    let [train_path] = a.train.as_slice() else {
        anyhow::bail!("--task {:?} takes one --train file", a.task);
    };
    let dev_path = a
        .dev
        .as_ref()
        .ok_or_else(|| anyhow::anyhow!("--task {:?} needs --dev", a.task))?;
    let (train, train_id) = read(train_path)?;
    let (dev, dev_id) = read(dev_path)?;
    let base_path = a
        .base
        .clone()
        .or_else(|| a.out.exists().then(|| a.out.clone()));
    let base = match (&base_path, a.task) {
        (_, TaskArg::All) | (None, _) => None,
        (Some(p), _) => Some(Morphosyntax::from_bytes(&std::fs::read(p)?)?.1),
    };
    let task = match a.task {
        TaskArg::Seg => Task::Seg,
        TaskArg::Tag => Task::Tag,
        TaskArg::Lemma => Task::Lemma,
        TaskArg::All | TaskArg::Ner => Task::All,
    };
    let mut raw = khabar::model::features::FastMap::default();
    let mut vocab_id = String::from("none");
    if let Some(p) = &a.vocab {
        let text =
            std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?;
        for line in text.lines() {
            if let Some((w, c)) = line.split_once('\t') {
                raw.insert(w.to_string(), c.trim().parse().unwrap_or(0));
            }
        }
        vocab_id = format!(
            "{} ({} words, fnv64 {:016x})",
            p.display(),
            raw.len(),
            hash_str(&text)
        );
    }
    let mut lexicon = khabar::model::features::FastMap::default();
    let mut lexicon_id = String::from("none");
    if let Some(p) = &a.lexicon {
        let text =
            std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?;
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let (form, classes) = line.trim().split_once('\t').unwrap_or((line.trim(), ""));
            *lexicon.entry(form.to_string()).or_insert(0) |=
                tag::tagger::lexicon_class_bits(classes);
        }
        lexicon_id = format!(
            "{} ({} forms, fnv64 {:016x})",
            p.display(),
            lexicon.len(),
            hash_str(&text)
        );
    }
    let mut clusters = khabar::model::clusters::Clusters::default();
    let mut clusters_id = String::from("none");
    if let Some(p) = &a.clusters {
        let text =
            std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?;
        clusters = khabar::model::clusters::Clusters::from_tsv(&text).context("clusters")?;
        clusters_id = format!(
            "{} ({} words, fnv64 {:016x})",
            p.display(),
            clusters.len(),
            hash_str(&text)
        );
    }
    let lexicons = tag::Lexicons {
        raw,
        lexicon,
        clusters,
    };
    let fmt = |v: &[f64]| {
        v.iter()
            .map(|x| format!("{:.2}", x * 100.0))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut cv_note = String::new();
    let schedule = if a.cv > 1 {
        let docs = conllu::documents(&train);
        let mut seg_mean = vec![0.0; a.epochs];
        let mut tag_mean = vec![0.0; a.epochs];
        for k in 0..a.cv {
            let (mut tr, mut held) = (Vec::new(), Vec::new());
            for (i, d) in docs.iter().enumerate() {
                if i % a.cv == k {
                    held.extend_from_slice(d)
                } else {
                    tr.extend_from_slice(d)
                }
            }
            let all = Schedule {
                epochs: a.epochs,
                keep_best: false,
            };
            let (_, r) = tag::train(&tr, &held, Task::All, None, &lexicons, all, a.seed)?;
            for e in 0..a.epochs {
                seg_mean[e] += r.seg_dev.get(e).copied().unwrap_or(0.0) / a.cv as f64;
                tag_mean[e] += r.tag_dev.get(e).copied().unwrap_or(0.0) / a.cv as f64;
            }
            eprintln!(
                "fold {}/{}: segmentation [{}], tags [{}]",
                k + 1,
                a.cv,
                fmt(&r.seg_dev),
                fmt(&r.tag_dev)
            );
        }
        let best = (0..a.epochs)
            .max_by(|&x, &y| {
                (seg_mean[x] + tag_mean[x])
                    .total_cmp(&(seg_mean[y] + tag_mean[y]))
                    .then(y.cmp(&x))
            })
            .map_or(a.epochs, |e| e + 1);
        cv_note = format!(
            "; {}-fold cross-validation on train by document, mean per epoch: segmentation [{}], tags [{}]; chosen epochs: {best}",
            a.cv,
            fmt(&seg_mean),
            fmt(&tag_mean)
        );
        Schedule {
            epochs: best,
            keep_best: false,
        }
    } else {
        Schedule {
            epochs: a.epochs,
            keep_best: !a.fixed_epochs,
        }
    };
    let (model, report) = tag::train(&train, &dev, task, base, &lexicons, schedule, a.seed)?;
    let notes = format!(
        "khabar train --task {:?} --epochs {} --cv {} --seed {}; dev segmentation accuracy per epoch: [{}]; dev tag accuracy (gold words) per epoch: [{}]{cv_note}",
        a.task,
        a.epochs,
        a.cv,
        a.seed,
        fmt(&report.seg_dev),
        fmt(&report.tag_dev)
    );
    let header = Header {
        kind: tag::KIND.into(),
        creator_version: env!("CARGO_PKG_VERSION").into(),
        training_data: format!("train: {train_id}; dev: {dev_id}; raw vocabulary: {vocab_id}; lexicon: {lexicon_id}; clusters: {clusters_id}"),
        licence: a
            .licence
            .clone()
            .unwrap_or_else(|| "CC BY-NC-SA 3.0 (Prague Arabic Dependency Treebank)".into()),
        notes: notes.clone(),
    };
    let bytes = model.to_bytes(&header)?;
    write_model(&a.out, &bytes)?;
    eprintln!("{notes}");
    eprintln!(
        "wrote {} ({} bytes) in {:.1}s; segmenter {:?} classes/weights, tagger {:?} tags/weights, lemmatizer {:?} rules/entries",
        a.out.display(),
        bytes.len(),
        t0.elapsed().as_secs_f64(),
        model.segmenter.size(),
        model.tagger.size(),
        model.lemmatizer.size()
    );
    Ok(Status::default())
}
