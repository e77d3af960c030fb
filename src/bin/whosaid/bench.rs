//! `whosaid bench`: how fast the analysis runs on this machine.
//!
//! Three modes. With `--words N` (or no mode option) it times the FILEs joined
//! into one text and prints one line. With `--articles` it analyses each input
//! in turn, pass after pass, so no text repeats back to back (the fair figure
//! for real articles: a processor learns a small text analysed over and over). With `--sizes 1K,10K,...` it builds one
//! text of each size by concatenating the inputs (the FILEs, or the PolNeAR
//! texts of `--polnear DIR`), repeated as needed and cut at a char boundary,
//! and prints a table, or JSON with `--json` (what `scripts/plot-scaling.py`
//! reads).

use std::path::Path;
use std::time::{Duration, Instant};

const BENCH_USAGE: &str = "\
Usage:
  whosaid bench [--words N] [--seconds S] FILE...
  whosaid bench --articles [--seconds S] (--polnear DIR | FILE...)
  whosaid bench --sizes 1K,10K,100K,1M,10M [--seconds S] [--json] (--polnear DIR | FILE...)

--words N      repeat the joined FILEs to about N words; prints one line
--articles     analyse each input in turn, pass after pass; prints one line with
               the median and fastest pass in MB/s
--sizes LIST   sizes in bytes, with K (1,000) or M (1,000,000) suffixes; prints a
               table, one row per size, of runs, milliseconds per run and MB/s
--polnear DIR  the inputs are DIR/text/*.txt (or DIR/*.txt), e.g. the PolNeAR
               dev split, in file-name order
--seconds S    time budget per measurement (default 2). Runs go in batches of
               about 10 ms; the table gives the median batch and the fastest
               (\"best\", the least disturbed on a busy machine)
--json         with --sizes: print the table as one JSON object
";

/// Parses the arguments, builds the text and prints the timing.
pub fn run(args: &[String]) -> Result<(), String> {
    let mut words: Option<usize> = None;
    let mut sizes: Option<Vec<usize>> = None;
    let mut polnear: Option<String> = None;
    let mut json = false;
    let mut articles = false;
    let mut seconds = 2.0f64;
    let mut files = Vec::new();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--words" => {
                words = Some(
                    it.next()
                        .and_then(|v| v.parse().ok())
                        .ok_or("--words needs a number")?,
                )
            }
            "--seconds" => {
                seconds = it
                    .next()
                    .and_then(|v| v.parse().ok())
                    .filter(|s: &f64| s.is_finite() && *s >= 0.0)
                    .ok_or("--seconds needs a number")?
            }
            "--sizes" => {
                let list = it.next().ok_or("--sizes needs a list such as 1K,1M")?;
                sizes = Some(parse_sizes(list)?);
            }
            "--polnear" => polnear = Some(it.next().ok_or("--polnear needs a DIR")?.clone()),
            "--json" => json = true,
            "--articles" => articles = true,
            "-h" | "--help" => {
                print!("{BENCH_USAGE}");
                return Ok(());
            }
            f if f.starts_with('-') && f != "-" => return Err(format!("unknown option '{f}'")),
            f => files.push(f.to_string()),
        }
    }
    let mut texts = Vec::new();
    if let Some(dir) = &polnear {
        texts = read_polnear(Path::new(dir))?;
    }
    for f in &files {
        texts.push(crate::read_input(f)?);
    }
    if texts.is_empty() {
        return Err("bench needs at least one FILE, or --polnear DIR".into());
    }
    let budget = Duration::from_secs_f64(seconds);
    if articles {
        if words.is_some() || sizes.is_some() || json {
            return Err("--articles goes alone with --seconds".into());
        }
        print_passes(&texts, budget);
        return Ok(());
    }
    match sizes {
        Some(sizes) => {
            if words.is_some() {
                return Err("--words and --sizes do not go together".into());
            }
            let source = texts.join("\n\n");
            if source.is_empty() {
                return Err("bench: the inputs are empty".into());
            }
            let rows: Vec<Row> = sizes
                .iter()
                .map(|&size| {
                    let text = crate::sizes::text_of_size(&source, size);
                    let (runs, per_run, best) = time(&text, budget);
                    Row {
                        size,
                        bytes: text.len(),
                        words: text.split_whitespace().count(),
                        runs,
                        per_run,
                        best,
                    }
                })
                .inspect(|row| {
                    if !json {
                        print_row(row);
                    }
                })
                .collect();
            if json {
                print_json(&rows);
            }
        }
        None => {
            if json {
                return Err("--json needs --sizes".into());
            }
            let mut text = String::new();
            for t in &texts {
                text.push_str(t);
                text.push_str("\n\n");
            }
            if let Some(target) = words {
                text = repeat_to_words(&text, target);
            }
            let analysis = whosaid::analyze(&text);
            let (runs, per_run, _) = time(&text, budget);
            println!(
                "words={} bytes={} runs={} ms_per_run={:.3} mb_per_s={:.1}",
                analysis.summary.words,
                text.len(),
                runs,
                per_run * 1e3,
                text.len() as f64 / 1e6 / per_run
            );
        }
    }
    Ok(())
}

/// One measured size.
struct Row {
    size: usize,
    bytes: usize,
    words: usize,
    runs: u32,
    /// Seconds per run, median batch.
    per_run: f64,
    /// Seconds per run, fastest batch.
    best: f64,
}

impl Row {
    fn mb_per_s(&self) -> f64 {
        self.bytes as f64 / 1e6 / self.per_run
    }

    fn best_mb_per_s(&self) -> f64 {
        self.bytes as f64 / 1e6 / self.best
    }
}

fn print_row(row: &Row) {
    // The header goes with the first row, so that each row appears as soon as it is measured.
    static HEADER: std::sync::Once = std::sync::Once::new();
    HEADER.call_once(|| {
        println!(
            "{:>6} {:>10} {:>9} {:>6} {:>12} {:>8} {:>12} {:>9}",
            "size", "bytes", "words", "runs", "ms_per_run", "MB/s", "best_ms", "best_MB/s"
        )
    });
    println!(
        "{:>6} {:>10} {:>9} {:>6} {:>12.3} {:>8.1} {:>12.3} {:>9.1}",
        size_name(row.size),
        row.bytes,
        row.words,
        row.runs,
        row.per_run * 1e3,
        row.mb_per_s(),
        row.best * 1e3,
        row.best_mb_per_s()
    );
}

fn print_json(rows: &[Row]) {
    let results: Vec<serde_json::Value> = rows
        .iter()
        .map(|r| {
            serde_json::json!({
                "size": size_name(r.size),
                "bytes": r.bytes,
                "words": r.words,
                "runs": r.runs,
                "ms_per_run": r.per_run * 1e3,
                "mb_per_s": r.mb_per_s(),
                "best_ms_per_run": r.best * 1e3,
                "best_mb_per_s": r.best_mb_per_s(),
            })
        })
        .collect();
    let out = serde_json::json!({
        "whosaid": env!("CARGO_PKG_VERSION"),
        "target": "native",
        "results": results,
    });
    println!("{out}");
}

/// Times the analysis of `text` for about `budget`, after one warm-up run, in
/// batches of about 10 ms (at least 3 batches, of at least one run each).
/// Returns the number of runs, and the seconds per run of the median batch and
/// of the fastest one: on a busy machine the fastest is the least disturbed.
fn time(text: &str, budget: Duration) -> (u32, f64, f64) {
    let warm = Instant::now();
    std::hint::black_box(whosaid::analyze(std::hint::black_box(text)));
    let once = warm.elapsed().as_secs_f64().max(1e-7);
    let batch = ((0.010 / once) as u32).clamp(1, 100_000);
    let per_run = samples(budget, || {
        let t = Instant::now();
        for _ in 0..batch {
            std::hint::black_box(whosaid::analyze(std::hint::black_box(text)));
        }
        t.elapsed().as_secs_f64() / f64::from(batch)
    });
    let runs = batch * per_run.len() as u32;
    (runs, per_run[per_run.len() / 2], per_run[0])
}

/// Calls `measure` (which returns seconds) for about `budget`, at least three
/// times, and returns its results sorted, fastest first.
fn samples(budget: Duration, mut measure: impl FnMut() -> f64) -> Vec<f64> {
    let start = Instant::now();
    let mut times = Vec::new();
    while times.len() < 3 || start.elapsed() < budget {
        times.push(measure());
    }
    times.sort_by(f64::total_cmp);
    times
}

/// Analyses every text in turn, pass after pass, for about `budget` (at least
/// three passes after a warm-up pass), and prints the median and fastest pass.
fn print_passes(texts: &[String], budget: Duration) {
    let bytes: usize = texts.iter().map(String::len).sum();
    let pass = || {
        let t = Instant::now();
        for text in texts {
            std::hint::black_box(whosaid::analyze(std::hint::black_box(text)));
        }
        t.elapsed().as_secs_f64().max(1e-9)
    };
    pass();
    let times = samples(budget, pass);
    let mb = |secs: f64| bytes as f64 / 1e6 / secs;
    println!(
        "articles={} bytes={} passes={} mb_per_s={:.1} best_mb_per_s={:.1}",
        texts.len(),
        bytes,
        times.len(),
        mb(times[times.len() / 2]),
        mb(times[0])
    );
}

/// "1K,10K,1M,10M,4096" → bytes (K = 1,000, M = 1,000,000, as for MB/s).
fn parse_sizes(list: &str) -> Result<Vec<usize>, String> {
    list.split(',')
        .map(|s| {
            let s = s.trim();
            let (digits, unit) = match s.chars().last() {
                Some('K' | 'k') => (&s[..s.len() - 1], 1_000),
                Some('M' | 'm') => (&s[..s.len() - 1], 1_000_000),
                _ => (s, 1),
            };
            digits
                .parse::<usize>()
                .ok()
                .filter(|&n| n > 0)
                .and_then(|n| n.checked_mul(unit))
                .filter(|&n| n <= whosaid::MAX_INPUT_BYTES)
                .ok_or_else(|| {
                    format!("--sizes: '{s}' is not a size such as 10K or 1M (at most 32 MiB)")
                })
        })
        .collect()
}

/// 1000 → "1K", 10_000_000 → "10M", 4096 → "4096".
fn size_name(size: usize) -> String {
    if size >= 1_000_000 && size % 1_000_000 == 0 {
        format!("{}M", size / 1_000_000)
    } else if size >= 1_000 && size % 1_000 == 0 {
        format!("{}K", size / 1_000)
    } else {
        size.to_string()
    }
}

/// The `*.txt` files of `dir/text/` (PolNeAR's layout) or else of `dir`, in name order.
fn read_polnear(dir: &Path) -> Result<Vec<String>, String> {
    let text_dir = dir.join("text");
    let dir = if text_dir.is_dir() {
        text_dir
    } else {
        dir.to_path_buf()
    };
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(format!("{}: no .txt files", dir.display()));
    }
    paths
        .iter()
        .map(|p| crate::read_input(&p.to_string_lossy()))
        .collect()
}

/// `text` repeated, cut at a paragraph break, until it has about `target` words.
fn repeat_to_words(text: &str, target: usize) -> String {
    let words = text.split_whitespace().count().max(1);
    let mut out = String::new();
    let mut have = 0;
    while have + words <= target {
        out.push_str(text);
        have += words;
    }
    if have < target {
        // Add whole paragraphs of one more copy until the target is reached.
        for paragraph in text.split("\n\n") {
            if have >= target {
                break;
            }
            out.push_str(paragraph);
            out.push_str("\n\n");
            have += paragraph.split_whitespace().count();
        }
    }
    out
}
