//! `khabar eval --gold FILE.conllu`: runs each gold document's raw text through the pipeline,
//! writes the predicted CoNLL-U and prints the CoNLL 2018 metrics.
//! `khabar eval --task ner --gold FILE.bio`: tags the gold tokens and prints entity-level
//! precision, recall and F1 per type (the `conlleval` definition).

use crate::commands::{analyzer, morph_model, ner_model, split_options};
use crate::input::Status;
use crate::{ModelArgs, SplitArgs};
use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use khabar::ner::{bio, recognizer};
use khabar::{conllu, conllu_eval, pretokenized_classes};
use std::path::PathBuf;
use std::time::Instant;

#[derive(Copy, Clone, Debug, ValueEnum, PartialEq, Eq)]
pub enum EvalTask {
    /// Tokens, sentences, segmentation, tags, lemmas (gold CoNLL-U).
    Morph,
    /// Named entities (gold BIO file).
    Ner,
}

#[derive(Args, Debug)]
pub struct EvalArgs {
    /// What to score.
    #[arg(long, value_enum, default_value = "morph")]
    pub task: EvalTask,
    /// Gold file: CoNLL-U with `# text` comments and `# newdoc` documents, or for
    /// `--task ner` a BIO file (`TOKEN TAG` per line, blank line between sentences).
    #[arg(long)]
    pub gold: PathBuf,
    /// Where to write the prediction (CoNLL-U, or BIO for `--task ner`).
    #[arg(long)]
    pub out: Option<PathBuf>,
    #[command(flatten)]
    pub split: SplitArgs,
    #[command(flatten)]
    pub model: ModelArgs,
}

pub fn run(a: &EvalArgs) -> Result<Status> {
    let text = std::fs::read_to_string(&a.gold).with_context(|| a.gold.display().to_string())?;
    if a.task == EvalTask::Ner {
        return run_ner(a, &text);
    }
    let gold = conllu::parse(&text).with_context(|| a.gold.display().to_string())?;
    let analyzer = analyzer(split_options(a.split), &a.model)?;
    let t = Instant::now();
    let mut predicted = String::new();
    let mut words = 0usize;
    for (i, doc) in conllu::documents(&gold).into_iter().enumerate() {
        let raw = conllu::document_text(doc);
        words += raw.split_whitespace().count();
        let d = analyzer.analyze(&raw);
        predicted.push_str(&d.to_conllu(Some(&format!("doc{}", i + 1))));
    }
    let secs = t.elapsed().as_secs_f64();
    if let Some(p) = &a.out {
        std::fs::write(p, &predicted).with_context(|| p.display().to_string())?;
    }
    let system = conllu::parse(&predicted)?;
    let scores = conllu_eval::evaluate(&gold, &system)?;
    print!("{}", conllu_eval::table(&scores));
    eprintln!(
        "{words} words in {secs:.3}s ({:.0} words/s, one thread, including tokenization)",
        words as f64 / secs
    );
    Ok(Status::default())
}

fn run_ner(a: &EvalArgs, text: &str) -> Result<Status> {
    let mut gold = bio::read(text).with_context(|| a.gold.display().to_string())?;
    let model = ner_model(&a.model)?
        .ok_or_else(|| anyhow::anyhow!("--task ner needs a NER model (not --no-ner)"))?;
    // a recognizer that reads word classes gets them from the morphosyntax model (tagging
    // counts in the time, loading does not)
    let morph = match model.uses_word_classes() {
        true => Some(morph_model(a.model.model.as_deref())?),
        false => None,
    };
    let t = Instant::now();
    if let Some(morph) = &morph {
        for s in &mut gold {
            s.classes = pretokenized_classes(morph, &s.tokens);
        }
    }
    let (g, p) = recognizer::predict_all(&model.recognizer, &gold);
    let secs = t.elapsed().as_secs_f64();
    let tokens: usize = g.iter().map(Vec::len).sum();
    if let Some(out) = &a.out {
        let pred: Vec<bio::BioSentence> = gold
            .iter()
            .zip(&p)
            .map(|(s, tags)| bio::BioSentence {
                tokens: s.tokens.clone(),
                tags: tags.clone(),
                classes: Vec::new(),
            })
            .collect();
        std::fs::write(out, bio::write(&pred)).with_context(|| out.display().to_string())?;
    }
    let scores = bio::score(&g, &p)?;
    print!("{}", bio::table(&scores));
    eprintln!(
        "{tokens} tokens in {secs:.3}s ({:.0} tokens/s, one thread)",
        tokens as f64 / secs
    );
    Ok(Status::default())
}
