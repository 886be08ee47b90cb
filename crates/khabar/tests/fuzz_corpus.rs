//! Replays the inputs that `cargo fuzz` saved in `fuzz/corpus/` as ordinary tests on stable,
//! with the same checks as the fuzz targets.

mod common;

use khabar::text::Utf8Chunks;
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
        common::check_any_steps(&data);
    }
}
