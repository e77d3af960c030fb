//! Poll attributions: "In a CNN poll released Monday, 50 percent chose Clinton",
//! "Trump holds a lead in the polls".
//!
//! **What it detects.** "in" followed, within a few words and no punctuation,
//! by "poll", "polls", "survey" or "surveys". The poll is the source and "in"
//! the cue, as the PolNeAR guidelines mark it. Opening the sentence, the
//! claim is the clause after the comma; closing it, the clause before "in".
//!
//! **Why it matters.** Poll figures are claims with a source, though no
//! reporting verb is written; a reader should see which poll says so.
//!
//! **Traps it avoids.** "in polling places", "in the poll tax" (the noun must
//! end the phrase or be followed by a comma, "released", "conducted", "by",
//! "of" or the sentence's end), polls inside quotations, and polls in
//! general closing a sentence ("she leads in the polls").

use crate::doc::Doc;
use std::ops::Range;

/// Nouns that make "in ..." a poll's attribution.
const POLLS: [&str; 4] = ["poll", "polls", "survey", "surveys"];

/// Words that show "in ..." is not a poll's name: "in eight states where
/// exit polls were conducted", "in the hours before the polls close".
const CLAUSE_WORDS: [&str; 8] = [
    "where", "that", "which", "when", "before", "after", "hours", "of",
];

/// Where a poll attribution sits in its sentence.
pub(crate) enum Place {
    /// "In a poll ..., CLAUSE": the content starts at this token.
    Opening(usize),
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
        if doc.low(i) != "in" {
            continue;
        }
        // (An "in" with no poll after it leaves the next one to be tried.)
        let Some(head) = (i + 1..end.min(i + 7))
            .take_while(|&j| doc.punct(j).is_none() || doc.is_punct_in(j, "-/&.'’"))
            .take_while(|&j| !CLAUSE_WORDS.contains(&doc.low(j)))
            .find(|&j| POLLS.contains(&doc.low(j)))
        else {
            continue;
        };
        let opening = i == body;
        let mut stop = head + 1;
        if opening {
            // The source runs to the comma: "In a poll released Monday by CNN,".
            stop = (head + 1..end.min(head + 12)).find(|&j| doc.punct(j) == Some(','))?;
            let content = stop + 1;
            return (content < last).then_some((i, i + 1..stop, Place::Opening(content)));
        }
        let closes = stop >= last
            || doc.punct(stop) == Some(',')
            || matches!(
                doc.low(stop),
                "released" | "conducted" | "by" | "of" | "published"
            );
        // "leads in the polls", "ahead in national polls": polls in general,
        // named by nothing after them, back no claim of their own (6 of 41
        // such cues gold on PolNeAR train). "In exit polls, ..." opening the
        // sentence and "in polls conducted by ..." still frame their clause.
        let plural = doc.low(head).ends_with('s') && (stop >= last || doc.punct(stop).is_some());
        if closes && i > body + 2 && !plural {
            if stop < last && doc.punct(stop) != Some(',') {
                stop = (stop..last)
                    .find(|&j| doc.punct(j) == Some(','))
                    .unwrap_or(last);
            }
            return Some((i, i + 1..stop, Place::Closing));
        }
    }
    None
}
