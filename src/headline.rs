//! Headline attributions: "Graham: Trump's rhetoric is destroying the party".
//!
//! **What it detects.** A sentence that opens with a short capitalised name
//! (one to five words: "John McCain", "Clinton camp", "NY Daily News"), then a
//! colon, then the claim. Headlines and social cards credit claims this way.
//!
//! **Why it matters.** The colon is the cue: the name is the source and what
//! follows is its claim, though no reporting verb is written.
//!
//! So does an author's name after a dash, before a colon and a quotation:
//! "TURNOUT ROSE IN THE SUBURBS - Ann Ode: “The lines were long.”"
//!
//! In the title of an article the name may bring its topic or listener
//! before the colon: "Ruiz on the Budget: ...", "Ruiz to Teachers: ...".
//!
//! A title may also tell what a name will do, with "to" and a verb: "Ruiz
//! to sign budget bill" (the cue is "to sign").
//!
//! A one-word name in capitals further down a text is a speaker in a
//! transcript: "RUIZ: We will keep the clinic open."
//!
//! **Traps it avoids.** Labels that are not speakers ("UPDATE:", "WATCH:",
//! "Editor's note:", "Q:", "Question:", "BYLINE:"), one-word datelines in
//! capitals at the top of a text ("WASHINGTON:"), times ("11:40"), lowercase openings ("Wait, it gets
//! better:"), and a place heading a list of names ("Ohio: Tim Ode, Ann
//! Park, ...").
//!
//! It also tells a headline in title case ("New Poll Shows Large Gap"),
//! whose capitalized object attribution.rs takes for the claim.

use crate::doc::Doc;
use crate::vocab::w;
use crate::words::listed;
use std::ops::Range;

/// The longest name a headline credits: "Former Secretary of State Ann Marlow".
const MAX_NAME: usize = 5;

/// How many tokens before its colon a title names its source and topic.
const MAX_TITLE: usize = 12;

/// How many tokens from the top of a text a dateline may stand.
const TOP: usize = 60;

/// Labels that stand before a colon without being a speaker.
const LABELS: [&str; 47] = [
    "update",
    "updated",
    "watch",
    "video",
    "photo",
    "photos",
    "read",
    "related",
    "breaking",
    "exclusive",
    "note",
    "editor",
    "correction",
    "source",
    "sources",
    "q",
    "a",
    "image",
    "credit",
    "live",
    "analysis",
    "opinion",
    "transcript",
    "full",
    "contributing",
    "revealed",
    "bombshell",
    "wow",
    "latest",
    "guide",
    "email",
    "newsletter",
    "listen",
    "timeline",
    "recap",
    "warning",
    "question",
    "answer",
    "name",
    "remember",
    "paid",
    "look",
    "leaked",
    "byline",
    "busted",
    "boom",
    "clarification",
];

/// Words that make a capitalised run a headline, not a name: "Nurse Steps
/// Forward With Plan", "Fix Is In".
const NOT_IN_NAMES: [&str; 12] = [
    "is", "are", "was", "with", "for", "to", "in", "on", "at", "by", "from", "after",
];

/// A headline attribution in the sentence `tokens`: the source tokens, the
/// cue tokens (a colon, or "to" and a verb) and the token the content starts at.
pub(crate) fn find(doc: &Doc, tokens: Range<usize>) -> Option<(Range<usize>, Range<usize>, usize)> {
    let colon = at_start(doc, tokens.clone()).or_else(|| after_dash(doc, tokens.clone()));
    colon
        .map(|(name, colon, from)| (name, colon..colon + 1, from))
        .or_else(|| to_come(doc, tokens))
}

/// "Ruiz to sign budget", "Unions to rally for Ruiz": a title that opens
/// with a name, then "to" and a verb in lowercase, tells what the name will
/// do, and PolNeAR counts "to" and the verb as the cue, with "for" when it
/// follows (6 of 10 such titles on train; the rest have no attribution).
fn to_come(doc: &Doc, tokens: Range<usize>) -> Option<(Range<usize>, Range<usize>, usize)> {
    let first = tokens.start;
    let to = (first..tokens.end.min(first + MAX_NAME + 1))
        .find(|&j| !(doc.is_cap(j) || doc.is_punct_in(j, ",.")))?;
    let verb = to + 1;
    // (Not "Hold Ruiz to her word": a determiner makes "to" a preposition.)
    let det = matches!(
        doc.id(verb),
        w::THE
            | w::A
            | w::AN
            | w::HER
            | w::HIS
            | w::THEIR
            | w::ITS
            | w::OUR
            | w::MY
            | w::YOUR
            | w::THIS
    );
    if first != 0 || to == first || doc.raw(to) != "to" || !doc.is_lower_word(verb) || det {
        return None;
    }
    let end = verb + 1 + usize::from(doc.is(verb + 1, w::FOR));
    // (A title is one clause: not "According to polls taken in May, ...".)
    let clause = !(end..tokens.end).any(|j| doc.punct(j) == Some(','));
    (end < tokens.end && clause).then_some((first..to, to..end, end))
}

/// "Graham: the party cannot win": the name opens the sentence.
fn at_start(doc: &Doc, tokens: Range<usize>) -> Option<(Range<usize>, usize, usize)> {
    let first = tokens.start;
    // The title of the article names a topic or a listener too: "Ruiz on
    // the Budget: ...", "Ruiz to Voters: ..." (5 of 5 such titles are gold
    // cues on PolNeAR train, 4 of 5 sources the name before the word).
    let title = first == 0;
    let limit = tokens
        .end
        .min(first + if title { MAX_TITLE } else { MAX_NAME + 2 });
    let colon = (first..limit).find(|&j| {
        doc.punct(j)
            .is_some_and(|c| c != '.' && c != '-' && c != '’' && c != '\'')
    })?;
    if doc.punct(colon) != Some(':') || colon == first || colon + 1 >= tokens.end {
        return None;
    }
    let about = (first + 1..colon).find(|&j| title && matches!(doc.id(j), w::ON | w::TO | w::AT));
    let name = first..about.unwrap_or(colon);
    if name.len() > MAX_NAME + 1 {
        return None;
    }
    let capitalised = name.clone().all(|j| {
        doc.is_cap(j)
            || doc.punct(j).is_some()
            || matches!(
                doc.id(j),
                w::OF | w::THE | w::CURLY_CLITIC_S | w::CLITIC_S | w::CAMP | w::CAMPAIGN
            )
    });
    let words = name.clone().filter(|&j| doc.is_word(j)).count();
    let label = name
        .clone()
        .any(|j| listed(&LABELS, doc.low(j)) || listed(&NOT_IN_NAMES, doc.low(j)));
    // A one-word name in capitals at the top of an article is a dateline:
    // "WASHINGTON:"; further down, a speaker in a transcript ("TAPPER:
    // Do you think ...", 10 of 10 on PolNeAR train once labels are left out).
    let shouting = words == 1 && doc.raw(first).chars().all(|c| !c.is_lowercase());
    let dateline = shouting && first < TOP;
    let opens = doc.is_cap(colon + 1) || doc.is_punct_in(colon + 1, "\"“‘'");
    let names = list_of_names(doc, colon + 1..tokens.end);
    (capitalised && words >= 1 && doc.is_cap(first) && !label && !dateline && opens && !names)
        .then_some((name, colon, colon + 1))
}

/// "Turnout rose in the suburbs - Ann Ode: “The lines were ...”": a
/// headline, a dash, the author's name, a colon and a quotation from the
/// piece (8 of 9 such colons are gold cues on PolNeAR train).
fn after_dash(doc: &Doc, tokens: Range<usize>) -> Option<(Range<usize>, usize, usize)> {
    let scan = tokens.start..tokens.end.min(tokens.start + 80);
    let colon = scan
        .clone()
        .find(|&j| doc.punct(j) == Some(':') && doc.is_punct_in(j + 1, "“\""))?;
    let dash = (tokens.start.max(colon.saturating_sub(MAX_NAME + 3))..colon)
        .rev()
        .find(|&j| doc.is_punct_in(j, "-—–"))?;
    let name = dash + 1..colon;
    let words = name.clone().filter(|&j| doc.is_word(j)).count();
    let named = name
        .clone()
        .all(|j| doc.is_cap(j) || source_title_period(doc, j) || doc.is(j, w::AND));
    (dash > tokens.start && (1..=MAX_NAME).contains(&words) && doc.is_cap(dash + 1) && named)
        .then_some((name, colon, colon + 1))
}

/// Whether token `j` is the period of an initial ("Harold T. Biggs").
fn source_title_period(doc: &Doc, j: usize) -> bool {
    doc.punct(j) == Some('.') && j > 0 && doc.raw(j - 1).len() == 1
}

/// The most tokens a headline in title case has.
const MAX_HEADLINE: usize = 40;

/// Short words a title-case headline leaves in lowercase: "Ruiz Leads in
/// the Polls".
pub(crate) const SMALL_WORDS: [&str; 17] = [
    "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "but", "at", "by", "with",
    "from", "as", "vs",
];

/// Whether the sentence `tokens` is a headline in title case ("New Poll
/// Shows Large Gap"): at least three words besides [`SMALL_WORDS`], and all
/// of them capitalized but one in ten at most.
pub(crate) fn title_case(doc: &Doc, tokens: Range<usize>) -> bool {
    // (Headlines are short; the bound keeps a sentence with many cues linear.)
    if tokens.len() > MAX_HEADLINE {
        return false;
    }
    let (mut words, mut caps) = (0, 0);
    for j in tokens {
        if !doc.is_word(j) || listed(&SMALL_WORDS, doc.low(j)) {
            continue;
        }
        words += 1;
        if doc.is_cap(j) {
            caps += 1;
        }
    }
    words >= 3 && caps * 10 >= words * 9
}

/// Whether `tokens` are a list of names and no claim: "Iowa: Ann Ruiz, Ben
/// Ode, Cal Park, ..." (three names or more, each of capitalized words).
fn list_of_names(doc: &Doc, tokens: Range<usize>) -> bool {
    let (mut names, mut words) = (0, 0);
    for j in tokens {
        if doc.punct(j) == Some(',') {
            if words == 0 {
                return false;
            }
            names += 1;
            words = 0;
        } else if doc.is_word(j) {
            // ("Ed Ruiz Jr.", "Ann de Vries", "Tim O'Hara".)
            let particle = doc.low(j).len() <= 3 && doc.is_lower_word(j);
            if !(doc.is_cap(j) || particle) || words == 5 {
                return false;
            }
            words += 1;
        } else if doc.is_punct_in(j, ":;\"“”") {
            return false;
        }
    }
    names >= 2
}
