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
use crate::content::{content_after, starts_adjunct, PRONOUN_SUBJECTS};
use crate::doc::Doc;
use crate::quote;
use crate::sentence::SentenceInfo;
use crate::words::listed;
use crate::{model::Quote, Span};
use std::ops::Range;

/// The longest verb phrase, in tokens, read as a cue before its colon.
const MAX_PHRASE: usize = 12;

/// The longest name read as a source.
const MAX_NAME: usize = 5;

/// Words opening a clause or an adjunct before the subject, up to a comma:
/// "When the vote closed, ...", "Likewise, ...".
const OPENERS: [&str; 14] = [
    "when",
    "as",
    "after",
    "before",
    "while",
    "if",
    "even",
    "asked",
    "likewise",
    "later",
    "meanwhile",
    "instead",
    "still",
    "from",
];

/// Conjunctions standing before the subject with no comma: "Then she ...".
const JOINERS: [&str; 5] = ["but", "and", "then", "so", "yet"];

/// Determiners opening a noun phrase subject: "The letter continues:".
const DETERMINERS: [&str; 8] = ["the", "a", "an", "his", "her", "their", "its", "our"];

/// Capitalized words that open no name: "The", "This", "There".
const NOT_NAMES: [&str; 12] = [
    "the", "a", "an", "this", "that", "there", "here", "it", "what", "why", "how", "read",
];

/// The source tokens, the cue tokens (the verb phrase and its colon) and
/// the content of a quotation introduced by the clause of sentence `s`.
pub(super) fn find(
    doc: &Doc,
    s: &SentenceInfo,
    quotes: &[Quote],
) -> Option<(Range<usize>, Range<usize>, Option<Span>)> {
    let end = s.tokens.end;
    let mut first = s.tokens.start;
    let limit = end.min(first + super::SCAN);
    let colon = (first..limit).find(|&j| doc.punct(j) == Some(':'))?;
    if colon + 1 >= doc.len() {
        return None;
    }
    let q = quote::starting_at(quotes, doc.span(colon + 1).start)?;
    if listed(&JOINERS, doc.low(first)) && doc.punct(first + 1) != Some(',') {
        first += 1;
    }
    // The clause is the last one before the colon that reads as a subject
    // and a verb: after an opener ("In a radio interview that day, Ruiz
    // went on: ...") or a clause of its own ("The crowd cheers, and then
    // Ruiz continues: ..."), not inside the verb phrase ("Ruiz replied
    // firmly, with a smile: ...").
    let opening = !listed(&OPENERS, doc.low(first)) && !starts_adjunct(doc, first);
    let (source, verb) = (first..colon)
        .rev()
        .filter(|&j| doc.punct(j) == Some(','))
        .find_map(|comma| clause(doc, comma + 1, colon, quotes))
        .or_else(|| opening.then(|| clause(doc, first, colon, quotes)).flatten())?;
    let content = if colon + 1 < end {
        content_after(doc, colon + 1, s, quotes).map(|c| c.0)
    } else {
        Some(q.span)
    };
    Some((source, verb..colon + 1, content))
}

/// The subject and the first token of the verb phrase of a clause opening
/// at `first` and ending at the colon at `colon`: a pronoun or a name, then
/// a finite verb and at most [`MAX_PHRASE`] tokens, no quotation among them.
fn clause(
    doc: &Doc,
    first: usize,
    colon: usize,
    quotes: &[Quote],
) -> Option<(Range<usize>, usize)> {
    // ("..., and then Ruiz continues:")
    let mut first = first;
    while first + 1 < colon && listed(&JOINERS, doc.low(first)) {
        first += 1;
    }
    let verb = if listed(&PRONOUN_SUBJECTS, doc.low(first)) && doc.low(first) != "it" {
        first + 1
    } else if listed(&DETERMINERS, doc.low(first)) {
        // "The letter continues:", "A note in the filing adds ...":
        // the first word that reads as a verb ends the noun phrase.
        (first + 1..colon.min(first + MAX_NAME + 1))
            .find(|&j| doc.is_lower_word(j) && finite(doc, j))
            .filter(|&v| (first + 1..v).all(|j| doc.is_word(j)))?
    } else {
        let name_end = (first..colon.min(first + MAX_NAME + 1))
            .find(|&j| !doc.is_cap(j))
            .unwrap_or(colon);
        if name_end == first || listed(&NOT_NAMES, doc.low(first)) {
            return None;
        }
        name_end
    };
    let phrase = verb < colon
        && colon - verb <= MAX_PHRASE
        && doc.is_lower_word(verb)
        && finite(doc, verb)
        && (verb..colon).all(|j| quote::containing(quotes, doc.span(j)).is_none());
    phrase.then_some((first..verb, verb))
}

/// Whether token `j` reads as a finite verb: [`verb_like`], or a present
/// in "-s" ("continues", "lobbies"; not "-ss" or "-us": "address", "status").
fn finite(doc: &Doc, j: usize) -> bool {
    let w = doc.low(j);
    let present = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us");
    present || verb_like(doc, j)
}
