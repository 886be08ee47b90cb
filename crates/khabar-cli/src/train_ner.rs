//! `khabar train --task ner`: trains the entity recognizer from BIO files.

use crate::input::Status;
use crate::train::{data_id, read_text, write_model, TrainArgs};
use anyhow::{Context, Result};
use khabar::model::Header;
use khabar::ner::bio::{self, BioSentence};
use khabar::ner::clusters::Clusters;
use khabar::ner::gazetteer::Gazetteer;
use khabar::ner::recognizer::{self, TrainOptions};
use khabar::ner::{NerModel, KIND};
use std::path::PathBuf;
use std::time::Instant;

fn read_bio(path: &PathBuf) -> Result<(Vec<BioSentence>, String)> {
    let (text, id) = read_text(path)?;
    Ok((
        bio::read(&text).with_context(|| path.display().to_string())?,
        id,
    ))
}

#[cfg(feature = "default-model")]
fn embedded_morph_id() -> String {
    data_id(
        "embedded khabar-padt-news.model",
        khabar::tag::default_model::BYTES,
    )
}

#[cfg(not(feature = "default-model"))]
fn embedded_morph_id() -> String {
    String::new() // unreachable: without the embedded model `morph_model` fails first
}

fn optional_file(p: &Option<PathBuf>) -> Result<(String, String)> {
    match p {
        None => Ok((String::new(), "none".into())),
        Some(p) => read_text(p),
    }
}

pub fn run(a: &TrainArgs) -> Result<Status> {
    let t0 = Instant::now();
    let mut train = Vec::new();
    let mut ids = Vec::new();
    for p in &a.train {
        let (s, id) = read_bio(p)?;
        train.extend(s);
        ids.push(id);
    }
    // the morphosyntax model that gives every token its word class (loaded once, for the
    // training and the held-out sentences)
    let morph = match a.word_classes {
        true => Some(crate::commands::morph_model(a.classes_model.as_deref())?),
        false => None,
    };
    let classes_id = match (&morph, &a.classes_model) {
        (None, _) => "none".to_string(),
        (Some(_), Some(p)) => data_id(&p.display().to_string(), &std::fs::read(p)?),
        (Some(_), None) => embedded_morph_id(),
    };
    if let Some(m) = &morph {
        for s in &mut train {
            s.classes = khabar::pretokenized_classes(m, &s.tokens);
        }
    }
    let (gtext, gid) = optional_file(&a.gazetteer)?;
    let gazetteer = Gazetteer::from_tsv(&gtext).context("gazetteer")?;
    let (ctext, cid) = optional_file(&a.clusters)?;
    let clusters = Clusters::from_tsv(&ctext).context("clusters")?;
    let words: usize = train.iter().map(|s| s.tokens.len()).sum();
    eprintln!(
        "{} sentences, {words} tokens; gazetteer {} phrases; clusters {} words",
        train.len(),
        gazetteer.len(),
        clusters.len()
    );
    let mut log = |m: &str| eprintln!("{m}");
    let opts = TrainOptions {
        epochs: a.epochs,
        seed: a.seed,
        folds: a.stack_folds,
        window: a.window,
        ensemble: a.ensemble,
    };
    let (rec, note) = if let Some(dev_path) = &a.dev {
        let (mut dev, dev_id) = read_bio(dev_path)?;
        if let Some(m) = &morph {
            for s in &mut dev {
                s.classes = khabar::pretokenized_classes(m, &s.tokens);
            }
        }
        let (rec, hist) =
            recognizer::train(&train, Some(&dev), gazetteer, clusters, opts, &mut log);
        let f = fmt(&hist);
        (
            rec,
            format!("dev {dev_id}: entity F1 per epoch [{f}], best kept"),
        )
    } else if a.holdout > 0.0 && a.holdout < 1.0 {
        let cut = train.len() - ((train.len() as f64 * a.holdout).round() as usize).max(1);
        let (head, tail) = train.split_at(cut);
        eprintln!("holding out the last {} sentences", tail.len());
        let (_, hist) = recognizer::train(
            head,
            Some(tail),
            gazetteer.clone(),
            clusters.clone(),
            opts,
            &mut log,
        );
        // the first stage's per-epoch scores choose the number of epochs
        let first = &hist[..hist.len().min(a.epochs)];
        let best = (0..first.len())
            .max_by(|&x, &y| first[x].total_cmp(&first[y]).then(y.cmp(&x)))
            .map_or(a.epochs, |e| e + 1);
        eprintln!("retraining on everything for {best} epochs");
        let (rec, _) = recognizer::train(
            &train,
            None,
            gazetteer,
            clusters,
            TrainOptions {
                epochs: best,
                ..opts
            },
            &mut log,
        );
        (
            rec,
            format!(
                "held out the last {} of {} training sentences: entity F1 per epoch [{}]; retrained on all for {best} epochs",
                tail.len(),
                train.len(),
                fmt(&hist)
            ),
        )
    } else {
        let (rec, _) = recognizer::train(&train, None, gazetteer, clusters, opts, &mut log);
        (rec, format!("{} epochs, no held-out data", a.epochs))
    };
    let model = NerModel::new(rec, &train);
    let notes = format!(
        "khabar train --task ner --epochs {} --holdout {} --stack-folds {} --window {} --seed {}; {note}",
        a.epochs, a.holdout, a.stack_folds, a.window, a.seed
    );
    let header = Header {
        kind: KIND.into(),
        creator_version: env!("CARGO_PKG_VERSION").into(),
        training_data: format!(
            "train: {}; gazetteer: {gid}; clusters: {cid}; word classes: {classes_id}",
            ids.join(" + ")
        ),
        licence: a.licence.clone().ok_or_else(|| {
            anyhow::anyhow!("--task ner needs --licence (that of the training data)")
        })?,
        notes: notes.clone(),
    };
    let bytes = model.to_bytes(&header)?;
    write_model(&a.out, &bytes)?;
    eprintln!("{notes}");
    eprintln!(
        "wrote {} ({} bytes) in {:.1}s",
        a.out.display(),
        bytes.len(),
        t0.elapsed().as_secs_f64()
    );
    Ok(Status::default())
}

fn fmt(v: &[f64]) -> String {
    v.iter()
        .map(|x| format!("{x:.2}"))
        .collect::<Vec<_>>()
        .join(" ")
}
