//! Quotations introduced by a clause and a colon: "Ruiz went on: “We will
//! keep the clinic open.”", "Then she added a caveat: “Not this year.”",
//! "The mayor released the following statement:" and, below, the quotation.
//!
//! **What it detects.** A sentence with no cue of its own whose clause
//! (after an opener such as "In a radio interview later that day,") is a
//! name or a pronoun, a finite verb and a few words, then a colon right
//! before an opening quotation mark, in the same paragraph or opening the
//! next. The name is the source, the verb phrase with its colon the cue
//! and the quotation the content.
//!
//! **Why it matters.** A verb of manner or act ("fired back", "went on",
//! "released the following statement", "lobbies for a higher wage") is no
//! reporting verb by itself, but a colon before a quotation makes the
//! clause a cue all the same, and PolNeAR marks the whole verb phrase with
//! its colon as the cue.
//!
//! **Traps it avoids.** The clause must open with a name or a pronoun and a
//! word that reads as a finite verb (`verb_like`), so a label ("Partial
//! transcript as follows:"), a speaker's name and colon (`headline.rs`) or
//! a noun phrase ("The Vermont senator emailed ...", where "senator" is no
//! verb) are left alone; a verb phrase longer than [`MAX_PHRASE`] words is
//! a narration, not a cue.

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
    // (An opener up to its comma: "In a radio interview that day, Ruiz
    // went on: ...".)
    let opening = (!listed(&OPENERS, doc.low(first)) && !starts_adjunct(doc, first))
        .then(|| clause(doc, first, colon, quotes))
        .flatten();
    let (source, verb) = match opening {
        Some(found) => found,
        None => {
            let comma = (first..colon).find(|&j| doc.punct(j) == Some(','))?;
            clause(doc, comma + 1, colon, quotes)?
        }
    };
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
    let verb = if listed(&PRONOUN_SUBJECTS, doc.low(first)) && doc.low(first) != "it" {
        first + 1
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
        && verb_like(doc, verb)
        && (verb..colon).all(|j| quote::containing(quotes, doc.span(j)).is_none());
    phrase.then_some((first..verb, verb))
}
