//! Cue frames beyond a lexicon verb: "To X, ...", "made the case for",
//! "was described by X as" and nouns after a possessive ("her claim that",
//! "in his criticism of", "In her view, ...").

use super::{CueForm, CueMatch};
use crate::doc::Doc;
use crate::lexicon::{CueInfo, CueType};
use crate::source;
use crate::words::{is_be, is_take, listed, ANSWERED, JUDGED};
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
    let viewers = comma == name + 1 && listed(&VIEWERS, doc.low(name));
    (comma > name && (named || viewers)).then_some(CueMatch {
        tokens: i..i + 1,
        form: CueForm::According,
    })
}

/// Adverbs between "as" and its participle: "as first reported by".
const AS_ADVERBS: [&str; 4] = ["first", "previously", "originally", "initially"];

/// "As reported by the Herald, ...", "..., as first reported by the
/// Herald.": "as", at most one adverb of [`AS_ADVERBS`], the past
/// participle of a cue verb and "by" credit the rest of the sentence to
/// the agent, the way "according to" does. The cue is the participle
/// with its adverb, as PolNeAR marks it most often; the agent is read
/// after "by" (`attribution/build.rs`). On PolNeAR train, 8 of 11 such
/// phrases are gold cues ("as required by law" has no cue verb).
pub(super) fn as_reported(doc: &Doc, i: usize, tokens: Range<usize>) -> Option<CueMatch> {
    // (The cheap test first: this is asked at every token.)
    i.checked_sub(1)
        .filter(|&a| a >= tokens.start && doc.low(a) == "as")?;
    let verb = if listed(&AS_ADVERBS, doc.low(i)) {
        i + 1
    } else {
        i
    };
    let (end, _) = crate::lexicon::lexicons()
        .cues
        .longest_at(doc, verb, tokens.end)?;
    let participle = end == verb + 1 && doc.low(verb).ends_with("ed");
    let agent_follows = doc.low(end) == "by" && end + 1 < tokens.end;
    (participle && agent_follows).then_some(CueMatch {
        tokens: i..end,
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
        .find(|&j| listed(&MADE_NOUNS, doc.low(j)))?;
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

/// Nouns of attack that "take" turns into a cue before "at": "took a
/// swipe at", "has taken frequent shots at", "took a whack at".
const TAKEN_NOUNS: [&str; 10] = [
    "shot", "shots", "swipe", "swipes", "swing", "swings", "whack", "jab", "jabs", "potshots",
];

/// "took a swipe at", "has taken frequent shots at": a form of "take", at
/// most three words and a noun of [`TAKEN_NOUNS`], then "at", a verb of
/// taking a side whose object is the content, as for "made a sharp attack
/// on" ([`made_a_case`]). Returns the end of the phrase. On PolNeAR train
/// 7 new cues, 6 exact (6 sources, 4 contents exact); "taking shots at"
/// after another's clause found no right source.
pub(super) fn took_a_shot(doc: &Doc, i: usize, limit: usize) -> Option<usize> {
    if !is_take(doc.low(i)) {
        return None;
    }
    let noun = (i + 1..limit.min(i + 5))
        .take_while(|&j| doc.is_word(j))
        .find(|&j| listed(&TAKEN_NOUNS, doc.low(j)))?;
    (noun + 1 < limit && doc.low(noun + 1) == "at").then_some(noun + 2)
}

/// "was described by aides as": a be-form, a participle, "by", the agent, then "as" or "to".
pub(super) fn agent_passive(doc: &Doc, i: usize, limit: usize) -> Option<CueMatch> {
    if !doc.may_be_be(i) || !is_be(doc.low(i)) || i + 2 >= limit {
        return None;
    }
    let mut p = i + 1;
    if doc.low(p).ends_with("ly") {
        p += 1; // "was widely described by"
    }
    if !listed(&AGENT_PARTICIPLES, doc.low(p)) || doc.low(p + 1) != "by" {
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
            reduced: false,
        },
    })
}

/// Whether the cue verb at `i` (ending at `end`) is a participle of
/// judging or answering after the noun it describes, with its agent: "a
/// plan criticized by the union", "the bill, strongly opposed by the
/// mayor,". No be-form or auxiliary stands before it (that is a passive,
/// or a verb in the perfect). The participle is one of `words::JUDGED` or
/// `words::ANSWERED`, or "opposed", which is a stance only here (5 of 6
/// such cues gold on PolNeAR train; "was opposed by" 0 of 2). On train 11
/// new cues, 8 exact (sources 7, contents 7); "supported by" (0 of 4),
/// "backed by" (2 of 6) and "embraced by" (0 of 3) stay out.
pub(super) fn reduced_judged(doc: &Doc, i: usize, end: usize, first: usize) -> bool {
    if end != i + 1 || doc.low(end) != "by" || !doc.is_word(end + 1) {
        return false;
    }
    let w = doc.low(i);
    if !(listed(&JUDGED, w) || listed(&ANSWERED, w) || w == "opposed") {
        return false;
    }
    let mut b = i;
    if b > first && doc.low(b - 1).ends_with("ly") {
        b -= 1;
    }
    if b <= first + 1 {
        return false;
    }
    let before = doc.low(b - 1);
    // ("which is then denounced by", "were both attacked by": a passive.)
    if b >= first + 2 && is_be(doc.low(b - 2)) {
        return false;
    }
    if doc.punct(b - 1) == Some(',') {
        return doc.is_word(b - 2);
    }
    doc.is_word(b - 1)
        && !is_be(before)
        && !matches!(
            before,
            "has"
                | "have"
                | "had"
                | "'s"
                | "’s"
                | "and"
                | "or"
                | "but"
                | "who"
                | "that"
                | "which"
                | "not"
                | "never"
        )
}

/// The agent of "was told by X": the words after "by", up to a clause break.
pub(crate) fn by_agent(doc: &Doc, end: usize, limit: usize) -> Option<Range<usize>> {
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

/// Prepositions before a possessive noun cue: "in his criticism of".
const PREPOSITIONS: [&str; 16] = [
    "in", "for", "of", "about", "after", "between", "by", "from", "with", "to", "over", "against",
    "on", "at", "despite", "as",
];

/// Nouns of saying or thinking that are a cue after a possessive with a
/// "that" clause: "her claim that", "the council's warning that". Each is
/// a gold cue there on PolNeAR train. (Not the plain nouns of speaking,
/// "remarks", "comments", "statement", "message": 0 of 5 right on train,
/// their "that" as often a relative; nor "belief", 0 of 2.)
const CLAIM_NOUNS: [&str; 17] = [
    "claim",
    "claims",
    "suggestion",
    "assertion",
    "insistence",
    "warning",
    "warnings",
    "contention",
    "fear",
    "fears",
    "argument",
    "assurance",
    "assurances",
    "accusation",
    "accusations",
    "conclusion",
    "complaints",
];

/// Whether the noun at `j` opens "... answer was that": a noun of
/// [`CLAIM_NOUNS`] or of answering or making a point, "is" or "was", then
/// "that".
fn copular(doc: &Doc, j: usize) -> bool {
    let noun = doc.low(j);
    (listed(&CLAIM_NOUNS, noun)
        || matches!(
            noun,
            "answer" | "response" | "point" | "view" | "impression"
        ))
        && matches!(doc.low(j + 1), "is" | "was")
        && doc.low(j + 2) == "that"
}

/// Nouns of taking a side that are a cue after a possessive with "of":
/// "his criticism of", "the union's endorsement of"; each a gold cue there
/// on PolNeAR train. ("support of" and "support for" were 3 of 23 right;
/// "critique of" added one right cue for three predictions.)
const STANCE_NOUNS: [&str; 12] = [
    "criticism",
    "criticisms",
    "endorsement",
    "embrace",
    "rejection",
    "condemnation",
    "denunciation",
    "praise",
    "assessment",
    "portrayal",
    "description",
    "view",
];

/// Whether the noun `noun` followed by `next` is a noun cue: a noun of
/// [`CLAIM_NOUNS`] before "that", of [`STANCE_NOUNS`] before "of",
/// "attacks on", or "view" and "opinion" before a comma ("In her view,").
/// Nouns that take "to", "for" or "on" were right too seldom on PolNeAR
/// train after a possessive: "plan", "decision", "refusal", "efforts",
/// "opposition", "response" to (5 of 94), "call", "support", "push",
/// "request" for (5 of 41), "stance", "position", "views" on (3 of 22),
/// "attack on" (0 of 3).
fn takes(noun: &str, next: &str) -> bool {
    match next {
        "that" => listed(&CLAIM_NOUNS, noun),
        "of" => listed(&STANCE_NOUNS, noun),
        "on" => noun == "attacks",
        "," => matches!(noun, "view" | "opinion"),
        _ => false,
    }
}

/// "her claim that ...", "the mayor's criticism of the levy": after a
/// possessive (a determiner of [`source::POSSESSIVES`] or a phrase with
/// "'s"), at most two modifiers and a noun that [`takes`] the word after
/// it. The cue runs from the modifiers to the noun, with its preposition;
/// the possessive is the source. New cues on PolNeAR train: 52 exact of
/// 75 (sources 53, contents 37), once those inside another attribution's
/// content are dropped as frames (18 wrong and 3 gold cues).
pub(super) fn nominal(doc: &Doc, i: usize, tokens: Range<usize>) -> Option<CueMatch> {
    if i <= tokens.start {
        return None;
    }
    // (The possessive first: it rules out almost every token at once.)
    let p = i - 1;
    let owner = if listed(&source::POSSESSIVES, doc.low(p)) {
        p..p + 1
    } else if matches!(doc.low(p), "'s" | "’s") {
        owner_before(doc, p, tokens.start)?
    } else {
        return None;
    };
    if !doc.is_lower_word(i) {
        return None;
    }
    // "in her criticism of", "It was his claim that", "Ruiz's claim
    // that ...": not the object of a verb, whose cue it is ("repeated his
    // claim that", 5 of 42 right on PolNeAR train against 35 of 67 here).
    let before = owner.start;
    let free = before == tokens.start
        || !doc.is_word(before - 1)
        || is_be(doc.low(before - 1))
        || listed(&PREPOSITIONS, doc.low(before - 1));
    let last = tokens.end.min(i + 3);
    let words = (i..last).take_while(|&j| doc.is_lower_word(j) && j + 2 < tokens.end);
    // "Her answer was that ...": a noun of saying, a be-form and a "that"
    // clause, with the be-form in the cue (6 of 8 right on PolNeAR train).
    if let Some(noun) = words.clone().find(|&j| copular(doc, j)) {
        return Some(CueMatch {
            tokens: i..noun + 2,
            form: CueForm::Nominal { owner },
        });
    }
    if !free {
        return None;
    }
    let noun = words
        .into_iter()
        .find(|&j| takes(doc.low(j), doc.low(j + 1)))?;
    // "In her view, ...": at the opening of a clause, the view is what
    // follows the comma.
    if doc.punct(noun + 1) == Some(',')
        && !(before > tokens.start
            && doc.low(before - 1) == "in"
            && (before - 1 == tokens.start
                || !doc.is_word(before - 2)
                || matches!(doc.low(before - 2), "but" | "and")))
    {
        return None;
    }
    let end = if matches!(doc.low(noun + 1), "that" | ",") {
        noun + 1
    } else {
        noun + 2
    };
    Some(CueMatch {
        tokens: i..end,
        form: CueForm::Nominal { owner },
    })
}

/// Words that open a sentence with a capital but start no name: "Despite
/// Ruiz's claim ...".
const NOT_NAMES: [&str; 13] = [
    "despite", "as", "after", "but", "and", "with", "for", "in", "perhaps", "yet", "so", "still",
    "instead",
];

/// The phrase that owns the possessive "'s" at `p`, with it: a name ("Ms.
/// Ruiz's", "the union's", "Team Ruiz's") or a short noun phrase from its
/// determiner ("the council's", "his father's").
fn owner_before(doc: &Doc, p: usize, first: usize) -> Option<Range<usize>> {
    let mut j = p;
    while j > first.max(p.saturating_sub(6))
        && (doc.is_cap(j - 1) || source::title_period(doc, j - 1))
    {
        j -= 1;
    }
    while j < p && listed(&NOT_NAMES, doc.low(j)) {
        j += 1;
    }
    if j < p {
        if j > first && doc.low(j - 1) == "the" {
            j -= 1;
        }
        return Some(j..p + 1);
    }
    // ("The" at the opening of a sentence has a capital.)
    let d = (first.max(p.saturating_sub(5))..p)
        .rev()
        .take_while(|&k| doc.is_lower_word(k) || k == first)
        .find(|&k| {
            matches!(doc.low(k), "the" | "a" | "an") || listed(&source::POSSESSIVES, doc.low(k))
        })?;
    Some(d..p + 1)
}
