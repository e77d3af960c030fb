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
