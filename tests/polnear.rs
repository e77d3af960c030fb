//! Guard test: attribution accuracy on the PolNeAR dev split must not move
//! silently. It runs `whosaid eval polnear <crate>/../shared/corpus/polnear/dev
//! --json` and compares the exact-match F1 of source, cue and content with
//! `tests/polnear-baseline.json`: a drop of more than one point fails, and so
//! does a rise of more than one point, so that the baseline and the figures in
//! docs/accuracy.md are updated when accuracy improves. The corpus is read at
//! run time and never copied into the repository; without it the test is
//! skipped.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;
use std::process::Command;

/// How far, in F1 points, a figure may move before the test fails.
const TOLERANCE: f64 = 1.0;

const REFRESH: &str = "cargo run --release -- eval polnear ../shared/corpus/polnear/dev \
                       --write-baseline tests/polnear-baseline.json";

#[test]
fn dev_figures_match_the_baseline() {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dev = crate_dir.join("../shared/corpus/polnear/dev");
    if !dev.join("text").is_dir() {
        println!("skipped: PolNeAR corpus not found at {}", dev.display());
        return;
    }
    let output = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(["eval", "polnear"])
        .arg(&dev)
        .arg("--json")
        .output()
        .expect("runs the whosaid binary");
    assert!(
        output.status.success(),
        "whosaid eval polnear failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let measured: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("eval polnear --json prints JSON");
    let baseline_path = crate_dir.join("tests/polnear-baseline.json");
    let baseline: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(&baseline_path).expect("reads tests/polnear-baseline.json"),
    )
    .expect("tests/polnear-baseline.json is JSON");

    let (mut dropped, mut rose) = (Vec::new(), Vec::new());
    for kind in ["source", "cue", "content"] {
        let now = measured[kind]["exact"]["f1"]
            .as_f64()
            .unwrap_or_else(|| panic!("no {kind}.exact.f1 in the eval output"));
        let then = baseline["exact_f1"][kind]
            .as_f64()
            .unwrap_or_else(|| panic!("no exact_f1.{kind} in {}", baseline_path.display()));
        println!("{kind:<8} exact F1 {now:6.2} (baseline {then:6.2})");
        let line = format!("{kind} exact F1 {then:.2} -> {now:.2}");
        if now < then - TOLERANCE {
            dropped.push(line);
        } else if now > then + TOLERANCE {
            rose.push(line);
        }
    }
    assert!(
        dropped.is_empty(),
        "PolNeAR dev accuracy dropped by more than {TOLERANCE} point:\n  {}\n\
         If the drop is intended, record it with `{REFRESH}`.",
        dropped.join("\n  ")
    );
    assert!(
        rose.is_empty(),
        "PolNeAR dev accuracy rose by more than {TOLERANCE} point: well done.\n  {}\n\
         Record it with `{REFRESH}`, then update the dev and train tables in docs/accuracy.md.",
        rose.join("\n  ")
    );
}
