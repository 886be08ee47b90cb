//! Gazetteers: lists of names by category (`loc.city`, `per.first`, …), matched over token
//! sequences, longest match first, with the first token allowed to carry proclitics.
//! Matches become features of the recognizer; a gazetteer never decides on its own.

use super::forms::Strip;
use crate::error::KhabarError;
use crate::model::features::FastMap;
use serde::{Deserialize, Serialize};

/// At most this many categories (two bits per category per token).
pub const MAX_CATEGORIES: usize = 16;
/// Longest phrase matched, in tokens.
pub const MAX_TOKENS: usize = 6;

/// Position of a token in a gazetteer match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// First token of a match of several tokens.
    Begin,
    /// Later token of a match of several tokens.
    Inside,
    /// The whole match.
    Unit,
}

/// Names by category, folded (see [`super::forms::fold`]).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Gazetteer {
    categories: Vec<String>,
    /// (folded phrase with single spaces, category bit mask), sorted by phrase.
    entries: Vec<(String, u32)>,
    #[serde(skip)]
    full: FastMap<String, u32>,
    /// Phrases that are a proper token prefix of a longer entry.
    #[serde(skip)]
    prefixes: FastMap<String, ()>,
}

/// The gazetteer matches of one token: two bits per category (0 none, 1 begin, 2 inside,
/// 3 unit), and whether the match needed proclitics removed from its first token.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TokenMatch {
    /// Two bits per category.
    pub codes: u32,
    /// Categories whose match starts at this token after removing proclitics.
    pub stripped: u16,
}

impl TokenMatch {
    /// Position of the token in a match of category `c`, if any.
    pub fn position(&self, c: usize) -> Option<Position> {
        match (self.codes >> (2 * c)) & 3 {
            1 => Some(Position::Begin),
            2 => Some(Position::Inside),
            3 => Some(Position::Unit),
            _ => None,
        }
    }
}

impl Gazetteer {
    /// Reads `category<TAB>phrase` lines (phrases in any spelling; folded here). Empty lines
    /// and lines starting with `#` are skipped.
    ///
    /// # Errors
    /// [`KhabarError::Format`] for a line without a tab or more than [`MAX_CATEGORIES`]
    /// categories.
    pub fn from_tsv(text: &str) -> Result<Gazetteer, KhabarError> {
        let mut categories: Vec<String> = Vec::new();
        let mut map: FastMap<String, u32> = FastMap::default();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |message: String| KhabarError::Format {
                what: "gazetteer",
                line: i + 1,
                message,
            };
            let (cat, phrase) = line
                .split_once('\t')
                .ok_or_else(|| err("expected `category<TAB>phrase`".into()))?;
            let c = match categories.iter().position(|x| x == cat) {
                Some(c) => c,
                None => {
                    if categories.len() == MAX_CATEGORIES {
                        return Err(err(format!("more than {MAX_CATEGORIES} categories")));
                    }
                    categories.push(cat.to_string());
                    categories.len() - 1
                }
            };
            let key = phrase
                .split_whitespace()
                .map(super::forms::fold)
                .collect::<Vec<_>>()
                .join(" ");
            if key.is_empty() || key.split(' ').count() > MAX_TOKENS {
                continue;
            }
            *map.entry(key).or_default() |= 1 << c;
        }
        let mut entries: Vec<(String, u32)> = map.into_iter().collect();
        entries.sort();
        let mut g = Gazetteer {
            categories,
            entries,
            ..Gazetteer::default()
        };
        g.prepare();
        Ok(g)
    }

    /// Builds the lookup tables (after deserialization).
    pub fn prepare(&mut self) {
        self.full = self.entries.iter().cloned().collect();
        self.prefixes = FastMap::default();
        for (p, _) in &self.entries {
            for (i, _) in p.match_indices(' ') {
                self.prefixes.insert(p[..i].to_string(), ());
            }
        }
    }

    /// Category names, by bit.
    pub fn categories(&self) -> &[String] {
        &self.categories
    }

    /// Number of phrases.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the gazetteer has no phrases.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Category mask of a folded phrase (0 when absent).
    pub fn lookup(&self, phrase: &str) -> u32 {
        self.full.get(phrase).copied().unwrap_or(0)
    }

    /// Whether a folded phrase is listed under a category whose name satisfies `category`.
    pub fn listed_in(&self, phrase: &str, category: impl Fn(&str) -> bool) -> bool {
        let mask = self.lookup(phrase);
        mask != 0
            && self
                .categories
                .iter()
                .enumerate()
                .any(|(bit, c)| mask & (1 << bit) != 0 && category(c))
    }

    /// Matches over a sentence: `folded[i]` is token i folded and `strips[i]` its readings
    /// without proclitics. For each category the longest matches win; a token gets at most
    /// one position per category.
    pub fn matches(&self, folded: &[&str], strips: &[&[Strip]]) -> Vec<TokenMatch> {
        let n = folded.len();
        let mut out = vec![TokenMatch::default(); n];
        if self.entries.is_empty() {
            return out;
        }
        // (start, len, mask, stripped)
        let mut found: Vec<(usize, usize, u32, bool)> = Vec::new();
        let mut phrase = String::new();
        for i in 0..n {
            let firsts = std::iter::once((folded[i], false))
                .chain(strips[i].iter().map(|s| (s.stem.as_str(), true)));
            for (first, stripped) in firsts {
                phrase.clear();
                phrase.push_str(first);
                let mut j = i;
                loop {
                    let mask = self.lookup(&phrase);
                    if mask != 0 {
                        found.push((i, j + 1 - i, mask, stripped));
                    }
                    j += 1;
                    if j >= n || j - i >= MAX_TOKENS || !self.prefixes.contains_key(&phrase) {
                        break;
                    }
                    phrase.push(' ');
                    phrase.push_str(folded[j]);
                }
            }
        }
        found.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        for c in 0..self.categories.len() {
            let bit = 1u32 << c;
            for &(start, len, mask, stripped) in &found {
                if mask & bit == 0 {
                    continue;
                }
                if (start..start + len).any(|k| (out[k].codes >> (2 * c)) & 3 != 0) {
                    continue;
                }
                for (k, m) in out[start..start + len].iter_mut().enumerate() {
                    let code = if len == 1 {
                        3
                    } else if k == 0 {
                        1
                    } else {
                        2
                    };
                    m.codes |= code << (2 * c);
                }
                if stripped {
                    out[start].stripped |= 1 << c;
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::super::forms::{fold, strips};
    use super::*;

    fn run(g: &Gazetteer, words: &[&str]) -> Vec<TokenMatch> {
        let folded: Vec<String> = words.iter().map(|w| fold(w)).collect();
        let st: Vec<Vec<Strip>> = folded.iter().map(|f| strips(f)).collect();
        let f: Vec<&str> = folded.iter().map(|s| s.as_str()).collect();
        let s: Vec<&[Strip]> = st.iter().map(|s| s.as_slice()).collect();
        g.matches(&f, &s)
    }

    #[test]
    fn longest_match_with_proclitics() {
        let g = Gazetteer::from_tsv(
            "loc\tالولايات المتحدة\nloc\tالمتحدة\nper\tأحمد\norg\tالأمم المتحدة\n",
        )
        .unwrap();
        assert_eq!(g.categories(), ["loc", "per", "org"]);
        let m = run(&g, &["وصلت", "للولايات", "المتحدة", "مع", "احمد"]);
        assert_eq!(m[0].position(0), None);
        assert_eq!(m[1].position(0), Some(Position::Begin));
        assert_eq!(m[2].position(0), Some(Position::Inside));
        assert_eq!(m[1].stripped, 1);
        assert_eq!(m[4].position(1), Some(Position::Unit));
        assert_eq!(m[2].position(2), None);
    }

    #[test]
    fn bad_lines_are_errors() {
        assert!(Gazetteer::from_tsv("no tab here\n").is_err());
        let many: String = (0..17).map(|i| format!("c{i}\tاسم\n")).collect();
        assert!(Gazetteer::from_tsv(&many).is_err());
        assert!(Gazetteer::from_tsv("# comment\n\n").unwrap().is_empty());
    }
}
