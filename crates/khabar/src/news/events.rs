//! Events: who did what to whom, where and when, coded with the CAMEO ontology.
//!
//! The lexicon is UniversalPetrarch's Arabic CAMEO dictionaries (MIT, Open Event Data
//! Alliance), compiled by `models/events-cameo/build.py` into `cameo-ar.tsv` and embedded:
//! verbs with their codes, verb patterns (the verb and words of its object: `دمر … &CAR` →
//! 1712 destroy property), synonym sets, actors and generic agents with their codes.
//!
//! Coding works on the project's own analyses: a token whose syntactic word is a verb (from
//! the morphosyntax model) and whose lemma is in the lexicon is a trigger; the most specific
//! pattern whose words all occur among the next [`WINDOW`] tokens' lemmas and stems gives
//! the code, else a phrase of the verb whose words follow it (`حقق` + `في`), else the code
//! written on the verb's own dictionary line (these two only with a source or a target). Reporting verbs are left to the quotes. The source is the named
//! entity or definite noun
//! phrase just before the verb in its clause (SVO) or right after it (VSO); the target the
//! next entity after it; the place a location named in the sentence; the date the
//! sentence's date expression. Without a morphosyntax model no events are coded.

use crate::ner::forms::fold;
use crate::ner::Entities;
use crate::news::dates::DateMention;
use crate::tag::WordAnalysis;
use crate::token::{Token, TokenKind};
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::OnceLock;

/// The compiled lexicon (see the module documentation).
static TSV: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../models/events-cameo/cameo-ar.tsv"
));

/// How many tokens after a verb its pattern words are looked for.
pub const WINDOW: usize = 8;

/// One requirement of a pattern.
#[derive(Debug)]
enum Req {
    Word(String),
    Set(String),
}

/// The event-coding lexicon.
#[derive(Debug, Default)]
pub struct Lexicon {
    verbs: HashMap<String, Option<String>>,
    /// Phrases by their verb: the words that must follow it (`حقق` + `في`) and the code.
    phrases: HashMap<String, Vec<(Vec<String>, String)>>,
    patterns: HashMap<String, Vec<(String, Vec<Req>)>>,
    sets: HashMap<String, HashSet<String>>,
    actors: HashMap<String, String>,
    agents: HashMap<String, String>,
}

impl Lexicon {
    /// Parses the TSV written by `models/events-cameo/build.py`.
    pub fn from_tsv(text: &str) -> Lexicon {
        let mut lx = Lexicon::default();
        for line in text.lines() {
            let f: Vec<&str> = line.split('\t').collect();
            match f.as_slice() {
                ["V", v, c] if v.contains('+') => {
                    let mut parts = v.split('+').map(str::to_string);
                    let verb = parts.next().unwrap_or_default();
                    lx.verbs.entry(verb.clone()).or_insert(None);
                    if *c != "-" {
                        lx.phrases
                            .entry(verb)
                            .or_default()
                            .push((parts.collect(), c.to_string()));
                    }
                }
                ["V", v, c] => {
                    lx.verbs
                        .insert(v.to_string(), (*c != "-").then(|| c.to_string()));
                }
                ["P", v, c, words] => {
                    let reqs = words
                        .split(' ')
                        .map(|w| match w.strip_prefix('&') {
                            Some(_) => Req::Set(w.to_string()),
                            None => Req::Word(w.to_string()),
                        })
                        .collect();
                    lx.patterns
                        .entry(v.to_string())
                        .or_default()
                        .push((c.to_string(), reqs));
                }
                ["S", name, words] => {
                    lx.sets.insert(
                        name.to_string(),
                        words
                            .split('|')
                            .filter(|w| !w.contains(' '))
                            .map(str::to_string)
                            .collect(),
                    );
                }
                ["A", name, c] => {
                    lx.actors.insert(name.to_string(), c.to_string());
                }
                ["G", name, c] => {
                    lx.agents.insert(name.to_string(), c.to_string());
                }
                _ => {}
            }
        }
        lx
    }

    /// Number of verbs, patterns, actors and agents.
    pub fn sizes(&self) -> (usize, usize, usize, usize) {
        (
            self.verbs.len(),
            self.patterns.values().map(Vec::len).sum(),
            self.actors.len(),
            self.agents.len(),
        )
    }

    /// The CAMEO actor or agent code of a folded name (`الولايات المتحده`), trying it
    /// without the article too.
    pub fn actor_code(&self, folded: &str) -> Option<&str> {
        let bare = folded.strip_prefix("ال").unwrap_or(folded);
        self.actors
            .get(folded)
            .or_else(|| self.actors.get(bare))
            .or_else(|| self.agents.get(folded))
            .or_else(|| self.agents.get(bare))
            .map(String::as_str)
    }

    /// The code of a verb lemma and the words after it, and whether a pattern gave it:
    /// the most specific pattern whose words are all in `window`, else the longest phrase
    /// of the verb for which `follows` holds (`حقق` + `في`), else the verb's own code.
    fn code(
        &self,
        verb: &str,
        window: &HashSet<&str>,
        follows: impl Fn(&[String]) -> bool,
    ) -> Option<(String, bool)> {
        let best = self.patterns.get(verb).and_then(|ps| {
            ps.iter()
                .filter(|(_, reqs)| {
                    reqs.iter().all(|r| match r {
                        Req::Word(w) => window.contains(w.as_str()),
                        Req::Set(s) => self
                            .sets
                            .get(s)
                            .is_some_and(|set| set.iter().any(|x| window.contains(x.as_str()))),
                    })
                })
                .max_by_key(|(_, reqs)| reqs.len())
        });
        if let Some((c, _)) = best {
            return Some((c.clone(), true));
        }
        let phrase = self.phrases.get(verb).and_then(|ps| {
            ps.iter()
                .filter(|(words, _)| follows(words))
                .max_by_key(|(words, _)| words.len())
        });
        match phrase {
            // a phrase's code is written on its own line like a verb's (and as noisy: the
            // dictionaries were translated from English), so it too needs a participant
            Some((_, c)) => Some((c.clone(), false)),
            None => self.verbs.get(verb).cloned().flatten().map(|c| (c, false)),
        }
    }
}

/// The embedded lexicon, parsed on first use.
pub fn lexicon() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(|| Lexicon::from_tsv(TSV))
}

/// The name of a CAMEO code's root category (the codebook's twenty).
pub fn cameo_root_name(code: &str) -> &'static str {
    match code.get(..2).unwrap_or("") {
        "01" => "make public statement",
        "02" => "appeal",
        "03" => "express intent to cooperate",
        "04" => "consult",
        "05" => "engage in diplomatic cooperation",
        "06" => "engage in material cooperation",
        "07" => "provide aid",
        "08" => "yield",
        "09" => "investigate",
        "10" => "demand",
        "11" => "disapprove",
        "12" => "reject",
        "13" => "threaten",
        "14" => "protest",
        "15" => "exhibit force posture",
        "16" => "reduce relations",
        "17" => "coerce",
        "18" => "assault",
        "19" => "fight",
        "20" => "use unconventional mass violence",
        _ => "other",
    }
}

/// A participant of an event: a span of the text, its name and its CAMEO code if known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participant {
    /// Token range.
    pub tokens: Range<usize>,
    /// Name: an entity group's canonical name or the phrase itself.
    pub name: String,
    /// CAMEO actor or agent code (`SYR`, `USAGOV`, `~MIL`), when the lexicon has it.
    pub code: Option<String>,
}

/// A coded event.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// CAMEO event code (`195`, `1712`).
    pub code: String,
    /// The trigger token (the verb, or the verbal noun).
    pub trigger: usize,
    /// Who did it.
    pub source: Option<Participant>,
    /// To whom.
    pub target: Option<Participant>,
    /// Where: a location named in the sentence.
    pub place: Option<Participant>,
    /// When: index into the document's dates.
    pub date: Option<usize>,
    /// The evidence: the sentence's token range.
    pub evidence: Range<usize>,
    /// 0–1: a pattern match 0.8, the verb's own code 0.6; 0.2 less without a source.
    pub confidence: f32,
}

/// What the event coder needs about the document.
pub struct EventInput<'a> {
    /// The text.
    pub text: &'a str,
    /// Its tokens.
    pub tokens: &'a [Token],
    /// The tokens' folded forms.
    pub folded: &'a [String],
    /// Sentences as token ranges.
    pub sentences: &'a [Range<usize>],
    /// The syntactic words of each token (empty without a morphosyntax model).
    pub words: &'a [Vec<WordAnalysis>],
    /// Named entities, if any.
    pub entities: Option<&'a Entities>,
    /// Date expressions.
    pub dates: &'a [DateMention],
}

/// Finds and codes the events of a document, in text order.
pub fn find_events(inp: &EventInput) -> Vec<Event> {
    if inp.words.len() != inp.tokens.len() {
        return Vec::new();
    }
    let lx = lexicon();
    let mut entity_at: HashMap<usize, usize> = HashMap::new();
    if let Some(es) = inp.entities {
        for (k, e) in es.mentions.iter().enumerate() {
            entity_at.insert(e.tokens.start, k);
        }
    }
    let mut out = Vec::new();
    for s in inp.sentences {
        for t in s.clone() {
            let ws = &inp.words[t];
            let Some(verb) = ws.iter().find(|w| w.upos.as_ref() == "VERB") else {
                continue;
            };
            // the dictionary lists verbs by their perfect 3rd person masculine form: a verb
            // written exactly as an entry is that entry, whatever the lemmatizer made of it
            // (`تعرض` is not `عرض`); otherwise its lemma
            let form = fold(&verb.form);
            let lemma = if lx.verbs.contains_key(&form) {
                form
            } else {
                fold(&verb.lemma)
            };
            // statements are quotes, not events
            if !lx.verbs.contains_key(&lemma)
                || crate::news::quotes::is_reporting_verb(&lemma)
                || crate::news::quotes::is_reporting_verb(&inp.folded[t])
            {
                continue;
            }
            // what did not or will not happen is no event (`ولم تقدم القوات على`), nor is a
            // request for anonymity (`طلب عدم نشر اسمه`)
            let before = t
                .checked_sub(1)
                .filter(|&b| b >= s.start)
                .map(|b| inp.folded[b].as_str());
            let negated = before.is_some_and(|w| {
                matches!(
                    w.strip_prefix(['و', 'ف']).unwrap_or(w),
                    "لم" | "لن" | "لا" | "ليس" | "لما"
                )
            });
            let anonymity = inp
                .folded
                .get(t + 1)
                .is_some_and(|w| matches!(w.as_str(), "عدم" | "بعدم"));
            if negated || anonymity {
                continue;
            }
            // the words after the trigger: lemmas and clitic-free stems
            let end = s.end.min(t + 1 + WINDOW);
            let mut keys: Vec<String> = Vec::new();
            for x in t + 1..end {
                for w in &inp.words[x] {
                    let l = fold(&w.lemma);
                    keys.push(l.strip_prefix("ال").unwrap_or(&l).to_string());
                    keys.push(l);
                    let f = fold(&w.form);
                    keys.push(f.strip_prefix("ال").unwrap_or(&f).to_string());
                }
                keys.push(inp.folded[x].clone());
            }
            let window: HashSet<&str> = keys.iter().map(String::as_str).collect();
            let follows = |words: &[String]| phrase_follows(inp, s.end, t, words);
            let Some((code, by_pattern)) = lx.code(&lemma, &window, follows) else {
                continue;
            };
            let source = source_of(inp, lx, &entity_at, s.clone(), t);
            let target = target_of(inp, lx, &entity_at, s.clone(), t, source.as_ref());
            // a verb's own code needs a participant to be an event
            if !by_pattern && source.is_none() && target.is_none() {
                continue;
            }
            let place = place_of(inp, lx, s.clone(), &[source.as_ref(), target.as_ref()]);
            let first = inp.dates.partition_point(|d| d.tokens.start < s.start);
            let date = inp
                .dates
                .get(first)
                .filter(|d| d.tokens.end <= s.end)
                .map(|_| first);
            let mut confidence: f32 = if by_pattern { 0.8 } else { 0.6 };
            if source.is_none() {
                confidence -= 0.2;
            }
            out.push(Event {
                code,
                trigger: t,
                source,
                target,
                place,
                date,
                evidence: s.clone(),
                confidence,
            });
        }
    }
    out
}

/// Whether `words` follow the verb token `t` (before `end`): the first of them opens a
/// token, after at most three tokens of a subject between (a named entity, a definite word
/// or a construct's head: `وافق البرلمان على`, `وحققت وزارة الداخلية في`), and the rest are the next syntactic words or tokens. A
/// word matches a syntactic word's form or lemma, or a token's folded form, with or without
/// the article.
fn phrase_follows(inp: &EventInput, end: usize, t: usize, words: &[String]) -> bool {
    let Some((first, rest)) = words.split_first() else {
        return false;
    };
    let same = |w: &str, key: &str| w == key || w.strip_prefix("ال") == Some(key);
    let word_is =
        |x: &WordAnalysis, key: &str| same(&fold(&x.form), key) || same(&fold(&x.lemma), key);
    let in_entity = |x: usize| {
        inp.entities
            .is_some_and(|es| es.mentions.iter().any(|e| e.tokens.contains(&x)))
    };
    let mut x = t + 1;
    let mut skipped = 0;
    loop {
        if x >= end {
            return false;
        }
        let opens =
            same(&inp.folded[x], first) || inp.words[x].first().is_some_and(|w| word_is(w, first));
        if opens {
            break;
        }
        let definite = |x: usize| in_entity(x) || inp.folded[x].starts_with("ال");
        // (`وزارة الداخلية`: a construct's head before its definite genitive)
        let head = inp.words[x]
            .first()
            .is_some_and(|w| w.upos.as_ref() == "NOUN")
            && x + 1 < end
            && definite(x + 1);
        let subject = definite(x) || head;
        if !subject || skipped == 3 {
            return false;
        }
        skipped += 1;
        x += 1;
    }
    // the rest, word by word: within the token, then whole tokens or their words
    // (token, word within it) of the next word to match
    let next = |tok: usize, w: usize| {
        if w >= inp.words[tok].len() {
            (tok + 1, 0)
        } else {
            (tok, w)
        }
    };
    let (mut tok, mut w) = if same(&inp.folded[x], first) {
        (x + 1, 0)
    } else {
        next(x, 1)
    };
    for key in rest {
        if tok >= end {
            return false;
        }
        if w == 0 && same(&inp.folded[tok], key) {
            (tok, w) = (tok + 1, 0);
        } else if inp.words[tok].get(w).is_some_and(|x| word_is(x, key)) {
            (tok, w) = next(tok, w + 1);
        } else {
            return false;
        }
    }
    true
}

fn participant(lx: &Lexicon, tokens: Range<usize>, name: String) -> Option<Participant> {
    if tokens.is_empty() {
        return None;
    }
    let code = lx.actor_code(&fold(&name)).map(str::to_string);
    Some(Participant { tokens, name, code })
}

fn entity_participant(inp: &EventInput, lx: &Lexicon, k: usize) -> Option<Participant> {
    let es = inp.entities?;
    let e = &es.mentions[k];
    participant(lx, e.tokens.clone(), es.canonical(e).to_string())
}

fn span_text(inp: &EventInput, r: Range<usize>) -> String {
    inp.text[inp.tokens[r.start].byte_start..inp.tokens[r.end - 1].byte_end].to_string()
}

fn is_boundary(inp: &EventInput, t: usize) -> bool {
    let w = inp.folded[t].as_str();
    inp.tokens[t].kind == TokenKind::Punct
        || matches!(
            w,
            "ان" | "انه"
                | "انها"
                | "و"
                | "لكن"
                | "ثم"
                | "بينما"
                | "فيما"
                | "الذي"
                | "التي"
        )
}

/// The subject: an entity or a short definite phrase ending right before the verb in its
/// clause, else an entity right after it (within two tokens).
fn source_of(
    inp: &EventInput,
    lx: &Lexicon,
    entity_at: &HashMap<usize, usize>,
    s: Range<usize>,
    t: usize,
) -> Option<Participant> {
    let mut b = t;
    while b > s.start && t - b < 4 && !is_boundary(inp, b - 1) {
        b -= 1;
    }
    if b < t {
        if let Some(es) = inp.entities {
            for x in b..t {
                if let Some(&k) = entity_at.get(&x) {
                    if es.mentions[k].tokens.end == t {
                        return entity_participant(inp, lx, k);
                    }
                }
            }
        }
        let all_nominal = (b..t).all(|x| {
            inp.tokens[x].kind == TokenKind::Arabic
                && inp.words[x]
                    .iter()
                    .all(|w| matches!(w.upos.as_ref(), "NOUN" | "ADJ" | "PROPN" | "X"))
        });
        if all_nominal && inp.folded[b].starts_with("ال") {
            return participant(lx, b..t, span_text(inp, b..t));
        }
    }
    let es = inp.entities?;
    (t + 1..s.end.min(t + 3))
        .find_map(|x| entity_at.get(&x).copied())
        .filter(|&k| {
            let e = &es.mentions[k];
            e.core_byte_start == e.byte_start && e.label != "MISC"
        })
        .and_then(|k| entity_participant(inp, lx, k))
}

/// The first entity after the verb (a clitic preposition allowed: `لداعش`) that is not the
/// source.
fn target_of(
    inp: &EventInput,
    lx: &Lexicon,
    entity_at: &HashMap<usize, usize>,
    s: Range<usize>,
    t: usize,
    source: Option<&Participant>,
) -> Option<Participant> {
    let es = inp.entities?;
    (t + 1..s.end.min(t + 1 + WINDOW + 4))
        .filter_map(|x| entity_at.get(&x).copied())
        .find(|&k| {
            let e = &es.mentions[k];
            e.label != "MISC" && source.is_none_or(|p| p.tokens.start != e.tokens.start)
        })
        .and_then(|k| entity_participant(inp, lx, k))
}

/// A location named in the sentence that is neither source nor target.
fn place_of(
    inp: &EventInput,
    lx: &Lexicon,
    s: Range<usize>,
    used: &[Option<&Participant>],
) -> Option<Participant> {
    let es = inp.entities?;
    let from = es.mentions.partition_point(|e| e.tokens.start < s.start);
    es.mentions[from..]
        .iter()
        .take_while(|e| e.tokens.end <= s.end)
        .filter(|e| e.label == "LOC")
        .find(|e| {
            !used
                .iter()
                .flatten()
                .any(|p| p.tokens.start == e.tokens.start)
        })
        .and_then(|e| participant(lx, e.tokens.clone(), e.core_text.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_lexicon_parses() {
        let (verbs, patterns, actors, agents) = lexicon().sizes();
        assert!(verbs > 500 && patterns > 5000 && actors > 1000 && agents > 1000);
        assert_eq!(
            lexicon().verbs.get("قصف").cloned().flatten().as_deref(),
            Some("195")
        );
    }

    #[test]
    fn patterns_pick_the_most_specific_code() {
        let lx = Lexicon::from_tsv(
            "S\t&CAR\tسياره|مركبه\nV\tدمر\t-\nP\tدمر\t1712\t&CAR\nP\tدمر\t190\tجسر\nV\tقصف\t195\n",
        );
        let no = |_: &[String]| false;
        let w: HashSet<&str> = ["مخازن", "مركبه"].into_iter().collect();
        assert_eq!(lx.code("دمر", &w, no), Some(("1712".to_string(), true)));
        let none: HashSet<&str> = HashSet::new();
        assert_eq!(lx.code("دمر", &none, no), None);
        assert_eq!(lx.code("قصف", &none, no), Some(("195".to_string(), false)));
        assert_eq!(cameo_root_name("1712"), "coerce");
    }

    #[test]
    fn a_phrase_code_needs_its_words_after_the_verb() {
        let lx = Lexicon::from_tsv("V\tحقق\t-\nV\tحقق+في\t1041\nV\tاضرم+نار+في\t139\n");
        let none: HashSet<&str> = HashSet::new();
        // the bare verb ("achieved") has no code of its own
        assert_eq!(lx.code("حقق", &none, |_| false), None);
        let after = |w: &[String]| w == ["في"];
        assert_eq!(
            lx.code("حقق", &none, after),
            Some(("1041".to_string(), false))
        );
        assert!(lx.verbs.contains_key("اضرم"));
        assert_eq!(
            lx.code("اضرم", &none, |w: &[String]| w.len() == 2),
            Some(("139".to_string(), false))
        );
    }
}
