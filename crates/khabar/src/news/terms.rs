//! Content terms of a document, shared by keywords and the summary: for each token, the key
//! it counts under (the folded lemma of its content word with a morphosyntax model, else the
//! folded word without و ف ب ل ك and the article), or `None` for function words,
//! punctuation and numbers.

use crate::ner::forms::{fold, readings};
use crate::tag::WordAnalysis;
use crate::token::{Token, TokenKind};

/// Function words (folded) that delimit terms when no morphosyntax model tags them.
const FUNCTION_WORDS: &[&str] = &[
    "في",
    "من",
    "الي",
    "علي",
    "عن",
    "مع",
    "ان",
    "انه",
    "انها",
    "او",
    "ثم",
    "لكن",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "التي",
    "الذي",
    "الذين",
    "ما",
    "لا",
    "لم",
    "لن",
    "قد",
    "كان",
    "كانت",
    "هو",
    "هي",
    "هم",
    "بعد",
    "قبل",
    "حتي",
    "منذ",
    "عند",
    "كما",
    "بين",
    "حيث",
    "كل",
    "بعض",
    "غير",
    "اي",
    "اذا",
    "اما",
    "الا",
    "فيما",
    "بينما",
    "خلال",
    "ضمن",
    "نحو",
    "عبر",
    "لدي",
    "امام",
    "وفق",
    "حسب",
    "بحسب",
    "ايضا",
    "فقط",
    "يكون",
    "تكون",
    "هناك",
    "هنا",
    "قال",
    "وقال",
    "قالت",
    "وقالت",
    "اضاف",
    "واضاف",
    "يوم",
    "اليوم",
    "امس",
    "عام",
    "وكان",
    "ولا",
    "ومن",
    "وفي",
    "والتي",
];

/// The term key of every token (see the module documentation).
pub fn term_keys(
    tokens: &[Token],
    folded: &[String],
    words: &[Vec<WordAnalysis>],
) -> Vec<Option<String>> {
    let tagged = words.len() == tokens.len();
    tokens
        .iter()
        .enumerate()
        .map(|(i, t)| {
            if !matches!(t.kind, TokenKind::Arabic | TokenKind::Latin) {
                return None;
            }
            if tagged {
                let w = words[i]
                    .iter()
                    .find(|w| matches!(w.upos.as_ref(), "NOUN" | "PROPN" | "ADJ" | "X"))?;
                let key = fold(&w.lemma);
                let key = if key.is_empty() { fold(&w.form) } else { key };
                return (key.chars().count() > 1).then_some(key);
            }
            let f = folded[i].as_str();
            if FUNCTION_WORDS.contains(&f) || f.chars().count() < 3 {
                return None;
            }
            let stem = readings(f)
                .into_iter()
                .flatten()
                .last()
                .map(|(_, s)| s.into_owned())
                .filter(|s| s.chars().count() > 2)
                .unwrap_or_else(|| f.to_string());
            let stem = stem
                .strip_prefix("ال")
                .filter(|s| s.chars().count() > 2)
                .unwrap_or(&stem)
                .to_string();
            Some(stem)
        })
        .collect()
}
