//! The summary: counts, shares and the list of distinct sources.

use crate::doc::Doc;
use crate::model::{
    Analysis, Anonymity, Basis, BasisCounts, HedgeCounts, KindCounts, LevelCounts, SourceEntry,
    SourceKind, StrengthCounts, UnattributedCounts, Whose, WhoseCounts,
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
    let lower = lowercase(text);
    let mut rest = lower.as_str();
    for article in ["the ", "a ", "an "] {
        if let Some(r) = rest.strip_prefix(article) {
            rest = r;
            break;
        }
    }
    rest.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Distinct sources in order of first mention; a resolved pronoun counts for
/// its antecedent, and a short definite mention of an anonymous role counts
/// for the last anonymous source with that role ("an unnamed official said
/// ... The official added ...": one source).
fn sources(doc: &Doc, analysis: &Analysis) -> Vec<SourceEntry> {
    let mut entries: Vec<SourceEntry> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    // The entry of the last anonymous source of each role word.
    let mut by_role: HashMap<String, usize> = HashMap::new();
    let mut of_attribution = vec![None; analysis.attributions.len()];
    for (a_index, a) in analysis.attributions.iter().enumerate() {
        let Some(s) = a.source else { continue };
        let span = s.antecedent.unwrap_or(s.span);
        let text = &doc.text[span];
        let kind = s.effective_kind();
        let role = (kind == SourceKind::Anonymous)
            .then(|| role_word(text))
            .flatten();
        let again = role
            .as_ref()
            .filter(|_| is_repeat_mention(text))
            .and_then(|r| by_role.get(r).copied());
        let e = match again {
            Some(e) => e,
            None => *index.entry(key(text)).or_insert_with(|| {
                entries.push(SourceEntry {
                    text: text.to_string(),
                    kind,
                    attributions: 0,
                    mentions: Vec::new(),
                    claims: 0,
                });
                entries.len() - 1
            }),
        };
        if let Some(r) = role {
            by_role.insert(r, e);
        }
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

/// The anonymous role a source is named by ("official" in "a senior
/// official familiar with the talks"): its first word in the role nouns of
/// `src/lexicon/anonymous.txt`, with a plural's "s" dropped so "the
/// officials" and "two officials" agree.
fn role_word(text: &str) -> Option<String> {
    let roles = &crate::lexicon::lexicons().anon_roles;
    text.split(|c: char| !c.is_alphanumeric())
        .map(lowercase)
        .find(|w| roles.contains(w.as_str()))
        .map(|w| w.strip_suffix('s').map_or(w.clone(), str::to_string))
}

/// Whether a source reads as a repeat mention: "the", "that" or "those" and
/// one or two more words ("the official", "the senior officials", "that
/// person"). A longer phrase ("the official who briefed reporters") is read
/// as a source of its own.
fn is_repeat_mention(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && matches!(
            words[0].to_ascii_lowercase().as_str(),
            "the" | "that" | "those"
        )
}

/// `text` with the capitals of the Latin, Greek and Cyrillic alphabets made
/// small ("ÁLVARO PEÑA" and "Álvaro Peña" are one source); other letters
/// stay as written. `str::to_lowercase` would cover every script, but its
/// tables were a sixteenth of the WebAssembly module (9.8 KB gzipped) for
/// the names a news article writes in capitals, which are in these alphabets.
fn lowercase(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    text.chars().map(lower_char).collect()
}

/// One capital made small, as `lowercase` describes.
fn lower_char(c: char) -> char {
    let n = c as u32;
    let small = match n {
        0x41..=0x5a | 0xc0..=0xd6 | 0xd8..=0xde | 0x391..=0x3a1 | 0x3a3..=0x3ab | 0x410..=0x42f => {
            n + 0x20
        }
        0x400..=0x40f => n + 0x50,
        // Latin Extended-A pairs each capital with the small letter after it:
        // at even code points up to U+0137 and from U+014A, at odd ones
        // between. (U+0130, a dotted capital I, has no one-letter small form.)
        0x100..=0x12f | 0x132..=0x137 | 0x14a..=0x177 if n % 2 == 0 => n + 1,
        0x139..=0x148 | 0x179..=0x17e if n % 2 == 1 => n + 1,
        0x178 => 0xff,
        _ => n,
    };
    char::from_u32(small).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use crate::analyze;

    /// The distinct sources of `text`: (text, attributions).
    fn sources(text: &str) -> Vec<(String, usize)> {
        analyze(text)
            .summary
            .sources
            .into_iter()
            .map(|e| (e.text, e.attributions))
            .collect()
    }

    #[test]
    fn a_repeat_mention_of_an_anonymous_role_is_the_same_source() {
        let text = "The vote slipped, an unnamed official said. The official added that a date would come. \
                    Two senior aides said the plan was dead. The aides said it could return.";
        assert_eq!(
            sources(text),
            [
                ("an unnamed official".to_string(), 2),
                ("Two senior aides".to_string(), 2)
            ]
        );
    }

    #[test]
    fn another_of_the_same_role_is_a_new_source_and_the_latest_is_referred_to() {
        let text = "It stalled, an unnamed official said. Another official said it was over. \"It is over,\" the official said.";
        assert_eq!(
            sources(text),
            [
                ("an unnamed official".to_string(), 1),
                ("Another official".to_string(), 2)
            ]
        );
    }

    #[test]
    fn a_definite_role_with_no_anonymous_source_before_it_stands_alone() {
        let text =
            "The official said the road was open. Ana Ruiz, an official, said it was closed.";
        let found = sources(text);
        assert_eq!(found[0], ("The official".to_string(), 1));
        assert_eq!(found.len(), 2);
    }

    #[test]
    fn capitals_of_latin_greek_and_cyrillic_fold_to_one_source() {
        use super::lowercase;
        assert_eq!(
            lowercase("ÁLVARO PEÑA, ŁUKASZ ŻAK"),
            "álvaro peña, łukasz żak"
        );
        assert_eq!(lowercase("ΑΘΗΝΑ, ИВАН ЁЛКИН, İ"), "αθηνα, иван ёлкин, İ");
        let text = "ÁLVARO PEÑA said the vote slipped. Álvaro Peña said it would pass.";
        assert_eq!(sources(text), [("ÁLVARO PEÑA".to_string(), 2)]);
    }
}
