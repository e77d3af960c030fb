//! The content after a cue: a quotation that opens there, or the rest of
//! the clause up to where it stops (a participle, "; ", "citing", a new
//! predicate of the source, a ", who ..." on someone the claim names, the
//! comma closing an opening subordinate clause, or closing one opened inside
//! the sentence before a new clause), and what "citing" cites.

use super::before::past_connective;
use super::{rest_is_adjunct, MAX_CONTENT};
use crate::attribution::{CLOSE_QUOTES, SCAN, TERMINAL};
use crate::clause_end::{
    clause_word, in_inner_subordinate, in_opening_subordinate, next_act, opens_main_clause, remark,
};
use crate::doc::Doc;
use crate::lexicon::lexicons;
use crate::model::Quote;
use crate::quote;
use crate::sentence::SentenceInfo;
use crate::vocab::{w, CLAUSE_VERB, PRONOUN_SUBJECT};
use crate::words::listed;
use crate::Span;

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
pub(super) fn content_after_as(
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
            // 'said "county crews" must clear': the clause goes on after the
            // quote; so it does after a quote closing on a word with no
            // mark ('said "we will see" about a recount'), but for "and".
            let next = doc.token_at(q.span.end);
            let close = next.saturating_sub(1);
            let goes_on = doc.has(next, CLAUSE_VERB)
                || doc.is_lower_word(next)
                    && !matches!(doc.id(next), w::AND | w::BUT | w::OR | w::AS)
                    && !super::starts_adjunct(doc, next)
                    && close > start
                    && doc.is_word(close - 1);
            if !(next < end && goes_on && q.span.end <= s.span.end) {
                return Some((q.span, None));
            }
        }
    }
    let start = past_connective(doc, start, end);
    let mut stop = end.min(start + MAX_CONTENT);
    let mut citing = None;
    let subordinate = in_opening_subordinate(doc, s, start);
    let mut inner = !subordinate && in_inner_subordinate(doc, s, start);
    for j in start..end.min(start + SCAN) {
        // A comma that may close the subordinate clause the content is in
        // (outside a quotation, or closing one opened inside the content).
        let clause_comma = (subordinate || inner)
            && doc.punct(j) == Some(',')
            && (!in_open_quote(doc, quotes, j) || closes_inner_quote(doc, quotes, j, start));
        if clause_comma && subordinate {
            // "While one firm says X, another says Y": the main clause
            // follows; so it does after 'When she called it "a scam," he ...'.
            stop = j;
            break;
        }
        if clause_comma && inner {
            // (Bounded: a run of marks is no clause.)
            let k = (j + 1..end.min(j + 4))
                .find(|&k| !doc.is_punct_in(k, CLOSE_QUOTES))
                .unwrap_or(end);
            if k < end && opens_main_clause(doc, k) {
                // "while she said she would back the levy, it stalled":
                // the clause the conjunction opened ends at the comma.
                stop = j;
                break;
            }
            // (Only its first comma: "claimed that the group, or its
            // leader, has ..." goes on after an aside.)
            inner = false;
        }
        if quote_then_gloss(doc, quotes, start, j, end) {
            stop = j; // 'called him "the next Lincoln" – a stretch, to many'
            break;
        }
        if concession_after_dash(doc, j) && !in_open_quote(doc, quotes, j) {
            stop = j; // "said the levy would pass – though few expect it to"
            break;
        }
        if doc.punct(j) == Some(';') && !in_open_quote(doc, quotes, j) {
            stop = j; // "he thinks X; that's a ticket to the tar pit"
            break;
        }
        if doc.is(j, w::AND)
            && j > start
            && !(start..j).any(|k| clause_word(doc, k))
            && new_predicate(doc, j + 1, end)
            && !intends(doc, j + 1, end)
            && !in_open_quote(doc, quotes, j)
        {
            // "is a vocal critic of the levy and wrote the repeal bill": after
            // an object, the source's next act, not its claim. (Not a verb of
            // intending, which goes on the claim's own clause: "said she was
            // tired and wanted a change", where the nested verb is then
            // dropped. Nor after a clause word of the claim's own, "said the
            // clinic was never a charity and serves every county": "and"
            // there joins two acts of the claim's subject, or a word that is
            // a cue only as a verb, "a tireless and determined organizer";
            // on PolNeAR train 7 more contents exact, on dev 3.)
            stop = if doc.punct(j - 1) == Some(',') {
                j - 1
            } else {
                j
            };
            break;
        }
        if matches!(doc.id(j), w::AND | w::BUT)
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
        if matches!(doc.id(j), w::WHILE | w::AFTER | w::BEFORE | w::WHEN)
            && j > start
            && !(j == start + 1 && doc.is(start, w::THAT))
            && doc.low(j + 1).ends_with("ing")
            && lexicons().cues.longest_at(doc, j + 1, end).is_some()
            && !in_open_quote(doc, quotes, j)
        {
            // "praised the plan while saying ...": the next attribution.
            // (Not "by": "said the county should act by raising the levy"
            // is one claim, and a verb of taking a side in it is dropped as
            // nested. On PolNeAR train the stop at "by" was right 4 times
            // in 18.)
            stop = j;
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
            && !matches!(doc.id(k), w::CITING | w::ACCORDING)
            && lexicons().cues.longest_at(doc, k, end).is_some();
        // "slammed the comments, vowed to fight and ...": the next of a list of acts.
        let next_act = k == j + 1 && new_predicate(doc, k, end) && !in_open_quote(doc, quotes, j);
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
        let relative = (doc.is(k, w::WHO)
            || doc.is(k, w::WHICH) && !(start..j).any(|x| clause_word(doc, x)))
            && !in_open_quote(doc, quotes, j)
            && !aside_then_verb(doc, k, end);
        if participle
            || next_act
            || closing
            || relative
            || doc.is(k, w::HOWEVER)
            || comparison(doc, k)
            || remark(doc, k, end)
        {
            // "..., adding ...", "..., asserting that ...", "..., however".
            stop = j;
            break;
        }
        // "that, while prices rose, wages fell": an aside after "that";
        // so is "that, according to the audit, the fund is short", whose
        // phrase opens the claim's own clause, which goes on.
        let after_that = j == start + 1 && doc.is(start, w::THAT);
        if matches!(doc.id(k), w::CITING | w::ACCORDING) && !after_that {
            stop = j;
            citing = (doc.is(k, w::CITING)).then_some(k + 1);
            break;
        }
        // "..., and he ...", "..., and adding ...": a new clause or act. (Not
        // the last of a list of "-ing" forms that is no cue: "accused the
        // board of stalling, hiding, and withholding records"; on PolNeAR
        // train 3 more contents exact, none lost.)
        let and_ing = doc.low(k + 1).ends_with("ing")
            && lexicons().cues.longest_at(doc, k + 1, end).is_some();
        if doc.is(k, w::AND) && (doc.has(k + 1, PRONOUN_SUBJECT) || and_ing) {
            stop = j;
            break;
        }
        // "said X, but that Y": a second clause of the same claim.
        let second_that = doc.is(k, w::BUT) && doc.is(k + 1, w::THAT);
        // "..., but will make Iran rich": the content's own verb goes on,
        // with no subject of its own.
        let ellipsis = after_that
            || second_that
            || contrast_goes_on(doc, start, j, k)
            || evidence && matches!(doc.id(k), w::WHILE | w::WHEREAS)
            || doc.is(k, w::BUT)
                && matches!(
                    doc.id(k + 1),
                    w::IS
                        | w::ARE
                        | w::WAS
                        | w::WERE
                        | w::WILL
                        | w::WOULD
                        | w::COULD
                        | w::CAN
                        | w::NOT
                        | w::SO
                        | w::HAS
                        | w::HAVE
                        | w::HAD
                        | w::DID
                        | w::DOES
                        | w::ALSO
                        | w::ONLY
                        | w::SHOULD
                        | w::MAY
                        | w::MIGHT
                        | w::MUST
                )
                && (start..j).any(|x| clause_word(doc, x));
        if matches!(
            doc.id(k),
            w::WHILE | w::WHEREAS | w::BUT | w::ALTHOUGH | w::THOUGH
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
    if let Some(open) = closing_aside(doc, quotes, start, stop) {
        stop = open;
    }
    let mut span = doc.range_span(start, stop);
    // A quotation that opens inside the content and runs past the sentence.
    if let Some(q) = quote::running_past(quotes, span) {
        if citing.is_none() {
            span = span.cover(q.span);
        }
    }
    Some((span, citing))
}

/// Whether ", but" at `k` (its comma at `j`) goes on with the claim that
/// opened at `start`: "but rather ..." or "but instead ...", or the second
/// half of a "not ..., but ..." contrast when a phrase follows ("is not a
/// tax, but a fee", "not for what she did, but for who she is"); a clause
/// of its own ("did not win, but he ...", "but said ...") ends the claim.
fn contrast_goes_on(doc: &Doc, start: usize, j: usize, k: usize) -> bool {
    let next = doc.low(k + 1);
    doc.is(k, w::BUT)
        && (matches!(next, "rather" | "instead")
            || (start..j).any(|x| matches!(doc.id(x), w::NOT | w::CLITIC_NT | w::CURLY_CLITIC_NT))
                && listed(&CONTRAST_PHRASE_STARTS, next))
}

/// Words after "not ..., but" that open a phrase, not a clause of its own:
/// "not a tax, but a fee", "not for what she did, but because of who she
/// is". A noun phrase after "the" may be a new subject ("not good, but the
/// banks disagree") and is left out.
const CONTRAST_PHRASE_STARTS: [&str; 13] = [
    "a", "an", "also", "because", "by", "for", "from", "to", "in", "on", "with", "only", "simply",
];

/// Whether the dash at `j` opens the writer's concession: "– though ...",
/// "-- although ...". A comma before "though" is already a stop; after a
/// dash, gold ends the content there 7 times in 7 on PolNeAR train ("– even
/// though" runs on, 1 to 2, and is left alone).
fn concession_after_dash(doc: &Doc, j: usize) -> bool {
    let k = if doc.is_punct_in(j + 1, "-") {
        j + 2
    } else {
        j + 1
    };
    doc.is_clause_dash(j) && matches!(doc.id(k), w::THOUGH | w::ALTHOUGH)
}

/// Whether the words at `k`, after a comma, weigh the claim against another
/// figure: "..., compared with 30 percent in May", "..., putting them at
/// odds with the mayor". The writer's gloss on a poll's answer, not the
/// answer: on PolNeAR train gold stops there 12 times in 19 (11 of 11
/// after a verb of saying), and 5 times runs on.
fn comparison(doc: &Doc, k: usize) -> bool {
    matches!(doc.id(k), w::COMPARED | w::PUTTING)
}

/// Whether the relative clause opening at `k` is an aside closed by a comma
/// before the clause's verb goes on: "Ms. Ruiz, who is a nurse, was ...".
fn aside_then_verb(doc: &Doc, k: usize, end: usize) -> bool {
    (k + 1..end.min(k + SCAN))
        .find(|&j| doc.is_punct_in(j, ",;:—–"))
        .is_some_and(|j| {
            doc.punct(j) == Some(',')
                && doc.is_lower_word(j + 1)
                && (crate::attribution::verb_like(doc, j + 1) || doc.is(j + 1, w::AS))
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

/// Whether the comma at `j` ends a quotation that opened inside the content
/// after its first token `start` and closes right after the comma: 'called
/// it "a scam," and'.
fn closes_inner_quote(doc: &Doc, quotes: &[Quote], j: usize, start: usize) -> bool {
    doc.is_punct_in(j + 1, CLOSE_QUOTES)
        && quote::containing(quotes, doc.span(j)).is_some_and(|q| {
            q.span.start > doc.span(start).start && q.span.end <= doc.span(j + 1).end
        })
}

/// Whether the dash at `j` follows a quotation that opened inside the
/// content (after its first token `start`) and no other dash pairs with
/// it: the writer's gloss on the quoted words follows ('called it "a
/// fresh start" — a phrase she has used before'). On PolNeAR train gold
/// ends there 8 times in 10; a dash in general is a coin flip.
fn quote_then_gloss(doc: &Doc, quotes: &[Quote], start: usize, j: usize, end: usize) -> bool {
    j > start + 1
        && doc.is_clause_dash(j)
        && doc.is_punct_in(j - 1, CLOSE_QUOTES)
        && quote::ending_at(quotes, doc.span(j - 1).end)
            .is_some_and(|q| q.span.start > doc.span(start).start)
        && !(start..j).any(|k| doc.is_clause_dash(k))
        && !(j + 1..end.min(j + SCAN)).any(|k| doc.is_clause_dash(k))
}

/// The opening parenthesis of an aside of three words or more that closes
/// the content from `start` to `stop`: the writer's comment ('said the
/// plan would pass (it did not)'). A short one is a name's part ("(TPP)",
/// "(D-Vt.)"). On PolNeAR train cutting it made 5 contents exact and lost 1.
fn closing_aside(doc: &Doc, quotes: &[Quote], start: usize, stop: usize) -> Option<usize> {
    let mut close = stop;
    while close > start && doc.punct(close - 1).is_some() && doc.punct(close - 1) != Some(')') {
        close -= 1;
    }
    if close <= start + 1 || doc.punct(close - 1) != Some(')') {
        return None;
    }
    let open = (start.max(close.saturating_sub(SCAN))..close - 1)
        .rev()
        .find(|&k| doc.is_punct_in(k, "()"))?;
    let words = (open + 1..close - 1)
        .filter(|&k| doc.is_word(k) || doc.is_number(k))
        .count();
    (doc.punct(open) == Some('(')
        && open > start
        && words >= 3
        && !in_open_quote(doc, quotes, open))
    .then_some(open)
}

/// Whether token `j` sits inside a quotation that opened before it.
pub(crate) fn in_open_quote(doc: &Doc, quotes: &[Quote], j: usize) -> bool {
    quote::containing(quotes, doc.span(j)).is_some()
}

/// Whether a verb of intending opens at token `k` ("wants", "hoped to").
pub(crate) fn intends(doc: &Doc, k: usize, end: usize) -> bool {
    lexicons()
        .cues
        .longest_at(doc, k, end)
        .is_some_and(|(_, info)| info.kind == crate::lexicon::CueType::Intent)
}

/// Whether the words from `k` (just after "and") start a new predicate of
/// the source: a reporting or stance verb that is not an "-ing" form, maybe
/// after "also" ("and proposed a safe zone", "and also called").
fn new_predicate(doc: &Doc, k: usize, end: usize) -> bool {
    let k = if doc.is(k, w::ALSO) { k + 1 } else { k };
    k < end
        && doc.is_lower_word(k)
        && !doc.low(k).ends_with("ing")
        && lexicons()
            .cues
            .longest_at(doc, k, end)
            .is_some_and(|(_, info)| !matches!(info.lemma, "hope" | "offer"))
}
