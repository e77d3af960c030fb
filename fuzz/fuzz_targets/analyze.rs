//! Arbitrary bytes, as lossy UTF-8, through `whosaid::analyze`: no panic, and
//! every invariant in `whosaid_fuzz::invariants::check` holds.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    whosaid_fuzz::invariants::check(&text);
});
