//! Tokenizer, sentence splitter and chunked reading on arbitrary bytes: no panic, and every
//! offset invariant of `check_text_invariants` holds.
#![no_main]

#[path = "../../crates/khabar/tests/common/mod.rs"]
mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for chunk in khabar::text::Utf8Chunks::with_options(data, false, 64) {
        match chunk {
            Ok(c) => {
                let _ = khabar::token::tokenize(&c.text);
            }
            Err(_) => break,
        }
    }
    let text = String::from_utf8_lossy(data);
    common::check_text_invariants(&text);
});
