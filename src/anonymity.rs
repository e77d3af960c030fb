//! Anonymity explained: whether the article says why a source is unnamed.
//!
//! **What it detects.** For every attribution to an anonymous source, whether
//! the article grants the anonymity openly ("spoke on condition of
//! anonymity") and gives a reason ("because they were not allowed to speak
//! for the ministry"), looking in the source phrase, its sentence and the
//! next sentence of the paragraph. Phrases are in `lexicon/anonymity.txt`.
//!
//! **Why it matters.** Newsroom standards ask that anonymity be the exception
//! and that the reader be told why it was granted; an unexplained "officials
//! said" asks for trust without saying why it is owed.
//!
//! **Traps it avoids.** A reason counts only in a sentence that grants
//! anonymity: "because" elsewhere explains nothing about the source.
//!
//! ```
//! use whosaid::Anonymity;
//! let a = whosaid::analyze(
//!     "The talks stalled, said an official who spoke on condition of anonymity because \
//!      he was not authorized to discuss them. Officials said the deal was off.",
//! );
//! let kinds: Vec<_> = a.attributions.iter().map(|at| at.source.unwrap().anonymity).collect();
//! assert_eq!(kinds, [Some(Anonymity::Explained), Some(Anonymity::Unexplained)]);
//! ```

use crate::doc::Doc;
use crate::lexicon::lexicons;
use crate::model::{Anonymity, Attribution, SourceKind};
use crate::sentence::SentenceInfo;
use std::ops::Range;

/// Sets `anonymity` on the source of every attribution to an anonymous source.
pub(crate) fn mark(doc: &Doc, sentences: &[SentenceInfo], attributions: &mut [Attribution]) {
    let lex = lexicons();
    // Per sentence: whether it grants anonymity, and whether it gives a reason.
    let mut cache: Vec<Option<Option<Anonymity>>> = vec![None; sentences.len()];
    let mut grants = |i: usize| -> Option<Anonymity> {
        *cache[i].get_or_insert_with(|| {
            let tokens: Range<usize> = sentences[i].tokens.clone();
            let granted = tokens.clone().find_map(|j| {
                lex.anonymity_granted
                    .longest_at(doc, j, tokens.end)
                    .map(|m| m.0)
            })?;
            let reason = (granted..tokens.end).any(|j| {
                lex.anonymity_reasons
                    .longest_at(doc, j, tokens.end)
                    .is_some()
            });
            Some(if reason {
                Anonymity::Explained
            } else {
                Anonymity::Granted
            })
        })
    };
    for a in attributions.iter_mut() {
        let Some(source) = a.source.as_mut() else {
            continue;
        };
        if source.effective_kind() != SourceKind::Anonymous {
            continue;
        }
        let here = a.sentence;
        let next = Some(here + 1).filter(|&n| {
            n < sentences.len() && sentences[n].paragraph == sentences[here].paragraph
        });
        let found = grants(here).or_else(|| next.and_then(&mut grants));
        source.anonymity = Some(found.unwrap_or(Anonymity::Unexplained));
    }
}
