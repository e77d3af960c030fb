//! Quotations introduced by a clause and a colon: "Ruiz went on: “We will
//! keep the clinic open.”", "Then she added a warning: “Not this year.”",
//! "The mayor issued this statement:" and, below, the quotation.
//!
//! **What it detects.** A clause with no attribution of its own (after an
//! opener such as "At a rally on Monday," or another clause: "The crowd
//! cheers, and then Ruiz continues:") that is a subject (a pronoun, a name,
//! or a determiner and a few words), a word that reads as a finite verb
//! and a few words, then a colon right before an opening quotation mark,
//! in the same paragraph or opening the next. The subject is the source,
//! the verb phrase with its colon the cue and the quotation the content.
//!
//! **Why it matters.** A verb of manner or act ("shot back", "went on",
//! "issued this statement", "pushes for a new clinic") is no reporting
//! verb by itself, but a colon before a quotation makes the clause a cue
//! all the same, and PolNeAR marks the whole verb phrase with its colon as
//! the cue (on train, of the 27 such clauses the rule reads, 16 cues are
//! exact, 24 sources and 18 contents; where it misses, gold mostly keeps
//! the verb alone and starts the content at its object: "delivered | a
//! sharp reply: ...").
//!
//! **Traps it avoids.** The subject must be followed by a word that reads
//! as a finite verb (`verb_like`, or a present in "-s"), so a label ("Full
//! text below:"), a speaker's name and colon (`headline.rs`) or a noun
//! phrase with no verb ("The statement in full:") are left alone; a verb
//! phrase longer than [`MAX_PHRASE`] tokens is a narration, not a cue. A
//! clause before or inside another attribution of the sentence is that
//! attribution's (`attribution.rs`).

use super::verb_like;
use crate::content::{personal_subject, starts_adjunct};
use crate::doc::Doc;
use crate::quote;
use crate::sentence::SentenceInfo;
use crate::source::POSSESSIVES;
use crate::words::listed;
use crate::{model::Quote, Span};
use std::ops::Range;

/// The longest verb phrase, in tokens, read as a cue before its colon.
const MAX_PHRASE: usize = 12;

/// The longest name read as a source.
const MAX_NAME: usize = 5;

/// Conjunctions standing before the subject: "Then she ...", "..., and
/// then Ruiz continues: ...".
const JOINERS: [&str; 5] = ["but", "and", "then", "so", "yet"];

/// Capitalized words that open no name, and the openers of a clause or an
/// adjunct before the subject ("When the vote closed, ...", "Likewise,"),
/// whose clause is looked for after the comma.
const NOT_NAMES: [&str; 12] = [
    "this", "that", "there", "here", "it", "what", "how", "when", "as", "after", "while", "if",
];

/// The source tokens, the cue tokens (the verb phrase and its colon) and
/// the content of a quotation introduced by the clause of sentence `s`.
pub(super) fn find(
    doc: &Doc,
    s: &SentenceInfo,
    quotes: &[Quote],
) -> Option<(Range<usize>, Range<usize>, Span)> {
    let first = s.tokens.start;
    let colon =
        (first..s.tokens.end.min(first + super::SCAN)).find(|&j| doc.punct(j) == Some(':'))?;
    if colon + 1 >= doc.len() {
        return None;
    }
    let q = quote::starting_at(quotes, doc.span(colon + 1).start)?;
    // The clause is the last one before the colon that reads as a subject
    // and a verb: after an opener ("At a rally on Monday, Ruiz went on:
    // ...") or a clause of its own ("The crowd cheers, and then Ruiz
    // continues: ..."), not inside the verb phrase ("Ruiz replied firmly,
    // with a smile: ...").
    let mut from = colon;
    while from > first {
        from -= 1;
        let start = if from == first { first } else { from + 1 };
        if from == first || doc.punct(from) == Some(',') {
            if let Some((source, verb)) = clause(doc, start, colon, quotes) {
                return Some((source, verb..colon + 1, q.span));
            }
        }
    }
    None
}

/// The subject and the first token of the verb phrase of a clause opening
/// at `first` and ending at the colon at `colon`: a pronoun, a name, or a
/// determiner and a few words ("The letter continues:"), then a finite
/// verb and at most [`MAX_PHRASE`] tokens, no quotation among them.
#[inline(never)]
fn clause(
    doc: &Doc,
    first: usize,
    colon: usize,
    quotes: &[Quote],
) -> Option<(Range<usize>, usize)> {
    let mut first = first;
    while first + 1 < colon && listed(&JOINERS, doc.low(first)) {
        first += 1;
    }
    let w = doc.low(first);
    let verb = if personal_subject(doc, first) {
        first + 1
    } else if matches!(w, "the" | "a" | "an") || listed(&POSSESSIVES, w) {
        // The first word that reads as a verb ends the noun phrase.
        (first + 1..colon.min(first + MAX_NAME + 1))
            .find(|&j| !doc.is_word(j) || doc.is_lower_word(j) && finite(doc, j))?
    } else if listed(&NOT_NAMES, w) || starts_adjunct(doc, first) {
        return None;
    } else {
        (first..colon.min(first + MAX_NAME + 1))
            .find(|&j| !doc.is_cap(j))
            .unwrap_or(colon)
    };
    let phrase = verb > first
        && verb < colon
        && colon - verb <= MAX_PHRASE
        && doc.is_lower_word(verb)
        && finite(doc, verb)
        && (verb..colon).all(|j| quote::containing(quotes, doc.span(j)).is_none());
    phrase.then_some((first..verb, verb))
}

/// Whether token `j` reads as a finite verb: [`verb_like`], or a present
/// in "-s" ("continues", "pushes"; not "-ss" or "-us": "address", "status").
#[inline(never)]
fn finite(doc: &Doc, j: usize) -> bool {
    let w = doc.low(j);
    let present = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us");
    present || verb_like(doc, j)
}
