//! Golden tests: news-like texts we wrote, with their expected analysis.
//!
//! Each `tests/golden/NAME.txt` has a `NAME.expected` beside it: a readable
//! rendering of the analysis, one finding per line. On a mismatch the test
//! prints a line diff. After an intended change, refresh the files with
//! `UPDATE_GOLDEN=1 cargo test --test golden` and review the diff in git.
#![cfg(not(target_arch = "wasm32"))]

use std::fmt::Write;
use std::path::Path;
use whosaid::{analyze, Analysis};

fn quoted(text: &str) -> String {
    format!("{:?}", text)
}

/// Renders an analysis one finding per line.
fn render(text: &str, a: &Analysis) -> String {
    let mut out = String::new();
    for s in &a.sentences {
        let end = if s.terminated { "" } else { " (line)" };
        let level = if s.hedge_score > 0 {
            format!(" [{} {}]", s.hedge_level.name(), s.hedge_score)
        } else {
            String::new()
        };
        writeln!(out, "sentence {}{end}{level}", quoted(&text[s.span])).unwrap();
    }
    for q in &a.quotes {
        let open = if q.closed { "" } else { " (unclosed)" };
        writeln!(out, "quote {}{open}", quoted(&text[q.span])).unwrap();
    }
    for h in &a.hedges {
        let quote = if h.in_quote { " in-quote" } else { "" };
        let at = h.attribution.map_or(String::new(), |i| format!(" @{i}"));
        writeln!(
            out,
            "hedge {} {} {}{at}{quote} {}",
            h.category.name(),
            h.strength.name(),
            h.whose.name(),
            quoted(&text[h.span])
        )
        .unwrap();
    }
    for (i, at) in a.attributions.iter().enumerate() {
        writeln!(out, "attribution {i} cue {}", quoted(&text[at.cue])).unwrap();
        match at.source {
            Some(s) => {
                let mut line = format!("  source {} {}", s.kind.name(), quoted(&text[s.span]));
                if let (Some(k), Some(ante)) = (s.resolved_kind, s.antecedent) {
                    write!(line, " -> {} {}", k.name(), quoted(&text[ante])).unwrap();
                }
                if let Some(anonymity) = s.anonymity {
                    write!(line, " anonymity={anonymity:?}").unwrap();
                }
                if let Some(v) = s.via {
                    write!(line, " via {} {}", v.kind.name(), quoted(&text[v.span])).unwrap();
                }
                writeln!(out, "{line}").unwrap();
            }
            None => writeln!(out, "  source none").unwrap(),
        }
        if let Some(c) = at.content {
            writeln!(out, "  content {}", quoted(&text[c])).unwrap();
        }
        for c in &at.more_content {
            writeln!(out, "  more content {}", quoted(&text[*c])).unwrap();
        }
    }
    for c in &a.claims {
        let hedged = if c.hedged {
            format!(" hedged [{} {}]", c.hedge_level.name(), c.hedge_score)
        } else {
            String::new()
        };
        let at = c.attribution.map_or(String::new(), |i| format!(" @{i}"));
        writeln!(
            out,
            "claim {}{hedged}{at} {}",
            c.basis.name(),
            quoted(&text[c.span])
        )
        .unwrap();
    }
    for u in &a.unattributed {
        let at = u.attribution.map_or(String::new(), |i| format!(" @{i}"));
        let claim = u.claim.map_or(String::new(), |i| format!(" claim {i}"));
        writeln!(
            out,
            "unattributed {}{at}{claim} {}",
            u.kind.name(),
            quoted(&text[u.span])
        )
        .unwrap();
    }
    let s = &a.summary;
    writeln!(
        out,
        "summary words={} hedges={} per100={} attributions={} claims={} hedged_claims={} anonymous={}/{}",
        s.words, s.hedges, s.hedges_per_100_words, s.attributions, s.claims, s.hedged_claims,
        s.anonymous_sentences, s.attributed_sentences
    )
    .unwrap();
    let (st, l) = (&s.hedges_by_strength, &s.sentences_by_hedge_level);
    writeln!(
        out,
        "summary hedges writer={} source={} weak={} moderate={} strong={} levels light={} moderate={} heavy={} unattributed={}",
        s.hedges_by_whose.writer, s.hedges_by_whose.source, st.weak, st.moderate, st.strong,
        l.light, l.moderate, l.heavy, s.unattributed
    )
    .unwrap();
    for e in &s.sources {
        writeln!(
            out,
            "source-entry {} {} attributions={} claims={}",
            e.kind.name(),
            quoted(&e.text),
            e.attributions,
            e.claims
        )
        .unwrap();
    }
    out
}

/// A line diff: lines only in `want` start with `-`, only in `got` with `+`.
fn diff(want: &str, got: &str) -> String {
    let w: Vec<&str> = want.lines().collect();
    let g: Vec<&str> = got.lines().collect();
    // Longest common subsequence, small inputs only.
    let mut lcs = vec![vec![0usize; g.len() + 1]; w.len() + 1];
    for i in (0..w.len()).rev() {
        for j in (0..g.len()).rev() {
            lcs[i][j] = if w[i] == g[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, String::new());
    while i < w.len() || j < g.len() {
        if i < w.len() && j < g.len() && w[i] == g[j] {
            i += 1;
            j += 1;
        } else if j < g.len() && (i == w.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            writeln!(out, "+ {}", g[j]).unwrap();
            j += 1;
        } else {
            writeln!(out, "- {}", w[i]).unwrap();
            i += 1;
        }
    }
    out
}

#[test]
fn golden_texts() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    assert!(
        names.len() >= 4,
        "expected at least four golden texts in {}",
        dir.display()
    );
    let mut failures = Vec::new();
    for path in names {
        let text = std::fs::read_to_string(&path).unwrap();
        let got = render(&text, &analyze(&text));
        let expected_path = path.with_extension("expected");
        if update {
            std::fs::write(&expected_path, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if want != got {
            failures.push(format!(
                "{}:\n{}",
                expected_path.display(),
                diff(&want, &got)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "golden mismatch (refresh with UPDATE_GOLDEN=1 cargo test --test golden if intended):\n{}",
        failures.join("\n")
    );
}
