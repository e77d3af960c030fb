//! Property tests: any string analyses without panicking, and every span is
//! in bounds, on char boundaries, and converts to UTF-16 consistently.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use whosaid::Report;

// The span invariants are shared with the `analyze` fuzz target and `tests/hostile.rs`.
#[path = "../fuzz/src/invariants.rs"]
mod invariants;

/// Checks every invariant of one analysis, and that UTF-16 offsets slice the
/// same text as JavaScript would.
fn check(text: &str) {
    let a = invariants::check(text);
    let utf8 = Report::new(text, &a);
    let mut utf16 = utf8.clone();
    utf16.to_utf16(text);
    let units: Vec<u16> = text.encode_utf16().collect();
    for (h8, h16) in utf8.hedges.iter().zip(&utf16.hedges) {
        assert_eq!(
            String::from_utf16(&units[h16.start..h16.end]).unwrap(),
            h8.text
        );
    }
    for (c8, c16) in utf8.claims.iter().zip(&utf16.claims) {
        assert_eq!(
            String::from_utf16(&units[c16.start..c16.end]).unwrap(),
            c8.text
        );
    }
}

/// Text that looks like news: words, quotes, cues and punctuation in any order.
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("said".to_string()),
        Just("according to".to_string()),
        Just("an unnamed official".to_string()),
        Just("reportedly".to_string()),
        Just("could".to_string()),
        Just("May".to_string()),
        Just("about 300".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just(",".to_string()),
        Just(".".to_string()),
        Just("U.S.".to_string()),
        Just("\n\n".to_string()),
        Just("—".to_string()),
        Just("😀".to_string()),
        Just("👩‍👩‍👧".to_string()),
        Just("日本".to_string()),
        Just("שלום".to_string()),
        Just("citing".to_string()),
        Just("told".to_string()),
        Just("who".to_string()),
        "[A-Za-z]{1,8}",
        "\\PC{0,3}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn any_string_analyses(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn newsish_text_analyses(text in newsish()) {
        check(&text);
    }
}

#[test]
fn hostile_inputs() {
    let many_quotes = "\"".repeat(100_000);
    let long_sentence = "word ".repeat(200_000);
    let cases: Vec<String> = vec![
        String::new(),
        " \n\t\r\n ".into(),
        many_quotes,
        "“".repeat(10_000) + &"”".repeat(3),
        long_sentence,
        "\u{0}\u{1}\u{7f}said\u{0}".into(),
        "line one\r\nline two said \"x\"\r\n".into(),
        "مرحبا said the official، according to sources.".into(),
        "e\u{301}\u{302}\u{303} said".into(),
        "inter-\nnational officials said".into(),
        "said the official. Said. According to. Citing.".into(),
        ", said , told , according to , citing".into(),
        "\u{feff}\u{fffd}\u{fffd} said".into(),
    ];
    for text in &cases {
        check(text);
    }
}
