//! Span scoring for the evaluations: a span is the set of its alphanumeric
//! characters, matched exactly or by overlap, one to one, and counted into
//! precision, recall and F1.
//!
//! Punctuation and white space never count, so "said," and "said" are the same
//! span, and so are a quote with and without its marks. Positions are the
//! ordinals of alphanumeric characters in the text (the 0th, 1st, ...), which
//! makes every set a short list of intervals whatever the span's length.

use serde::Serialize;
use std::collections::HashMap;

/// Maps byte and code-point offsets of one text to alphanumeric ordinals.
pub struct Positions {
    /// `before[b]`: alphanumeric characters starting before byte `b` (one entry per byte, plus the end).
    before: Vec<u32>,
    /// `char_bytes[c]`: the byte offset of code point `c` (plus the end).
    char_bytes: Vec<u32>,
}

impl Positions {
    /// Indexes `text`.
    pub fn new(text: &str) -> Positions {
        let mut before = Vec::with_capacity(text.len() + 1);
        let mut char_bytes = Vec::with_capacity(text.len() + 1);
        let mut count = 0u32;
        for (at, c) in text.char_indices() {
            char_bytes.push(at as u32);
            for _ in 0..c.len_utf8() {
                before.push(count);
            }
            if c.is_alphanumeric() {
                count += 1;
            }
        }
        before.push(count);
        char_bytes.push(text.len() as u32);
        Positions { before, char_bytes }
    }

    /// The byte offset of code point `c`, clamped to the text.
    pub fn byte_of_char(&self, c: usize) -> usize {
        self.char_bytes[c.min(self.char_bytes.len() - 1)] as usize
    }

    /// The alphanumeric set of the byte ranges `pieces` (half-open, on character boundaries).
    pub fn set(&self, pieces: &[(usize, usize)]) -> AlnumSet {
        let last = self.before.len() - 1;
        AlnumSet::from_intervals(
            pieces
                .iter()
                .map(|&(s, e)| (self.before[s.min(last)], self.before[e.min(last)]))
                .collect(),
        )
    }
}

/// A set of alphanumeric ordinals, as sorted, disjoint, non-adjacent half-open intervals.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct AlnumSet(Vec<(u32, u32)>);

impl AlnumSet {
    /// Normalises any list of intervals.
    pub fn from_intervals(mut intervals: Vec<(u32, u32)>) -> AlnumSet {
        intervals.retain(|&(s, e)| s < e);
        intervals.sort_unstable();
        let mut merged: Vec<(u32, u32)> = Vec::with_capacity(intervals.len());
        for (s, e) in intervals {
            match merged.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => merged.push((s, e)),
            }
        }
        AlnumSet(merged)
    }

    /// Whether the set has no position.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The first position and one past the last, or `(0, 0)` when empty.
    pub fn bounds(&self) -> (u32, u32) {
        match (self.0.first(), self.0.last()) {
            (Some(first), Some(last)) => (first.0, last.1),
            _ => (0, 0),
        }
    }

    /// How many positions the two sets share.
    pub fn shared(&self, other: &AlnumSet) -> u32 {
        let (a, b) = (self.bounds(), other.bounds());
        if a.1 <= b.0 || b.1 <= a.0 {
            return 0;
        }
        let (mut i, mut j, mut total) = (0, 0, 0);
        while i < self.0.len() && j < other.0.len() {
            let (s1, e1) = self.0[i];
            let (s2, e2) = other.0[j];
            let (s, e) = (s1.max(s2), e1.min(e2));
            if s < e {
                total += e - s;
            }
            if e1 < e2 {
                i += 1;
            } else {
                j += 1;
            }
        }
        total
    }

    /// The set without the positions of `other`.
    pub fn minus(&self, other: &AlnumSet) -> AlnumSet {
        if self.shared(other) == 0 {
            return self.clone();
        }
        let mut out = Vec::new();
        for &(s, e) in &self.0 {
            let mut start = s;
            for &(os, oe) in &other.0 {
                if oe <= start || os >= e {
                    continue;
                }
                if os > start {
                    out.push((start, os));
                }
                start = start.max(oe);
            }
            if start < e {
                out.push((start, e));
            }
        }
        AlnumSet::from_intervals(out)
    }
}

/// Gold, predicted and matched counts for one span type and one matching.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Gold spans.
    pub gold: usize,
    /// Predicted spans.
    pub predicted: usize,
    /// Matched pairs.
    pub matched: usize,
}

impl Counts {
    /// Adds another document's counts.
    pub fn add(&mut self, other: Counts) {
        self.gold += other.gold;
        self.predicted += other.predicted;
        self.matched += other.matched;
    }

    /// Precision, recall and F1, in percent.
    pub fn scores(self) -> Scores {
        let ratio = |n: usize, d: usize| {
            if d == 0 {
                0.0
            } else {
                100.0 * n as f64 / d as f64
            }
        };
        let precision = ratio(self.matched, self.predicted);
        let recall = ratio(self.matched, self.gold);
        let f1 = f1(precision, recall);
        Scores {
            precision,
            recall,
            f1,
            gold: self.gold,
            predicted: self.predicted,
            matched: self.matched,
        }
    }
}

/// Precision, recall and F1 in percent, with the counts behind them.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct Scores {
    /// Matched predictions over predictions, in percent.
    pub precision: f64,
    /// Matched gold spans over gold spans, in percent.
    pub recall: f64,
    /// Harmonic mean of precision and recall, in percent.
    pub f1: f64,
    /// Gold spans.
    pub gold: usize,
    /// Predicted spans.
    pub predicted: usize,
    /// Matched pairs.
    pub matched: usize,
}

/// The harmonic mean of precision and recall (0 when both are 0), on
/// whatever scale they are given: fractions or percent.
pub fn f1(precision: f64, recall: f64) -> f64 {
    if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    }
}

/// Exact matching: for each gold set, the index of an equal predicted set, each used once.
pub fn exact(gold: &[AlnumSet], predicted: &[AlnumSet]) -> Vec<Option<usize>> {
    let mut free: HashMap<&AlnumSet, Vec<usize>> = HashMap::new();
    for (i, set) in predicted.iter().enumerate().rev() {
        free.entry(set).or_default().push(i);
    }
    gold.iter()
        .map(|set| free.get_mut(set).and_then(Vec::pop))
        .collect()
}

/// Overlap matching, one to one: a maximum bipartite matching between gold
/// and predicted spans that share at least one position, so the count does
/// not depend on the order spans are visited in. Gold spans with the largest
/// overlaps choose first, each trying its candidates by decreasing shared
/// count, so the pairs found are the natural ones (the error listing shows
/// them). Returns `(gold, predicted)` pairs, in gold order.
pub fn overlap<F>(gold: usize, predicted: usize, shared: F) -> Vec<(usize, usize)>
where
    F: Fn(usize, usize) -> u32,
{
    let mut best = vec![0; gold];
    let candidates: Vec<Vec<usize>> = (0..gold)
        .map(|g| {
            let mut list: Vec<(u32, usize)> = (0..predicted)
                .map(|p| (shared(g, p), p))
                .filter(|&(n, _)| n > 0)
                .collect();
            list.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            best[g] = list.first().map_or(0, |c| c.0);
            list.into_iter().map(|(_, p)| p).collect()
        })
        .collect();
    // Gold spans with the largest overlaps choose first; later ones only
    // displace them along an augmenting path, when that matches one more.
    let mut order: Vec<usize> = (0..gold).filter(|&g| best[g] > 0).collect();
    order.sort_by(|&a, &b| best[b].cmp(&best[a]).then(a.cmp(&b)));
    // Kuhn's augmenting paths: O(gold × pairs), a few thousand steps an article.
    fn augment(
        g: usize,
        candidates: &[Vec<usize>],
        seen: &mut [bool],
        owner: &mut [Option<usize>],
    ) -> bool {
        for &p in &candidates[g] {
            if !seen[p] {
                seen[p] = true;
                if owner[p].is_none_or(|h| augment(h, candidates, seen, owner)) {
                    owner[p] = Some(g);
                    return true;
                }
            }
        }
        false
    }
    let mut owner: Vec<Option<usize>> = vec![None; predicted];
    let mut seen = vec![false; predicted];
    for g in order {
        seen.iter_mut().for_each(|s| *s = false);
        augment(g, &candidates, &mut seen, &mut owner);
    }
    let mut pairs: Vec<(usize, usize)> = owner
        .iter()
        .enumerate()
        .filter_map(|(p, g)| g.map(|g| (g, p)))
        .collect();
    pairs.sort_unstable();
    pairs
}

/// Keeps the first of each set of equal sets, with its index in `sets`.
pub fn distinct(sets: impl IntoIterator<Item = AlnumSet>) -> Vec<(usize, AlnumSet)> {
    let mut seen = std::collections::HashSet::new();
    sets.into_iter()
        .enumerate()
        .filter(|(_, set)| !set.is_empty() && seen.insert(set.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn punctuation_and_space_do_not_count() {
        let text = "“Yes,” she said — “née Öst.”";
        let positions = Positions::new(text);
        let quoted = text.find("Yes").unwrap();
        let with_marks = positions.set(&[(0, quoted + 4)]);
        let without = positions.set(&[(quoted, quoted + 3)]);
        assert_eq!(with_marks, without);
        assert_eq!(with_marks.shared(&with_marks), 3);
        let last = text.find("née").unwrap();
        let tail = positions.set(&[(last, text.len())]);
        assert_eq!(tail.shared(&tail), 6);
        assert_eq!(positions.byte_of_char(1), quoted);
    }

    #[test]
    fn sets_share_and_subtract() {
        let a = AlnumSet::from_intervals(vec![(0, 5), (10, 20)]);
        let b = AlnumSet::from_intervals(vec![(3, 12), (19, 30)]);
        assert_eq!(a.shared(&b), 2 + 2 + 1);
        assert_eq!(
            a.minus(&b),
            AlnumSet::from_intervals(vec![(0, 3), (12, 19)])
        );
        assert!(a.minus(&a).is_empty());
        assert_eq!(
            AlnumSet::from_intervals(vec![(4, 6), (0, 4)]).0,
            vec![(0, 6)]
        );
    }

    #[test]
    fn matchings_are_one_to_one() {
        let set = |s, e| AlnumSet::from_intervals(vec![(s, e)]);
        let gold = [set(0, 10), set(20, 30), set(0, 10)];
        let predicted = [set(0, 10), set(0, 10), set(22, 40), set(50, 60)];
        assert_eq!(exact(&gold, &predicted), vec![Some(0), None, Some(1)]);
        let gold = [set(0, 10), set(8, 30)];
        let predicted = [set(5, 25)];
        let pairs = overlap(gold.len(), predicted.len(), |g, p| {
            gold[g].shared(&predicted[p])
        });
        assert_eq!(pairs, vec![(1, 0)]);
        // Greedy by size would pair gold 0 with predicted 0 and leave gold 1
        // alone; the maximum matching pairs both.
        let gold = [set(0, 10), set(8, 12)];
        let predicted = [set(2, 12), set(0, 3)];
        let pairs = overlap(gold.len(), predicted.len(), |g, p| {
            gold[g].shared(&predicted[p])
        });
        assert_eq!(pairs, vec![(0, 1), (1, 0)]);
    }

    #[test]
    fn scores_are_percentages() {
        let counts = Counts {
            gold: 4,
            predicted: 2,
            matched: 1,
        };
        let scores = counts.scores();
        assert_eq!(scores.precision, 50.0);
        assert_eq!(scores.recall, 25.0);
        assert!((scores.f1 - 100.0 / 3.0).abs() < 1e-9);
        assert_eq!(Counts::default().scores().f1, 0.0);
    }
}
