//! The analysis of one text: an [`Analyzer`] (immutable, `Send + Sync`, built once) runs the
//! layers and returns a [`Document`] whose annotations all point into the original text.

use crate::token::{split_sentences, tokenize, SentenceOptions, Token};
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};
use std::fmt::Write as _;
use std::ops::Range;

/// A sentence: a span of the original text and the tokens in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Unicode scalar offset of the first character.
    pub start: usize,
    /// Unicode scalar offset after the last character.
    pub end: usize,
    /// Byte offset of the first character.
    pub byte_start: usize,
    /// Byte offset after the last character.
    pub byte_end: usize,
    /// Indices into [`Document::tokens`].
    pub tokens: Range<usize>,
}

/// The analysis of one text. Owns the text; every annotation is an offset into it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The original text, unchanged.
    pub text: String,
    /// All tokens, in order.
    pub tokens: Vec<Token>,
    /// Sentences, in order, covering all tokens.
    pub sentences: Vec<Sentence>,
}

/// Runs the analysis layers. Build once, share freely (it is `Send + Sync`).
#[derive(Debug, Clone, Default)]
pub struct Analyzer {
    sentence: SentenceOptions,
}

impl Analyzer {
    /// An analyzer with the given sentence-splitting options.
    pub fn with_sentence_options(sentence: SentenceOptions) -> Self {
        Self { sentence }
    }

    /// Analyzes `text`.
    pub fn analyze(&self, text: &str) -> Document {
        let tokens = tokenize(text);
        let sentences = split_sentences(text, &tokens, self.sentence)
            .into_iter()
            .map(|r| {
                let (first, last) = (&tokens[r.start], &tokens[r.end - 1]);
                Sentence {
                    start: first.start,
                    end: last.end,
                    byte_start: first.byte_start,
                    byte_end: last.byte_end,
                    tokens: r,
                }
            })
            .collect();
        Document {
            text: text.to_string(),
            tokens,
            sentences,
        }
    }
}

impl Document {
    /// The tokens of one sentence.
    pub fn sentence_tokens(&self, s: &Sentence) -> &[Token] {
        &self.tokens[s.tokens.clone()]
    }

    /// The text of one sentence.
    pub fn sentence_text(&self, s: &Sentence) -> &str {
        &self.text[s.byte_start..s.byte_end]
    }

    /// CoNLL-U: one block per sentence with `# sent_id` and `# text`, one line per token
    /// (`SpaceAfter=No` where the next token follows directly). The layers that fill
    /// LEMMA, UPOS, XPOS and FEATS are not built yet, so those columns are `_`; HEAD and
    /// DEPREL hold a flat placeholder tree (first token `root`, the rest `dep` on it) so
    /// that the output is valid for the official CoNLL 2018 evaluation script.
    pub fn to_conllu(&self, doc_id: Option<&str>) -> String {
        let mut out = String::new();
        if let Some(id) = doc_id {
            let _ = writeln!(out, "# newdoc id = {id}");
        }
        for (n, s) in self.sentences.iter().enumerate() {
            let _ = writeln!(out, "# sent_id = {}", n + 1);
            let text = self.sentence_text(s).replace(['\n', '\r'], " ");
            let _ = writeln!(out, "# text = {text}");
            let toks = self.sentence_tokens(s);
            for (k, t) in toks.iter().enumerate() {
                let form = t.text(&self.text);
                let space_after = toks.get(k + 1).map_or_else(
                    || {
                        self.text[t.byte_end..]
                            .chars()
                            .next()
                            .is_some_and(char::is_whitespace)
                    },
                    |n| n.byte_start > t.byte_end,
                );
                let (head, deprel) = if k == 0 { (0, "root") } else { (1, "dep") };
                let misc = if space_after || k + 1 == toks.len() {
                    "_"
                } else {
                    "SpaceAfter=No"
                };
                let _ = writeln!(
                    out,
                    "{}\t{form}\t_\t_\t_\t_\t{head}\t{deprel}\t_\t{misc}",
                    k + 1
                );
            }
            out.push('\n');
        }
        out
    }
}

/// A token as JSON: `{"text","start","end","byte_start","byte_end","kind"}`.
pub struct TokenJson<'a> {
    /// The token.
    pub token: &'a Token,
    /// The text the token points into.
    pub source: &'a str,
}

impl Serialize for TokenJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let t = self.token;
        let mut m = s.serialize_map(Some(6))?;
        m.serialize_entry("text", t.text(self.source))?;
        m.serialize_entry("start", &t.start)?;
        m.serialize_entry("end", &t.end)?;
        m.serialize_entry("byte_start", &t.byte_start)?;
        m.serialize_entry("byte_end", &t.byte_end)?;
        m.serialize_entry("kind", t.kind.name())?;
        m.end()
    }
}

struct TokensJson<'a>(&'a [Token], &'a str);

impl Serialize for TokensJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        for t in self.0 {
            seq.serialize_element(&TokenJson {
                token: t,
                source: self.1,
            })?;
        }
        seq.end()
    }
}

struct SentenceJson<'a>(&'a Document, &'a Sentence);

impl Serialize for SentenceJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (d, sent) = (self.0, self.1);
        let mut m = s.serialize_map(Some(6))?;
        m.serialize_entry("text", d.sentence_text(sent))?;
        m.serialize_entry("start", &sent.start)?;
        m.serialize_entry("end", &sent.end)?;
        m.serialize_entry("byte_start", &sent.byte_start)?;
        m.serialize_entry("byte_end", &sent.byte_end)?;
        m.serialize_entry("tokens", &TokensJson(d.sentence_tokens(sent), &d.text))?;
        m.end()
    }
}

struct SentencesJson<'a>(&'a Document);

impl Serialize for SentencesJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.0.sentences.len()))?;
        for sent in &self.0.sentences {
            seq.serialize_element(&SentenceJson(self.0, sent))?;
        }
        seq.end()
    }
}

/// `{"text", "sentences": [{"text","start","end","byte_start","byte_end","tokens":[…]}]}`;
/// offsets `start`/`end` count Unicode scalars, `byte_start`/`byte_end` count bytes.
impl Serialize for Document {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("text", &self.text)?;
        m.serialize_entry("sentences", &SentencesJson(self))?;
        m.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_shape_and_offsets() {
        let text = "قال: «نعم». ثم ذهب";
        let doc = Analyzer::default().analyze(text);
        let v: serde_json::Value = serde_json::to_value(&doc).unwrap();
        assert_eq!(v["text"], text);
        let sents = v["sentences"].as_array().unwrap();
        assert_eq!(sents.len(), 2);
        let chars: Vec<char> = text.chars().collect();
        for s in sents {
            for t in s["tokens"].as_array().unwrap() {
                let (a, b) = (
                    t["start"].as_u64().unwrap() as usize,
                    t["end"].as_u64().unwrap() as usize,
                );
                let sub: String = chars[a..b].iter().collect();
                assert_eq!(sub, t["text"].as_str().unwrap());
                let (x, y) = (
                    t["byte_start"].as_u64().unwrap() as usize,
                    t["byte_end"].as_u64().unwrap() as usize,
                );
                assert_eq!(&text[x..y], t["text"].as_str().unwrap());
            }
        }
    }

    #[test]
    fn conllu_has_space_after_and_valid_ids() {
        let doc = Analyzer::default().analyze("قال: نعم.");
        let c = doc.to_conllu(Some("d1"));
        assert!(c.starts_with("# newdoc id = d1\n# sent_id = 1\n# text = قال: نعم.\n"));
        assert!(c.contains("1\tقال\t_\t_\t_\t_\t0\troot\t_\tSpaceAfter=No\n"));
        assert!(c.contains("3\tنعم\t_\t_\t_\t_\t1\tdep\t_\tSpaceAfter=No\n"));
        assert!(c.ends_with("4\t.\t_\t_\t_\t_\t1\tdep\t_\t_\n\n"));
    }
}
