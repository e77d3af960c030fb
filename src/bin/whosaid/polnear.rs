//! `whosaid eval polnear DIR`: attribution accuracy on the PolNeAR corpus.
//!
//! Reads `DIR/text/NAME.txt` and `DIR/attributions/NAME_ANNOTATOR.ann`, with
//! `DIR/../metadata.tsv` naming each article's annotators, analyses every
//! article and scores the source, cue and content spans of its attributions
//! against the gold ones: precision, recall and F1 under exact and overlap
//! matching, micro-averaged over the articles (see `score` and
//! docs/accuracy.md). `--json` prints the figures as one object, `--errors
//! FILE` writes a per-article listing of the mistakes, and `--write-baseline
//! FILE` records the figures the guard test (tests/polnear.rs) compares with.
//! `--agreement` scores people instead of whosaid: on every article two
//! annotators marked, the second one's attributions against the first's, the
//! human ceiling to read the figures against.

use crate::polnear_brat::{self, GoldAttribution, Pieces};
use crate::polnear_errors::{self, ErrorRecord};
use crate::polnear_report::Report;
use crate::score::{self, AlnumSet, Counts, Positions};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// A span type that is scored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// Who is credited.
    Source,
    /// The words that signal the attribution.
    Cue,
    /// What is credited.
    Content,
}

impl Kind {
    /// Every kind, in display order.
    pub const ALL: [Kind; 3] = [Kind::Source, Kind::Cue, Kind::Content];

    /// The lowercase name.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Source => "source",
            Kind::Cue => "cue",
            Kind::Content => "content",
        }
    }
}

/// One span to score: its alphanumeric positions and the byte ranges it covers.
pub struct Item {
    /// Alphanumeric positions, discarded regions removed; never empty.
    pub set: AlnumSet,
    /// UTF-8 byte ranges in the article.
    pub pieces: Pieces,
}

/// One attribution, gold or predicted; a role is `None` when missing,
/// discarded, or without an alphanumeric character.
#[derive(Default)]
pub struct Roles {
    source: Option<Item>,
    cue: Option<Item>,
    content: Option<Item>,
}

impl Roles {
    fn get(&self, kind: Kind) -> Option<&Item> {
        match kind {
            Kind::Source => self.source.as_ref(),
            Kind::Cue => self.cue.as_ref(),
            Kind::Content => self.content.as_ref(),
        }
    }
}

/// The distinct spans of one kind among `attributions` (the same span shared
/// by two attributions counts once).
pub fn distinct(attributions: &[Roles], kind: Kind) -> Vec<&Item> {
    let items: Vec<&Item> = attributions.iter().filter_map(|a| a.get(kind)).collect();
    score::distinct(items.iter().map(|item| item.set.clone()))
        .into_iter()
        .map(|(i, _)| items[i])
        .collect()
}

struct Options {
    dir: PathBuf,
    json: bool,
    agreement: bool,
    errors: Option<PathBuf>,
    baseline: Option<PathBuf>,
}

fn parse_options(args: &[String]) -> Result<Options, String> {
    const USAGE: &str =
        "usage: whosaid eval polnear DIR [--json] [--errors FILE] [--write-baseline FILE] [--agreement]";
    let (mut dir, mut json, mut errors, mut baseline) = (None, false, None, None);
    let mut agreement = false;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = |flag: &str| {
            it.next()
                .map(PathBuf::from)
                .ok_or(format!("{flag} needs a file name\n{USAGE}"))
        };
        match arg.as_str() {
            "--json" => json = true,
            "--agreement" => agreement = true,
            "--errors" => errors = Some(value("--errors")?),
            "--write-baseline" => baseline = Some(value("--write-baseline")?),
            flag if flag.starts_with('-') => {
                return Err(format!("unknown option '{flag}'\n{USAGE}"))
            }
            _ if dir.is_some() => return Err(format!("only one DIR, please\n{USAGE}")),
            _ => dir = Some(PathBuf::from(arg)),
        }
    }
    Ok(Options {
        dir: dir.ok_or(format!("eval polnear needs a DIR\n{USAGE}"))?,
        json,
        agreement,
        errors,
        baseline,
    })
}

/// One article: its name and the annotation file chosen for it.
struct Article {
    name: String,
    text: PathBuf,
    ann: PathBuf,
    /// The annotation of the annotator listed next, when two marked the article.
    second: Option<PathBuf>,
}

/// Lists the articles of `dir`, each with the annotation of the annotator id
/// that sorts first among those metadata.tsv lists for it and that has a file.
fn articles(dir: &Path) -> Result<Vec<Article>, String> {
    let metadata_path = dir.join("..").join("metadata.tsv");
    let metadata = std::fs::read_to_string(&metadata_path)
        .map_err(|e| format!("{}: {e}", metadata_path.display()))?;
    let mut lines = metadata.lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    let column = |name: &str| {
        header
            .iter()
            .position(|h| *h == name)
            .ok_or(format!("{}: no '{name}' column", metadata_path.display()))
    };
    let (filename, annotators) = (column("filename")?, column("annotators")?);
    let mut listed: HashMap<&str, Vec<&str>> = HashMap::new();
    for line in lines {
        let fields: Vec<&str> = line.split('\t').collect();
        if let (Some(name), Some(ids)) = (fields.get(filename), fields.get(annotators)) {
            let mut ids: Vec<&str> = ids.split('|').map(str::trim).collect();
            ids.sort_unstable();
            listed.insert(name.trim_end_matches(".txt"), ids);
        }
    }

    let text_dir = dir.join("text");
    let ann_dir = dir.join("attributions");
    let mut ann_files: Vec<String> = std::fs::read_dir(&ann_dir)
        .map_err(|e| format!("{}: {e}", ann_dir.display()))?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".ann"))
        .collect();
    ann_files.sort_unstable();
    let mut names: Vec<String> = std::fs::read_dir(&text_dir)
        .map_err(|e| format!("{}: {e}", text_dir.display()))?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter_map(|name| name.strip_suffix(".txt").map(str::to_string))
        .collect();
    names.sort_unstable();

    let mut out = Vec::with_capacity(names.len());
    for name in names {
        let has = |id: &str| ann_files.binary_search(&format!("{name}_{id}.ann")).is_ok();
        let mut with_file = listed
            .get(name.as_str())
            .into_iter()
            .flatten()
            .filter(|id| has(id))
            .map(|id| format!("{name}_{id}.ann"));
        let chosen = match listed.get(name.as_str()) {
            Some(_) => with_file.next(),
            // Not in the metadata: the first annotator's file by name.
            None => ann_files
                .iter()
                .find(|f| {
                    f.strip_prefix(name.as_str())
                        .and_then(|rest| rest.strip_prefix('_'))
                        .is_some_and(|rest| !rest[..rest.len() - 4].contains('_'))
                })
                .cloned(),
        };
        let ann = chosen.ok_or(format!(
            "{}: no annotation for {name} by an annotator listed in metadata.tsv",
            ann_dir.display()
        ))?;
        let second = with_file.next().map(|file| ann_dir.join(file));
        out.push(Article {
            text: text_dir.join(format!("{name}.txt")),
            ann: ann_dir.join(ann),
            second,
            name,
        });
    }
    if out.is_empty() {
        return Err(format!("{}: no articles", text_dir.display()));
    }
    Ok(out)
}

/// Everything one article adds to the totals.
#[derive(Default)]
pub struct Tally {
    /// Exact-match counts per kind, in [`Kind::ALL`] order.
    pub exact: [Counts; 3],
    /// Overlap-match counts per kind.
    pub overlap: [Counts; 3],
    /// Gold attributions (after discards).
    pub gold_attributions: usize,
    /// Predicted attributions (after discards).
    pub predicted_attributions: usize,
    /// Gold attributions fully matched by one predicted attribution.
    pub fully_matched: usize,
}

impl Tally {
    fn add(&mut self, other: &Tally) {
        for i in 0..3 {
            self.exact[i].add(other.exact[i]);
            self.overlap[i].add(other.overlap[i]);
        }
        self.gold_attributions += other.gold_attributions;
        self.predicted_attributions += other.predicted_attributions;
        self.fully_matched += other.fully_matched;
    }
}

/// One article's text and gold annotation, ready to turn attributions into
/// scored [`Roles`] with the gold's discarded regions removed.
struct Scoring {
    positions: Positions,
    discard: AlnumSet,
    gold: Vec<GoldAttribution>,
}

impl Scoring {
    fn new(text: &str, ann: &str) -> Scoring {
        let positions = Positions::new(text);
        let annotation = polnear_brat::parse(ann);
        let discard = positions.set(&bytes_of(&positions, &annotation.discards));
        Scoring {
            positions,
            discard,
            gold: annotation.attributions,
        }
    }

    fn item(&self, pieces: Pieces) -> (bool, Option<Item>) {
        let whole = self.positions.set(&pieces);
        let set = whole.minus(&self.discard);
        let discarded = !whole.is_empty() && set.is_empty();
        (discarded, (!set.is_empty()).then_some(Item { set, pieces }))
    }

    /// An attribution from byte ranges; `None` when its cue lies in a
    /// discarded region (it is dropped whole).
    fn roles(&self, source: Pieces, cue: Pieces, content: Pieces) -> Option<Roles> {
        let (cue_discarded, cue) = self.item(cue);
        (!cue_discarded).then(|| Roles {
            source: self.item(source).1,
            cue,
            content: self.item(content).1,
        })
    }

    /// Annotated attributions (code-point ranges) as scored roles.
    fn annotated(&self, attributions: &[GoldAttribution]) -> Vec<Roles> {
        let bytes = |pieces: &Pieces| bytes_of(&self.positions, pieces);
        attributions
            .iter()
            .filter_map(|a| self.roles(bytes(&a.source), bytes(&a.cue), bytes(&a.content)))
            .collect()
    }

    fn gold(&self) -> Vec<Roles> {
        self.annotated(&self.gold)
    }

    /// Another annotator's attributions of the same text.
    fn other(&self, ann: &str) -> Vec<Roles> {
        self.annotated(&polnear_brat::parse(ann).attributions)
    }

    fn predicted(&self, analysis: &whosaid::Analysis) -> Vec<Roles> {
        let one = |span: Option<whosaid::Span>| span.map_or(Vec::new(), |s| vec![(s.start, s.end)]);
        analysis
            .attributions
            .iter()
            // A relayed source ("Reuters, citing an informant") is scored by its main span.
            .filter_map(|a| {
                self.roles(
                    one(a.source.map(|s| s.span)),
                    one(Some(a.cue)),
                    // A discontinuous content is scored as the union of its parts.
                    a.content
                        .iter()
                        .chain(&a.more_content)
                        .map(|s| (s.start, s.end))
                        .collect(),
                )
            })
            .collect()
    }
}

/// Code-point ranges as UTF-8 byte ranges.
fn bytes_of(positions: &Positions, pieces: &Pieces) -> Pieces {
    pieces
        .iter()
        .map(|&(s, e)| (positions.byte_of_char(s), positions.byte_of_char(e)))
        .collect()
}

/// Scores one article.
fn tally(gold: &[Roles], predicted: &[Roles]) -> Tally {
    let mut tally = Tally {
        gold_attributions: gold.len(),
        predicted_attributions: predicted.len(),
        ..Tally::default()
    };
    for (i, kind) in Kind::ALL.into_iter().enumerate() {
        let gold_sets: Vec<AlnumSet> = distinct(gold, kind).iter().map(|i| i.set.clone()).collect();
        let predicted_sets: Vec<AlnumSet> = distinct(predicted, kind)
            .iter()
            .map(|i| i.set.clone())
            .collect();
        let (g, p) = (gold_sets.len(), predicted_sets.len());
        let exact = score::exact(&gold_sets, &predicted_sets);
        let overlap = score::overlap(g, p, |a, b| gold_sets[a].shared(&predicted_sets[b]));
        tally.exact[i] = Counts {
            gold: g,
            predicted: p,
            matched: exact.iter().flatten().count(),
        };
        tally.overlap[i] = Counts {
            gold: g,
            predicted: p,
            matched: overlap.len(),
        };
    }
    // Attribution level: every role overlaps, or is missing on both sides.
    let fit = |g: usize, p: usize| -> u32 {
        let mut total = 1;
        for kind in Kind::ALL {
            match (gold[g].get(kind), predicted[p].get(kind)) {
                (None, None) => {}
                (Some(a), Some(b)) => match a.set.shared(&b.set) {
                    0 => return 0,
                    n => total += n,
                },
                _ => return 0,
            }
        }
        total
    };
    tally.fully_matched = score::overlap(gold.len(), predicted.len(), fit).len();
    tally
}

/// Runs the evaluation.
pub fn run(args: &[String]) -> Result<(), String> {
    let options = parse_options(args)?;
    let dir = &options.dir;
    let articles = articles(dir)?;
    let split = dir
        .canonicalize()
        .ok()
        .and_then(|d| Some(d.file_name()?.to_string_lossy().into_owned()))
        .unwrap_or_else(|| dir.display().to_string());

    if options.agreement && options.baseline.is_some() {
        return Err("--write-baseline records whosaid's figures, not --agreement's".into());
    }
    let read =
        |path: &Path| std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()));

    let mut total = Tally::default();
    // With --agreement, whosaid on the same articles as the second annotator.
    let mut ours = Tally::default();
    let mut records: Vec<ErrorRecord> = Vec::new();
    let (mut bytes, mut elapsed, mut scored) = (0usize, Duration::ZERO, 0usize);
    for article in &articles {
        if options.agreement && article.second.is_none() {
            continue;
        }
        let text = crate::read_input(&article.text.to_string_lossy())?;
        let scoring = Scoring::new(&text, &read(&article.ann)?);
        let gold = scoring.gold();
        let started = Instant::now();
        let analysis = whosaid::analyze(&text);
        elapsed += started.elapsed();
        bytes += text.len();
        let mut predicted = scoring.predicted(&analysis);
        if let Some(second) = article.second.as_ref().filter(|_| options.agreement) {
            // People instead of whosaid: the second annotator against the first.
            ours.add(&tally(&gold, &predicted));
            predicted = scoring.other(&read(second)?);
        }
        scored += 1;
        total.add(&tally(&gold, &predicted));
        if options.errors.is_some() {
            records.extend(polnear_errors::collect(
                &article.name,
                &text,
                &gold,
                &predicted,
            ));
        }
    }

    if scored == 0 {
        return Err(format!(
            "{}: no article has a second annotator",
            dir.display()
        ));
    }
    let seconds = elapsed.as_secs_f64();
    let mut report = Report::new(split.clone(), scored, &total, bytes, seconds);
    if options.agreement {
        report = report.between_annotators(Report::new(split, scored, &ours, bytes, seconds));
    }
    if let Some(path) = &options.errors {
        let listing = polnear_errors::listing(report.split(), &records);
        std::fs::write(path, listing).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    if let Some(path) = &options.baseline {
        std::fs::write(path, report.baseline(dir))
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    if options.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?
        );
    } else {
        print!("{}", report.table());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use whosaid::{Analysis, Attribution, Source, SourceKind, Span};

    fn attribution(text: &str, source: &str, cue: &str, content: &str) -> Attribution {
        let span = |s: &str| {
            let start = text.find(s).unwrap();
            Span {
                start,
                end: start + s.len(),
            }
        };
        Attribution {
            cue: span(cue),
            source: (!source.is_empty()).then(|| Source {
                span: span(source),
                kind: SourceKind::Named,
                resolved_kind: None,
                antecedent: None,
                via: None,
                anonymity: None,
            }),
            content: (!content.is_empty()).then(|| span(content)),
            more_content: Vec::new(),
            sentence: 0,
        }
    }

    #[test]
    fn discards_matchings_and_full_attributions() {
        // Code points: "Zoë" makes byte and code-point offsets differ.
        let text = "Zoë said the plan works. Note: Bo said no.";
        let ann = "T1\tSource 0 3\tZoë\n\
                   T2\tCue 4 8\tsaid\n\
                   T3\tContent 9 23\tthe plan works\n\
                   E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n\
                   T4\tDiscard 25 42\tNote: Bo said no.\n\
                   T5\tSource 31 33\tBo\n\
                   T6\tCue 34 38\tsaid\n\
                   E2\tAttribution:T6 Source:T5 Cue:T6\n";
        let analysis = Analysis {
            attributions: vec![
                attribution(text, "Zoë", "said the", "plan works."),
                attribution(text, "Bo", "said no", "no"),
            ],
            ..Analysis::default()
        };
        let scoring = Scoring::new(text, ann);
        let (gold, predicted) = (scoring.gold(), scoring.predicted(&analysis));
        // The note's attribution is dropped on both sides.
        assert_eq!((gold.len(), predicted.len()), (1, 1));
        let t = tally(&gold, &predicted);
        let matched = |c: [Counts; 3]| c.map(|c| c.matched);
        assert_eq!(matched(t.exact), [1, 0, 0]);
        assert_eq!(matched(t.overlap), [1, 1, 1]);
        assert_eq!(t.fully_matched, 1);
        // A missing gold content is matched only by a missing prediction.
        let analysis = Analysis {
            attributions: vec![attribution(text, "Zoë", "said", "")],
            ..Analysis::default()
        };
        let predicted = scoring.predicted(&analysis);
        assert_eq!(tally(&gold, &predicted).fully_matched, 0);
    }
}
