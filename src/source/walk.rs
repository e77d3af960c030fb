//! Walking back from a cue over the source noun phrase before it: names,
//! titles, appositives, quantities, lists over "and", relative clauses.

use super::*;
use crate::vocab::{w, BREAK, DETERMINER, SOURCE_VERB, WEEKDAY};
use crate::words::listed;

/// Words that open an introductory phrase, not a name: "In Berlin, ...".
pub(super) const PREPOSITION_STARTS: [&str; 12] = [
    "in", "on", "at", "after", "before", "during", "from", "for", "with", "by", "as", "since",
];

/// Walks back over a plain noun phrase ending at `last`.
pub(super) fn walk_back(doc: &Doc, last: usize, first: usize) -> Option<Range<usize>> {
    walk_back_within(doc, last, first, JOINS)
}

/// How many earlier phrases one source phrase may join (a name before its
/// brackets or "Jr.", a phrase before "and"): the bound keeps the recursion
/// shallow on "officials and officials and ..." a megabyte long.
const JOINS: usize = 4;

/// [`walk_back`], joining at most `joins` earlier phrases.
fn walk_back_within(doc: &Doc, last: usize, first: usize, joins: usize) -> Option<Range<usize>> {
    if last < first {
        return None; // the loop below counts down from `last` to `first`
    }
    let join = |k: usize| {
        joins
            .checked_sub(1)
            .and_then(|left| walk_back_within(doc, k, first, left))
    };
    // (After a reporting verb a phrase opens a clause: "said he and aides".)
    let subject = |r: &Range<usize>| {
        let w = doc.low(r.start.saturating_sub(1));
        r.start == first
            || !(auxiliary(w)
                || crate::attribution::verb_like(doc, r.start - 1) && !listed(&VERBS, w))
    };
    if let Some(open) = affiliation(doc, last, first) {
        // "Rep. Gail Ross (D-Ga.)": the name goes on before the brackets.
        let name = join(open - 1)?;
        return Some(name.start..last + 1);
    }
    // "Rep. Al Ng, R-Texas, who ...": a party tag after a comma goes on
    // before the comma.
    let tag = if doc.punct(last) == Some('.') && last > first {
        last - 1
    } else {
        last
    };
    if party_tag(doc.raw(tag)) && tag > first + 1 && doc.punct(tag - 1) == Some(',') {
        let name = join(tag - 2)?;
        return Some(name.start..last + 1);
    }
    if suffix_period(doc, last) && last > first {
        // "Robert Smith Jr.": the name goes on before the abbreviation.
        let name = join(last - 1)?;
        return Some(name.start..last + 1);
    }
    // "42% say": a share in figures is a group of people.
    let percent = |j: usize| doc.punct(j) == Some('%') && j > first && doc.is_number(j - 1);
    if !doc.is_word(last) && !doc.is_number(last) && !percent(last) {
        return None;
    }
    // "Several of them", "those close to him": an object pronoun after a
    // preposition ends a longer phrase.
    // ("Many of you": "you" is an object too; so is "her" ending the
    // phrase: "the tenants who wrote to her".)
    let object_of = (listed(&OBJECT_PRONOUNS, doc.low(last))
        || matches!(doc.id(last), w::YOU | w::HER))
        && last > first
        && inner_preposition(doc, last - 1);
    if (listed(&PRONOUNS, doc.low(last)) || listed(&OBJECT_PRONOUNS, doc.low(last))) && !object_of {
        return Some(last..last + 1);
    }
    let alone = last == first
        || !doc.is_word(last - 1)
        || matches!(doc.id(last - 1), w::AND | w::BUT | w::WHILE);
    if listed(&QUANTIFIERS, doc.low(last)) && alone {
        // "Most said", "Some argue": a quantifier stands for a group of people.
        return Some(last..last + 1);
    }
    let mut start = last;
    let mut j = last;
    loop {
        let w = doc.low(j);
        let ok = if doc.is_number(j)
            || (doc.is_word(j) && doc.raw(j).chars().any(char::is_alphabetic))
        {
            !doc.has(j, BREAK)
                || (j == last && object_of)
                || (w == "and" && j > first && doc.is_cap(j - 1) && doc.is_cap(j + 1))
                || relative_that(doc, j, first, last)
                || (j > first && j < last && saying_after_who(doc, j))
        } else {
            // "Sanders’ campaign": a plural possessive's bare apostrophe.
            let possessive = doc.is_punct_in(j, "’'")
                && j > first
                && j < last
                && !doc.space_before(j)
                && doc.low(j - 1).ends_with('s');
            // (A hyphen joins a name, "Wasserman-Schultz"; a spaced dash
            // ends the phrase: "DENVER - Mayor Ana Ruiz", "Sanders - who".)
            let hyphen = doc.punct(j) == Some('-') && !doc.space_before(j);
            // "a 45% majority of voters", "a Feb. 2 letter from the union".
            let share =
                percent(j) && j > first + 1 && matches!(doc.id(j - 2), w::A | w::AN | w::THE);
            let month = doc.punct(j) == Some('.')
                && j > first
                && !doc.space_before(j)
                && matches!(
                    doc.id(j - 1),
                    w::JAN | w::FEB | w::AUG | w::SEPT | w::SEP | w::OCT | w::NOV | w::DEC
                )
                && doc.is_number(j + 1);
            hyphen
                || share
                || month
                || doc.punct(j) == Some('&')
                || title_period(doc, j)
                || suffix_period(doc, j)
                || possessive
                || (j == last && percent(j))
        };
        // A verb ends the phrase ("Beck has criticized voters for"), unless
        // it stands in a relative clause: "a man who was at the rally".
        // ("Will Ortiz", "May Lee": a modal that is also a first name.)
        let first_name = matches!(w, "will" | "may") && doc.is_cap(j) && doc.is_cap(j + 1);
        let verb =
            j != last && doc.has(j, SOURCE_VERB) && !relative_before(doc, j, first) && !first_name;
        if !ok || verb || listed(&PRONOUNS, w) && j != last {
            if j == last {
                return None;
            }
            break;
        }
        if w == "who" {
            // "supporters who attended the rally said": the phrase goes on before "who".
            if j == first {
                break;
            }
            start = j;
            j -= 1;
            continue;
        }
        start = j;
        // ("Nora A. Vance": an initial "A." is no article.)
        let initial = doc.is_cap(j) && title_period(doc, j + 1);
        let determiner = doc.has(j, DETERMINER) && !stacked_quantifier(doc, j, first) && !initial;
        if determiner
            && !(j > first && inner_preposition(doc, j - 1))
            && !in_relative(doc, j, first)
        {
            break;
        }
        if j == first || last - j >= 20 {
            break;
        }
        j -= 1;
    }
    // "“Night Desk” host Ana Ruiz", "the “Harbor Lights” star": a quoted
    // title before a lowercase role noun belongs to the phrase.
    // (Not a quotation before its speaker: '“We won,” he said'.)
    if start > first + 2
        && doc.is_lower_word(start)
        && doc.is_word(start - 2)
        && !listed(&PRONOUNS, doc.low(start))
    {
        let from = first.max(start.saturating_sub(10));
        if let Some(open) = crate::quote::title_opening(doc, from, start - 1, start) {
            let the = open > first && matches!(doc.id(open - 1), w::THE | w::A | w::AN);
            start = open - usize::from(the);
        }
    }
    // "Mayors and even some governors": "even" after the conjunction goes
    // with the phrase, which joins the one before the conjunction.
    if start >= first + 3
        && start <= last
        && doc.is(start - 1, w::EVEN)
        && matches!(doc.id(start - 2), w::AND | w::OR)
    {
        start -= 1;
    }
    // A phrase right after a finite verb is its object or complement, no
    // subject to join: "40 percent were happy with the levy and 60 percent
    // said", "she has praised the plan and aides said".
    // "He and the experts", "Smith and her aides", "neither Ruiz nor Lee": a
    // pronoun or a name joins the phrase before "and" ("nor").
    // "Ruiz, Vale and Das": names the loop joined over "and" go on over the
    // commas of the list before them.
    let listed_names = (start..last).any(|j| doc.is(j, w::AND))
        && (start..=last).all(|j| doc.is_cap(j) || title_period(doc, j) || doc.is(j, w::AND));
    if listed_names && start <= last {
        start = name_list(doc, start, first, joins);
    }
    if start >= first + 2 && start <= last && matches!(doc.id(start - 1), w::AND | w::NOR) {
        let k = start - 2;
        let pronoun = listed(&PRONOUNS, doc.low(k)) && (k == first || !doc.is_word(k - 1));
        if pronoun || doc.is_cap(k) {
            if let Some(earlier) = join(k).filter(subject) {
                start = earlier.start;
                if doc.is_cap(k) {
                    start = name_list(doc, start, first, joins);
                }
            }
        }
    }
    // "RNC members and officials", "The campaign and some experts", "the
    // builder and former mayor": a word before "and" that is no verb joins
    // the phrase before "and" (on train, 26 fewer source errors than with
    // speaker nouns alone, and 13 fewer content errors). A verb ends a
    // clause instead: "the plan failed and officials said".
    if start >= first + 2 && start <= last && matches!(doc.id(start - 1), w::AND | w::OR) {
        let k = start - 2;
        // (Not before a name: "a state and Cruz", "a photo and Clinton".)
        let named = written_as_name(doc, start..last + 1);
        let adjective = matches!(doc.id(k), w::CURRENT | w::FORMER);
        let noun = !crate::attribution::verb_like(doc, k);
        if doc.is_lower_word(k) && (speaker_noun(doc.low(k)) || adjective || noun) && !named {
            if let Some(earlier) = join(k).filter(subject) {
                start = earlier.start;
            }
        }
    }
    // A phrase never starts with a preposition, "who", a conjunction or an
    // adverb of time or degree ("Then Mr. Rubin asked", "Even Okafor said").
    while start <= last
        && (inner_preposition(doc, start)
            || matches!(doc.id(start), w::WHO | w::AND | w::BUT)
            || (listed(&LEADING_ADVERBS, doc.low(start)) && start < last)
            || (clock_time(doc.low(start)) && start < last))
    {
        start += 1;
    }
    start = past_zero_relative_head(doc, start, last);
    start = past_contact_head(doc, start, last);
    start = quantity_prefix(doc, start, first);
    // Nor ends with a preposition or a determiner ("criticized voters for"),
    // but for "those" before a participle, a group named by what it backs
    // or says ("those backing the mayor").
    // Nor opens with a verb after its subject pronoun: "were angry" in
    // "voters who told her that they were angry say" is a clause's.
    if start > first
        && start <= last
        && doc.has(start, SOURCE_VERB)
        && listed(&PRONOUNS, doc.low(start - 1))
    {
        return None;
    }
    let those = doc.is(last, w::THOSE) && doc.low(last + 1).ends_with("ing");
    let open_end =
        inner_preposition(doc, last) || doc.has(last, DETERMINER) && !those && !object_of;
    (start <= last && !open_end).then_some(start..last + 1)
}

/// Whether `w` is a time of day written as one word, which heads a live
/// blog's entry, not a source: "9:39PM Ana Ruiz Says ..." ("39pm", "10am").
fn clock_time(w: &str) -> bool {
    let digits = w.strip_suffix("pm").or_else(|| w.strip_suffix("am"));
    digits.is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
}

/// Moves a phrase's start past the head of a relative clause with no
/// relative word, whose subject is the source: "something aides argue",
/// "not everything Ruiz says", "the reason voters chose", "no wonder
/// Ruiz said" (on train, gold starts the source after such a head 8 times
/// of 8).
fn past_zero_relative_head(doc: &Doc, start: usize, last: usize) -> usize {
    let mut j = start;
    if j < last && doc.is(j, w::NOT) {
        j += 1;
    }
    let head_end = match doc.low(j) {
        "something" | "everything" | "anything" | "nothing" => j + 1,
        "no" if doc.is(j + 1, w::WONDER) => j + 2,
        "the"
            if matches!(
                doc.id(j + 1),
                w::REASON | w::MOMENT | w::WAY | w::TIME | w::DAY
            ) =>
        {
            j + 2
        }
        _ => return start,
    };
    let subject = head_end <= last
        && doc.is_word(head_end)
        && !crate::attribution::verb_like(doc, head_end)
        && !doc.has(head_end, BREAK);
    if subject {
        head_end
    } else {
        start
    }
}

/// Moves a phrase's start past a thing said or done whose relative clause
/// with no relative word a name opens: "a point Ruiz conceded", "the one
/// word Vale repeated", "a defeat President Ortiz regrets" (the name
/// speaks, not the thing). Only after a determiner and at most three
/// lowercase words ending in one of [`CONTACT_HEADS`], with the name
/// running to the phrase's end or to its possessive (on train, 11 more
/// sources exact; with any
/// noun before a name, 21 fewer: "the economist Ana Ruiz", "a super PAC").
fn past_contact_head(doc: &Doc, start: usize, last: usize) -> usize {
    let Some(k) = (start + 2..=last.min(start + 5)).find(|&j| !doc.is_lower_word(j)) else {
        return start;
    };
    // ("the ones Ruiz's aides cite": a name's possessive, then its noun.)
    let name_end = (k..=last)
        .find(|&j| matches!(doc.id(j), w::CLITIC_S | w::CURLY_CLITIC_S))
        .unwrap_or(last + 1);
    let name = written_as_name(doc, k..name_end);
    let contact = (is_determiner(doc.low(start)) || doc.is_number(start))
        && doc.is_lower_word(start + 1)
        && listed(&CONTACT_HEADS, doc.low(k - 1).trim_end_matches('s'))
        && doc.is_cap(k)
        && name;
    if contact {
        k
    } else {
        start
    }
}

/// Nouns for a thing said, chosen or lived through, which a relative clause
/// with no relative word follows ("a point Ruiz made"), read without a
/// plural "s": those of gold sources on train ("label", "thing",
/// "argument" met none).
const CONTACT_HEADS: [&str; 9] = [
    "point", "word", "one", "reason", "defeat", "honor", "dynamic", "job", "message",
];

/// Whether token `j` is a "that" or "which" opening a relative clause
/// whose subject it is, inside the source: "insurers that had covered the
/// port agreed", "the firms that backed the levy said" (a noun before it, a
/// verb after it; "officials said that was wrong" has a verb before it).
#[inline(never)]
fn relative_that(doc: &Doc, j: usize, first: usize, last: usize) -> bool {
    matches!(doc.id(j), w::THAT | w::WHICH)
        && j > first
        && j + 1 < last
        && doc.is_lower_word(j - 1)
        && !doc.has(j - 1, BREAK)
        && !crate::attribution::verb_like(doc, j - 1)
        && (auxiliary(doc.low(j + 1)) || crate::attribution::verb_like(doc, j + 1))
}

/// Whether the determiner at `j` is a quantifier after another determiner
/// or a number, which opens the phrase instead: "the most recent poll", "a
/// few lawmakers", "the 10 most populous cities".
fn stacked_quantifier(doc: &Doc, j: usize, first: usize) -> bool {
    j > first
        && matches!(doc.id(j), w::MOST | w::FEW | w::MANY)
        && (matches!(
            doc.id(j - 1),
            w::THE | w::A | w::ITS | w::THEIR | w::HIS | w::HER
        ) || doc.is_number(j - 1))
}

/// Extends a phrase back over a quantity before it, which belongs to the
/// source: "more than half of voters", "at least a dozen members", "as
/// many as 40 officials", "nearly a third", "both the unions", "all the
/// delegates". On train, 15 sources gain their quantity this way and 1
/// is lost.
fn quantity_prefix(doc: &Doc, start: usize, first: usize) -> usize {
    let before = |n: usize| (start >= first + n).then(|| doc.low(start - n));
    if matches!(before(1), Some("both" | "all" | "half")) && doc.has(start, DETERMINER) {
        return start - 1;
    }
    // (A comparison is no quantity: "more than the budget office".)
    let amount = crate::phrase::starts_number(doc, start) || doc.is(start, w::HALF);
    match (before(3), before(2), before(1)) {
        (Some("as"), Some("many" | "much"), Some("as")) => start - 3,
        (_, Some("more" | "fewer" | "less"), Some("than")) if amount => start - 2,
        (_, Some("at"), Some("least")) => start - 2,
        (_, _, Some("at")) if doc.is(start, w::LEAST) => start - 1,
        (_, _, Some("nearly" | "almost" | "roughly")) if amount => start - 1,
        _ => start,
    }
}

/// Extends a name before "and" back over the names listed before it, one
/// per comma: "Ms. Ferro, Mrs. Oduya and other donors". Not over an
/// opening adjunct ("In Ohio, Smith and Jones") or a day.
fn name_list(doc: &Doc, mut start: usize, first: usize, joins: usize) -> usize {
    for _ in 0..joins.min(6) {
        if start < first + 2 || doc.punct(start - 1) != Some(',') || !doc.is_cap(start - 2) {
            break;
        }
        let Some(earlier) = walk_back_within(doc, start - 2, first, 0) else {
            break;
        };
        let name = earlier.len() <= 5
            && earlier
                .clone()
                .all(|j| doc.is_cap(j) || title_period(doc, j) || doc.is_punct_in(j, "’'"));
        let day = earlier.len() == 1
            && (doc.has(earlier.start, WEEKDAY)
                || listed(&LEADING_ADVERBS, doc.low(earlier.start)));
        let opener = earlier.start == first && listed(&PREPOSITION_STARTS, doc.low(first))
            || earlier.start > first && listed(&PREPOSITION_STARTS, doc.low(earlier.start - 1));
        if !name || day || opener {
            break;
        }
        start = earlier.start;
    }
    start
}

/// Adverbs that open a clause before its subject, not part of the source.
pub(super) const LEADING_ADVERBS: [&str; 15] = [
    "then",
    "now",
    "still",
    "even",
    "soon",
    "also",
    "again",
    "meanwhile",
    "ultimately",
    "similarly",
    "likewise",
    "instead",
    "indeed",
    "finally",
    "eventually",
];

/// Whether a word is a noun for people, a group or a document that can
/// speak: "officials", "experts", "campaign", "emails".
pub(super) fn speaker_noun(w: &str) -> bool {
    let lex = lexicons();
    lex.anon_roles.contains(w)
        || lex.vague.contains(w)
        || lex.titles.contains(w)
        || lex.documents.contains(w)
}

/// Whether token `j` stands in a relative clause with no comma before it:
/// "Democrats who watched the debate said" goes on past "the" to "who",
/// and "firms that backed the levy said" to "that".
fn in_relative(doc: &Doc, j: usize, first: usize) -> bool {
    let relative = |k: usize| doc.is(k, w::WHO) || relative_that(doc, k, first, j);
    (first.max(j.saturating_sub(6))..j)
        .rev()
        // (A verb of saying right after "who" is the clause's own:
        // "Voters who said the levy was unfair backed ...".)
        .take_while(|&k| {
            doc.is_word(k)
                && (relative(k) || !doc.has(k, BREAK) || (k > first && saying_after_who(doc, k)))
        })
        .any(|k| relative(k) && k > first)
}

/// Whether token `j` is a verb of saying right after "who", inside the
/// relative clause: "Voters who said the levy was unfair backed ...".
fn saying_after_who(doc: &Doc, j: usize) -> bool {
    listed(&VERBS[18..], doc.low(j)) && doc.is(j - 1, w::WHO)
}

/// The opening bracket of a short bracketed note closing at `close` right
/// after a capitalised name: a party and state ("(D-Ga.)"), an age, a title.
pub(super) fn affiliation(doc: &Doc, close: usize, first: usize) -> Option<usize> {
    if doc.punct(close) != Some(')') {
        return None;
    }
    let from = first.max(close.saturating_sub(8));
    let open = (from..close).rev().find(|&j| doc.is_punct_in(j, "()"))?;
    (doc.punct(open) == Some('(') && open > first && open + 1 < close && doc.is_cap(open - 1))
        .then_some(open)
}

/// Whether `word` is a party and state tag: "D-Ore", "R-Texas", "I-Vt".
pub(super) fn party_tag(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 3 && matches!(b[0], b'D' | b'R' | b'I') && b[1] == b'-' && b[2].is_ascii_uppercase()
}

/// Finite verbs that never sit inside a source phrase outside a relative
/// clause: auxiliaries and copulas (the first 18), then reporting verbs.
pub(crate) const VERBS: [&str; 22] = [
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "did",
    "does", "do", "should", "must", "might", "may", "said", "says", "called", "told",
];

/// Whether `w` is one of the auxiliaries and copulas that open [`VERBS`].
fn auxiliary(w: &str) -> bool {
    listed(&VERBS[..18], w)
}

/// Whether a relative pronoun stands a few words before token `j`: "who was".
fn relative_before(doc: &Doc, j: usize, first: usize) -> bool {
    (first.max(j.saturating_sub(4))..j).any(|k| matches!(doc.id(k), w::WHO | w::THAT | w::WHICH))
}
