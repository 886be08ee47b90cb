//! `khabar dedup FILE.jsonl…`: groups near-duplicate documents (syndicated copies of one
//! story) in JSON Lines collections. A line that is not a JSON object with the text field
//! is reported with its line number and skipped; the others are still grouped.

use crate::input::Status;
use anyhow::Result;
use clap::Args;
use khabar::news::{DedupOptions, Deduper};
use serde_json::{json, Value};
use std::io::Write;
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct DedupArgs {
    /// JSON Lines files, one document per line (standard input when none or `-`).
    pub files: Vec<PathBuf>,
    /// Field holding the text.
    #[arg(long, default_value = "text")]
    pub field: String,
    /// Field holding a document id to print (default: file and line number only).
    #[arg(long)]
    pub id_field: Option<String>,
    /// Estimated Jaccard similarity of 5-word shingle sets from which two documents are
    /// near-duplicates.
    #[arg(long, default_value_t = 0.5)]
    pub threshold: f64,
    /// Words per shingle.
    #[arg(long, default_value_t = 5)]
    pub shingle: usize,
}

struct Doc {
    file: String,
    line: usize,
    id: Option<Value>,
}

pub fn run(a: &DedupArgs) -> Result<Status> {
    let mut dedup = Deduper::new(DedupOptions {
        threshold: a.threshold,
        shingle: a.shingle,
        ..DedupOptions::default()
    });
    let mut docs: Vec<Doc> = Vec::new();
    let status = crate::input::jsonl_records(&a.files, &a.field, |file, line, v, body| {
        dedup.add(body);
        docs.push(Doc {
            file: file.to_string(),
            line,
            id: a.id_field.as_ref().and_then(|f| v.get(f).cloned()),
        });
        Ok(Ok(()))
    })?;
    let groups = dedup.groups();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut dups = 0;
    for (g, group) in groups.iter().enumerate() {
        dups += group.members.len() - 1;
        let members: Vec<Value> = group
            .members
            .iter()
            .zip(&group.similarity)
            .map(|(&m, &s)| {
                let d = &docs[m];
                let mut o = json!({"file": d.file, "line": d.line, "similarity": (s * 1000.0).round() / 1000.0});
                if let Some(id) = &d.id {
                    o["id"] = id.clone();
                }
                o
            })
            .collect();
        serde_json::to_writer(
            &mut out,
            &json!({"group": g + 1, "size": group.members.len(), "members": members}),
        )?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    eprintln!(
        "{} documents, {} groups of near-duplicates, {dups} documents are copies of an earlier one",
        docs.len(),
        groups.len()
    );
    Ok(status)
}
