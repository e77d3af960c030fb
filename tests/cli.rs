//! The `whosaid` command line, run as a user would.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn whosaid(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("whosaid runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn golden(name: &str) -> String {
    format!("{}/tests/golden/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn json_from_stdin_has_byte_offsets_and_exact_text() {
    let text = "😀 The deal could collapse, an unnamed official said.";
    let out = whosaid(&["analyze", "--format", "json"], text);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["offsets"], "utf8");
    let a = &v["attributions"][0];
    assert_eq!(a["source"]["kind"], "anonymous");
    for span in [&a["cue"], &a["source"], &a["content"], &v["hedges"][0]] {
        let (s, e) = (
            span["start"].as_u64().unwrap() as usize,
            span["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(span["text"], &text[s..e]);
    }
}

#[test]
fn several_files_give_json_lines_with_file() {
    let (a, b) = (golden("wire-ceasefire.txt"), golden("campaign-trail.txt"));
    let out = whosaid(&["analyze", "-f", "json", &a, &b], "");
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["file"], a.as_str());
    assert_eq!(lines[1]["file"], b.as_str());
    assert!(lines[0]["summary"]["attributions"].as_u64().unwrap() > 0);
}

#[test]
fn pretty_prints_text_and_report() {
    let out = whosaid(
        &["analyze", "--format=pretty", &golden("wire-ceasefire.txt")],
        "",
    );
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("Ceasefire Talks Stall"));
    assert!(s.contains("whosaid report"));
    assert!(s.contains("anonymous  a person familiar with the talks"));
    assert!(!s.contains('\x1b'), "NO_COLOR and a pipe mean no colour");
    let coloured = whosaid(
        &["analyze", "-f", "pretty", "--color", "always", "-"],
        "Officials reportedly said so.",
    );
    assert!(String::from_utf8(coloured.stdout)
        .unwrap()
        .contains("\x1b["));
}

#[test]
fn errors_are_clear() {
    let missing = whosaid(&["analyze", "/no/such/file.txt"], "");
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("/no/such/file.txt"));
    let usage = whosaid(&["analyse"], "");
    assert_eq!(usage.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&usage.stderr).contains("unknown command"));
    let format = whosaid(&["analyze", "--format", "xml"], "");
    assert_eq!(format.status.code(), Some(2));
}

#[test]
fn invalid_utf8_is_read_not_refused() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(["analyze", "-f", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Officials said the \xff\xfe deal \x00 failed.")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["attributions"].as_array().unwrap().len(), 1);
}

/// A PolNeAR-shaped folder with one article of our own, marked by two
/// annotators who disagree on one content's end.
fn tiny_polnear() -> std::path::PathBuf {
    let root = std::env::temp_dir().join(format!("whosaid-polnear-{}", std::process::id()));
    let split = root.join("dev");
    std::fs::create_dir_all(split.join("text")).unwrap();
    std::fs::create_dir_all(split.join("attributions")).unwrap();
    let text = "Mara Voss said the bridge would reopen. Officials think the plan works.";
    std::fs::write(split.join("text/story.txt"), text).unwrap();
    std::fs::write(
        root.join("metadata.tsv"),
        "compartment\tfilename\tannotators\ndev\tstory\tb2|a1\n",
    )
    .unwrap();
    let span = |s: &str| {
        let start = text.find(s).unwrap();
        format!("{start} {}\t{s}", start + s.len())
    };
    let ann = |content: &str| {
        format!(
            "T1\tSource {}\nT2\tCue {}\nT3\tContent {}\nE1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n\
             T4\tSource {}\nT5\tCue {}\nT6\tContent {}\nE2\tAttribution:T5 Source:T4 Cue:T5 Content:T6\n",
            span("Mara Voss"),
            span("said"),
            span("the bridge would reopen"),
            span("Officials"),
            span("think"),
            span(content),
        )
    };
    std::fs::write(
        split.join("attributions/story_a1.ann"),
        ann("the plan works"),
    )
    .unwrap();
    std::fs::write(split.join("attributions/story_b2.ann"), ann("the plan")).unwrap();
    split
}

#[test]
fn eval_polnear_scores_whosaid_and_the_annotators() {
    let dir = tiny_polnear();
    let dir_arg = dir.to_str().unwrap();
    let figures = |args: &[&str]| -> serde_json::Value {
        let out = whosaid(args, "");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    };
    // whosaid against the first annotator (a1 sorts first): both attributions found.
    let ours = figures(&["eval", "polnear", dir_arg, "--json"]);
    assert_eq!(ours["cue"]["exact"]["f1"], 100.0);
    assert_eq!(ours["content"]["exact"]["f1"], 100.0);
    // The second annotator against the first: one content differs.
    let people = figures(&["eval", "polnear", dir_arg, "--agreement", "--json"]);
    assert_eq!(people["scored"], "second annotator");
    assert_eq!(people["source"]["exact"]["f1"], 100.0);
    assert_eq!(people["content"]["exact"]["f1"], 50.0);
    assert_eq!(people["content"]["overlap"]["f1"], 100.0);
    // Beside them, whosaid on the same articles.
    assert_eq!(people["whosaid_same_articles"]["cue"]["exact"]["f1"], 100.0);
    let table = whosaid(&["eval", "polnear", dir_arg, "--agreement"], "");
    assert!(String::from_utf8_lossy(&table.stdout).contains("agreement between annotators"));
    std::fs::remove_dir_all(dir.parent().unwrap()).unwrap();
}
