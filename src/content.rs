//! Content bounds: where the claim of an attribution starts and ends.
//!
//! **What it finds.** The content before a cue (the quotation that closes
//! just before it, or the clause from the start of the sentence), the
//! content after it (a quotation, a "that" clause, the rest of the clause up
//! to a participle, "; ", "citing", a new predicate of the source or the
//! writer's ", who ..." on someone the claim names (", which ..." after an
//! object), or to the comma that
//! closes an opening subordinate clause: "While X says A, ..."), the
//! question of "asked", the one asked or urged ("urged the board to ..."),
//! the listener of "told", the object of a stance verb,
//! and the subject and complement of an agentless frame. Where a content
//! stops inside its sentence (a remark, the subject's next act, the main
//! clause after an opening subordinate one) is asked of `clause_end.rs`.
//!
//! **Why it matters.** The content is the claim a reader weighs; a content
//! that runs into the next clause credits the source with words it never
//! said.
//!
//! **Traps it avoids.** Listeners ("told reporters"), adjuncts ("said on
//! Friday", "has said for years that", "declared in the spin room, '...'"),
//! linking words ("In contrast,") and a frame's own cue stay out of the
//! content; a quotation that is the subject of the claim ('said "local
//! forces" must lead') and "what" standing for the claim ("what she called
//! 'a scam'") stay in. Every scan is bounded ([`SCAN`], [`MAX_CONTENT`]) so the
//! analysis stays linear on text with no sentence breaks.
//!
//! **Where.** This file holds what the parts share: the adjuncts of a cue
//! ([`starts_adjunct`], [`rest_is_adjunct`]), the pronoun subjects and verb
//! forms that mark a clause, and the bound [`MAX_CONTENT`]. The content
//! before a cue, a sentence's body and a frame's subject are in
//! `content/before.rs`; the content after a cue and where it stops, in
//! `content/after.rs`; the content after a reporting verb (its listener,
//! adjuncts and whether a weak verb has a clear content), in
//! `content/verb.rs`; the listener of "told" and the question of "asked",
//! in `content/listener.rs`.

use crate::attribution::{CLOSE_QUOTES, SCAN, TERMINAL};
use crate::doc::Doc;
use crate::vocab::{w, ADJUNCT_START, CLAUSE_VERB, PRONOUN_SUBJECT, WEEKDAY};
use crate::words::listed;

mod after;
mod before;
mod listener;
mod verb;
pub(crate) use after::{cited_phrase, content_after, in_open_quote, intends};
pub(crate) use before::{
    body_start, content_before, frame_subject, only_opener, sentence_body, OPENERS,
};
pub(crate) use listener::{asked_question, listener, QUESTION_WORDS};
pub(crate) use verb::content_after_verb;

/// The most tokens a content takes from a sentence, quotations aside. A real
/// sentence is shorter; the bound keeps the output linear when a megabyte with
/// no period holds a thousand cues.
pub(crate) const MAX_CONTENT: usize = 160;

/// Words that open an adjunct after a cue: "said on Tuesday", "said in a statement".
pub(crate) const ADJUNCT_STARTS: [&str; 22] = [
    "on",
    "in",
    "at",
    "during",
    "last",
    "this",
    "late",
    "early",
    "earlier",
    "yesterday",
    "today",
    "tonight",
    "to",
    "after",
    "before",
    "while",
    "when",
    "via",
    "through",
    "repeatedly",
    "again",
    "privately",
];

/// Whether token `i` opens an adjunct: "on Tuesday", "in a statement",
/// "Friday", and "of" after "said" ('"It is over," she said of the levy',
/// 'said of the mayor: "..."'): the topic of a remark, never its claim (on
/// PolNeAR train gold starts no content with that "of").
pub(crate) fn starts_adjunct(doc: &Doc, i: usize) -> bool {
    doc.has(i, ADJUNCT_START | WEEKDAY)
        || doc.is(i, w::OF)
            && i > 0
            && matches!(doc.id(i - 1), w::SAID | w::SAYS | w::SAY | w::SAYING)
}

/// Whether token `i` opens an adjunct of the cue before its content:
/// "said on Tuesday that", "has said for years that", "said over the weekend".
fn cue_adjunct(doc: &Doc, i: usize) -> bool {
    starts_adjunct(doc, i) || matches!(doc.id(i), w::FOR | w::OVER | w::THROUGHOUT | w::FROM)
}

/// Pronouns that open a new clause after "and": "..., and she accused".
pub(crate) const PRONOUN_SUBJECTS: [&str; 6] = ["he", "she", "they", "we", "i", "it"];

/// Whether token `i` is a subject pronoun for a person or a group ("she",
/// "they"): one of [`PRONOUN_SUBJECTS`] but "it", which may stand for a
/// thing or for nothing ("it seems").
pub(crate) fn personal_subject(doc: &Doc, i: usize) -> bool {
    doc.has(i, PRONOUN_SUBJECT) && !doc.is(i, w::IT)
}

/// Whether what follows a cue is only an adjunct ("on Tuesday", "in a
/// statement", ", adding ..."), so the content must lie before it. A
/// clause after the adjunct is a claim ("said on Tuesday the levy was too
/// high"): reading it as an adjunct took the sentence's opener ("In
/// March,") for the content. A spaced dash closes the cue's clause as a
/// period does ("the levy will pass, aides believe — but not soon"): on
/// PolNeAR train 5 more cues, 4 exact with their sources, 3 contents.
pub(crate) fn rest_is_adjunct(doc: &Doc, from: usize, end: usize) -> bool {
    // A straight mark touching the word after it opens a quotation: 'said "county crews" must'.
    let opens = doc.punct(from) == Some('"') && from + 1 < end && !doc.space_before(from + 1);
    if from >= end
        || doc.is_punct_in(from, TERMINAL)
        || (doc.is_punct_in(from, CLOSE_QUOTES) && !opens)
        || doc.is_spaced_dash(from)
    {
        return true;
    }
    if doc.punct(from) == Some(',') {
        return !matches!(doc.id(from + 1), w::THAT) && !doc.is_punct_in(from + 1, "\"“«");
    }
    if !starts_adjunct(doc, from) {
        return false;
    }
    // The adjunct runs to a comma ("at the time, adding that ..."), and what
    // follows the comma is judged as after a comma.
    let limit = end.min(from + SCAN);
    // A clause after the adjunct is the claim, though no "that" opens it
    // ("said on Tuesday the levy was too high", "said this was the only
    // chance"), unless a relative or subordinate clause inside the adjunct
    // holds the verb ("said at a rally where she was cheered").
    let clause_verb = |j: usize| {
        doc.has(j, CLAUSE_VERB) && !(from..j).any(|k| listed(&ADJUNCT_CLAUSE_OPENERS, doc.low(k)))
    };
    let claim_word = |j: usize| doc.is(j, w::THAT) || doc.is_punct_in(j, "\"“«:") || clause_verb(j);
    match (from..limit).find(|&j| doc.punct(j) == Some(',') || doc.is_punct_in(j, TERMINAL)) {
        None => !(from..limit).any(claim_word),
        Some(stop) => {
            !(from..stop).any(claim_word)
                && (doc.punct(stop) != Some(',') || rest_is_adjunct(doc, stop, end))
        }
    }
}

/// Words that open a clause inside an adjunct of the cue: "said at a rally
/// where she was cheered", "said after the vote was counted".
const ADJUNCT_CLAUSE_OPENERS: [&str; 14] = [
    "where", "who", "whom", "which", "when", "while", "after", "before", "as", "because", "since",
    "if", "until", "once",
];

/// Verb forms that mark a clause: "the deal was off", "prices will rise".
pub(crate) const CLAUSE_VERBS: [&str; 24] = [
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could",
    "can", "should", "may", "might", "must", "do", "does", "did", "'s", "’s", "wo", "ca",
];
