//! Clause ends: where a claim stops inside its sentence.
//!
//! **What it finds.** The word or mark at which a content ends before the
//! sentence does: the comma that closes an opening subordinate clause
//! ("While X says A, ..."), the writer's remark after a claim ("..., a move
//! that could split the party"), the subject's next act after an object
//! ("called the deal bad and ranked ..."), the first break of an agentless
//! frame's complement, the date or clause after the one a source backs
//! ("endorsed Ms. Lee on Wednesday"), the occasion after an object
//! ("praised the plan at a rally"), and a participle's next act ("calling
//! the plan a stunt and urging a vote"). `content.rs` asks these questions while
//! it scans a content; each answer is tuned on PolNeAR train (see the
//! commits) and checked on dev.
//!
//! **Why it matters.** A content that runs into the next clause credits the
//! source with the writer's words, or with another speaker's.
//!
//! **Traps it avoids.** A clause keeps its own verbs ("said the plan failed
//! and cost millions"), a list keeps its commas ("ending caucuses, limiting
//! ... and ..."), "the more ..., the more ..." stays whole, and every scan is
//! bounded ([`SCAN`], [`MAX_CONTENT`]) so the analysis stays linear.

use crate::attribution::SCAN;
use crate::content::{body_start, in_open_quote, CLAUSE_VERBS, MAX_CONTENT, PRONOUN_SUBJECTS};
use crate::doc::Doc;
use crate::model::Quote;
use crate::sentence::SentenceInfo;
use crate::vocab::{
    w, CLAUSE_VERB, INNER_SUBORDINATOR, IRREGULAR_PAST, PRONOUN_SUBJECT, TIME_WORD, WEEKDAY,
};
use crate::words::{is_be, listed};
use crate::Span;

/// The comma that opens an aside closed by the comma at `close`: a relative
/// clause or a linking adverb ("..., which has held rates near zero,",
/// "..., however,"), with words before it.
pub(crate) fn aside_before(doc: &Doc, first: usize, close: usize) -> Option<usize> {
    let open = (first.max(close.saturating_sub(SCAN))..close)
        .rev()
        .find(|&k| doc.is_punct_in(k, ",;:—–(\"“”"))?;
    let head = doc.low(open + 1);
    let aside = matches!(
        head,
        "who" | "which" | "however" | "though" | "also" | "too"
    );
    (doc.punct(open) == Some(',') && open > first && open + 1 < close && aside).then_some(open)
}

/// Conjunctions that open a clause subordinate to the sentence's main clause:
/// "While ...", "If ...", "Even though ...", "Now that ...", "As the rivals
/// traded barbs, ...".
const SUBORDINATORS: [&str; 15] = [
    "while", "whereas", "if", "when", "although", "though", "because", "since", "after", "before",
    "once", "unless", "even", "now", "as",
];

/// Whether the content at token `from` lies in a clause that opens its
/// sentence with a subordinating conjunction and has no comma yet ("While
/// one firm says there are 2,400, another says ...", "Weeks after the mayor
/// announced her run, ..."), maybe after a short opening adjunct ("In
/// March, after ...", "And, while ..."): that clause, and so the content,
/// ends at the next comma, where the main clause starts. On PolNeAR train
/// the adjunct, "despite"/"by"/"until"/"without" and the comma inside a
/// closing quotation made 17 more contents exact and lost 2.
pub(crate) fn in_opening_subordinate(doc: &Doc, s: &SentenceInfo, from: usize) -> bool {
    let mut j = body_start(doc, s);
    while j < from && doc.is_punct_in(j, "\"“'‘(") {
        j += 1;
    }
    if matches!(doc.id(j), w::BUT | w::AND | w::SO | w::YET) {
        j += 1;
        if doc.punct(j) == Some(',') {
            j += 1; // "And, while ..."
        }
    }
    // "In June, after the board asked ...", "For example, if ...": a short
    // opening adjunct closed by a comma, then the conjunction.
    if !opens_subordinate(doc, j) {
        if let Some(k) = (j + 1..from.min(j + 6)).find(|&k| doc.punct(k) == Some(',')) {
            if opens_subordinate(doc, k + 1) && (j..k).all(|x| doc.is_word(x) || doc.is_number(x)) {
                j = k + 1;
            }
        }
    }
    // "A few weeks after ...", "Ever since ...": a short measure of time
    // before the conjunction.
    if !listed(&SUBORDINATORS, doc.low(j)) {
        if let Some(k) = (j + 1..from.min(j + 4)).find(|&k| {
            matches!(
                doc.id(k),
                w::AFTER | w::BEFORE | w::SINCE | w::UNTIL | w::WHEN
            )
        }) {
            if (j..k).all(|x| doc.is_word(x) && !crate::attribution::verb_like(doc, x)) {
                j = k;
            }
        }
    }
    j < from
        && from - j <= SCAN
        && opens_subordinate(doc, j)
        && !(j..from).any(|k| doc.is_punct_in(k, ",;:"))
}

/// Whether the content at token `from` lies in a subordinate clause opened
/// inside its sentence, close before the cue ("The vote slipped, and while
/// she said she would back the levy, it stalled", "Okafor, who looked
/// tired after he thanked the crew, was short"): a conjunction at most
/// twelve tokens back, with no clause mark between. Such a clause ends at
/// its first comma when a new clause follows (see [`opens_main_clause`]).
pub(crate) fn in_inner_subordinate(doc: &Doc, s: &SentenceInfo, from: usize) -> bool {
    let first = body_start(doc, s);
    (first.max(from.saturating_sub(12))..from)
        .rev()
        .take_while(|&k| !doc.is_punct_in(k, ",;:—–"))
        .any(|k| k > first && doc.has(k, INNER_SUBORDINATOR))
}

/// Conjunctions that open a subordinate clause inside a sentence.
pub(crate) const INNER_SUBORDINATORS: [&str; 14] = [
    "while", "whereas", "if", "when", "although", "though", "because", "since", "after", "before",
    "once", "unless", "until", "as",
];

/// Whether token `k`, after a comma, opens a clause with its own subject or
/// verb: a pronoun subject, "there", "here" or an auxiliary ("..., he
/// didn't", "..., there was", "..., was not as friendly").
pub(crate) fn opens_main_clause(doc: &Doc, k: usize) -> bool {
    let w = doc.low(k);
    listed(&PRONOUN_SUBJECTS, w) || matches!(w, "there" | "here") || listed(&CLAUSE_VERBS, w)
}

/// Whether token `j` opens a subordinate clause or an adverbial phrase
/// with a verb of its own: a conjunction of [`SUBORDINATORS`], or "despite",
/// "by", "until", "without" ("By offering him the post, the mayor ...").
fn opens_subordinate(doc: &Doc, j: usize) -> bool {
    listed(&SUBORDINATORS, doc.low(j))
        || matches!(doc.id(j), w::DESPITE | w::BY | w::UNTIL | w::WITHOUT)
}

/// Whether a noun phrase with a clause of its own opens at `k`, after a
/// comma that ends a content: the writer's remark on the claim, "..., a move
/// that could split the party", "..., an issue on which she led".
pub(crate) fn remark(doc: &Doc, k: usize, end: usize) -> bool {
    matches!(doc.id(k), w::A | w::AN | w::THE | w::ANOTHER)
        && !matches!(
            doc.id(k + 1),
            w::MORE | w::LESS | w::FEWER | w::BETTER | w::WORSE
        )
        && (k + 1..end.min(k + 5))
            .take_while(|&j| doc.is_lower_word(j))
            .skip(1)
            .any(|j| {
                matches!(
                    doc.id(j),
                    w::THAT | w::WHICH | w::HE | w::SHE | w::THEY | w::IT | w::WE
                )
            })
}

/// The complement of an agentless frame ends at its first comma or dash
/// (a spaced hyphen or "--" too) outside quotation marks: "seemed to be
/// shrinking in stature — perhaps ...", "is expected to pass the levy,
/// probably ...".
pub(crate) fn to_first_break(doc: &Doc, span: Span, quotes: &[Quote]) -> Span {
    let (from, to) = doc.token_bounds(span, MAX_CONTENT);
    let stop = (from + 1..to).find(|&j| {
        (doc.punct(j) == Some(',') || doc.is_clause_dash(j)) && !in_open_quote(doc, quotes, j)
    });
    match stop {
        Some(j) => Span::new(span.start, doc.span(j - 1).end),
        None => span,
    }
}

/// Whether the words from `k` (just after "and" or "but") open a clause or
/// a verb phrase of their own: a pronoun subject, an auxiliary, or a past
/// form after an adverb or auxiliary ("and later fessed up", "but spoke").
pub(crate) fn next_act(doc: &Doc, k: usize, end: usize) -> bool {
    let w = doc.low(k);
    if listed(&PRONOUN_SUBJECTS, w) || listed(&CLAUSE_VERBS, w) && !matches!(w, "be" | "been") {
        return true;
    }
    let mut v = k;
    while v < end.min(k + 2)
        && matches!(
            doc.id(v),
            w::ALSO
                | w::THEN
                | w::LATER
                | w::QUICKLY
                | w::EVENTUALLY
                | w::HAS
                | w::HAD
                | w::HAVE
                | w::WAS
                | w::IS
        )
    {
        v += 1;
    }
    v < end && doc.is_lower_word(v) && past_form(doc.low(v))
}

/// Whether `w` is a past form: "-ed" ("ranked") or a common irregular past ("spoke").
fn past_form(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ed") || listed(&crate::attribution::IRREGULAR_PASTS, w)
}

/// Whether token `k` marks a clause or a verb phrase inside a content (a
/// verb form, a pronoun, "that", "to"): such a content's "and" may join
/// its own verbs ("said the plan failed and cost millions").
pub(crate) fn clause_word(doc: &Doc, k: usize) -> bool {
    let w = doc.low(k);
    // "it's" is a verb, "Clinton's" a possessive.
    let possessive = matches!(doc.id(k), w::CLITIC_S | w::CURLY_CLITIC_S)
        && !(k > 0
            && matches!(
                doc.id(k - 1),
                w::IT | w::HE | w::SHE | w::THAT | w::THERE | w::WHAT
            ));
    doc.has(k, CLAUSE_VERB) && !possessive
        || doc.has(k, PRONOUN_SUBJECT | IRREGULAR_PAST)
        || matches!(w, "that" | "to" | "be" | "been")
        || w.len() > 4 && w.ends_with("ed")
}

/// Whether `verb` (lowercase) takes a side on a candidate or a measure:
/// "endorsed", "supports", "backed", "opposes".
pub(crate) fn backs_someone(verb: &str) -> bool {
    ["endors", "support", "backed", "backs", "backing", "oppos"]
        .iter()
        .any(|stem| verb.starts_with(stem))
}

/// The one backed or opposed, without what follows it: a comma or a dash,
/// a clause of time or reason ("after his son came out", "before backing
/// Rubio") or a date ("in November", "Wednesday"). PolNeAR marks the
/// candidate or the measure alone ("endorsed Ruiz Friday").
pub(crate) fn backed_only(doc: &Doc, span: Span, quotes: &[Quote]) -> Span {
    let (from, to) = doc.token_bounds(span, MAX_CONTENT);
    let date = |j: usize| doc.has(j, WEEKDAY) || listed(&crate::words::MONTHS_BUT_MAY, doc.low(j));
    let stop = (from + 1..to).find(|&j| {
        let w = doc.low(j);
        // (Not a comma inside a list: "A, B and C", "eliminating X, limiting Y and ...".)
        let list = doc.punct(j) == Some(',')
            && (j + 1..to.min(j + 10))
                .take_while(|&k| doc.punct(k).is_none() || doc.punct(k) == Some(','))
                .any(|k| matches!(doc.id(k), w::AND | w::OR));
        let ends = doc.punct(j) == Some(',') && !list
            || doc.is_clause_dash(j)
            || matches!(
                w,
                "after"
                    | "when"
                    | "before"
                    | "during"
                    | "since"
                    | "until"
                    | "while"
                    | "because"
                    | "last"
                    | "this"
            )
            || date(j);
        ends && !in_open_quote(doc, quotes, j)
    });
    let Some(mut stop) = stop else { return span };
    // "in November", "early this month": the preposition goes with the date.
    while stop > from + 1 && matches!(doc.id(stop - 1), w::IN | w::ON | w::EARLY | w::LATE) {
        stop -= 1;
    }
    Span::new(span.start, doc.span(stop - 1).end)
}

/// Nouns of the occasion a claim was made on: "at a rally", "in an interview".
const OCCASIONS: [&str; 30] = [
    "rally",
    "rallies",
    "interview",
    "interviews",
    "speech",
    "speeches",
    "debate",
    "debates",
    "statement",
    "statements",
    "event",
    "events",
    "hall",
    "meeting",
    "conference",
    "appearance",
    "op-ed",
    "letter",
    "tweet",
    "tweets",
    "post",
    "email",
    "e-mail",
    "call",
    "address",
    "forum",
    "stop",
    "hearing",
    "briefing",
    "video",
];

/// The start of an adjunct naming the occasion of the cue after an object
/// content ("criticized the mayor at a rally in Ohio", "praised the plan in
/// an interview"): "in", "at", "during" or "on", then "a", "an" or a
/// possessive and, within three words, a noun of [`OCCASIONS`]. PolNeAR
/// leaves it out of the object; a clause keeps it ("said she met him at a
/// rally").
pub(crate) fn occasion(doc: &Doc, span: Span) -> Option<usize> {
    let (from, to) = doc.token_bounds(span, MAX_CONTENT);
    if doc.is_punct_in(from, "\"“«'‘")
        || matches!(
            doc.id(from),
            w::THAT | w::TO | w::WHETHER | w::IF | w::HOW | w::WHY | w::WHAT
        )
    {
        return None;
    }
    for j in from + 1..to {
        if clause_word(doc, j) {
            return None;
        }
        let opens = matches!(doc.id(j), w::IN | w::AT | w::DURING | w::ON)
            && matches!(doc.id(j + 1), w::A | w::AN | w::HIS | w::HER | w::THEIR);
        if opens && (j + 2..to.min(j + 5)).any(|k| listed(&OCCASIONS, doc.low(k))) {
            return Some(j);
        }
    }
    None
}

/// Words ending in "-ing" that are nouns or prepositions, not a participle:
/// "and the meeting", "and nothing else".
/// Also the "-ing" adjectives: "and rising sea levels", "and neighboring states".
const ING_NOT_VERB: [&str; 35] = [
    "rising",
    "neighboring",
    "growing",
    "leading",
    "ruling",
    "existing",
    "remaining",
    "ongoing",
    "increasing",
    "declining",
    "working",
    "missing",
    "following",
    "including",
    "nothing",
    "something",
    "anything",
    "everything",
    "being",
    "thing",
    "king",
    "morning",
    "evening",
    "meeting",
    "spending",
    "funding",
    "building",
    "housing",
    "training",
    "during",
    "according",
    "hearing",
    "bring",
    "spring",
    "ring",
];

/// Whether the cue ending before token `from` is a participle ("calling",
/// "criticizing ... for", "by touting"), not a progressive ("is calling").
pub(crate) fn participle_cue(doc: &Doc, from: usize) -> bool {
    let progressive = |k: usize| {
        k > 0 && (is_be(doc.low(k - 1)) || matches!(doc.id(k - 1), w::CLITIC_S | w::CURLY_CLITIC_S))
    };
    (from.saturating_sub(2)..from)
        .rev()
        .find(|&k| doc.is_lower_word(k) && doc.low(k).ends_with("ing"))
        .is_some_and(|k| !listed(&ING_NOT_VERB, doc.low(k)) && !progressive(k))
}

/// The "and" that joins the next act of a participle's subject to its
/// content: "criticizing the plan and calling for a vote", "thanking the
/// volunteers and urging ...". PolNeAR ends the content before it (on
/// train this makes 23 contents exact and breaks none). Not after a clause
/// opener ("saying that ... and"), a progressive or another participle
/// inside the content ("is hurting jobs and driving ...", "a role in
/// drafting the bill and passing it"), or inside a quotation.
pub(crate) fn participle_next_act(doc: &Doc, span: Span, quotes: &[Quote]) -> Option<usize> {
    let (from, to) = doc.token_bounds(span, MAX_CONTENT);
    if doc.is_punct_in(from, "\"“«'‘")
        || matches!(
            doc.id(from),
            w::THAT
                | w::TO
                | w::WHETHER
                | w::IF
                | w::HOW
                | w::WHY
                | w::WHAT
                | w::WHO
                | w::WHEN
                | w::WHERE
        )
    {
        return None;
    }
    for j in from + 1..to {
        let w = doc.low(j);
        if is_be(w) && (j + 1..to.min(j + 3)).any(|k| doc.low(k).ends_with("ing")) {
            return None;
        }
        // (An "and" may join a participle inside the content: "questioning
        // her role in drafting the bill and passing it".)
        if doc.is_lower_word(j) && w.ends_with("ing") && !listed(&ING_NOT_VERB, w) {
            return None;
        }
        if w != "and" || in_open_quote(doc, quotes, j) {
            continue;
        }
        let mut v = j + 1;
        if matches!(
            doc.id(v),
            w::ALSO | w::EVEN | w::THEN | w::LATER | w::AGAIN | w::REPEATEDLY | w::QUICKLY
        ) {
            v += 1;
        }
        let next = doc.low(v);
        if v < to && doc.is_lower_word(v) && next.ends_with("ing") && !listed(&ING_NOT_VERB, next) {
            return Some(j);
        }
    }
    None
}

/// A short noun-phrase content without the month or year after it:
/// "announced her run in March 2019", "proposed the levy in 2013".
/// PolNeAR leaves the time of the act out of an object (on train the cut
/// changes 10 contents, 5 to an exact match, none lost; a bare weekday,
/// "last week" and "in the past" were split or against, and left alone). A clause keeps its own date ("said the vote
/// was held in June"), so a content with a verb, a pronoun, "that" or "to",
/// or inside quotation marks, is left whole; so is a figure, whose period
/// is part of it ("reported raising $2 million in March").
pub(crate) fn without_date(doc: &Doc, span: Span, quotes: &[Quote]) -> Span {
    let from = doc.token_at(span.start);
    let to = doc.token_at(span.end);
    if to <= from + 1
        || to - from > 10
        || doc.low(from).ends_with("ing")
        || (from..to).any(|k| {
            clause_word(doc, k) || doc.is_punct_in(k, "\"“”'‘’:;") || in_open_quote(doc, quotes, k)
        })
    {
        return span;
    }
    let date_word = |k: usize| {
        let w = doc.low(k);
        crate::words::is_weekday(w)
            || listed(&crate::words::MONTHS_BUT_MAY, w)
            || doc.is_number(k) && w.len() == 4
    };
    // The date runs to the end of the content: "in June 2015", "on Monday".
    let rest_is_date = |j: usize| {
        (j..to).all(|k| {
            date_word(k)
                || doc.is_number(k)
                || doc.punct(k) == Some(',')
                || doc.has(k, TIME_WORD)
                || matches!(doc.id(k), w::IN | w::SINCE)
        })
    };
    let start = (from + 1..to).find(|&j| {
        let w = doc.low(j);
        let next = j + 1 < to;
        let opens = matches!(w, "in" | "since") && next && date_word(j + 1);
        opens && rest_is_date(j)
    });
    match start {
        Some(j) if !(from..j).any(|k| doc.is_number(k) || doc.low(k) == "$") => {
            Span::new(span.start, doc.span(j - 1).end)
        }
        _ => span,
    }
}
