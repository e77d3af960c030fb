//! The `pretty` format: the text with terminal highlights, then a short report.

use std::io::{self, Write};
use whosaid::{Analysis, Basis, HedgeLevel, SourceKind};

const RESET: &str = "\x1b[0m";

/// Styles, as SGR parameters, one per layer.
fn source_style(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::Named => "32",       // green
        SourceKind::Anonymous => "1;31", // bold red
        SourceKind::Vague => "36",       // cyan
        SourceKind::Document => "34",    // blue
        SourceKind::Pronoun => "32",
    }
}

fn basis_style(basis: Basis) -> Option<&'static str> {
    match basis {
        Basis::Anonymous => Some("45;30"), // magenta background
        Basis::Unattributed => Some("47;30"),
        _ => None,
    }
}

/// Writes the highlighted text and the report.
pub fn write(out: &mut impl Write, text: &str, a: &Analysis, color: bool) -> io::Result<()> {
    if color {
        write_highlighted(out, text, a)?;
    } else {
        out.write_all(text.as_bytes())?;
    }
    if !text.ends_with('\n') {
        writeln!(out)?;
    }
    write_report(out, text, a, color)
}

/// Writes the text with each byte styled by the layers covering it.
fn write_highlighted(out: &mut impl Write, text: &str, a: &Analysis) -> io::Result<()> {
    // (start, end, style) for each layer; later layers are applied on top.
    let mut marks: Vec<(usize, usize, String)> = Vec::new();
    for c in &a.claims {
        let style = if c.hedged && c.basis == Basis::Anonymous {
            Some("45;30;4")
        } else if c.hedged {
            Some("43;30")
        } else {
            basis_style(c.basis)
        };
        if let Some(s) = style {
            marks.push((c.span.start, c.span.end, s.to_string()));
        }
    }
    for at in &a.attributions {
        marks.push((at.cue.start, at.cue.end, "1".into()));
        if let Some(s) = at.source {
            marks.push((
                s.span.start,
                s.span.end,
                source_style(s.effective_kind()).into(),
            ));
        }
    }
    for h in &a.hedges {
        marks.push((h.span.start, h.span.end, "4;1;33".into()));
    }
    let mut cuts: Vec<usize> = marks
        .iter()
        .flat_map(|m| [m.0, m.1])
        .chain([0, text.len()])
        .collect();
    cuts.sort_unstable();
    cuts.dedup();
    for pair in cuts.windows(2) {
        let (s, e) = (pair[0], pair[1]);
        let styles: Vec<&str> = marks
            .iter()
            .filter(|m| m.0 <= s && e <= m.1)
            .map(|m| m.2.as_str())
            .collect();
        let piece = &text[s..e];
        if styles.is_empty() {
            out.write_all(piece.as_bytes())?;
        } else {
            // Keep a style from bleeding over line breaks.
            for (i, line) in piece.split('\n').enumerate() {
                if i > 0 {
                    out.write_all(b"\n")?;
                }
                if !line.is_empty() {
                    write!(out, "\x1b[{}m{line}{RESET}", styles.join(";"))?;
                }
            }
        }
    }
    Ok(())
}

fn write_report(out: &mut impl Write, text: &str, a: &Analysis, color: bool) -> io::Result<()> {
    let s = &a.summary;
    let (b, r) = if color { ("\x1b[1m", RESET) } else { ("", "") };
    writeln!(out, "\n{b}whosaid report{r}")?;
    writeln!(
        out,
        "  {} words, {} sentences, {} quotations",
        s.words, s.sentences, s.quotes
    )?;
    let h = &s.hedges_by_category;
    writeln!(
        out,
        "  hedges: {} ({:.1} per 100 words; {} modal, {} reportative, {} evidential, {} epistemic, {} approximator)",
        s.hedges, s.hedges_per_100_words, h.modal, h.reportative, h.evidential, h.epistemic, h.approximator
    )?;
    let st = &s.hedges_by_strength;
    writeln!(
        out,
        "    the writer's {}, sources' {} ({} inside quotes); {} weak, {} moderate, {} strong",
        s.hedges_by_whose.writer,
        s.hedges_by_whose.source,
        s.hedges_in_quotes,
        st.weak,
        st.moderate,
        st.strong
    )?;
    let l = &s.sentences_by_hedge_level;
    writeln!(
        out,
        "    sentences hedged lightly {}, moderately {}, heavily {}",
        l.light, l.moderate, l.heavy
    )?;
    let k = &s.attributions_by_kind;
    writeln!(
        out,
        "  attributions: {} ({} named, {} anonymous, {} vague, {} document, {} unresolved pronoun, {} with no source)",
        s.attributions, k.named, k.anonymous, k.vague, k.document, k.pronoun, k.none
    )?;
    let c = &s.claims_by_basis;
    writeln!(
        out,
        "  claims: {} ({} hedged; resting on {} named, {} anonymous, {} vague, {} document, {} nobody; {} the outlet's own)",
        s.claims, s.hedged_claims, c.named, c.anonymous, c.vague, c.document, c.unattributed, c.outlet
    )?;
    writeln!(
        out,
        "  anonymous sourcing: {} of {} attributed sentences ({:.0}%)",
        s.anonymous_sentences,
        s.attributed_sentences,
        s.anonymous_share * 100.0
    )?;
    if !s.sources.is_empty() {
        writeln!(out, "  sources:")?;
        for e in &s.sources {
            writeln!(
                out,
                "    {:<10} {} ({} claims)",
                e.kind.name(),
                e.text.replace('\n', " "),
                e.claims
            )?;
        }
    }
    let u = &s.unattributed_by_kind;
    writeln!(
        out,
        "  unattributed: {} ({} agentless, {} impersonal, {} document with no one behind it, {} quoted phrase with no speaker)",
        s.unattributed, u.agentless, u.impersonal, u.document, u.scare_quote
    )?;
    if !a.hedges.is_empty() {
        writeln!(out, "  hedges:")?;
        for hedge in &a.hedges {
            writeln!(
                out,
                "    {:<12} {:<8} {:<6} {}",
                hedge.category.name(),
                hedge.strength.name(),
                hedge.whose.name(),
                &text[hedge.span]
            )?;
        }
    }
    let heavy: Vec<_> = a
        .sentences
        .iter()
        .filter(|s| s.hedge_level == HedgeLevel::Heavy)
        .collect();
    if !heavy.is_empty() {
        writeln!(out, "  heavily hedged sentences:")?;
        for sentence in heavy {
            writeln!(
                out,
                "    score {:<3} {}",
                sentence.hedge_score,
                text[sentence.span].replace('\n', " ")
            )?;
        }
    }
    if !a.unattributed.is_empty() {
        writeln!(out, "  unattributed:")?;
        for item in &a.unattributed {
            writeln!(
                out,
                "    {:<12} {}",
                item.kind.name(),
                text[item.span].replace('\n', " ")
            )?;
        }
    }
    Ok(())
}
