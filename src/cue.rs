//! Attribution cues: the words that credit a claim to someone.
//!
//! **What it detects.** Reporting verbs from `lexicon/cues.txt` ("said",
//! "told", "reported", "noted", "framed", "cited"), the phrase "according to",
//! passives with and without an agent ("was described by aides as", "is said
//! to", "it is understood"), and "was quoted as saying".
//!
//! **Why it matters.** The cue is the hinge of an attribution: the source
//! stands on one side of it and the claim on the other.
//!
//! **Traps it avoids.** Cue words inside a quotation belong to the speaker, not
//! the article, and are left alone. Weak verbs ("added", "noted", "states")
//! are kept only when the attribution module finds a clear content for them.

use crate::doc::Doc;
use crate::lexicon::{lexicons, CueInfo};
use crate::model::Quote;
use crate::quote;
use std::ops::Range;

/// How a cue credits its claim.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum CueForm {
    /// An active reporting verb: "said", "told", "was quoted as saying".
    Verb(CueInfo),
    /// A passive reporting verb whose subject is not the source: "was told",
    /// "was described as", "is said to", "it is understood". `agent` holds the
    /// tokens of "by X" when there is one; `frame` is true when the whole
    /// sentence is the claim ("the call was described as productive") rather
    /// than what follows the cue ("it is understood that ...").
    Passive {
        agent: Option<Range<usize>>,
        frame: bool,
    },
    /// "according to".
    According,
}

/// One cue found in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct CueMatch {
    pub tokens: Range<usize>,
    pub form: CueForm,
}

const BE: [&str; 7] = ["is", "are", "was", "were", "been", "being", "be"];

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

/// Finds the cues of the sentence `tokens`.
pub(crate) fn find(doc: &Doc, tokens: Range<usize>, quotes: &[Quote]) -> Vec<CueMatch> {
    let lex = lexicons();
    let quotes = quote::around(quotes, doc, tokens.clone());
    let mut cues = Vec::new();
    let mut i = tokens.start;
    while i < tokens.end {
        if quote::containing(quotes, doc.span(i)).is_some_and(|q| q.span.start < doc.span(i).start)
        {
            i += 1;
            continue;
        }
        if let Some(m) = agent_passive(doc, i, tokens.end) {
            i = m.tokens.end;
            cues.push(m);
            continue;
        }
        let agentless = lex
            .agentless
            .longest_at(doc, i, tokens.end)
            .map(|(end, _)| end);
        let verb = lex.cues.longest_at(doc, i, tokens.end);
        // "to be viewed as", "being described as": a frame no one is credited with.
        let generic = || {
            doc.low(i) == "being"
                || (doc.low(i) == "be" && i > tokens.start && doc.low(i - 1) == "to")
                // "officials reportedly said": the verb is the cue.
                || (doc.low(i) == "reportedly"
                    && lex.cues.longest_at(doc, i + 1, tokens.end).is_some())
        };
        match (agentless.filter(|_| !generic()), verb) {
            (Some(a), v) if v.is_none_or(|(e, _)| a >= e) => {
                let frame = doc.low(i) != "it";
                // The cue is the verb group with "as" ("is seen as", as PolNeAR marks
                // it two times in three), but not "to" ("is expected").
                let cue_end = if a > i + 1 && doc.low(a - 1) == "to" {
                    a - 1
                } else {
                    a
                };
                // "It is believed": the cue leaves out the empty "it", as
                // PolNeAR marks it (19 times in 22 on train).
                let cue_start = if frame { i } else { i + 1 };
                cues.push(CueMatch {
                    tokens: cue_start..cue_end,
                    form: CueForm::Passive { agent: None, frame },
                });
                i = a;
            }
            (_, Some((end, info)))
                if !(end == i + 1
                    && doc.low(i).ends_with("ed")
                    && doc.low(i) != "asked"
                    && doc.low(end) == "by") =>
            {
                // ("sources cited by the Journal" is a relay inside a source, not a cue.)
                let form = if info.lemma == "according to" {
                    CueForm::According
                } else if is_passive(doc, i, end, tokens.start) {
                    let agent = by_agent(doc, end, tokens.end);
                    CueForm::Passive {
                        agent,
                        frame: false,
                    }
                } else {
                    CueForm::Verb(*info)
                };
                let (start, end) = match &form {
                    CueForm::Passive { .. } if BE.contains(&doc.low(i - 1)) => (i - 1, end),
                    CueForm::Passive { .. } => (i - 2, end),
                    CueForm::Verb(info) => verb_group(doc, i, end, info, tokens.start, tokens.end),
                    CueForm::According => (i, end),
                };
                cues.push(CueMatch {
                    tokens: start..end,
                    form,
                });
                i = end;
            }
            _ => i += 1,
        }
    }
    cues
}

/// Words of the verb group that belong to the cue when they stand right
/// before the verb: "has said", "also noted", "has repeatedly argued", "did
/// not respond to", "would say".
const AUXILIARIES: [&str; 27] = [
    "has",
    "have",
    "had",
    "also",
    "later",
    "now",
    "repeatedly",
    "previously",
    "publicly",
    "again",
    "still",
    "often",
    "once",
    "already",
    "not",
    "n't",
    "n’t",
    "never",
    "did",
    "does",
    "do",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
];

/// Adverbs with no "-ly" that belong to a verb group: "first reported".
const ADVERBS: [&str; 18] = [
    "first",
    "then",
    "just",
    "even",
    "initially",
    "further",
    "ever",
    "since",
    "soon",
    "long",
    "must",
    "should",
    "shall",
    "always",
    "cannot",
    "seldom",
    "having",
    "ca",
];

/// Words in "-ly" that are no adverbs of a verb group: "the family said".
const NOT_ADVERBS: [&str; 12] = [
    "only", "family", "early", "rally", "supply", "apply", "reply", "daily", "weekly", "monthly",
    "likely", "ally",
];

/// Extends a verb cue over its verb group, as the PolNeAR guidelines mark it:
/// auxiliaries and adverbs before it ("has also said"), a colon right after
/// it ("said:"), the particle of "called for"/"called on", and after a
/// verb of saying, "about" and "in a statement" (on PolNeAR train, annotators
/// take them in about two times out of three). Returns the new token range.
fn verb_group(
    doc: &Doc,
    i: usize,
    end: usize,
    info: &CueInfo,
    first: usize,
    limit: usize,
) -> (usize, usize) {
    let mut start = i;
    let ing = doc.low(i).ends_with("ing");
    while start > first {
        let w = doc.low(start - 1);
        // "is saying", "isn’t saying", "’s not saying", "were still saying".
        let progressive = ing
            && (matches!(
                w,
                "is" | "are" | "was" | "were" | "'s" | "’s" | "'re" | "’re"
            ) || (matches!(w, "not" | "n't" | "n’t")
                && start - 1 > first
                && matches!(
                    doc.low(start - 2),
                    "is" | "are" | "was" | "were" | "'s" | "’s" | "'re" | "’re"
                )));
        // "has long argued", "quickly denied": annotators take an adverb
        // before the verb into the cue nine times in ten (PolNeAR train).
        // A hedge stays out of it: "reportedly said" is the writer's hedge.
        let adverb = ((w.ends_with("ly")
            && w.len() > 4
            && doc.is_lower_word(start - 1)
            && !NOT_ADVERBS.contains(&w))
            || ADVERBS.contains(&w))
            && lexicons()
                .hedges
                .longest_at(doc, start - 1, start)
                .is_none();
        if AUXILIARIES.contains(&w) || progressive || adverb {
            start -= 1;
        } else {
            break;
        }
    }
    let mut end = end;
    let speech = matches!(info.lemma, "say" | "ask" | "write" | "tell");
    if speech && end < limit && doc.low(end) == "about" {
        end += 1; // "asked about", "said about": annotators mostly take the particle
    } else if speech
        && end + 2 < limit
        && doc.low(end) == "in"
        && doc.low(end + 1) == "a"
        && doc.low(end + 2) == "statement"
    {
        end += 3; // "said in a statement", as annotators mostly mark it
    }
    let colon = doc.punct(end) == Some(':');
    let particle = info.lemma == "called" && matches!(doc.low(end), "for" | "on");
    if end < limit && (colon || particle) {
        end += 1;
    }
    (start, end)
}

/// Whether the one-word verb at `i` is a passive participle ("was told").
fn is_passive(doc: &Doc, i: usize, end: usize, first: usize) -> bool {
    // "was not discussed", "were widely praised".
    let be = |j: usize| BE.contains(&doc.low(j));
    let adverb = |j: usize| {
        matches!(doc.low(j), "not" | "n't" | "n’t" | "never" | "also") || doc.low(j).ends_with("ly")
    };
    end == i + 1
        && i > first
        && (be(i - 1) || (i > first + 1 && adverb(i - 1) && be(i - 2)))
        && !doc.low(i).ends_with("ing")
        && doc.low(i).ends_with(['d', 'n', 't'])
}

/// "was described by aides as": a be-form, a participle, "by", the agent, then "as" or "to".
fn agent_passive(doc: &Doc, i: usize, limit: usize) -> Option<CueMatch> {
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
fn by_agent(doc: &Doc, end: usize, limit: usize) -> Option<Range<usize>> {
    if end >= limit || doc.low(end) != "by" {
        return None;
    }
    let start = end + 1;
    let mut j = start;
    while j < limit
        && j < start + 8
        && doc.punct(j).is_none()
        && !matches!(doc.low(j), "that" | "as" | "to")
    {
        j += 1;
    }
    (j > start).then_some(start..j)
}
