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
//! - a clause and a colon before a quotation, whatever its verb:
//!   `Ruiz went on: "..."` (`attribution/introduced.rs`);
//! - the other frames with their own detectors: polls (`poll.rs`) and
//!   headlines (`headline.rs`), whose turns in a transcript run to the
//!   end of their paragraph (`turn.rs`).
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

use crate::content::{body_start, content_after, content_before, CLAUSE_VERBS, OPENERS};
use crate::cue::{self, CueForm};
use crate::doc::Doc;
use crate::headline;
use crate::lexicon::{lexicons, CueType};
use crate::model::{Attribution, Quote, Relay, Source, SourceKind};
use crate::poll;
use crate::quote;
use crate::sentence::SentenceInfo;
use crate::source;
use crate::turn;
use crate::Span;
use std::ops::Range;

mod build;
mod continuation;
mod introduced;
mod inverted;
mod nesting;
mod subject;
mod traps;
use crate::vocab::w;
use crate::words::listed;
use build::build;
pub(crate) use continuation::{contact_relative, NOUN_STARTS};
use continuation::{continue_contents, trim_sibling};
use nesting::{Holder, Nested};

/// Marks that end a sentence.
pub(crate) const TERMINAL: &str = ".?!…";

/// How many attributions on each side of one are checked for a content
/// holding it.
const NEAR: usize = 8;

/// How many tokens a search around a cue looks at, at most. Real clauses are
/// far shorter; the bound keeps analysis linear on a megabyte with no period.
pub(crate) const SCAN: usize = 80;

/// Closing quotation marks.
pub(crate) const CLOSE_QUOTES: &str = "\"”»";
/// Marks that may stand between a claim and an inverted cue after it
/// ("...,\" said X", "... — said X").
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
    /// Makes `phrase` the source, with the relay named inside it as `via`
    /// ("sources cited by the Journal": see [`source::split_relay`]) unless
    /// `cited`, a relay found outside the phrase ("X, citing Y"), comes
    /// first.
    fn credit(&mut self, doc: &Doc, phrase: Range<usize>, cited: Option<Range<usize>>) {
        let (src, relay) = source::split_relay(doc, phrase);
        self.source = Some(src);
        self.via = cited.or(relay);
    }

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
    for f in &mut found {
        for part in f.content.iter_mut().chain(f.more_content.iter_mut()) {
            *part = close_quote(doc, quotes, *part);
        }
    }
    nesting::drop_frames_in_continuations(found)
}

/// A content that stops at the comma or period just inside a closing
/// quotation mark ends with that mark: 'whether it was "a fair deal,"', not
/// '..."a fair deal', so a highlight never opens a quotation it leaves open.
fn close_quote(doc: &Doc, quotes: &[Quote], part: Span) -> Span {
    let Some(q) = quote::running_past(quotes, part).filter(|q| q.closed) else {
        return part;
    };
    let first = doc.token_at(part.end);
    let mut j = first;
    while j < doc.len() && j < first + 3 && !doc.space_before(j) {
        if doc.punct(j).is_none() {
            break;
        }
        if doc.span(j).end == q.span.end {
            return Span::new(part.start, q.span.end);
        }
        j += 1;
    }
    part
}

/// Finds the attributions of each sentence in turn: every cue with its
/// source and content, less the cues that nest in another's content the way
/// annotators do not mark.
fn find_in_sentences(doc: &Doc, sentences: &[SentenceInfo], quotes: &[Quote]) -> Vec<Found> {
    let mut found = Vec::new();
    // Where the content of the last transcript turn ends ("RUIZ: ...").
    let mut turn_end = 0;
    for (index, sentence) in sentences.iter().enumerate() {
        let cues = cue::find(doc, sentence.tokens.clone(), quotes);
        let first_in_sentence = found.len();
        let sentence_span = doc.range_span(sentence.tokens.start, sentence.tokens.end);
        let in_turn = sentence_span.start < turn_end;
        // What each attribution of the sentence is, for the nesting check.
        let mut holders: Vec<Holder> = Vec::new();
        // A poll ("In a CNN poll, ...", "... a lead in the polls") outside quotations.
        let mut poll_last = None;
        let poll = poll::find(doc, sentence.tokens.clone(), body_start(doc, sentence))
            .filter(|(cue, ..)| quote::containing(quotes, doc.span(*cue)).is_none());
        if let Some((cue, source, place)) = poll {
            let (content, opening) = match place {
                // (Its figures are the poll's all through the sentence: "In
                // a poll, 40 percent backed X, while 50 percent backed Y";
                // 8 contents more exact on train.)
                poll::Place::Opening(content) => {
                    (Some(doc.range_span(content.start, content.end)), true)
                }
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
        if let Some((source, cue, from)) = headline::find(doc, sentence.tokens.clone()) {
            let content = content_after(doc, from, sentence, quotes)
                .map(|c| turn::content(doc, sentences, index, &source, c.0));
            let cue = doc.range_span(cue.start, cue.end);
            // (A speaker in capitals, as transcripts write them: a label
            // such as "Superdelegates:" opens a section, not a turn.)
            let speaker = doc.range_span(source.start, source.end);
            let capitals = !doc.text[speaker.start..speaker.end]
                .bytes()
                .any(|b| b.is_ascii_lowercase());
            if let Some(c) = content.filter(|c| capitals && c.end > sentence_span.end) {
                turn_end = c.end;
            }
            found.push(Found::framed(cue, source, content, index));
            holders.push(Holder::Reporting);
        }
        let mut nestable = Vec::new();
        for m in &cues {
            // The subject of an earlier cue; for "..., citing Y" the one who
            // cites, not Y when Y became that cue's source.
            // (Not a cue inside another's content: in "X complained the coach
            // had benched him and said ...", X says, not the judge.)
            let citing = doc.is(m.tokens.start, w::CITING);
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
                // ("she said his claim that ... was false": the noun is hers.)
                CueForm::Nominal { .. } => Some(Nested::Frame),
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
                // (A verb kept with no content, "wrote a letter", is an act
                // inside another's content, not a claim relayed: "few
                // know which aide wrote the bill".)
                let nested_as = match nested_as {
                    Some(Nested::Speech) if f.content.is_none() => Some(Nested::Frame),
                    other => other,
                };
                f.frame = matches!(nested_as, Some(Nested::Frame));
                // (A share of people polled after "and" or "while" is the
                // holder's own figure, dropped as nested below: "In a poll,
                // 40 percent backed X and 60 percent said Y". On train, 4
                // more contents right than when it ends the content.)
                if let Some(src) = f.source.as_ref().filter(|s| !nesting::share(doc, s)) {
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
        nesting::join_compound_cues(doc, &mut found, first_in_sentence);
        let body = body_start(doc, sentence);
        nesting::widen_relayed_reports(doc, &mut found, first_in_sentence, body);
        nesting::trim_before_second_acts(
            doc,
            &mut found[first_in_sentence..],
            sentence.tokens.start,
        );
        nesting::drop_backing_in_sources(doc, &mut found, first_in_sentence);
        trim_who_clauses(doc, &mut found[first_in_sentence..]);
        trim_participle_asides(doc, &mut found[first_in_sentence..]);
        // "Ruiz went on: “...”": a clause and a colon before a quotation,
        // in a sentence with no other attribution (`introduced.rs`).
        if poll_last.is_none() {
            if let Some((source, cue, content)) = introduced::find(doc, sentence, quotes) {
                let from = doc.span(source.start).start;
                let cue = doc.range_span(cue.start, cue.end);
                // (Only after the sentence's other attributions: "When Lee
                // asked about the fee, Ruiz fired back: ...".)
                if found[first_in_sentence..]
                    .iter()
                    .all(|f| f.cue.end <= from && f.content.is_none_or(|c| c.end <= from))
                {
                    found.push(Found::framed(cue, source, Some(content), index));
                }
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
        // A later sentence of a transcript turn is the speaker's wording, as
        // a cue nested in a content of its own sentence is: PolNeAR marks
        // the turn alone ("RUIZ: We will win. I think voters want a change."
        // has no "think" nor "want"). On train 18 such cues, none gold; after
        // a label in lower case ("Superdelegates: ...") 2 of 3 were gold.
        if in_turn {
            found.truncate(first_in_sentence);
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
/// A relative clause between spaced dashes ("The mayor - who has urged
/// calm - said ...", also "--", "—" and "whose"/"which") is left out
/// whether or not it holds a cue: on train, gold leaves 9 such clauses out
/// of the source and keeps 1.
/// Only the few attributions beside one are looked at, so a sentence stays linear.
fn trim_who_clauses(doc: &Doc, found: &mut [Found]) {
    for k in 0..found.len() {
        let Some(src) = found[k].source.clone() else {
            continue;
        };
        if let Some(dash) = src
            .clone()
            .find(|&j| j > src.start && dashed_relative(doc, j, src.end))
        {
            found[k].source = Some(src.start..dash);
            continue;
        }
        let Some(comma) = src
            .clone()
            .find(|&j| doc.punct(j) == Some(',') && j + 1 < src.end && doc.is(j + 1, w::WHO))
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

/// Ends a source before a participle aside after a comma: in "Ana Ruiz,
/// speaking at a rally in Ohio, said ..." or "said Ana Ruiz, citing the
/// budget", the aside tells what the source was doing, and PolNeAR leaves
/// it out (on train, 10 such asides are left out by gold and 1 kept).
/// "including" lists members of the source and stays, as do "-ing" words
/// that name a role ("Rep. Ana Ruiz, ranking member of the panel").
fn trim_participle_asides(doc: &Doc, found: &mut [Found]) {
    for f in found.iter_mut() {
        let Some(src) = f.source.clone() else {
            continue;
        };
        let aside = src.clone().find(|&j| {
            let mut w = j + 1;
            if w + 1 < src.end && matches!(doc.id(w), w::ALSO | w::STILL | w::NOW) {
                w += 1;
            }
            j > src.start && w < src.end && doc.punct(j) == Some(',') && participle(doc, w)
        });
        if let Some(comma) = aside {
            f.source = Some(src.start..comma);
        }
    }
}

/// Whether token `w` is a lower-case participle in "-ing" that opens an
/// aside, not "including" nor a role adjective ("ranking", "acting").
fn participle(doc: &Doc, w: usize) -> bool {
    let word = doc.low(w);
    doc.is_lower_word(w)
        && word.len() > 5
        && word.ends_with("ing")
        && !matches!(
            word,
            "including"
                | "ranking"
                | "acting"
                | "leading"
                | "outgoing"
                | "incoming"
                | "founding"
                | "managing"
                | "visiting"
                | "sitting"
                | "presiding"
                | "governing"
                | "ruling"
                | "reigning"
                | "retiring"
                | "upcoming"
                | "during"
                | "according"
                | "regarding"
                | "concerning"
                | "following"
        )
}

/// Whether token `j` is a spaced dash ("-", "--" or an em dash) that opens
/// a relative clause ("The mayor - who has urged calm - said ...",
/// "Ms. Vance -- whose firm won the bid -- said ...") before `end`.
fn dashed_relative(doc: &Doc, j: usize, end: usize) -> bool {
    if !doc.is_spaced_dash(j) {
        return false;
    }
    let mut w = j + 1;
    if w < end && doc.punct(w) == Some('-') && !doc.space_before(w) {
        w += 1;
    }
    w < end && matches!(doc.id(w), w::WHO | w::WHOSE | w::WHICH)
}

/// The claim before a closing poll ("... holds a lead in the polls"): the
/// clause before "in", past an opening adjunct ("In Ohio, ...") and from a
/// relative word after a comma ("..., where he holds a lead in the polls").
fn poll_claim(doc: &Doc, cue: usize, s: &SentenceInfo, quotes: &[Quote]) -> Option<Span> {
    let content = content_before(doc, cue, s, quotes)?;
    let first = doc.token_at(content.start);
    let mut start = first;
    if listed(&OPENERS, doc.low(start)) {
        if let Some(comma) = (start..cue.min(start + 8)).find(|&j| doc.punct(j) == Some(',')) {
            start = comma + 1;
        }
    }
    if let Some(j) = (start..cue).rev().find(|&j| {
        doc.punct(j) == Some(',')
            && matches!(
                doc.id(j + 1),
                w::WHERE | w::WHICH | w::WHO | w::AS | w::WHILE
            )
    }) {
        start = j + 2;
    }
    (start < cue).then(|| doc.range_span(start, cue))
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
    listed(&CLAUSE_VERBS, w)
        || listed(&IRREGULAR_PASTS, w)
        || (w.ends_with("ed") && (w.len() > 4 || w.len() == 4 && !w.ends_with("eed")))
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
            if kind == SourceKind::Pronoun && source::is_relative_source(doc, tokens.start) {
                // (A "that" of a thing that says a quotation is left
                // unresolved: its antecedent is a noun, not a phrase the
                // walk back finds.)
                let ante = source::is_relative(doc, tokens.start)
                    .then(|| source::relative_antecedent(doc, tokens.start, sentence_start))
                    .flatten();
                if let Some(ante) = ante {
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
