//! Byte ranges into the analysed text.

use serde::Serialize;
use std::ops::Index;

/// A half-open range `start..end` of UTF-8 byte offsets into the analysed text.
///
/// Every offset the core produces is a byte offset that lies on a `char`
/// boundary, so `&text[span]` never panics for a span produced by
/// [`analyze`](crate::analyze) on that same `text`. Conversion to UTF-16 code
/// units for JavaScript happens once, at the boundary (see [`crate::utf16`]).
///
/// ```
/// use whosaid::Span;
/// let text = "Officials said so.";
/// assert_eq!(&text[Span::new(0, 9)], "Officials");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; `end` is clamped up to `start`.
    pub const fn new(start: usize, end: usize) -> Span {
        Span {
            start,
            end: if end < start { start } else { end },
        }
    }

    /// The number of bytes covered.
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies entirely inside this span.
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// Sorts `items` by their spans (start, then end), keeping the order of items
/// with equal spans. One sort of plain keys serves every item type, so the
/// wasm module carries one sort routine instead of one per type.
pub(crate) fn sort_by_span<T>(items: &mut Vec<T>, span: impl Fn(&T) -> Span) {
    let mut keys: Vec<(Span, usize)> = items
        .iter()
        .enumerate()
        .map(|(i, t)| (span(t), i))
        .collect();
    keys.sort_unstable();
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(keys.into_iter().filter_map(|(_, i)| slots[i].take()));
}

/// Sorts spans and merges them into disjoint ones, in order (they may nest
/// or overlap): "what do these contents cover".
pub(crate) fn merge(mut spans: Vec<Span>) -> Vec<Span> {
    sort_by_span(&mut spans, |&span| span);
    let mut merged: Vec<Span> = Vec::with_capacity(spans.len());
    for span in spans {
        match merged.last_mut() {
            Some(last) if span.start <= last.end => last.end = last.end.max(span.end),
            _ => merged.push(span),
        }
    }
    merged
}

impl Index<Span> for str {
    type Output = str;
    fn index(&self, span: Span) -> &str {
        &self[span.start..span.end]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relations() {
        let a = Span::new(2, 6);
        assert!(a.contains(Span::new(3, 5)));
        assert!(!a.contains(Span::new(1, 5)));
        assert!(a.overlaps(Span::new(5, 9)));
        assert!(!a.overlaps(Span::new(6, 9)));
        assert_eq!(a.cover(Span::new(8, 9)), Span::new(2, 9));
        assert_eq!(Span::new(5, 1), Span::new(5, 5));
    }

    #[test]
    fn merges_overlapping_and_nested_spans() {
        let spans = vec![
            Span::new(8, 9),
            Span::new(0, 4),
            Span::new(3, 6),
            Span::new(1, 2),
        ];
        assert_eq!(merge(spans), [Span::new(0, 6), Span::new(8, 9)]);
    }

    #[test]
    fn sorts_by_span_keeping_ties_in_order() {
        let mut items = vec![
            (Span::new(4, 6), 'a'),
            (Span::new(1, 9), 'b'),
            (Span::new(4, 6), 'c'),
            (Span::new(1, 3), 'd'),
        ];
        sort_by_span(&mut items, |&(span, _)| span);
        let order: String = items.iter().map(|&(_, c)| c).collect();
        assert_eq!(order, "dbac");
    }
}
