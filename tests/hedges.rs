//! Guards the hedge detector's accuracy: `whosaid eval hedges --json` on the
//! labelled sentences of `tests/hedges/` (and the PolNeAR check when the corpus
//! is present) must stay within 0.01 of `tests/hedges-baseline.json`: cue F1
//! (exact), sentence F1, `whose` agreement and the PolNeAR flagged share.
//!
//! A figure that got worse by more than 0.01 fails the test; so does one that
//! improved by more than 0.01, so that the baseline is updated with the change
//! (run the command printed on failure and copy the figures).
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use std::path::Path;
use std::process::Command;

const TOLERANCE: f64 = 0.01;

fn figure(value: &Value, path: &[&str]) -> f64 {
    let mut v = value;
    for key in path {
        v = &v[*key];
    }
    v.as_f64()
        .unwrap_or_else(|| panic!("no number at {} in {value}", path.join(".")))
}

/// Compares one figure; `higher_is_better` says which way is worse.
fn compare(name: &str, now: f64, base: f64, higher_is_better: bool, problems: &mut Vec<String>) {
    let gain = if higher_is_better {
        now - base
    } else {
        base - now
    };
    println!("{name}: {now:.4} (baseline {base:.4})");
    if gain < -TOLERANCE {
        problems.push(format!("{name} got worse: {now:.4}, baseline {base:.4}"));
    } else if gain > TOLERANCE {
        problems.push(format!(
            "{name} improved to {now:.4} from {base:.4}: update tests/hedges-baseline.json"
        ));
    }
}

#[test]
fn hedge_figures_hold_the_baseline() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let polnear = root.join("../shared/corpus/polnear/dev");
    let mut args = vec![
        "eval".to_string(),
        "hedges".into(),
        "--json".into(),
        "--dir".into(),
        root.join("tests/hedges").display().to_string(),
    ];
    if polnear.is_dir() {
        args.push("--polnear".into());
        args.push(polnear.display().to_string());
    } else {
        println!(
            "skipping the PolNeAR check: {} is absent",
            polnear.display()
        );
    }
    let output = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(&args)
        .output()
        .expect("whosaid runs");
    assert!(
        output.status.success(),
        "whosaid {} failed: {}",
        args.join(" "),
        String::from_utf8_lossy(&output.stderr)
    );
    let now: Value = serde_json::from_slice(&output.stdout).expect("JSON output");
    let base: Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("tests/hedges-baseline.json"))
            .expect("tests/hedges-baseline.json"),
    )
    .expect("baseline is JSON");

    let mut problems = Vec::new();
    compare(
        "cue F1 (exact)",
        figure(&now, &["cue_exact", "f1"]),
        figure(&base, &["cue_f1_exact"]),
        true,
        &mut problems,
    );
    compare(
        "sentence F1",
        figure(&now, &["sentence", "f1"]),
        figure(&base, &["sentence_f1"]),
        true,
        &mut problems,
    );
    compare(
        "whose agreement",
        figure(&now, &["whose_agreement"]),
        figure(&base, &["whose_agreement"]),
        true,
        &mut problems,
    );
    if polnear.is_dir() {
        compare(
            "PolNeAR flagged share",
            figure(&now, &["polnear", "share"]),
            figure(&base, &["polnear_share"]),
            false,
            &mut problems,
        );
    }
    assert!(
        problems.is_empty(),
        "{}\n(figures from: whosaid {})",
        problems.join("\n"),
        args.join(" ")
    );
}
