//! `whosaid eval hedges [FILE...]`: hedge accuracy on our labelled sentences.
//!
//! Reads the labelled sentences (by default every `tests/hedges/*.txt`; see
//! `docs/hedges.md` for the format), analyses each sentence alone, and prints
//! cue-level precision, recall and F1 under exact and overlap matching,
//! category, `in_quote` and `whose` agreement, sentence-level figures, a
//! table per category, and the strengths of the found cues and hedge levels
//! of the sentences. `--errors` lists the missed, spurious and mismatched cues grouped
//! by cue words, biggest group first; `--json` prints the figures as JSON;
//! `--polnear DIR` adds the PolNeAR false-positive check.

use crate::hedges_data::{self, Labelled};
use crate::hedges_polnear::{self, PolnearCheck};
use crate::hedges_score::{self, CategoryRow, ErrorCue, Prf, Score};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;
use whosaid::{HedgeLevel, HedgeStrength};

const USAGE: &str =
    "usage: whosaid eval hedges [--dir DIR] [--json] [--errors] [--polnear DIR] [FILE...]";

struct Options {
    files: Vec<PathBuf>,
    dir: Option<PathBuf>,
    json: bool,
    errors: bool,
    polnear: Option<PathBuf>,
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        files: Vec::new(),
        dir: None,
        json: false,
        errors: false,
        polnear: None,
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .map(PathBuf::from)
                .ok_or(format!("{name} needs a value\n{USAGE}"))
        };
        match arg.as_str() {
            "--json" => o.json = true,
            "--errors" => o.errors = true,
            "--dir" => o.dir = Some(value("--dir")?),
            "--polnear" => o.polnear = Some(value("--polnear")?),
            "-h" | "--help" => return Err(USAGE.into()),
            f if f.starts_with('-') => return Err(format!("unknown option '{f}'\n{USAGE}")),
            f => o.files.push(PathBuf::from(f)),
        }
    }
    Ok(o)
}

/// The figures, as printed by `--json`.
#[derive(Serialize)]
struct Figures<'a> {
    files: Vec<String>,
    sentences: usize,
    gold_cues: usize,
    found_cues: usize,
    cue_exact: Prf,
    cue_overlap: Prf,
    category_agreement: f64,
    in_quote_agreement: f64,
    whose_agreement: f64,
    sentence: Prf,
    strengths: BTreeMap<&'static str, usize>,
    sentence_levels: BTreeMap<&'static str, usize>,
    categories: &'a [CategoryRow],
    polnear: Option<PolnearCheck>,
    #[serde(skip_serializing_if = "Option::is_none")]
    errors: Option<BTreeMap<&'static str, Vec<JsonError>>>,
}

#[derive(Serialize)]
struct JsonError {
    origin: String,
    sentence: String,
    cue: String,
    category: &'static str,
    in_quote: bool,
    whose: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    found: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    found_category: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    found_in_quote: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    found_whose: Option<&'static str>,
}

/// Runs the evaluation.
pub fn run(args: &[String]) -> Result<(), String> {
    let o = parse(args)?;
    let files = if o.files.is_empty() {
        hedges_data::files_in(&o.dir.clone().unwrap_or_else(hedges_data::default_dir))?
    } else {
        o.files.clone()
    };
    let data = hedges_data::load(&files)?;
    let score = hedges_score::score(&data);
    let polnear = o
        .polnear
        .as_deref()
        .map(hedges_polnear::check)
        .transpose()?;
    let share = |(a, b): (usize, usize)| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    if o.json {
        let figures = Figures {
            files: files.iter().map(|f| f.display().to_string()).collect(),
            sentences: score.sentences,
            gold_cues: score.gold,
            found_cues: score.found,
            cue_exact: score.exact,
            cue_overlap: score.overlap,
            category_agreement: share(score.category_agree),
            in_quote_agreement: share(score.quote_agree),
            whose_agreement: share(score.whose_agree),
            sentence: score.sentence,
            strengths: HedgeStrength::ALL
                .iter()
                .zip(score.strengths)
                .map(|(s, n)| (s.name(), n))
                .collect(),
            sentence_levels: HedgeLevel::ALL
                .iter()
                .zip(score.levels)
                .map(|(l, n)| (l.name(), n))
                .collect(),
            categories: &score.categories,
            polnear,
            errors: o.errors.then(|| json_errors(&data, &score)),
        };
        let text = serde_json::to_string_pretty(&figures).map_err(|e| e.to_string())?;
        println!("{text}");
        return Ok(());
    }
    print_figures(&files, &score, polnear.as_ref());
    if o.errors {
        print_errors(&data, &score);
    }
    Ok(())
}

fn print_figures(files: &[PathBuf], s: &Score, polnear: Option<&PolnearCheck>) {
    let row = |name: &str, p: &Prf| {
        println!(
            "  {name:<15} {:>6.3} {:>6.3} {:>6.3}   (tp {}, fp {}, fn {})",
            p.precision, p.recall, p.f1, p.tp, p.fp, p.fn_
        )
    };
    println!(
        "Hedges: {} sentences from {} files, {} cues marked, {} found",
        s.sentences,
        files.len(),
        s.gold,
        s.found
    );
    println!("  {:<15} {:>6} {:>6} {:>6}", "", "P", "R", "F1");
    row("cues, exact", &s.exact);
    row("cues, overlap", &s.overlap);
    row("sentences", &s.sentence);
    let agree = |name: &str, (a, b): (usize, usize)| {
        let share = if b == 0 { 1.0 } else { a as f64 / b as f64 };
        println!("  {name:<19} {share:.3} ({a} of {b} overlap matches)");
    };
    agree("category agreement", s.category_agree);
    agree("in_quote agreement", s.quote_agree);
    agree("whose agreement", s.whose_agree);
    let [weak, moderate, strong] = s.strengths;
    println!("  found cues by strength: {weak} weak, {moderate} moderate, {strong} strong");
    let [_, light, moderate, heavy] = s.levels;
    println!(
        "  sentences by hedge level: {light} light, {moderate} moderate, {heavy} heavy, {} none",
        s.levels[0]
    );
    println!();
    println!(
        "  {:<13} {:>6} {:>6} {:>7} {:>6} {:>6} {:>6}",
        "category", "marked", "found", "R(any)", "P", "R", "F1"
    );
    for c in &s.categories {
        let any = if c.gold == 0 {
            1.0
        } else {
            c.matched_any as f64 / c.gold as f64
        };
        println!(
            "  {:<13} {:>6} {:>6} {:>7.3} {:>6.3} {:>6.3} {:>6.3}",
            c.category, c.gold, c.found, any, c.prf.precision, c.prf.recall, c.prf.f1
        );
    }
    println!("  (overlap matching; P/R/F1 count a match only when both sides have the category)");
    if let Some(p) = polnear {
        println!();
        println!(
            "PolNeAR check: {} articles, {} sentences, {} with no hedge-lexicon word",
            p.articles, p.sentences, p.clean_sentences
        );
        println!(
            "  flagged among those: {} ({:.3}; target at most 0.050)",
            p.clean_flagged, p.share
        );
        println!(
            "  flagged among all sentences: {} ({:.3})",
            p.all_flagged, p.all_share
        );
    }
}

/// The error lists by kind, in a fixed order.
fn kinds(s: &Score) -> [(&'static str, &[ErrorCue]); 6] {
    [
        ("missed", &s.missed),
        ("spurious", &s.spurious),
        ("boundary", &s.boundary),
        ("category", &s.category),
        ("in_quote", &s.quote),
        ("whose", &s.whose),
    ]
}

/// The group an error belongs to, for the printed list.
fn group_key(kind: &str, text: &str, e: &ErrorCue) -> String {
    let cue = hedges_score::key(text, e.span);
    match (kind, e.other) {
        ("boundary", Some((span, _, _, _))) => {
            format!("marked '{cue}', found '{}'", hedges_score::key(text, span))
        }
        ("category", Some((_, cat, _, _))) => {
            format!("'{cue}' marked {}, found {}", e.category.name(), cat.name())
        }
        ("in_quote", _) => format!(
            "'{cue}' marked {}",
            if e.in_quote {
                "in a quote"
            } else {
                "outside quotes"
            }
        ),
        ("whose", Some((_, _, _, found))) => format!(
            "'{cue}' marked the {}'s, found the {}'s",
            e.whose.name(),
            found.name()
        ),
        _ => format!("'{cue}' ({})", e.category.name()),
    }
}

fn bracketed(text: &str, e: &ErrorCue) -> String {
    let (a, b) = (e.span.start, e.span.end);
    format!("{}[{}]{}", &text[..a], &text[a..b], &text[b..])
}

fn print_errors(data: &[Labelled], s: &Score) {
    for (kind, list) in kinds(s) {
        println!();
        println!("== {kind}: {} ==", list.len());
        let mut groups: BTreeMap<String, Vec<&ErrorCue>> = BTreeMap::new();
        for e in list {
            let text = &data[e.sentence].text;
            groups.entry(group_key(kind, text, e)).or_default().push(e);
        }
        let mut groups: Vec<_> = groups.into_iter().collect();
        groups.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
        for (key, errors) in groups {
            println!("  {key}  x{}", errors.len());
            for e in errors {
                let item = &data[e.sentence];
                println!("    {}  {}", item.origin, bracketed(&item.text, e));
            }
        }
    }
}

fn json_errors(data: &[Labelled], s: &Score) -> BTreeMap<&'static str, Vec<JsonError>> {
    kinds(s)
        .into_iter()
        .map(|(kind, list)| {
            let errors = list
                .iter()
                .map(|e| {
                    let item = &data[e.sentence];
                    JsonError {
                        origin: item.origin.clone(),
                        sentence: item.text.clone(),
                        cue: item.text.as_str()[e.span].to_string(),
                        category: e.category.name(),
                        in_quote: e.in_quote,
                        whose: e.whose.name(),
                        found: e.other.map(|o| item.text.as_str()[o.0].to_string()),
                        found_category: e.other.map(|o| o.1.name()),
                        found_in_quote: e.other.map(|o| o.2),
                        found_whose: e.other.map(|o| o.3.name()),
                    }
                })
                .collect();
            (kind, errors)
        })
        .collect()
}
