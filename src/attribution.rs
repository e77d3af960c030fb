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

mod nesting;
use nesting::{Holder, Nested};

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

/// The content parts after an attribution frame: '"A," she said, "B."',
/// "The deal, officials said, is dead.", "The main rifts, according to the
/// poll, are ...", and quotes in the following
/// sentences of the paragraph that carry no attribution of their own.
fn continue_contents(doc: &Doc, sentences: &[SentenceInfo], quotes: &[Quote], found: &mut [Found]) {
    let mut has_attribution = vec![false; sentences.len()];
    for f in found.iter() {
        has_attribution[f.sentence] = true;
    }
    for f in found.iter_mut() {
        let Some(content) = f.content else { continue };
        let s = &sentences[f.sentence];
        let end = s.tokens.end;
        // The frame: the cue and a source after it.
        let frame_end = f.source.as_ref().map_or(0, |r| r.end);
        let cue_end = doc.token_at(f.cue.end);
        let mut after = cue_end.max(frame_end);
        // "The fix, the clerk told them, is cheap": past the listener.
        if frame_end <= cue_end && matches!(doc.low(cue_end - 1), "told" | "tells" | "telling") {
            if let Some(l) = crate::content::listener(doc, cue_end, end) {
                after = l.end;
            }
        }
        if content.end > f.cue.start || after >= end || doc.punct(after) != Some(',') {
            // Only contents before their frame continue after it.
        } else if doc.is_punct_in(after + 1, "\"“«„") {
            if let Some(q) = quote::starting_at(quotes, doc.span(after + 1).start) {
                f.more_content.push(q.span);
            }
        } else if (doc.is_lower_word(after + 1)
            // "Without the grant, the aides noted, Ortiz would ...": a name
            // resumes the claim too (not a weekday: "..., he said, Monday").
            || doc.is_word(after + 1)
                && doc.is_cap(after + 1)
                && !crate::words::is_weekday(doc.low(after + 1)))
            && (f
                .source
                .as_ref()
                .is_none_or(|r| doc.span(r.start).start < f.cue.start)
                || doc.low(doc.token_at(f.cue.start)) == "according"
                    && (verb_like(doc, after + 1)
                        || doc.token_at(content.end) <= doc.token_at(content.start) + 4))
            && quote::ending_at(quotes, content.end).is_none()
            && (!CONTINUATION_STOPS.contains(&doc.low(after + 1))
                // ("Lately, he says, at most ...": an opener alone is no claim.)
                || !matches!(doc.low(after + 1), "according" | "citing")
                    && crate::content::only_opener(doc, content)
                || matches!(doc.low(after + 1), "the" | "a" | "an")
                    && !crate::clause_end::remark(doc, after + 1, end)
                    && (after + 2..end.min(after + 10))
                        .take_while(|&j| {
                            doc.is_word(j)
                                || doc.is_punct_in(j, "'’-")
                                || crate::source::title_period(doc, j)
                        })
                        .any(|j| CLAUSE_VERBS.contains(&doc.low(j))))
            && !doc.low(after + 1).ends_with("ing")
        {
            // (Bounded like every content: a sentence may have no end.)
            let mut last = end.min(after + 1 + SCAN);
            while last > after + 2 && doc.is_punct_in(last - 1, TERMINAL) {
                last -= 1;
            }
            f.more_content.push(doc.range_span(after + 1, last));
        }
        // Quotes in the next sentences of the paragraph, while they carry no attribution.
        let quoted = f.more_content.last().copied().unwrap_or(content);
        // (A claim before its frame that quotes in part goes on too: 'The
        // mayor "won big" in May, she said. "..."'.)
        let part_quote = f.more_content.is_empty()
            && content.end <= f.cue.start
            && quote::first_opening_in(quotes, content).is_some();
        if quote::ending_at(quotes, quoted.end).is_none() && !part_quote
            || quoted.end > s.span.end + 1 && f.more_content.is_empty() && content.end > s.span.end
        {
            continue;
        }
        let mut next = f.sentence + 1;
        while next < sentences.len()
            && sentences[next].paragraph == s.paragraph
            && !has_attribution[next]
        {
            let Some(q) = quote::starting_at(quotes, sentences[next].span.start) else {
                break;
            };
            f.more_content.push(q.span);
            // Skip the sentences the quote covers.
            while next < sentences.len() && sentences[next].span.start < q.span.end {
                next += 1;
            }
        }
    }
}

/// Words after "X said," that start an adjunct, not the rest of the content.
const CONTINUATION_STOPS: [&str; 16] = [
    "according",
    "though",
    "although",
    "citing",
    "who",
    "which",
    "and",
    "but",
    "a",
    "an",
    "the",
    "in",
    "on",
    "at",
    "as",
    "when",
];

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

/// Whether "which" or "whom" at `k` opens a relative clause whose source
/// follows it and whose claim is about it: "the plan, which she called a
/// mistake", "whom one aide described as a mentor"; not after a
/// preposition ("in which she argued that ...") nor before a "that" clause.
fn object_relative(doc: &Doc, k: usize, first: usize, content: Span) -> bool {
    matches!(doc.low(k), "which" | "whom")
        && !(k > first && RELATIVE_PREPOSITIONS.contains(&doc.low(k - 1)))
        && doc.low(doc.token_at(content.start)) != "that"
}

/// Prepositions before a relative pronoun that make it an adjunct: "in which".
const RELATIVE_PREPOSITIONS: [&str; 16] = [
    "in", "during", "of", "for", "with", "by", "at", "on", "to", "from", "under", "through",
    "after", "before", "about", "among",
];

/// "Noting that the law had changed, the judge ruled ...", "In describing
/// the plan, the mayor said ...": a participle opening the sentence is the act of the main clause's subject, after the
/// first comma outside quotation marks; its claim ends at that comma.
fn opening_participle(
    doc: &Doc,
    mut f: Found,
    m: &CueMatch,
    s: &SentenceInfo,
    quotes: &[Quote],
    info: &CueInfo,
) -> Option<Found> {
    let end = s.tokens.end;
    let comma = (m.tokens.end..end.min(m.tokens.end + SCAN))
        .find(|&j| doc.punct(j) == Some(',') && quote::containing(quotes, doc.span(j)).is_none())?;
    f.source = Some(sentence_subject(doc, comma + 1, end)?);
    let (content, _) = content_after_verb(doc, m.tokens.end, s, quotes, info, &mut f.via)?;
    let stop = doc.span(comma).start;
    f.content = content
        .filter(|c| c.start < stop)
        .map(|c| Span::new(c.start, c.end.min(doc.span(comma - 1).end)));
    f.content?;
    Some(f)
}

/// A content inside a relative clause ends where the main clause's verb
/// comes back after a comma: "voters who believe the media are biased, are
/// unlikely to ...", "Smith, who opposes the tax, vetoed the bill".
fn end_of_relative(doc: &Doc, content: Span, quotes: &[Quote]) -> Span {
    let from = doc.token_at(content.start);
    let to = doc.token_at(content.end).min(from + SCAN);
    // (An intent, no clause of its own, ends where a finite verb comes back
    // with no comma: "voters who want to see a recount will ...".)
    let intent = doc.low(from) == "to";
    let resumes = (from + 1..to).find(|&j| {
        (doc.punct(j) == Some(',')
            && j + 1 < to
            && doc.is_lower_word(j + 1)
            && verb_like(doc, j + 1)
            || intent
                && doc.punct(j - 1).is_none()
                && CLAUSE_VERBS.contains(&doc.low(j))
                && !matches!(doc.low(j), "be" | "been" | "'s" | "’s")
                && !(from..j).any(|k| {
                    CLAUSE_VERBS.contains(&doc.low(k))
                        || crate::content::PRONOUN_SUBJECTS.contains(&doc.low(k))
                        || matches!(doc.low(k), "that" | "who" | "which")
                }))
            && quote::containing(quotes, doc.span(j)).is_none()
    });
    match resumes {
        Some(j) => Span::new(content.start, doc.span(j - 1).end),
        None => content,
    }
}

/// Words after "to" that open a noun phrase ("said to reporters", "to the
/// crowd"), not an infinitive ("declined to comment").
const NOUN_STARTS: [&str; 20] = [
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "your",
    "this",
    "that",
    "these",
    "those",
    "him",
    "them",
    "me",
    "us",
    "reporters",
    "supporters",
];

/// A headline's claim ends at its first comma, dash or colon: "Senator
/// Backs Tax Plan, Faces Questions" claims "Tax Plan".
fn headline_clause(doc: &Doc, content: Span) -> Span {
    let from = doc.token_at(content.start);
    let to = doc.token_at(content.end).min(from + SCAN);
    match (from + 1..to).find(|&j| doc.is_punct_in(j, ",;:—–")) {
        Some(j) => Span::new(content.start, doc.span(j - 1).end),
        None => content,
    }
}

/// The quotation that opens the next paragraph after a cue closing its own
/// with a colon: "The senator continued:" and, below, "We will win."
fn quote_after_colon(doc: &Doc, m: &CueMatch, end: usize, quotes: &[Quote]) -> Option<Span> {
    let colon = m.tokens.end.checked_sub(1)?;
    if m.tokens.end != end || doc.punct(colon) != Some(':') || end >= doc.len() {
        return None;
    }
    quote::starting_at(quotes, doc.span(end).start).map(|q| q.span)
}

/// The comma right at `j`, or closing a short adjunct of the cue that starts
/// there ("on Saturday,", "in his book,"): at most eight words, no verb.
fn comma_after_adjunct(doc: &Doc, j: usize, end: usize) -> Option<usize> {
    if doc.punct(j) == Some(',') {
        return Some(j);
    }
    if !crate::content::starts_adjunct(doc, j) {
        return None;
    }
    let comma = (j + 1..end.min(j + 9)).find(|&k| doc.punct(k).is_some())?;
    let plain = (j..comma).all(|k| !(doc.is_lower_word(k) && verb_like(doc, k)));
    (doc.punct(comma) == Some(',') && plain).then_some(comma)
}

/// "Democrats -- including the mayor -- quickly accused ...", "Ana Ruiz (a
/// Democrat from Ohio) says ...": the subject before an aside between dashes
/// or parentheses, with the aside, when the cue follows the aside (its
/// last token is `last`).
fn dashed_aside_subject(
    doc: &Doc,
    last: usize,
    first: usize,
) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let dash = |j: usize| doc.is_punct_in(j, "-—–");
    if last > first && doc.punct(last) == Some(')') {
        // "Ana Ruiz (a Democrat from Ohio) says ...".
        let open = (first.max(last.saturating_sub(SCAN))..last)
            .rev()
            .find(|&j| doc.is_punct_in(j, "()"))
            .filter(|&j| doc.punct(j) == Some('('))?;
        let (src, via) = source::before(doc, open.checked_sub(1)?, first)?;
        return Some((src.start..last + 1, via));
    }
    if last <= first || !dash(last) {
        return None;
    }
    // ("--" is two tokens.)
    let mut close = last;
    while close > first && dash(close - 1) {
        close -= 1;
    }
    let mut open = (first.max(close.saturating_sub(SCAN))..close)
        .rev()
        .find(|&j| dash(j))?;
    while open > first && dash(open - 1) {
        open -= 1;
    }
    if open <= first {
        return None; // no words before the opening dash
    }
    let (src, via) = source::before(doc, open - 1, first)?;
    Some((src.start..close, via))
}

/// The "about" that follows a short adjunct after "asked" ("asked Tuesday
/// about", "asked at a forum about"): at most eight words, no verb and no
/// punctuation before it.
fn about_after_adjunct(doc: &Doc, from: usize, end: usize) -> Option<usize> {
    let adjunct = from < end
        && (crate::content::starts_adjunct(doc, from) || crate::words::is_weekday(doc.low(from)));
    if !adjunct {
        return None;
    }
    let about = (from + 1..end.min(from + 9)).find(|&j| doc.low(j) == "about")?;
    (from..about)
        .all(|j| doc.is_word(j) && !(doc.is_lower_word(j) && verb_like(doc, j)))
        .then_some(about)
}

/// Where the aside in the source phrase `src` opens (its first dash), or
/// its end when it has none.
fn aside_start(doc: &Doc, src: Range<usize>) -> usize {
    src.clone()
        .find(|&j| doc.is_punct_in(j, "-—–"))
        .unwrap_or(src.end)
}

/// Whether the token before `c` closes a quotation that ends in a comma:
/// '"...," referring to ...'.
fn after_quote_comma(doc: &Doc, c: usize, first: usize) -> bool {
    c > first + 1 && doc.is_punct_in(c - 1, CLOSE_QUOTES) && doc.punct(c - 2) == Some(',')
}

/// Words after which a verb in "-ing" is the subject's act: "by calling the
/// plan a failure", "while acknowledging that ...".
const PARTICIPLE_LEADS: [&str; 5] = ["by", "while", "after", "before", "when"];

/// Groups a participle can describe as speakers: "those supporting ...",
/// "a group backing the mayor", "super PACs supporting her" (the last three
/// added from PolNeAR train: 12 of 21 new cues exact; "candidates" was
/// wrong on dev, "candidates seeking the office").
const GROUPS: [&str; 14] = [
    "those",
    "people",
    "voters",
    "americans",
    "democrats",
    "republicans",
    "officials",
    "groups",
    "lawmakers",
    "others",
    "critics",
    "group",
    "pac",
    "pacs",
];

/// Whether the cue verb `m`, opening its group, reads as a noun after the
/// lowercase word before it, one that names no speaker:
/// - an "-s" form: "the intercepted calls", "health plans", "his offensive
///   remarks", "sent lurid tweets". Not "says" and "tells", nor a verb of
///   showing, whose subject is a thing ("the audit shows"); a verb of saying
///   or thinking after "and", "but" or "or" is the subject's second act
///   ("... and tells the crowd"); so is a verb after a time adjunct ("a
///   poll released last week suggests"). For verbs of saying and thinking, 66
///   cues on PolNeAR train, 12 of them gold.
/// - a base form other than "say" and "tell", when the word before is no
///   plural, pronoun, quantifier or "to" ([`BASE_FORM_LEADS`]): a present
///   verb there would want a plural subject, so "a false claim", "a
///   hopeful note", "a reality show" (70 cues on train, 15 of them gold;
///   the gold ones after a singular noun ending a plural's phrase, "critics
///   in the community cite").
fn reads_as_noun(doc: &Doc, m: &CueMatch, info: &CueInfo, first: usize, end: usize) -> bool {
    let c = m.tokens.start;
    if c <= first || !doc.is_lower_word(c - 1) || names_a_speaker(doc.low(c - 1)) {
        return false;
    }
    let before = doc.low(c - 1);
    // "A poll released last week suggests": the subject ends in an adjunct.
    if source::TIME_WORDS.contains(&before) {
        return false;
    }
    let word = doc.low(c);
    let said = matches!(info.lemma, "say" | "tell");
    let side = matches!(info.kind, CueType::Stance | CueType::Intent);
    if word.ends_with('s') && lexicons().cues.longest_at(doc, c, end).is_some() {
        // (Only when the verb opens its group: "has attacked" is a verb.)
        return side
            || !said && info.kind != CueType::Inference && !matches!(before, "and" | "but" | "or");
    }
    m.tokens.len() == 1
        && word == info.lemma
        && !info.lemma.ends_with("ed")
        && !said
        && !before.ends_with('s')
        && !is_agent_noun(before)
        && !BASE_FORM_LEADS.contains(&before)
}

/// Words before a verb's base form that leave it a verb: subjects,
/// "to", coordinators, quantifiers.
const BASE_FORM_LEADS: [&str; 24] = [
    "i", "we", "you", "they", "who", "that", "which", "him", "her", "them", "me", "us", "to",
    "and", "but", "or", "not", "all", "both", "few", "many", "most", "some", "two",
];

/// Whether a lowercase word can end a speaker's phrase: a pronoun or a noun
/// for a person, a group or a document ("the president", "officials").
fn names_a_speaker(w: &str) -> bool {
    let lex = lexicons();
    matches!(w, "he" | "she" | "it" | "who" | "which" | "that")
        || lex.titles.contains(w)
        || lex.anon_roles.contains(w)
        || lex.vague.contains(w)
        || lex.documents.contains(w)
}

/// Whether a verb cue may stand before its source ('"...," said Smith'):
/// verbs of saying do, but not "told", whose object is the listener, nor
/// verbs of taking a side, thinking or showing, whose object is what they
/// act on ("..., praised the plan"). On PolNeAR train whosaid's inverted
/// sources of other verbs than saying were right 6 times in 121.
fn inverts(info: &CueInfo) -> bool {
    info.kind == crate::lexicon::CueType::Speech && info.lemma != "tell"
}

/// The source after an inverted cue ('"...," said Smith.'): the cue follows a
/// separator, and the source after it runs to the end of the clause.
fn inverted_source(
    doc: &Doc,
    m: &CueMatch,
    c: usize,
    first: usize,
    end: usize,
) -> Option<Range<usize>> {
    if c == first || !doc.is_punct_in(c - 1, SEPARATORS) || relayed_subject(doc, c, first) {
        return None;
    }
    // "Ada Brandt of Vermont, a Democrat, said the town deserved better",
    // "Sen. Mary Jones, chairman of the committee, said the plan ...": a
    // subject with its appositive opens the sentence (or its clause, after a
    // link word, an opening adjunct or a separator); the commas close the
    // appositive, no claim stands before them, and the cue is not inverted.
    if doc.punct(c - 1) == Some(',')
        && source::before(doc, c - 1, first).is_some_and(|(src, _)| {
            src.start == first
                || (src.start == first + 1 && LINKS.contains(&doc.low(first)))
                || (src.start > first + 1
                    && doc.punct(src.start - 1) == Some(',')
                    && OPENERS.contains(&doc.low(first)))
                || after_opener(doc, first, src.start)
                || doc.is_punct_in(src.start - 1, SEPARATORS)
        })
    {
        return None;
    }
    let next = m.tokens.end;
    if matches!(doc.low(next), "that" | "to" | "it" | "how" | "what" | "whether" | "the" if doc.low(next) != "the" || !(doc.is_word(next + 1) || doc.is_number(next + 1)))
    {
        return None;
    }
    let src = source::after(doc, next, end)?;
    // "said the report was wrong" is a clause, not a source.
    // (A relative clause inside an appositive may hold one: "said Nora
    // Pike, a Democrat who has not taken sides".)
    let verb = src
        .clone()
        .take_while(|&j| !matches!(doc.low(j), "who" | "whom" | "whose"))
        // (A capitalized "Will" is a name: "said Will Ruiz, a professor".)
        .any(|j| AUXILIARIES.contains(&doc.low(j)) && doc.is_lower_word(j));
    if verb {
        return None;
    }
    // "said an official who spoke on condition of anonymity ...": the
    // relative clause belongs to the source and runs to the end of the
    // sentence, or of the scan (a megabyte with no period would otherwise
    // make every such source run to its end: quadratic output).
    let who = if doc.punct(src.end) == Some(',') {
        src.end + 1
    } else {
        src.end
    };
    if src.end < end && doc.low(who) == "who" {
        let mut last = end.min(who + SCAN);
        while last > who + 1 && doc.is_punct_in(last - 1, TERMINAL) {
            last -= 1;
        }
        return Some(src.start..last);
    }
    // '"...," said the senator, "because ..."': the quote goes on after the source.
    let quote_next = doc.punct(src.end) == Some(',') && doc.is_punct_in(src.end + 1, "\"“«");
    (rest_is_adjunct(doc, src.end, end) || quote_next).then_some(src)
}

/// Whether the words from `first` to the comma before token `at` are an
/// opening adjunct ("On Sunday, ...", "In a 1963 speech, ..."), with no
/// other comma.
fn after_opener(doc: &Doc, first: usize, at: usize) -> bool {
    at > first + 1
        && doc.punct(at - 1) == Some(',')
        && (OPENERS.contains(&doc.low(first)) || crate::words::is_weekday(doc.low(first)))
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
    open.is_some_and(|o| matches!(doc.low(o + 1), "citing" | "quoting" | "who"))
}

/// Ends earlier contents at a sibling attribution joined by a conjunction:
/// in "observers see X, and critics say Y", X stops before ", and critics".
fn trim_sibling(doc: &Doc, earlier: &mut [Found], source_start: usize, first: usize) {
    // (Past an article the source phrase left out: "and a few lawmakers".)
    let mut source_start = source_start;
    if source_start > first && matches!(doc.low(source_start - 1), "a" | "an" | "the") {
        source_start -= 1;
    }
    if source_start < first + 2
        || !matches!(
            doc.low(source_start - 1),
            "and" | "but" | "while" | "whereas"
        )
    {
        return;
    }
    let mut cut = source_start - 1;
    if doc.is_punct_in(cut - 1, ",;") {
        cut -= 1;
    }
    let at = doc.span(cut).start;
    // Only the last few can reach this far: contents are bounded.
    let recent = earlier.len().saturating_sub(8);
    for f in &mut earlier[recent..] {
        if let Some(c) = &mut f.content {
            if c.start < at && at < c.end {
                let trimmed = doc.text[c.start..at].trim_end();
                c.end = c.start + trimmed.len();
            }
        }
    }
}

/// The first token of the separator run ending just before token `at`.
fn separator_start(doc: &Doc, at: usize, first: usize) -> usize {
    let mut j = at;
    while j > first && doc.is_punct_in(j - 1, SEPARATORS) {
        j -= 1;
    }
    j
}

/// Whether "called" (its source ending at token `last`, its object at
/// `next`) names or phones rather than characterises: "a company called
/// Acme", "a creek called Otter Bend", "a new cafe called 'X'" (after
/// any common noun that names no speaker: 7 of 9 such cues were wrong on
/// PolNeAR train), "called Ms. Ortiz on Friday",
/// "called into the show", "called an emergency meeting".
fn not_a_call(doc: &Doc, last: usize, next: usize, end: usize) -> bool {
    let particle = matches!(doc.low(next), "in" | "into" | "to" | "back" | "off");
    let convened = (next..end.min(next + 4)).any(|j| {
        matches!(
            doc.low(j),
            "meeting" | "vote" | "election" | "hearing" | "session" | "summit" | "strike"
        )
    });
    names_a_thing(doc, last, next) || particle || convened
}

/// Whether "called" or "named" after the source's last token `last` gives
/// a name ("a group called Lashkar-e-Taiba", "The program, called EB-5,",
/// "a local band called Rust Belt", "a lawyer named Paul Odum"): after
/// "a"/"an" and a noun, after a comma before a capital, or after a common
/// noun that names no speaker before a capital or a quotation. For "named"
/// (a cue of choosing: "the senator named two judges"), all 4 such cues on
/// PolNeAR train were wrong, and all 3 before "for" or "after".
fn names_a_thing(doc: &Doc, last: usize, next: usize) -> bool {
    let before = doc.low(last);
    // A thing named: "a group called Lashkar-e-Taiba", "The program, called EB-5,".
    let quote_or_cap = doc.is_cap(next) || doc.is_punct_in(next, "\"“'‘");
    let naming = matches!(doc.low(last.saturating_sub(1)), "a" | "an")
        || (doc.punct(last) == Some(',') && doc.is_cap(next))
        // "a new cafe called the ...", "a local band called Rust Belt".
        || (doc.is_lower_word(last)
            && quote_or_cap
            && !matches!(doc.low(next - 1), "for" | "on")
            && !is_agent_noun(before)
            && !names_a_speaker(before)
            && !matches!(before, "they" | "we" | "i" | "you" | "what" | "whom")
            && !AUXILIARIES.contains(&before))
        || (matches!(
            before,
            "group"
                | "program"
                | "organization"
                | "company"
                | "firm"
                | "movement"
                | "bill"
                | "plan"
                | "policy"
                | "law"
                | "book"
                | "film"
                | "show"
                | "town"
                | "village"
                | "area"
                | "region"
        ) && doc.is_cap(next));
    naming
}

/// Words that open a sentence before its subject: "But the senator ...".
const LINKS: [&str; 8] = [
    "but",
    "and",
    "so",
    "yet",
    "instead",
    "then",
    "meanwhile",
    "also",
];

/// The subject of a participle at `c`: the sentence's, or, when the
/// participle opens the sentence ("After saying he was nervous, the man
/// asked", "Citing a conflict, the spokeswoman said"), the main clause's
/// after the comma.
fn participle_subject(doc: &Doc, first: usize, c: usize, end: usize) -> Option<Range<usize>> {
    let lead = c > first
        && matches!(
            doc.low(c - 1),
            "after" | "while" | "before" | "when" | "by" | "since"
        );
    // (Past a time before the lead: "Eight years after backing X, Y ...".)
    let time = c <= first + 6
        && (first..c.saturating_sub(1)).all(|j| {
            doc.is_number(j)
                || matches!(
                    doc.low(j),
                    "one"
                        | "two"
                        | "three"
                        | "four"
                        | "five"
                        | "six"
                        | "seven"
                        | "eight"
                        | "nine"
                        | "ten"
                        | "a"
                        | "an"
                        | "the"
                        | "day"
                        | "days"
                        | "week"
                        | "weeks"
                        | "month"
                        | "months"
                        | "year"
                        | "years"
                        | "hours"
                        | "minutes"
                        | "shortly"
                        | "soon"
                        | "just"
                        | "only"
                        | "long"
                )
        });
    let opens = c == first || (lead && time);
    if !opens {
        return sentence_subject(doc, first, c);
    }
    let comma = (c..end.min(c + SCAN)).find(|&j| doc.punct(j) == Some(','))?;
    sentence_subject(doc, comma + 1, end)
}

/// The first token of the last clause joined by ", but" or ", and" before
/// token `c`: "Ruiz won, but Okafor was in Reno, stressing ...".
fn clause_start(doc: &Doc, first: usize, c: usize) -> Option<usize> {
    let from = first.max(c.saturating_sub(SCAN));
    (from + 1..c.saturating_sub(2)).rev().find_map(|k| {
        let joined = doc.is_punct_in(k - 1, ",;")
            && matches!(doc.low(k), "but" | "and" | "while" | "whereas");
        let subject = doc.is_cap(k + 1)
            || matches!(
                doc.low(k + 1),
                "the" | "a" | "an" | "he" | "she" | "they" | "his" | "her" | "their"
            );
        (joined && subject).then_some(k + 1)
    })
}

/// Prepositions and adverbs that open an adjunct before a sentence's subject,
/// besides `OPENERS`: "Over the weekend, ...", "Outside the hall, ...".
const MORE_OPENERS: [&str; 14] = [
    "over",
    "once",
    "because",
    "throughout",
    "with",
    "outside",
    "inside",
    "among",
    "amid",
    "later",
    "under",
    "from",
    "like",
    "unlike",
];

/// Whether a lowercase noun names a person by what they do ("the union
/// leader", "the senator", "activists"): a suffix of agents.
fn is_agent_noun(w: &str) -> bool {
    let w = w.strip_suffix('s').unwrap_or(w);
    ["er", "or", "ist", "ian", "ent", "ant"]
        .iter()
        .any(|s| w.ends_with(s))
}

/// The subject at the start of a sentence, for participles ("Smith left, saying ...").
fn sentence_subject(doc: &Doc, first: usize, limit: usize) -> Option<Range<usize>> {
    let mut j = first;
    while j < limit && doc.punct(j).is_some() {
        j += 1;
    }
    // "But the senator ...": a conjunction or linking adverb is no subject.
    while j < limit && LINKS.contains(&doc.low(j)) {
        j += 1;
        if doc.punct(j) == Some(',') {
            j += 1;
        }
    }
    // "On Tuesday, the senator ...", "Speaking to reporters, she ...": the
    // subject follows an opening adjunct.
    let opener = |w: &str| {
        OPENERS.contains(&w) || MORE_OPENERS.contains(&w) || (w.ends_with("ing") && w.len() > 4)
    };
    if j < limit && opener(doc.low(j)) {
        j = (j..limit.min(j + 12)).find(|&k| doc.punct(k) == Some(','))? + 1;
    } else if let Some(comma) = (j..limit.min(j + 6)).find(|&k| doc.punct(k) == Some(',')) {
        // "Hours later, Trump ...", "Ultimately, Mr. Yanukovych ...", "Last
        // October, President Obama ...": an adverb or a time opens the sentence.
        let w = doc.low(j);
        let adverb = w.ends_with("ly") && comma == j + 1;
        let end_word = doc.low(comma - 1);
        let date =
            crate::words::is_weekday(end_word) || crate::words::MONTHS_BUT_MAY.contains(&end_word);
        let time = matches!(
            end_word,
            "later" | "ago" | "earlier" | "likewise" | "indeed"
        ) || date && matches!(w, "last" | "this" | "next" | "early" | "late");
        let clause = (j..comma).any(|k| verb_like(doc, k) && doc.is_lower_word(k));
        if (adverb || time) && !clause {
            j = comma + 1;
        }
    }
    // The phrase before the first verb: "Other former officers said ...".
    if let Some(v) = (j + 1..limit.min(j + 30)).find(|&k| verb_like(doc, k) && doc.is_lower_word(k))
    {
        // (Past adverbs before the verb: "Byrne also left, saying ...".)
        let last = source::skip_back_to_source(doc, v - 1, j).unwrap_or(v - 1);
        if let Some((src, _)) = source::before(doc, last, j) {
            if src.start == j {
                return Some(src);
            }
        }
    }
    let start = j;
    let mut head_end = None;
    while j < limit && j < start + 7 {
        if source::title_period(doc, j) {
            j += 1; // "Mr. Manafort"
            continue;
        }
        if doc.punct(j).is_some() {
            break;
        }
        let lex = crate::lexicon::lexicons();
        let w = doc.low(j);
        let noun = lex.anon_roles.contains(w)
            || lex.titles.contains(w)
            || lex.vague.contains(w)
            || lex.documents.contains(w);
        if doc.is_cap(j) || noun || matches!(w, "he" | "she" | "they" | "it") {
            head_end = Some(j + 1);
        } else if head_end.is_some() {
            break;
        }
        j += 1;
    }
    // "The billionaire businessman began ...": a determiner alone is no
    // subject; the phrase runs on to the word before the verb.
    if head_end == Some(start + 1) && matches!(doc.low(start), "the" | "a" | "an" | "this" | "that")
    {
        let mut k = start + 1;
        while k < limit && k < start + 5 && doc.is_lower_word(k) && !verb_like(doc, k) {
            k += 1;
        }
        if k > start + 1 && k < limit && verb_like(doc, k) {
            head_end = Some(k);
        }
    }
    head_end.map(|e| start..e)
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
