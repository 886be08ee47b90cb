//! Normalization with every combination of steps on arbitrary text: no panic, idempotent
//! for the named profiles, alignment always inside the original.
#![no_main]

#[path = "../../crates/khabar/tests/common/mod.rs"]
mod common;

use khabar::text::{Normalizer, Profile, Step};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() < 2 {
        return;
    }
    let mask = u16::from_le_bytes([data[0], data[1]]);
    let text = String::from_utf8_lossy(&data[2..]);
    let mut n = Normalizer::new(Profile::Display);
    for (i, step) in Step::ALL.iter().enumerate() {
        n = n.with(*step, mask & (1 << i) != 0);
    }
    let a = n.normalize_aligned(&text);
    for o in a.origins() {
        assert!(o.orig_end <= text.len() && text.is_char_boundary(o.orig_start) && text.is_char_boundary(o.orig_end));
    }
    let _ = a.original_range(0..a.text().len());
    common::check_text_invariants(&text);
});
