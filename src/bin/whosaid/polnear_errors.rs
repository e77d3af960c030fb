//! `whosaid eval polnear DIR --errors FILE`: what went wrong, article by article.
//!
//! Under exact matching every gold span that no prediction equals is an error,
//! and so is every prediction that equals no gold span. They fall into three
//! shapes, per span type:
//! - **boundary**: a gold span and a prediction overlap but differ; they are
//!   paired one to one (as in the overlap score) and described by how the
//!   prediction's ends differ: "too long at start, too short at end";
//! - **missed**: a gold span left with no overlapping prediction;
//! - **spurious**: a prediction left with no overlapping gold span.
//!
//! The listing opens with counts by type and shape and the most frequent
//! missed and spurious cue words, then lists each article's errors grouped the
//! same way, with a few words of context. The file quotes the articles, so
//! write it outside the repository (e.g. under `target/`).

use crate::polnear::{distinct, Item, Kind, Roles};
use crate::score::{self, AlnumSet};
use std::collections::HashMap;
use std::fmt::Write;

/// One error of one article.
pub struct ErrorRecord {
    article: String,
    kind: Kind,
    shape: String,
    gold: Option<String>,
    predicted: Option<String>,
    context: String,
    position: usize,
}

/// The errors of one article, under exact matching.
pub fn collect(article: &str, text: &str, gold: &[Roles], predicted: &[Roles]) -> Vec<ErrorRecord> {
    let mut out = Vec::new();
    for kind in Kind::ALL {
        let gold = distinct(gold, kind);
        let predicted = distinct(predicted, kind);
        let sets = |items: &[&Item]| items.iter().map(|i| i.set.clone()).collect::<Vec<_>>();
        let (gold_sets, predicted_sets) = (sets(&gold), sets(&predicted));
        let exact = score::exact(&gold_sets, &predicted_sets);
        let mut predicted_used = vec![false; predicted.len()];
        for p in exact.iter().flatten() {
            predicted_used[*p] = true;
        }
        let gold_left: Vec<usize> = (0..gold.len()).filter(|&g| exact[g].is_none()).collect();
        let predicted_left: Vec<usize> = (0..predicted.len())
            .filter(|&p| !predicted_used[p])
            .collect();
        let pairs = score::overlap(gold_left.len(), predicted_left.len(), |g, p| {
            gold_sets[gold_left[g]].shared(&predicted_sets[predicted_left[p]])
        });
        let mut gold_paired = vec![false; gold_left.len()];
        let mut predicted_paired = vec![false; predicted_left.len()];
        let record = |shape: String, g: Option<&Item>, p: Option<&Item>| {
            let mut pieces: Vec<(usize, usize)> = Vec::new();
            pieces.extend(g.iter().flat_map(|i| i.pieces.iter()));
            pieces.extend(p.iter().flat_map(|i| i.pieces.iter()));
            let start = pieces.iter().map(|p| p.0).min().unwrap_or(0);
            let end = pieces.iter().map(|p| p.1).max().unwrap_or(0);
            ErrorRecord {
                article: article.to_string(),
                kind,
                shape,
                gold: g.map(|i| span_text(text, &i.pieces)),
                predicted: p.map(|i| span_text(text, &i.pieces)),
                context: context(text, start, end),
                position: start,
            }
        };
        for &(g, p) in &pairs {
            gold_paired[g] = true;
            predicted_paired[p] = true;
            let (g, p) = (gold[gold_left[g]], predicted[predicted_left[p]]);
            out.push(record(boundary_shape(&g.set, &p.set), Some(g), Some(p)));
        }
        for (i, &g) in gold_left.iter().enumerate() {
            if !gold_paired[i] {
                out.push(record("missed".into(), Some(gold[g]), None));
            }
        }
        for (i, &p) in predicted_left.iter().enumerate() {
            if !predicted_paired[i] {
                out.push(record("spurious".into(), None, Some(predicted[p])));
            }
        }
    }
    out
}

/// How a prediction's ends differ from the gold span's it overlaps.
fn boundary_shape(gold: &AlnumSet, predicted: &AlnumSet) -> String {
    let (g, p) = (gold.bounds(), predicted.bounds());
    let mut parts = Vec::new();
    match p.0.cmp(&g.0) {
        std::cmp::Ordering::Less => parts.push("too long at start"),
        std::cmp::Ordering::Greater => parts.push("too short at start"),
        std::cmp::Ordering::Equal => {}
    }
    match p.1.cmp(&g.1) {
        std::cmp::Ordering::Greater => parts.push("too long at end"),
        std::cmp::Ordering::Less => parts.push("too short at end"),
        std::cmp::Ordering::Equal => {}
    }
    if parts.is_empty() {
        parts.push("same ends, gaps differ");
    }
    format!("boundary: {}", parts.join(", "))
}

/// A span's text on one line; the pieces of a discontinuous span joined by " … ".
fn span_text(text: &str, pieces: &[(usize, usize)]) -> String {
    let parts: Vec<String> = pieces.iter().map(|&(s, e)| one_line(&text[s..e])).collect();
    parts.join(" … ")
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Up to six words either side of `start..end`, with the span marked `[[...]]`.
fn context(text: &str, start: usize, end: usize) -> String {
    const WORDS: usize = 6;
    let window = 120;
    let mut from = start.saturating_sub(window);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (end + window).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let before: Vec<&str> = text[from..start].split_whitespace().collect();
    let after: Vec<&str> = text[end..to].split_whitespace().collect();
    let before = before[before.len().saturating_sub(WORDS)..].join(" ");
    let after = after[..after.len().min(WORDS)].join(" ");
    // Keep the span glued to its neighbours when the text has no space there.
    let gap_before = if text[..start].ends_with(char::is_whitespace) {
        " "
    } else {
        ""
    };
    let gap_after = if text[end..].starts_with(char::is_whitespace) {
        " "
    } else {
        ""
    };
    let span = one_line(&text[start..end]);
    format!("…{before}{gap_before}[[{span}]]{gap_after}{after}…")
}

/// Lowercase words without punctuation: "Continued:" and "continued" count together.
fn normalized(s: &str) -> String {
    let kept: String = s
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '\'' {
                c
            } else {
                ' '
            }
        })
        .collect();
    one_line(&kept).to_lowercase()
}

/// Counts, sorted by decreasing count then key.
fn ranked<'a>(keys: impl Iterator<Item = String> + 'a) -> Vec<(String, usize)> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for key in keys {
        *counts.entry(key).or_default() += 1;
    }
    let mut ranked: Vec<(String, usize)> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    ranked
}

/// The whole listing: a summary, then each article's errors.
pub fn listing(split: &str, records: &[ErrorRecord]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "PolNeAR {split}: errors under exact matching (a span is its alphanumeric characters)\n\
         boundary = a prediction overlaps the gold span but differs; missed = no overlapping prediction;\n\
         spurious = no overlapping gold span. [[...]] marks the span(s) in their context.\n"
    );
    let shapes = ranked(
        records
            .iter()
            .map(|r| format!("{}\t{}", r.kind.name(), r.shape)),
    );
    let rank: HashMap<&str, usize> = shapes
        .iter()
        .enumerate()
        .map(|(i, (key, _))| (key.as_str(), i))
        .collect();
    for kind in Kind::ALL {
        let total = records.iter().filter(|r| r.kind == kind).count();
        let _ = writeln!(out, "{} errors: {total}", kind.name());
        for (key, n) in &shapes {
            if let Some(shape) = key
                .strip_prefix(kind.name())
                .and_then(|k| k.strip_prefix('\t'))
            {
                let _ = writeln!(out, "  {n:>6}  {shape}");
            }
        }
    }
    let cue_words = |shape: &str, side: fn(&ErrorRecord) -> &Option<String>| {
        ranked(
            records
                .iter()
                .filter(|r| r.kind == Kind::Cue && r.shape == shape)
                .filter_map(|r| side(r).as_deref().map(normalized)),
        )
    };
    let mut top = |title: &str, list: Vec<(String, usize)>| {
        let _ = writeln!(out, "\n{title}:");
        for (word, n) in list.iter().take(40) {
            let _ = writeln!(out, "  {n:>6}  {word}");
        }
    };
    top(
        "most frequent missed cue words",
        cue_words("missed", |r| &r.gold),
    );
    top(
        "most frequent spurious cue words",
        cue_words("spurious", |r| &r.predicted),
    );
    top(
        "most frequent cue boundary errors (gold -> predicted)",
        ranked(
            records
                .iter()
                .filter(|r| r.kind == Kind::Cue && r.shape.starts_with("boundary"))
                .map(|r| {
                    let side = |s: &Option<String>| normalized(s.as_deref().unwrap_or(""));
                    format!("{} -> {}", side(&r.gold), side(&r.predicted))
                }),
        ),
    );

    let mut sorted: Vec<&ErrorRecord> = records.iter().collect();
    let shape_rank = |r: &ErrorRecord| rank[format!("{}\t{}", r.kind.name(), r.shape).as_str()];
    sorted.sort_by(|a, b| {
        (a.article.as_str(), a.kind, shape_rank(a), a.position).cmp(&(
            b.article.as_str(),
            b.kind,
            shape_rank(b),
            b.position,
        ))
    });
    let mut current = "";
    for r in sorted {
        if r.article != current {
            current = &r.article;
            let n = records.iter().filter(|x| x.article == r.article).count();
            let _ = writeln!(out, "\n== {current} ({n} errors)");
        }
        let side = |label: &str, s: &Option<String>| {
            s.as_deref()
                .map(|s| format!("  {label} «{s}»"))
                .unwrap_or_default()
        };
        let _ = writeln!(
            out,
            "{:<8} {:<45}{}{}\n           {}",
            r.kind.name(),
            r.shape,
            side("gold", &r.gold),
            side("predicted", &r.predicted),
            r.context
        );
    }
    out
}
