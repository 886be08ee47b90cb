//! `khabar eval --gold FILE.conllu`: runs each gold document's raw text through the pipeline,
//! writes the predicted CoNLL-U and prints the CoNLL 2018 metrics.

use crate::commands::{analyzer, split_options};
use crate::input::Status;
use crate::{ModelArgs, SplitArgs};
use anyhow::{Context, Result};
use clap::Args;
use khabar::{conllu, conllu_eval};
use std::path::PathBuf;
use std::time::Instant;

#[derive(Args, Debug)]
pub struct EvalArgs {
    /// Gold CoNLL-U (with `# text` comments and `# newdoc` documents).
    #[arg(long)]
    pub gold: PathBuf,
    /// Where to write the predicted CoNLL-U.
    #[arg(long)]
    pub out: Option<PathBuf>,
    #[command(flatten)]
    pub split: SplitArgs,
    #[command(flatten)]
    pub model: ModelArgs,
}

pub fn run(a: &EvalArgs) -> Result<Status> {
    let text = std::fs::read_to_string(&a.gold).with_context(|| a.gold.display().to_string())?;
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
