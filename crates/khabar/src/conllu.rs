//! CoNLL-U reading and writing. Every line is kept: comments, multiword-token lines, empty
//! nodes and all ten columns, so reading and writing a file gives it back byte for byte
//! (given a final newline).

use crate::error::KhabarError;
use std::fmt::Write as _;

/// One line of a sentence block.
// rows are the common case: boxing them would cost an allocation per line for nothing
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    /// `# …` (without the newline).
    Comment(String),
    /// A word, multiword-token or empty-node line, split into its ten columns.
    Row(Row),
}

/// The ten columns of a token line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// ID (`3`, `3-4` for a multiword token, `3.1` for an empty node).
    pub id: String,
    /// FORM.
    pub form: String,
    /// LEMMA.
    pub lemma: String,
    /// UPOS.
    pub upos: String,
    /// XPOS.
    pub xpos: String,
    /// FEATS.
    pub feats: String,
    /// HEAD.
    pub head: String,
    /// DEPREL.
    pub deprel: String,
    /// DEPS.
    pub deps: String,
    /// MISC.
    pub misc: String,
}

impl Row {
    /// Whether this is a multiword-token line (`3-4`).
    pub fn is_multiword(&self) -> bool {
        self.id.contains('-')
    }

    /// Whether this is an empty node (`3.1`).
    pub fn is_empty_node(&self) -> bool {
        self.id.contains('.')
    }

    /// For a multiword token, the first and last word IDs it spans.
    pub fn range(&self) -> Option<(usize, usize)> {
        let (a, b) = self.id.split_once('-')?;
        Some((a.parse().ok()?, b.parse().ok()?))
    }

    /// Whether MISC says `SpaceAfter=No`.
    pub fn no_space_after(&self) -> bool {
        self.misc.split('|').any(|m| m == "SpaceAfter=No")
    }

    fn write(&self, out: &mut String) {
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            self.id,
            self.form,
            self.lemma,
            self.upos,
            self.xpos,
            self.feats,
            self.head,
            self.deprel,
            self.deps,
            self.misc
        );
    }
}

/// A sentence block: its lines in order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sentence {
    /// Comments and rows, in file order.
    pub lines: Vec<Line>,
}

impl Sentence {
    /// The rows (no comments).
    pub fn rows(&self) -> impl Iterator<Item = &Row> {
        self.lines.iter().filter_map(|l| match l {
            Line::Row(r) => Some(r),
            Line::Comment(_) => None,
        })
    }

    /// The syntactic words (no multiword-token lines, no empty nodes).
    pub fn words(&self) -> impl Iterator<Item = &Row> {
        self.rows()
            .filter(|r| !r.is_multiword() && !r.is_empty_node())
    }

    /// The value of a `# key = value` comment.
    pub fn comment(&self, key: &str) -> Option<&str> {
        self.lines.iter().find_map(|l| match l {
            Line::Comment(c) => {
                let rest = c.strip_prefix('#')?.trim_start();
                let (k, v) = rest.split_once('=')?;
                (k.trim() == key).then(|| v.trim())
            }
            Line::Row(_) => None,
        })
    }

    /// Orthographic tokens: multiword-token lines and the words outside them, with the
    /// words each one holds.
    pub fn tokens(&self) -> Vec<(&Row, Vec<&Row>)> {
        let rows: Vec<&Row> = self.rows().filter(|r| !r.is_empty_node()).collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < rows.len() {
            let r = rows[i];
            if let Some((a, b)) = r.range() {
                let n = b.saturating_sub(a) + 1;
                let words: Vec<&Row> = rows[i + 1..(i + 1 + n).min(rows.len())].to_vec();
                i += 1 + words.len();
                out.push((r, words));
            } else {
                out.push((r, vec![r]));
                i += 1;
            }
        }
        out
    }
}

/// Parses CoNLL-U text.
///
/// # Errors
/// [`KhabarError::Format`] for a row without ten tab-separated columns (with its line).
pub fn parse(text: &str) -> Result<Vec<Sentence>, KhabarError> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    for (n, line) in text.lines().enumerate() {
        if line.is_empty() {
            if !cur.lines.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
        } else if line.starts_with('#') {
            cur.lines.push(Line::Comment(line.to_string()));
        } else {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() != 10 {
                return Err(KhabarError::Format {
                    what: "CoNLL-U",
                    line: n + 1,
                    message: format!("expected 10 tab-separated columns, found {}", cols.len()),
                });
            }
            cur.lines.push(Line::Row(Row {
                id: cols[0].into(),
                form: cols[1].into(),
                lemma: cols[2].into(),
                upos: cols[3].into(),
                xpos: cols[4].into(),
                feats: cols[5].into(),
                head: cols[6].into(),
                deprel: cols[7].into(),
                deps: cols[8].into(),
                misc: cols[9].into(),
            }));
        }
    }
    if !cur.lines.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

/// Writes sentences as CoNLL-U (each block followed by an empty line).
pub fn write(sentences: &[Sentence]) -> String {
    let mut out = String::new();
    for s in sentences {
        for l in &s.lines {
            match l {
                Line::Comment(c) => {
                    out.push_str(c);
                    out.push('\n');
                }
                Line::Row(r) => r.write(&mut out),
            }
        }
        out.push('\n');
    }
    out
}

/// Groups sentences into documents at `# newdoc` comments.
pub fn documents(sentences: &[Sentence]) -> Vec<&[Sentence]> {
    let mut docs = Vec::new();
    let mut start = 0;
    for (i, s) in sentences.iter().enumerate() {
        let newdoc = s
            .lines
            .iter()
            .any(|l| matches!(l, Line::Comment(c) if c.starts_with("# newdoc")));
        if newdoc && i > start {
            docs.push(&sentences[start..i]);
            start = i;
        }
    }
    if start < sentences.len() {
        docs.push(&sentences[start..]);
    }
    docs
}

/// The raw text of a document under the evaluation protocol: each sentence's `# text`
/// (or its tokens joined by `SpaceAfter`) joined by single spaces.
pub fn document_text(doc: &[Sentence]) -> String {
    doc.iter()
        .map(|s| {
            s.comment("text").map(str::to_string).unwrap_or_else(|| {
                let mut t = String::new();
                for (tok, _) in s.tokens() {
                    t.push_str(&tok.form);
                    if !tok.no_space_after() {
                        t.push(' ');
                    }
                }
                t.trim_end().to_string()
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# newdoc id = d1\n# sent_id = 1\n# text = وللحكومة رأي.\n1-3\tوللحكومة\t_\t_\t_\t_\t_\t_\t_\t_\n1\tو\tوَ\tCCONJ\tC---------\t_\t0\troot\t_\t_\n2\tل\tلِ\tADP\tP---------\tAdpType=Prep\t3\tcase\t_\t_\n3\tالحكومة\tحُكُومَة\tNOUN\tN------S2D\tCase=Gen|Definite=Def\t1\tnmod\t_\t_\n4\tرأي\tرَأي\tNOUN\tN------S1I\t_\t1\tnsubj\t_\tSpaceAfter=No\n5\t.\t.\tPUNCT\tG---------\t_\t1\tpunct\t_\t_\n\n";

    #[test]
    fn round_trip_and_views() {
        let s = parse(SAMPLE).unwrap();
        assert_eq!(write(&s), SAMPLE);
        assert_eq!(s[0].comment("text"), Some("وللحكومة رأي."));
        assert_eq!(s[0].words().count(), 5);
        let toks = s[0].tokens();
        assert_eq!(toks.len(), 3);
        assert_eq!(toks[0].1.len(), 3);
        assert!(toks[1].0.no_space_after());
        assert_eq!(document_text(&s), "وللحكومة رأي.");
        assert_eq!(documents(&s).len(), 1);
    }

    #[test]
    fn bad_rows_are_typed_errors() {
        match parse("1\tx\n") {
            Err(KhabarError::Format { line, .. }) => assert_eq!(line, 1),
            other => panic!("{other:?}"),
        }
    }
}
