//! Quotations.
//!
//! **What it finds.** Pairs of double quotation marks, straight (`"`) or
//! typographic (`“ ”`, `« »`, `„ “`), including quotes that run over several
//! sentences, and quotes that run over several paragraphs by the news
//! convention: each new paragraph reopens the quote and only the last one
//! closes it.
//!
//! **Traps it avoids.** An unbalanced mark never derails the rest: a quote
//! still open at the end of its paragraph, when the next paragraph does not
//! reopen it, ends there, marked unclosed. A stray closing mark is ignored.
//! An opening mark typed where a closing one belongs ("“Fine,“ she said":
//! touching the word before it, a space after it) closes the quote:
//! `Doc::punct` reads it as '”', so every detector sees a closing mark.
//! Likewise a closing mark after a space and touching the next word
//! ('aides ”get close”') reads as '“' and opens one.
//! `title_end` finds a short quoted title ("author of “Salt Roads,”"), which
//! a source's appositive may hold.

use crate::doc::Doc;
use crate::model::Quote;
use crate::sentence::ParagraphInfo;
use crate::Span;
use std::ops::Range;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open,
    Close,
    Either,
}

fn mark(doc: &Doc, i: usize) -> Option<Mark> {
    match doc.punct(i)? {
        // (An opening mark typed where a closing one belongs, "“It's
        // rare,“ said Dora Lind", reads as '”': see `Doc::punct`.)
        '“' | '«' | '„' => Some(Mark::Open),
        '”' | '»' => Some(Mark::Close),
        '"' => Some(Mark::Either),
        _ => None,
    }
}

/// Finds the quotations of the document, in order.
pub(crate) fn find(doc: &Doc, paragraphs: &[ParagraphInfo]) -> Vec<Quote> {
    let mut quotes = Vec::new();
    let mut open: Option<usize> = None; // byte offset of the opening mark
    for (p, para) in paragraphs.iter().enumerate() {
        let mut first = true;
        for i in para.tokens.clone() {
            let Some(m) = mark(doc, i) else {
                first = false;
                continue;
            };
            let at = doc.span(i);
            match (open, m) {
                // The reopening mark of a continued quote.
                (Some(_), Mark::Open | Mark::Either) if first => {}
                (Some(start), Mark::Close | Mark::Either) => {
                    quotes.push(Quote {
                        span: Span::new(start, at.end),
                        closed: true,
                    });
                    open = None;
                }
                (Some(start), Mark::Open) => {
                    // A new opening while one is open: the first was never closed.
                    quotes.push(Quote {
                        span: Span::new(start, last_end_before(doc, i)),
                        closed: false,
                    });
                    open = Some(at.start);
                }
                (None, Mark::Open | Mark::Either) => open = Some(at.start),
                (None, Mark::Close) => {}
            }
            first = false;
        }
        if let Some(start) = open {
            // The next paragraph reopens the quote with a mark of the same style
            // (a straight quote is not continued by a curly one).
            let straight = doc.punct(doc.token_at(start)) == Some('"');
            let continues = paragraphs.get(p + 1).is_some_and(|next| {
                !next.tokens.is_empty()
                    && match mark(doc, next.tokens.start) {
                        Some(Mark::Either) => straight,
                        Some(Mark::Open) => !straight,
                        _ => false,
                    }
            });
            if !continues {
                quotes.push(Quote {
                    span: Span::new(start, para.span.end),
                    closed: false,
                });
                open = None;
            }
        }
    }
    quotes
}

fn last_end_before(doc: &Doc, i: usize) -> usize {
    if i == 0 {
        doc.span(0).start
    } else {
        doc.span(i - 1).end
    }
}

/// The quote whose opening mark starts at byte `offset`, by binary search.
pub(crate) fn starting_at(quotes: &[Quote], offset: usize) -> Option<&Quote> {
    let i = quotes.partition_point(|q| q.span.start < offset);
    quotes.get(i).filter(|q| q.span.start == offset)
}

/// The quote whose closing mark ends at byte `offset`, by binary search
/// (quotes are in order and never overlap, so their ends are in order too).
pub(crate) fn ending_at(quotes: &[Quote], offset: usize) -> Option<&Quote> {
    let i = quotes.partition_point(|q| q.span.end < offset);
    quotes.get(i).filter(|q| q.span.end == offset)
}

/// The quote that opens inside `span` and runs past its end: only the last
/// one opening inside can, as quotes never overlap.
pub(crate) fn running_past(quotes: &[Quote], span: Span) -> Option<&Quote> {
    let i = quotes.partition_point(|q| q.span.start < span.end);
    i.checked_sub(1)
        .map(|i| &quotes[i])
        .filter(|q| q.span.start >= span.start && q.span.end > span.end)
}

/// The quotes that overlap tokens `tokens`: the only ones that can contain
/// one of them. Searching these instead of all quotes gives the same answers
/// for those tokens, without a search over the whole document for each.
pub(crate) fn around<'q>(quotes: &'q [Quote], doc: &Doc, tokens: Range<usize>) -> &'q [Quote] {
    if tokens.is_empty() {
        return &[];
    }
    let span = doc.range_span(tokens.start, tokens.end);
    let first = quotes.partition_point(|q| q.span.end <= span.start);
    let end = first + quotes[first..].partition_point(|q| q.span.start < span.end);
    &quotes[first..end]
}

/// The quote containing `span`, by binary search.
pub(crate) fn containing(quotes: &[Quote], span: Span) -> Option<&Quote> {
    let i = quotes.partition_point(|q| q.span.end <= span.start);
    quotes.get(i).filter(|q| q.span.contains(span))
}

/// The opening mark of a short quoted title (see [`title_end`]) that
/// closes at token `close`: the nearest opening mark from `from` up to
/// `close`, when the title it opens ends there. A comma inside the title
/// ('the author of “Salt Roads,” said') then breaks nothing.
pub(crate) fn title_opening(doc: &Doc, from: usize, close: usize, limit: usize) -> Option<usize> {
    (from..close)
        .rev()
        .find(|&o| doc.is_punct_in(o, "\"“"))
        .filter(|&o| title_end(doc, o, limit) == Some(close))
}

/// The marks that can open a quotation, double or single (straight marks
/// open as well as close).
pub(crate) const OPEN_QUOTES: &str = "\"“'‘";

/// The closing mark of a short quoted title opening at token `open` ("“Salt
/// Roads,”", "''The Long Count''"): a capitalized word follows the
/// opening mark, and a closing mark comes within a few tokens, before
/// `limit` and before any other opening mark.
pub(crate) fn title_end(doc: &Doc, open: usize, limit: usize) -> Option<usize> {
    if !doc.is_punct_in(open, "\"“") || !doc.is_cap(open + 1) {
        return None;
    }
    let close = (open + 2..limit.min(open + 16)).find(|&k| doc.is_punct_in(k, "\"“”"))?;
    doc.is_punct_in(close, "\"”").then_some(close)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sentence::split;

    fn quotes(text: &str) -> Vec<(&str, bool)> {
        let doc = Doc::of(text);
        let (paragraphs, _) = split(&doc);
        find(&doc, &paragraphs)
            .iter()
            .map(|q| (&text[q.span], q.closed))
            .collect()
    }

    #[test]
    fn pairs_straight_and_curly() {
        assert_eq!(
            quotes(r#"He said "no" and “yes.”"#),
            [("\"no\"", true), ("“yes.”", true)]
        );
    }

    #[test]
    fn multi_sentence_and_reopened_paragraphs() {
        let text = "“We will act. We must.\n\n“Nobody else will,” she said.";
        assert_eq!(
            quotes(text),
            [("“We will act. We must.\n\n“Nobody else will,”", true)]
        );
    }

    #[test]
    fn unbalanced_marks_stay_local() {
        let text = "He said “never.\n\nThe talks went on. “Fine,” she said.";
        assert_eq!(quotes(text), [("“never.", false), ("“Fine,”", true)]);
        assert_eq!(quotes("” stray"), []);
        assert_eq!(quotes("\"\"\""), [("\"\"", true), ("\"", false)]);
    }

    #[test]
    fn an_opening_mark_typed_as_a_closing_one() {
        let text = "“It is rare,“ said Dora Lind. “Next,” she said.";
        assert_eq!(quotes(text), [("“It is rare,“", true), ("“Next,”", true)]);
    }

    #[test]
    fn a_closing_mark_typed_as_an_opening_one() {
        let text = "She said aides ”kept him away” from the talks.";
        assert_eq!(quotes(text), [("”kept him away”", true)]);
    }

    #[test]
    fn quoted_titles() {
        let end = |text: &str| {
            let doc = Doc::of(text);
            title_end(&doc, 2, doc.len()).map(|k| doc.raw(k).to_string())
        };
        assert_eq!(end("author of ''Paper Walls,'' who").as_deref(), Some("''"));
        assert_eq!(end("author of “Paper Walls,” who").as_deref(), Some("”"));
        assert_eq!(end("author of “paper walls,” who"), None);
        assert_eq!(end("author of “Paper “Walls"), None);
    }
}
