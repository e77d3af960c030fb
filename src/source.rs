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
//!   office from `titles.txt` after "a" ("a spokesman for the agency");
//! - `vague`: a crowd or quantifier from `vague.txt` ("critics", "many"),
//!   or any other unnamed noun that is indefinite or plural ("a teacher",
//!   "a group of nurses", "the teachers");
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
//! `source/after.rs`; the kinds, heads and antecedents in `source/kind.rs`.
//!
//! **Traps it avoids.** "Pentagon officials" stays anonymous (the capital
//! comes before the role), "Pentagon spokesman Lee Varga" is named (a name
//! follows it); a sentence-initial capital ("Critics say") is not a name.

use crate::doc::Doc;
use crate::lexicon::lexicons;
use std::ops::Range;

mod after;
mod kind;

pub(crate) use after::{after, after_according, closing_appositive};
pub(crate) use kind::{classify, is_plural, is_relative, pronoun_number, relative_antecedent};

const PRONOUNS: [&str; 7] = ["he", "she", "they", "it", "i", "we", "you"];

/// Possessive determiners, the source of a noun cue: "her claim that".
pub(crate) const POSSESSIVES: [&str; 6] = ["his", "her", "their", "its", "my", "our"];

/// Object pronouns: a source on their own ("let me say", "hearing him say").
const OBJECT_PRONOUNS: [&str; 4] = ["me", "him", "us", "them"];

/// Quantifiers that stand alone for a group of people: "Most said".
const QUANTIFIERS: [&str; 7] = ["most", "some", "many", "several", "few", "both", "all"];

const DETERMINERS: [&str; 20] = [
    "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your",
    "some", "many", "several", "most", "few", "each", "every",
];

/// Whether `word` is a determiner ("the", "a", "his", "several"), after which
/// a word that could be a verb is a noun: "the nurse", "his aides".
pub(crate) fn is_determiner(word: &str) -> bool {
    crate::words::listed(&DETERMINERS, word)
        || matches!(word, "another" | "other" | "one" | "two" | "three")
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
const BREAKS: [&str; 30] = [
    "that", "which", "whom", "but", "because", "while", "when", "if", "as", "since", "so",
    "although", "though", "after", "before", "where", "whether", "than", "what", "how", "why",
    "and", "or", "nor", "yet", "until", "unless", "said", "says", "told",
];

/// Time nouns that end an adjunct such as "on Tuesday" or "last week" (days are in `words`).
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
fn inner_preposition(doc: &Doc, i: usize) -> bool {
    matches!(
        doc.low(i),
        "of" | "in"
            | "at"
            | "for"
            | "with"
            | "from"
            | "to"
            | "on"
            | "by"
            | "within"
            | "inside"
            | "across"
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
        let adverb = w.ends_with("ly") && !doc.is_cap(k) && !lexicons().anon_roles.contains(w);
        // ("Prime Minister Ana May said": "May" ends the name.)
        let between = crate::words::listed(&BETWEEN, w) && !crate::cue::in_a_name(doc, k, first);
        if between || adverb || matches!(w, "n't" | "n’t" | "not" | "never") {
            // keep walking
        } else if (crate::words::listed(&TIME_WORDS, w) || crate::words::is_weekday(w))
            && k > first
            && crate::words::listed(&TIME_PREPS, doc.low(k - 1))
            && !dated_document(doc, k - 1, first)
        {
            k -= 1;
        } else {
            return Some(k);
        }
        if k == first {
            return None;
        }
        k -= 1;
    }
}

/// Whether the time adjunct opening at `k` dates a document or poll before
/// it ("a KXLV poll last week showed", "a report released on Monday"): it is
/// part of the source, as PolNeAR marks it.
fn dated_document(doc: &Doc, k: usize, first: usize) -> bool {
    k > first && {
        let w = doc.low(k - 1);
        lexicons().documents.contains(w)
            || (w.ends_with("ed") && k > first + 1 && doc.is_word(k - 2))
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
    let dash =
        doc.is_punct_in(last, "—–") || doc.punct(last) == Some('-') && doc.space_before(last);
    if doc.punct(last) == Some(',') || dash {
        // A segment between commas (or dashes) just before the cue.
        let mark = doc.punct(last);
        let from = first.max(last.saturating_sub(crate::attribution::SCAN));
        let open = segment_open(doc, from, last, mark)?;
        let segment = open + 1..last;
        if segment.is_empty() || open == first {
            return None;
        }
        let head = doc.low(segment.start);
        let aside = crate::words::listed(&ASIDES, head);
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
            let name = walk_back(doc, open - 1, first)?;
            return Some((
                extend_appositives(doc, name, first).start..segment.end,
                None,
            ));
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
        let participle = head.ends_with("ed") && doc.low(segment.start + 1) == "by";
        let appositive = crate::words::listed(&DETERMINERS, head)
            || participle
            || crate::words::listed(&MEMBERS, head)
            || doc.is_cap(segment.start)
            || (before_is_name
                && (doc.is_number(segment.start) || doc.is_lower_word(segment.start)));
        if appositive
            && segment.len() <= 24
            && (doc.is_word(open - 1) || doc.is_number(open - 1) || before_is_name)
        {
            let name = walk_back(doc, open - 1, first)?;
            return Some((
                extend_appositives(doc, name, first).start..segment.end,
                None,
            ));
        }
        return None;
    }
    let phrase = walk_back(doc, last, first)?;
    if time_only(doc, phrase.clone()) {
        // The preposition of the time: "surveys taken over the last ten days".
        let mut k = phrase.start;
        while k > first + 1 && matches!(doc.low(k - 1), "during" | "for" | "over" | "that" | "in") {
            k -= 1;
        }
        let participle = k > first + 1 && matches!(doc.low(k - 1), "taken" | "written" | "sent");
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
    Some((phrase, None))
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
        let title = (from.max(j.saturating_sub(16))..j)
            .rev()
            .find(|&o| doc.is_punct_in(o, "\"“"))
            .filter(|&o| crate::quote::title_end(doc, o, last) == Some(j + 1));
        match title {
            Some(o) => j = o,
            None => return Some(j),
        }
    }
    None
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
    let participle = (head.ends_with("ing") && head.len() > 4 && head != "including")
        || (head.ends_with("ed") && head.len() > 4 && doc.low(segment.start + 1) != "by");
    let of_course = head == "of" && doc.low(segment.start + 1) == "course";
    // "at a rally", "at Monday's debate" (not "at the Ridley Institute"); "like
    // Obama" after a name compares ("the hawks, like Rubio," lists members).
    let event = head == "at"
        && segment
            .clone()
            .any(|j| crate::words::listed(&EVENTS, doc.low(j)));
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
    crate::words::listed(&ASIDE_PREPOSITIONS, head)
        || participle
        || of_course
        || event
        || compared
        || clause
}

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

/// Whether a cited phrase names someone who can be a source: a name, an
/// outlet, a person's role, a vague group or a document ("an informant",
/// "Reuters", "a report"), not a thing or a quotation ("weak growth").
fn names_someone(doc: &Doc, phrase: Range<usize>) -> bool {
    let lex = lexicons();
    !phrase.is_empty()
        && doc.is_word(phrase.start)
        && phrase.clone().any(|j| {
            let w = doc.low(j);
            doc.is_cap(j)
                || lex.anon_roles.contains(w)
                || lex.titles.contains(w)
                || lex.vague.contains(w)
                || lex.documents.contains(w)
        })
}

/// Extends a phrase back over earlier comma-separated parts of the same name:
/// "Dana Whitlow, a retired nurse from Tulsa, Okla.".
fn extend_appositives(doc: &Doc, mut phrase: Range<usize>, first: usize) -> Range<usize> {
    for _ in 0..2 {
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
            || crate::words::listed(&DETERMINERS, doc.low(phrase.start))
                && doc.is_cap(comma - 1)
                && !crate::words::listed(&PREPOSITION_STARTS, doc.low(earlier.start))
            // "Ron Hale, president of the Fund, a super PAC, said",
            // "Tariq Noor, 39, a visitor, told": a name before a
            // lowercase appositive or an age.
            || (doc.is_lower_word(phrase.start) || doc.is_number(phrase.start))
                && !crate::words::listed(&ASIDES, doc.low(phrase.start))
                && earlier.len() <= 5
                && earlier.clone().all(|j| doc.is_cap(j) || title_period(doc, j));
        // Nor a day ("Tuesday, Rosa Lind said"), an adverb ("Still, Omar
        // Haddad said") or a phrase after a preposition ("In a statement to
        // the Ledger, her adviser said").
        let day = earlier.len() == 1
            && (crate::words::is_weekday(doc.low(earlier.start))
                || crate::words::listed(&LEADING_ADVERBS, doc.low(earlier.start)));
        let after_preposition = earlier.start > first
            && crate::words::listed(&PREPOSITION_STARTS, doc.low(earlier.start - 1));
        if !joins
            || day
            || after_preposition
            || earlier.start == first && crate::words::listed(&PREPOSITION_STARTS, doc.low(first))
        {
            break;
        }
        phrase = earlier.start..phrase.end;
    }
    phrase
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

/// Whether `w` is a time noun or a weekday: "week", "Monday".
#[inline(never)]
pub(crate) fn time_word(w: &str) -> bool {
    crate::words::listed(&TIME_WORDS, w) || crate::words::is_weekday(w)
}

/// Whether a phrase is only a time, which never speaks: "this week", "a
/// Sunday", "the last two weeks" (on train, 14 such sources, none right).
#[inline(never)]
fn time_only(doc: &Doc, phrase: Range<usize>) -> bool {
    time_word(doc.low(phrase.end - 1))
        && phrase.clone().all(|j| {
            let w = doc.low(j);
            time_word(w)
                || is_determiner(w)
                || doc.is_number(j)
                || crate::words::listed(&TIME_PREPS, w)
                || matches!(w, "past" | "next" | "couple" | "of")
        })
}

/// Words that open an introductory phrase, not a name: "In Berlin, ...".
const PREPOSITION_STARTS: [&str; 12] = [
    "in", "on", "at", "after", "before", "during", "from", "for", "with", "by", "as", "since",
];

/// Walks back over a plain noun phrase ending at `last`.
fn walk_back(doc: &Doc, last: usize, first: usize) -> Option<Range<usize>> {
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
            || !(crate::words::listed(&VERBS[..18], w)
                || crate::attribution::verb_like(doc, r.start - 1)
                    && !crate::words::listed(&VERBS, w))
    };
    if let Some(open) = affiliation(doc, last, first) {
        // "Rep. Gail Ross (D-Ga.)": the name goes on before the brackets.
        let name = join(open - 1)?;
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
    let object_of = crate::words::listed(&OBJECT_PRONOUNS, doc.low(last))
        && last > first
        && inner_preposition(doc, last - 1);
    if crate::words::listed(&PRONOUNS, doc.low(last))
        || crate::words::listed(&OBJECT_PRONOUNS, doc.low(last)) && !object_of
    {
        return Some(last..last + 1);
    }
    let alone = last == first
        || !doc.is_word(last - 1)
        || matches!(doc.low(last - 1), "and" | "but" | "while");
    if crate::words::listed(&QUANTIFIERS, doc.low(last)) && alone {
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
            !crate::words::listed(&BREAKS, w)
                || (w == "and" && j > first && doc.is_cap(j - 1) && doc.is_cap(j + 1))
                || relative_that(doc, j, first, last)
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
            let share = percent(j) && j > first + 1 && matches!(doc.low(j - 2), "a" | "an" | "the");
            let month = doc.punct(j) == Some('.')
                && j > first
                && !doc.space_before(j)
                && matches!(
                    doc.low(j - 1),
                    "jan" | "feb" | "aug" | "sept" | "sep" | "oct" | "nov" | "dec"
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
        let verb = j != last
            && crate::words::listed(&VERBS, w)
            && !relative_before(doc, j, first)
            && !first_name;
        if !ok || verb || crate::words::listed(&PRONOUNS, w) && j != last {
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
        let determiner =
            crate::words::listed(&DETERMINERS, w) && !stacked_quantifier(doc, j, first);
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
        && !crate::words::listed(&PRONOUNS, doc.low(start))
    {
        let open = (first.max(start.saturating_sub(10))..start - 1)
            .rev()
            .find(|&k| doc.is_punct_in(k, "\"“"));
        if let Some(open) =
            open.filter(|&o| crate::quote::title_end(doc, o, start) == Some(start - 1))
        {
            let the = open > first && matches!(doc.low(open - 1), "the" | "a" | "an");
            start = open - usize::from(the);
        }
    }
    // "Mayors and even some governors": "even" after the conjunction goes
    // with the phrase, which joins the one before the conjunction.
    if start >= first + 3
        && start <= last
        && doc.low(start - 1) == "even"
        && matches!(doc.low(start - 2), "and" | "or")
    {
        start -= 1;
    }
    // A phrase right after a finite verb is its object or complement, no
    // subject to join: "40 percent were happy with the levy and 60 percent
    // said", "she has praised the plan and aides said".
    // "He and the experts", "Smith and her aides", "neither Ruiz nor Lee": a
    // pronoun or a name joins the phrase before "and" ("nor").
    if start >= first + 2 && start <= last && matches!(doc.low(start - 1), "and" | "nor") {
        let k = start - 2;
        let pronoun =
            crate::words::listed(&PRONOUNS, doc.low(k)) && (k == first || !doc.is_word(k - 1));
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
    if start >= first + 2 && start <= last && matches!(doc.low(start - 1), "and" | "or") {
        let k = start - 2;
        // (Not before a name: "a state and Cruz", "a photo and Clinton".)
        let named = (start..=last).all(|j| doc.is_cap(j) || title_period(doc, j));
        let adjective = matches!(doc.low(k), "current" | "former");
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
            || matches!(doc.low(start), "who" | "and" | "but")
            || (crate::words::listed(&LEADING_ADVERBS, doc.low(start)) && start < last))
    {
        start += 1;
    }
    start = past_zero_relative_head(doc, start, last);
    start = quantity_prefix(doc, start, first);
    // Nor ends with a preposition or a determiner ("criticized voters for").
    let open_end =
        inner_preposition(doc, last) || crate::words::listed(&DETERMINERS, doc.low(last));
    (start <= last && !open_end).then_some(start..last + 1)
}

/// Moves a phrase's start past the head of a relative clause with no
/// relative word, whose subject is the source: "something aides argue",
/// "not everything Ruiz says", "the reason voters chose", "no wonder
/// Ruiz said" (on train, gold starts the source after such a head 8 times
/// of 8).
fn past_zero_relative_head(doc: &Doc, start: usize, last: usize) -> usize {
    let mut j = start;
    if j < last && doc.low(j) == "not" {
        j += 1;
    }
    let head_end = match doc.low(j) {
        "something" | "everything" | "anything" | "nothing" => j + 1,
        "no" if doc.low(j + 1) == "wonder" => j + 2,
        "the" if matches!(doc.low(j + 1), "reason" | "moment" | "way" | "time" | "day") => j + 2,
        _ => return start,
    };
    let subject = head_end <= last
        && doc.is_word(head_end)
        && !crate::attribution::verb_like(doc, head_end)
        && !crate::words::listed(&BREAKS, doc.low(head_end));
    if subject {
        head_end
    } else {
        start
    }
}

/// Whether token `j` is a "that" or "which" opening a relative clause
/// whose subject it is, inside the source: "insurers that had covered the
/// port agreed", "the firms that backed the levy said" (a noun before it, a
/// verb after it; "officials said that was wrong" has a verb before it).
#[inline(never)]
fn relative_that(doc: &Doc, j: usize, first: usize, last: usize) -> bool {
    matches!(doc.low(j), "that" | "which")
        && j > first
        && j + 1 < last
        && doc.is_lower_word(j - 1)
        && !crate::words::listed(&BREAKS, doc.low(j - 1))
        && !crate::attribution::verb_like(doc, j - 1)
        && (crate::words::listed(&VERBS[..18], doc.low(j + 1))
            || crate::attribution::verb_like(doc, j + 1))
}

/// Whether the determiner at `j` is a quantifier after another determiner
/// or a number, which opens the phrase instead: "the most recent poll", "a
/// few lawmakers", "the 10 most populous cities".
fn stacked_quantifier(doc: &Doc, j: usize, first: usize) -> bool {
    j > first
        && matches!(doc.low(j), "most" | "few" | "many")
        && (matches!(
            doc.low(j - 1),
            "the" | "a" | "its" | "their" | "his" | "her"
        ) || doc.is_number(j - 1))
}

/// Extends a phrase back over a quantity before it, which belongs to the
/// source: "more than half of voters", "at least a dozen members", "as
/// many as 40 officials", "nearly a third", "both the unions", "all the
/// delegates". On train, 15 sources gain their quantity this way and 1
/// is lost.
fn quantity_prefix(doc: &Doc, start: usize, first: usize) -> usize {
    let before = |n: usize| (start >= first + n).then(|| doc.low(start - n));
    if matches!(before(1), Some("both" | "all" | "half"))
        && crate::words::listed(&DETERMINERS, doc.low(start))
    {
        return start - 1;
    }
    // (A comparison is no quantity: "more than the budget office".)
    let amount = crate::phrase::starts_number(doc, start) || doc.low(start) == "half";
    match (before(3), before(2), before(1)) {
        (Some("as"), Some("many" | "much"), Some("as")) => start - 3,
        (_, Some("more" | "fewer" | "less"), Some("than")) if amount => start - 2,
        (_, Some("at"), Some("least")) => start - 2,
        (_, _, Some("at")) if doc.low(start) == "least" => start - 1,
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
            && (crate::words::is_weekday(doc.low(earlier.start))
                || crate::words::listed(&LEADING_ADVERBS, doc.low(earlier.start)));
        let opener = earlier.start == first
            && crate::words::listed(&PREPOSITION_STARTS, doc.low(first))
            || earlier.start > first
                && crate::words::listed(&PREPOSITION_STARTS, doc.low(earlier.start - 1));
        if !name || day || opener {
            break;
        }
        start = earlier.start;
    }
    start
}

/// Adverbs that open a clause before its subject, not part of the source.
const LEADING_ADVERBS: [&str; 15] = [
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
fn speaker_noun(w: &str) -> bool {
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
    let relative = |k: usize| doc.low(k) == "who" || relative_that(doc, k, first, j);
    (first.max(j.saturating_sub(6))..j)
        .rev()
        .take_while(|&k| {
            doc.is_word(k) && (relative(k) || !crate::words::listed(&BREAKS, doc.low(k)))
        })
        .any(|k| relative(k) && k > first)
}

/// The opening bracket of a short bracketed note closing at `close` right
/// after a capitalised name: a party and state ("(D-Ga.)"), an age, a title.
fn affiliation(doc: &Doc, close: usize, first: usize) -> Option<usize> {
    if doc.punct(close) != Some(')') {
        return None;
    }
    let from = first.max(close.saturating_sub(8));
    let open = (from..close).rev().find(|&j| doc.is_punct_in(j, "()"))?;
    (doc.punct(open) == Some('(') && open > first && open + 1 < close && doc.is_cap(open - 1))
        .then_some(open)
}

/// Finite verbs that never sit inside a source phrase outside a relative
/// clause: auxiliaries and copulas (the first 18), then reporting verbs.
const VERBS: [&str; 22] = [
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "did",
    "does", "do", "should", "must", "might", "may", "said", "says", "called", "told",
];

/// Whether a relative pronoun stands a few words before token `j`: "who was".
fn relative_before(doc: &Doc, j: usize, first: usize) -> bool {
    (first.max(j.saturating_sub(4))..j).any(|k| matches!(doc.low(k), "who" | "that" | "which"))
}

/// Finds the relay inside a source phrase: "sources cited by the Journal" is
/// relayed by "the Journal". The phrase stays whole as the source (its kind
/// comes from its head, "sources").
pub(crate) fn split_relay(doc: &Doc, tokens: Range<usize>) -> (Range<usize>, Option<Range<usize>>) {
    for j in tokens.clone() {
        if j + 1 < tokens.end
            && crate::words::listed(&RELAY_PARTICIPLES, doc.low(j))
            && doc.low(j + 1) == "by"
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
        let doc = Doc::new("sources cited by the Journal");
        let (source, via) = split_relay(&doc, 0..doc.len());
        assert_eq!((source, via), (0..5, Some(3..5)));
        assert_eq!(classify(&doc, 0..5, usize::MAX), SourceKind::Anonymous);
    }
}
