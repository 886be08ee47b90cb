//! Invariants every text must satisfy; shared by the property tests and the replay of the
//! fuzz corpus.

use khabar::text::chars::{is_bidi_control, is_zero_width};
use khabar::text::{Normalizer, Profile, Scheme, Step};
use khabar::token::{split_sentences, tokenize, SentenceOptions};
use khabar::Analyzer;

/// A normalizer with the steps whose bits are set in `mask` (bit i = `Step::ALL[i]`), as the
/// `normalize` fuzz target draws them from its first two input bytes.
#[allow(dead_code)]
pub fn normalizer_from_mask(mask: u16) -> Normalizer {
    Step::ALL
        .iter()
        .enumerate()
        .fold(Normalizer::new(Profile::Display), |n, (i, step)| {
            n.with(*step, mask & (1 << i) != 0)
        })
}

/// Checks the alignment of a normalization with any set of steps.
#[allow(dead_code)]
pub fn check_any_steps(data: &[u8]) {
    if data.len() < 2 {
        return;
    }
    let n = normalizer_from_mask(u16::from_le_bytes([data[0], data[1]]));
    let text = String::from_utf8_lossy(&data[2..]);
    let a = n.normalize_aligned(&text);
    assert_eq!(n.normalize(&text), a.text());
    for o in a.origins() {
        assert!(o.orig_end <= text.len());
        assert!(text.is_char_boundary(o.orig_start) && text.is_char_boundary(o.orig_end));
    }
    let _ = a.original_range(0..a.text().len());
    check_text_invariants(&text);
}

/// Panics (with a message) when an invariant does not hold for `s`.
pub fn check_text_invariants(s: &str) {
    check_tokens(s);
    check_normalization(s);
    for scheme in [
        Scheme::Buckwalter,
        Scheme::SafeBuckwalter,
        Scheme::XmlBuckwalter,
        Scheme::Hsb,
        Scheme::Roman,
    ] {
        let t = scheme.from_arabic(s);
        if scheme.is_reversible() {
            let _ = scheme.to_arabic(&t).unwrap();
            let e = scheme.from_arabic_escaped(s);
            assert_eq!(
                scheme.to_arabic_escaped(&e).unwrap(),
                s,
                "{scheme:?} escaped round trip"
            );
        }
    }
}

fn check_tokens(s: &str) {
    let toks = tokenize(s);
    let chars: Vec<char> = s.chars().collect();
    let mut covered_to = 0usize; // byte
    for t in &toks {
        assert!(
            t.byte_start < t.byte_end && t.start < t.end,
            "empty token {t:?} in {s:?}"
        );
        assert!(t.byte_start >= covered_to, "overlapping tokens in {s:?}");
        let by_bytes = &s[t.byte_start..t.byte_end];
        let by_chars: String = chars[t.start..t.end].iter().collect();
        assert_eq!(
            by_bytes, by_chars,
            "byte and char offsets disagree in {s:?}"
        );
        assert_eq!(
            s[..t.byte_start].chars().count(),
            t.start,
            "char offset wrong in {s:?}"
        );
        assert!(
            !by_bytes.chars().any(char::is_whitespace),
            "white space inside {by_bytes:?}"
        );
        // what lies between tokens is white space or invisible
        for c in s[covered_to..t.byte_start].chars() {
            assert!(
                c.is_whitespace() || is_zero_width(c) || is_bidi_control(c),
                "{c:?} not covered by any token in {s:?}"
            );
        }
        covered_to = t.byte_end;
    }
    for c in s[covered_to..].chars() {
        assert!(
            c.is_whitespace() || is_zero_width(c) || is_bidi_control(c),
            "{c:?} dropped in {s:?}"
        );
    }
    let ranges = split_sentences(s, &toks, SentenceOptions::default());
    let mut next = 0;
    for r in &ranges {
        assert_eq!(r.start, next, "sentences must cover tokens in order");
        assert!(r.end > r.start, "empty sentence");
        next = r.end;
    }
    assert_eq!(next, toks.len());
    let doc = Analyzer::default().analyze(s);
    for sent in &doc.sentences {
        let text = doc.sentence_text(sent);
        let by_chars: String = chars[sent.start..sent.end].iter().collect();
        assert_eq!(text, by_chars);
    }
    // dates and numbers are non-empty token ranges, in order, that do not overlap each other
    let n = doc.tokens.len();
    for w in doc.dates.windows(2) {
        assert!(w[0].tokens.end <= w[1].tokens.start, "dates overlap");
    }
    for w in doc.numbers.windows(2) {
        assert!(w[0].tokens.end <= w[1].tokens.start, "numbers overlap");
    }
    for r in doc
        .dates
        .iter()
        .map(|d| d.tokens.clone())
        .chain(doc.numbers.iter().map(|x| x.tokens.clone()))
    {
        assert!(r.start < r.end && r.end <= n, "bad range {r:?}");
    }
    for x in &doc.numbers {
        assert!(x.value.is_finite());
        assert!(x.unit.is_none_or(|u| u < n));
    }
    check_news_spans(&doc);
}

/// Quotes and the dateline point at non-empty token ranges of the document; quotes are in
/// order of their content; a speaker's role and name are spans of the text too.
pub fn check_news_spans(doc: &khabar::Document) {
    let n = doc.tokens.len();
    let ok = |r: &std::ops::Range<usize>| r.start < r.end && r.end <= n;
    for w in doc.quotes.windows(2) {
        assert!(
            w[0].content.start <= w[1].content.start,
            "quotes out of order"
        );
    }
    for q in &doc.quotes {
        assert!(ok(&q.content), "bad quote content {:?}", q.content);
        assert!(q.cue.as_ref().is_none_or(ok), "bad cue");
        if let Some(sp) = &q.speaker {
            assert!(ok(&sp.tokens), "bad speaker span");
            assert!(sp.role.as_ref().is_none_or(ok), "bad role span");
            assert!(!sp.name.is_empty());
        }
    }
    if let Some(d) = &doc.dateline {
        assert!(ok(&d.tokens), "bad dateline");
        for r in [&d.place, &d.agency, &d.reporter, &d.date]
            .into_iter()
            .flatten()
        {
            assert!(ok(r) && r.end <= d.tokens.end, "dateline part outside it");
        }
    }
}

fn check_normalization(s: &str) {
    let profiles = [
        Normalizer::new(Profile::Display),
        Normalizer::new(Profile::Search),
        Normalizer::new(Profile::Search).with(Step::TehMarbuta, true),
    ];
    for n in profiles {
        let a = n.normalize_aligned(s);
        let once = a.text();
        assert_eq!(n.normalize(s), once);
        assert_eq!(
            n.normalize(once),
            once,
            "{:?} is not idempotent on {s:?}",
            n.steps()
        );
        for o in a.origins() {
            assert!(o.orig_start <= o.orig_end && o.orig_end <= s.len());
            assert!(s.is_char_boundary(o.orig_start) && s.is_char_boundary(o.orig_end));
        }
        // a token of the normalized text maps back onto a slice of the original
        for t in tokenize(once) {
            let r = a.original_range(t.byte_start..t.byte_end);
            assert!(
                r.start <= r.end
                    && r.end <= s.len()
                    && s.is_char_boundary(r.start)
                    && s.is_char_boundary(r.end)
            );
        }
        let whole = a.original_range(0..once.len());
        assert!(whole.end <= s.len());
    }
    let none = Step::ALL
        .iter()
        .fold(Normalizer::new(Profile::Display), |n, st| {
            n.with(*st, false)
        });
    assert_eq!(
        none.normalize(s),
        s,
        "with every step off, normalization is the identity"
    );
}
