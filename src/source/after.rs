//! Sources after their cue: the inverted order ("..., said Tomas Reyes, a
//! campaign spokesman") and "according to X". The phrase runs over a name's
//! appositives and stops at an adjunct of the cue ("said on Tuesday", "said
//! in a statement", ", adding ...").

use super::{adjunct_aside, inner_preposition, suffix_period, title_period, PRONOUNS};
use crate::doc::Doc;
use crate::vocab::{w, CLAUSE_VERB, DETERMINER, WEEKDAY};
use crate::words::listed;
use std::ops::Range;

/// The source phrase starting at token `start` after an inverted cue ("said
/// Tomas Reyes, a campaign spokesman"), up to `limit`.
pub(crate) fn after(doc: &Doc, start: usize, limit: usize) -> Option<Range<usize>> {
    let lettered = |j: usize| doc.is_word(j) && doc.raw(j).chars().any(char::is_alphabetic);
    if start >= limit || !lettered(start) || inner_preposition(doc, start) {
        return None;
    }
    if listed(&PRONOUNS, doc.low(start)) {
        return Some(start..start + 1);
    }
    let mut j = start;
    let mut appositive_from = None;
    // An appositive may be long: "said Ilse Brandt, a fellow at the
    // Harbor Institute for Trade and Monetary Studies who advised ...".
    while j < limit && j < start + if appositive_from.is_some() { 48 } else { 24 } {
        let w = doc.low(j);
        if doc.punct(j) == Some(',') {
            let next = j + 1;
            // "said Ana Ruiz, then the mayor", "..., managing director at ...":
            // a former office, and a title opening with a participle.
            let then = doc.is(next, w::THEN) && next + 1 < limit;
            let titled = titled_participle(doc, next);
            let role = next + usize::from(then);
            let appositive = next < limit
                && (doc.has(role, DETERMINER)
                    || (!then && (doc.is_cap(next) || doc.is_number(next)))
                    || lower_appositive(doc, role, limit)
                    || titled)
                // (Not an adjunct of the cue: "said Trump, in a statement",
                // "said Lena Park, dressed as a lighthouse".)
                && (titled || !adjunct_aside(doc, next..limit));
            let participle = doc.low(next).ends_with("ing") && !titled;
            if appositive && !participle && appositive_from.is_none() {
                appositive_from = Some(j);
                j += 1;
                continue;
            }
            // A further appositive or a state: "said Ann Lee, 23, a student
            // from Bend, Ore.",
            // "said Ivo Berg, the director at Fairvote Now, a group that ...".
            let further = appositive_from.is_some()
                && next < limit
                && (matches!(doc.id(next), w::A | w::AN | w::THE)
                    || (doc.is_cap(j - 1) && suffix_period(doc, next + 1))
                    || (doc.is_cap(j - 1) && state_after_place(doc, next, limit))
                    || (doc.is_number(j - 1)
                        && (doc.is(next, w::OF) || lower_appositive(doc, next, limit))));
            if further {
                j += 1;
                continue;
            }
            break;
        }
        if doc.punct(j) == Some('(')
            && j > start
            && (doc.is_cap(j - 1) || suffix_period(doc, j - 1))
        {
            // "said Rep. Tom Arden (D-Ore.)": the bracketed note belongs to the name.
            let close = (j + 1..limit.min(j + 8)).find(|&k| doc.is_punct_in(k, "()"));
            if let Some(close) = close.filter(|&k| doc.punct(k) == Some(')')) {
                j = close + 1;
                continue;
            }
        }
        // A quoted title inside an appositive belongs to it, its marks and
        // any comma inside them too: "said Eva Holt, the author of
        // “Salt Roads,” who teaches ...".
        if let Some(close) = appositive_from.and_then(|_| crate::quote::title_end(doc, j, limit)) {
            j = close + 1;
            continue;
        }
        if j >= start + 16 && appositive_from.is_none() {
            break;
        }
        // Inside an appositive, "and" goes on, and "who" ends the phrase
        // for the caller to take to the end of the sentence: "Paula Greer, a
        // Democrat and onetime county clerk who ran for governor".
        if appositive_from.is_some() && w == "who" && j + 1 < limit {
            break;
        }
        // "said Vale and others", "said Vale and Ana Ruiz": a list of
        // sources goes on over "and" to another name or "others".
        let list = w == "and"
            && j > start
            && (doc.is_cap(j + 1) || matches!(doc.id(j + 1), w::OTHERS | w::OTHER));
        if appositive_from.is_some() && w == "and" || list {
            j += 1;
            continue;
        }
        // ("Jr.", "Fla." end a name here only when a comma follows:
        // "said J. Martin Coyle Jr., a former official".)
        let suffix = suffix_period(doc, j) && matches!(doc.punct(j + 1), Some(',' | '('));
        if doc.punct(j).is_some() && !doc.is_punct_in(j, "-&") && !title_period(doc, j) && !suffix {
            break;
        }
        // Inside an appositive, a place goes on: "a lecturer at the University of Maine".
        // So does a time: "a senior official during the Bush administration".
        let place = appositive_from.is_some()
            && (matches!(w, "at" | "in" | "on")
                && !doc.has(j + 1, WEEKDAY)
                && !listed(&IN_ADJUNCT, doc.low(j + 1))
                || w == "during");
        let adjunct = !place
            && matches!(
                w,
                "on" | "at"
                    | "during"
                    | "after"
                    | "before"
                    | "while"
                    | "when"
                    | "last"
                    | "this"
                    | "late"
                    | "earlier"
                    | "told"
                    | "adding"
                    | "that"
                    | "who"
                    | "which"
                    | "because"
                    | "as"
                    | "and"
            )
            || (w == "in" && listed(&IN_ADJUNCT, doc.low(j + 1)));
        if adjunct && j > start {
            break;
        }
        j += 1;
    }
    (j > start).then_some(start..j)
}

/// Whether token `next` opens one or two capitalised words closing a place
/// after a comma, a state or a country ("a nurse from Bend, Oregon"), with a comma
/// or the sentence's end after it; not a day or a month ("..., Sunday").
fn state_after_place(doc: &Doc, next: usize, limit: usize) -> bool {
    let w = doc.low(next);
    // ("New Jersey", "North Carolina": two words.)
    let end = next + 1 + usize::from(doc.is_cap(next + 1));
    doc.is_cap(next)
        && (end >= limit || doc.is_punct_in(end, ",.;"))
        && !super::time_word(doc, next)
        && !listed(&crate::words::MONTHS_BUT_MAY, w)
}

/// Whether token `j` is a participle opening a title: "managing director",
/// "acting chairman", "founding partner".
fn titled_participle(doc: &Doc, j: usize) -> bool {
    doc.is_lower_word(j) && doc.low(j).ends_with("ing") && super::speaker_noun(doc.low(j + 1))
}

/// Words after "in" that make an adjunct of the cue, not part of the source:
/// "said in a statement", "said in his remarks".
pub(super) const IN_ADJUNCT: [&str; 8] = [
    "a", "an", "his", "her", "their", "its", "remarks", "comments",
];

/// Whether a lowercase phrase from `next` to the end of the sentence reads as
/// an appositive of a name ("said Ana Ruiz, co-director of the Institute"):
/// no clause word, conjunction or cue in it.
fn lower_appositive(doc: &Doc, next: usize, limit: usize) -> bool {
    if !doc.is_lower_word(next) || listed(&APPOSITIVE_STOPS, doc.low(next)) {
        return false;
    }
    let lex = crate::lexicon::lexicons();
    let mut j = next;
    while j < limit && j < next + 24 {
        if doc.is_punct_in(j, ".?!") && !title_period(doc, j) {
            return true;
        }
        // A comma closes it too: "said Ana Ruiz, co-director of the
        // Institute, a group that ..." (what follows is decided by the caller).
        if doc.punct(j) == Some(',') && j > next {
            return true;
        }
        if let Some(close) = crate::quote::title_end(doc, j, limit) {
            j = close + 1; // "co-author of “Salt Roads,”"
            continue;
        }
        let w = doc.low(j);
        // ("'s" after a name is a possessive here: "director of Virginia's Center".)
        let possessive = matches!(w, "'s" | "’s") && !doc.space_before(j) && doc.is_cap(j - 1);
        if listed(&APPOSITIVE_STOPS, w)
            || (doc.has(j, CLAUSE_VERB) && !possessive)
            || lex.cues.longest_at(doc, j, limit).is_some()
            || doc.is_punct_in(j, ";:\"“”")
        {
            return false;
        }
        j += 1;
    }
    j >= limit
}

/// Words that end a lowercase appositive: a new clause, not a description.
const APPOSITIVE_STOPS: [&str; 21] = [
    "though", "although", "but", "because", "while", "which", "when", "if", "as", "so", "adding",
    "noting", "saying", "then", "that", "where", "himself", "herself", "both", "it", "whom",
];

/// The source after "according to", up to a comma or the end of the clause.
pub(crate) fn after_according(doc: &Doc, start: usize, limit: usize) -> Option<Range<usize>> {
    let mut j = start;
    while j < limit && j < start + 24 {
        // A quoted title is part of the phrase: "according to ''The Salt
        // Roads,'' by Tom Vale", "according to her 'fair share' plan".
        if let Some(close) = quoted_title(doc, j, limit.min(start + 24)) {
            let comma = doc.punct(close - 1) == Some(',');
            j = close + 1;
            if comma && !doc.is(j, w::BY) {
                break;
            }
            continue;
        }
        // (A spaced dash ends it as a comma does: "according to the
        // survey - a rise of two points".)
        if doc.is_spaced_dash(j)
            || doc.punct(j).is_some() && !doc.is_punct_in(j, "-&’'") && !title_period(doc, j)
        {
            break;
        }
        // ("according to officials who spoke on condition of anonymity": a
        // relative clause with no comma before it is part of the source.)
        if j > start && matches!(doc.id(j), w::THAT | w::WHICH) {
            break;
        }
        j += 1;
    }
    (j > start).then_some(start..j)
}

/// The closing quotation mark of a quotation opening at token `j` (a
/// run of opening marks: '"', '“', "''"), before `limit`.
fn quoted_title(doc: &Doc, j: usize, limit: usize) -> Option<usize> {
    let opens = |k: usize| doc.is_punct_in(k, crate::quote::OPEN_QUOTES);
    if !opens(j) {
        return None;
    }
    let mut k = j;
    while k < limit && opens(k) {
        k += 1;
    }
    (k + 1..limit)
        .find(|&c| doc.is_punct_in(c, "\"”'’"))
        .map(|c| {
            let mut c = c;
            while c + 1 < limit && doc.is_punct_in(c + 1, "'’") {
                c += 1;
            }
            c
        })
}

/// Where a source closing its sentence ends when an appositive naming who
/// it is follows and ends the sentence: "..., according to Omar Haddad, an
/// analyst at Larchmont Partners." `end` is the token after the phrase,
/// `limit` the sentence's end. The appositive's head must be a noun for a
/// person, a group or a document ("analyst", "group", "website"): "...,
/// according to court records, a record for the county" ends at the comma.
pub(crate) fn closing_appositive(doc: &Doc, end: usize, limit: usize) -> usize {
    let mut last = limit;
    while last > end && doc.is_punct_in(last - 1, ".?!\"”'’") {
        last -= 1;
    }
    let next = end + 1;
    if next >= last || doc.punct(end) != Some(',') || last - next > 24 {
        return end;
    }
    let opens = matches!(doc.id(next), w::A | w::AN | w::THE) || lower_appositive(doc, next, limit);
    // (Its only punctuation is inside names: "in Madison, Wisconsin".)
    let place_comma =
        |j: usize| doc.punct(j) == Some(',') && doc.is_cap(j - 1) && doc.is_cap(j + 1);
    let inner = |j: usize| {
        doc.punct(j).is_some()
            && !title_period(doc, j)
            && !doc.is_punct_in(j, "-’'")
            && !place_comma(j)
    };
    if !opens || (next..last).any(inner) {
        return end;
    }
    let head = (next..last)
        .take_while(|&j| !inner_preposition(doc, j) && !doc.is(j, w::WHO))
        .last()
        .unwrap_or(next);
    if super::speaker_noun(doc.low(head)) {
        last
    } else {
        end
    }
}
