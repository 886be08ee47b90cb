//! Quotations and their speakers.
//!
//! Direct quotes are the text between quotation marks (« », “ ”, „ “, ‹ ›, straight `"`);
//! indirect quotes are what follows a reporting verb (قال، أضاف، ذكر، أشار، أكد، أوضح، صرح،
//! نفى، اعتبر، تابع، أعلن، كشف … in every third person, tense and gender, with و/ف attached,
//! and their participles مضيفا، مشيرة …) and its complementizer (أن، إن، بأن، أنه …; إلى أن,
//! على أن, من أن after the verbs that take them), up to the end of the sentence or the next
//! reporting verb that continues the report (`، وأشارت إلى أن`, `مضيفة أنها`).
//!
//! The speaker is the noun phrase between the verb and the complementizer or quote: a named
//! entity (its group's canonical name, the rest kept as the role: `مصطفى بالي المتحدث باسم
//! قوات سوريا الديمقراطية`), else a description cut before a relative clause or a
//! prepositional phrase (`مسؤول دفاعي أمريكي طلب عدم نشر اسمه` → `مسؤول دفاعي أمريكي`).
//! A verb without an explicit subject after it (`وأضاف`, `وذكرت`) takes the subject written
//! just before it in its clause (`لكن عفرين قال إن`) or else the previous speaker whose verb
//! agrees in gender and number.

use crate::ner::Entities;
use crate::token::sentence::{straight_quote_style, StraightStyle};
use crate::token::{straight_quote_opens, Token, TokenKind};
use std::collections::HashMap;
use std::ops::Range;

mod finder;
mod lexicon;
mod speaker;
#[cfg(test)]
mod tests;

pub use lexicon::is_reporting_verb;
use lexicon::Agreement;

/// Direct (in quotation marks) or indirect (a reported clause).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteKind {
    /// Words between quotation marks.
    Direct,
    /// A clause after a reporting verb and أن/إن.
    Indirect,
}

impl QuoteKind {
    /// The name used in JSON.
    pub fn name(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// How the speaker of a quote was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attribution {
    /// Written after the reporting verb (`وقال عدنان عفرين إن`) or after the quote.
    Explicit,
    /// Written before the reporting verb in its clause (`لكن عفرين قال إن`).
    BeforeCue,
    /// The verb has no explicit subject: the previous speaker whose verb agrees with it.
    Previous,
    /// A participle or a quotation without a reporting verb: the subject of the verb that
    /// opens its sentence.
    Clause,
    /// The verb has no explicit subject and no earlier speaker agrees with it: the person
    /// named last before it (in its sentence or the one before).
    Nearest,
    /// No speaker could be found.
    None,
}

impl Attribution {
    /// The name used in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Attribution::Explicit => "explicit",
            Attribution::BeforeCue => "before_cue",
            Attribution::Previous => "previous",
            Attribution::Nearest => "nearest",
            Attribution::Clause => "clause",
            Attribution::None => "none",
        }
    }
}

/// The resolved speaker of a quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// Token range of the speaker mention (for a previous speaker: that earlier mention).
    pub tokens: Range<usize>,
    /// The speaker's name: the canonical name of its entity group, or the description.
    pub name: String,
    /// The entity type (`PER`, `ORG`, …), or `None` for a description.
    pub label: Option<String>,
    /// Token range of the role or title written with the name (`المتحدث باسم …`).
    pub role: Option<Range<usize>>,
}

/// A quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// Direct or indirect.
    pub kind: QuoteKind,
    /// Token range of the reporting verb, if any.
    pub cue: Option<Range<usize>>,
    /// Token range of the quoted content: inside the marks for a direct quote; from the
    /// complementizer (أن …) to the end of the reported clause for an indirect one.
    pub content: Range<usize>,
    /// The speaker, if one was found.
    pub speaker: Option<Speaker>,
    /// How the speaker was found.
    pub attribution: Attribution,
}

/// Most tokens of a title written between commas after a name (`محمد جمور، نائب أمين عام
/// الحزب …، قال`).
const MAX_APPOSITION: usize = 30;

/// The shortest quotation, in words (the guideline's three: shorter quoted bits are labels).
const MIN_QUOTE_WORDS: usize = 3;

/// The shortest quotation without a reporting verb that is reported (shorter ones are
/// names, titles, slogans and scare quotes), in tokens.
const MIN_BARE_QUOTE: usize = 5;

/// The longest quoted name opening with the noun of a body (`"جمعية المواطنة والتنمية ببن
/// قردان"`), in tokens.
const MAX_QUOTED_NAME: usize = 7;

/// The longest speaker description, in tokens.
const MAX_DESCRIPTION: usize = 8;
/// How far after a reporting verb its complementizer or quote may be (the subject, a
/// title, `في تصريح لـ …`, a date and a place may stand between them).
const MAX_REGION: usize = 40;

/// The farthest a homograph verb's complementizer may be (`وبين الوكيل المساعد … د. فلان، أن`
/// is near; `وعبر شتى السبل بما فيها … أن` is not a report).
const HOMOGRAPH_REACH: usize = 15;

/// What the quote finder needs about the document.
pub struct QuoteInput<'a> {
    /// The text.
    pub text: &'a str,
    /// Its tokens.
    pub tokens: &'a [Token],
    /// The tokens' folded forms ([`crate::ner::forms::fold`]).
    pub folded: &'a [String],
    /// Sentences as token ranges, in order, covering all tokens.
    pub sentences: &'a [Range<usize>],
    /// Named entities, if a NER model ran.
    pub entities: Option<&'a Entities>,
    /// Per token, whether its main word is a verb (empty without a morphosyntax model).
    pub verbs: &'a [bool],
    /// Per token, whether it starts with a preposition (`لمراسل`; empty without a
    /// morphosyntax model).
    pub preps: &'a [bool],
    /// Token ranges of date expressions (skipped in subjects: `قال اليوم الثلاثاء فلان`).
    pub dates: &'a [Range<usize>],
}

/// Finds the quotations of a document, in text order.
pub fn find_quotes(input: &QuoteInput) -> Vec<Quote> {
    Finder::new(input).run()
}

struct Finder<'a, 'b> {
    inp: &'b QuoteInput<'a>,
    /// Direct quotes: (open mark token, close mark token or the paragraph end).
    marks: Vec<(usize, usize)>,
    /// Sentence index of each token.
    sentence_of: Vec<usize>,
    /// Entity index starting at each token.
    entity_at: HashMap<usize, usize>,
    /// Whether each token is a verb for the quote finder (see [`Finder::is_verb_at`]).
    verb_at: Vec<bool>,
}

/// The speakers so far, with the agreement of their verbs.
type Speakers = [(Speaker, Option<Agreement>)];
