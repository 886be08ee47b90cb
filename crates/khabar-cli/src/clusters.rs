//! `khabar clusters`: learns word clusters (bit-string paths) from raw text, for the NER
//! features. Each input line is split into sentences and tokens; words are folded.

use crate::input::{self, Status};
use crate::InputArgs;
use anyhow::{Context, Result};
use clap::Args;
use khabar::ner::clusters::{learn, LearnOptions};
use khabar::ner::forms::fold;
use khabar::token::{split_sentences, tokenize, SentenceOptions};
use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

#[derive(Args, Debug)]
pub struct ClustersArgs {
    /// Where to write `path<TAB>word<TAB>count` lines.
    #[arg(long)]
    pub out: PathBuf,
    /// Words seen fewer times are left out.
    #[arg(long, default_value_t = 5)]
    pub min_count: u32,
    /// Path length: 2^depth clusters at the leaves.
    #[arg(long, default_value_t = 12)]
    pub depth: u32,
    /// Exchange passes per level.
    #[arg(long, default_value_t = 3)]
    pub passes: u32,
    #[command(flatten)]
    pub input: InputArgs,
}

pub fn run(a: &ClustersArgs) -> Result<Status> {
    let t0 = Instant::now();
    let mut sentences: Vec<Vec<String>> = Vec::new();
    let mut tokens = 0usize;
    let status = input::documents(&a.input, |_, text| {
        for line in text.lines() {
            let toks = tokenize(line);
            for r in split_sentences(line, &toks, SentenceOptions::default()) {
                let s: Vec<String> = toks[r].iter().map(|t| fold(t.text(line))).collect();
                tokens += s.len();
                sentences.push(s);
            }
        }
        Ok(())
    })?;
    eprintln!(
        "{} sentences, {tokens} tokens read in {:.1}s",
        sentences.len(),
        t0.elapsed().as_secs_f64()
    );
    let out = learn(
        sentences,
        LearnOptions {
            min_count: a.min_count,
            depth: a.depth,
            passes: a.passes,
        },
    );
    let mut f = std::io::BufWriter::new(
        std::fs::File::create(&a.out).with_context(|| a.out.display().to_string())?,
    );
    for (w, p, c) in &out {
        writeln!(f, "{p}\t{w}\t{c}")?;
    }
    f.flush()?;
    eprintln!(
        "{} words clustered in {:.1}s → {}",
        out.len(),
        t0.elapsed().as_secs_f64(),
        a.out.display()
    );
    Ok(status)
}
