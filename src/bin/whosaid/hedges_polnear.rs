//! The PolNeAR false-positive check of `whosaid eval hedges --polnear DIR`.
//!
//! Splits each article of `DIR/text/*.txt` (or `DIR/*.txt`) into sentences
//! with the analysis itself, keeps the sentences holding no word of the hedge
//! lexicon (each lexicon phrase's first literal word, placeholders such as
//! `<num>` and `<be>` skipped), and counts how many of those carry a hedge or
//! a hedged claim. No corpus text is stored or printed.

use serde::Serialize;
use std::collections::HashSet;
use std::path::Path;

const LEXICON: &str = include_str!("../../lexicon/hedges.txt");

/// What the check measured.
#[derive(Clone, Debug, Serialize)]
pub struct PolnearCheck {
    /// Articles read.
    pub articles: usize,
    /// Sentences in them.
    pub sentences: usize,
    /// Sentences holding no lexicon word.
    pub clean_sentences: usize,
    /// Of those, sentences with a hedge or a hedged claim.
    pub clean_flagged: usize,
    /// `clean_flagged / clean_sentences` (0 when there are none).
    pub share: f64,
    /// Sentences of all with a hedge or a hedged claim.
    pub all_flagged: usize,
    /// `all_flagged / sentences`.
    pub all_share: f64,
}

/// The first literal word of every lexicon phrase, lowercase.
pub fn lexicon_words() -> HashSet<String> {
    LEXICON
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once(':').map(|(_, phrase)| phrase))
        .filter_map(|phrase| {
            phrase
                .split_whitespace()
                .find(|w| !(w.starts_with('<') && w.ends_with('>')))
        })
        .map(str::to_lowercase)
        .collect()
}

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_matches(|c| c == '\'' || c == '’').to_lowercase())
}

/// Runs the check over the articles of `dir`.
pub fn check(dir: &Path) -> Result<PolnearCheck, String> {
    let text_dir = dir.join("text");
    let dir = if text_dir.is_dir() { &text_dir } else { dir };
    let files = crate::hedges_data::files_in(dir)?;
    let lexicon = lexicon_words();
    let mut c = PolnearCheck {
        articles: files.len(),
        sentences: 0,
        clean_sentences: 0,
        clean_flagged: 0,
        share: 0.0,
        all_flagged: 0,
        all_share: 0.0,
    };
    for file in &files {
        let text = crate::read_input(&file.to_string_lossy())?;
        let analysis = whosaid::analyze(&text);
        for sentence in &analysis.sentences {
            let span = sentence.span;
            let flagged = analysis.hedges.iter().any(|h| h.span.overlaps(span))
                || analysis
                    .claims
                    .iter()
                    .any(|cl| cl.hedged && cl.span.overlaps(span));
            c.sentences += 1;
            c.all_flagged += usize::from(flagged);
            if words(&text.as_str()[span]).all(|w| !lexicon.contains(&w)) {
                c.clean_sentences += 1;
                c.clean_flagged += usize::from(flagged);
            }
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    c.share = ratio(c.clean_flagged, c.clean_sentences);
    c.all_share = ratio(c.all_flagged, c.sentences);
    Ok(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicon_words_skip_placeholders() {
        let w = lexicon_words();
        assert!(w.contains("reportedly") && w.contains("said") && w.contains("about"));
        assert!(!w.iter().any(|x| x.starts_with('<')));
    }
}
