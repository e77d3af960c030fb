//! Poll attributions: "In a CNN poll released Monday, 50 percent chose Clinton",
//! "Okafor leads by nine points in a new state poll".
//!
//! **What it detects.** "in" followed, within eleven words and no
//! punctuation but a name's ("a Quinlan/Metro poll"), by "poll", "polls",
//! "survey" or "surveys", past an "of" only after "average" ("in the
//! Metro average of state polls": 3 of 5 on train). The poll is the source
//! and "in" the cue, as the PolNeAR guidelines mark it. Opening the
//! sentence, the claim is the rest of the sentence after the comma, all of
//! it the poll's figures ("..., while ...", "...; ..."); closing it, the
//! clause before "in".
//!
//! **Why it matters.** Poll figures are claims with a source, though no
//! reporting verb is written; a reader should see which poll says so.
//!
//! **Traps it avoids.** "in polling places", "in the poll tax" (the noun must
//! end the phrase or be followed by a comma, "released", "conducted", "by",
//! "of", a date ("last month", which ends the source: 2 of 3 on train) or
//! the sentence's end; "by" and a margin ends the source too), polls in
//! general closing a sentence ("a lead in the polls", "ahead in national
//! polls", which annotators mark 2 times in 28), "voters surveyed in the
//! poll", polls that are voting ("in Ohio head to the polls", "as polls
//! closed": 2 on train, both wrong), and polls inside quotations.

use crate::doc::Doc;
use crate::vocab::w;
use crate::words::listed;
use std::ops::Range;

/// Nouns that make "in ..." a poll's attribution.
const POLLS: [&str; 4] = ["poll", "polls", "survey", "surveys"];

/// Words that show "in ..." is not a poll's name: "in six counties where
/// exit polls were taken", "in the hours before the polls close"; a second
/// "in" is tried on its own ("has closed in on the mayor in the Metro
/// poll": the first "in" is a particle).
const CLAUSE_WORDS: [&str; 9] = [
    "where", "that", "which", "when", "before", "after", "hours", "of", "in",
];

/// Whether the poll noun at `j` (after an "in" at least) means voting, not a
/// survey: "voters in Ohio head to the polls", "in a memo released as
/// polls closed".
fn voting(doc: &Doc, j: usize) -> bool {
    doc.is(j - 1, w::THE) && doc.is(j - 2, w::TO)
        || matches!(
            doc.id(j + 1),
            w::CLOSE | w::CLOSED | w::CLOSING | w::OPEN | w::OPENED
        )
}

/// Whether the "of" at `j` names the polls an average is taken from: "in
/// the Metro average of state polls" (3 of 3 gold on train).
fn average_of(doc: &Doc, j: usize) -> bool {
    doc.is(j, w::OF) && doc.is(j - 1, w::AVERAGE)
}

/// Where a poll attribution sits in its sentence.
pub(crate) enum Place {
    /// "In a poll ..., CLAUSE": the content, to the sentence's end.
    Opening(Range<usize>),
    /// "CLAUSE in a poll": the content ends before "in".
    Closing,
}

/// A poll attribution in the sentence `tokens` (a body starting at `body`):
/// the "in" token, the source tokens and where the content is.
pub(crate) fn find(
    doc: &Doc,
    tokens: Range<usize>,
    body: usize,
) -> Option<(usize, Range<usize>, Place)> {
    let end = tokens.end;
    let mut last = end;
    while last > tokens.start && doc.punct(last - 1).is_some() {
        last -= 1;
    }
    for i in tokens.clone() {
        if !doc.is(i, w::IN) {
            continue;
        }
        // (An "in" with no poll after it leaves the next one to be tried.)
        let Some(head) = (i + 1..end.min(i + 12))
            .take_while(|&j| doc.punct(j).is_none() || doc.is_punct_in(j, "-/&.'’"))
            .take_while(|&j| !listed(&CLAUSE_WORDS, doc.low(j)) || average_of(doc, j))
            .find(|&j| listed(&POLLS, doc.low(j)) && !voting(doc, j))
        else {
            continue;
        };
        let opening = i == body;
        let mut stop = head + 1;
        if opening {
            // The source runs to the comma: "In a poll released Monday by CNN,".
            stop = (head + 1..end.min(head + 12)).find(|&j| doc.punct(j) == Some(','))?;
            // "In the Metro poll, conducted in May, ...": the aside is the
            // poll's (2 sources more exact on train, 1 on dev).
            let aside = matches!(
                doc.id(stop + 1),
                w::CONDUCTED | w::RELEASED | w::TAKEN | w::PUBLISHED
            );
            if let Some(next) = (stop + 2..end.min(stop + 14))
                .find(|&j| doc.punct(j) == Some(','))
                .filter(|_| aside)
            {
                stop = next;
            }
            let content = stop + 1;
            return (content < last).then_some((i, i + 1..stop, Place::Opening(content..last)));
        }
        let closes = stop >= last
            || doc.punct(stop) == Some(',')
            || matches!(
                doc.id(stop),
                w::RELEASED | w::CONDUCTED | w::BY | w::OF | w::PUBLISHED | w::THIS | w::LAST
            );
        // "a lead in the polls", "ahead in national polls": polls in
        // general, named by no pollster, date, figure or words after them
        // ("conducted after the debate"), are no source
        // PolNeAR marks (2 of 28 such cues on train); nor are the polls
        // "voters surveyed in" ("surveyed in the poll" is the poll's own
        // wording, 0 of 3).
        let general = matches!(doc.id(head), w::POLLS | w::SURVEYS)
            && (stop >= last || doc.punct(stop).is_some())
            && !(i + 1..stop).any(|j| doc.is_cap(j) || doc.is_number(j));
        let surveyed = matches!(doc.id(i - 1), w::SURVEYED | w::POLLED | w::PARTICIPATED);
        if closes && i > body + 2 && !general && !surveyed {
            // "in the Metro poll by nine points": a margin, not a pollster,
            // so the source ends at "by".
            let margin =
                doc.is(stop, w::BY) && (stop + 1..last.min(stop + 3)).any(|j| doc.is_number(j));
            if matches!(doc.id(stop), w::THIS | w::LAST) {
                // "in a Harlow poll last month has ...": the date ends the
                // source, as PolNeAR marks it.
                stop = last.min(stop + 2);
            } else if stop < last && doc.punct(stop) != Some(',') && !margin {
                stop = (stop..last)
                    .find(|&j| doc.punct(j) == Some(','))
                    .unwrap_or(last);
            }
            return Some((i, i + 1..stop, Place::Closing));
        }
    }
    None
}
