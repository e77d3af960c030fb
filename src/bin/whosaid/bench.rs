//! `whosaid bench`: how fast the analysis runs on this machine.

use std::time::{Duration, Instant};

/// Parses the arguments, builds the text and prints the timing.
pub fn run(args: &[String]) -> Result<(), String> {
    let mut words: Option<usize> = None;
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
                    .ok_or("--seconds needs a number")?
            }
            f if f.starts_with('-') && f != "-" => return Err(format!("unknown option '{f}'")),
            f => files.push(f.to_string()),
        }
    }
    if files.is_empty() {
        return Err("bench needs at least one FILE".into());
    }
    let mut text = String::new();
    for f in &files {
        text.push_str(&crate::read_input(f)?);
        text.push_str("\n\n");
    }
    if let Some(target) = words {
        text = repeat_to_words(&text, target);
    }
    let analysis = whosaid::analyze(&text);
    let budget = Duration::from_secs_f64(seconds);
    let start = Instant::now();
    let mut runs = 0u32;
    while runs < 3 || start.elapsed() < budget {
        std::hint::black_box(whosaid::analyze(std::hint::black_box(&text)));
        runs += 1;
    }
    let elapsed = start.elapsed().as_secs_f64();
    let per_run = elapsed / f64::from(runs);
    println!(
        "words={} bytes={} runs={} ms_per_run={:.3} mb_per_s={:.1}",
        analysis.summary.words,
        text.len(),
        runs,
        per_run * 1e3,
        text.len() as f64 / 1e6 / per_run
    );
    Ok(())
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
