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
use crate::hedge::within as hedges_in;
use crate::model::{Attribution, Basis, Claim, Hedge, HedgeLevel, Quote};
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
    let covered: Vec<Span> = attributions
        .iter()
        .flat_map(|a| a.content.iter().chain(&a.more_content).copied())
        .collect();
    let covered = crate::span::merge(covered);
    let mut by_sentence = attributions.iter().enumerate().peekable();
    // The attribution whose content was the last quote, for quotes that continue it.
    let mut speaker: Option<(usize, usize)> = None; // (attribution, paragraph)
    for (index, sentence) in sentences.iter().enumerate() {
        let mut had_attribution = false;
        while let Some((a_index, a)) = by_sentence.next_if(|(_, a)| a.sentence <= index) {
            had_attribution = true;
            // The attribution's own words: "officials reportedly said".
            // ("It is believed": the empty "it" stands outside the cue.)
            let frame = match a.source {
                Some(s) => s.span.cover(a.cue),
                None => crate::unattributed::impersonal_it(doc, a.cue)
                    .map_or(a.cue, |it| it.cover(a.cue)),
            };
            // An agentless frame's claim is its whole statement, cue and all:
            // "The talks were said to center on ...".
            let joined = a.source.is_none()
                && a.more_content.first().is_some_and(|m| {
                    a.content
                        .is_some_and(|c| c.end <= a.cue.start && a.cue.end <= m.start)
                        && sentence.span.end >= m.end
                });
            // "Reuters, citing an informant, reported ...": when what is cited
            // is the source of another attribution, it is no claim of its own.
            // (The one that names it as its source stands beside it: only a
            // few neighbours are looked at, to stay linear.)
            let near = a_index.saturating_sub(4)..(a_index + 5).min(attributions.len());
            let cites_source = a.content.is_some_and(|c| {
                attributions[near]
                    .iter()
                    .any(|b| b.sentence == a.sentence && b.source.is_some_and(|s| s.span == c))
            });
            if cites_source {
                continue;
            }
            let span = match (a.content, joined) {
                (Some(c), true) => c.cover(a.more_content[0]),
                (c, _) => c.unwrap_or(a.cue),
            };
            if a.content.is_some() {
                let mut within: Vec<usize> = hedges_in(hedges, frame)
                    .chain(hedges_in(hedges, span))
                    .collect();
                within.sort_unstable();
                within.dedup();
                claims.push(claim(span, Some(a_index), a.basis(), within, index, hedges));
                for &part in &a.more_content[usize::from(joined)..] {
                    let within: Vec<usize> = hedges_in(hedges, part).collect();
                    let sentence = sentences.partition_point(|s| s.span.end <= part.start);
                    claims.push(claim(
                        part,
                        Some(a_index),
                        a.basis(),
                        within,
                        sentence,
                        hedges,
                    ));
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
        claims.push(claim(
            span,
            attribution,
            basis,
            hedges_in(hedges, span).collect(),
            index,
            hedges,
        ));
    }
    crate::span::sort_by_span(&mut claims, |c| c.span);
    claims
}

/// A claim, with its hedge score and level from the hedges that weaken it.
fn claim(
    span: Span,
    attribution: Option<usize>,
    basis: Basis,
    weakening: Vec<usize>,
    sentence: usize,
    hedges: &[Hedge],
) -> Claim {
    let hedge_score = weakening
        .iter()
        .filter_map(|&i| hedges.get(i))
        .map(|h| h.strength.doubt())
        .sum();
    Claim {
        span,
        attribution,
        basis,
        hedged: !weakening.is_empty(),
        hedges: weakening,
        hedge_score,
        hedge_level: HedgeLevel::of_score(hedge_score),
        sentence,
    }
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
