//! The inverted order, '"The talks failed," said Smith.': which verbs
//! invert, the source after such a cue, and the separators before it.

use super::subject::LINKS;
use super::{AUXILIARIES, SCAN, SEPARATORS, TERMINAL};
use crate::content::{rest_is_adjunct, OPENERS};
use crate::cue::CueMatch;
use crate::doc::Doc;
use crate::lexicon::CueInfo;
use crate::source;
use crate::vocab::{w, WEEKDAY};
use crate::words::listed;
use std::ops::Range;

/// Whether a verb cue may stand before its source ('"...," said Smith'):
/// verbs of saying do, but not "told", whose object is the listener, nor
/// verbs of taking a side, thinking or showing, whose object is what they
/// act on ("..., praised the plan"). On PolNeAR train whosaid's inverted
/// sources of other verbs than saying were right 6 times in 121.
pub(super) fn inverts(info: &CueInfo) -> bool {
    info.kind == crate::lexicon::CueType::Speech && info.lemma != "tell"
}

/// The source after an inverted cue ('"...," said Smith.'): the cue follows a
/// separator, and the source after it runs to the end of the clause.
pub(super) fn inverted_source(
    doc: &Doc,
    m: &CueMatch,
    c: usize,
    first: usize,
    end: usize,
) -> Option<Range<usize>> {
    // (A negated verb never inverts: "..., not declare a truce" goes on a
    // list of the subject's acts.)
    let negated = matches!(doc.id(c), w::NOT | w::NEVER);
    // (Nor does a cue that ends in its preposition: in "Ruiz, asked about
    // the levy, said ...", Ruiz was asked, and the levy is the topic.)
    let governs = m.tokens.len() > 1 && doc.is_lower_word(m.tokens.end - 1) && {
        let w = doc.low(m.tokens.end - 1);
        matches!(w, "about" | "for" | "on" | "of" | "over" | "into" | "at")
    };
    if c == first
        || negated
        || governs
        || !doc.is_punct_in(c - 1, SEPARATORS)
        || relayed_subject(doc, c, first)
    {
        return None;
    }
    // "Ada Brandt of Vermont, a Democrat, said the town deserved better",
    // "Sen. Mary Jones, chairman of the committee, said the plan ...": a
    // subject with its appositive opens the sentence (or its clause, after a
    // link word, an opening adjunct or a separator); the commas close the
    // appositive, no claim stands before them, and the cue is not inverted.
    if (doc.punct(c - 1) == Some(',') || title_closes(doc, c, first))
        && source::before(doc, c - 1, first).is_some_and(|(src, _)| {
            src.start == first
                || (src.start == first + 1 && listed(&LINKS, doc.low(first)))
                || (src.start > first + 1
                    && doc.punct(src.start - 1) == Some(',')
                    && listed(&OPENERS, doc.low(first)))
                || after_opener(doc, first, src.start)
                || doc.is_punct_in(src.start - 1, SEPARATORS)
        })
    {
        return None;
    }
    let next = m.tokens.end;
    let w = doc.low(next);
    let clause_follows = matches!(w, "that" | "to" | "it" | "how" | "what" | "whether")
        || (w == "the" && !(doc.is_word(next + 1) || doc.is_number(next + 1)));
    if clause_follows {
        return None;
    }
    let src = source::after(doc, next, end)?;
    // "said the report was wrong" is a clause, not a source.
    // (A relative clause inside an appositive may hold one: "said Nora
    // Pike, a Democrat who has not taken sides".)
    let verb = src
        .clone()
        .take_while(|&j| !matches!(doc.id(j), w::WHO | w::WHOM | w::WHOSE))
        // (A capitalized "Will" is a name: "said Will Ruiz, a professor".)
        .any(|j| listed(&AUXILIARIES, doc.low(j)) && doc.is_lower_word(j));
    if verb {
        return None;
    }
    // "said an official who spoke on condition of anonymity ...": the
    // relative clause belongs to the source and runs to the end of the
    // sentence.
    let who = if doc.punct(src.end) == Some(',') {
        src.end + 1
    } else {
        src.end
    };
    if src.end < end && doc.is(who, w::WHO) {
        return Some(src.start..to_sentence_end(doc, who + 1, end));
    }
    // '"...," said the senator, "because ..."': the quote goes on after the source.
    let quote_next = doc.punct(src.end) == Some(',') && doc.is_punct_in(src.end + 1, "\"“«");
    if rest_is_adjunct(doc, src.end, end) || quote_next {
        return Some(src);
    }
    // '"...," said Ana Ruiz, a nurse at a clinic that treats ...': after a
    // quotation, a name or a noun phrase after the cue is the source, and
    // its description runs to the end of the sentence when no quotation
    // goes on there (on PolNeAR train, 5 of 6 new cues were exact, with
    // their sources). Not a pronoun nor an object: '"...," she says he ...'.
    let last = to_sentence_end(doc, src.end, end);
    let named =
        doc.is_cap(src.start) || matches!(doc.id(src.start), w::THE | w::A | w::AN | w::ONE);
    (named
        && super::traps::after_quote_comma(doc, c, first)
        && !(src.end..last).any(|j| doc.is_punct_in(j, "\"“”«»")))
    .then_some(src.start..last)
}

/// Whether a quoted title inside the sentence closes just before the cue at
/// `c`, its comma inside the marks: 'Eva Holt, the author of “Salt Roads,”
/// said ...'. (A quote opening the sentence is speech: '“Yes, we won,” said'.)
fn title_closes(doc: &Doc, c: usize, first: usize) -> bool {
    c >= first + 2
        && doc.punct(c - 2) == Some(',')
        && crate::quote::title_opening(doc, first.max(c.saturating_sub(16)), c - 1, c)
            .is_some_and(|o| o > first && doc.is_word(o - 1))
}

/// The end of the sentence after token `from` (before `end`), less its
/// closing marks, within a scan: a megabyte with no period would otherwise
/// make every such source run to its end (quadratic output).
fn to_sentence_end(doc: &Doc, from: usize, end: usize) -> usize {
    let mut last = end.min(from + SCAN);
    while last > from && doc.is_punct_in(last - 1, TERMINAL) {
        last -= 1;
    }
    last
}

/// Whether the words from `first` to the comma before token `at` are an
/// opening adjunct ("On Sunday, ...", "In a 1963 speech, ..."), with no
/// other comma.
fn after_opener(doc: &Doc, first: usize, at: usize) -> bool {
    at > first + 1
        && doc.punct(at - 1) == Some(',')
        && (listed(&OPENERS, doc.low(first)) || doc.has(first, WEEKDAY))
        && !(first..at - 1).any(|j| doc.punct(j).is_some() && !source::title_period(doc, j))
}

/// Whether the cue at `c` follows ", citing X," or ", who ...," (so its source
/// stands before those commas, not after the cue).
fn relayed_subject(doc: &Doc, c: usize, first: usize) -> bool {
    if c == first || doc.punct(c - 1) != Some(',') {
        return false;
    }
    let open = (first.max(c.saturating_sub(SCAN))..c - 1)
        .rev()
        .find(|&j| doc.punct(j) == Some(','));
    open.is_some_and(|o| matches!(doc.id(o + 1), w::CITING | w::QUOTING | w::WHO))
}

/// The first token of the separator run ending just before token `at`.
pub(super) fn separator_start(doc: &Doc, at: usize, first: usize) -> usize {
    let mut j = at;
    while j > first && doc.is_punct_in(j - 1, SEPARATORS) {
        j -= 1;
    }
    j
}
