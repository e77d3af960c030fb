//! Cue frames beyond a lexicon verb: "To X, ...", "made the case for" and
//! "was described by X as".

use super::{CueForm, CueMatch, BE};
use crate::doc::Doc;
use crate::lexicon::{CueInfo, CueType};
use crate::source;
use std::ops::Range;

/// Participles that take an agent in "was described by X as".
const AGENT_PARTICIPLES: [&str; 12] = [
    "described",
    "framed",
    "characterized",
    "characterised",
    "portrayed",
    "seen",
    "viewed",
    "regarded",
    "billed",
    "labeled",
    "labelled",
    "called",
];

/// Who a view is credited to in "To X, ...": "To many, ...", "But to others, ...".
const VIEWERS: [&str; 10] = [
    "many",
    "some",
    "others",
    "them",
    "him",
    "her",
    "me",
    "us",
    "critics",
    "supporters",
];

/// "To Ms. Alvarez, the park is a gift", "But to others, the mayor is a
/// reformer": at the opening of a sentence, "to", a name or one of
/// [`VIEWERS`] and a comma credit the rest of the sentence to that someone,
/// the way "according to" does (10 of 10 such cues are gold on PolNeAR
/// train). The cue is "To".
pub(super) fn to_someone(doc: &Doc, i: usize, tokens: Range<usize>) -> Option<CueMatch> {
    let opens = i == tokens.start
        || (i == tokens.start + 1 && matches!(doc.low(tokens.start), "but" | "and"));
    if !opens || doc.low(i) != "to" {
        return None;
    }
    let name = i + 1;
    let comma = (name..tokens.end.min(name + 5)).find(|&j| doc.punct(j) == Some(','))?;
    let phrase = name..comma;
    let named = phrase
        .clone()
        .all(|j| doc.is_cap(j) || source::title_period(doc, j));
    let viewers = comma == name + 1 && VIEWERS.contains(&doc.low(name));
    (comma > name && (named || viewers)).then_some(CueMatch {
        tokens: i..i + 1,
        form: CueForm::According,
    })
}

/// The cue of "made the case for ...", a verb of taking a side.
pub(super) const MAKE: CueInfo = CueInfo {
    kind: CueType::Stance,
    strong: false,
    clause: true,
    lemma: "make",
};

/// Nouns of saying that "make" turns into a cue: "made the case", "made no
/// mention of", "has made several statements on".
const MADE_NOUNS: [&str; 26] = [
    "case",
    "point",
    "argument",
    "arguments",
    "statement",
    "statements",
    "comment",
    "comments",
    "remark",
    "remarks",
    "mention",
    "claim",
    "claims",
    "allegation",
    "allegations",
    "reference",
    "references",
    "attack",
    "attacks",
    "call",
    "observation",
    "accusation",
    "accusations",
    "secret",
    "apologies",
    "pitch",
];

/// "made the case for", "makes no apologies for", "made a sharp attack
/// on": a form of "make", at most four words and a noun of [`MADE_NOUNS`],
/// and the preposition after it (not "to", which opens a listener or a
/// clause). Returns the end of the phrase.
pub(super) fn made_a_case(doc: &Doc, i: usize, limit: usize) -> Option<usize> {
    if !matches!(doc.low(i), "make" | "makes" | "made" | "making") {
        return None;
    }
    if !doc.is_word(i + 1) {
        return None; // "the deal was made, aides say ..."
    }
    let noun = (i + 1..limit.min(i + 6))
        .take_while(|&j| doc.is_word(j) || doc.punct(j) == Some(','))
        .find(|&j| MADE_NOUNS.contains(&doc.low(j)))?;
    let prep =
        noun + 1 < limit && matches!(doc.low(noun + 1), "for" | "about" | "of" | "against" | "on");
    // "made his remarks at a dinner": an act of speaking, not a side taken
    // (1 of 7 such cues right on train); a case or a point needs no more.
    let bare = matches!(
        doc.low(noun),
        "case" | "point" | "argument" | "arguments" | "observation" | "claim" | "claims" | "pitch"
    );
    if prep {
        Some(noun + 2)
    } else {
        (bare || doc.low(noun + 1) == "that").then_some(noun + 1)
    }
}

/// "was described by aides as": a be-form, a participle, "by", the agent, then "as" or "to".
pub(super) fn agent_passive(doc: &Doc, i: usize, limit: usize) -> Option<CueMatch> {
    if !doc.may_be_be(i) || !BE.contains(&doc.low(i)) || i + 2 >= limit {
        return None;
    }
    let mut p = i + 1;
    if doc.low(p).ends_with("ly") {
        p += 1; // "was widely described by"
    }
    if !AGENT_PARTICIPLES.contains(&doc.low(p)) || doc.low(p + 1) != "by" {
        return None;
    }
    let agent_start = p + 2;
    let stop =
        (agent_start..limit.min(agent_start + 10)).find(|&j| matches!(doc.low(j), "as" | "to"))?;
    if stop == agent_start {
        return None;
    }
    Some(CueMatch {
        tokens: i..p + 1,
        form: CueForm::Passive {
            agent: Some(agent_start..stop),
            frame: true,
        },
    })
}

/// The agent of "was told by X": the words after "by", up to a clause break.
pub(super) fn by_agent(doc: &Doc, end: usize, limit: usize) -> Option<Range<usize>> {
    if end >= limit || doc.low(end) != "by" {
        return None;
    }
    let start = end + 1;
    let mut j = start;
    while j < limit
        && j < start + 8
        && doc.punct(j).is_none()
        && !matches!(
            doc.low(j),
            "that" | "as" | "to" | "whether" | "if" | "what" | "how" | "why" | "about"
        )
        // ("accused by an aide of hiding ...": the charge.)
        && !(doc.low(j) == "of" && doc.low(j + 1).ends_with("ing"))
    {
        j += 1;
    }
    (j > start).then_some(start..j)
}
