//! Browser tests, run in headless Chromium by
//! `wasm-pack test --headless --chrome -- --test web` (see `make test`).
//!
//! They check what only a browser can: that UTF-16 offsets from
//! [`whosaid::utf16::OffsetMap`] and [`whosaid::Report::to_utf16`] select the
//! same text in a real DOM `Range` and in `String.prototype.slice` as the span's
//! own `text`, on text full of emoji and CJK; and that an input over
//! [`whosaid::MAX_INPUT_BYTES`] is refused with a clear `Error`.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JsString, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use whosaid::utf16::OffsetMap;
use whosaid::Report;

wasm_bindgen_test_configure!(run_in_browser);

/// News-like text with ZWJ sequences, flags, skin tones, keycaps, variation
/// selectors, a combining accent, CJK (including a supplementary-plane
/// ideograph) and quotations, so that UTF-8, UTF-16 and char counts all differ.
const EMOJI_NEWS: &str = "\
The minister 👩🏽‍💼 said the deal could collapse. \
\"We are 🇺🇦🇪🇺 ready,\" an unnamed official told reporters 🧑‍🤝‍🧑.
Critics 👨‍👩‍👧‍👦 say it may be about 300 km². 東京の関係者によると、合意は近いという。
\u{20BB7}野家 reportedly closed; 👍🏿👋🏻 a source familiar with the talks said 1️⃣ \
«日本語» and é\u{301} were likely 🏳️‍🌈🏴‍☠️ involved, according to the report.

The so-called ‘peace 🕊️ plan’ was shelved, and it is believed 🤔 that talks ended.";

/// A text node holding `text`, inside a fresh `<div>` in the page's body.
fn text_node(text: &str) -> web_sys::Text {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    let node = document.create_text_node(text);
    div.append_child(&node).unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    node
}

/// The text a DOM `Range` from `start` to `end` (UTF-16 units) selects in `node`.
fn range_text(node: &web_sys::Text, start: usize, end: usize) -> String {
    let document = web_sys::window().unwrap().document().unwrap();
    let range = document.create_range().unwrap();
    range.set_start(node, start as u32).unwrap();
    range.set_end(node, end as u32).unwrap();
    String::from(range.to_string())
}

/// JavaScript's `text.slice(start, end)`.
fn js_slice(text: &JsString, start: usize, end: usize) -> String {
    String::from(text.slice(start as u32, end as u32))
}

#[wasm_bindgen_test]
fn the_dom_and_rust_agree_on_utf16_lengths() {
    let node = text_node(EMOJI_NEWS);
    let units = EMOJI_NEWS.encode_utf16().count();
    assert_eq!(node.length() as usize, units);
    assert_eq!(JsString::from(EMOJI_NEWS).length() as usize, units);
    assert!(
        units < EMOJI_NEWS.len(),
        "the text must have multibyte chars"
    );
    assert!(
        EMOJI_NEWS.chars().count() < units,
        "the text must have astral chars"
    );
}

#[wasm_bindgen_test]
fn offset_map_matches_dom_range_at_every_char_boundary() {
    let node = text_node(EMOJI_NEWS);
    let js = JsString::from(EMOJI_NEWS);
    let bytes: Vec<usize> = EMOJI_NEWS
        .char_indices()
        .map(|(i, _)| i)
        .chain([EMOJI_NEWS.len()])
        .collect();
    let map = OffsetMap::new(EMOJI_NEWS, bytes.clone());
    let end = map.get(EMOJI_NEWS.len());
    assert_eq!(end, node.length() as usize);

    for (i, &b) in bytes.iter().enumerate() {
        let u = map.get(b);
        // Everything before and after the boundary.
        assert_eq!(
            range_text(&node, 0, u),
            EMOJI_NEWS[..b],
            "prefix to byte {b}"
        );
        assert_eq!(
            range_text(&node, u, end),
            EMOJI_NEWS[b..],
            "suffix from byte {b}"
        );
        assert_eq!(js_slice(&js, 0, u), EMOJI_NEWS[..b], "slice to byte {b}");
        // Each char on its own, including every piece of a ZWJ sequence or flag.
        if let Some(&next) = bytes.get(i + 1) {
            let v = map.get(next);
            assert_eq!(
                range_text(&node, u, v),
                EMOJI_NEWS[b..next],
                "char at byte {b}"
            );
            assert_eq!(js_slice(&js, u, v), EMOJI_NEWS[b..next], "char at byte {b}");
        }
    }
}

/// Calls `check(start, end, text)` on every object in `value`, however deeply
/// nested, that has numeric `start` and `end` and a string `text`: every span
/// of the report as JavaScript sees it.
fn for_each_span(value: &JsValue, check: &mut impl FnMut(usize, usize, String)) {
    if Array::is_array(value) {
        for item in Array::from(value).iter() {
            for_each_span(&item, check);
        }
    } else if value.is_object() {
        let get = |key: &str| Reflect::get(value, &JsValue::from_str(key)).unwrap();
        let (start, end, text) = (get("start"), get("end"), get("text"));
        if let (Some(start), Some(end), Some(text)) =
            (start.as_f64(), end.as_f64(), text.as_string())
        {
            check(start as usize, end as usize, text);
        }
        for field in Object::values(value.unchecked_ref::<Object>()).iter() {
            for_each_span(&field, check);
        }
    }
}

#[wasm_bindgen_test]
fn report_spans_in_utf16_select_their_text_in_the_dom() {
    let node = text_node(EMOJI_NEWS);
    let js = JsString::from(EMOJI_NEWS);
    let analysis = whosaid::analyze(EMOJI_NEWS);
    let mut report = Report::new(EMOJI_NEWS, &analysis);
    report.to_utf16(EMOJI_NEWS);
    assert_eq!(report.offsets, "utf16");

    // The report as the page receives it (as in src/wasm.rs).
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let value = serde::Serialize::serialize(&report, &serializer).unwrap();

    let mut spans = 0;
    for_each_span(&value, &mut |start, end, text| {
        assert!(
            start <= end && end <= js.length() as usize,
            "{start}..{end} out of bounds"
        );
        assert_eq!(range_text(&node, start, end), text, "Range {start}..{end}");
        assert_eq!(js_slice(&js, start, end), text, "slice {start}..{end}");
        spans += 1;
    });
    // The walk must have seen the report's spans, not an empty shape.
    assert!(!report.sentences.is_empty(), "no sentences found");
    assert_eq!(
        report.unattributed.len(),
        2,
        "the scare quote and 'it is believed'"
    );
    assert!(spans > report.sentences.len(), "walked only {spans} spans");
}

#[wasm_bindgen_test]
fn input_over_the_limit_is_refused_with_a_clear_error() {
    let huge = "a".repeat(whosaid::MAX_INPUT_BYTES + 1);
    let error = whosaid::analyze_checked(&huge).unwrap_err();
    let message = error.to_string();
    // Says what went wrong and what the limit is, whatever the exact wording.
    assert!(message.contains("over the limit"), "unclear: {message}");
    assert!(message.contains("32 MiB"), "no limit in: {message}");

    // As it crosses to JavaScript: a real `Error` carrying that message.
    let js: JsValue = wasm_bindgen::JsError::new(&message).into();
    let js_error = js.dyn_into::<js_sys::Error>().expect("a JS Error");
    assert_eq!(String::from(js_error.message()), message);

    assert!(whosaid::analyze_checked("Short text.").is_ok());
}
