//! The figures of `whosaid eval polnear`: the table, the `--json` object and
//! the baseline file the guard test reads.

use crate::polnear::Tally;
use crate::score::{Counts, Scores};
use serde::Serialize;
use std::path::Path;

/// Scores for one span type under both matchings.
#[derive(Serialize)]
pub struct KindScores {
    exact: Scores,
    overlap: Scores,
}

/// Attribution-level figures.
#[derive(Serialize)]
pub struct FullMatch {
    gold: usize,
    matched: usize,
    percent: f64,
}

/// The figures `--json` prints; percentages are 0 to 100.
#[derive(Serialize)]
pub struct Report {
    corpus: &'static str,
    split: String,
    /// Who is scored against the gold: "whosaid", or "second annotator"
    /// with `--agreement`.
    scored: &'static str,
    articles: usize,
    gold_attributions: usize,
    predicted_attributions: usize,
    source: KindScores,
    cue: KindScores,
    content: KindScores,
    attributions_fully_matched: FullMatch,
    bytes: usize,
    seconds: f64,
    mb_per_s: f64,
    /// With `--agreement`, whosaid's figures on the same articles.
    #[serde(skip_serializing_if = "Option::is_none")]
    whosaid_same_articles: Option<Box<Report>>,
}

impl Report {
    /// The micro-averaged figures of `total`, with the speed of the analysis.
    pub fn new(
        split: String,
        articles: usize,
        total: &Tally,
        bytes: usize,
        seconds: f64,
    ) -> Report {
        let kind_scores = |i: usize| KindScores {
            exact: total.exact[i].scores(),
            overlap: total.overlap[i].scores(),
        };
        let fully = Counts {
            gold: total.gold_attributions,
            predicted: total.gold_attributions,
            matched: total.fully_matched,
        };
        Report {
            corpus: "polnear",
            split,
            scored: "whosaid",
            articles,
            gold_attributions: total.gold_attributions,
            predicted_attributions: total.predicted_attributions,
            source: kind_scores(0),
            cue: kind_scores(1),
            content: kind_scores(2),
            attributions_fully_matched: FullMatch {
                gold: total.gold_attributions,
                matched: total.fully_matched,
                percent: fully.scores().recall,
            },
            bytes,
            seconds,
            mb_per_s: if seconds > 0.0 {
                bytes as f64 / 1e6 / seconds
            } else {
                0.0
            },
            whosaid_same_articles: None,
        }
    }

    /// The same figures read as agreement between two annotators: the second
    /// annotator's attributions were scored against the first's; `ours` is
    /// whosaid's report on the same articles, shown beside them.
    pub fn between_annotators(self, ours: Report) -> Report {
        Report {
            scored: "second annotator",
            whosaid_same_articles: Some(Box::new(ours)),
            ..self
        }
    }

    /// The split's name: "dev", "train".
    pub fn split(&self) -> &str {
        &self.split
    }

    /// The table printed without `--json`.
    pub fn table(&self) -> String {
        let r = self;
        let row = |name: &str, k: &KindScores| {
            format!(
                "{name:<10} {:>5.1} / {:>5.1} / {:>5.1}     {:>5.1} / {:>5.1} / {:>5.1}\n",
                k.exact.precision,
                k.exact.recall,
                k.exact.f1,
                k.overlap.precision,
                k.overlap.recall,
                k.overlap.f1
            )
        };
        let (heading, speed) = if r.scored == "whosaid" {
            (
                format!(
                    "PolNeAR {}: {} articles, {} gold attributions, {} predicted",
                    r.split, r.articles, r.gold_attributions, r.predicted_attributions
                ),
                format!(
                    "speed: {} bytes analysed in {:.3} s: {:.2} MB/s (analysis only, single thread)\n",
                    r.bytes, r.seconds, r.mb_per_s
                ),
            )
        } else {
            (
                format!(
                    "PolNeAR {}, agreement between annotators: {} articles marked by two, \
                     {} attributions by the first (the gold), {} by the second (scored)",
                    r.split, r.articles, r.gold_attributions, r.predicted_attributions
                ),
                String::new(),
            )
        };
        let ours = self
            .whosaid_same_articles
            .as_ref()
            .map_or(String::new(), |o| {
                format!(
                    "\nwhosaid on the same articles, against the first annotator:\n{}",
                    o.table()
                )
            });
        format!(
            "{heading}\n\
         {:<10} {:<26}{}\n{}{}{}\
         attributions fully matched (overlap): {:.1}% of gold\n{speed}{ours}",
            "",
            "exact P / R / F1",
            "overlap P / R / F1",
            row("source", &r.source),
            row("cue", &r.cue),
            row("content", &r.content),
            r.attributions_fully_matched.percent,
        )
    }

    /// The baseline file the guard test reads: F1 figures rounded to 0.01.
    /// The baseline file written by `--write-baseline`.
    pub fn baseline(&self, dir: &Path) -> String {
        let r = self;
        let round = |x: f64| (x * 100.0).round() / 100.0;
        let f1 = |pick: fn(&KindScores) -> &Scores| {
            serde_json::json!({
                "source": round(pick(&r.source).f1),
                "cue": round(pick(&r.cue).f1),
                "content": round(pick(&r.content).f1),
            })
        };
        let value = serde_json::json!({
            "corpus": "polnear",
            "split": r.split,
            "refresh": format!(
                "cargo run --release -- eval polnear {} --write-baseline tests/polnear-baseline.json",
                dir.display()
            ),
            "articles": r.articles,
            "gold_attributions": r.gold_attributions,
            "predicted_attributions": r.predicted_attributions,
            "exact_f1": f1(|k| &k.exact),
            "overlap_f1": f1(|k| &k.overlap),
            "attributions_fully_matched": round(r.attributions_fully_matched.percent),
        });
        serde_json::to_string_pretty(&value).unwrap_or_default() + "\n"
    }
}
