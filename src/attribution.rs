//! Attributions: who (source) said, through which words (cue), what (content).
//!
//! **What it detects.** For every cue the cue module finds, the source and
//! the content around it, in the orders news writing uses:
//! - direct and indirect speech: `Smith said (that) the talks failed.`;
//! - inverted order: `"The talks failed," said Smith.` and `..., the official said.`;
//! - "according to": `According to the report, ...` and `..., according to aides.`;
//! - "told" with its listener skipped: `an official told Reuters that ...`;
//! - a participle of the subject's, opening the sentence or after it:
//!   `Noting that the deficit fell, the mayor said ...`, `..., saying ...`;
//! - agentless frames, kept with no source: `The call was described as tense.`,
//!   `The plan seemed to falter.`, `The fund is reportedly spending $1m.`;
//! - relayed chains, keeping both links: `Reuters, citing an informant, said`,
//!   `sources cited by the Journal`, `..., citing officials.`
//!   and an anonymous source that `told the Journal`; "citing" is also a cue
//!   of its own (`McCain said ..., citing low growth`), as PolNeAR marks it;
//! - the other frames with their own detectors: polls (`poll.rs`) and
//!   headlines (`headline.rs`).
//!
//! Where each content starts and ends is the work of `content.rs`. Content
//! bounds follow the quotation marks when the content is a quote, so a quote
//! that runs over several sentences or paragraphs is one content.
//!
//! **Why it matters.** Attribution is what separates what the outlet asserts
//! from what it relays; each relayed claim is only as good as its source.
//!
//! **Traps it avoids.** Weak verbs ("added", "noted", "claimed") count only
//! with a clear content ("that", a quote, a colon) or in the inverted order,
//! so "added 300 jobs" is no attribution. A group mentioned as actors
//! ("talks with senior Russian officials") is never a source: sources come
//! only from the slots around a cue. A cue after "Name, appositive," is that
//! subject's verb, not an inverted cue ("Jones, 57, told the paper" does not
//! make "the paper" the source and the name the claim). A cue inside
//! another attribution's content is that source's wording, not the
//! article's ("Lee said the mayor told her ...": only "said"), as PolNeAR
//! marks only the outermost (`attribution/nesting.rs`). A cue form that is
//! as often a noun is one after a word that names no speaker ("a false
//! claim", "his offensive remarks", "a hopeful note").

use crate::content::{
    asked_question, body_start, cited_phrase, content_after, content_after_verb, content_before,
    frame_subject, rest_is_adjunct, sentence_body, CLAUSE_VERBS, OPENERS, QUESTION_WORDS,
};
use crate::cue::{self, CueForm, CueMatch};
use crate::doc::Doc;
use crate::headline;
use crate::lexicon::{lexicons, CueInfo, CueType};
use crate::model::{Attribution, Quote, Relay, Source, SourceKind};
use crate::poll;
use crate::quote;
use crate::sentence::SentenceInfo;
use crate::source;
use crate::Span;
use std::ops::Range;

mod continuation;
mod inverted;
mod nesting;
mod subject;
mod traps;
use continuation::{
    about_after_adjunct, comma_after_adjunct, continue_contents, end_of_relative, headline_clause,
    object_relative, quote_after_colon, trim_sibling, NOUN_STARTS,
};
use inverted::{inverted_source, inverts, separator_start};
use nesting::{Holder, Nested};
use subject::{
    aside_start, clause_start, dashed_aside_subject, opening_participle, participle_subject,
    sentence_subject,
};
use traps::{
    after_quote_comma, names_a_speaker, names_a_thing, not_a_call, reads_as_noun, GROUPS,
    PARTICIPLE_LEADS,
};

pub(crate) const TERMINAL: &str = ".?!…";

/// How many attributions on each side of one are checked for a content
/// holding it.
const NEAR: usize = 8;

/// How many tokens a search around a cue looks at, at most. Real clauses are
/// far shorter; the bound keeps analysis linear on a megabyte with no period.
pub(crate) const SCAN: usize = 80;

pub(crate) const CLOSE_QUOTES: &str = "\"”»";
pub(crate) const SEPARATORS: &str = ",\"”»—–:;(";

/// Auxiliary verbs: a phrase holding one is a clause, not a source.
pub(crate) const AUXILIARIES: [&str; 18] = [
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could",
    "can", "may", "might", "should", "must", "did",
];

/// An attribution before source kinds and pronouns are settled.
pub(crate) struct Found {
    pub cue: Span,
    pub source: Option<Range<usize>>,
    pub via: Option<Range<usize>>,
    pub content: Option<Span>,
    pub more_content: Vec<Span>,
    pub sentence: usize,
    /// Whether the cue is a frame or a verb other than of saying, which
    /// is dropped inside another content (see `nesting::drop_nested`).
    pub frame: bool,
}

impl Found {
    /// An attribution whose source and content a detector found whole (a
    /// poll, a headline): no relay, one content part.
    fn framed(cue: Span, source: Range<usize>, content: Option<Span>, sentence: usize) -> Found {
        Found {
            cue,
            source: Some(source),
            via: None,
            content,
            more_content: Vec::new(),
            sentence,
            frame: false,
        }
    }
}

/// Finds every attribution, sentence by sentence, then the further parts of
/// contents split around their attribution.
pub(crate) fn find(doc: &Doc, sentences: &[SentenceInfo], quotes: &[Quote]) -> Vec<Found> {
    let mut found = find_in_sentences(doc, sentences, quotes);
    continue_contents(doc, sentences, quotes, &mut found);
    nesting::drop_frames_in_continuations(found)
}

fn find_in_sentences(doc: &Doc, sentences: &[SentenceInfo], quotes: &[Quote]) -> Vec<Found> {
    let mut found = Vec::new();
    for (index, sentence) in sentences.iter().enumerate() {
        let cues = cue::find(doc, sentence.tokens.clone(), quotes);
        let first_in_sentence = found.len();
        // What each attribution of the sentence is, for the nesting check.
        let mut holders: Vec<Holder> = Vec::new();
        // A poll ("In a CNN poll, ...", "... a lead in the polls") outside quotations.
        let mut poll_last = None;
        let poll = poll::find(doc, sentence.tokens.clone(), body_start(doc, sentence))
            .filter(|(cue, ..)| quote::containing(quotes, doc.span(*cue)).is_none());
        if let Some((cue, source, place)) = poll {
            let (content, opening) = match place {
                poll::Place::Opening(from) => (
                    content_after(doc, from, sentence, quotes).map(|c| c.0),
                    true,
                ),
                poll::Place::Closing => (poll_claim(doc, cue, sentence, quotes), false),
            };
            if content.is_some() {
                let f = Found::framed(doc.span(cue), source, content, index);
                if opening {
                    found.push(f);
                    holders.push(Holder::Saying);
                } else {
                    poll_last = Some(f);
                }
            }
        }
        if let Some((source, colon, from)) = headline::find(doc, sentence.tokens.clone()) {
            let content = content_after(doc, from, sentence, quotes).map(|c| c.0);
            found.push(Found::framed(doc.span(colon), source, content, index));
            holders.push(Holder::Reporting);
        }
        let mut nestable = Vec::new();
        for m in &cues {
            // The subject of an earlier cue; for "..., citing Y" the one who
            // cites, not Y when Y became that cue's source.
            // (Not a cue inside another's content: in "X complained the coach
            // had benched him and said ...", X says, not the judge.)
            let citing = doc.low(m.tokens.start) == "citing";
            let from = first_in_sentence.max(found.len().saturating_sub(NEAR));
            let earlier = &found[from..];
            let earlier_source = earlier
                .iter()
                .rev()
                .filter(|f: &&Found| {
                    !earlier.iter().any(|g| {
                        g.cue != f.cue
                            && g.content
                                .is_some_and(|c| c.start <= f.cue.start && f.cue.start < c.end)
                    })
                })
                .find_map(|f: &Found| {
                    if citing {
                        f.via.clone().or(f.source.clone())
                    } else {
                        f.source.clone()
                    }
                });
            // Frames, and verbs other than of saying, inside another content of
            // the sentence are dropped below: "she says she wants to ...".
            let nested_as = match &m.form {
                CueForm::Passive { agent: None, .. } => Some(Nested::Frame),
                CueForm::Verb(info) if info.kind != CueType::Speech => Some(Nested::Frame),
                CueForm::Verb(_) => Some(Nested::Speech),
                _ => None,
            };
            let holder = match &m.form {
                CueForm::According => Holder::Reporting,
                CueForm::Verb(info)
                    if matches!(info.kind, CueType::Speech | CueType::Inference) =>
                {
                    Holder::Saying
                }
                _ => Holder::Other,
            };
            if let Some(mut f) = build(doc, index, sentence, m, quotes, earlier_source) {
                f.frame = matches!(nested_as, Some(Nested::Frame));
                if let Some(src) = &f.source {
                    trim_sibling(
                        doc,
                        &mut found[first_in_sentence..],
                        src.start,
                        sentence.tokens.start,
                    );
                }
                if let Some(nested_as) = nested_as {
                    nestable.push((found.len(), nested_as));
                }
                found.push(f);
                holders.push(holder);
            }
        }
        nesting::drop_nested(doc, &mut found, first_in_sentence, &nestable, &holders);
        nesting::trim_before_second_acts(
            doc,
            &mut found[first_in_sentence..],
            sentence.tokens.start,
        );
        trim_who_clauses(doc, &mut found[first_in_sentence..]);
        // A closing poll ("... in a CNN poll.") comes after the sentence's cues.
        if let Some(f) = poll_last {
            if found[first_in_sentence..]
                .iter()
                .all(|g| g.cue.end <= f.cue.start)
            {
                found.push(f);
            }
        }
    }
    found
}

/// Ends a source before its ", who ..." clause when a cue of the sentence
/// stands in that clause: in "Jeremy, who supports Sanders, says ...", the
/// clause is an attribution of its own (its source the relative pronoun),
/// so PolNeAR's guidelines leave it out of the source; a clause with no cue
/// ("Ms. Vance, who runs a bakery,") stays, since it tells who the
/// source is. On train, 51 such clauses with a cue are left out by gold and
/// 21 kept; 141 clauses with no cue are kept and 56 left out.
/// Only the few attributions beside one are looked at, so a sentence stays linear.
fn trim_who_clauses(doc: &Doc, found: &mut [Found]) {
    for k in 0..found.len() {
        let Some(src) = found[k].source.clone() else {
            continue;
        };
        let Some(comma) = src
            .clone()
            .find(|&j| doc.punct(j) == Some(',') && j + 1 < src.end && doc.low(j + 1) == "who")
        else {
            continue;
        };
        let (from, to) = (doc.span(comma + 1).start, doc.span(src.end - 1).end);
        let near = k.saturating_sub(NEAR)..(k + NEAR + 1).min(found.len());
        let cue_inside = near
            .into_iter()
            .any(|j| j != k && from <= found[j].cue.start && found[j].cue.start < to);
        if cue_inside && comma > src.start {
            found[k].source = Some(src.start..comma);
        }
    }
}

/// The claim before a closing poll ("... holds a lead in the polls"): the
/// clause before "in", past an opening adjunct ("In Ohio, ...") and from a
/// relative word after a comma ("..., where he holds a lead in the polls").
fn poll_claim(doc: &Doc, cue: usize, s: &SentenceInfo, quotes: &[Quote]) -> Option<Span> {
    let content = content_before(doc, cue, s, quotes)?;
    let first = doc.token_at(content.start);
    let mut start = first;
    if OPENERS.contains(&doc.low(start)) {
        if let Some(comma) = (start..cue.min(start + 8)).find(|&j| doc.punct(j) == Some(',')) {
            start = comma + 1;
        }
    }
    if let Some(j) = (start..cue).rev().find(|&j| {
        doc.punct(j) == Some(',')
            && matches!(doc.low(j + 1), "where" | "which" | "who" | "as" | "while")
    }) {
        start = j + 2;
    }
    (start < cue).then(|| doc.range_span(start, cue))
}

fn build(
    doc: &Doc,
    index: usize,
    s: &SentenceInfo,
    m: &CueMatch,
    quotes: &[Quote],
    earlier_source: Option<Range<usize>>,
) -> Option<Found> {
    let first = s.tokens.start;
    let end = s.tokens.end;
    let cue = doc.range_span(m.tokens.start, m.tokens.end);
    let mut f = Found {
        cue,
        source: None,
        via: None,
        content: None,
        more_content: Vec::new(),
        sentence: index,
        frame: false,
    };
    match &m.form {
        CueForm::According => {
            let mut phrase = source::after_according(doc, m.tokens.end, end)?;
            let phrase_end = phrase.end;
            let lead = (first..m.tokens.start).all(|j| {
                doc.punct(j).is_some()
                    || matches!(
                        doc.low(j),
                        "but" | "and" | "yet" | "also" | "however" | "so"
                    )
            });
            if !lead {
                // "..., according to Lena Ortiz, an analyst at Harlow Data."
                phrase.end = source::closing_appositive(doc, phrase.end, end);
            }
            let (src, via) = source::split_relay(doc, phrase);
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
                content_before(doc, separator_start(doc, m.tokens.start, first), s, quotes)
            };
            f.source = Some(src);
            f.via = via;
        }
        CueForm::Passive { agent, frame } => {
            if let Some(agent) = agent.clone() {
                let (src, via) = source::split_relay(doc, agent);
                f.source = Some(src);
                f.via = via;
            }
            f.content = if *frame {
                // "The call was described as tense": the claim is the subject
                // and the words after the cue (past the agent), without the cue.
                let after = agent.as_ref().map_or(m.tokens.end, |a| a.end);
                let rest = content_after(doc, after, s, quotes).map(|c| {
                    if doc.low(m.tokens.start) == "reportedly" {
                        c.0
                    } else {
                        crate::clause_end::to_first_break(doc, c.0, quotes)
                    }
                });
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
                let it_clause = m.tokens.start > 0 && doc.low(m.tokens.start - 1) == "it";
                // "Sanders was asked whether ...": the question is the content.
                // ("was asked about ...": the cue holds "about", cue.rs.)
                // "The mayor was asked, “Will you run?”", "was asked a
                // question about ...": so is the question quoted or named.
                let asked = doc.low(m.tokens.end - 1) == "asked";
                let quoted = doc.punct(from) == Some(',') && doc.is_punct_in(from + 1, "\"“«");
                let named = asked
                    && matches!(doc.low(from), "a" | "the")
                    && (from + 1..end.min(from + 5))
                        .take_while(|&j| doc.is_word(j))
                        .any(|j| matches!(doc.low(j), "question" | "questions"));
                let question = (asked && QUESTION_WORDS.contains(&doc.low(from)))
                    || doc.low(m.tokens.end - 1) == "about";
                if !(it_clause
                    || question
                    || named
                    || (asked && quoted)
                    || doc.low(from) == "that"
                    || doc.is_punct_in(from, ":\"“«"))
                {
                    return None; // "were warned about the delays": no claim is relayed
                }
                let from = if asked && quoted { from + 1 } else { from };
                content_after(doc, from, s, quotes).map(|c| c.0)
            };
        }
        CueForm::Verb(info) => {
            let c = m.tokens.start;
            if c > first
                && matches!(
                    doc.low(c - 1),
                    "a" | "an"
                        | "the"
                        | "this"
                        | "his"
                        | "her"
                        | "its"
                        | "their"
                        | "our"
                        | "whose"
                        | "no"
                        | "'s"
                        | "’s"
                )
            {
                return None; // a noun: "a report", "her claims", "has no plans"
            }
            let side = matches!(
                info.kind,
                crate::lexicon::CueType::Stance | crate::lexicon::CueType::Intent
            );
            if reads_as_noun(doc, m, info, first, end) {
                return None; // a noun: "the intercepted calls", "a false claim"
            }
            // "you can see the river", "would finally see the result", "help a
            // tourist see": seeing with the eyes, not holding a view.
            // (A view stays one: "see the vote as a referendum", "see that".)
            let view = doc.low(m.tokens.end) == "that"
                || (m.tokens.end..end.min(m.tokens.end + 13))
                    .take_while(|&j| doc.punct(j).is_none())
                    .any(|j| doc.low(j) == "as");
            if info.lemma == "see"
                && !view
                && (m.tokens.clone().any(|j| {
                    matches!(
                        doc.low(j),
                        "will" | "would" | "can" | "could" | "may" | "might"
                    )
                }) || (c > first
                    && doc.is_lower_word(c - 1)
                    && !names_a_speaker(doc.low(c - 1))
                    && !matches!(doc.low(c - 1), "they" | "we" | "i" | "who")))
            {
                return None;
            }
            // "those supporting deportation", "voters saying they ...": a
            // group named by what it says or backs (half of them gold cues on
            // PolNeAR train).
            let opens = c == first || (c == first + 1 && doc.low(first) == "in");
            if opens && doc.low(c).ends_with("ing") && info.lemma != "cite" {
                return opening_participle(doc, f, m, s, quotes, info);
            }
            let those = c > first && GROUPS.contains(&doc.low(c - 1));
            // (Not after "by", "while", ...: "by calling the plan a failure";
            // nor after "and" or a quotation's comma, in a list of the
            // subject's acts: "touring a plant and vowing to ...", '"...,"
            // referring to ...'. On PolNeAR train, 15 of 26 new cues after
            // "and" and 8 of 13 after a quotation were exact.)
            if side
                && doc.low(c).ends_with("ing")
                && !(c > first && doc.is_punct_in(c - 1, ",—–-"))
                && !after_quote_comma(doc, c, first)
                && !(c > first && PARTICIPLE_LEADS.contains(&doc.low(c - 1)))
                && !(c > first && doc.low(c - 1) == "and")
                && !those
            {
                return None; // a gerund or a modifier: "ads supporting Rubio", "for backing"
            }
            if info.lemma == "cite" && doc.low(c).ends_with("ing") {
                // "..., citing low growth": the subject cites what follows, up
                // to the next comma. (When a source is cited, the main
                // attribution also keeps it as a relay.)
                f.source = earlier_source.or_else(|| participle_subject(doc, first, c, end));
                f.content = Some(cited_phrase(doc, m.tokens.end, end, quotes)?);
                return Some(f);
            }
            if doc.low(c).ends_with("ing")
                && c > first
                && !those
                && doc.is_lower_word(c - 1)
                && !matches!(
                    doc.low(c - 1),
                    "and" | "but" | "while" | "when" | "also" | "just" | "then"
                )
                && !PARTICIPLE_LEADS.contains(&doc.low(c - 1))
            {
                // A gerund or a modifier: "without saying", "voters saying they ...".
                // ("before saying", "after telling" are the subject's acts: 20
                // of 22 new cues exact on PolNeAR train.)
                return None;
            }
            let opens = c == first || (c == first + 1 && doc.low(first) == "when");
            if doc.low(c) == "asked" && !opens && doc.low(c - 1) == "when" {
                // '"We'll see," he said when asked whether ...': a question put
                // by someone unnamed; it runs to the next comma.
                let (question, agent) = asked_question(doc, m.tokens.end, end)?;
                f.content = Some(cited_phrase(doc, question, end, quotes)?);
                f.source = agent;
                return Some(f);
            }
            if opens && doc.low(c) == "asked" {
                // "Asked whether the plan would work, 75 percent said no", "When
                // asked by Smith to respond, ...": a question put by someone
                // unnamed (or by the agent of "by"); its content ends at the comma.
                // ("Asked Tuesday about the levy, ...", "When asked at a
                // forum about the merger, ...": "about" after an adjunct.)
                let (question, agent) = asked_question(doc, m.tokens.end, end)
                    .or_else(|| about_after_adjunct(doc, m.tokens.end, end).map(|j| (j, None)))?;
                let stop =
                    (question..end.min(question + SCAN)).find(|&j| doc.punct(j) == Some(','))?;
                f.content = Some(doc.range_span(question, stop));
                f.source = agent;
                return Some(f);
            }
            let mut k = c;
            while k > first && doc.is_punct_in(k - 1, CLOSE_QUOTES) {
                k -= 1;
            }
            // "..., saying ...", "while acknowledging that ...", "by saying ...".
            let participle = doc.low(c).ends_with("ing")
                && k > first
                && (doc.is_punct_in(k - 1, ",—–-")
                    || matches!(doc.low(k - 1), "while" | "by" | "after" | "before" | "when"));
            if participle {
                // "..., saying the deal was dead": the subject of the sentence
                // speaks, or of its last clause ("X said A, but Y left, saying").
                let clause = clause_start(doc, first, c)
                    .filter(|&k| earlier_source.as_ref().is_none_or(|e| e.end <= k))
                    .and_then(|k| sentence_subject(doc, k, c));
                // ("with Ana Ruiz -- a member since 2010 -- criticizing
                // the board": the one before the aside.)
                let aside = doc
                    .is_punct_in(k - 1, "-—–")
                    .then(|| dashed_aside_subject(doc, k - 1, first))
                    .flatten()
                    .map(|(src, _)| src.start..aside_start(doc, src.clone()))
                    .filter(|src| {
                        doc.is_cap(src.start)
                            || matches!(
                                doc.low(src.start),
                                "the" | "a" | "an" | "his" | "her" | "their"
                            )
                    });
                f.source = aside
                    .or(clause)
                    .or(earlier_source)
                    .or_else(|| participle_subject(doc, first, c, end));
                let (content, cited) =
                    content_after_verb(doc, m.tokens.end, s, quotes, info, &mut f.via)?;
                f.content = content;
                if let Some(cited) = cited {
                    f.via = f.source.replace(cited);
                }
            } else if let Some(src) = inverts(info)
                .then(|| inverted_source(doc, m, c, first, end))
                .flatten()
            {
                // Inverted: '"...," said Smith.'
                f.content = content_before(doc, separator_start(doc, c, first), s, quotes);
                f.content?;
                let (src, via) = source::split_relay(doc, src);
                f.source = Some(src);
                f.via = via;
            } else {
                let last = source::skip_back_to_source(doc, c.checked_sub(1)?, first)?;
                if last < first {
                    return None;
                }
                if matches!(doc.low(last), "and" | "but") {
                    // "Smith thanked the crowd and said ...": the sentence's subject
                    // speaks; "Vance, who spoke up and backed ...": the relative
                    // pronoun does.
                    let relative = (first.max(last.saturating_sub(12))..last)
                        .rev()
                        .take_while(|&k| doc.is_word(k))
                        .find(|&k| source::is_relative(doc, k))
                        .map(|k| k..k + 1);
                    let src = relative
                        .or(earlier_source)
                        .or_else(|| sentence_subject(doc, first, last))?;
                    let (content, _) =
                        content_after_verb(doc, m.tokens.end, s, quotes, info, &mut f.via)?;
                    f.content = content;
                    f.source = Some(src);
                    return Some(f);
                }
                if matches!(doc.low(last), "who" | "which") {
                    // "Smith, who said ...": the relative pronoun is the source, as
                    // annotators mark it; it resolves to the phrase before it.
                    let (content, _) =
                        content_after_verb(doc, m.tokens.end, s, quotes, info, &mut f.via)?;
                    f.content = content.map(|c| end_of_relative(doc, c, quotes));
                    f.source = Some(last..last + 1);
                    return Some(f);
                }
                if info.lemma == "named"
                    && (names_a_thing(doc, last, m.tokens.end)
                        || matches!(doc.low(m.tokens.end), "for" | "after"))
                {
                    return None; // "a worker named Ana Ruiz", "a gym named for a boxer"
                }
                if info.lemma == "called" && not_a_call(doc, last, m.tokens.end, end) {
                    return None;
                }
                let before = source::before(doc, last, first)
                    .or_else(|| dashed_aside_subject(doc, last, first));
                if before.is_none()
                    && doc.punct(last) == Some(',')
                    && doc.punct(m.tokens.end) != Some(',')
                    && doc.is_lower_word(c)
                    && !doc.low(c).ends_with("ing")
                {
                    // "slammed the comments, vowed to fight and said ...": one
                    // of a list of the subject's acts.
                    // (With no earlier cue, the sentence's subject: "A
                    // Libertarian, he backed X and, in the primaries, has
                    // supported Y".)
                    let src = earlier_source
                        .clone()
                        .or_else(|| sentence_subject(doc, first, last))?;
                    let (content, _) =
                        content_after_verb(doc, m.tokens.end, s, quotes, info, &mut f.via)?;
                    f.content = content;
                    f.source = Some(src);
                    return Some(f);
                }
                let (mut src, mut via) = before?;
                if those && doc.low(c).ends_with("ing") {
                    // "support among GOP primary voters saying": the group
                    // alone, after the last preposition or verb, but with its
                    // share ("30 percent of voters saying", as gold marks it).
                    if let Some(k) = (src.start..c - 1).rev().find(|&k| {
                        verb_like(doc, k)
                            || matches!(doc.low(k), "from" | "to" | "by" | "for" | "with" | "among")
                    }) {
                        src.start = k + 1;
                    }
                }
                let as_comma = (src.start > first && doc.low(src.start - 1) == "as")
                    .then(|| comma_after_adjunct(doc, m.tokens.end, end))
                    .flatten();
                if let Some(comma) = as_comma {
                    // "As the Post reported, the deal ...": the claim follows
                    // the comma, past an adjunct of the cue ("as the Post
                    // reported on Saturday, ...").
                    f.content = content_after(doc, comma + 1, s, quotes).map(|c| c.0);
                    f.content?;
                    let (src, relay) = source::split_relay(doc, src);
                    f.source = Some(src);
                    f.via = via.or(relay);
                    return Some(f);
                }
                let before_src = src.start.checked_sub(1).filter(|&j| j >= first);
                let sep_before = before_src.is_some_and(|j| doc.is_punct_in(j, SEPARATORS));
                let after_quote = before_src.is_some_and(|j| {
                    doc.is_punct_in(j, CLOSE_QUOTES)
                        || (doc.punct(j) == Some(',')
                            && j > first
                            && doc.is_punct_in(j - 1, CLOSE_QUOTES))
                });
                let content_follows = (m.tokens.end..end.min(m.tokens.end + SCAN))
                    .any(|j| doc.low(j) == "that" || doc.is_punct_in(j, "\"“«:"));
                // '"A," Smith said, "B."': A is the content, and B continues it.
                let quote_next = doc.punct(m.tokens.end) == Some(',')
                    && doc.is_punct_in(m.tokens.end + 1, "\"“«„");
                // "In the coming months, the governor vowed to cut taxes": an
                // intent's "to" opens its content, not an adjunct.
                // ("Through a spokeswoman, the mayor declined to comment": so
                // does an infinitive the verb takes, where "to reporters" or
                // "to the crowd" is an adjunct.)
                let infinitive = doc.low(m.tokens.end) == "to"
                    && doc.is_lower_word(m.tokens.end + 1)
                    && !NOUN_STARTS.contains(&doc.low(m.tokens.end + 1))
                    && content_after_verb(doc, m.tokens.end, s, quotes, info, &mut None)
                        .is_some_and(|(c, _)| c.is_some());
                let intent_to = doc.low(m.tokens.end) == "to"
                    && (info.kind == crate::lexicon::CueType::Intent || infinitive);
                // "The market was empty, she added, 'but prices keep ...'":
                // a quote that goes on in lowercase finishes the sentence
                // begun before the source.
                let quote_goes_on = quote_next
                    && (m.tokens.end + 2..end.min(m.tokens.end + 4))
                        .find(|&j| doc.is_word(j))
                        .is_some_and(|j| doc.is_lower_word(j));
                // "..., his aide told reporters.": past the listener.
                let past_listener = if info.lemma == "tell" {
                    crate::content::listener(doc, m.tokens.end, end).map_or(m.tokens.end, |l| l.end)
                } else {
                    m.tokens.end
                };
                // '"...," the mayor said in June on the radio show "Main Street."':
                // after a quotation, an adjunct after the cue holds no claim.
                // ('"...," Pike told CBS's "Morning" on Friday': so does a
                // listener after "told".)
                let adjunct_after_quote = after_quote
                    && !intent_to
                    && (crate::content::starts_adjunct(doc, past_listener)
                        || info.lemma == "tell" && doc.low(m.tokens.end) != "that")
                    && doc.low(past_listener) != "that";
                // "The senator continued:" and a quotation in the next paragraph.
                let colon_quote = quote_after_colon(doc, m, end, quotes);
                if sep_before
                    && colon_quote.is_none()
                    && ((rest_is_adjunct(doc, past_listener, end) && !intent_to)
                        || adjunct_after_quote
                        || quote_goes_on
                        || (after_quote && (!content_follows || quote_next)))
                {
                    // '..., the official said.'
                    f.content =
                        content_before(doc, separator_start(doc, src.start, first), s, quotes);
                    f.content?;
                } else {
                    // "The poll shows Clinton ahead": evidence verbs take a bare
                    // clause when a document is their subject.
                    let evidence = info.kind == crate::lexicon::CueType::Inference
                        && source::classify(doc, src.clone(), first) == SourceKind::Document;
                    let object = CueInfo {
                        clause: true,
                        kind: crate::lexicon::CueType::Stance,
                        ..*info
                    };
                    // "New Poll Shows Large Gap": in a headline in title
                    // case, a capitalized object is the claim, though no
                    // clause can be seen in it (5 of 7 new cues exact on
                    // PolNeAR train). Not "Responds To ...", "Worries About
                    // ...", a participle, nor a noun before a verb: "Tax
                    // Plans Would ...".
                    let next = doc.low(m.tokens.end);
                    let titled = doc.is_cap(m.tokens.end)
                        && !doc.low(c).ends_with("ing")
                        && !headline::SMALL_WORDS.contains(&next)
                        && !matches!(next, "about" | "so" | "at" | "into" | "over")
                        && !AUXILIARIES.contains(&next)
                        && headline::title_case(doc, s.tokens.clone());
                    // (Its object is the claim, not a listener: "Senator
                    // Promises Swift Vote On Budget".)
                    let headline_object = CueInfo {
                        lemma: "",
                        ..object
                    };
                    // "The Ruiz campaign reported raising $9 million", "reported $300,000 in
                    // interest": a disclosure's figures are its content.
                    let figures = doc.low(m.tokens.end - 1) == "reported"
                        && (doc.low(m.tokens.end).ends_with("ing")
                            || doc.is_number(m.tokens.end)
                            || matches!(doc.low(m.tokens.end), "$" | "between"));
                    let info = if titled {
                        &headline_object
                    } else if evidence || figures {
                        &object
                    } else {
                        info
                    };
                    let (content, cited) = match colon_quote {
                        Some(q) => (Some(q), None),
                        None => content_after_verb(doc, m.tokens.end, s, quotes, info, &mut via)?,
                    };
                    f.content = if titled {
                        content.map(|c| headline_clause(doc, c))
                    } else {
                        content
                    };
                    if let Some(cited) = cited {
                        f.source = Some(cited);
                        f.via = Some(src);
                        return Some(f);
                    }
                }
                // "a deal that Ms. Ortiz says saved the plant", "the plan,
                // which she called a mistake,": the relative pronoun stands
                // for the claim, and starts its content. "what the voters
                // wanted to hear", "what she called 'a scam'": so does "what".
                if let Some(c) = f.content.filter(|c| {
                    src.start > first
                        && c.start > f.cue.start
                        && (doc.low(src.start - 1) == "what"
                            || object_relative(doc, src.start - 1, first, *c)
                            || matches!(doc.low(src.start - 1), "that" | "which")
                                && doc.span(m.tokens.end).start == c.start
                                && doc.is_lower_word(m.tokens.end)
                                && verb_like(doc, m.tokens.end))
                }) {
                    f.content = Some(doc.span(src.start - 1));
                    // (The relative clause ends where the main clause resumes.)
                    let k = src.start - 1;
                    f.more_content.push(if doc.low(k) == "what" {
                        c
                    } else if k > first && doc.punct(k - 1) == Some(',') {
                        // (Between commas: "the plan, which she called a mistake, ...".)
                        crate::clause_end::to_first_break(doc, c, quotes)
                    } else {
                        end_of_relative(doc, c, quotes)
                    });
                }
                let (src, relay) = source::split_relay(doc, src);
                f.source = Some(src);
                f.via = via.or(relay);
            }
        }
    }
    Some(f)
}

/// Irregular past forms common in news narrative.
pub(crate) const IRREGULAR_PASTS: [&str; 24] = [
    "began", "went", "took", "made", "came", "gave", "got", "left", "met", "ran", "spoke", "stood",
    "won", "lost", "held", "sat", "led", "brought", "kept", "meant", "paid", "sent", "spent",
    "became",
];

/// Whether token `k` reads as a finite verb: an auxiliary, a past in "-ed",
/// a common irregular past, or a reporting verb.
pub(crate) fn verb_like(doc: &Doc, k: usize) -> bool {
    let w = doc.low(k);
    CLAUSE_VERBS.contains(&w)
        || IRREGULAR_PASTS.contains(&w)
        || (w.ends_with("ed") && w.len() > 4)
        || lexicons().cues.longest_at(doc, k, k + 1).is_some()
}

/// Settles kinds, relays and pronoun antecedents, producing the model's attributions.
pub(crate) fn settle(doc: &Doc, found: Vec<Found>, sentences: &[SentenceInfo]) -> Vec<Attribution> {
    let mut out: Vec<Attribution> = Vec::with_capacity(found.len());
    // Recent non-pronoun sources, for resolving pronouns: (tokens, kind, plural).
    let mut recent: Vec<(Range<usize>, SourceKind, bool, usize)> = Vec::new();
    for f in found {
        let sentence_start = sentences[f.sentence].tokens.start;
        let paragraph = sentences[f.sentence].paragraph;
        let source = f.source.map(|tokens| {
            let kind = source::classify(doc, tokens.clone(), sentence_start);
            let via = f.via.clone().map(|v| Relay {
                span: doc.range_span(v.start, v.end),
                kind: source::classify(doc, v, sentence_start),
            });
            let mut src = Source {
                span: doc.range_span(tokens.start, tokens.end),
                kind,
                resolved_kind: None,
                antecedent: None,
                via,
                anonymity: None,
            };
            if kind == SourceKind::Pronoun && source::is_relative(doc, tokens.start) {
                if let Some(ante) = source::relative_antecedent(doc, tokens.start, sentence_start) {
                    let k = source::classify(doc, ante.clone(), sentence_start);
                    src.resolved_kind = Some(k);
                    src.antecedent = Some(doc.range_span(ante.start, ante.end));
                    recent.push((ante.clone(), k, source::is_plural(doc, &ante), paragraph));
                }
            } else if kind == SourceKind::Pronoun {
                let plural = source::pronoun_number(doc.low(tokens.start));
                let agrees = |k: SourceKind, p: bool| match plural {
                    Some(false) => !p && k != SourceKind::Document,
                    Some(true) => p || k == SourceKind::Named,
                    None => !p && matches!(k, SourceKind::Named | SourceKind::Document),
                };
                let found =
                    recent.iter().rev().take(6).find(|(_, k, p, para)| {
                        paragraph.saturating_sub(*para) <= 3 && agrees(*k, *p)
                    });
                if let Some((t, k, _, _)) = found {
                    src.resolved_kind = Some(*k);
                    src.antecedent = Some(doc.range_span(t.start, t.end));
                }
            } else {
                recent.push((
                    tokens.clone(),
                    kind,
                    source::is_plural(doc, &tokens),
                    paragraph,
                ));
            }
            src
        });
        out.push(Attribution {
            cue: f.cue,
            source,
            content: f.content,
            more_content: f.more_content,
            sentence: f.sentence,
        });
    }
    out
}
