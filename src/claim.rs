//! Claims: every statement the article makes, and what it rests on.
//!
//! **What it finds.** One claim per attributed content, and one per sentence
//! that no content covers. A sentence inside a quotation that continues a
//! speaker's earlier quote (the next sentence or paragraph of the same
//! speech) rests on that speaker. Everything else is the outlet's own
//! reporting. Short lines with no final punctuation (a byline, "Previous
//! Article") are not claims.
//!
//! **Why it matters.** This is what the page highlights: a hedged statement,
//! an anonymous-source statement, a claim that floats free of any source.

use crate::doc::Doc;
use crate::model::{Attribution, Basis, Claim, Hedge, Quote};
use crate::quote;
use crate::sentence::SentenceInfo;
use crate::Span;

/// Finds the claims, in order of their start.
pub(crate) fn find(
    doc: &Doc,
    sentences: &[SentenceInfo],
    attributions: &[Attribution],
    quotes: &[Quote],
    hedges: &[Hedge],
) -> Vec<Claim> {
    let mut claims = Vec::new();
    // Spans of attributed contents, to know which sentences they cover.
    let mut covered: Vec<Span> = attributions
        .iter()
        .flat_map(|a| a.content.iter().chain(&a.more_content).copied())
        .collect();
    covered.sort_unstable();
    let covered = merge(covered);
    let mut by_sentence = attributions.iter().enumerate().peekable();
    // The attribution whose content was the last quote, for quotes that continue it.
    let mut speaker: Option<(usize, usize)> = None; // (attribution, paragraph)
    for (index, sentence) in sentences.iter().enumerate() {
        let mut had_attribution = false;
        while let Some((a_index, a)) = by_sentence.next_if(|(_, a)| a.sentence <= index) {
            had_attribution = true;
            // The attribution's own words: "officials reportedly said".
            let frame = a.source.map_or(a.cue, |s| s.span.cover(a.cue));
            let span = a.content.unwrap_or(a.cue);
            if a.content.is_some() {
                let mut within: Vec<usize> = hedges_in(hedges, frame)
                    .chain(hedges_in(hedges, span))
                    .collect();
                within.sort_unstable();
                within.dedup();
                claims.push(Claim {
                    span,
                    attribution: Some(a_index),
                    basis: a.basis(),
                    hedged: !within.is_empty(),
                    hedges: within,
                    sentence: index,
                });
                for &part in &a.more_content {
                    let within: Vec<usize> = hedges_in(hedges, part).collect();
                    let sentence = sentences.partition_point(|s| s.span.end <= part.start);
                    claims.push(Claim {
                        span: part,
                        attribution: Some(a_index),
                        basis: a.basis(),
                        hedged: !within.is_empty(),
                        hedges: within,
                        sentence,
                    });
                }
            }
            if a.content
                .is_some_and(|c| quote::containing(quotes, c).is_some())
            {
                speaker = Some((a_index, sentence.paragraph));
            }
        }
        if had_attribution || is_covered(&covered, sentence.span) {
            continue;
        }
        if !sentence.terminated && word_count(doc, sentence) < 4 {
            continue;
        }
        let span = sentence.span;
        let continues = speaker.filter(|&(_, paragraph)| {
            sentence.paragraph <= paragraph + 1
                && quote::containing(quotes, trim_quote_marks(doc, span)).is_some()
        });
        let (attribution, basis) = match continues {
            Some((a, _)) => (Some(a), attributions[a].basis()),
            None => (None, Basis::Outlet),
        };
        claims.push(Claim {
            span,
            attribution,
            basis,
            hedged: hedges_in(hedges, span).next().is_some(),
            hedges: hedges_in(hedges, span).collect(),
            sentence: index,
        });
    }
    claims.sort_by_key(|c| (c.span.start, c.span.end));
    claims
}

/// Indexes of the hedges inside `span` (hedges are in order and never overlap).
fn hedges_in(hedges: &[Hedge], span: Span) -> std::ops::Range<usize> {
    let first = hedges.partition_point(|h| h.span.start < span.start);
    let end = first + hedges[first..].partition_point(|h| h.span.end <= span.end);
    first..end
}

/// Merges sorted spans into disjoint ones, in order (contents may nest or overlap).
fn merge(sorted: Vec<Span>) -> Vec<Span> {
    let mut merged: Vec<Span> = Vec::with_capacity(sorted.len());
    for span in sorted {
        match merged.last_mut() {
            Some(last) if span.start <= last.end => last.end = last.end.max(span.end),
            _ => merged.push(span),
        }
    }
    merged
}

/// Whether attributed contents (merged, disjoint, in order) cover most of `span`.
fn is_covered(covered: &[Span], span: Span) -> bool {
    let i = covered.partition_point(|c| c.end <= span.start);
    let shared: usize = covered[i..]
        .iter()
        .take_while(|c| c.start < span.end)
        .map(|c| c.end.min(span.end).saturating_sub(c.start.max(span.start)))
        .sum();
    shared * 2 > span.len()
}

/// A sentence span without the quotation marks at its edges.
fn trim_quote_marks(doc: &Doc, span: Span) -> Span {
    let text = &doc.text[span];
    let inner = text.trim_matches(|c: char| "\"“”«»„".contains(c) || c.is_whitespace());
    let start = span.start
        + (text.len()
            - text
                .trim_start_matches(|c: char| "\"“”«»„".contains(c) || c.is_whitespace())
                .len());
    Span::new(start, start + inner.len())
}

fn word_count(doc: &Doc, sentence: &SentenceInfo) -> usize {
    sentence
        .tokens
        .clone()
        .filter(|&i| doc.is_word(i) || doc.is_number(i))
        .count()
}
