//! A string and byte offsets into it: `whosaid::utf16::OffsetMap` must agree
//! with counting `encode_utf16` over the prefix for offsets on char boundaries,
//! give the text's length for offsets past the end, and for an offset inside a
//! char give the start or the end of that char.
//!
//! (The doc of `OffsetMap::new` says the start; the code gives the end. Found
//! by this target: `regressions/utf16/mid-char-offset.bin`. Tighten the check
//! once the two agree.)
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::utf16::OffsetMap;

/// The UTF-16 offsets `OffsetMap` may give for byte `byte`: the offset itself on
/// a char boundary; the text's length past the end; inside a char, the start or
/// the end of that char.
fn allowed(text: &str, byte: usize) -> (usize, usize) {
    if byte >= text.len() {
        let n = text.encode_utf16().count();
        return (n, n);
    }
    let mut b = byte;
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    let start = text[..b].encode_utf16().count();
    if b == byte {
        (start, start)
    } else {
        let ch = text[b..].chars().next().expect("a char starts at b");
        (start, start + ch.len_utf16())
    }
}

fuzz_target!(|input: (String, Vec<u16>)| {
    let (text, raw) = input;
    // Offsets up to a little past the end, so that out-of-range ones are tried.
    let offsets: Vec<usize> = raw
        .iter()
        .map(|&o| usize::from(o) % (text.len() + 4))
        .collect();
    let map = OffsetMap::new(&text, offsets.clone());
    for &o in &offsets {
        let got = map.get(o);
        let (start, end) = allowed(&text, o);
        assert!(
            got == start || got == end,
            "byte offset {o} of {text:?}: got {got}, want {start} or {end}"
        );
    }
    // Every char boundary too, as Report::to_utf16 uses them.
    let all: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    let map = OffsetMap::new(&text, all.clone());
    for o in all {
        assert_eq!(
            map.get(o),
            text[..o].encode_utf16().count(),
            "char boundary {o}"
        );
    }
});
