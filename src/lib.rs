#![doc = include_str!("../README.md")]

mod anonymity;
mod attribution;
mod claim;
mod clause_end;
mod content;
mod cue;
mod doc;
mod hasher;
mod headline;
mod hedge;
mod lexicon;
pub mod model;
mod phrase;
mod poll;
mod quote;
pub mod report;
mod sentence;
mod source;
mod span;
mod summary;
pub mod token;
mod turn;
mod unattributed;
pub mod utf16;
mod vocab;
mod words;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use model::*;
pub use report::Report;
pub use span::Span;

use std::fmt;

/// The largest input [`analyze_checked`] accepts, in bytes (32 MiB).
pub const MAX_INPUT_BYTES: usize = 32 * 1024 * 1024;

/// Why an input could not be analysed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum ErrorKind {
    TooLarge { len: usize },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            ErrorKind::TooLarge { len } => write!(
                f,
                "input is {len} bytes, over the limit of {MAX_INPUT_BYTES} bytes ({} MiB)",
                MAX_INPUT_BYTES / (1024 * 1024)
            ),
        }
    }
}

impl std::error::Error for Error {}

/// Analyses `text`: sentences, quotations, hedges, attributions, claims and a summary.
///
/// Linear in the length of `text`, and total: any string gives a result.
///
/// ```
/// let text = "The deal could collapse, an unnamed official said.";
/// let analysis = whosaid::analyze(text);
/// assert_eq!(analysis.sentences.len(), 1);
/// ```
pub fn analyze(text: &str) -> Analysis {
    let lower = text.to_ascii_lowercase();
    let doc = doc::Doc::new(text, &lower);
    let (paragraphs, sentences) = sentence::split(&doc);
    let quotes = quote::find(&doc, &paragraphs);
    let mut hedges = hedge::find(&doc, &sentences, &quotes);
    let found = attribution::find(&doc, &sentences, &quotes);
    let mut attributions = attribution::settle(&doc, found, &sentences);
    anonymity::mark(&doc, &sentences, &mut attributions);
    let claims = claim::find(&doc, &sentences, &attributions, &quotes, &hedges);
    hedge::mark_whose(text, &mut hedges, &claims, &attributions);
    let unattributed = unattributed::find(&doc, &sentences, &quotes, &attributions, &claims);
    let mut analysis = Analysis {
        paragraphs: paragraphs.iter().map(|p| p.span).collect(),
        sentences: sentences
            .iter()
            .map(|s| {
                let hedge_score = hedge::score(&hedges, s.span);
                Sentence {
                    span: s.span,
                    paragraph: s.paragraph,
                    terminated: s.terminated,
                    hedge_score,
                    hedge_level: HedgeLevel::of_score(hedge_score),
                }
            })
            .collect(),
        quotes,
        hedges,
        attributions,
        claims,
        unattributed,
        summary: Summary::default(),
    };
    summary::summarize(&doc, &mut analysis);
    analysis
}

/// Like [`analyze`], but refuses inputs over [`MAX_INPUT_BYTES`] with a clear error.
///
/// ```
/// assert!(whosaid::analyze_checked("Short text.").is_ok());
/// ```
pub fn analyze_checked(text: &str) -> Result<Analysis, Error> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(Error {
            kind: ErrorKind::TooLarge { len: text.len() },
        });
    }
    Ok(analyze(text))
}
