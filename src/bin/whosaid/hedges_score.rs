//! Scores the detector's hedges against the labelled sentences.
//!
//! Cue level, as in the CoNLL-2010 hedge cue task: a found cue and a marked
//! cue match **exactly** when they cover the same words (surrounding
//! punctuation and white space ignored), and by **overlap** when they share a
//! byte; either way each cue matches at most one other. Category, `in_quote`
//! and `whose` agreement are the shares of overlap matches that agree.
//! Sentence level: a sentence is hedged when it has any cue. The strengths of
//! the found cues and the hedge levels of the sentences are counted too.

use crate::hedges_data::Labelled;
use serde::Serialize;
use whosaid::{HedgeCategory, HedgeLevel, HedgeStrength, Span, Whose};

/// Precision, recall and F1 from counts.
#[derive(Clone, Copy, Debug, Default, Serialize)]
pub struct Prf {
    /// True positives.
    pub tp: usize,
    /// False positives.
    pub fp: usize,
    /// False negatives.
    pub fn_: usize,
    /// `tp / (tp + fp)`, 1 when nothing was found.
    pub precision: f64,
    /// `tp / (tp + fn)`, 1 when nothing was to be found.
    pub recall: f64,
    /// The harmonic mean of the two.
    pub f1: f64,
}

impl Prf {
    /// The figures from counts.
    pub fn new(tp: usize, fp: usize, fn_: usize) -> Prf {
        let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
        let precision = ratio(tp, tp + fp);
        let recall = ratio(tp, tp + fn_);
        let f1 = crate::score::f1(precision, recall);
        Prf {
            tp,
            fp,
            fn_,
            precision,
            recall,
            f1,
        }
    }
}

/// Per-category figures: overlap matches whose categories both equal it.
#[derive(Clone, Debug, Serialize)]
pub struct CategoryRow {
    /// The category name.
    pub category: &'static str,
    /// Marked cues of this category.
    pub gold: usize,
    /// Found cues of this category.
    pub found: usize,
    /// Marked cues of this category matched by any found cue (overlap), whatever its category.
    pub matched_any: usize,
    /// P/R/F1 counting a match only when both sides have this category.
    pub prf: Prf,
}

/// One cue in an error list.
#[derive(Clone, Debug)]
pub struct ErrorCue {
    /// Index of the sentence.
    pub sentence: usize,
    /// The marked or found cue.
    pub span: Span,
    /// Its category.
    pub category: HedgeCategory,
    /// Whether it is inside a quotation.
    pub in_quote: bool,
    /// Whose hedge it is.
    pub whose: Whose,
    /// For a boundary, category, `in_quote` or `whose` error: the other side's
    /// span, category, `in_quote` and `whose`.
    pub other: Option<(Span, HedgeCategory, bool, Whose)>,
}

/// Everything the scorer measured.
#[derive(Debug, Default)]
pub struct Score {
    /// Labelled sentences.
    pub sentences: usize,
    /// Marked cues.
    pub gold: usize,
    /// Found cues.
    pub found: usize,
    /// Cue level, exact.
    pub exact: Prf,
    /// Cue level, overlap.
    pub overlap: Prf,
    /// Overlap matches with the same category, and all overlap matches.
    pub category_agree: (usize, usize),
    /// Overlap matches with the same `in_quote`, and all overlap matches.
    pub quote_agree: (usize, usize),
    /// Overlap matches with the same `whose`, and all overlap matches.
    pub whose_agree: (usize, usize),
    /// Found cues per strength: weak, moderate, strong.
    pub strengths: [usize; 3],
    /// Sentences per hedge level of the detector: none, light, moderate, heavy.
    pub levels: [usize; 4],
    /// Sentence level.
    pub sentence: Prf,
    /// Per category.
    pub categories: Vec<CategoryRow>,
    /// Marked cues no found cue overlaps.
    pub missed: Vec<ErrorCue>,
    /// Found cues that overlap no marked cue.
    pub spurious: Vec<ErrorCue>,
    /// Overlap matches whose spans differ (marked cue, `other` = found).
    pub boundary: Vec<ErrorCue>,
    /// Overlap matches whose categories differ (marked cue, `other` = found).
    pub category: Vec<ErrorCue>,
    /// Overlap matches whose `in_quote` differs (marked cue, `other` = found).
    pub quote: Vec<ErrorCue>,
    /// Overlap matches whose `whose` differs (marked cue, `other` = found).
    pub whose: Vec<ErrorCue>,
}

/// The span without surrounding white space and punctuation.
pub fn core(text: &str, span: Span) -> Span {
    let s = &text[span];
    let keep = |c: char| c.is_alphanumeric() || matches!(c, '$' | '%' | '€' | '£');
    let start = s.find(keep).unwrap_or(s.len());
    let end = s.rfind(keep).map_or(start, |i| {
        i + s[i..].chars().next().map_or(0, char::len_utf8)
    });
    Span::new(span.start + start, span.start + end.max(start))
}

/// One-to-one matching of `gold` and `found` spans: `pairs[g] = Some(f)`.
/// Exact pairs are taken first, then any overlapping pair.
fn pair(text: &str, gold: &[Span], found: &[Span], exact_only: bool) -> Vec<Option<usize>> {
    let mut taken = vec![false; found.len()];
    let mut pairs = vec![None; gold.len()];
    for (g, &gs) in gold.iter().enumerate() {
        let gc = core(text, gs);
        if let Some(f) = (0..found.len()).find(|&f| !taken[f] && core(text, found[f]) == gc) {
            taken[f] = true;
            pairs[g] = Some(f);
        }
    }
    if exact_only {
        return pairs;
    }
    for (g, &gs) in gold.iter().enumerate() {
        if pairs[g].is_some() {
            continue;
        }
        if let Some(f) = (0..found.len()).find(|&f| !taken[f] && found[f].overlaps(gs)) {
            taken[f] = true;
            pairs[g] = Some(f);
        }
    }
    pairs
}

/// Runs the detector on every sentence and scores it.
pub fn score(data: &[Labelled]) -> Score {
    let mut s = Score {
        sentences: data.len(),
        ..Score::default()
    };
    let (mut exact_tp, mut overlap_tp) = (0, 0);
    let (mut sent_tp, mut sent_fp, mut sent_fn) = (0, 0, 0);
    let n = HedgeCategory::ALL.len();
    let (mut cat_gold, mut cat_found, mut cat_tp, mut cat_any) =
        (vec![0; n], vec![0; n], vec![0; n], vec![0; n]);
    let idx = |c: HedgeCategory| HedgeCategory::ALL.iter().position(|&x| x == c).unwrap_or(0);
    for (i, item) in data.iter().enumerate() {
        let analysis = whosaid::analyze(&item.text);
        for sentence in &analysis.sentences {
            let k = HedgeLevel::ALL
                .iter()
                .position(|&l| l == sentence.hedge_level)
                .unwrap_or(0);
            s.levels[k] += 1;
        }
        let found = analysis.hedges;
        for h in &found {
            let k = HedgeStrength::ALL
                .iter()
                .position(|&x| x == h.strength)
                .unwrap_or(0);
            s.strengths[k] += 1;
        }
        let gold_spans: Vec<Span> = item.cues.iter().map(|c| c.span).collect();
        let found_spans: Vec<Span> = found.iter().map(|h| h.span).collect();
        s.gold += gold_spans.len();
        s.found += found_spans.len();
        exact_tp += pair(&item.text, &gold_spans, &found_spans, true)
            .iter()
            .flatten()
            .count();
        let pairs = pair(&item.text, &gold_spans, &found_spans, false);
        for c in &item.cues {
            cat_gold[idx(c.category)] += 1;
        }
        for h in &found {
            cat_found[idx(h.category)] += 1;
        }
        let mut used = vec![false; found.len()];
        for (g, p) in pairs.iter().enumerate() {
            let gc = &item.cues[g];
            let err = |other: Option<(Span, HedgeCategory, bool, Whose)>| ErrorCue {
                sentence: i,
                span: gc.span,
                category: gc.category,
                in_quote: gc.in_quote,
                whose: gc.whose,
                other,
            };
            let Some(f) = *p else {
                s.missed.push(err(None));
                continue;
            };
            used[f] = true;
            overlap_tp += 1;
            let h = &found[f];
            let other = Some((h.span, h.category, h.in_quote, h.whose));
            cat_any[idx(gc.category)] += 1;
            s.category_agree.1 += 1;
            s.quote_agree.1 += 1;
            s.whose_agree.1 += 1;
            if h.whose == gc.whose {
                s.whose_agree.0 += 1;
            } else {
                s.whose.push(err(other));
            }
            if h.category == gc.category {
                s.category_agree.0 += 1;
                cat_tp[idx(gc.category)] += 1;
            } else {
                s.category.push(err(other));
            }
            if h.in_quote == gc.in_quote {
                s.quote_agree.0 += 1;
            } else {
                s.quote.push(err(other));
            }
            if core(&item.text, h.span) != core(&item.text, gc.span) {
                s.boundary.push(err(other));
            }
        }
        for (f, h) in found.iter().enumerate() {
            if !used[f] {
                s.spurious.push(ErrorCue {
                    sentence: i,
                    span: h.span,
                    category: h.category,
                    in_quote: h.in_quote,
                    whose: h.whose,
                    other: None,
                });
            }
        }
        match (!item.cues.is_empty(), !found.is_empty()) {
            (true, true) => sent_tp += 1,
            (false, true) => sent_fp += 1,
            (true, false) => sent_fn += 1,
            (false, false) => {}
        }
    }
    s.exact = Prf::new(exact_tp, s.found - exact_tp, s.gold - exact_tp);
    s.overlap = Prf::new(overlap_tp, s.found - overlap_tp, s.gold - overlap_tp);
    s.sentence = Prf::new(sent_tp, sent_fp, sent_fn);
    s.categories = HedgeCategory::ALL
        .iter()
        .enumerate()
        .map(|(k, c)| CategoryRow {
            category: c.name(),
            gold: cat_gold[k],
            found: cat_found[k],
            matched_any: cat_any[k],
            prf: Prf::new(cat_tp[k], cat_found[k] - cat_tp[k], cat_gold[k] - cat_tp[k]),
        })
        .collect();
    s
}

/// A cue's words as an error group key: lowercase, numbers as `<num>`.
pub fn key(text: &str, span: Span) -> String {
    text[core(text, span)]
        .split_whitespace()
        .map(|w| {
            if w.chars().any(|c| c.is_ascii_digit()) {
                "<num>".to_string()
            } else {
                w.to_lowercase()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn core_trims_punctuation() {
        let text = "x “about 300,” y";
        let span = Span::new(2, text.len() - 2);
        assert_eq!(&text[core(text, span)], "about 300");
        assert_eq!(key(text, span), "about <num>");
    }

    #[test]
    fn pairs_one_to_one() {
        let text = "could could";
        let gold = [Span::new(0, 5)];
        let found = [Span::new(6, 11), Span::new(0, 5)];
        assert_eq!(pair(text, &gold, &found, false), [Some(1)]);
        assert!(Prf::new(0, 0, 0).f1 == 1.0);
    }
}
