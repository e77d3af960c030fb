//! Paragraphs and sentences.
//!
//! **What it finds.** Paragraphs are separated by blank lines, or by a single
//! line break unless the line is plainly wrapped (the next line starts in lower
//! case after a line with no final punctuation, as in text pasted from a PDF).
//! A line with no final period (a headline, a byline, "Previous Article", a
//! bullet, a "Sources:" list) is its own sentence, marked not `terminated`.
//!
//! **Traps it avoids.** A period after a title ("Sen.", "then-Sen.", "Mr.", "No. 2")
//! or an initial ("J. Smith") does not end a sentence; after "U.S.", "a.m.",
//! "Inc." it does only when a usual sentence opener or a quotation opening
//! on a capital follows ("in the U.S. The talks" and 'of Fresno, Calif. "We'
//! split, "the U.S. Senate" does not). Decimals are one token. Quotes
//! and brackets that close after the period stay with their sentence.

use crate::doc::Doc;
use crate::lexicon::lexicons;
use crate::vocab::w;
use crate::Span;
use std::ops::Range;

/// A sentence with its tokens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SentenceInfo {
    pub span: Span,
    pub tokens: Range<usize>,
    pub paragraph: usize,
    pub terminated: bool,
}

/// A paragraph with its tokens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ParagraphInfo {
    pub span: Span,
    pub tokens: Range<usize>,
}

/// Whether `c` ends a line that may not be wrapped.
fn ends_line(c: char) -> bool {
    matches!(
        c,
        '.' | '?' | '!' | ':' | '"' | '”' | '’' | '\'' | ')' | '…' | ';'
    )
}

/// Finds paragraph spans from line breaks.
fn paragraph_spans(text: &str) -> Vec<Span> {
    let mut paragraphs = Vec::new();
    let mut current: Option<Span> = None;
    let mut last_line = "";
    let mut line_start = 0;
    let bytes = text.as_bytes();
    while line_start <= text.len() {
        let line_end = memchr_newline(bytes, line_start).unwrap_or(text.len());
        let raw = &text[line_start..line_end];
        let line = raw.trim();
        if line.is_empty() {
            if let Some(p) = current.take() {
                paragraphs.push(p);
            }
        } else {
            let lead = raw.len() - raw.trim_start().len();
            let span = Span::new(line_start + lead, line_start + lead + line.len());
            let wrapped = current.is_some()
                && line.chars().next().is_some_and(char::is_lowercase)
                && last_line
                    .chars()
                    .last()
                    .is_some_and(|c| !ends_line(c) || c == '-');
            current = match current {
                Some(p) if wrapped => Some(p.cover(span)),
                Some(p) => {
                    paragraphs.push(p);
                    Some(span)
                }
                None => Some(span),
            };
            last_line = line;
        }
        line_start = line_end + 1;
    }
    if let Some(p) = current {
        paragraphs.push(p);
    }
    paragraphs
}

fn memchr_newline(bytes: &[u8], from: usize) -> Option<usize> {
    bytes
        .get(from..)?
        .iter()
        .position(|&b| b == b'\n')
        .map(|i| i + from)
}

const TERMINAL: &str = ".?!…";
const CLOSERS: &str = "\"”’')]»";

/// Whether token `i` opens a sentence: a capital, a digit, an opening quote or bracket.
fn opens_sentence(doc: &Doc, i: usize) -> bool {
    match doc.raw(i).chars().next() {
        Some(c) => !c.is_lowercase(),
        None => true,
    }
}

/// Whether the terminal punctuation at token `at` (preceded by token `at - 1`)
/// ends the sentence, given that token `next` follows.
#[inline(never)]
fn ends_sentence(doc: &Doc, at: usize, next: usize) -> bool {
    let lex = lexicons();
    if !opens_sentence(doc, next) {
        return false;
    }
    let is_period = doc.punct(at) == Some('.') || (doc.is_word(at) && doc.raw(at).ends_with('.'));
    if !is_period {
        return true;
    }
    // (Or a quotation that opens on a capital: 'in Fresno, Calif. "We ...'.)
    let starter = || lex.starters.contains(doc.raw(next)) || opens_quoted_sentence(doc, next);
    if doc.is_word(at) {
        // "U.S." and the like: only before a usual sentence opener.
        return starter();
    }
    if at == 0 || doc.space_before(at) || !doc.is_word(at - 1) {
        return true;
    }
    // (A title after a hyphen is still a title: "then-Sen.", "ex-Gov.".)
    let prev = doc.raw(at - 1).rsplit('-').next().unwrap_or_default();
    if matches!(prev, "No" | "Nos") {
        return !doc.is_number(next);
    }
    if lex.abbrev_titles.contains(prev) {
        return false;
    }
    let mut chars = prev.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        // An initial: "J. Smith" (or a nickname after it: 'T. "Sonny" Lee').
        if c.is_uppercase() {
            return lex.starters.contains(doc.raw(next));
        }
    }
    if lex.abbrev_other.contains(prev) {
        return starter();
    }
    true
}

/// Whether token `i` opens a quotation whose first word is capitalized:
/// '"We', '“The', "''It" (marks touching the word).
#[inline(never)]
fn opens_quoted_sentence(doc: &Doc, i: usize) -> bool {
    let mut j = i;
    while j < i + 2
        && doc.is_punct_in(j, crate::quote::OPEN_QUOTES)
        && (j == i || !doc.space_before(j))
    {
        j += 1;
    }
    j > i && j < doc.len() && !doc.space_before(j) && doc.is_word(j) && doc.is_cap(j)
}

/// Whether a quoted question or exclamation at token `at`, closed before
/// `next`, goes on with its speaker: '"Why?" Obama asked.', '"No!" said Lee.'
/// A cue verb within the next few words, after a name or a pronoun: one
/// of saying, or of any other kind ('"Who pays?" Ruiz continued.', where
/// "continued" is a verb of taking a side): on PolNeAR train the other kinds
/// gave 3 more cues, all exact with their sources and contents.
fn question_then_speaker(doc: &Doc, at: usize, next: usize, limit: usize) -> bool {
    if !doc.is_punct_in(at, "?!") || !doc.is_punct_in(next - 1, "\"”’'") {
        return false;
    }
    let cues = &lexicons().cues;
    for j in next..limit.min(next + 6) {
        if cues.longest_at(doc, j, limit).is_some() {
            return doc.is_lower_word(j);
        }
        let name_part = doc.is_cap(j)
            || doc.punct(j) == Some('.')
            || matches!(doc.id(j), w::HE | w::SHE | w::THEY | w::THE);
        if !name_part {
            return false;
        }
    }
    false
}

/// Splits the document into paragraphs and sentences.
pub(crate) fn split(doc: &Doc) -> (Vec<ParagraphInfo>, Vec<SentenceInfo>) {
    let spans = paragraph_spans(doc.text);
    let mut paragraphs = Vec::with_capacity(spans.len());
    let mut sentences = Vec::new();
    let mut t = 0;
    for span in spans {
        while t < doc.len() && doc.span(t).start < span.start {
            t += 1;
        }
        let first = t;
        while t < doc.len() && doc.span(t).end <= span.end {
            t += 1;
        }
        let index = paragraphs.len();
        paragraphs.push(ParagraphInfo {
            span,
            tokens: first..t,
        });
        split_paragraph(doc, first..t, index, &mut sentences);
    }
    (paragraphs, sentences)
}

fn split_paragraph(doc: &Doc, tokens: Range<usize>, paragraph: usize, out: &mut Vec<SentenceInfo>) {
    let mut start = tokens.start;
    let mut i = tokens.start;
    while i < tokens.end {
        if !doc.may_end_with_terminal(i) {
            i += 1;
            continue;
        }
        let terminal = doc.is_punct_in(i, TERMINAL)
            || (doc.is_word(i) && doc.raw(i).ends_with('.') && doc.raw(i).len() > 1);
        if !terminal {
            i += 1;
            continue;
        }
        // The run of terminal marks, then closing quotes and brackets, all touching.
        let mut end = i + 1;
        while end < tokens.end && !doc.space_before(end) && doc.is_punct_in(end, TERMINAL) {
            end += 1;
        }
        while end < tokens.end && !doc.space_before(end) && doc.is_punct_in(end, CLOSERS) {
            end += 1;
        }
        if end < tokens.end
            && doc.space_before(end)
            && ends_sentence(doc, i, end)
            && !question_then_speaker(doc, i, end, tokens.end)
        {
            out.push(SentenceInfo {
                span: doc.range_span(start, end),
                tokens: start..end,
                paragraph,
                terminated: true,
            });
            start = end;
        }
        i = end;
    }
    if start < tokens.end {
        let mut last = tokens.end - 1;
        while last > start && doc.is_punct_in(last, CLOSERS) {
            last -= 1;
        }
        let terminated =
            doc.is_punct_in(last, TERMINAL) || (doc.is_word(last) && doc.raw(last).ends_with('.'));
        out.push(SentenceInfo {
            span: doc.range_span(start, tokens.end),
            tokens: start..tokens.end,
            paragraph,
            terminated,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let doc = Doc::of(text);
        split(&doc).1.iter().map(|s| &text[s.span]).collect()
    }

    #[test]
    fn abbreviations_do_not_split() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Sen. Warren spoke. Gen. Milley did not.",
                &["Sen. Warren spoke.", "Gen. Milley did not."],
            ),
            (
                "It is No. 2 on the list. Mr. Li agreed.",
                &["It is No. 2 on the list.", "Mr. Li agreed."],
            ),
            (
                "The U.S. Senate voted. Talks began.",
                &["The U.S. Senate voted.", "Talks began."],
            ),
            (
                "They met in the U.S. The talks failed.",
                &["They met in the U.S.", "The talks failed."],
            ),
            ("At 9 a.m. officials left.", &["At 9 a.m. officials left."]),
            (
                "J. Smith said 3.5 percent. It fell.",
                &["J. Smith said 3.5 percent.", "It fell."],
            ),
            ("Acme Inc. said so.", &["Acme Inc. said so."]),
        ];
        for (text, want) in cases {
            assert_eq!(&sentences(text), want, "{text}");
        }
    }

    #[test]
    fn quotes_close_after_the_period() {
        assert_eq!(
            sentences("He said, “We will win.” She left. “Why?” he asked."),
            ["He said, “We will win.”", "She left.", "“Why?” he asked."]
        );
    }

    #[test]
    fn lines_without_periods_stand_alone() {
        let text = "Deal Could Collapse\nBy Jane Doe\n\nPrevious Article\nThe talks ended. Nobody spoke.\nSources:\n- Reuters\n- Wire";
        assert_eq!(
            sentences(text),
            [
                "Deal Could Collapse",
                "By Jane Doe",
                "Previous Article",
                "The talks ended.",
                "Nobody spoke.",
                "Sources:",
                "- Reuters",
                "- Wire"
            ]
        );
        let doc = Doc::of(text);
        let (paragraphs, sentences) = split(&doc);
        assert_eq!(paragraphs.len(), 7);
        assert!(!sentences[0].terminated);
        assert!(sentences[3].terminated);
    }

    #[test]
    fn wrapped_lines_join() {
        let text = "The minister said the\nplan was dead. It was not\nrevived.";
        assert_eq!(
            sentences(text),
            [
                "The minister said the\nplan was dead.",
                "It was not\nrevived."
            ]
        );
    }

    #[test]
    fn empty_and_blank() {
        assert!(sentences("").is_empty());
        assert!(sentences(" \n\n \t").is_empty());
        assert_eq!(sentences("..."), ["..."]);
    }
}
