//! The invariants of one analysis, checked by panicking with a message that
//! names the broken one. Used by the `analyze` fuzz target and by
//! `tests/hostile.rs`.

use whosaid::{analyze, Analysis, Report, Span};

fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} {span:?} out of bounds (text is {} bytes)",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} not on char boundaries"
    );
}

fn check_text(text: &str, start: usize, end: usize, got: &str, what: &str) {
    assert!(
        start <= end && end <= text.len(),
        "report {what} {start}..{end} out of bounds"
    );
    assert_eq!(
        got,
        &text[start..end],
        "report {what} text is not its slice"
    );
}

/// Inputs up to this size also have their [`Report`] built and checked. The
/// report copies the text of every span, so it is several times the input;
/// building it for the megabyte inputs of `tests/hostile.rs` would only slow
/// them down. Fuzz inputs are far smaller.
pub const REPORT_CHECK_LIMIT: usize = 64 * 1024;

/// How many times over, at most, the spans of one analysis may cover the
/// input, plus [`COVER_SLACK`] bytes. News articles come to 3.5 (median) and
/// 5 (most) on PolNeAR; a step whose spans run to the end of a long
/// sentence each time comes to thousands on a megabyte, so the bound catches
/// quadratic output without timing anything.
pub const COVER_LIMIT: usize = 200;

/// Bytes of cover allowed on top of [`COVER_LIMIT`] times the input, so that
/// short inputs (a few words, all of them spans) never trip it.
pub const COVER_SLACK: usize = 1 << 16;

/// The bytes all the spans of `a` cover together, counted once per span.
fn cover(a: &Analysis) -> usize {
    let len = |s: Span| s.end - s.start;
    let mut total: usize = a.paragraphs.iter().map(|&p| len(p)).sum();
    total += a.sentences.iter().map(|s| len(s.span)).sum::<usize>();
    total += a.quotes.iter().map(|q| len(q.span)).sum::<usize>();
    total += a.hedges.iter().map(|h| len(h.span)).sum::<usize>();
    total += a.claims.iter().map(|c| len(c.span)).sum::<usize>();
    total += a.unattributed.iter().map(|u| len(u.span)).sum::<usize>();
    for at in &a.attributions {
        total += len(at.cue);
        total += at.content.map_or(0, len);
        total += at.more_content.iter().map(|&c| len(c)).sum::<usize>();
        if let Some(s) = at.source {
            total += len(s.span) + s.antecedent.map_or(0, len) + s.via.map_or(0, |v| len(v.span));
        }
    }
    total
}

/// Analyses `text` and checks every invariant: every span in bounds and on
/// char boundaries; the spans' total length linear in the input (see
/// [`COVER_LIMIT`]); the [`Report`]'s `text` fields equal to their slices (for
/// inputs up to [`REPORT_CHECK_LIMIT`]); hedges sorted and not overlapping;
/// indexes in range; and the same analysis for the same input. Returns the
/// analysis.
pub fn check(text: &str) -> Analysis {
    let a = analyze(text);
    for p in &a.paragraphs {
        check_span(text, *p, "paragraph");
    }
    for s in &a.sentences {
        check_span(text, s.span, "sentence");
        assert!(s.paragraph < a.paragraphs.len(), "sentence paragraph index");
    }
    for q in &a.quotes {
        check_span(text, q.span, "quote");
    }
    for h in &a.hedges {
        check_span(text, h.span, "hedge");
        assert!(
            h.attribution.is_none_or(|i| i < a.attributions.len()),
            "hedge attribution index"
        );
        assert!(
            h.attribution.is_none() || h.whose == whosaid::Whose::Source,
            "a hedge with an attribution is a source's"
        );
    }
    for w in a.hedges.windows(2) {
        assert!(
            w[0].span.end <= w[1].span.start,
            "hedges overlap or are out of order: {:?} then {:?}",
            w[0].span,
            w[1].span
        );
    }
    for at in &a.attributions {
        check_span(text, at.cue, "cue");
        assert!(
            at.sentence < a.sentences.len(),
            "attribution sentence index"
        );
        if let Some(s) = at.source {
            check_span(text, s.span, "source");
            if let Some(ante) = s.antecedent {
                check_span(text, ante, "antecedent");
            }
            if let Some(v) = s.via {
                check_span(text, v.span, "via");
            }
        }
        if let Some(c) = at.content {
            check_span(text, c, "content");
        }
        for &c in &at.more_content {
            check_span(text, c, "more content");
        }
    }
    for c in &a.claims {
        check_span(text, c.span, "claim");
        assert!(c.sentence < a.sentences.len(), "claim sentence index");
        assert!(
            c.attribution.is_none_or(|i| i < a.attributions.len()),
            "claim attribution index"
        );
        assert!(
            c.hedges.iter().all(|&i| i < a.hedges.len()),
            "claim hedge index"
        );
    }

    for u in &a.unattributed {
        check_span(text, u.span, "unattributed");
        assert!(
            u.sentence < a.sentences.len(),
            "unattributed sentence index"
        );
        assert!(
            u.attribution.is_none_or(|i| i < a.attributions.len()),
            "unattributed attribution index"
        );
        assert!(
            u.claim.is_none_or(|i| i < a.claims.len()),
            "unattributed claim index"
        );
    }

    let covered = cover(&a);
    assert!(
        covered <= COVER_LIMIT * text.len() + COVER_SLACK,
        "the spans cover {covered} bytes of a {}-byte input: quadratic output?",
        text.len()
    );
    if text.len() <= REPORT_CHECK_LIMIT {
        check_report(text, &a);
    }
    assert_eq!(analyze(text), a, "the same input gave a different analysis");
    a
}

/// The report's `text` fields are exactly the slices of the input they name.
fn check_report(text: &str, a: &Analysis) {
    let r = Report::new(text, a);
    for p in &r.paragraphs {
        check_text(text, p.start, p.end, &p.text, "paragraph");
    }
    for s in &r.sentences {
        check_text(text, s.start, s.end, &s.text, "sentence");
    }
    for q in &r.quotes {
        check_text(text, q.start, q.end, &q.text, "quote");
    }
    for h in &r.hedges {
        check_text(text, h.start, h.end, &h.text, "hedge");
    }
    for at in &r.attributions {
        check_text(text, at.cue.start, at.cue.end, &at.cue.text, "cue");
        if let Some(s) = &at.source {
            check_text(text, s.start, s.end, &s.text, "source");
            if let Some(ante) = &s.antecedent {
                check_text(text, ante.start, ante.end, &ante.text, "antecedent");
            }
            if let Some(v) = &s.via {
                check_text(text, v.start, v.end, &v.text, "via");
            }
        }
        if let Some(c) = &at.content {
            check_text(text, c.start, c.end, &c.text, "content");
        }
        for c in &at.more_content {
            check_text(text, c.start, c.end, &c.text, "more content");
        }
    }
    for c in &r.claims {
        check_text(text, c.start, c.end, &c.text, "claim");
    }
    for u in &r.unattributed {
        check_text(text, u.start, u.end, &u.text, "unattributed");
    }
}
