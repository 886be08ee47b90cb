//! Replays the inputs that `cargo fuzz` saved in `fuzz/corpus/` as ordinary tests on stable,
//! with the same checks as the fuzz targets.

mod common;

use khabar::text::{Normalizer, Profile, Step, Utf8Chunks};
use std::fs;
use std::path::Path;

fn corpus(target: &str) -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/corpus")
        .join(target);
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files.into_iter().map(|p| fs::read(p).unwrap()).collect()
}

#[test]
fn replay_tokenize_corpus() {
    let inputs = corpus("tokenize");
    assert!(inputs.len() > 10, "the corpus is missing");
    for data in inputs {
        for chunk in Utf8Chunks::with_options(&data[..], false, 64) {
            match chunk {
                Ok(c) => {
                    let _ = khabar::token::tokenize(&c.text);
                }
                Err(_) => break,
            }
        }
        common::check_text_invariants(&String::from_utf8_lossy(&data));
    }
}

#[test]
fn replay_normalize_corpus() {
    let inputs = corpus("normalize");
    assert!(inputs.len() > 10, "the corpus is missing");
    for data in inputs {
        if data.len() < 2 {
            continue;
        }
        let mask = u16::from_le_bytes([data[0], data[1]]);
        let text = String::from_utf8_lossy(&data[2..]);
        let mut n = Normalizer::new(Profile::Display);
        for (i, step) in Step::ALL.iter().enumerate() {
            n = n.with(*step, mask & (1 << i) != 0);
        }
        let a = n.normalize_aligned(&text);
        for o in a.origins() {
            assert!(o.orig_end <= text.len());
            assert!(text.is_char_boundary(o.orig_start) && text.is_char_boundary(o.orig_end));
        }
        common::check_text_invariants(&text);
    }
}
