//! The brat standoff files of PolNeAR: text-bound spans (`T`) and the events
//! (`E`) that tie one attribution's source, cue and content together. Fields
//! are separated by tabs (shown here as two spaces):
//!
//! ```text
//! T19  Source 439 452  The president
//! T20  Cue 453 457  told
//! T22  Attribution 453 457  told
//! E5  Attribution:T22 Content:T21 Cue:T20 Source:T19
//! ```
//!
//! Offsets are Unicode code points, end exclusive; a discontinuous span lists
//! its ranges joined by `;`. A span's text may run over several lines, so any
//! line that is not a well-formed `T` or `E` line is skipped, as are notes
//! (`#`), unknown labels ("Discuss") and unknown roles.

use std::collections::HashMap;

/// Code-point ranges, half-open; empty when the role is missing.
pub type Pieces = Vec<(usize, usize)>;

/// One gold attribution: the ranges of its source, cue and content.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GoldAttribution {
    /// The source's ranges (empty for an attribution without a source).
    pub source: Pieces,
    /// The cue's ranges.
    pub cue: Pieces,
    /// The content's ranges: `Content` and any `Content2`, together.
    pub content: Pieces,
}

/// What one annotation file holds that the evaluation uses.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Annotation {
    /// The attributions, in file order.
    pub attributions: Vec<GoldAttribution>,
    /// The ranges labelled `Discard`.
    pub discards: Pieces,
}

/// Parses one `.ann` file.
pub fn parse(ann: &str) -> Annotation {
    let mut spans: HashMap<&str, Pieces> = HashMap::new();
    let mut annotation = Annotation::default();
    let mut events = Vec::new();
    for line in ann.lines() {
        let mut fields = line.split('\t');
        let (Some(id), Some(body)) = (fields.next(), fields.next()) else {
            continue;
        };
        if let Some(number) = id.strip_prefix('T') {
            if !is_number(number) {
                continue;
            }
            let Some((label, ranges)) = body.split_once(' ') else {
                continue;
            };
            let Some(pieces) = parse_ranges(ranges) else {
                continue;
            };
            if label == "Discard" {
                annotation.discards.extend_from_slice(&pieces);
            }
            spans.insert(id, pieces);
        } else if id.strip_prefix('E').is_some_and(is_number) {
            events.push(body);
        }
    }
    for body in events {
        let mut attribution = GoldAttribution::default();
        for argument in body.split(' ') {
            let Some((role, target)) = argument.split_once(':') else {
                continue;
            };
            let Some(pieces) = spans.get(target) else {
                continue;
            };
            // "Content2" is a second content of the same attribution.
            let slot = match role.trim_end_matches(|c: char| c.is_ascii_digit()) {
                "Source" => &mut attribution.source,
                "Cue" => &mut attribution.cue,
                "Content" => &mut attribution.content,
                _ => continue,
            };
            slot.extend_from_slice(pieces);
        }
        annotation.attributions.push(attribution);
    }
    annotation
}

fn is_number(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// `START END[;START END...]`, or `None` if malformed.
fn parse_ranges(ranges: &str) -> Option<Pieces> {
    ranges
        .split(';')
        .map(|range| {
            let (start, end) = range.trim().split_once(' ')?;
            let (start, end) = (start.parse().ok()?, end.parse().ok()?);
            (start <= end).then_some((start, end))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_tie_spans_and_odd_lines_are_skipped() {
        let ann = "T1\tSource 0 5\tAlice\n\
                   T2\tCue 6 10\tsaid\n\
                   T3\tContent 11 20;25 30\tmany words\nThe second line of a span\n\
                   T4\tAttribution 6 10\tsaid\n\
                   T5\tDiscard 40 50\tnote\n\
                   T6\tDiscuss 0 5\tAlice\n\
                   T7\tContent 31 35\tmore\n\
                   #1\tAnnotatorNotes T3\ta note\n\
                   E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1 Content2:T7\n\
                   E2\tAttribution-no-source:T4 Cue:T2 Content:T99\n";
        let annotation = parse(ann);
        assert_eq!(annotation.discards, vec![(40, 50)]);
        assert_eq!(
            annotation.attributions,
            vec![
                GoldAttribution {
                    source: vec![(0, 5)],
                    cue: vec![(6, 10)],
                    content: vec![(11, 20), (25, 30), (31, 35)],
                },
                GoldAttribution {
                    source: vec![],
                    cue: vec![(6, 10)],
                    content: vec![],
                },
            ]
        );
    }
}
