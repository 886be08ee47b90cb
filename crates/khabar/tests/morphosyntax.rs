//! The morphosyntax layer end to end: the embedded model loads and analyzes, CoNLL-U output
//! parses back, the pipeline never panics (property test), and — when `../shared` is beside
//! the repository — the bench files round-trip through the CoNLL-U reader and writer.

use khabar::conllu;
use khabar::tag::default_model;
use khabar::Analyzer;
use proptest::prelude::*;
use std::path::Path;
use std::sync::Arc;

fn analyzer() -> Analyzer {
    Analyzer::default().with_morphosyntax(default_model::load().expect("embedded model").1)
}

#[test]
fn embedded_model_has_a_header_and_analyzes() {
    let (h, _) = default_model::load().unwrap();
    assert_eq!(h.kind, "morphosyntax");
    assert!(h.licence.contains("NC-SA"), "{}", h.licence);
    let text = "وقالت الحكومة إن للحكومة رأيا في الأمر.";
    let doc = analyzer().analyze(text);
    assert_eq!(doc.words.len(), doc.tokens.len());
    let forms: Vec<Vec<&str>> = doc
        .words
        .iter()
        .map(|ws| ws.iter().map(|w| w.form.as_str()).collect())
        .collect();
    assert_eq!(forms[0], vec!["و", "قالت"]);
    assert_eq!(forms[3], vec!["ل", "الحكومة"]);
    for ws in &doc.words {
        for w in ws {
            assert!(!w.upos.is_empty() && !w.lemma.is_empty());
        }
    }
    // the CoNLL-U output parses back with one word line per analyzed word
    let c = doc.to_conllu(None);
    let parsed = conllu::parse(&c).unwrap();
    let words: usize = parsed.iter().map(|s| s.words().count()).sum();
    assert_eq!(words, doc.words.iter().map(Vec::len).sum::<usize>());
}

#[test]
fn word_classes_of_tokens_and_of_pretokenized_sentences() {
    use khabar::pretokenized_classes;
    use khabar::tag::token_class;
    let (_, m) = default_model::load().unwrap();
    // the class is the part of speech of the token's longest word
    let doc = analyzer().analyze("وقالت الحكومة في بيان");
    let classes: Vec<&str> = doc.words.iter().map(|w| token_class(w)).collect();
    assert_eq!(classes, ["VERB", "NOUN", "ADP", "NOUN"]);
    assert_eq!(token_class(&[]), "_");
    // a BIO file's tokens: one class each, whatever the tokenizer makes of them (`(د`)
    let tokens: Vec<String> = ["وقالت", "الحكومة", "(د", "ب", "أ)", "", "في", "بيان"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let c = pretokenized_classes(&m, &tokens);
    assert_eq!(c.len(), tokens.len());
    assert_eq!(c[0], "VERB");
    assert_eq!(c[1], "NOUN");
    assert_eq!(c[5], "_", "an empty token has no words");
    assert_eq!(c[6], "ADP");
    assert!(pretokenized_classes(&m, &[]).is_empty());
}

#[test]
fn words_of_unanalysed_tokens_take_the_token_as_lemma() {
    // PADT leaves tokens its analyser did not know unanalysed (UPOS X, XPOS U---------),
    // with the whole token as the lemma of each of their words
    let text = "وعرض فيلم Demain Dès l'Aube في القاعة، والاساليب الاخيرة لاسرائيل.";
    let doc = analyzer().analyze(text);
    let mut unanalysed = 0;
    for (ws, t) in doc.words.iter().zip(&doc.tokens) {
        for w in ws {
            if w.xpos.as_ref() == "U---------" {
                unanalysed += 1;
                assert_eq!(w.lemma, &text[t.byte_start..t.byte_end], "{}", w.form);
            }
        }
    }
    assert!(unanalysed > 0, "no unanalysed token in {text}");
}

#[test]
fn conllu_has_the_treebank_tokens_of_scores_percentages_and_dots() {
    // one token each at the token layer (the news layer reads them whole); PADT writes
    // `15 - 8`, `85 %` and `. .` as separate tokens, with SpaceAfter=No between them
    let text = "وفاز الفريق في المباراة بنتيجة 15-8 بنسبة 85%..";
    let doc = analyzer().analyze(text);
    let surfaces: Vec<&str> = doc.tokens.iter().map(|t| t.text(text)).collect();
    assert_eq!(surfaces[5..], ["15-8", "بنسبة", "85%", ".."]);
    let forms: Vec<&str> = doc.words[5].iter().map(|w| w.form.as_str()).collect();
    assert_eq!(forms, ["15", "-", "8"]);
    assert_eq!(
        doc.words[5].iter().map(|w| w.piece).collect::<Vec<_>>(),
        [0, 1, 2]
    );
    let c = doc.to_conllu(None);
    let parsed = conllu::parse(&c).unwrap();
    let toks: Vec<String> = parsed[0]
        .tokens()
        .iter()
        .map(|(t, _)| t.form.clone())
        .collect();
    assert_eq!(parsed.len(), 1, "a score is no dateline: {c}");
    assert_eq!(toks[5..], ["15", "-", "8", "بنسبة", "85", "%", ".", "."]);
    assert!(c.contains("\t15\t") && c.contains("SpaceAfter=No"));
    let words: usize = parsed.iter().map(|s| s.words().count()).sum();
    assert_eq!(words, doc.words.iter().map(Vec::len).sum::<usize>());
}

#[test]
fn punctuation_the_treebank_never_wrote_is_punct() {
    // PADT writes straight quotes only; curly quotes, an ellipsis and an em dash are still
    // punctuation (they had been tagged NOUN, ADP or ADJ, and misled their neighbours' tags)
    let text = "وقال “نحن على يقين كبير” … — ‹نعم›";
    let doc = analyzer().analyze(text);
    let mut seen = 0;
    for (ws, t) in doc.words.iter().zip(&doc.tokens) {
        let surface = t.text(text);
        if surface.chars().all(khabar::text::chars::is_punctuation) {
            seen += 1;
            assert_eq!(ws.len(), 1, "{surface}");
            assert_eq!(ws[0].upos.as_ref(), "PUNCT", "{surface}");
            assert_eq!(ws[0].xpos.as_ref(), "G---------", "{surface}");
            assert_eq!(ws[0].lemma, surface);
        }
    }
    assert_eq!(seen, 6);
}

#[test]
fn corrupt_model_bytes_are_a_typed_error() {
    let mut bytes = default_model::BYTES.to_vec();
    bytes.truncate(bytes.len() / 2);
    assert!(matches!(
        khabar::tag::Morphosyntax::from_bytes(&bytes),
        Err(khabar::KhabarError::Model(_))
    ));
    assert!(khabar::tag::Morphosyntax::from_bytes(b"KHABARMD").is_err());
}

#[test]
fn bench_files_round_trip_when_shared_exists() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/bench");
    if !dir.exists() {
        eprintln!("note: {} not found; round trip skipped", dir.display());
        return;
    }
    for name in ["padt-news-train.conllu", "padt-news-dev.conllu"] {
        let text = std::fs::read_to_string(dir.join(name)).unwrap();
        let parsed = conllu::parse(&text).unwrap();
        assert_eq!(conllu::write(&parsed), text, "{name} does not round-trip");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn pipeline_never_panics_and_keeps_offsets(s in "[\\u{0621}-\\u{064A}\\u{064B}-\\u{0652} .،«»0-9a-z\\n]{0,80}") {
        thread_local! {
            static A: Arc<Analyzer> = Arc::new(analyzer());
        }
        let doc = A.with(|a| a.analyze(&s));
        prop_assert_eq!(doc.words.len(), doc.tokens.len());
        for (t, ws) in doc.tokens.iter().zip(&doc.words) {
            prop_assert!(!ws.is_empty());
            prop_assert_eq!(&s[t.byte_start..t.byte_end], t.text(&s));
        }
        let c = doc.to_conllu(Some("p"));
        prop_assert!(conllu::parse(&c).is_ok());
    }
}
