//! Normalization with every combination of steps on arbitrary text: no panic, the single-pass
//! and aligned paths agree, alignment always inside the original, and every text invariant.
#![no_main]

#[path = "../../crates/khabar/tests/common/mod.rs"]
mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    common::check_any_steps(data);
});
