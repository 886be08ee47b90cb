//! The CoNLL 2018 shared-task metrics for segmentation, tags and lemmas (Tokens, Sentences,
//! Words, UPOS, XPOS, UFeats, AllTags, Lemmas), following the official
//! `conll18_ud_eval.py`: spans over the concatenated non-space characters, word alignment by
//! spans outside multiword tokens and by LCS of forms inside them, universal features only.
//! Dependency metrics are not computed here (there is no parser yet).

use crate::conllu::Sentence;
use crate::error::KhabarError;

const UNIVERSAL_FEATURES: &[&str] = &[
    "PronType", "NumType", "Poss", "Reflex", "Foreign", "Abbr", "Gender", "Animacy", "Number",
    "Case", "Definite", "Degree", "VerbForm", "Mood", "Tense", "Aspect", "Voice", "Evident",
    "Polarity", "Person", "Polite",
];

/// Precision, recall and F1 of one metric.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Score {
    /// Correct items.
    pub correct: usize,
    /// Items in the gold file.
    pub gold: usize,
    /// Items in the system file.
    pub system: usize,
    /// Aligned words (for word-level metrics).
    pub aligned: Option<usize>,
}

impl Score {
    /// Precision in [0, 1].
    pub fn precision(&self) -> f64 {
        if self.system == 0 {
            0.0
        } else {
            self.correct as f64 / self.system as f64
        }
    }
    /// Recall in [0, 1].
    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            0.0
        } else {
            self.correct as f64 / self.gold as f64
        }
    }
    /// F1 in [0, 1].
    pub fn f1(&self) -> f64 {
        if self.gold + self.system == 0 {
            0.0
        } else {
            2.0 * self.correct as f64 / (self.gold + self.system) as f64
        }
    }
    /// Accuracy over aligned words, when defined.
    pub fn aligned_accuracy(&self) -> Option<f64> {
        self.aligned
            .filter(|&a| a > 0)
            .map(|a| self.correct as f64 / a as f64)
    }
}

#[derive(Debug, Clone)]
struct Word {
    start: usize,
    end: usize,
    multi: bool,
    form: String,
    lemma: String,
    upos: String,
    xpos: String,
    feats: String,
}

struct Ud {
    chars: Vec<char>,
    tokens: Vec<(usize, usize)>,
    sentences: Vec<(usize, usize)>,
    words: Vec<Word>,
}

fn strip_spaces(s: &str) -> String {
    s.chars()
        .filter(|c| {
            !matches!(
                c,
                ' ' | '\u{00A0}' | '\u{1680}' | '\u{2000}'
                    ..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
            )
        })
        .collect()
}

fn universal_feats(f: &str) -> String {
    let mut v: Vec<&str> = f
        .split('|')
        .filter(|x| {
            x.split('=')
                .next()
                .is_some_and(|k| UNIVERSAL_FEATURES.contains(&k))
        })
        .collect();
    v.sort_unstable();
    v.join("|")
}

fn load(sentences: &[Sentence]) -> Result<Ud, KhabarError> {
    let mut ud = Ud {
        chars: vec![],
        tokens: vec![],
        sentences: vec![],
        words: vec![],
    };
    for s in sentences {
        let start = ud.chars.len();
        for (tok, words) in s.tokens() {
            let form = strip_spaces(&tok.form);
            if form.is_empty() {
                return Err(KhabarError::Format {
                    what: "CoNLL-U",
                    line: 0,
                    message: "empty FORM".into(),
                });
            }
            let a = ud.chars.len();
            ud.chars.extend(form.chars());
            let b = ud.chars.len();
            ud.tokens.push((a, b));
            let multi = tok.is_multiword();
            for w in words {
                ud.words.push(Word {
                    start: a,
                    end: b,
                    multi,
                    form: strip_spaces(&w.form).to_lowercase(),
                    lemma: w.lemma.clone(),
                    upos: w.upos.clone(),
                    xpos: w.xpos.clone(),
                    feats: universal_feats(&w.feats),
                });
            }
        }
        ud.sentences.push((start, ud.chars.len()));
    }
    Ok(ud)
}

fn spans_score(gold: &[(usize, usize)], system: &[(usize, usize)]) -> Score {
    let (mut correct, mut gi, mut si) = (0, 0, 0);
    while gi < gold.len() && si < system.len() {
        if system[si].0 < gold[gi].0 {
            si += 1;
        } else if gold[gi].0 < system[si].0 {
            gi += 1;
        } else {
            correct += usize::from(gold[gi].1 == system[si].1);
            si += 1;
            gi += 1;
        }
    }
    Score {
        correct,
        gold: gold.len(),
        system: system.len(),
        aligned: None,
    }
}

fn beyond_end(words: &[Word], i: usize, end: usize) -> bool {
    match words.get(i) {
        None => true,
        Some(w) if w.multi => w.start >= end,
        Some(w) => w.end > end,
    }
}

fn extend_end(w: &Word, end: usize) -> usize {
    if w.multi && w.end > end {
        w.end
    } else {
        end
    }
}

fn align(gold: &[Word], system: &[Word]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let (mut gi, mut si) = (0, 0);
    while gi < gold.len() && si < system.len() {
        if gold[gi].multi || system[si].multi {
            let mut end;
            if gold[gi].multi {
                end = gold[gi].end;
                if !system[si].multi && system[si].start < gold[gi].start {
                    si += 1;
                }
            } else {
                end = system[si].end;
                if !gold[gi].multi && gold[gi].start < system[si].start {
                    gi += 1;
                }
            }
            let (gs, ss) = (gi, si);
            while !beyond_end(gold, gi, end) || !beyond_end(system, si, end) {
                if gi < gold.len() && (si >= system.len() || gold[gi].start <= system[si].start) {
                    end = extend_end(&gold[gi], end);
                    gi += 1;
                } else {
                    end = extend_end(&system[si], end);
                    si += 1;
                }
            }
            if si > ss && gi > gs {
                let (gn, sn) = (gi - gs, si - ss);
                let mut lcs = vec![vec![0usize; sn]; gn];
                for g in (0..gn).rev() {
                    for s in (0..sn).rev() {
                        if gold[gs + g].form == system[ss + s].form {
                            lcs[g][s] = 1 + if g + 1 < gn && s + 1 < sn {
                                lcs[g + 1][s + 1]
                            } else {
                                0
                            };
                        }
                        if g + 1 < gn {
                            lcs[g][s] = lcs[g][s].max(lcs[g + 1][s]);
                        }
                        if s + 1 < sn {
                            lcs[g][s] = lcs[g][s].max(lcs[g][s + 1]);
                        }
                    }
                }
                let (mut g, mut s) = (0, 0);
                while g < gn && s < sn {
                    if gold[gs + g].form == system[ss + s].form {
                        out.push((gs + g, ss + s));
                        g += 1;
                        s += 1;
                    } else if lcs[g][s] == if g + 1 < gn { lcs[g + 1][s] } else { 0 } {
                        g += 1;
                    } else {
                        s += 1;
                    }
                }
            }
        } else if (gold[gi].start, gold[gi].end) == (system[si].start, system[si].end) {
            out.push((gi, si));
            gi += 1;
            si += 1;
        } else if gold[gi].start <= system[si].start {
            gi += 1;
        } else {
            si += 1;
        }
    }
    out
}

/// The metrics, in the order the official script prints them.
pub const METRICS: [&str; 8] = [
    "Tokens",
    "Sentences",
    "Words",
    "UPOS",
    "XPOS",
    "UFeats",
    "AllTags",
    "Lemmas",
];

/// Scores `system` against `gold`.
///
/// # Errors
/// [`KhabarError::Format`] when the two files do not spell the same text.
pub fn evaluate(
    gold: &[Sentence],
    system: &[Sentence],
) -> Result<Vec<(&'static str, Score)>, KhabarError> {
    let g = load(gold)?;
    let s = load(system)?;
    if g.chars != s.chars {
        let i = g
            .chars
            .iter()
            .zip(&s.chars)
            .take_while(|(a, b)| a == b)
            .count();
        let snip = |v: &[char]| {
            v[i.min(v.len())..(i + 20).min(v.len())]
                .iter()
                .collect::<String>()
        };
        return Err(KhabarError::Format {
            what: "CoNLL-U",
            line: 0,
            message: format!(
                "the gold and system texts differ at character {i}: '{}' vs '{}'",
                snip(&g.chars),
                snip(&s.chars)
            ),
        });
    }
    let al = align(&g.words, &s.words);
    let words = |correct: usize| Score {
        correct,
        gold: g.words.len(),
        system: s.words.len(),
        aligned: Some(al.len()),
    };
    let count = |f: &dyn Fn(&Word, &Word) -> bool| {
        al.iter()
            .filter(|&&(a, b)| f(&g.words[a], &s.words[b]))
            .count()
    };
    Ok(vec![
        ("Tokens", spans_score(&g.tokens, &s.tokens)),
        ("Sentences", spans_score(&g.sentences, &s.sentences)),
        (
            "Words",
            Score {
                correct: al.len(),
                gold: g.words.len(),
                system: s.words.len(),
                aligned: None,
            },
        ),
        ("UPOS", words(count(&|a, b| a.upos == b.upos))),
        ("XPOS", words(count(&|a, b| a.xpos == b.xpos))),
        ("UFeats", words(count(&|a, b| a.feats == b.feats))),
        (
            "AllTags",
            words(count(&|a, b| {
                a.upos == b.upos && a.xpos == b.xpos && a.feats == b.feats
            })),
        ),
        (
            "Lemmas",
            words(count(&|a, b| a.lemma == "_" || a.lemma == b.lemma)),
        ),
    ])
}

/// The table the official script prints with `-v` (without the dependency rows).
pub fn table(scores: &[(&str, Score)]) -> String {
    let mut out = String::from("Metric     | Precision |    Recall |  F1 Score | AligndAcc\n");
    out.push_str("-----------+-----------+-----------+-----------+-----------\n");
    for (name, s) in scores {
        let acc = s
            .aligned_accuracy()
            .map_or(String::new(), |a| format!("{:10.2}", 100.0 * a));
        out.push_str(&format!(
            "{:11}|{:10.2} |{:10.2} |{:10.2} |{}\n",
            name,
            100.0 * s.precision(),
            100.0 * s.recall(),
            100.0 * s.f1(),
            acc
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conllu::parse;

    const GOLD: &str = "# text = وللحكومة رأي\n1-3\tوللحكومة\t_\t_\t_\t_\t_\t_\t_\t_\n1\tو\tوَ\tCCONJ\tC\t_\t0\troot\t_\t_\n2\tل\tلِ\tADP\tP\t_\t3\tcase\t_\t_\n3\tالحكومة\tحُكُومَة\tNOUN\tN\tCase=Gen\t1\tnmod\t_\t_\n4\tرأي\tرَأي\tNOUN\tN\tCase=Nom\t1\tnsubj\t_\t_\n\n";

    #[test]
    fn identical_files_score_100() {
        let g = parse(GOLD).unwrap();
        for (_, s) in evaluate(&g, &g).unwrap() {
            assert_eq!(s.f1(), 1.0);
        }
    }

    #[test]
    fn wrong_split_and_tag() {
        let g = parse(GOLD).unwrap();
        let sys = "1-2\tوللحكومة\t_\t_\t_\t_\t_\t_\t_\t_\n1\tو\tوَ\tCCONJ\tC\t_\t0\troot\t_\t_\n2\tللحكومة\t_\tNOUN\tN\tCase=Gen\t1\tdep\t_\t_\n3\tرأي\tرَأي\tVERB\tN\tCase=Nom\t1\tdep\t_\t_\n\n";
        let s = parse(sys).unwrap();
        let r = evaluate(&g, &s).unwrap();
        let get = |m: &str| r.iter().find(|x| x.0 == m).unwrap().1;
        assert_eq!(get("Tokens").f1(), 1.0);
        // و and رأي align; الحكومة does not
        assert_eq!(get("Words").correct, 2);
        assert_eq!((get("Words").gold, get("Words").system), (4, 3));
        assert_eq!(get("UPOS").correct, 1);
    }
}
