//! Sources: finding the words of a source around its cue, and telling what kind it is.
//!
//! **What it does.** Finds the source noun phrase before a cue ("a person
//! familiar with the talks said"), after it ("..., said Brian Fallon, a
//! Clinton spokesman") or after "according to"; keeps appositives and relative
//! clauses with their name; and sorts every source into a kind:
//! - `pronoun`: "he", "she", "they", "it" (resolved later to an antecedent);
//! - `anonymous`: an anonymity marker ("unnamed", "familiar with",
//!   "on condition of anonymity"), or a role noun from `anonymous.txt` with no
//!   personal name after it ("senior Russian officials", "a source");
//! - `vague`: a crowd or quantifier from `vague.txt` ("critics", "many");
//! - `document`: a head noun from `documents.txt` ("the report", "a poll");
//! - `named`: a capitalised name ("Jake Sullivan", "Reuters", "the Pentagon")
//!   or a definite title from `titles.txt` ("the president", "the campaign").
//!
//! **Why it matters.** The same claim weighs differently from a minister on the
//! record, an unnamed official, and "critics".
//!
//! **Traps it avoids.** "Pentagon officials" stays anonymous (the capital
//! comes before the role), "Pentagon spokesman John Kirby" is named (a name
//! follows it); a sentence-initial capital ("Critics say") is not a name.

use crate::doc::Doc;
use crate::lexicon::lexicons;
use crate::model::SourceKind;
use std::ops::Range;

const PRONOUNS: [&str; 7] = ["he", "she", "they", "it", "i", "we", "you"];

/// Object pronouns: a source on their own ("let me say", "hearing him say").
const OBJECT_PRONOUNS: [&str; 4] = ["me", "him", "us", "them"];

/// Quantifiers that stand alone for a group of people: "Most said".
const QUANTIFIERS: [&str; 7] = ["most", "some", "many", "several", "few", "both", "all"];

const DETERMINERS: [&str; 20] = [
    "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your",
    "some", "many", "several", "most", "few", "each", "every",
];

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
const TIME_WORDS: [&str; 14] = [
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

/// Whether `word` is a name's initial: "D" in "Kevin D. Williamson".
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
        if BETWEEN.contains(&w) || adverb || matches!(w, "n't" | "n’t" | "not" | "never") {
            // keep walking
        } else if (TIME_WORDS.contains(&w) || crate::words::is_weekday(w))
            && k > first
            && TIME_PREPS.contains(&doc.low(k - 1))
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
/// it ("a WBUR poll last week showed", "a report released on Monday"): it is
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
/// commas ("Brian Fallon, a Clinton spokesman, said"; "Smith, who ..., said").
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
        let open = (from..last).rev().find(|&j| doc.punct(j) == mark)?;
        let segment = open + 1..last;
        if segment.is_empty() || open == first {
            return None;
        }
        let head = doc.low(segment.start);
        let aside = ASIDES.contains(&head);
        if segment.len() == 1 && aside && asides > 0 {
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
        // "Brian Fallon, a Clinton spokesman,", "Butz, 49,", "Goldberg, editor at large,".
        // (A name may end in its affiliation: "Rep. Elijah Cummings (D-Md.), chair of ...".)
        let before_is_name = open > first
            && (doc.is_cap(open - 1)
                || suffix_period(doc, open - 1)
                || (doc.punct(open - 1) == Some(')')
                    && affiliation(doc, open - 1, first).is_some()));
        // "The aides, led by Tim Ross, said".
        let participle = head.ends_with("ed") && doc.low(segment.start + 1) == "by";
        let appositive = DETERMINERS.contains(&head)
            || participle
            || MEMBERS.contains(&head)
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
    walk_back(doc, last, first).map(|r| (r, None))
}

/// One-word asides between a source and its cue: "Officials, however, said".
const ASIDES: [&str; 5] = ["however", "too", "meanwhile", "though", "also"];

/// Prepositions that open an adjunct between a source and its cue: "Trump,
/// in a brief interview, said", "Snyder, for his part, has denied".
/// ("at", "with" and "of" open an affiliation instead: "Pantucci, at the
/// Royal United Services Institute, said"; "of course" is an aside.)
const ASIDE_PREPOSITIONS: [&str; 9] = [
    "in", "for", "during", "after", "on", "to", "as", "before", "despite",
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
    // "at a rally", "at Monday's debate" (not "at the Cato Institute"); "like
    // Obama" after a name compares ("the hawks, like Rubio," lists members).
    let event = head == "at" && segment.clone().any(|j| EVENTS.contains(&doc.low(j)));
    let compared = head == "like" && segment.start >= 2 && doc.is_cap(segment.start - 2);
    ASIDE_PREPOSITIONS.contains(&head) || participle || of_course || event || compared
}

/// Occasions a source speaks at: "Clinton, at a later press gaggle, said".
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
/// candidates, including Trump, said", "the field's hawks, like Rubio, say".
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
/// "Christopher Harvey, an African-American delegate from Houston, Texas".
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
            || DETERMINERS.contains(&doc.low(phrase.start))
                && doc.is_cap(comma - 1)
                && !PREPOSITION_STARTS.contains(&doc.low(earlier.start))
            // "Mike Shields, president of the Fund, a super PAC, said",
            // "Jimmy Ghazal, 39, a visitor, told": a name before a
            // lowercase appositive or an age.
            || (doc.is_lower_word(phrase.start) || doc.is_number(phrase.start))
                && !ASIDES.contains(&doc.low(phrase.start))
                && earlier.len() <= 5
                && earlier.clone().all(|j| doc.is_cap(j) || title_period(doc, j));
        // Nor a day ("Tuesday, Kevin Brady said") or a phrase after a
        // preposition ("In a statement to the Observer, her adviser said").
        let day = earlier.len() == 1 && crate::words::is_weekday(doc.low(earlier.start));
        let after_preposition =
            earlier.start > first && PREPOSITION_STARTS.contains(&doc.low(earlier.start - 1));
        if !joins
            || day
            || after_preposition
            || earlier.start == first && PREPOSITION_STARTS.contains(&doc.low(first))
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

/// Words that open an introductory phrase, not a name: "In Berlin, ...".
const PREPOSITION_STARTS: [&str; 12] = [
    "in", "on", "at", "after", "before", "during", "from", "for", "with", "by", "as", "since",
];

/// Walks back over a plain noun phrase ending at `last`.
fn walk_back(doc: &Doc, last: usize, first: usize) -> Option<Range<usize>> {
    if let Some(open) = affiliation(doc, last, first) {
        // "Rep. Hank Johnson (D-Ga.)": the name goes on before the brackets.
        let name = walk_back(doc, open - 1, first)?;
        return Some(name.start..last + 1);
    }
    if suffix_period(doc, last) && last > first {
        // "Robert Smith Jr.": the name goes on before the abbreviation.
        let name = walk_back(doc, last - 1, first)?;
        return Some(name.start..last + 1);
    }
    if !doc.is_word(last) && !doc.is_number(last) {
        return None;
    }
    // "Several of them", "those close to him": an object pronoun after a
    // preposition ends a longer phrase.
    let object_of = OBJECT_PRONOUNS.contains(&doc.low(last))
        && last > first
        && inner_preposition(doc, last - 1);
    if PRONOUNS.contains(&doc.low(last)) || OBJECT_PRONOUNS.contains(&doc.low(last)) && !object_of {
        return Some(last..last + 1);
    }
    let alone = last == first
        || !doc.is_word(last - 1)
        || matches!(doc.low(last - 1), "and" | "but" | "while");
    if QUANTIFIERS.contains(&doc.low(last)) && alone {
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
            !BREAKS.contains(&w)
                || (w == "and" && j > first && doc.is_cap(j - 1) && doc.is_cap(j + 1))
        } else {
            // "Sanders’ campaign": a plural possessive's bare apostrophe.
            let possessive = doc.is_punct_in(j, "’'")
                && j > first
                && j < last
                && !doc.space_before(j)
                && doc.low(j - 1).ends_with('s');
            doc.is_punct_in(j, "-&") || title_period(doc, j) || suffix_period(doc, j) || possessive
        };
        // A verb ends the phrase ("Beck has criticized voters for"), unless
        // it stands in a relative clause: "a man who was at the rally".
        let verb = j != last && VERBS.contains(&w) && !relative_before(doc, j, first);
        if !ok || verb || PRONOUNS.contains(&w) && j != last {
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
        if DETERMINERS.contains(&w)
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
    // "He and the experts", "Smith and her aides": a pronoun or a name joins
    // the phrase before "and".
    if start >= first + 2 && start <= last && doc.low(start - 1) == "and" {
        let k = start - 2;
        let pronoun = PRONOUNS.contains(&doc.low(k)) && (k == first || !doc.is_word(k - 1));
        if pronoun || doc.is_cap(k) {
            if let Some(earlier) = walk_back(doc, k, first) {
                start = earlier.start;
                if doc.is_cap(k) {
                    start = name_list(doc, start, first);
                }
            }
        }
    }
    // "RNC members and officials", "The campaign and some experts": a noun
    // for people or documents joins the phrase before "and".
    if start >= first + 2 && start <= last && matches!(doc.low(start - 1), "and" | "or") {
        let k = start - 2;
        // (Not before a name: "a state and Cruz", "a photo and Clinton".)
        let named = (start..=last).all(|j| doc.is_cap(j) || title_period(doc, j));
        let adjective = matches!(doc.low(k), "current" | "former");
        if doc.is_lower_word(k) && (speaker_noun(doc.low(k)) || adjective) && !named {
            if let Some(earlier) = walk_back(doc, k, first) {
                start = earlier.start;
            }
        }
    }
    // A phrase never starts with a preposition, "who", a conjunction or an
    // adverb of time or degree ("Then Mr. Rubin asked", "Even Rendell said").
    while start <= last
        && (inner_preposition(doc, start)
            || matches!(doc.low(start), "who" | "and" | "but")
            || (LEADING_ADVERBS.contains(&doc.low(start)) && start < last))
    {
        start += 1;
    }
    // Nor ends with a preposition or a determiner ("criticized voters for").
    let open_end = inner_preposition(doc, last) || DETERMINERS.contains(&doc.low(last));
    (start <= last && !open_end).then_some(start..last + 1)
}

/// Extends a name before "and" back over the names listed before it, one
/// per comma: "Ms. Toretti, Mrs. Rao and other bundlers". Not over an
/// opening adjunct ("In Ohio, Smith and Jones") or a day.
fn name_list(doc: &Doc, mut start: usize, first: usize) -> usize {
    for _ in 0..6 {
        if start < first + 2 || doc.punct(start - 1) != Some(',') || !doc.is_cap(start - 2) {
            break;
        }
        let Some(earlier) = walk_back(doc, start - 2, first) else {
            break;
        };
        let name = earlier.len() <= 5
            && earlier
                .clone()
                .all(|j| doc.is_cap(j) || title_period(doc, j) || doc.is_punct_in(j, "’'"));
        let day = earlier.len() == 1 && crate::words::is_weekday(doc.low(earlier.start));
        let opener = earlier.start == first && PREPOSITION_STARTS.contains(&doc.low(first))
            || earlier.start > first && PREPOSITION_STARTS.contains(&doc.low(earlier.start - 1));
        if !name || day || opener {
            break;
        }
        start = earlier.start;
    }
    start
}

/// Adverbs that open a clause before its subject, not part of the source.
const LEADING_ADVERBS: [&str; 7] = ["then", "now", "still", "even", "soon", "also", "again"];

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
/// "Democrats who watched the debate said" goes on past "the" to "who".
fn in_relative(doc: &Doc, j: usize, first: usize) -> bool {
    (first.max(j.saturating_sub(6))..j)
        .rev()
        .take_while(|&k| doc.is_word(k) && (doc.low(k) == "who" || !BREAKS.contains(&doc.low(k))))
        .any(|k| doc.low(k) == "who" && k > first)
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

/// Finite verbs that never sit inside a source phrase outside a relative clause.
const VERBS: [&str; 22] = [
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "did",
    "does", "do", "should", "must", "might", "may", "said", "says", "called", "told",
];

/// Whether a relative pronoun stands a few words before token `j`: "who was".
fn relative_before(doc: &Doc, j: usize, first: usize) -> bool {
    (first.max(j.saturating_sub(4))..j).any(|k| matches!(doc.low(k), "who" | "that" | "which"))
}

/// The source phrase starting at token `start` after an inverted cue ("said
/// Brian Fallon, a Clinton spokesman"), up to `limit`.
pub(crate) fn after(doc: &Doc, start: usize, limit: usize) -> Option<Range<usize>> {
    let lettered = |j: usize| doc.is_word(j) && doc.raw(j).chars().any(char::is_alphabetic);
    if start >= limit || !lettered(start) || inner_preposition(doc, start) {
        return None;
    }
    if PRONOUNS.contains(&doc.low(start)) {
        return Some(start..start + 1);
    }
    let mut j = start;
    let mut appositive_from = None;
    // An appositive may be long: "said Edwin M. Truman, a fellow at the
    // Peterson Institute for International Economics who worked with ...".
    while j < limit && j < start + if appositive_from.is_some() { 48 } else { 24 } {
        let w = doc.low(j);
        if doc.punct(j) == Some(',') {
            let next = j + 1;
            let appositive = next < limit
                && (DETERMINERS.contains(&doc.low(next))
                    || doc.is_cap(next)
                    || doc.is_number(next)
                    || lower_appositive(doc, next, limit));
            if appositive && !doc.low(next).ends_with("ing") && appositive_from.is_none() {
                appositive_from = Some(j);
                j += 1;
                continue;
            }
            // A further appositive or a state: "said Ann Lee, 23, a student
            // from Fresno, Calif.",
            // "said Kurt Walters, the director at Rootstrikers, a group that ...".
            let further = appositive_from.is_some()
                && next < limit
                && (matches!(doc.low(next), "a" | "an" | "the")
                    || (doc.is_cap(j - 1) && suffix_period(doc, next + 1))
                    || (doc.is_number(j - 1)
                        && (doc.low(next) == "of" || lower_appositive(doc, next, limit))));
            if further {
                j += 1;
                continue;
            }
            break;
        }
        if doc.punct(j) == Some('(') && j > start && doc.is_cap(j - 1) {
            // "said Rep. Bobby Scott (D-Va.)": the bracketed note belongs to the name.
            let close = (j + 1..limit.min(j + 8)).find(|&k| doc.is_punct_in(k, "()"));
            if let Some(close) = close.filter(|&k| doc.punct(k) == Some(')')) {
                j = close + 1;
                continue;
            }
        }
        if j >= start + 16 && appositive_from.is_none() {
            break;
        }
        // Inside an appositive, "and" goes on, and "who" ends the phrase
        // for the caller to take to the end of the sentence: "Andrew Rice, a
        // Democrat and former state senator who ran for the Senate".
        if appositive_from.is_some() && w == "who" && j + 1 < limit {
            break;
        }
        if appositive_from.is_some() && w == "and" {
            j += 1;
            continue;
        }
        // ("Jr.", "Fla." end a name here only when a comma follows:
        // "said C. Stewart Verdery Jr., a former official".)
        let suffix = suffix_period(doc, j) && doc.punct(j + 1) == Some(',');
        if doc.punct(j).is_some() && !doc.is_punct_in(j, "-&") && !title_period(doc, j) && !suffix {
            break;
        }
        // Inside an appositive, a place goes on: "a professor at the University of Iowa".
        // So does a time: "a senior official during the Bush administration".
        let place = appositive_from.is_some()
            && (matches!(w, "at" | "in" | "on")
                && !crate::words::is_weekday(doc.low(j + 1))
                && !IN_ADJUNCT.contains(&doc.low(j + 1))
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
            || (w == "in" && IN_ADJUNCT.contains(&doc.low(j + 1)));
        if adjunct && j > start {
            break;
        }
        j += 1;
    }
    (j > start).then_some(start..j)
}

/// Words after "in" that make an adjunct of the cue, not part of the source:
/// "said in a statement", "said in his remarks".
const IN_ADJUNCT: [&str; 8] = [
    "a", "an", "his", "her", "their", "its", "remarks", "comments",
];

/// Whether a lowercase phrase from `next` to the end of the sentence reads as
/// an appositive of a name ("said Dean Baker, co-director of the Center"):
/// no clause word, conjunction or cue in it.
fn lower_appositive(doc: &Doc, next: usize, limit: usize) -> bool {
    if !doc.is_lower_word(next) || APPOSITIVE_STOPS.contains(&doc.low(next)) {
        return false;
    }
    let lex = crate::lexicon::lexicons();
    let mut j = next;
    while j < limit && j < next + 24 {
        if doc.is_punct_in(j, ".?!") && !title_period(doc, j) {
            return true;
        }
        let w = doc.low(j);
        // ("'s" after a name is a possessive here: "director of Virginia's Center".)
        let possessive = matches!(w, "'s" | "’s") && !doc.space_before(j) && doc.is_cap(j - 1);
        if APPOSITIVE_STOPS.contains(&w)
            || (crate::content::is_clause_verb(w) && !possessive)
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
const APPOSITIVE_STOPS: [&str; 16] = [
    "though", "although", "but", "because", "while", "which", "when", "if", "as", "so", "adding",
    "noting", "saying", "then", "that", "where",
];

/// The source after "according to", up to a comma or the end of the clause.
pub(crate) fn after_according(doc: &Doc, start: usize, limit: usize) -> Option<Range<usize>> {
    let mut j = start;
    while j < limit && j < start + 24 {
        if doc.punct(j).is_some() && !doc.is_punct_in(j, "-&’'") && !title_period(doc, j) {
            break;
        }
        // ("according to officials who spoke on condition of anonymity": a
        // relative clause with no comma before it is part of the source.)
        if j > start && matches!(doc.low(j), "that" | "which") {
            break;
        }
        j += 1;
    }
    (j > start).then_some(start..j)
}

/// Finds the relay inside a source phrase: "sources cited by the Journal" is
/// relayed by "the Journal". The phrase stays whole as the source (its kind
/// comes from its head, "sources").
pub(crate) fn split_relay(doc: &Doc, tokens: Range<usize>) -> (Range<usize>, Option<Range<usize>>) {
    for j in tokens.clone() {
        if j + 1 < tokens.end
            && matches!(
                doc.low(j),
                "cited"
                    | "quoted"
                    | "interviewed"
                    | "contacted"
                    | "reached"
                    | "seen"
                    | "obtained"
                    | "reviewed"
            )
            && doc.low(j + 1) == "by"
            && j > tokens.start
        {
            // The whole phrase stays the source; the relay is the part after "by".
            return (tokens.clone(), Some(j + 2..tokens.end));
        }
    }
    (tokens, None)
}

/// The head word of a source phrase: the last word before its first
/// post-modifier (a preposition, a comma, "who", "familiar").
fn head(doc: &Doc, tokens: &Range<usize>) -> usize {
    let mut head = tokens.start;
    for j in tokens.clone() {
        if j > tokens.start
            && (inner_preposition(doc, j)
                || doc.punct(j) == Some(',')
                || matches!(
                    doc.low(j),
                    "who"
                        | "familiar"
                        | "close"
                        | "briefed"
                        | "with"
                        | "knowledgeable"
                        | "speaking"
                        | "involved"
                ))
        {
            break;
        }
        let w = doc.low(j);
        let lex = lexicons();
        let head_noun = |k: usize| {
            let h = doc.low(k);
            lex.documents.contains(h) || lex.anon_roles.contains(h) || lex.vague.contains(h)
        };
        if j > tokens.start
            && (RELAY_PARTICIPLES.contains(&w) || (w.ends_with("ed") && head_noun(head)))
        {
            break; // "a poll released last week", "documents seen by the Guardian"
        }
        let next = doc.low(j + 1);
        if j > tokens.start
            && TIME_PREPS.contains(&w)
            && (TIME_WORDS.contains(&next) || crate::words::is_weekday(next))
        {
            break; // "a poll last week"
        }
        if doc.is_word(j) && !matches!(w, "'s" | "’s") {
            head = j;
        }
    }
    head
}

/// Sorts a source phrase into a kind. `sentence_start` is the first token of
/// its sentence, where a capital letter says nothing about names.
pub(crate) fn classify(doc: &Doc, tokens: Range<usize>, sentence_start: usize) -> SourceKind {
    let lex = lexicons();
    if tokens.len() == 1
        && (PRONOUNS.contains(&doc.low(tokens.start)) || is_relative(doc, tokens.start))
    {
        return SourceKind::Pronoun;
    }
    for j in tokens.clone() {
        if lex.anon_markers.longest_at(doc, j, tokens.end).is_some() {
            return SourceKind::Anonymous;
        }
    }
    let h = head(doc, &tokens);
    let word = doc.low(h);
    // A capital at the start of a sentence proves nothing for common words ("Critics").
    let common = |j: usize| {
        let w = doc.low(j);
        DETERMINERS.contains(&w)
            || PRONOUNS.contains(&w)
            || lex.starters.contains(doc.raw(j))
            || lex.vague.contains(w)
            || lex.anon_roles.contains(w)
            || lex.documents.contains(w)
    };
    let is_name =
        |j: usize| doc.is_cap(j) && !((j == sentence_start || j == tokens.start) && common(j));
    // A personal name after the head role: "spokesman John Kirby".
    let name_after = (h + 1..tokens.end)
        .take_while(|&j| doc.is_word(j) && !inner_preposition(doc, j))
        .any(is_name);
    if lex.anon_roles.contains(word) && !name_after && !is_name(h) {
        return SourceKind::Anonymous;
    }
    let quantifier_only = tokens.len() == 1 && DETERMINERS.contains(&word);
    if (lex.vague.contains(word) || quantifier_only) && !is_name(h) {
        return SourceKind::Vague;
    }
    if lex.documents.contains(word) && !is_name(h) {
        return SourceKind::Document;
    }
    // A name in an appositive: "the campaign manager, Ruth Adeyemi".
    let appositive_name = (tokens.clone())
        .find(|&j| doc.punct(j) == Some(','))
        .is_some_and(|comma| is_name(comma + 1) && comma + 1 < tokens.end);
    if is_name(h) || name_after || appositive_name || (tokens.clone()).any(|j| is_name(j) && j <= h)
    {
        return SourceKind::Named;
    }
    if lex.titles.contains(word) {
        return SourceKind::Named;
    }
    if lex.anon_roles.contains(word) {
        return SourceKind::Anonymous;
    }
    SourceKind::Vague
}

/// Whether token `i` is a relative pronoun standing as a source: "Smith, who said".
pub(crate) fn is_relative(doc: &Doc, i: usize) -> bool {
    matches!(doc.low(i), "who" | "which")
}

/// The phrase a relative pronoun at `i` refers to: "Smith" in "Smith, who said".
pub(crate) fn relative_antecedent(doc: &Doc, i: usize, first: usize) -> Option<Range<usize>> {
    let mut k = i.checked_sub(1).filter(|&k| k >= first)?;
    if doc.punct(k) == Some(',') {
        k = k.checked_sub(1).filter(|&k| k >= first)?;
    }
    walk_back(doc, k, first).map(|r| extend_appositives(doc, r, first))
}

/// Whether a source phrase is plural, for matching "they" to its antecedent.
pub(crate) fn is_plural(doc: &Doc, tokens: &Range<usize>) -> bool {
    let h = head(doc, tokens);
    let w = doc.low(h);
    (w.ends_with('s') && !w.ends_with("ss") && !doc.is_cap(h))
        || matches!(w, "people" | "they" | "police")
}

/// Whether a pronoun refers to people ("he", "she") rather than things ("it").
pub(crate) fn pronoun_number(word: &str) -> Option<bool> {
    match word {
        "he" | "she" | "i" => Some(false),
        "they" | "we" => Some(true),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(text: &str) -> SourceKind {
        let doc = Doc::new(text);
        // Pretend a sentence precedes the phrase, so capitals count as names.
        classify(&doc, 0..doc.len(), usize::MAX)
    }

    #[test]
    fn kinds() {
        use SourceKind::*;
        let table = [
            ("Jake Sullivan", Named),
            ("Reuters", Named),
            ("the Pentagon", Named),
            ("Pentagon spokesman John Kirby", Named),
            ("the president", Named),
            ("an unnamed American official", Anonymous),
            ("sources familiar with the talks", Anonymous),
            ("a person close to the campaign", Anonymous),
            ("officials in the Pentagon", Anonymous),
            ("senior Russian officials", Anonymous),
            ("Pentagon officials", Anonymous),
            ("critics", Vague),
            ("some experts", Vague),
            ("many", Vague),
            ("observers", Vague),
            ("the report", Document),
            ("a poll", Document),
            ("the account", Document),
            ("he", Pronoun),
        ];
        for (text, want) in table {
            assert_eq!(kind(text), want, "{text}");
        }
    }

    #[test]
    fn sentence_initial_capitals_are_not_names() {
        let doc = Doc::new("Critics said");
        assert_eq!(classify(&doc, 0..1, 0), SourceKind::Vague);
    }

    #[test]
    fn relays_split() {
        let doc = Doc::new("sources cited by the Journal");
        let (source, via) = split_relay(&doc, 0..doc.len());
        assert_eq!((source, via), (0..5, Some(3..5)));
        assert_eq!(classify(&doc, 0..5, usize::MAX), SourceKind::Anonymous);
    }
}
