//! Token-per-line BIO files (ANERcorp, AQMAR, WikiFANE) and entity-level scoring with the
//! CoNLL `conlleval` definition: an entity is correct when its span and type both match.

use crate::error::KhabarError;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// One sentence of a BIO file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BioSentence {
    /// Tokens as written (byte-order marks and direction marks removed).
    pub tokens: Vec<String>,
    /// One tag per token: `O`, `B-TYPE` or `I-TYPE`.
    pub tags: Vec<String>,
    /// One word class per token from a morphosyntax model (see
    /// [`crate::ner::recognizer::Recognizer::uses_word_classes`]), or none; BIO files
    /// carry none.
    pub classes: Vec<String>,
}

/// How the entity types of a corpus map to khabar's: `PERS` → `PER`, AQMAR's `MIS0`…`MIS3`
/// → `MISC`, the WikiFANE fine classes to PER / ORG / LOC / MISC (ACE-style: GPE, LOC and
/// FAC → LOC; VEH, WEA, PRO → MISC; PER.Group → O). Other types (AQMAR's stray `ENGLISH`,
/// `SPANISH`) are not entities: `None`.
pub fn map_type(t: &str) -> Option<&str> {
    Some(match t {
        "PERS" | "PER" | "Politician" | "Religious_PER" | "Artist" | "Other_PER" | "Scientist"
        | "Athlete" | "Businessperson" | "Engineer" | "Lawyer" | "Police" => "PER",
        "ORG" | "Government" | "Non-Governmental" | "Commercial" | "Educational" | "Media"
        | "Religious_ORG" | "Sports" | "Medical-Science" | "Entertainment" => "ORG",
        "LOC"
        | "GPE"
        | "Population-Center"
        | "Nation"
        | "State-or-Province"
        | "County-or-District"
        | "GPE-Cluster"
        | "Continent"
        | "Water-Body"
        | "Land-Region-Natural"
        | "Celestial"
        | "Building-Grounds"
        | "Airport"
        | "Path"
        | "Subarea-Facility" => "LOC",
        "MISC" | "MIS" | "MIS0" | "MIS1" | "MIS2" | "MIS3" | "MIS-1" | "MIS-2" | "MISS1"
        | "Air" | "Water" | "Land" | "Projectile" | "Shooting" | "Blunt" | "Exploding"
        | "Nuclear" | "Chemical" | "Sharp" | "Book" | "Software" | "Hardware" | "Movie"
        | "Sound" | "Food" | "Drug" | "Plant" => "MISC",
        _ => return None,
    })
}

fn clean_token(t: &str) -> String {
    t.chars()
        .filter(|&c| !matches!(c, '\u{FEFF}' | '\u{200E}' | '\u{200F}'))
        .collect()
}

/// Normalizes one tag with [`map_type`]; malformed tags (`OO`, `IO`, `-ORG`) become `O`.
pub fn normalize_tag(tag: &str) -> String {
    let (prefix, ty) = match tag.split_once('-') {
        Some((p @ ("B" | "I"), t)) if !t.is_empty() => (p, t),
        _ => return "O".into(),
    };
    match map_type(ty) {
        Some(t) => format!("{prefix}-{t}"),
        None => "O".into(),
    }
}

/// Reads a BIO file: `TOKEN TAG` or `TOKEN<TAB>TAG` per line, a blank (or white-space only)
/// line between sentences. Tags are normalized with [`normalize_tag`].
///
/// # Errors
/// [`KhabarError::Format`] for a line with a single field.
pub fn read(text: &str) -> Result<Vec<BioSentence>, KhabarError> {
    let mut out = Vec::new();
    let mut cur = BioSentence::default();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_start_matches('\u{FEFF}');
        if line.trim().is_empty() {
            if !cur.tokens.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let mut fields = line.split_whitespace();
        let (Some(tok), Some(tag)) = (fields.next(), fields.next_back()) else {
            return Err(KhabarError::Format {
                what: "BIO",
                line: i + 1,
                message: "expected `TOKEN TAG`".into(),
            });
        };
        let tok = clean_token(tok);
        if tok.is_empty() {
            continue;
        }
        cur.tokens.push(tok);
        cur.tags.push(normalize_tag(tag));
    }
    if !cur.tokens.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

/// Writes sentences back as `TOKEN TAG` lines with blank lines between sentences.
pub fn write(sentences: &[BioSentence]) -> String {
    let mut s = String::new();
    for sent in sentences {
        for (t, g) in sent.tokens.iter().zip(&sent.tags) {
            let _ = writeln!(s, "{t} {g}");
        }
        s.push('\n');
    }
    s
}

/// The entities of a tag sequence as (first token, end token, type), `conlleval` style: an
/// `I-X` after `O` or after another type starts an entity.
pub fn chunks<S: AsRef<str>>(tags: &[S]) -> Vec<(usize, usize, String)> {
    let mut out: Vec<(usize, usize, String)> = Vec::new();
    let mut open: Option<(usize, &str)> = None;
    for (i, t) in tags.iter().enumerate() {
        let t = t.as_ref();
        let (p, ty) = match t.split_once('-') {
            Some((p @ ("B" | "I"), ty)) => (p, ty),
            _ => ("O", ""),
        };
        let continues = p == "I" && open.is_some_and(|(_, o)| o == ty);
        if !continues {
            if let Some((s, o)) = open.take() {
                out.push((s, i, o.to_string()));
            }
            if p != "O" {
                open = Some((i, ty));
            }
        }
    }
    if let Some((s, o)) = open {
        out.push((s, tags.len(), o.to_string()));
    }
    out
}

/// Counts for one entity type.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Entities in the gold data.
    pub gold: usize,
    /// Entities predicted.
    pub predicted: usize,
    /// Predicted entities with the gold span and type.
    pub correct: usize,
}

impl Counts {
    /// Precision, recall and F1 in percent.
    pub fn prf(&self) -> (f64, f64, f64) {
        let p = if self.predicted == 0 {
            0.0
        } else {
            100.0 * self.correct as f64 / self.predicted as f64
        };
        let r = if self.gold == 0 {
            0.0
        } else {
            100.0 * self.correct as f64 / self.gold as f64
        };
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        (p, r, f)
    }
}

/// Entity-level scores: per type and overall (micro-averaged), plus token accuracy.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scores {
    /// Counts per entity type.
    pub per_type: BTreeMap<String, Counts>,
    /// All types together.
    pub overall: Counts,
    /// Tokens.
    pub tokens: usize,
    /// Tokens whose tag is right.
    pub tokens_correct: usize,
}

/// Scores predicted tag sequences against gold ones (same sentences, same tokens).
///
/// # Errors
/// [`KhabarError::Format`] when the sentence or token counts differ.
pub fn score(gold: &[Vec<String>], predicted: &[Vec<String>]) -> Result<Scores, KhabarError> {
    if gold.len() != predicted.len() {
        return Err(KhabarError::Format {
            what: "BIO",
            line: 0,
            message: format!(
                "{} gold sentences but {} predicted",
                gold.len(),
                predicted.len()
            ),
        });
    }
    let mut s = Scores::default();
    for (k, (g, p)) in gold.iter().zip(predicted).enumerate() {
        if g.len() != p.len() {
            return Err(KhabarError::Format {
                what: "BIO",
                line: 0,
                message: format!(
                    "sentence {}: {} gold tokens but {} predicted",
                    k + 1,
                    g.len(),
                    p.len()
                ),
            });
        }
        s.tokens += g.len();
        s.tokens_correct += g.iter().zip(p).filter(|(a, b)| a == b).count();
        let gc = chunks(g);
        let pc = chunks(p);
        for c in &gc {
            s.per_type.entry(c.2.clone()).or_default().gold += 1;
            s.overall.gold += 1;
        }
        for c in &pc {
            let e = s.per_type.entry(c.2.clone()).or_default();
            e.predicted += 1;
            s.overall.predicted += 1;
            if gc.contains(c) {
                e.correct += 1;
                s.overall.correct += 1;
            }
        }
    }
    Ok(s)
}

/// A `conlleval`-like table: one row per type and the overall row.
pub fn table(s: &Scores) -> String {
    let mut out = String::new();
    let acc = if s.tokens == 0 {
        0.0
    } else {
        100.0 * s.tokens_correct as f64 / s.tokens as f64
    };
    let _ = writeln!(
        out,
        "tokens {}; gold entities {}; predicted {}; correct {}; token accuracy {acc:.2}%",
        s.tokens, s.overall.gold, s.overall.predicted, s.overall.correct
    );
    let _ = writeln!(
        out,
        "{:<8} {:>9} {:>9} {:>9} {:>6} {:>6}",
        "type", "precision", "recall", "F1", "gold", "pred"
    );
    let row = |out: &mut String, name: &str, c: &Counts| {
        let (p, r, f) = c.prf();
        let _ = writeln!(
            out,
            "{name:<8} {p:>9.2} {r:>9.2} {f:>9.2} {:>6} {:>6}",
            c.gold, c.predicted
        );
    };
    for (t, c) in &s.per_type {
        row(&mut out, t, c);
    }
    row(&mut out, "overall", &s.overall);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn reads_both_separators_and_maps_types() {
        let text = "\u{FEFF}\u{200E}فرانكفورت\tB-Population-Center\n\t\nأعلن O\nاتحاد B-ORG\nصناعة I-ORG\n\nبرند B-PERS\nX OO\n";
        let s = read(text).unwrap();
        assert_eq!(normalize_tag("B-ENGLISH"), "O");
        assert_eq!(s.len(), 3);
        assert_eq!(s[0].tokens, ["فرانكفورت"]);
        assert_eq!(s[0].tags, ["B-LOC"]);
        assert_eq!(s[2].tags, ["B-PER", "O"]);
        assert!(read("lonely\n").is_err());
        assert_eq!(read(&write(&s)).unwrap(), s);
    }

    #[test]
    fn conlleval_chunks() {
        assert_eq!(
            chunks(&v("B-PER I-PER O I-LOC I-LOC B-LOC I-ORG")),
            vec![
                (0, 2, "PER".into()),
                (3, 5, "LOC".into()),
                (5, 6, "LOC".into()),
                (6, 7, "ORG".into())
            ]
        );
    }

    #[test]
    fn scores_exact_span_and_type() {
        let gold = vec![v("B-PER I-PER O B-LOC"), v("B-ORG O")];
        let pred = vec![v("B-PER O O B-LOC"), v("B-ORG O")];
        let s = score(&gold, &pred).unwrap();
        assert_eq!(
            s.overall,
            Counts {
                gold: 3,
                predicted: 3,
                correct: 2
            }
        );
        let (p, r, f) = s.overall.prf();
        assert!(
            (p - 66.666).abs() < 0.01 && (r - 66.666).abs() < 0.01 && (f - 66.666).abs() < 0.01
        );
        assert_eq!(s.per_type["PER"].correct, 0);
        assert!(score(&gold, &pred[..1]).is_err());
        assert!(table(&s).contains("overall"));
    }
}
