//! Attributions: who (source) said, through which words (cue), what (content).
//!
//! **What it detects.** For every cue the cue module finds, the source and
//! the content around it, in the orders news writing uses:
//! - direct and indirect speech: `Smith said (that) the talks failed.`;
//! - inverted order: `"The talks failed," said Smith.` and `..., the official said.`;
//! - "according to": `According to the report, ...` and `..., according to aides.`;
//! - "told" with its listener skipped: `an official told Reuters that ...`;
//! - agentless passives, kept with no source: `The call was described as tense.`;
//! - relayed chains, keeping both links: `Reuters, citing an informant, said`,
//!   `sources cited by the Journal`, `..., citing officials.`
//!   and an anonymous source that `told the Journal`.
//!
//! Content bounds follow the quotation marks when the content is a quote, so
//! a quote that runs over several sentences or paragraphs is one content.
//!
//! **Why it matters.** Attribution is what separates what the outlet asserts
//! from what it relays; each relayed claim is only as good as its source.
//!
//! **Traps it avoids.** Weak verbs ("added", "noted", "claimed") count only
//! with a clear content ("that", a quote, a colon) or in the inverted order,
//! so "added 300 jobs" is no attribution. A group mentioned as actors
//! ("talks with senior Russian officials") is never a source: sources come
//! only from the slots around a cue.

use crate::cue::{self, CueForm, CueMatch};
use crate::doc::Doc;
use crate::headline;
use crate::lexicon::{lexicons, CueInfo};
use crate::model::{Attribution, Quote, Relay, Source, SourceKind};
use crate::poll;
use crate::quote;
use crate::sentence::SentenceInfo;
use crate::source;
use crate::Span;
use std::ops::Range;

const TERMINAL: &str = ".?!…";

/// How many tokens a search around a cue looks at, at most. Real clauses are
/// far shorter; the bound keeps analysis linear on a megabyte with no period.
pub(crate) const SCAN: usize = 80;

/// The most tokens a content takes from a sentence, quotations aside. A real
/// sentence is shorter; the bound keeps the output linear when a megabyte with
/// no period holds a thousand cues.
const MAX_CONTENT: usize = 160;
const CLOSE_QUOTES: &str = "\"”»";
const SEPARATORS: &str = ",\"”»—–:;(";

/// Verbs whose object is a listener, skipped before the content: "told reporters that".
const LISTENER_VERBS: [&str; 9] = [
    "tell", "ask", "assure", "inform", "remind", "warn", "urge", "promise", "advise",
];

/// Verbs that characterise an object "as" something: "framed the call as a last chance".
const CHARACTERIZE: [&str; 9] = [
    "frame",
    "describe",
    "characterize",
    "portray",
    "cast",
    "see",
    "view",
    "paint",
    "dismiss",
];

/// Weak verbs that often take a clause with no "that": "analysts believe the race is close".
const BARE_CLAUSE: [&str; 16] = [
    "report",
    "know",
    "believe",
    "think",
    "fear",
    "suspect",
    "argue",
    "insist",
    "claim",
    "predict",
    "warn",
    "acknowledge",
    "admit",
    "concede",
    "contend",
    "suggest",
];

/// Auxiliary verbs: a phrase holding one is a clause, not a source.
const AUXILIARIES: [&str; 18] = [
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could",
    "can", "may", "might", "should", "must", "did",
];

/// Words that open an adjunct after a cue: "said on Tuesday", "said in a statement".
const ADJUNCT_STARTS: [&str; 22] = [
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

/// Whether token `i` opens an adjunct: "on Tuesday", "in a statement", "Friday".
fn starts_adjunct(doc: &Doc, i: usize) -> bool {
    ADJUNCT_STARTS.contains(&doc.low(i)) || crate::words::is_weekday(doc.low(i))
}

/// Pronouns that open a new clause after "and": "..., and she accused".
const PRONOUN_SUBJECTS: [&str; 6] = ["he", "she", "they", "we", "i", "it"];

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

/// An attribution before source kinds and pronouns are settled.
pub(crate) struct Found {
    pub cue: Span,
    pub source: Option<Range<usize>>,
    pub via: Option<Range<usize>>,
    pub content: Option<Span>,
    pub more_content: Vec<Span>,
    pub sentence: usize,
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
        }
    }
}

/// Finds every attribution, sentence by sentence, then the further parts of
/// contents split around their attribution.
pub(crate) fn find(doc: &Doc, sentences: &[SentenceInfo], quotes: &[Quote]) -> Vec<Found> {
    let mut found = find_in_sentences(doc, sentences, quotes);
    continue_contents(doc, sentences, quotes, &mut found);
    found
}

/// The content parts after an attribution frame: '"A," she said, "B."',
/// "The deal, officials said, is dead.", and quotes in the following
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
        let cue_end = s.tokens.start
            + doc.tokens[s.tokens.clone()].partition_point(|t| t.span.start < f.cue.end);
        let after = cue_end.max(frame_end);
        if content.end > f.cue.start || after >= end || doc.punct(after) != Some(',') {
            // Only contents before their frame continue after it.
        } else if doc.is_punct_in(after + 1, "\"“«„") {
            if let Some(q) = quote::starting_at(quotes, doc.span(after + 1).start) {
                f.more_content.push(q.span);
            }
        } else if doc.is_lower_word(after + 1)
            && f.source
                .as_ref()
                .is_none_or(|r| doc.span(r.start).start < f.cue.start)
            && quote::ending_at(quotes, content.end).is_none()
            && !CONTINUATION_STOPS.contains(&doc.low(after + 1))
            && !doc.low(after + 1).ends_with("ing")
        {
            let mut last = end;
            while last > after + 2 && doc.is_punct_in(last - 1, TERMINAL) {
                last -= 1;
            }
            f.more_content.push(doc.range_span(after + 1, last));
        }
        // Quotes in the next sentences of the paragraph, while they carry no attribution.
        let quoted = f.more_content.last().copied().unwrap_or(content);
        if quote::ending_at(quotes, quoted.end).is_none()
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
                poll::Place::Closing => (content_before(doc, cue, sentence, quotes), false),
            };
            if content.is_some() {
                let f = Found::framed(doc.span(cue), source, content, index);
                if opening {
                    found.push(f);
                } else {
                    poll_last = Some(f);
                }
            }
        }
        if let Some((source, colon, from)) = headline::find(doc, sentence.tokens.clone()) {
            let content = content_after(doc, from, sentence, quotes).map(|c| c.0);
            found.push(Found::framed(doc.span(colon), source, content, index));
        }
        let mut frames = Vec::new();
        for m in &cues {
            // The subject of an earlier cue; for "..., citing Y" the one who
            // cites, not Y when Y became that cue's source.
            let citing = doc.low(m.tokens.start) == "citing";
            let earlier_source = found[first_in_sentence..]
                .iter()
                .rev()
                .find_map(|f: &Found| {
                    if citing {
                        f.via.clone().or(f.source.clone())
                    } else {
                        f.source.clone()
                    }
                });
            let frame = matches!(m.form, CueForm::Passive { agent: None, .. });
            if let Some(f) = build(doc, index, sentence, m, quotes, earlier_source) {
                if let Some(src) = &f.source {
                    trim_sibling(
                        doc,
                        &mut found[first_in_sentence..],
                        src.start,
                        sentence.tokens.start,
                    );
                }
                if frame {
                    frames.push(found.len());
                }
                found.push(f);
            }
        }
        // A frame inside another content of the sentence is the source's own
        // wording, not an attribution of the article's: "officials said the
        // delegations appeared to aim ...", "X has reportedly failed, according to Y".
        for &k in frames.iter().rev() {
            let at = found[k].cue.start;
            let nested = found[first_in_sentence..].iter().any(|f| {
                f.content.is_some_and(|c| c.start <= at && at < c.end) && f.cue != found[k].cue
            });
            if nested {
                found.remove(k);
            }
        }
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
    };
    match &m.form {
        CueForm::According => {
            let phrase = source::after_according(doc, m.tokens.end, end)?;
            let phrase_end = phrase.end;
            let (src, via) = source::split_relay(doc, phrase);
            let lead = (first..m.tokens.start).all(|j| {
                doc.punct(j).is_some()
                    || matches!(
                        doc.low(j),
                        "but" | "and" | "yet" | "also" | "however" | "so"
                    )
            });
            f.content = if lead {
                content_after(doc, phrase_end, s, quotes).map(|c| c.0)
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
                let rest = content_after(doc, after, s, quotes).map(|c| c.0);
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
                let it_clause = doc.low(m.tokens.start) == "it";
                // "Sanders was asked whether ...": the question is the content.
                let question =
                    doc.low(m.tokens.end - 1) == "asked" && QUESTION_WORDS.contains(&doc.low(from));
                if !(it_clause
                    || question
                    || doc.low(from) == "that"
                    || doc.is_punct_in(from, ":\"“«"))
                {
                    return None; // "were warned about the delays": no claim is relayed
                }
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
            if side && doc.low(c).ends_with("ing") && !(c > first && doc.punct(c - 1) == Some(','))
            {
                return None; // a gerund or a modifier: "ads supporting Rubio", "for backing"
            }
            if info.lemma == "cite" && doc.low(c).ends_with("ing") {
                // "..., citing low growth": the subject cites what follows, up
                // to the next comma. (When a source is cited, the main
                // attribution also keeps it as a relay.)
                f.source = earlier_source.or_else(|| sentence_subject(doc, first, c));
                f.content = Some(cited_phrase(doc, m.tokens.end, end, quotes)?);
                return Some(f);
            }
            if doc.low(c).ends_with("ing")
                && c > first
                && doc.is_lower_word(c - 1)
                && !matches!(
                    doc.low(c - 1),
                    "and" | "but" | "while" | "when" | "also" | "just" | "then" | "by"
                )
            {
                // A gerund or a modifier: "without saying", "voters saying they ...".
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
                let (question, agent) = asked_question(doc, m.tokens.end, end)?;
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
            let participle =
                doc.low(c).ends_with("ing") && k > first && doc.punct(k - 1) == Some(',');
            if participle {
                // "..., saying the deal was dead": the subject of the sentence speaks.
                f.source = earlier_source.or_else(|| sentence_subject(doc, first, c));
                let (content, cited) =
                    content_after_verb(doc, m.tokens.end, s, quotes, info, &mut f.via)?;
                f.content = content;
                if let Some(cited) = cited {
                    f.via = f.source.replace(cited);
                }
            } else if let Some(src) = inverted_source(doc, m, c, first, end) {
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
                    // "Smith thanked the crowd and said ...": the sentence's subject speaks.
                    let src = earlier_source.or_else(|| sentence_subject(doc, first, last))?;
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
                    f.content = content;
                    f.source = Some(last..last + 1);
                    return Some(f);
                }
                if info.lemma == "called" && not_a_call(doc, last, m.tokens.end, end) {
                    return None;
                }
                let (src, mut via) = source::before(doc, last, first)?;
                if info.lemma == "called" && src.start > first && doc.low(src.start - 1) == "what" {
                    return None; // "condemned what he called a breach": the writer's verb
                }
                if src.start > first
                    && doc.low(src.start - 1) == "as"
                    && doc.punct(m.tokens.end) == Some(',')
                {
                    // "As the Post reported, the deal ...": the claim follows the comma.
                    f.content = content_after(doc, m.tokens.end + 1, s, quotes).map(|c| c.0);
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
                if sep_before
                    && (rest_is_adjunct(doc, m.tokens.end, end)
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
                    let info = if evidence { &object } else { info };
                    let (content, cited) =
                        content_after_verb(doc, m.tokens.end, s, quotes, info, &mut via)?;
                    f.content = content;
                    if let Some(cited) = cited {
                        f.source = Some(cited);
                        f.via = Some(src);
                        return Some(f);
                    }
                }
                // "an event that Carson says led him to Christ": the relative
                // pronoun is the subject of the claim, and starts its content.
                if let Some(c) = f.content.filter(|c| {
                    src.start > first
                        && matches!(doc.low(src.start - 1), "that" | "which")
                        && doc.span(m.tokens.end).start == c.start
                        && doc.is_lower_word(m.tokens.end)
                        && verb_like(doc, m.tokens.end)
                }) {
                    f.content = Some(doc.span(src.start - 1));
                    f.more_content.push(c);
                }
                let (src, relay) = source::split_relay(doc, src);
                f.source = Some(src);
                f.via = via.or(relay);
            }
        }
    }
    Some(f)
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
    let next = m.tokens.end;
    if matches!(doc.low(next), "that" | "to" | "it" | "how" | "what" | "whether" | "the" if doc.low(next) != "the" || !(doc.is_word(next + 1) || doc.is_number(next + 1)))
    {
        return None;
    }
    let src = source::after(doc, next, end)?;
    // "said the report was wrong" is a clause, not a source.
    // (A relative clause inside an appositive may hold one: "said Norm
    // Coleman, a Republican who has not endorsed".)
    let verb = src
        .clone()
        .take_while(|&j| !matches!(doc.low(j), "who" | "whom" | "whose"))
        .any(|j| AUXILIARIES.contains(&doc.low(j)));
    if verb {
        return None;
    }
    // "said an official who spoke on condition of anonymity ...": the
    // relative clause belongs to the source and runs to the end of the sentence.
    let who = if doc.punct(src.end) == Some(',') {
        src.end + 1
    } else {
        src.end
    };
    if src.end < end && doc.low(who) == "who" {
        let mut last = end;
        while last > who + 1 && doc.is_punct_in(last - 1, TERMINAL) {
            last -= 1;
        }
        return Some(src.start..last);
    }
    rest_is_adjunct(doc, src.end, end).then_some(src)
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

/// The first token of a sentence's text after a dateline ("GENEVA (Wire) — ").
fn body_start(doc: &Doc, s: &SentenceInfo) -> usize {
    let first = s.tokens.start;
    let limit = s.tokens.end.min(first + 10);
    for j in first..limit {
        if doc.is_punct_in(j, "—–-") && j > first && doc.space_before(j) {
            return j + 1;
        }
        let word = doc.raw(j);
        let shouting = doc.is_word(j) && word.len() > 1 && !word.chars().any(char::is_lowercase);
        if !(shouting
            || doc.punct(j).is_some()
            || (doc.is_word(j) && doc.is_cap(j) && j > first && doc.punct(j - 1) == Some('(')))
        {
            return first;
        }
    }
    first
}

/// The subject of an agentless frame that starts at token `cue`: the words
/// since the last clause break before it ("In the past few days, the plan
/// seemed ...", "... and that he seems ..."), or `None` when the frame opens
/// its clause. A relative pronoun stands alone ("a voter who seemed ...").
fn frame_subject(doc: &Doc, s: &SentenceInfo, cue: usize) -> Option<Span> {
    let first = body_start(doc, s).max(cue.saturating_sub(SCAN));
    if cue > first && matches!(doc.low(cue - 1), "who" | "which" | "that") {
        return Some(doc.span(cue - 1)); // "The DNC, which is seen as ..."
    }
    let be_or_it = matches!(
        doc.low(cue),
        "is" | "are" | "was" | "were" | "be" | "been" | "being" | "'s" | "’s" | "it" | "reportedly"
    );
    if !be_or_it && cue > first && doc.is_word(cue - 1) && !AUXILIARIES.contains(&doc.low(cue - 1))
    {
        // A reduced relative: "the contests known as Super Tuesday".
        return source::before(doc, cue - 1, first).map(|(r, _)| doc.range_span(r.start, r.end));
    }
    let mut start = first;
    for j in (first..cue).rev() {
        if doc.is_punct_in(j, ",;:—–(\"“”")
            || CLAUSE_BREAKS.contains(&doc.low(j))
            || (doc.is_lower_word(j) && lexicons().cues.longest_at(doc, j, cue).is_some())
        {
            start = j + 1;
            break;
        }
        if matches!(doc.low(j), "who" | "which") {
            start = j;
            break;
        }
    }
    let mut end = cue;
    while end > start
        && (doc.punct(end - 1).is_some()
            || matches!(
                doc.low(end - 1),
                "has"
                    | "have"
                    | "had"
                    | "will"
                    | "would"
                    | "may"
                    | "might"
                    | "could"
                    | "can"
                    | "should"
                    | "must"
                    | "also"
            ))
        && doc.low(cue) != "reportedly"
    {
        end -= 1;
    }
    (end > start).then(|| doc.range_span(start, end))
}

/// Words that open an adverbial before a clause's subject: "In the past few days, ...".
const OPENERS: [&str; 22] = [
    "in", "on", "at", "after", "before", "since", "during", "for", "last", "earlier", "when",
    "while", "although", "though", "as", "if", "despite", "even", "now", "still", "however", "by",
];

/// Words that end the clause before a frame's subject: "... and that the plan seemed".
const CLAUSE_BREAKS: [&str; 10] = [
    "that", "and", "but", "because", "if", "when", "while", "although", "though", "since",
];

/// The sentence without its dateline and final punctuation.
fn sentence_body(doc: &Doc, s: &SentenceInfo, cue: &Range<usize>) -> Span {
    let start = body_start(doc, s).max(cue.start.saturating_sub(MAX_CONTENT));
    let mut last = s.tokens.end.min(cue.end + MAX_CONTENT);
    while last > start + 1 && doc.is_punct_in(last - 1, TERMINAL) {
        last -= 1;
    }
    doc.range_span(start, last.max(start + 1))
}

/// Whether what follows a cue is only an adjunct ("on Tuesday", "in a
/// statement", ", adding ..."), so the content must lie before it.
fn rest_is_adjunct(doc: &Doc, from: usize, end: usize) -> bool {
    if from >= end || doc.is_punct_in(from, TERMINAL) || doc.is_punct_in(from, CLOSE_QUOTES) {
        return true;
    }
    if doc.punct(from) == Some(',') {
        return !matches!(doc.low(from + 1), "that") && !doc.is_punct_in(from + 1, "\"“«");
    }
    let starts_adjunct = starts_adjunct(doc, from);
    starts_adjunct
        && !(from..end.min(from + SCAN))
            .any(|j| doc.low(j) == "that" || doc.is_punct_in(j, "\"“«:"))
}

/// The content before a cue: the quotation that closes just before it, or the
/// clause from the start of the sentence. `sep` is the first separator token.
fn content_before(doc: &Doc, sep: usize, s: &SentenceInfo, quotes: &[Quote]) -> Option<Span> {
    // A closing mark among the separators, or just before them.
    let mut j = sep;
    while j < doc.len() && doc.is_punct_in(j, SEPARATORS) {
        if doc.is_punct_in(j, CLOSE_QUOTES) {
            let mark_end = doc.span(j).end;
            if let Some(q) = quote::ending_at(quotes, mark_end) {
                // 'Teachers "get why the union endorsed her," she said': a
                // quote that opens mid-sentence carries the words before it.
                let start = body_start(doc, s);
                let lead = doc.span(start).start < q.span.start
                    && q.span.start >= s.span.start
                    && !(start..sep).any(|k| {
                        doc.span(k).end <= q.span.start
                            && (doc.is_punct_in(k, ":;")
                                || lexicons().cues.longest_at(doc, k, k + 1).is_some())
                    });
                return Some(if lead {
                    doc.span(start).cover(q.span)
                } else {
                    q.span
                });
            }
        }
        j += 1;
    }
    let mut start = body_start(doc, s).max(sep.saturating_sub(MAX_CONTENT));
    // "But the plan failed, officials said": the conjunction links to the
    // sentence before; it is not part of the claim.
    while start + 1 < sep
        && (matches!(
            doc.low(start),
            "but" | "and" | "yet" | "so" | "still" | "however"
        ) || doc.punct(start) == Some(','))
    {
        start += 1;
    }
    start = past_connective(doc, start, sep);
    if sep <= start {
        return None;
    }
    Some(doc.range_span(start, sep))
}

/// Past a linking phrase or a label that opens a content: "In contrast, ...",
/// "Meanwhile, ...", "The result: ..." (at most three words before the mark).
fn past_connective(doc: &Doc, start: usize, stop: usize) -> usize {
    let Some(mark) = (start..stop.min(start + 4)).find(|&j| doc.punct(j).is_some()) else {
        return start;
    };
    let linking = doc.punct(mark) == Some(',')
        && (mark == start + 1 && CONNECTIVES.contains(&doc.low(start))
            || mark == start + 2
                && matches!(
                    (doc.low(start), doc.low(start + 1)),
                    ("in", "contrast" | "fact" | "addition" | "short" | "turn")
                        | ("for", "example" | "instance")
                        | ("of", "course")
                        | ("at", "least")
                ));
    let label = doc.punct(mark) == Some(':') && mark > start;
    if (linking || label) && mark + 1 < stop {
        mark + 1
    } else {
        start
    }
}

/// One-word linking adverbs: "Meanwhile, ...".
const CONNECTIVES: [&str; 10] = [
    "meanwhile",
    "instead",
    "overall",
    "indeed",
    "moreover",
    "also",
    "now",
    "then",
    "still",
    "however",
];

/// The content after a cue, from token `from`: a quotation that opens there,
/// or the rest of the sentence (stretched to the end of a quote that starts
/// inside it). Also returns where a trailing ", citing X" starts.
fn content_after(
    doc: &Doc,
    from: usize,
    s: &SentenceInfo,
    quotes: &[Quote],
) -> Option<(Span, Option<usize>)> {
    let end = s.tokens.end;
    let mut start = from;
    while start < end && doc.is_punct_in(start, ",:—–") {
        start += 1;
    }
    if start >= end || doc.is_punct_in(start, TERMINAL) {
        return None;
    }
    if doc.is_punct_in(start, "\"“«„") {
        if let Some(q) = quote::starting_at(quotes, doc.span(start).start) {
            return Some((q.span, None));
        }
    }
    let start = past_connective(doc, start, end);
    let mut stop = end.min(start + MAX_CONTENT);
    let mut citing = None;
    for j in start..end.min(start + SCAN) {
        if doc.punct(j) == Some(';') && !in_open_quote(doc, quotes, j) {
            stop = j; // "he thinks X; that's a ticket to the tar pit"
            break;
        }
        if doc.low(j) == "and"
            && j > start + 2
            && new_predicate(doc, j + 1, end)
            && !in_open_quote(doc, quotes, j)
        {
            // "called on the U.S. to attack the oil and proposed a safe zone":
            // the source's next act, not its claim.
            stop = if doc.punct(j - 1) == Some(',') {
                j - 1
            } else {
                j
            };
            break;
        }
        if doc.punct(j) != Some(',') {
            continue;
        }
        let mut k = j + 1;
        while k < end && doc.is_punct_in(k, CLOSE_QUOTES) {
            k += 1;
        }
        let participle = doc.low(k).ends_with("ing")
            && doc.low(k) != "citing"
            && lexicons().cues.longest_at(doc, k, end).is_some();
        if participle || doc.low(k) == "however" {
            // "..., adding ...", "..., asserting that ...", "..., however".
            stop = j;
            break;
        }
        if matches!(doc.low(k), "citing" | "according") {
            stop = j;
            citing = (doc.low(k) == "citing").then_some(k + 1);
            break;
        }
        if doc.low(k) == "and"
            && (PRONOUN_SUBJECTS.contains(&doc.low(k + 1)) || doc.low(k + 1).ends_with("ing"))
        {
            stop = j;
            break;
        }
        if matches!(
            doc.low(k),
            "while" | "whereas" | "but" | "although" | "though"
        ) {
            stop = k;
            break;
        }
    }
    while stop > start + 1 && doc.is_punct_in(stop - 1, TERMINAL) {
        stop -= 1;
    }
    if stop > start + 1 && doc.punct(stop - 1) == Some(',') {
        stop -= 1;
    }
    let mut span = doc.range_span(start, stop);
    // A quotation that opens inside the content and runs past the sentence.
    if let Some(q) = quote::first_opening_in(quotes, span).filter(|q| q.span.end > span.end) {
        if citing.is_none() {
            span = span.cover(q.span);
        }
    }
    Some((span, citing))
}

/// Whether "called" (its source ending at token `last`, its object at
/// `next`) names or phones rather than characterises: "a company called
/// Acme", "a stream called Miracle Run", "called Ms. Ortiz on Friday",
/// "called into the show", "called an emergency meeting".
fn not_a_call(doc: &Doc, last: usize, next: usize, end: usize) -> bool {
    let before = doc.low(last);
    // A thing named: "a group called Lashkar-e-Taiba", "The program, called EB-5,".
    let naming = matches!(doc.low(last.saturating_sub(1)), "a" | "an")
        || (doc.punct(last) == Some(',') && doc.is_cap(next))
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
    let particle = matches!(doc.low(next), "in" | "into" | "to" | "back" | "off");
    let convened = (next..end.min(next + 4)).any(|j| {
        matches!(
            doc.low(j),
            "meeting" | "vote" | "election" | "hearing" | "session" | "summit" | "strike"
        )
    });
    naming || particle || convened
}

/// What "citing" cites: the words from `from` to the next comma or the end
/// of the sentence, outside quotation marks.
fn cited_phrase(doc: &Doc, from: usize, end: usize, quotes: &[Quote]) -> Option<Span> {
    let mut stop = from;
    while stop < end.min(from + SCAN) && !doc.is_punct_in(stop, TERMINAL) {
        if doc.is_punct_in(stop, ",;") && !in_open_quote(doc, quotes, stop) {
            break;
        }
        stop += 1;
    }
    (stop > from).then(|| doc.range_span(from, stop))
}

/// Whether token `j` sits inside a quotation that opened before it.
fn in_open_quote(doc: &Doc, quotes: &[Quote], j: usize) -> bool {
    quote::containing(quotes, doc.span(j)).is_some()
}

/// Whether the words from `k` (just after "and") start a new predicate of
/// the source: a reporting or stance verb that is not an "-ing" form, maybe
/// after "also" ("and proposed a safe zone", "and also called").
fn new_predicate(doc: &Doc, k: usize, end: usize) -> bool {
    let k = if doc.low(k) == "also" { k + 1 } else { k };
    k < end
        && doc.is_lower_word(k)
        && !doc.low(k).ends_with("ing")
        && lexicons()
            .cues
            .longest_at(doc, k, end)
            .is_some_and(|(_, info)| !matches!(info.lemma, "hope" | "offer"))
}

/// The content after a reporting verb: skips a listener ("told reporters"),
/// adjuncts before "that", and checks weak verbs have a clear content.
fn content_after_verb(
    doc: &Doc,
    from: usize,
    s: &SentenceInfo,
    quotes: &[Quote],
    info: &CueInfo,
    via: &mut Option<Range<usize>>,
) -> Option<(Option<Span>, Option<Range<usize>>)> {
    let (lemma, strong, info_clause) = (info.lemma, info.strong, info.clause);
    let end = s.tokens.end;
    let mut p = from;
    // "asked the court to intervene": the one asked belongs to the content.
    let mut asked = None;
    if LISTENER_VERBS.contains(&lemma) {
        if let Some(listener) = listener(doc, p, end) {
            asked = Some(listener.start);
            // Only the listener of "told" relays: "asked Sanders" does not.
            if lemma == "tell"
                && (doc.is_cap(listener.start)
                    || doc.low(listener.start) == "the" && doc.is_cap(listener.start + 1))
            {
                *via = Some(listener.clone());
            }
            p = listener.end;
        }
        // "told the crowd in Ohio on Friday that ...": the content starts at "that".
        if let Some(t) = (p..end.min(p + 14)).find(|&j| doc.low(j) == "that") {
            if (p..t).all(|j| doc.is_word(j) || doc.is_number(j) || doc.is_punct_in(j, ",.'’")) {
                p = t;
            }
        }
        // "told host Matt Boyle, “...”", "told members of Congress: “...”".
        if let Some(t) =
            (p..end.min(p + 8)).find(|&j| doc.punct(j).is_some() && !doc.is_punct_in(j, ".'’-"))
        {
            let opens = doc.is_punct_in(t, ",:") && doc.is_punct_in(t + 1, "\"“«");
            if t > p && opens && (p..t).all(|j| doc.is_word(j) || doc.is_punct_in(j, ".'’-")) {
                if lemma == "tell" && via.is_none() && (p..t).any(|j| doc.is_cap(j)) {
                    *via = Some(p..t);
                }
                p = t + 1;
            }
        }
    } else if doc.low(p) == "to"
        && matches!(
            lemma,
            "explain" | "say" | "write" | "describe" | "complain" | "admit" | "confirm"
        )
    {
        // "explained to CBS why ...", "said to reporters that ...".
        if let Some(t) = (p + 1..end.min(p + 8)).find(|&j| {
            matches!(doc.low(j), "that" | "why" | "how" | "what" | "whether")
                || doc.is_punct_in(j, ":\"“«")
        }) {
            if (p + 1..t).all(|j| doc.is_word(j) || doc.is_punct_in(j, ".'’-,")) {
                p = if doc.punct(t) == Some(':') { t + 1 } else { t };
            }
        }
    }
    // "said on Tuesday that ...": start at "that" when only an adjunct comes first.
    if let Some(t) = (p..end.min(p + 9)).find(|&j| doc.low(j) == "that") {
        let adjunct = t == p || starts_adjunct(doc, p) || doc.punct(p) == Some(',');
        let plain = (p..t).all(|j| doc.is_word(j) || doc.is_number(j) || doc.punct(j) == Some(','));
        if adjunct && plain && !(p..t).any(|j| doc.low(j) == "as") {
            p = t;
        }
    }
    // "said on Friday he met ...": the adjunct belongs to the cue, not the claim.
    if starts_adjunct(doc, p) {
        if let Some(k) = (p + 1..end.min(p + 7)).find(|&j| PRONOUN_SUBJECTS.contains(&doc.low(j))) {
            if (p..k).all(|j| doc.is_word(j) || doc.is_number(j)) && k > p {
                p = k;
            }
        }
    }
    let characterizes = CHARACTERIZE.contains(&lemma)
        && (p..end.min(p + 13))
            .take_while(|&j| doc.punct(j).is_none())
            .any(|j| doc.low(j) == "as");
    let clear = characterizes
        || doc.low(p) == "that"
        || (doc.low(p) == "to"
            && (info.kind == crate::lexicon::CueType::Intent
                || (LISTENER_VERBS.contains(&lemma) && p > from)))
        || (lemma == "ask"
            && matches!(
                doc.low(p),
                "whether" | "if" | "what" | "why" | "how" | "when" | "who" | "where"
            ))
        || doc.is_punct_in(p, ":\"“«")
        || (doc.punct(p) == Some(',') && doc.is_punct_in(p + 1, "\"“«"))
        || object_then_to(doc, p, end, lemma);
    let bare_clause = BARE_CLAUSE.contains(&lemma)
        && matches!(
            doc.low(p),
            "he" | "she"
                | "they"
                | "it"
                | "we"
                | "i"
                | "the"
                | "a"
                | "an"
                | "this"
                | "these"
                | "those"
                | "its"
                | "his"
                | "her"
                | "their"
                | "there"
        );
    // A stance verb takes an object ("criticized the plan"); a verb of saying
    // needs a clause ("added the deal was off", not "added 300 jobs").
    let clause = info_clause
        && (doc.is_word(p) || doc.is_number(p) || doc.is_punct_in(p, "$“\""))
        && (info.kind == crate::lexicon::CueType::Stance || looks_like_clause(doc, p, end));
    if !strong && !clear && !bare_clause && !clause {
        return None;
    }
    let asked = asked.filter(|_| doc.low(p) == "to");
    match content_after(doc, p, s, quotes) {
        Some((mut span, citing)) => {
            if let Some(a) = asked {
                span = doc.span(a).cover(span);
            }
            // "X reported ..., citing Y": Y is the source, X relays it.
            let cited = citing.map(|c| {
                let mut k = c;
                while k < end && doc.punct(k).is_none() {
                    k += 1;
                }
                c..k
            });
            Some((Some(span), cited.filter(|r| !r.is_empty())))
        }
        None if strong => Some((None, None)),
        None => None,
    }
}

/// Whether a verb of thinking or wanting takes an object and an infinitive
/// from `p`: "officials expect it to raise rates", "wants him to run".
fn object_then_to(doc: &Doc, p: usize, end: usize, lemma: &str) -> bool {
    matches!(
        lemma,
        "expect" | "believe" | "want" | "consider" | "prefer" | "fear"
    ) && (p + 1..end.min(p + 5))
        .find(|&j| doc.low(j) == "to" || doc.punct(j).is_some())
        .is_some_and(|j| doc.low(j) == "to" && (p..j).all(|k| doc.is_word(k)))
}

/// Whether the words from `p` read as a clause: a pronoun subject, or a verb
/// form (an auxiliary or modal) within the first few words.
fn looks_like_clause(doc: &Doc, p: usize, end: usize) -> bool {
    if PRONOUN_SUBJECTS.contains(&doc.low(p)) || doc.low(p) == "there" {
        return true;
    }
    (p..end.min(p + 10))
        .take_while(|&j| doc.punct(j).is_none() || doc.is_punct_in(j, "'’-"))
        .any(|j| CLAUSE_VERBS.contains(&doc.low(j)))
}

/// Whether `w` is a verb form that marks a clause ("was", "will", "’s").
pub(crate) fn is_clause_verb(w: &str) -> bool {
    CLAUSE_VERBS.contains(&w)
}

/// Verb forms that mark a clause: "the deal was off", "prices will rise".
const CLAUSE_VERBS: [&str; 24] = [
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could",
    "can", "should", "may", "might", "must", "do", "does", "did", "'s", "’s", "wo", "ca",
];

/// Words that open the question of "asked": "asked whether ...".
const QUESTION_WORDS: [&str; 9] = [
    "whether", "if", "what", "how", "why", "who", "when", "about", "to",
];

/// The start of the question after an opening "Asked", past an adverb and
/// a "by X" or "on Fox News" adjunct, and the tokens of the asker after "by".
fn asked_question(doc: &Doc, from: usize, end: usize) -> Option<(usize, Option<Range<usize>>)> {
    if from > 0 && from < end && doc.low(from - 1) == "about" {
        return Some((from, None)); // "Asked about her vote, ..."
    }
    let mut j = from;
    let mut agent = None;
    if doc.low(j).ends_with("ly") {
        j += 1; // "Asked specifically what ..."
    }
    if matches!(doc.low(j), "by" | "on" | "in" | "during") {
        let by = doc.low(j) == "by";
        let start = j + 1;
        let stop = (start..end.min(start + 8)).find(|&k| QUESTION_WORDS.contains(&doc.low(k)))?;
        if stop == start
            || (start..stop).any(|k| doc.punct(k).is_some() && !doc.is_punct_in(k, ".-"))
        {
            return None;
        }
        agent = by.then_some(start..stop);
        j = stop;
    }
    QUESTION_WORDS.contains(&doc.low(j)).then_some((j, agent))
}

/// The listener after "told": a pronoun, "reporters", or a short name ("the Journal", "CNN").
fn listener(doc: &Doc, p: usize, end: usize) -> Option<Range<usize>> {
    if p >= end {
        return None;
    }
    if LISTENERS.contains(&doc.low(p)) {
        return Some(p..p + 1);
    }
    let mut j = p;
    if doc.low(j) == "the" {
        j += 1;
    }
    let run = j;
    while j < end && j < run + 5 && doc.is_cap(j) {
        j += 1;
    }
    if j > run {
        return Some(p..j);
    }
    // "asked workers if ...", "urged the congregation to stand".
    let mut k = p;
    if matches!(
        doc.low(k),
        "the" | "his" | "her" | "their" | "its" | "our" | "all"
    ) {
        k += 1;
    }
    let words = k;
    while k < end
        && k < words + 3
        && doc.is_lower_word(k)
        && !QUESTION_WORDS.contains(&doc.low(k))
        && doc.low(k) != "that"
    {
        k += 1;
    }
    let opens = QUESTION_WORDS.contains(&doc.low(k)) || doc.low(k) == "that";
    if k > words && k < end && opens {
        return Some(p..k);
    }
    // A longer phrase before "whether", "if" or "that": "asked former
    // Attorney General Eric Holder whether ...".
    let k = (p..end.min(p + 10)).find(|&j| {
        matches!(doc.low(j), "whether" | "if" | "that")
            || !(doc.is_word(j) || doc.is_number(j) || doc.is_punct_in(j, ".’'-"))
    })?;
    (k > p + 1 && matches!(doc.low(k), "whether" | "if" | "that")).then_some(p..k)
}

/// The subject at the start of a sentence, for participles ("Smith left, saying ...").
fn sentence_subject(doc: &Doc, first: usize, limit: usize) -> Option<Range<usize>> {
    let mut j = first;
    while j < limit && doc.punct(j).is_some() {
        j += 1;
    }
    // "On Tuesday, the senator ...": the subject follows an opening adjunct.
    if j < limit && OPENERS.contains(&doc.low(j)) {
        j = (j..limit.min(j + 12)).find(|&k| doc.punct(k) == Some(','))? + 1;
    }
    // The phrase before the first verb: "Other former officers said ...".
    if let Some(v) = (j + 1..limit.min(j + 30)).find(|&k| verb_like(doc, k) && doc.is_lower_word(k))
    {
        if let Some((src, _)) = source::before(doc, v - 1, j) {
            if src.start == j {
                return Some(src);
            }
        }
    }
    let start = j;
    let mut head_end = None;
    while j < limit && j < start + 7 {
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
const IRREGULAR_PASTS: [&str; 24] = [
    "began", "went", "took", "made", "came", "gave", "got", "left", "met", "ran", "spoke", "stood",
    "won", "lost", "held", "sat", "led", "brought", "kept", "meant", "paid", "sent", "spent",
    "became",
];

/// Whether token `k` reads as a finite verb: an auxiliary, a past in "-ed",
/// a common irregular past, or a reporting verb.
fn verb_like(doc: &Doc, k: usize) -> bool {
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
