//! Sources: finding the words of a source around its cue, and telling what kind it is.
//!
//! **What it does.** Finds the source noun phrase before a cue ("a person
//! familiar with the talks said"), after it ("..., said Tomas Reyes, a
//! campaign spokesman") or after "according to"; keeps appositives and relative
//! clauses with their name; and sorts every source into a kind:
//! - `pronoun`: "he", "she", "they", "it" (resolved later to an antecedent);
//! - `anonymous`: an anonymity marker ("unnamed", "familiar with",
//!   "on condition of anonymity"), a role noun from `anonymous.txt` with no
//!   personal name after it ("senior Russian officials", "a source"), or an
//!   office (`office:` in `titles.txt`) after "a" ("a spokesman for the
//!   agency");
//! - `vague`: a crowd or quantifier from `vague.txt` ("critics", "many"),
//!   or any other unnamed noun that is indefinite or plural ("a teacher",
//!   "a group of nurses", "a newspaper", "the teachers");
//! - `document`: a head noun from `documents.txt` ("the report", "a poll");
//! - `named`: a capitalised name ("Ana Ruiz", "Reuters", "the Pentagon"),
//!   or an unnamed individual or body that is definite and singular, one
//!   the reader can pick out ("the president", "the teacher", "the
//!   council", "her lawyer", "the mayor's").
//!
//! **Why it matters.** The same claim weighs differently from a minister on the
//! record, an unnamed official, and "critics".
//!
//! The order after the cue ("said X", "according to X") is read in
//! `source/after.rs`; the kinds, heads and antecedents in `source/kind.rs`;
//! the walk back over the noun phrase before a cue in `source/walk.rs`.
//!
//! **Traps it avoids.** "Pentagon officials" stays anonymous (the capital
//! comes before the role), "Pentagon spokesman Lee Varga" is named (a name
//! follows it); a sentence-initial capital ("Critics say") is not a name,
//! nor is a plural's first word the story writes in lowercase nearby
//! ("Nurses were quick to say"; "Democrats said" stays named).

use crate::doc::Doc;
use crate::lexicon::lexicons;
use std::ops::Range;

mod after;
mod kind;
pub(crate) mod walk;

use crate::vocab::{w, DETERMINER, TIME_WORD, WEEKDAY};
use crate::words::listed;
use walk::{affiliation, speaker_noun, walk_back, LEADING_ADVERBS, PREPOSITION_STARTS};

pub(crate) use after::{after, after_according, closing_appositive};
pub(crate) use kind::{
    classify, is_plural, is_relative, is_relative_source, pronoun_number, relative_antecedent,
};

const PRONOUNS: [&str; 7] = ["he", "she", "they", "it", "i", "we", "you"];

/// Possessive determiners, the source of a noun cue: "her claim that".
pub(crate) const POSSESSIVES: [&str; 6] = ["his", "her", "their", "its", "my", "our"];

/// Object pronouns: a source on their own ("let me say", "hearing him say").
const OBJECT_PRONOUNS: [&str; 4] = ["me", "him", "us", "them"];

/// Quantifiers that stand alone for a group of people: "Most said".
const QUANTIFIERS: [&str; 7] = ["most", "some", "many", "several", "few", "both", "all"];

pub(crate) const DETERMINERS: [&str; 20] = [
    "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your",
    "some", "many", "several", "most", "few", "each", "every",
];

/// Whether `word` is a determiner ("the", "a", "his", "several"), after which
/// a word that could be a verb is a noun: "the nurse", "his aides".
pub(crate) fn is_determiner(word: &str) -> bool {
    listed(&DETERMINERS, word) || matches!(word, "another" | "other" | "one" | "two" | "three")
}

/// Words that may sit between a source and its cue: "Smith also said".
const BETWEEN: [&str; 34] = [
    "instead",
    "however",
    "further",
    "long",
    "also",
    "later",
    "previously",
    "earlier",
    "recently",
    "repeatedly",
    "once",
    "then",
    "has",
    "have",
    "had",
    "would",
    "will",
    "did",
    "does",
    "do",
    "could",
    "may",
    "might",
    "again",
    "first",
    "initially",
    "separately",
    "often",
    "still",
    "already",
    "just",
    "now",
    "even",
    "both",
];

/// Words that end a source phrase when walking back from its cue.
pub(crate) const BREAKS: [&str; 30] = [
    "that", "which", "whom", "but", "because", "while", "when", "if", "as", "since", "so",
    "although", "though", "after", "before", "where", "whether", "than", "what", "how", "why",
    "and", "or", "nor", "yet", "until", "unless", "said", "says", "told",
];

/// Time nouns that end an adjunct such as "on Tuesday" or "last week" (days are in `words`).
/// The first eleven are the singular nouns, which `build/verb.rs`'s `names_a_time` reads.
pub(crate) const TIME_WORDS: [&str; 14] = [
    "week",
    "weekend",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "day",
    "today",
    "yesterday",
    "tonight",
    "weeks",
    "months",
];

const TIME_PREPS: [&str; 8] = [
    "on", "last", "this", "late", "early", "earlier", "in", "during",
];

/// Whether every token of `tokens` is capitalised or the period of a
/// title ("Sen. Ana Ruiz"): a name as it is written.
pub(crate) fn written_as_name(doc: &Doc, tokens: Range<usize>) -> bool {
    tokens
        .into_iter()
        .all(|j| doc.is_cap(j) || title_period(doc, j))
}

/// Whether token `j` is the period of a title abbreviation inside a name: "Sen. Warren".
pub(crate) fn title_period(doc: &Doc, j: usize) -> bool {
    doc.punct(j) == Some('.')
        && j > 0
        && !doc.space_before(j)
        && (lexicons().abbrev_titles.contains(doc.raw(j - 1)) || initial(doc.raw(j - 1)))
        && doc.is_cap(j + 1)
}

/// Whether token `j` is the period of an abbreviation that can end a name:
/// "Robert Smith Jr. said", "Acme Inc. said", "of Oakland, Calif., said".
fn suffix_period(doc: &Doc, j: usize) -> bool {
    doc.punct(j) == Some('.')
        && j > 0
        && !doc.space_before(j)
        && doc.is_cap(j - 1)
        && lexicons().abbrev_other.contains(doc.raw(j - 1))
}

/// Whether `word` is a name's initial: "D" in "Karen D. Whitfield".
fn initial(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(|c| c.is_uppercase()) && chars.next().is_none()
}

/// Whether token `i` is a preposition that can sit inside a source phrase:
/// "officials in the Pentagon", "a person close to the campaign".
pub(crate) fn inner_preposition(doc: &Doc, i: usize) -> bool {
    matches!(
        doc.id(i),
        w::OF
            | w::IN
            | w::AT
            | w::FOR
            | w::WITH
            | w::FROM
            | w::TO
            | w::ON
            | w::BY
            | w::WITHIN
            | w::INSIDE
            | w::ACROSS
    )
}

/// Skips back from the token before a cue over adverbs, auxiliaries and time
/// adjuncts ("Smith on Tuesday also said"). Returns the last token of the source.
pub(crate) fn skip_back_to_source(doc: &Doc, mut k: usize, first: usize) -> Option<usize> {
    if k < first {
        return None;
    }
    loop {
        let w = doc.low(k);
        // ("Nurses at the rally said": a noun in "-ly" is no adverb; on
        // PolNeAR train 1 more cue and 4 more sources exact.)
        let adverb = w.ends_with("ly")
            && !doc.is_cap(k)
            && !lexicons().anon_roles.contains(w)
            && !matches!(w, "rally" | "assembly" | "supply");
        // ("Prime Minister Ana May said": "May" ends the name.)
        let between = listed(&BETWEEN, w) && !crate::cue::in_a_name(doc, k, first);
        if between || adverb || matches!(w, "n't" | "n’t" | "not" | "never") {
            // keep walking
        } else if time_word(doc, k)
            && k > first
            && listed(&TIME_PREPS, doc.low(k - 1))
            && !dated_document(doc, k - 1, first)
            && !closes_relative(doc, k - 1, first)
        {
            k -= 1;
        } else if let Some(start) = day_part(doc, k, first) {
            // "Lee on Thursday evening said", "Lee Sunday night recounted".
            k = start;
        } else {
            return Some(k);
        }
        if k == first {
            return None;
        }
        k -= 1;
    }
}

/// Whether the time adjunct opening at `k` closes a relative clause before
/// it, with no mark between ("the tenants who wrote to her on Friday
/// say"): it is the clause's, and so the source's, not the cue's. (Right
/// after "who" it is the clause verb's: "who on Friday backed the plan";
/// after a name, the name's: "who Ruiz on Friday called a liar".)
fn closes_relative(doc: &Doc, k: usize, first: usize) -> bool {
    (first.max(k.saturating_sub(8))..k)
        .rev()
        .take_while(|&j| doc.is_word(j))
        .any(|j| doc.is(j, w::WHO) && j + 1 < k && doc.is_lower_word(j + 1))
}

/// The first token of a part of a day ending at `k` ("Sunday night", "on
/// Thursday evening"), unless it dates a document before it ("disclosures
/// filed on Sunday night").
fn day_part(doc: &Doc, k: usize, first: usize) -> Option<usize> {
    let part = matches!(doc.id(k), w::MORNING | w::AFTERNOON | w::EVENING | w::NIGHT);
    if !part || k < first + 2 || !doc.has(k - 1, WEEKDAY) {
        return None;
    }
    let prep = listed(&TIME_PREPS, doc.low(k - 2));
    let start = if prep { k - 2 } else { k - 1 };
    (start > first && !dated_document(doc, start, first)).then_some(start)
}

/// Whether the time adjunct opening at `k` dates a document or poll before
/// it ("a KXLV poll last week showed", "a report released on Monday", "a
/// poll out this week shows"): it is part of the source, as PolNeAR marks
/// it.
fn dated_document(doc: &Doc, k: usize, first: usize) -> bool {
    k > first && {
        let w = doc.low(k - 1);
        let out = w == "out" && k > first + 1 && lexicons().documents.contains(doc.low(k - 2));
        lexicons().documents.contains(w)
            || (w.ends_with("ed") && k > first + 1 && doc.is_word(k - 2))
            || out
    }
}

/// The source phrase ending at token `last` (inclusive), walking back no
/// further than `first`. Handles appositives and relative clauses between
/// commas ("Tomas Reyes, a campaign spokesman, said"; "Smith, who ..., said").
/// Returns the source tokens and, for "X, citing Y, said", the relay X.
pub(crate) fn before(
    doc: &Doc,
    last: usize,
    first: usize,
) -> Option<(Range<usize>, Option<Range<usize>>)> {
    before_skipping(doc, last, first, 2)
}

/// [`before`], skipping at most `asides` one-word asides between commas.
fn before_skipping(
    doc: &Doc,
    last: usize,
    first: usize,
    asides: usize,
) -> Option<(Range<usize>, Option<Range<usize>>)> {
    if last < first {
        return None; // nothing to walk back over
    }
    if last > first && doc.is_punct_in(last, "\"”'’") && doc.punct(last - 1) == Some(',') {
        // 'Smith, citing "the magic of Trump," said': the comma inside the mark.
        let (mut phrase, relay) = before_skipping(doc, last - 1, first, asides)?;
        if phrase.end == last - 1 {
            phrase.end = last + 1; // the closing mark belongs to the phrase
        }
        return Some((phrase, relay));
    }
    if doc.punct(last) == Some(',') || doc.is_clause_dash(last) {
        // A segment between commas (or dashes) just before the cue.
        let mark = doc.punct(last);
        let from = first.max(last.saturating_sub(crate::attribution::SCAN));
        let Some(open) = segment_open(doc, from, last, mark) else {
            // "Sen. Ana Reyes (D-Ore.), said": the comma closes the name.
            let tagged = last > first && affiliation(doc, last - 1, first).is_some();
            return tagged.then(|| walk_back(doc, last - 1, first).map(|name| (name, None)))?;
        };
        // "Ruiz, during a rally in Bend, Ore., said": the comma inside a
        // place does not open the segment when an adjunct of the cue holds it.
        let open = Some(open)
            .filter(|&o| mark == Some(',') && state_after_city(doc, o, last))
            .and_then(|o| segment_open(doc, from, o, mark))
            .filter(|&o| o > first && adjunct_aside(doc, o + 1..last))
            .unwrap_or(open);
        // (An appositive closing the clause is read below: "Ivo Berg, who
        // runs Harbor Lines, a shipping firm, said".)
        let described =
            doc.has(open + 1, DETERMINER) || doc.is_cap(open + 1) || doc.is_number(open + 1);
        if let Some(name) = (!described)
            .then(|| name_before_long_relative(doc, open, last, first))
            .flatten()
        {
            return Some((name, None));
        }
        let segment = open + 1..last;
        if segment.is_empty() || open == first {
            return None;
        }
        let head = doc.low(segment.start);
        let aside = listed(&ASIDES, head);
        let one_word_aside = segment.len() == 1 && aside;
        if (one_word_aside || adjunct_aside(doc, segment.clone())) && is_relative(doc, open - 1) {
            // "Ms. Weaver, who, in a radio interview Friday, criticized": the
            // relative pronoun is the source.
            return Some((open - 1..open, None));
        }
        if one_word_aside && asides > 0 {
            // "Officials, however, said": the aside sits between source and cue.
            return before_skipping(doc, open - 1, first, asides - 1);
        }
        if head == "who" {
            // "Smith, who ..., said": the clause belongs to the source.
            let name = extend_appositives(doc, walk_back(doc, open - 1, first)?, first);
            if bare_surname(doc, &name) {
                // "Ruiz, who ..., said": a bare surname, a person met
                // before, leaves the clause out (on train, gold does so 59
                // times and keeps it 27).
                return Some((name, None));
            }
            return Some((name.start..segment.end, None));
        }
        if head == "citing" || head == "quoting" {
            let relay = walk_back(doc, open - 1, first)?;
            let cited = segment.start + 1..segment.end;
            // "Reuters, citing an informant, said": the informant is the
            // source, relayed. "Smith, citing weak growth, said": Smith is.
            if names_someone(doc, cited.clone()) {
                return Some((cited, Some(relay)));
            }
            return Some((relay, None));
        }
        if asides > 0 && adjunct_aside(doc, segment.clone()) && doc.is_word(open - 1) {
            // "Trump, in a brief interview, said", "Clinton, speaking to
            // reporters, said": an adjunct of the cue, not the source's.
            return before_skipping(doc, open - 1, first, asides - 1);
        }
        // "Tomas Reyes, a campaign spokesman,", "Dunn, 64,", "Marsh, editor at large,".
        // (A name may end in its affiliation: "Rep. Nora Vance (D-Ore.), chair of ...".)
        let before_is_name = open > first
            && (doc.is_cap(open - 1)
                || suffix_period(doc, open - 1)
                || (doc.punct(open - 1) == Some(')')
                    && affiliation(doc, open - 1, first).is_some()));
        // "The aides, led by Tim Ross, said".
        let participle = head.ends_with("ed") && doc.is(segment.start + 1, w::BY);
        let appositive = listed(&DETERMINERS, head)
            || participle
            || listed(&MEMBERS, head)
            || share_aside(doc, &segment)
            || doc.is_cap(segment.start)
            || (before_is_name
                && (doc.is_number(segment.start) || doc.is_lower_word(segment.start)));
        if appositive
            && segment.len() <= 24
            && (doc.is_word(open - 1) || doc.is_number(open - 1) || before_is_name)
        {
            let name = walk_back(doc, open - 1, first)?;
            if segment.len() == 1 && doc.is_number(segment.start) && bare_surname(doc, &name) {
                // "Ruiz, 58, said": a bare surname, a person met before,
                // leaves the age out, as it does a "who" clause.
                return Some((name, None));
            }
            let start = extend_appositives(doc, name, first).start;
            // "Ivo Berg, who runs Harbor Lines, a shipping firm, said": the
            // appositive closes a "who" clause; the source is its antecedent.
            if let Some(who) = relative_opening(doc, start, first) {
                let name = extend_appositives(doc, walk_back(doc, who - 2, first)?, first);
                if bare_surname(doc, &name) {
                    return Some((name, None));
                }
                return Some((name.start..segment.end, None));
            }
            return Some((start..segment.end, None));
        }
        return None;
    }
    let phrase = walk_back(doc, last, first)?;
    // ("Tomas Reyes during a Sunday rally thanked": an adjunct opened by
    // "during" is the cue's, as a time is.)
    let during = phrase.start > first + 1 && doc.is(phrase.start - 1, w::DURING);
    if time_only(doc, phrase.clone()) || during {
        // The preposition of the time: "surveys taken over the last ten days".
        let mut k = phrase.start;
        // (And "out": "a poll out this week shows".)
        while k > first + 1
            && matches!(
                doc.id(k - 1),
                w::DURING | w::FOR | w::OVER | w::THAT | w::IN | w::OUT
            )
        {
            k -= 1;
        }
        let participle = k > first + 1 && matches!(doc.id(k - 1), w::TAKEN | w::WRITTEN | w::SENT);
        if dated_document(doc, k, first) || participle {
            // "letters released this week show": the time dates a document.
            let document = walk_back(doc, k - 1, first);
            return Some((
                document.map_or(phrase.clone(), |d| d.start..phrase.end),
                None,
            ));
        }
        if asides > 0 {
            // "Ana Ruiz during a Sunday rally speech thanked", "Reyes, the
            // chairman, this past week announced": a time between source and
            // cue is the cue's adjunct; the source stands before it.
            let earlier = (k > first + 1)
                .then(|| skip_back_to_source(doc, k - 1, first))
                .flatten()
                .and_then(|k| before_skipping(doc, k, first, asides - 1));
            return earlier.or(Some((phrase, None)));
        }
    }
    Some((cut_cue_adjunct(doc, phrase), None))
}

/// Cuts an adjunct of the cue off a phrase walked back from it: "Ana Ruiz
/// in a radio interview said", "Lee in his speech called", "Donors in
/// general prefer" (not "officials in the ministry", "a lecturer in
/// Bend").
fn cut_cue_adjunct(doc: &Doc, phrase: Range<usize>) -> Range<usize> {
    let cut = (phrase.start + 1..phrase.end).find(|&j| {
        doc.is(j, w::IN)
            && (matches!(doc.id(j + 1), w::GENERAL | w::PARTICULAR)
                || doc.is_cap(j - 1) && listed(&after::IN_ADJUNCT, doc.low(j + 1)))
    });
    cut.map_or(phrase.clone(), |j| phrase.start..j)
}

/// Whether a phrase is one capitalised word, a person met before: "Ruiz".
fn bare_surname(doc: &Doc, name: &Range<usize>) -> bool {
    name.len() == 1 && doc.is_cap(name.start)
}

/// The source before a "who" or "whose" clause with commas inside it,
/// ending at the comma `last` before the cue: "Ivo Berg, whose firm,
/// Harbor Lines, ships grain, said" (the last segment, "ships grain", is
/// no appositive). The name leaves such a long clause out (on train gold
/// keeps it once in four).
fn name_before_long_relative(
    doc: &Doc,
    open: usize,
    last: usize,
    first: usize,
) -> Option<Range<usize>> {
    let from = first.max(last.saturating_sub(40));
    let who = (from + 1..open)
        .rev()
        .take_while(|&k| {
            !doc.is_punct_in(k, ";:\"“”—()") && !matches!(doc.id(k), w::SAID | w::SAYS | w::TOLD)
        })
        .find(|&k| {
            matches!(doc.id(k), w::WHO | w::WHOSE)
                && doc.punct(k - 1) == Some(',')
                && doc.is_word(k + 1)
        })?;
    let name = walk_back(doc, who.checked_sub(2)?, first)?;
    let named = written_as_name(doc, name.clone());
    if !named || name.len() > 5 {
        return None;
    }
    Some(name)
}

/// The "who" after a comma that opens the relative clause a phrase
/// starting at `start` ends, a few words back within the clause.
fn relative_opening(doc: &Doc, start: usize, first: usize) -> Option<usize> {
    let from = first.max(start.saturating_sub(16));
    (from..start)
        .rev()
        .take_while(|&k| !doc.is_punct_in(k, ";:\"“”—") && !listed(&["said", "says"], doc.low(k)))
        .find(|&k| doc.is(k, w::WHO))
        .filter(|&k| k >= first + 2 && doc.punct(k - 1) == Some(','))
}

/// The mark `mark` opening the segment that ends at token `last`, searching
/// back to `from`; a comma inside a quoted title ("the author of “Salt
/// Roads,” a history of the port,") does not open it.
fn segment_open(doc: &Doc, from: usize, last: usize, mark: Option<char>) -> Option<usize> {
    let mut j = last;
    while j > from {
        j -= 1;
        if doc.punct(j) != mark {
            continue;
        }
        let title = crate::quote::title_opening(doc, from.max(j.saturating_sub(16)), j + 1, last);
        match title {
            Some(o) => j = o,
            None => return Some(j),
        }
    }
    None
}

/// Whether the comma at `comma` joins a city to its state or country up to
/// `last`, the end of the segment: "in Bend, Ore.", "of Eugene, Oregon"
/// (a capitalised word before it, one or two capitalised words after it).
fn state_after_city(doc: &Doc, comma: usize, last: usize) -> bool {
    let tail = comma + 1..last;
    comma > 0
        && doc.is_cap(comma - 1)
        && (1..=3).contains(&tail.len())
        && doc.is_cap(comma + 1)
        && written_as_name(doc, tail)
        && !doc.has(comma + 1, WEEKDAY)
        && !listed(&crate::words::MONTHS_BUT_MAY, doc.low(comma + 1))
}

/// One-word asides between a source and its cue: "Officials, however, said".
const ASIDES: [&str; 5] = ["however", "too", "meanwhile", "though", "also"];

/// Prepositions that open an adjunct between a source and its cue: "Trump,
/// in a brief interview, said", "Ortega, for her part, has denied".
/// ("at", "with" and "of" open an affiliation instead: "Okafor, at the
/// Lagos Policy Forum, said"; "of course" is an aside.)
const ASIDE_PREPOSITIONS: [&str; 11] = [
    "in", "for", "during", "after", "on", "to", "as", "before", "despite", "through", "via",
];

/// Whether a segment between commas after a source is an adjunct of the
/// cue rather than an appositive: it opens with a preposition ("in a
/// statement", "for his part", "of course") or a participle ("speaking to
/// reporters", "asked about the deal"; not "led by", an appositive of a
/// group). On PolNeAR train annotators leave every one of them out of the
/// source (about 45 times, none kept).
fn adjunct_aside(doc: &Doc, segment: Range<usize>) -> bool {
    let head = doc.low(segment.start);
    if !doc.is_lower_word(segment.start) {
        return false;
    }
    // ("helped by his brother" after a person's name is the cue's adjunct
    // too; "led by Tim Ross" after a group names its members.)
    let named = segment.start >= 2 && doc.is_cap(segment.start - 2);
    let participle = (head.ends_with("ing") && head.len() > 4 && head != "including")
        || (head.ends_with("ed") && head.len() > 4 && (!doc.is(segment.start + 1, w::BY) || named));
    // "Ruiz, clearly frustrated, said", "Vale, particularly in the
    // spring, argued": an adverb in -ly opens a comment on the act.
    let adverb = head.len() > 4 && head.ends_with("ly") && !listed(&LY_NOUNS, head);
    let of_course = head == "of" && doc.is(segment.start + 1, w::COURSE);
    // "at a rally", "at Monday's debate" (not "at the Ridley Institute"); "like
    // Obama" after a name compares ("the hawks, like Rubio," lists members).
    let event = head == "at" && segment.clone().any(|j| listed(&EVENTS, doc.low(j)));
    let compared = head == "like" && segment.start >= 2 && doc.is_cap(segment.start - 2);
    let clause = matches!(
        head,
        "when"
            | "while"
            | "if"
            | "though"
            | "although"
            | "because"
            | "by"
            | "it"
            | "himself"
            | "herself"
            | "themselves"
            | "both"
    );
    listed(&ASIDE_PREPOSITIONS, head)
        || participle
        || adverb
        || of_course
        || event
        || compared
        || clause
}

/// Words in -ly that are nouns or adjectives of a role, no adverbs: "Ana
/// Ruiz, family friend of the mayor, said".
const LY_NOUNS: [&str; 6] = ["family", "ally", "daily", "weekly", "monthly", "elderly"];

/// Occasions a source speaks at: "the mayor, at a town hall later, said".
const EVENTS: [&str; 12] = [
    "debate",
    "rally",
    "event",
    "conference",
    "gaggle",
    "hearing",
    "meeting",
    "briefing",
    "forum",
    "interview",
    "speech",
    "luncheon",
];

/// Words that open a list of a group's members, part of the source: "Several
/// governors, including Ms. Hale, said", "the field's hawks, like Rubio, say".
const MEMBERS: [&str; 2] = ["including", "like"];

/// Whether a segment between commas restates the share before it in
/// figures: "About three-fifths, 61 percent, back", "Half, or 51%, said".
fn share_aside(doc: &Doc, segment: &Range<usize>) -> bool {
    let start = segment.start + usize::from(doc.is(segment.start, w::OR));
    segment.len() <= 4
        && start + 1 < segment.end
        && doc.is_number(start)
        && (doc.is(start + 1, w::PERCENT) || doc.punct(start + 1) == Some('%'))
}

/// Whether a cited phrase names someone who can be a source: a person's
/// role or a vague group ("an informant", "two officials in the
/// ministry"), not a name, a
/// document or a thing ("data from the State Department", "internal
/// documents", "weak growth": on train the relay before "citing" was the
/// source all 6 times such a phrase was cited).
fn names_someone(doc: &Doc, phrase: Range<usize>) -> bool {
    let lex = lexicons();
    // (Only words before a preposition: "figures from the board" cites no one.)
    !phrase.is_empty()
        && doc.is_word(phrase.start)
        && phrase
            .clone()
            .take_while(|&j| !inner_preposition(doc, j))
            .any(|j| {
                let w = doc.low(j);
                lex.anon_roles.contains(w) || lex.vague.contains(w)
            })
}

/// Extends a phrase back over earlier comma-separated parts of the same name:
/// "Dana Whitlow, a retired nurse from Tulsa, Okla.".
fn extend_appositives(doc: &Doc, mut phrase: Range<usize>, first: usize) -> Range<usize> {
    for _ in 0..2 {
        if let Some(name) = hometown_owner(doc, &phrase, first) {
            phrase = name.start..phrase.end;
            continue;
        }
        let Some(comma) = phrase
            .start
            .checked_sub(1)
            .filter(|&c| c > first && doc.punct(c) == Some(','))
        else {
            break;
        };
        let Some(earlier) = walk_back(doc, comma - 1, first) else {
            break;
        };
        // Only a name (or a determiner phrase) joins: "In Berlin, officials said" does not.
        let joins = (doc.is_cap(phrase.start)
            && doc.is_cap(comma - 1)
            && earlier.len() <= 4
            && !doc.is_lower_word(earlier.start))
            || doc.has(phrase.start, DETERMINER)
                && doc.is_cap(comma - 1)
                && !listed(&PREPOSITION_STARTS, doc.low(earlier.start))
            // "Ron Hale, president of the Fund, a super PAC, said",
            // "Tariq Noor, 39, a visitor, told": a name before a
            // lowercase appositive or an age.
            || (doc.is_lower_word(phrase.start) || doc.is_number(phrase.start))
                && !listed(&ASIDES, doc.low(phrase.start))
                && earlier.len() <= 5
                && (written_as_name(doc, earlier.clone())
                    || age_after_name(doc, &earlier, first))
            // "Ohio's treasurer, Lena Ortiz, a Democrat, said": a role
            // opening the sentence names the person after it.
            || doc.is_cap(phrase.start) && role_before_name(doc, &earlier, first);
        // Nor a day ("Tuesday, Rosa Lind said"), an adverb ("Still, Omar
        // Haddad said", "However, ...") or a phrase after a preposition ("In a statement to
        // the Ledger, her adviser said").
        let day = earlier.len() == 1
            && (doc.has(earlier.start, WEEKDAY)
                || listed(&LEADING_ADVERBS, doc.low(earlier.start))
                || listed(&ASIDES, doc.low(earlier.start)));
        let after_preposition =
            earlier.start > first && listed(&PREPOSITION_STARTS, doc.low(earlier.start - 1));
        if !joins
            || day
            || after_preposition
            || earlier.start == first && listed(&PREPOSITION_STARTS, doc.low(first))
        {
            break;
        }
        phrase = earlier.start..phrase.end;
    }
    phrase
}

/// Whether a phrase opening the sentence is a short role held by the name
/// after its comma: "Ohio's treasurer", "Another teacher", "Her father"
/// (on train, 3 more exact sources and none lost; a topic such as "The
/// main problem, Ruiz said" has no role head and stays out).
fn role_before_name(doc: &Doc, role: &Range<usize>, first: usize) -> bool {
    let head = doc.low(role.end - 1);
    let owned = doc.has(role.start, DETERMINER)
        || (role.start..role.end - 1).any(|j| {
            let w = doc.low(j);
            w.ends_with("'s") || w.ends_with("’s") || doc.is_punct_in(j, "’'")
        });
    role.start == first
        && role.len() <= 6
        && owned
        && doc.is_lower_word(role.end - 1)
        && speaker_noun(head)
}

/// The name (or the age after it) whose hometown a capitalised phrase after
/// "of" or "from" is: "Omar Vale, 41, of Dayton, Ohio, says" (the phrase
/// "Dayton, Ohio" belongs to "41" and so to the name).
fn hometown_owner(doc: &Doc, place: &Range<usize>, first: usize) -> Option<Range<usize>> {
    let of = place.start.checked_sub(1).filter(|&p| p > first)?;
    if !matches!(doc.id(of), w::OF | w::FROM) || !doc.is_cap(place.start) {
        return None;
    }
    let end = if doc.punct(of - 1) == Some(',') {
        of.checked_sub(2).filter(|&e| e >= first)?
    } else {
        of - 1
    };
    walk_back(doc, end, first).filter(|name| {
        name.len() <= 4 && written_as_name(doc, name.clone()) || age_after_name(doc, name, first)
    })
}

/// Whether a phrase is an age after a name and a comma: "75" in "Carla
/// Moss, 75, a retiree in Bend, Ore., said".
fn age_after_name(doc: &Doc, phrase: &Range<usize>, first: usize) -> bool {
    phrase.len() == 1
        && doc.is_number(phrase.start)
        && phrase.start >= first + 2
        && doc.punct(phrase.start - 1) == Some(',')
        && doc.is_cap(phrase.start - 2)
}

/// Participles that hand a source on to a relay: "sources cited by the Journal".
const RELAY_PARTICIPLES: [&str; 8] = [
    "cited",
    "quoted",
    "interviewed",
    "contacted",
    "reached",
    "seen",
    "obtained",
    "reviewed",
];

/// Whether token `k` is a time noun or a weekday: "week", "Monday".
pub(crate) fn time_word(doc: &Doc, k: usize) -> bool {
    doc.has(k, TIME_WORD | WEEKDAY)
}

/// Whether a phrase is only a time, which never speaks: "this week", "a
/// Sunday", "the last two weeks" (on train, 14 such sources, none right).
#[inline(never)]
fn time_only(doc: &Doc, phrase: Range<usize>) -> bool {
    time_word(doc, phrase.end - 1)
        && phrase.clone().all(|j| {
            let w = doc.low(j);
            time_word(doc, j)
                || is_determiner(w)
                || doc.is_number(j)
                || listed(&TIME_PREPS, w)
                || matches!(w, "past" | "next" | "couple" | "of")
        })
}

/// Finds the relay inside a source phrase: "sources cited by the Journal" is
/// relayed by "the Journal". The phrase stays whole as the source (its kind
/// comes from its head, "sources").
pub(crate) fn split_relay(doc: &Doc, tokens: Range<usize>) -> (Range<usize>, Option<Range<usize>>) {
    for j in tokens.clone() {
        if j + 1 < tokens.end
            && listed(&RELAY_PARTICIPLES, doc.low(j))
            && doc.is(j + 1, w::BY)
            && j > tokens.start
        {
            // The whole phrase stays the source; the relay is the part after "by".
            return (tokens.clone(), Some(j + 2..tokens.end));
        }
    }
    (tokens, None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SourceKind;

    #[test]
    fn relays_split() {
        let doc = Doc::of("sources cited by the Journal");
        let (source, via) = split_relay(&doc, 0..doc.len());
        assert_eq!((source, via), (0..5, Some(3..5)));
        assert_eq!(classify(&doc, 0..5, usize::MAX), SourceKind::Anonymous);
    }
}
