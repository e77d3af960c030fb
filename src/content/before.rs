//! The content before a cue (the quotation that closes just before it, or
//! the clause from the start of the sentence, past a linking word), the
//! sentence's body after its dateline, and the subject of an agentless
//! frame ("the plan seemed ...").

use super::MAX_CONTENT;
use crate::attribution::{AUXILIARIES, CLOSE_QUOTES, SCAN, SEPARATORS, TERMINAL};
use crate::clause_end::aside_before;
use crate::doc::Doc;
use crate::lexicon::lexicons;
use crate::model::Quote;
use crate::quote;
use crate::sentence::SentenceInfo;
use crate::source;
use crate::vocab::{w, PRONOUN_SUBJECT};
use crate::words::listed;
use crate::Span;
use std::ops::Range;

/// The first token of a sentence's text after a dateline ("GENEVA (Wire) — ").
pub(crate) fn body_start(doc: &Doc, s: &SentenceInfo) -> usize {
    let first = s.tokens.start;
    let limit = s.tokens.end.min(first + 10);
    for j in first..limit {
        if j > first && doc.is_spaced_dash(j) {
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
/// its clause. A relative pronoun stands alone ("a voter who seemed ..."),
/// and so does the "what" of a free relative ("backed what is known as
/// the renters' rule": 2 more contents exact on PolNeAR train, none lost).
pub(crate) fn frame_subject(doc: &Doc, s: &SentenceInfo, cue: usize) -> Option<Span> {
    let first = body_start(doc, s).max(cue.saturating_sub(SCAN));
    // "The board, which is seen as ...", "what is known as the rule".
    if cue > first && matches!(doc.id(cue - 1), w::WHO | w::WHICH | w::THAT | w::WHAT) {
        return Some(doc.span(cue - 1));
    }
    let be_or_it = matches!(
        doc.id(cue),
        w::IS
            | w::ARE
            | w::WAS
            | w::WERE
            | w::BE
            | w::BEEN
            | w::BEING
            | w::CLITIC_S
            | w::CURLY_CLITIC_S
            | w::IT
            | w::REPORTEDLY
    );
    if !be_or_it && cue > first && doc.is_word(cue - 1) && !listed(&AUXILIARIES, doc.low(cue - 1)) {
        // A reduced relative: "the contests known as Super Tuesday". (A
        // finite frame after a word that ends no noun phrase reads back to
        // the clause break: "each of these seemed".)
        if let Some((r, _)) = source::before(doc, cue - 1, first) {
            return Some(doc.range_span(r.start, r.end));
        }
    }
    let mut start = first;
    let mut j = cue;
    let mut cut = None;
    while j > first {
        j -= 1;
        // "The bank, which has held rates near zero, is expected to ...",
        // "The story, however, seemed ...": an aside between commas just
        // before the frame belongs to its subject.
        if j + 1 == cue && doc.punct(j) == Some(',') {
            if let Some(open) = aside_before(doc, first, j) {
                j = open;
                continue;
            }
            // "The senator, speaking to reporters, appeared to ...": an
            // appositive or adjunct between commas is left out.
            if let Some(open) = (first + 1..j).rev().find(|&k| doc.punct(k).is_some()) {
                if doc.punct(open) == Some(',') && doc.is_word(open - 1) {
                    j = open;
                    cut = Some(open);
                    continue;
                }
            }
        }
        // "Nurses and teachers are seen as ...": "and" joining two nouns,
        // with no verb and no comma before it, is inside the subject.
        if doc.is(j, w::AND) && j > first && noun_and(doc, first, j) {
            continue;
        }
        if doc.is_punct_in(j, ",;:—–(\"“”")
            || listed(&CLAUSE_BREAKS, doc.low(j))
            || (doc.is_lower_word(j)
                && lexicons().cues.longest_at(doc, j, cue).is_some()
                && !noun_of_saying(doc, j, first))
        {
            start = j + 1;
            break;
        }
        if matches!(doc.id(j), w::WHO | w::WHICH) {
            start = j;
            break;
        }
    }
    let mut end = cut.unwrap_or(cue);
    // "The fund has reportedly spent": "reportedly" keeps what stands before it.
    if !doc.is(cue, w::REPORTEDLY) {
        while end > start
            && (doc.punct(end - 1).is_some()
                || matches!(
                    doc.id(end - 1),
                    w::HAS
                        | w::HAVE
                        | w::HAD
                        | w::WILL
                        | w::WOULD
                        | w::MAY
                        | w::MIGHT
                        | w::COULD
                        | w::CAN
                        | w::SHOULD
                        | w::MUST
                        | w::ALSO
                ))
        {
            end -= 1;
        }
    }
    (end > start).then(|| doc.range_span(start, end))
}

/// Whether "and" at `j` joins two nouns of a frame's subject ("Nurses and
/// teachers are seen as"): no comma before it, and no verb between it and
/// the last break before it (from `first`). On PolNeAR train, 4 subjects
/// changed, 1 more content exact, none lost.
fn noun_and(doc: &Doc, first: usize, j: usize) -> bool {
    if doc.punct(j - 1).is_some() {
        return false;
    }
    (first..j)
        .rev()
        .take_while(|&k| doc.punct(k).is_none() && !listed(&CLAUSE_BREAKS, doc.low(k)))
        .all(|k| !crate::attribution::verb_like(doc, k))
}

/// Whether the cue word at `j`, inside the subject of a frame, is a noun
/// there, not a verb that ends the subject: after a determiner or a
/// possessive ("the offer was rejected", "the union's claims were
/// dismissed"), or opening its clause when it is no participle ("calls to
/// end the levy were rejected").
fn noun_of_saying(doc: &Doc, j: usize, first: usize) -> bool {
    // (A participle opening its clause is a verb: ", referencing ...".)
    let participle = doc.low(j).ends_with("ing") || doc.low(j).ends_with("ed");
    if j <= first {
        return !participle;
    }
    let opens = doc.is_punct_in(j - 1, ",;:—–(\"“”") || listed(&CLAUSE_BREAKS, doc.low(j - 1));
    (opens && !participle)
        || source::is_determiner(doc.low(j - 1))
        || matches!(
            doc.id(j - 1),
            w::CLITIC_S | w::CURLY_CLITIC_S | w::NO | w::ANY
        )
}

/// Words that open an adverbial before a clause's subject: "In the past few days, ...".
pub(crate) const OPENERS: [&str; 22] = [
    "in", "on", "at", "after", "before", "since", "during", "for", "last", "earlier", "when",
    "while", "although", "though", "as", "if", "despite", "even", "now", "still", "however", "by",
];

/// Words that end the clause before a frame's subject: "... and that the
/// plan seemed", "..., where nurses are expected to ..." ("where",
/// "whether" and "unless" made 2 more contents exact on PolNeAR train and
/// lost none).
const CLAUSE_BREAKS: [&str; 13] = [
    "that", "and", "but", "because", "if", "when", "while", "although", "though", "since", "where",
    "whether", "unless",
];

/// The sentence without its dateline and final punctuation.
pub(crate) fn sentence_body(doc: &Doc, s: &SentenceInfo, cue: &Range<usize>) -> Span {
    let start = body_start(doc, s).max(cue.start.saturating_sub(MAX_CONTENT));
    let mut last = s.tokens.end.min(cue.end + MAX_CONTENT);
    while last > start + 1 && doc.is_punct_in(last - 1, TERMINAL) {
        last -= 1;
    }
    doc.range_span(start, last.max(start + 1))
}

/// The content before a cue: the quotation that closes just before it, or the
/// clause from the start of the sentence. `sep` is the first separator token.
pub(crate) fn content_before(
    doc: &Doc,
    sep: usize,
    s: &SentenceInfo,
    quotes: &[Quote],
) -> Option<Span> {
    // A closing mark among the separators, or just before them.
    let mut j = sep;
    while j < doc.len() && doc.is_punct_in(j, SEPARATORS) {
        if doc.is_punct_in(j, CLOSE_QUOTES) {
            let mark_end = doc.span(j).end;
            if let Some(q) = quote::ending_at(quotes, mark_end) {
                // 'Nurses "know why the board hired him," she said': a
                // quote that opens mid-sentence carries the words before it.
                // Not past a colon or a cue ('Asked whether the plan "will
                // work," she said'), unless the quote goes on the words of a
                // saying or thinking verb with no mark between and closes on
                // a comma: 'Lee said the plan "will fail," an aide recalled'
                // (not after a participle, "asked" or "what she called").
                // On train this lead is in the gold content 29 times, out
                // 30 (those mostly after a colon or a comma).
                let start = body_start(doc, s);
                let open = doc.token_at(q.span.start);
                let close = doc.token_at(q.span.end);
                let touching = open > start
                    && doc.is_word(open - 1)
                    && close > open + 1
                    && doc.punct(close - 2) == Some(',');
                let lead = doc.span(start).start < q.span.start
                    && q.span.start >= s.span.start
                    && !(start..sep).any(|k| {
                        doc.span(k).end <= q.span.start
                            && (doc.is_punct_in(k, ":;")
                                || lexicons().cues.longest_at(doc, k, k + 1).is_some()
                                    && (!touching
                                        || doc.low(k).ends_with("ing")
                                        || doc.is(k, w::ASKED)
                                        || k > start && doc.is(k - 1, w::WHAT)))
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
            doc.id(start),
            w::BUT | w::AND | w::YET | w::SO | w::STILL | w::HOWEVER
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
/// "Meanwhile, ...", "The result: ..." (at most three words before the
/// mark), or past a concession: "Though the vote is close, ...".
pub(super) fn past_connective(doc: &Doc, start: usize, stop: usize) -> usize {
    if matches!(doc.id(start), w::THOUGH | w::ALTHOUGH | w::DESPITE) {
        // The writer's concession is no part of the claim.
        let mark = (start + 1..stop.min(start + SCAN)).find(|&j| doc.punct(j).is_some());
        if let Some(mark) = mark.filter(|&j| doc.punct(j) == Some(',') && j + 1 < stop) {
            return mark + 1;
        }
    }
    let Some(mark) = (start..stop.min(start + 4)).find(|&j| doc.punct(j).is_some()) else {
        return start;
    };
    let linking = doc.punct(mark) == Some(',')
        && (mark == start + 1 && listed(&CONNECTIVES, doc.low(start))
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

/// Whether `span` holds only an opening adverbial or a linking word ("In the
/// end", "But", "At the same time", "Ultimately"): no verb, at most four words.
pub(crate) fn only_opener(doc: &Doc, span: Span) -> bool {
    let from = doc.token_at(span.start);
    let mut to = doc.token_at(span.end).max(from);
    while to > from && doc.punct(to - 1).is_some() {
        to -= 1;
    }
    let words = to - from;
    let head = doc.low(from);
    let opens = listed(&OPENERS, head)
        || listed(&CONNECTIVES, head)
        || matches!(head, "but" | "and" | "yet" | "so" | "behind")
        || words == 1 && head.ends_with("ly");
    (1..=4).contains(&words)
        && opens
        && (from..to).all(|j| {
            doc.is_word(j) && !crate::attribution::verb_like(doc, j) && !doc.has(j, PRONOUN_SUBJECT)
        })
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
