//! The summary: counts, shares and the list of distinct sources.

use crate::doc::Doc;
use crate::model::{
    Analysis, Anonymity, Basis, BasisCounts, HedgeCounts, KindCounts, LevelCounts, SourceEntry,
    StrengthCounts, UnattributedCounts, Whose, WhoseCounts,
};
use std::collections::HashMap;

/// Fills in `analysis.summary` from the rest of the analysis.
pub(crate) fn summarize(doc: &Doc, analysis: &mut Analysis) {
    let words = doc
        .tokens
        .iter()
        .filter(|t| t.kind != crate::token::TokenKind::Punct)
        .count();
    let mut hedges_by_category = HedgeCounts::default();
    let mut hedges_by_strength = StrengthCounts::default();
    let mut hedges_by_whose = WhoseCounts::default();
    for h in &analysis.hedges {
        hedges_by_category.add(h.category);
        hedges_by_strength.add(h.strength);
        match h.whose {
            Whose::Writer => hedges_by_whose.writer += 1,
            Whose::Source => hedges_by_whose.source += 1,
        }
    }
    let mut sentences_by_hedge_level = LevelCounts::default();
    for s in &analysis.sentences {
        sentences_by_hedge_level.add(s.hedge_level);
    }
    let mut unattributed_by_kind = UnattributedCounts::default();
    for u in &analysis.unattributed {
        unattributed_by_kind.add(u.kind);
    }
    let mut attributions_by_kind = KindCounts::default();
    for a in &analysis.attributions {
        attributions_by_kind.add(a.source.map(|s| s.effective_kind()));
    }
    let mut claims_by_basis = BasisCounts::default();
    let mut attributed = vec![false; analysis.sentences.len()];
    let mut anonymous = vec![false; analysis.sentences.len()];
    for c in &analysis.claims {
        claims_by_basis.add(c.basis);
        if c.attribution.is_some() {
            // Every sentence the claim overlaps.
            let first = analysis
                .sentences
                .partition_point(|s| s.span.end <= c.span.start);
            for (i, s) in analysis.sentences.iter().enumerate().skip(first) {
                if s.span.start >= c.span.end {
                    break;
                }
                attributed[i] = true;
                anonymous[i] |= c.basis == Basis::Anonymous;
            }
        }
    }
    let attributed_sentences = attributed.iter().filter(|&&b| b).count();
    let anonymous_sentences = anonymous.iter().filter(|&&b| b).count();
    let sources = sources(doc, analysis);
    let summary = &mut analysis.summary;
    summary.words = words;
    summary.sentences = analysis.sentences.len();
    summary.paragraphs = analysis.paragraphs.len();
    summary.quotes = analysis.quotes.len();
    summary.hedges = analysis.hedges.len();
    summary.hedges_by_category = hedges_by_category;
    summary.hedges_by_strength = hedges_by_strength;
    summary.hedges_in_quotes = analysis.hedges.iter().filter(|h| h.in_quote).count();
    summary.hedges_by_whose = hedges_by_whose;
    summary.sentences_by_hedge_level = sentences_by_hedge_level;
    summary.hedges_per_100_words = ratio(analysis.hedges.len() * 100, words);
    summary.attributions = analysis.attributions.len();
    summary.attributions_by_kind = attributions_by_kind;
    summary.claims = analysis.claims.len();
    summary.claims_by_basis = claims_by_basis;
    summary.hedged_claims = analysis.claims.iter().filter(|c| c.hedged).count();
    summary.attributed_sentences = attributed_sentences;
    summary.anonymous_sentences = anonymous_sentences;
    summary.anonymous_share = ratio(anonymous_sentences, attributed_sentences);
    summary.sources = sources;
    summary.unattributed = analysis.unattributed.len();
    summary.unattributed_by_kind = unattributed_by_kind;
    for a in &analysis.attributions {
        match a.source.and_then(|s| s.anonymity) {
            Some(Anonymity::Explained) => summary.anonymity_explained += 1,
            Some(Anonymity::Granted) => summary.anonymity_granted += 1,
            Some(Anonymity::Unexplained) => summary.anonymity_unexplained += 1,
            None => {}
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        ((a as f64 / b as f64) * 1000.0).round() / 1000.0
    }
}

/// A source's identity: its words, lowercased, without leading articles, so
/// "an unnamed official" and "the unnamed official" are one source.
fn key(text: &str) -> String {
    let lower = text.to_lowercase();
    let mut rest = lower.as_str();
    for article in ["the ", "a ", "an "] {
        if let Some(r) = rest.strip_prefix(article) {
            rest = r;
            break;
        }
    }
    rest.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Distinct sources in order of first mention; a resolved pronoun counts for its antecedent.
fn sources(doc: &Doc, analysis: &Analysis) -> Vec<SourceEntry> {
    let mut entries: Vec<SourceEntry> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut of_attribution = vec![None; analysis.attributions.len()];
    for (a_index, a) in analysis.attributions.iter().enumerate() {
        let Some(s) = a.source else { continue };
        let span = s.antecedent.unwrap_or(s.span);
        let text = &doc.text[span];
        let k = key(text);
        let e = *index.entry(k).or_insert_with(|| {
            entries.push(SourceEntry {
                text: text.to_string(),
                kind: s.effective_kind(),
                attributions: 0,
                mentions: Vec::new(),
                claims: 0,
            });
            entries.len() - 1
        });
        entries[e].attributions += 1;
        entries[e].mentions.push(a_index);
        of_attribution[a_index] = Some(e);
    }
    for c in &analysis.claims {
        if let Some(e) = c.attribution.and_then(|a| of_attribution[a]) {
            entries[e].claims += 1;
        }
    }
    entries
}
