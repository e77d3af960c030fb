//! The JavaScript binding: thin delegations to the core, built only for wasm32.
//!
//! Results cross as plain objects through serde-wasm-bindgen, with every offset
//! converted to UTF-16 code units in one pass ([`Report::to_utf16`]), so that
//! `text.slice(start, end)` in JavaScript is exactly the span's text. Errors
//! cross as JS `Error` objects through [`js_error`]; a panic is logged with its
//! message by `console_error_panic_hook` before the trap reaches JS.

use crate::Report;
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** A span of the analysed text: `text.slice(start, end) === span.text` (UTF-16 code units). */
export interface TextSpan { start: number; end: number; text: string; }
export type HedgeCategory = "modal" | "reportative" | "evidential" | "epistemic" | "approximator";
/** How much certainty a hedge leaves: "might" weak, "likely" moderate, "almost certainly" strong. */
export type HedgeStrength = "weak" | "moderate" | "strong";
/** How hedged a sentence or claim is, from its cues' doubt added up (weak 3, moderate 2, strong 1): 0 none, 1-2 light, 3-4 moderate, 5+ heavy. */
export type HedgeLevel = "none" | "light" | "moderate" | "heavy";
/** Whose hedge: the article's own, or a source's (in a quotation or an attributed content). */
export type Whose = "writer" | "source";
export type UnattributedKind = "agentless" | "impersonal" | "document" | "scare_quote";
export type SourceKind = "named" | "anonymous" | "vague" | "document" | "pronoun";
export type Basis = "named" | "anonymous" | "vague" | "document" | "unattributed" | "outlet";
export interface Sentence extends TextSpan {
  paragraph: number; terminated: boolean;
  /** The doubt of its hedge cues added up. */
  hedge_score: number;
  hedge_level: HedgeLevel;
}
export interface Quote extends TextSpan { closed: boolean; }
export interface Hedge extends TextSpan {
  category: HedgeCategory;
  strength: HedgeStrength;
  in_quote: boolean;
  whose: Whose;
  /** For a source's hedge: the index into `attributions` of the attribution whose content holds it. */
  attribution: number | null;
}
export interface Via extends TextSpan { kind: SourceKind; }
export interface Source extends TextSpan {
  kind: SourceKind;
  resolved_kind: SourceKind | null;
  antecedent: TextSpan | null;
  via: Via | null;
  /** For an anonymous source: whether the article says why it is unnamed. */
  anonymity: "explained" | "granted" | "unexplained" | null;
}
export interface Attribution {
  cue: TextSpan;
  source: Source | null;
  content: TextSpan | null;
  /** Further parts of a discontinuous content ('"A," she said, "B."'). */
  more_content: TextSpan[];
  basis: Basis;
  sentence: number;
}
export interface Claim extends TextSpan {
  attribution: number | null;
  basis: Basis;
  hedged: boolean;
  /** Indexes into `hedges` of the hedges that weaken this claim. */
  hedges: number[];
  hedge_score: number;
  hedge_level: HedgeLevel;
  sentence: number;
}
/** A claim or phrase that floats free of any source: the cue, the document, or the quoted phrase. */
export interface Unattributed extends TextSpan {
  kind: UnattributedKind;
  attribution: number | null;
  claim: number | null;
  sentence: number;
}
/** A distinct source; `mentions` are indexes into `attributions`. */
export interface SourceEntry { text: string; kind: SourceKind; attributions: number; mentions: number[]; claims: number; }
export interface Summary {
  words: number; sentences: number; paragraphs: number; quotes: number;
  hedges: number;
  hedges_by_category: Record<HedgeCategory, number>;
  hedges_by_strength: Record<HedgeStrength, number>;
  hedges_in_quotes: number;
  hedges_by_whose: Record<Whose, number>;
  sentences_by_hedge_level: Record<HedgeLevel, number>;
  hedges_per_100_words: number;
  attributions: number;
  attributions_by_kind: Record<SourceKind | "none", number>;
  claims: number;
  claims_by_basis: Record<Basis, number>;
  hedged_claims: number;
  attributed_sentences: number;
  anonymous_sentences: number;
  anonymous_share: number;
  anonymity_explained: number;
  anonymity_granted: number;
  anonymity_unexplained: number;
  unattributed: number;
  unattributed_by_kind: Record<UnattributedKind, number>;
  sources: SourceEntry[];
}
export interface Analysis {
  version: number;
  offsets: "utf16";
  paragraphs: TextSpan[];
  sentences: Sentence[];
  quotes: Quote[];
  hedges: Hedge[];
  attributions: Attribution[];
  claims: Claim[];
  unattributed: Unattributed[];
  summary: Summary;
}
export interface BenchResult { iterations: number; bytes: number; total_ms: number; ms_per_run: number; mb_per_s: number; }
"#;

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// Turns any error into a JS `Error` with its message.
fn js_error(error: impl std::fmt::Display) -> JsError {
    JsError::new(&error.to_string())
}

fn to_js(value: &impl Serialize) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(js_error)
}

/// Analyses `text`; offsets in the result are UTF-16 code units.
#[wasm_bindgen(unchecked_return_type = "Analysis")]
pub fn analyze(text: &str) -> Result<JsValue, JsError> {
    let analysis = crate::analyze_checked(text).map_err(js_error)?;
    let mut report = Report::new(text, &analysis);
    report.to_utf16(text);
    to_js(&report)
}

/// The library version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The largest input `analyze` accepts, in UTF-8 bytes.
#[wasm_bindgen(js_name = maxInputBytes)]
pub fn max_input_bytes() -> usize {
    crate::MAX_INPUT_BYTES
}

#[derive(Serialize)]
struct BenchResult {
    iterations: u32,
    bytes: usize,
    total_ms: f64,
    ms_per_run: f64,
    mb_per_s: f64,
}

/// Times `iterations` analyses of `text` (core analysis only, no conversion to
/// JS objects) with the page's `performance.now()` clock.
#[wasm_bindgen(unchecked_return_type = "BenchResult")]
pub fn benchmark(text: &str, iterations: u32) -> Result<JsValue, JsError> {
    let performance = web_sys::window()
        .and_then(|w| w.performance())
        .ok_or_else(|| js_error("no performance clock in this context"))?;
    let iterations = iterations.max(1);
    let begin = performance.now();
    for _ in 0..iterations {
        std::hint::black_box(crate::analyze(std::hint::black_box(text)));
    }
    let total_ms = performance.now() - begin;
    let ms_per_run = total_ms / f64::from(iterations);
    let mb_per_s = if total_ms > 0.0 {
        (text.len() as f64 * f64::from(iterations) / 1e6) / (total_ms / 1e3)
    } else {
        0.0
    };
    to_js(&BenchResult {
        iterations,
        bytes: text.len(),
        total_ms,
        ms_per_run,
        mb_per_s,
    })
}
