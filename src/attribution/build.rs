//! Building one attribution from a cue match: the source and the content
//! around the cue, by the cue's form: "according to", a passive or a
//! frame, a noun after a possessive (`build/verb.rs` for a verb). A cue
//! inside an aside opened by a spaced dash has a content that ends at the
//! closing dash.

mod verb;

use super::inverted::separator_start;
use super::{Found, SCAN, TERMINAL};
use crate::content::{content_after, content_before, frame_subject, sentence_body, QUESTION_WORDS};
use crate::cue::{CueForm, CueMatch};
use crate::doc::Doc;
use crate::model::Quote;
use crate::sentence::SentenceInfo;
use crate::source;
use crate::span::Span;
use crate::vocab::{w, POSSESSIVE};
use crate::words::{listed, ANSWERED, JUDGED};
use std::ops::Range;

/// The attribution of the cue `m` in sentence `s` (number `index`), or
/// `None` when the match attributes nothing there; `earlier_source` is the
/// subject of an earlier cue of the sentence, for a verb that shares it.
pub(super) fn build(
    doc: &Doc,
    index: usize,
    s: &SentenceInfo,
    m: &CueMatch,
    quotes: &[Quote],
    earlier_source: Option<Range<usize>>,
) -> Option<Found> {
    let cue = doc.range_span(m.tokens.start, m.tokens.end);
    let f = Found {
        cue,
        source: None,
        via: None,
        content: None,
        more_content: Vec::new(),
        sentence: index,
        frame: false,
    };
    let mut f = match &m.form {
        CueForm::According => according(doc, f, m, s, quotes),
        CueForm::Passive { .. } => passive(doc, f, m, s, quotes),
        CueForm::Verb(info) => verb::build(doc, f, m, s, quotes, info, earlier_source)
            .map(|f| verb::without_time_content(doc, f)),
        CueForm::Nominal { owner } => nominal(doc, f, m, s, quotes, owner),
    }?;
    // "The senator -- backing the plan and calling for a vote -- won":
    // a cue inside an aside between dashes has a content that ends at the
    // closing dash.
    if let Some(c) = f.content.filter(|c| c.start >= cue.end) {
        if open_dash_before(doc, s, m.tokens.start, quotes) {
            f.content = Some(super::continuation::end_at_closing_dash(doc, c, quotes));
        }
    }
    Some(f)
}

/// Whether an aside opened by a spaced dash before token `cue` is still
/// open there: an odd number of spaced dashes outside quotation marks
/// between the sentence's body start (past a dateline's dash) and the cue.
fn open_dash_before(doc: &Doc, s: &SentenceInfo, cue: usize, quotes: &[Quote]) -> bool {
    let first = crate::content::body_start(doc, s).max(cue.saturating_sub(SCAN));
    (first..cue)
        .filter(|&j| {
            doc.is_spaced_dash(j) && crate::quote::containing(quotes, doc.span(j)).is_none()
        })
        .count()
        % 2
        == 1
}

/// An "according to" cue: its phrase is the source, and the claim follows
/// the phrase when it opens the sentence ("According to X, ...") or stands
/// before it ("..., according to X.").
fn according(
    doc: &Doc,
    mut f: Found,
    m: &CueMatch,
    s: &SentenceInfo,
    quotes: &[Quote],
) -> Option<Found> {
    let first = s.tokens.start;
    let end = s.tokens.end;
    // ("As reported by the Herald, ...": the agent follows "by".)
    let by = doc.is(m.tokens.end, w::BY);
    let mut phrase = source::after_according(doc, m.tokens.end + usize::from(by), end)?;
    let phrase_end = phrase.end;
    let cue_start = m.tokens.start.saturating_sub(usize::from(by)).max(first);
    if after_that(doc, cue_start, first) {
        return None;
    }
    let lead = (first..cue_start).all(|j| {
        doc.punct(j).is_some()
            || matches!(
                doc.id(j),
                w::BUT | w::AND | w::YET | w::ALSO | w::HOWEVER | w::SO
            )
    });
    if !lead {
        // "..., according to Lena Ortiz, an analyst at Harlow Data."
        phrase.end = source::closing_appositive(doc, phrase.end, end);
    }
    f.content = if lead {
        // "According to exit polls conducted by Harlow Data for the
        // papers, most voters ...": the claim starts after the comma
        // that closes the opening phrase, however long the phrase.
        let from = if doc.is_punct_in(phrase_end, ",\"“«") {
            phrase_end
        } else {
            (phrase_end..end.min(phrase_end + SCAN))
                .find(|&j| doc.is_punct_in(j, ",\"“«;:") || doc.is_punct_in(j, TERMINAL))
                .filter(|&j| doc.punct(j) == Some(','))
                .map_or(phrase_end, |j| j + 1)
        };
        content_after(doc, from, s, quotes).map(|c| c.0)
    } else {
        content_before(doc, separator_start(doc, cue_start, first), s, quotes)
    };
    f.credit(doc, phrase, None);
    Some(f)
}

/// Whether "according to" at `cue_start` opens the "that" clause of
/// another cue, with or without a comma between ("officials said that,
/// according to the audit, the fund is short"): the phrase is part of the
/// outer claim, and PolNeAR marks no attribution of its own (on train 2
/// such phrases, neither gold, and the outer cue was lost to them).
fn after_that(doc: &Doc, cue_start: usize, first: usize) -> bool {
    let mut j = cue_start;
    if j > first && doc.punct(j - 1) == Some(',') {
        j -= 1;
    }
    j > first + 1 && doc.is(j - 1, w::THAT) && doc.is(cue_start, w::ACCORDING)
}

/// A passive cue ("was told", "is said to", "was asked whether ..."): the
/// agent of "by", when there is one, is the source; a frame's claim is its
/// subject ("The call was described as tense"), another's what follows the
/// cue, if a clause, a question or a quotation follows it. A passive of
/// judging ("was widely criticized for ...") credits a stance toward its
/// subject, the content, with what follows "for" or "as"; so does a passive
/// of answering with its agent ("was rejected by the union"), whose agent
/// ends before what the subject was judged for ("by rivals for ...").
/// A participle of judging after its noun ("a plan criticized by the
/// union") credits the stance toward that noun ([`noun_before`]).
fn passive(
    doc: &Doc,
    mut f: Found,
    m: &CueMatch,
    s: &SentenceInfo,
    quotes: &[Quote],
) -> Option<Found> {
    let CueForm::Passive {
        agent,
        frame,
        reduced,
    } = &m.form
    else {
        return None;
    };
    let (frame, reduced) = (*frame, *reduced);
    let end = s.tokens.end;
    if let Some(agent) = agent.clone() {
        f.credit(doc, agent, None);
    }
    f.content = if frame {
        // "The call was described as tense": the claim is the subject
        // and the words after the cue (past the agent), without the cue.
        let after = agent.as_ref().map_or(m.tokens.end, |a| a.end);
        let rest = content_after(doc, after, s, quotes).map(|c| {
            if doc.is(m.tokens.start, w::REPORTEDLY) {
                c.0
            } else {
                crate::clause_end::to_first_break(doc, c.0, quotes)
            }
        });
        // "Pigs are considered unclean by some faiths": an agent after
        // the complement is the source, and leaves the claim.
        let rest = match rest.and_then(|r| late_agent(doc, m, r)) {
            Some((kept, agent)) if f.source.is_none() => {
                f.credit(doc, agent, None);
                kept
            }
            _ => rest,
        };
        match frame_subject(doc, s, m.tokens.start) {
            Some(subject) => {
                f.more_content.extend(rest);
                Some(subject)
            }
            None => rest.or_else(|| Some(sentence_body(doc, s, &m.tokens))),
        }
    } else {
        let from = f
            .source
            .as_ref()
            .map_or(m.tokens.end, |a| a.end.max(m.tokens.end));
        let it_clause = m.tokens.start > 0 && doc.is(m.tokens.start - 1, w::IT);
        // "Sanders was asked whether ...": the question is the content.
        // ("was asked about ...": the cue holds "about", cue.rs.)
        // "The mayor was asked, “Will you run?”", "was asked a
        // question about ...": so is the question quoted or named.
        let asked = doc.is(m.tokens.end - 1, w::ASKED);
        let quoted = doc.punct(from) == Some(',') && doc.is_punct_in(from + 1, "\"“«");
        let named = asked
            && matches!(doc.id(from), w::A | w::THE)
            && (from + 1..end.min(from + 5))
                .take_while(|&j| doc.is_word(j))
                .any(|j| matches!(doc.id(j), w::QUESTION | w::QUESTIONS));
        let question =
            (asked && listed(&QUESTION_WORDS, doc.low(from))) || doc.is(m.tokens.end - 1, w::ABOUT);
        if reduced
            || !(it_clause
                || question
                || named
                || (asked && quoted)
                || doc.is(from, w::THAT)
                || doc.is_punct_in(from, ":\"“«"))
        {
            // "The plan was widely criticized": a stance taken toward the
            // subject, which is its content.
            let participle = m.tokens.end - 1;
            let stance = reduced
                || listed(&JUDGED, doc.low(participle))
                || agent.is_some() && listed(&ANSWERED, doc.low(participle));
            let from = match (stance, agent) {
                (true, Some(agent)) => {
                    // (Read again past the eight words of a clause's agent:
                    // "by about two in three of the renters who ...".)
                    let phrase = source::after_according(doc, agent.start, end)
                        .unwrap_or_else(|| agent.clone());
                    let cut = agent_end(doc, phrase.start..phrase.end.max(agent.end));
                    f.credit(doc, phrase.start..cut, None);
                    cut
                }
                _ => from,
            };
            if stance {
                // (With what it was judged for or as: "was criticized for
                // the delays", which gold joins to the subject.)
                // "as" and the "for" of "blamed" go into the cue, as gold
                // takes them ("was condemned as", "were blamed for").
                f.content = Some(if reduced {
                    noun_before(doc, m.tokens.start, s.tokens.start)?
                } else {
                    frame_subject(doc, s, m.tokens.start)?
                });
                let word = doc.low(from);
                // (Not past an agent: "was derided by rivals as".)
                let particle = from == m.tokens.end
                    && (word == "as" || word == "for" && doc.is(participle, w::BLAMED));
                if particle {
                    f.cue = doc.range_span(m.tokens.start, from + 1);
                }
                // (After a noun, only "for", "as" and the "of" of a
                // charge: not "a call echoed by the mayor on Friday".)
                let judged_for = if reduced {
                    matches!(word, "for" | "as" | "of")
                } else {
                    matches!(word, "for" | "as" | "over" | "on" | "of")
                };
                if judged_for {
                    let start = if particle { from + 1 } else { from };
                    let rest = content_after(doc, start, s, quotes).map(|c| {
                        let c = crate::clause_end::to_first_break(doc, c.0, quotes);
                        // (Not the agent: "... by the union".)
                        let first = doc.token_at(c.start);
                        let stop = doc.token_at(c.end).min(end);
                        match (first + 1..stop).find(|&j| doc.is(j, w::BY)) {
                            Some(j) => doc.range_span(first, j),
                            None => c,
                        }
                    });
                    f.more_content.extend(rest);
                }
                return Some(f);
            }
            return None; // "were warned about the delays": no claim is relayed
        }
        let from = if asked && quoted { from + 1 } else { from };
        let content = content_after(doc, from, s, quotes).map(|c| c.0);
        if it_clause && agent.is_some() && content.is_none() {
            return None; // "It was mentioned by an aide on Friday": no claim
        }
        content
    };
    Some(f)
}

/// Participles of a frame that take an agent after their complement:
/// "is considered unclean by some faiths", "was viewed as a win by
/// some".
/// On PolNeAR train, 3 such frames, 2 sources and 1 more content exact.
const LATE_AGENTS: [&str; 7] = [
    "seen",
    "viewed",
    "considered",
    "regarded",
    "described",
    "labeled",
    "portrayed",
];

/// The agent of a frame's participle that follows its complement `rest`
/// ("was viewed as a win by some in the party"): "by" and a phrase, not a
/// time or a number ("by 2018"), nor the agent of another participle
/// ("a plan backed by ..."). Returns the complement without it, and the
/// agent's tokens.
fn late_agent(doc: &Doc, m: &CueMatch, rest: Span) -> Option<(Option<Span>, Range<usize>)> {
    let last = m.tokens.end - 1;
    let participle = if doc.is(last, w::AS) { last - 1 } else { last };
    if !listed(&LATE_AGENTS, doc.low(participle)) {
        return None;
    }
    let first = doc.token_at(rest.start);
    let stop = doc.token_at(rest.end);
    let by = (first + 1..stop).find(|&j| doc.is(j, w::BY))?;
    if super::verb_like(doc, by - 1) || doc.is_number(by + 1) || source::time_word(doc, by + 1) {
        return None;
    }
    // (The agent runs to the end of the complement, which ends at its
    // first break: "by roughly half of the nurses".)
    let end = (by + 1..stop).rev().find(|&j| doc.is_word(j))? + 1;
    Some((Some(doc.range_span(first, by)), by + 1..end))
}

/// Words that end a noun phrase read back from its last word: "a vote
/// *on* school budget cuts".
const NOUN_STOPS: [&str; 17] = [
    "of", "in", "on", "for", "to", "with", "at", "by", "from", "about", "into", "over", "against",
    "and", "or", "that", "which",
];

/// The noun a participle at `cue` describes ("a practice" in "a practice
/// criticized by ...", "The bill" in "The bill, opposed by ..."): the
/// words before it (or before its comma), back to a determiner within
/// five words, or else to a preposition, a conjunction or a verb.
fn noun_before(doc: &Doc, cue: usize, first: usize) -> Option<Span> {
    let last = if cue > first && doc.punct(cue - 1) == Some(',') {
        cue.checked_sub(2)?
    } else {
        cue.checked_sub(1)?
    };
    let mut start = None;
    for k in (first.max(last.saturating_sub(5))..=last).rev() {
        let w = doc.low(k);
        if !doc.is_word(k)
            || listed(&NOUN_STOPS, w)
            // (Not "'s", nor a compound: "the union-backed bill".)
            || (k < last
                && !matches!(w, "'s" | "’s")
                && !w.contains('-')
                && super::verb_like(doc, k))
        {
            break;
        }
        start = Some(k);
        if source::is_determiner(w) {
            break;
        }
    }
    start.map(|k| doc.range_span(k, last + 1))
}

/// Where the agent of a judging passive ends: before what it was judged
/// for or over ("was criticized by rivals for ..."), before a place or
/// time ("by critics on social media") and before the charge of "accused
/// by X of doing".
fn agent_end(doc: &Doc, agent: Range<usize>) -> usize {
    (agent.start + 1..agent.end)
        .find(|&j| match doc.low(j) {
            "for" | "over" | "after" | "on" | "at" | "during" | "because" | "in" => {
                !doc.is_number(j - 1)
            }
            // (Not "by groups such as ...".)
            "as" => !(agent.start..j).any(|k| doc.is(k, w::SUCH)),
            "of" => doc.low(j + 1).ends_with("ing"),
            _ => false,
        })
        .unwrap_or(agent.end)
}

/// A noun cue after a possessive ("her claim that ...", "the mayor's
/// criticism of the levy", "In her view, ...", "Their argument: ..."): the
/// possessive is the source (none for a noun with no owner, "amid
/// complaints that ..."), and the content follows the cue; after a
/// preposition it is the
/// object alone, up to a break or a verb ("the mayor's attacks on the levy
/// drew ..."). A view between commas ("The levy, in her view, is unfair")
/// takes the subject before it too.
fn nominal(
    doc: &Doc,
    mut f: Found,
    m: &CueMatch,
    s: &SentenceInfo,
    quotes: &[Quote],
    owner: &Range<usize>,
) -> Option<Found> {
    let (c, _) = content_after(doc, m.tokens.end, s, quotes)?;
    f.source = (!owner.is_empty()).then(|| owner.clone());
    if doc.punct(m.tokens.end) == Some(',') {
        // (The cue found "in" before the owner, and before it a comma.)
        let comma = owner
            .start
            .checked_sub(2)
            .filter(|&k| k > s.tokens.start && doc.punct(k) == Some(','));
        match comma.and_then(|k| frame_subject(doc, s, k)) {
            // (The words after the cue join it in `continuation.rs`.)
            Some(subject) => f.content = Some(subject),
            None => f.content = Some(c),
        }
        return Some(f);
    }
    // ("Her answer was that ...": the cue ends at the be-form; "Their
    // argument: ...": the claim runs on after the colon.)
    if doc.is(m.tokens.end, w::THAT) || doc.punct(m.tokens.end) == Some(':') {
        f.content = Some(c);
        return Some(f);
    }
    let c = crate::clause_end::to_first_break(doc, c, quotes);
    let first = doc.token_at(c.start);
    let stop = doc.token_at(c.end).min(s.tokens.end);
    // (Not the "'s" of a possessive, "her rival's record", nor a verb
    // after "to": "his attacks on her willingness to compromise".) "and"
    // before a possessive opens the owner's next act or noun: "her praise
    // of the plan and her vote for it".
    let verb = |j: usize| {
        super::verb_like(doc, j)
            && !matches!(doc.id(j), w::CLITIC_S | w::CURLY_CLITIC_S)
            && !doc.is(j - 1, w::TO)
    };
    let next_noun = |j: usize| matches!(doc.id(j), w::AND | w::BUT) && doc.has(j + 1, POSSESSIVE);
    f.content = Some(match (first + 1..stop).find(|&j| verb(j) || next_noun(j)) {
        Some(j) => doc.range_span(first, j),
        None => c,
    });
    Some(f)
}
