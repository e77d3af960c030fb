//! The listener of "told" ("told reporters", "told the Journal", "told a
//! crowd they ...") and the question of an opening "Asked" ("Asked by
//! reporters whether ...").

use crate::doc::Doc;
use crate::vocab::w;
use crate::words::listed;
use std::ops::Range;

/// Verbs whose object is a listener, skipped before the content: "told reporters that".
pub(super) const LISTENER_VERBS: [&str; 7] =
    ["tell", "ask", "assure", "remind", "warn", "urge", "promise"];

/// Words that are a listener on their own after a verb of telling: "told
/// reporters", "assured them".
const LISTENERS: [&str; 12] = [
    "him",
    "her",
    "them",
    "me",
    "us",
    "you",
    "reporters",
    "journalists",
    "lawmakers",
    "supporters",
    "viewers",
    "listeners",
];

/// Words that open the question of "asked": "asked whether ...".
pub(crate) const QUESTION_WORDS: [&str; 12] = [
    "whether", "if", "what", "how", "why", "who", "when", "about", "to", "which", "whom", "where",
];

/// The start of the question after an opening "Asked", past an adverb and
/// a "by X" or "on Fox News" adjunct, and the tokens of the asker after "by".
pub(crate) fn asked_question(
    doc: &Doc,
    from: usize,
    end: usize,
) -> Option<(usize, Option<Range<usize>>)> {
    if from > 0 && from < end && doc.is(from - 1, w::ABOUT) {
        return Some((from, None)); // "Asked about her vote, ..."
    }
    let mut j = from;
    let mut agent = None;
    if doc.low(j).ends_with("ly") {
        j += 1; // "Asked specifically what ..."
    }
    if matches!(doc.id(j), w::BY | w::ON | w::IN | w::DURING) {
        let by = doc.is(j, w::BY);
        let start = j + 1;
        let stop = (start..end.min(start + 8)).find(|&k| listed(&QUESTION_WORDS, doc.low(k)))?;
        if stop == start
            || (start..stop).any(|k| doc.punct(k).is_some() && !doc.is_punct_in(k, ".-"))
        {
            return None;
        }
        agent = by.then_some(start..stop);
        j = stop;
    }
    listed(&QUESTION_WORDS, doc.low(j)).then_some((j, agent))
}

/// The end of a named listener at `j`, past its place or its short form:
/// "told the Herald of Alder she ...", "told the Metro News Service (MNS)
/// that ...".
fn named_listener_end(doc: &Doc, j: usize, end: usize) -> usize {
    if j + 1 < end && doc.is(j, w::OF) && doc.is_cap(j + 1) {
        return caps_end(doc, j + 1, end.min(j + 4));
    }
    if j + 2 < end && doc.punct(j) == Some('(') && doc.punct(j + 2) == Some(')') {
        return j + 3;
    }
    j
}

/// The end of the capitalised words from `from`, before `limit`.
fn caps_end(doc: &Doc, from: usize, limit: usize) -> usize {
    (from..limit).find(|&e| !doc.is_cap(e)).unwrap_or(limit)
}

/// The end of a listener whose name ends at `j` before a possessive:
/// "told Metro's Ana Ruiz", "told WXRT's \"Morning Desk\"". The owned name
/// or quoted title is part of the listener; `j` when none follows.
fn possessed(doc: &Doc, j: usize, end: usize) -> usize {
    if j + 1 >= end || !matches!(doc.id(j), w::CLITIC_S | w::CURLY_CLITIC_S) {
        return j;
    }
    let k = j + 1;
    if doc.is_punct_in(k, "\"“") {
        // A title: up to its closing mark, a few words on.
        return (k + 1..end.min(k + 10))
            .find(|&c| doc.is_punct_in(c, "\"”"))
            .map_or(j, |c| c + 1);
    }
    let e = caps_end(doc, k, end.min(k + 4));
    if e > k {
        e
    } else {
        j
    }
}

/// The listener after "told": a pronoun, "reporters", or a short name ("the Journal", "CNN").
pub(crate) fn listener(doc: &Doc, p: usize, end: usize) -> Option<Range<usize>> {
    if p >= end {
        return None;
    }
    if listed(&LISTENERS, doc.low(p)) {
        return Some(p..p + 1);
    }
    let mut j = p;
    if doc.is(j, w::THE) {
        j += 1;
    }
    let run = j;
    while j < end && j < run + 5 && doc.is_cap(j) {
        j += 1;
    }
    if j > run {
        return Some(p..named_listener_end(doc, possessed(doc, j, end), end));
    }
    // "asked workers if ...", "urged the congregation to stand", "told a
    // crowd they ...".
    let mut k = p;
    if matches!(
        doc.id(k),
        w::THE | w::HIS | w::HER | w::THEIR | w::ITS | w::OUR | w::ALL | w::A | w::AN
    ) {
        k += 1;
    }
    let words = k;
    // "told his audience they would ...": a clause's subject ends the listener.
    let subject = |k: usize| super::personal_subject(doc, k);
    while k < end
        && k < words + 3
        && doc.is_lower_word(k)
        && !listed(&QUESTION_WORDS, doc.low(k))
        && !doc.is(k, w::THAT)
        && !subject(k)
    {
        k += 1;
    }
    let opens = listed(&QUESTION_WORDS, doc.low(k)) || doc.is(k, w::THAT) || subject(k);
    if k > words && k < end && opens {
        return Some(p..k);
    }
    // A longer phrase before "whether", "if" or "that": "asked former
    // Interior Secretary Paul Odum whether ...".
    // Or before a subject pronoun: "told a union gathering in Bend she
    // would run".
    let opener = |j: usize| matches!(doc.id(j), w::WHETHER | w::IF | w::THAT) || subject(j);
    let k = (p..end.min(p + 10)).find(|&j| {
        opener(j)
            || listed(&QUESTION_WORDS, doc.low(j))
            || !(doc.is_word(j) || doc.is_number(j) || doc.is_punct_in(j, ".’'-"))
    })?;
    (k > p + 1 && opener(k)).then_some(p..k)
}
