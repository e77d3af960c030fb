//! Content bounds: where the claim of an attribution starts and ends.
//!
//! **What it finds.** The content before a cue (the quotation that closes
//! just before it, or the clause from the start of the sentence), the
//! content after it (a quotation, a "that" clause, the rest of the clause up
//! to a participle, "; ", "citing", a new predicate of the source or the
//! writer's ", who ..." on someone the claim names (", which ..." after an
//! object), or to the comma that
//! closes an opening subordinate clause: "While X says A, ..."), the
//! question of "asked", the one asked or urged ("urged the board to ..."),
//! the listener of "told", the object of a stance verb,
//! and the subject and complement of an agentless frame. Where a content
//! stops inside its sentence (a remark, the subject's next act, the main
//! clause after an opening subordinate one) is asked of `clause_end.rs`.
//!
//! **Why it matters.** The content is the claim a reader weighs; a content
//! that runs into the next clause credits the source with words it never
//! said.
//!
//! **Traps it avoids.** Listeners ("told reporters"), adjuncts ("said on
//! Friday", "has said for years that", "declared in the spin room, '...'"),
//! linking words ("In contrast,") and a frame's own cue stay out of the
//! content; a quotation that is the subject of the claim ('said "local
//! forces" must lead') and "what" standing for the claim ("what she called
//! 'a scam'") stay in. Every scan is bounded ([`SCAN`], [`MAX_CONTENT`]) so the
//! analysis stays linear on text with no sentence breaks.

use crate::attribution::{AUXILIARIES, CLOSE_QUOTES, SCAN, SEPARATORS, TERMINAL};
use crate::clause_end::{
    aside_before, backed_only, backs_someone, clause_word, in_opening_subordinate, next_act,
    occasion, remark,
};
use crate::doc::Doc;
use crate::lexicon::{lexicons, CueInfo};
use crate::model::Quote;
use crate::quote;
use crate::sentence::SentenceInfo;
use crate::source;
use crate::Span;
use std::ops::Range;

/// The most tokens a content takes from a sentence, quotations aside. A real
/// sentence is shorter; the bound keeps the output linear when a megabyte with
/// no period holds a thousand cues.
pub(crate) const MAX_CONTENT: usize = 160;

/// Verbs whose object is a listener, skipped before the content: "told reporters that".
const LISTENER_VERBS: [&str; 7] = ["tell", "ask", "assure", "remind", "warn", "urge", "promise"];

/// Verbs that characterise an object "as" something: "framed the call as a last chance".
const CHARACTERIZE: [&str; 7] = [
    "frame",
    "describe",
    "characterize",
    "portray",
    "see",
    "view",
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

/// Words that open the clause after a verb of [`BARE_CLAUSE`]: "believe the race ...".
const BARE_CLAUSE_OPENERS: [&str; 17] = [
    "he", "she", "they", "it", "we", "i", "the", "a", "an", "this", "these", "those", "its", "his",
    "her", "their", "there",
];

/// Verbs of saying whose object is not a claim: "added 300 jobs", "wrote the letter".
const NEEDS_CLAUSE: [&str; 2] = ["add", "write"];

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
pub(crate) fn starts_adjunct(doc: &Doc, i: usize) -> bool {
    ADJUNCT_STARTS.contains(&doc.low(i)) || crate::words::is_weekday(doc.low(i))
}

/// Whether token `i` opens an adjunct of the cue before its content:
/// "said on Tuesday that", "has said for years that", "said over the weekend".
fn cue_adjunct(doc: &Doc, i: usize) -> bool {
    starts_adjunct(doc, i) || matches!(doc.low(i), "for" | "over" | "throughout" | "from")
}

/// Pronouns that open a new clause after "and": "..., and she accused".
pub(crate) const PRONOUN_SUBJECTS: [&str; 6] = ["he", "she", "they", "we", "i", "it"];

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

/// The first token of a sentence's text after a dateline ("GENEVA (Wire) — ").
pub(crate) fn body_start(doc: &Doc, s: &SentenceInfo) -> usize {
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
pub(crate) fn frame_subject(doc: &Doc, s: &SentenceInfo, cue: usize) -> Option<Span> {
    let first = body_start(doc, s).max(cue.saturating_sub(SCAN));
    if cue > first && matches!(doc.low(cue - 1), "who" | "which" | "that") {
        return Some(doc.span(cue - 1)); // "The board, which is seen as ..."
    }
    let be_or_it = matches!(
        doc.low(cue),
        "is" | "are" | "was" | "were" | "be" | "been" | "being" | "'s" | "’s" | "it" | "reportedly"
    );
    if !be_or_it && cue > first && doc.is_word(cue - 1) && !AUXILIARIES.contains(&doc.low(cue - 1))
    {
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
    let mut end = cut.unwrap_or(cue);
    // "The fund has reportedly spent": "reportedly" keeps what stands before it.
    if doc.low(cue) != "reportedly" {
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
        {
            end -= 1;
        }
    }
    (end > start).then(|| doc.range_span(start, end))
}

/// Words that open an adverbial before a clause's subject: "In the past few days, ...".
pub(crate) const OPENERS: [&str; 22] = [
    "in", "on", "at", "after", "before", "since", "during", "for", "last", "earlier", "when",
    "while", "although", "though", "as", "if", "despite", "even", "now", "still", "however", "by",
];

/// Words that end the clause before a frame's subject: "... and that the plan seemed".
const CLAUSE_BREAKS: [&str; 10] = [
    "that", "and", "but", "because", "if", "when", "while", "although", "though", "since",
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

/// Whether what follows a cue is only an adjunct ("on Tuesday", "in a
/// statement", ", adding ..."), so the content must lie before it.
pub(crate) fn rest_is_adjunct(doc: &Doc, from: usize, end: usize) -> bool {
    // A straight mark touching the word after it opens a quotation: 'said "county crews" must'.
    let opens = doc.punct(from) == Some('"') && from + 1 < end && !doc.space_before(from + 1);
    if from >= end
        || doc.is_punct_in(from, TERMINAL)
        || (doc.is_punct_in(from, CLOSE_QUOTES) && !opens)
    {
        return true;
    }
    if doc.punct(from) == Some(',') {
        return !matches!(doc.low(from + 1), "that") && !doc.is_punct_in(from + 1, "\"“«");
    }
    if !starts_adjunct(doc, from) {
        return false;
    }
    // The adjunct runs to a comma ("at the time, adding that ..."), and what
    // follows the comma is judged as after a comma.
    let limit = end.min(from + SCAN);
    let claim_word = |j: usize| doc.low(j) == "that" || doc.is_punct_in(j, "\"“«:");
    match (from..limit).find(|&j| doc.punct(j) == Some(',') || doc.is_punct_in(j, TERMINAL)) {
        None => !(from..limit).any(claim_word),
        Some(stop) => {
            !(from..stop).any(claim_word)
                && (doc.punct(stop) != Some(',') || rest_is_adjunct(doc, stop, end))
        }
    }
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
    let opens = OPENERS.contains(&head)
        || CONNECTIVES.contains(&head)
        || matches!(head, "but" | "and" | "yet" | "so" | "behind")
        || words == 1 && head.ends_with("ly");
    (1..=4).contains(&words)
        && opens
        && (from..to).all(|j| {
            doc.is_word(j)
                && !crate::attribution::verb_like(doc, j)
                && !PRONOUN_SUBJECTS.contains(&doc.low(j))
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

/// The content after a cue, from token `from`: a quotation that opens there,
/// or the rest of the sentence (stretched to the end of a quote that starts
/// inside it). Also returns where a trailing ", citing X" starts.
pub(crate) fn content_after(
    doc: &Doc,
    from: usize,
    s: &SentenceInfo,
    quotes: &[Quote],
) -> Option<(Span, Option<usize>)> {
    content_after_as(doc, from, s, quotes, false)
}

/// [`content_after`]; `evidence` when the cue shows or finds ("the poll
/// found that A, while B"): a contrast with "while" belongs to the finding.
fn content_after_as(
    doc: &Doc,
    from: usize,
    s: &SentenceInfo,
    quotes: &[Quote],
    evidence: bool,
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
            // 'said "county crews" must clear': the clause goes on after the quote.
            let next = doc.token_at(q.span.end);
            if !(next < end && is_clause_verb(doc.low(next)) && q.span.end <= s.span.end) {
                return Some((q.span, None));
            }
        }
    }
    let start = past_connective(doc, start, end);
    let mut stop = end.min(start + MAX_CONTENT);
    let mut citing = None;
    let subordinate = in_opening_subordinate(doc, s, start);
    for j in start..end.min(start + SCAN) {
        if subordinate && doc.punct(j) == Some(',') && !in_open_quote(doc, quotes, j) {
            stop = j; // "While one firm says X, another says Y": the main clause follows
            break;
        }
        if doc.punct(j) == Some(';') && !in_open_quote(doc, quotes, j) {
            stop = j; // "he thinks X; that's a ticket to the tar pit"
            break;
        }
        if doc.low(j) == "and"
            && j > start
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
        if matches!(doc.low(j), "and" | "but")
            && j > start
            && next_act(doc, j + 1, end)
            && !(start..j).any(|k| clause_word(doc, k))
            && !in_open_quote(doc, quotes, j)
        {
            // "called the merger a bad deal and ranked her among the worst":
            // an object, then the subject's next act.
            stop = if doc.punct(j - 1) == Some(',') {
                j - 1
            } else {
                j
            };
            break;
        }
        if matches!(doc.low(j), "while" | "by" | "after" | "before" | "when")
            && j > start
            && !(j == start + 1 && doc.low(start) == "that")
            && doc.low(j + 1).ends_with("ing")
            && lexicons().cues.longest_at(doc, j + 1, end).is_some()
            && !in_open_quote(doc, quotes, j)
        {
            stop = j; // "praised the plan while saying ...": the next attribution
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
        // "slammed the comments, vowed to fight and ...": the next of a list of acts.
        let listed = k == j + 1 && new_predicate(doc, k, end) && !in_open_quote(doc, quotes, j);
        if k > j + 1 && new_predicate(doc, k, end) {
            // 'who calls the plan a "fraud," said ...': the clause ends with
            // the quotation, and the main verb follows.
            stop = k;
            break;
        }
        // "..., the expert said.": the sentence's own attribution closes it.
        let closing = (k + 1..end.min(k + 8))
            .take_while(|&x| doc.is_word(x) || title_like(doc, x))
            .find(|&x| lexicons().cues.longest_at(doc, x, end).is_some())
            .is_some_and(|x| {
                let after = lexicons()
                    .cues
                    .longest_at(doc, x, end)
                    .map_or(x + 1, |m| m.0);
                doc.is_word(k) && rest_is_adjunct(doc, after, end)
            });
        // "..., who runs the clinic": the writer's word on someone
        // the claim names, unless the claim goes on after it ("Ms. Ruiz, who
        // is a nurse, was ...").
        // (So is ", which ..." after an object: "praised the new budget,
        // which passed on Monday"; a clause keeps it.)
        let relative = (doc.low(k) == "who"
            || doc.low(k) == "which" && !(start..j).any(|x| clause_word(doc, x)))
            && !in_open_quote(doc, quotes, j)
            && !aside_then_verb(doc, k, end);
        if participle
            || listed
            || closing
            || relative
            || doc.low(k) == "however"
            || remark(doc, k, end)
        {
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
        // "that, while prices rose, wages fell": an aside after "that".
        let after_that = j == start + 1 && doc.low(start) == "that";
        // "said X, but that Y": a second clause of the same claim.
        let second_that = doc.low(k) == "but" && doc.low(k + 1) == "that";
        // "..., but will make Iran rich": the content's own verb goes on,
        // with no subject of its own.
        let ellipsis = after_that
            || second_that
            || evidence && matches!(doc.low(k), "while" | "whereas")
            || doc.low(k) == "but"
                && matches!(
                    doc.low(k + 1),
                    "is" | "are"
                        | "was"
                        | "were"
                        | "will"
                        | "would"
                        | "could"
                        | "can"
                        | "not"
                        | "so"
                        | "has"
                        | "have"
                        | "had"
                        | "did"
                        | "does"
                        | "also"
                        | "only"
                        | "should"
                        | "may"
                        | "might"
                        | "must"
                )
                && (start..j).any(|x| clause_word(doc, x));
        if matches!(
            doc.low(k),
            "while" | "whereas" | "but" | "although" | "though"
        ) && !ellipsis
        {
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

/// Whether the relative clause opening at `k` is an aside closed by a comma
/// before the clause's verb goes on: "Ms. Ruiz, who is a nurse, was ...".
fn aside_then_verb(doc: &Doc, k: usize, end: usize) -> bool {
    (k + 1..end.min(k + SCAN))
        .find(|&j| doc.is_punct_in(j, ",;:—–"))
        .is_some_and(|j| {
            doc.punct(j) == Some(',')
                && doc.is_lower_word(j + 1)
                && (crate::attribution::verb_like(doc, j + 1) || doc.low(j + 1) == "as")
        })
}

/// Whether token `x` is punctuation inside a name: "Sen." or "Smith-Jones".
fn title_like(doc: &Doc, x: usize) -> bool {
    doc.is_punct_in(x, "-’'") || crate::source::title_period(doc, x)
}

/// What "citing" cites: the words from `from` to the next comma or the end
/// of the sentence, outside quotation marks.
pub(crate) fn cited_phrase(doc: &Doc, from: usize, end: usize, quotes: &[Quote]) -> Option<Span> {
    let mut stop = from;
    // (A period before a word or a number is an abbreviation's: "Nov. 8", "Mr. Clinton".)
    let ends = |j: usize| {
        doc.is_punct_in(j, TERMINAL)
            && !(doc.punct(j) == Some('.')
                && j + 1 < end
                && (doc.is_word(j + 1) || doc.is_number(j + 1)))
    };
    while stop < end.min(from + SCAN) && !ends(stop) {
        if doc.is_punct_in(stop, ",;") && !in_open_quote(doc, quotes, stop) {
            break;
        }
        // 'citing "the magic of Trump," said': the comma inside the closing mark.
        if doc.punct(stop) == Some(',') && doc.is_punct_in(stop + 1, CLOSE_QUOTES) {
            stop += 2;
            while stop < end && doc.is_punct_in(stop, CLOSE_QUOTES) {
                stop += 1;
            }
            break;
        }
        stop += 1;
    }
    (stop > from).then(|| doc.range_span(from, stop))
}

/// Whether token `j` sits inside a quotation that opened before it.
pub(crate) fn in_open_quote(doc: &Doc, quotes: &[Quote], j: usize) -> bool {
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
pub(crate) fn content_after_verb(
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
        // "told the crowd in Ohio on Friday that ...": the content starts at
        // "that", or at a question ("asked whether that fee would rise", "told
        // the station on Monday how ..."; not past "to": "told staff to learn how").
        let opens = |j: usize| {
            doc.low(j) == "that" || matches!(doc.low(j), "whether" | "if" | "how" | "why" | "what")
        };
        if let Some(t) = (p..end.min(p + 14)).find(|&j| opens(j)) {
            let question = doc.low(t) != "that";
            if (p..t).all(|j| doc.is_word(j) || doc.is_number(j) || doc.is_punct_in(j, ",.'’"))
                && !(question && (p..t).any(|j| doc.low(j) == "to"))
            {
                p = t;
            }
        }
        // "told host Sam Ferro, “...”", "told members of Congress: “...”".
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
    } else if doc.low(p) == "to" && TO_LISTENER.contains(&lemma) {
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
    if let Some(t) = (p..end.min(p + 14)).find(|&j| doc.low(j) == "that") {
        // (An intent's "to" opens its content: "vowed to work to repeal ... that".)
        let intent_to = doc.low(p) == "to" && info.kind == crate::lexicon::CueType::Intent;
        let adjunct = t == p || cue_adjunct(doc, p) && !intent_to || doc.punct(p) == Some(',');
        let plain = (p..t).all(|j| doc.is_word(j) || doc.is_number(j) || doc.punct(j) == Some(','));
        // (Not past a clause: "said he met Trump this week and that ...".)
        let clause = (p..t)
            .any(|j| matches!(doc.low(j), "as" | "and") || PRONOUN_SUBJECTS.contains(&doc.low(j)));
        if adjunct && plain && !clause {
            p = t;
        }
    }
    // "said on Friday he met ...": the adjunct belongs to the cue, not the claim.
    if cue_adjunct(doc, p) {
        if let Some(k) = (p + 1..end.min(p + 7)).find(|&j| PRONOUN_SUBJECTS.contains(&doc.low(j))) {
            if (p..k).all(|j| doc.is_word(j) || doc.is_number(j)) && k > p {
                p = k;
            }
        }
    }
    // "declared in the spin room, “...”": so does an adjunct before a quotation.
    if cue_adjunct(doc, p) && doc.low(p) != "to" {
        if let Some(k) = (p + 1..end.min(p + 10)).find(|&j| doc.punct(j).is_some()) {
            if doc.punct(k) == Some(',') && doc.is_punct_in(k + 1, "\"“«") {
                p = k + 1;
            }
        }
    }
    let characterizes = CHARACTERIZE.contains(&lemma)
        && (p..end.min(p + 13))
            .take_while(|&j| doc.punct(j).is_none())
            .any(|j| doc.low(j) == "as");
    let clear = characterizes
        || doc.low(p) == "that"
        || ((doc.low(p) == "to"
            || matches!(doc.low(p), "not" | "never") && doc.low(p + 1) == "to")
            && (info.kind == crate::lexicon::CueType::Intent
                || (LISTENER_VERBS.contains(&lemma) && p > from)))
        || (lemma == "ask" && QUESTION_WORDS.contains(&doc.low(p)) && doc.low(p) != "to")
        || doc.is_punct_in(p, ":\"“«")
        || (doc.punct(p) == Some(',') && doc.is_punct_in(p + 1, "\"“«"))
        || object_then_to(doc, p, end, lemma);
    use crate::lexicon::CueType;
    // "analysts believe the race is close", "no one knows what will happen",
    // "the president hopes the plan will pass": a verb of saying, thinking or
    // intending takes a clause with no "that".
    let bare_clause = (info.kind != CueType::Stance && bare_clause_at(doc, p, end))
        || (BARE_CLAUSE.contains(&lemma) && BARE_CLAUSE_OPENERS.contains(&doc.low(p)));
    // A verb of saying or taking a side takes an object ("criticized the
    // plan", "stressed his experience"), but "added" and "wrote" need a
    // clause ("added the deal was off", not "added 300 jobs" or "wrote the letter").
    let clause = info_clause
        && (doc.is_word(p) || doc.is_number(p) || doc.is_punct_in(p, "$“\""))
        && (info.kind == CueType::Stance
            || looks_like_clause(doc, p, end)
            || (!NEEDS_CLAUSE.contains(&lemma) && doc.is_word(p) && !is_clause_verb(doc.low(p))));
    if !strong && !clear && !bare_clause && !clause {
        return None;
    }
    // The one asked, urged or warned is part of the claim ("urged him not
    // to", "warned the agency against ...", "asked the mayor about ..."), but not
    // the one told, nor a listener before "that", a question or a clause.
    let asked = asked.filter(|_| {
        doc.low(p) == "to"
            || lemma != "tell"
                && doc.low(p) != "that"
                && !(QUESTION_WORDS.contains(&doc.low(p)) && doc.low(p) != "about")
                && !bare_clause_at(doc, p, end)
    });
    let evidence = info.kind == CueType::Inference || matches!(lemma, "show" | "find" | "indicate");
    match content_after_as(doc, p, s, quotes, evidence) {
        Some((mut span, citing)) => {
            if let Some(a) = asked {
                span = doc.span(a).cover(span);
            }
            if from > 0 && backs_someone(doc.low(from - 1)) {
                span = backed_only(doc, span, quotes);
            }
            // "praised the plan at a rally in Ohio": the occasion is the cue's.
            if let Some(j) = occasion(doc, span) {
                span = Span::new(span.start, doc.span(j - 1).end);
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

/// Verbs of thinking or wanting that take an object and an infinitive.
const OBJECT_THEN_TO: [&str; 6] = ["expect", "believe", "want", "consider", "prefer", "fear"];

/// Verbs that name a listener after "to": "explained to CBS why ...".
const TO_LISTENER: [&str; 7] = [
    "explain", "say", "write", "describe", "complain", "admit", "confirm",
];

/// Whether a verb of thinking or wanting takes an object and an infinitive
/// from `p`: "officials expect it to raise rates", "wants him to run".
fn object_then_to(doc: &Doc, p: usize, end: usize, lemma: &str) -> bool {
    OBJECT_THEN_TO.contains(&lemma)
        && (p + 1..end.min(p + 5))
            .find(|&j| doc.low(j) == "to" || doc.punct(j).is_some())
            .is_some_and(|j| doc.low(j) == "to" && (p..j).all(|k| doc.is_word(k)))
}

/// Whether a clause with no "that" opens at `p`: a pronoun subject, or a
/// short noun phrase and then a verb form ("compromise was likely", "the
/// two friends had"). Not a noun's own verb ("remarks were"), an object
/// ("found itself"), a preposition, or a relative clause.
fn bare_clause_at(doc: &Doc, p: usize, end: usize) -> bool {
    let w = doc.low(p);
    if w == "it" {
        // "thought it was over", not "had not read it".
        return (p + 1..end.min(p + 3)).any(|j| is_clause_verb(doc.low(j)));
    }
    if PRONOUN_SUBJECTS.contains(&w) || w == "there" {
        return true;
    }
    if !doc.is_word(p) || is_clause_verb(w) || NOT_A_SUBJECT.contains(&w) {
        return false;
    }
    (p + 1..end.min(p + 6))
        .take_while(|&j| {
            (doc.punct(j).is_none() || doc.is_punct_in(j, "'’-"))
                && !matches!(doc.low(j), "who" | "which" | "that" | "of" | "for" | "to")
        })
        .any(|j| is_clause_verb(doc.low(j)))
}

/// Words that cannot open the subject of a clause after a verb.
const NOT_A_SUBJECT: [&str; 35] = [
    "after",
    "before",
    "to",
    "for",
    "of",
    "with",
    "about",
    "on",
    "in",
    "at",
    "by",
    "from",
    "as",
    "when",
    "while",
    "because",
    "if",
    "and",
    "but",
    "or",
    "so",
    "than",
    "not",
    "into",
    "over",
    "out",
    "up",
    "itself",
    "himself",
    "herself",
    "themselves",
    "no",
    "little",
    "who",
    "which",
];

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
pub(crate) const CLAUSE_VERBS: [&str; 24] = [
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could",
    "can", "should", "may", "might", "must", "do", "does", "did", "'s", "’s", "wo", "ca",
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
pub(crate) fn listener(doc: &Doc, p: usize, end: usize) -> Option<Range<usize>> {
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
    // "asked workers if ...", "urged the congregation to stand", "told a
    // crowd they ...".
    let mut k = p;
    if matches!(
        doc.low(k),
        "the" | "his" | "her" | "their" | "its" | "our" | "all" | "a" | "an"
    ) {
        k += 1;
    }
    let words = k;
    // "told his audience they would ...": a clause's subject ends the listener.
    let subject = |k: usize| PRONOUN_SUBJECTS.contains(&doc.low(k)) && doc.low(k) != "it";
    while k < end
        && k < words + 3
        && doc.is_lower_word(k)
        && !QUESTION_WORDS.contains(&doc.low(k))
        && doc.low(k) != "that"
        && !subject(k)
    {
        k += 1;
    }
    let opens = QUESTION_WORDS.contains(&doc.low(k)) || doc.low(k) == "that" || subject(k);
    if k > words && k < end && opens {
        return Some(p..k);
    }
    // A longer phrase before "whether", "if" or "that": "asked former
    // Interior Secretary Paul Odum whether ...".
    let k = (p..end.min(p + 10)).find(|&j| {
        matches!(doc.low(j), "whether" | "if" | "that")
            || !(doc.is_word(j) || doc.is_number(j) || doc.is_punct_in(j, ".’'-"))
    })?;
    (k > p + 1 && matches!(doc.low(k), "whether" | "if" | "that")).then_some(p..k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lemma_named_here_is_a_cue_of_cues_txt() {
        let lemmas = crate::lexicon::cue_lemmas();
        let named = LISTENER_VERBS
            .iter()
            .chain(&CHARACTERIZE)
            .chain(&BARE_CLAUSE)
            .chain(&NEEDS_CLAUSE)
            .chain(&OBJECT_THEN_TO)
            .chain(&TO_LISTENER);
        for lemma in named {
            assert!(lemmas.contains(lemma), "{lemma} is no lemma of cues.txt");
        }
    }
}
