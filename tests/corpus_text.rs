//! Guard test: no text of the PolNeAR articles in the repository.
//!
//! PolNeAR's articles are copyrighted news; whosaid is tuned on them but
//! never copies them: every example, comment, test sentence and sample is
//! written for this project. This test reads the train and dev articles at
//! run time (from `<crate>/../shared/corpus/polnear`, as `tests/polnear.rs`
//! does) and fails when a file of the repository shares a run of
//! [`RUN`] words with any of them, naming the file, the line and the words.
//! Without the corpus it is skipped.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::hash_map::DefaultHasher;
use std::collections::HashSet;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

/// How many words in a row make a copy. Seven-word runs are shared by
/// chance with news idiom ("spoke on condition of anonymity because they");
/// eight rarely are, and every copied example seen so far had more.
const RUN: usize = 8;

/// Folders that hold no file of ours: build outputs, installed packages,
/// fuzzing's generated inputs.
const SKIP_DIRS: [&str; 9] = [
    ".git",
    "target",
    "node_modules",
    "pkg",
    "dist",
    "corpus",
    "artifacts",
    "coverage",
    "test-results",
];

/// Extensions of the files we write by hand.
const TEXT_FILES: [&str; 14] = [
    "rs", "txt", "md", "js", "mjs", "html", "css", "json", "toml", "py", "sh", "expected", "yml",
    "svg",
];

/// The lowercase ASCII words and numbers of `text`, with the line each is on.
fn words(text: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        for w in line
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            out.push((w.to_ascii_lowercase(), n + 1));
        }
    }
    out
}

fn run_hash(run: &[(String, usize)]) -> u64 {
    let mut h = DefaultHasher::new();
    for (w, _) in run {
        w.hash(&mut h);
    }
    h.finish()
}

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            if !SKIP_DIRS.contains(&name.as_str()) {
                files_under(&path, out);
            }
        } else if path
            .extension()
            .is_some_and(|x| TEXT_FILES.contains(&x.to_string_lossy().as_ref()))
        {
            out.push(path);
        }
    }
}

#[test]
fn no_corpus_text_in_the_repository() {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = crate_dir.join("../shared/corpus/polnear");
    let mut articles = Vec::new();
    for split in ["train", "dev"] {
        files_under(&corpus.join(split).join("text"), &mut articles);
    }
    if articles.is_empty() {
        println!("skipped: PolNeAR corpus not found at {}", corpus.display());
        return;
    }
    let mut runs = HashSet::new();
    for article in &articles {
        let text = std::fs::read_to_string(article).unwrap_or_default();
        runs.extend(words(&text).windows(RUN).map(run_hash));
    }

    let mut ours = Vec::new();
    files_under(crate_dir, &mut ours);
    ours.sort();
    let mut copies = Vec::new();
    for file in &ours {
        let Ok(text) = std::fs::read_to_string(file) else {
            continue;
        };
        let words = words(&text);
        let mut i = 0;
        while i + RUN <= words.len() {
            if runs.contains(&run_hash(&words[i..i + RUN])) {
                let shown: Vec<&str> = words[i..i + RUN].iter().map(|(w, _)| w.as_str()).collect();
                copies.push(format!(
                    "{}:{}: {}",
                    file.strip_prefix(crate_dir).unwrap_or(file).display(),
                    words[i].1,
                    shown.join(" ")
                ));
                i += RUN;
            } else {
                i += 1;
            }
        }
    }
    println!(
        "{} files checked against {} PolNeAR articles",
        ours.len(),
        articles.len()
    );
    assert!(
        copies.is_empty(),
        "{} runs of {RUN} words copied from PolNeAR articles (write our own examples):\n{}",
        copies.len(),
        copies.join("\n")
    );
}
