//! Hedges: words that make a statement less than certain.
//!
//! **What it detects.** Every cue of `lexicon/hedges.txt`, in five categories:
//! modal ("the deal could collapse"), reportative ("has reportedly been
//! used", "was said to center on"), evidential ("appears to have aimed"),
//! epistemic ("likely", "apparent") and approximator ("about 300"). Each cue
//! records whether it stands inside a quotation, so that a reader can tell the
//! writer's hedges from a source's.
//!
//! **Why it matters.** A hedge tells the reader how much the writer (or the
//! source) is willing to stand behind a claim. A story built on "reportedly"
//! and "could" asks for more caution than one built on records.
//!
//! **Traps it avoids.**
//! - "May" the month or a name: a capitalised "May" inside a sentence, or one
//!   followed by a number.
//! - "about" as a topic ("talked about the plan"): approximators need a number.
//! - past inability: "could not attend" (but "could not have known" hedges).
//! - future in the past: "said he would attend", "announced it would"
//!   (but "warned that the deal could collapse" hedges).
//! - refusal and wishes: "would not say", "would like".
//! - "suggest" meaning propose: "she suggested a meeting" (a person followed
//!   by no "that").
//! - "likely voters" in polling, and "as soon as possible".
//!
//! ```
//! let a = whosaid::analyze("The deal could collapse, and it reportedly has. He said he would attend in May.");
//! let cues: Vec<_> = a.hedges.iter().map(|h| h.category.name()).collect();
//! assert_eq!(cues, ["modal", "reportative"]);
//! ```

use crate::doc::Doc;
use crate::lexicon::lexicons;
use crate::model::{Hedge, HedgeCategory, Quote};
use crate::quote;
use crate::sentence::SentenceInfo;
use crate::words;

/// Past-tense reporting verbs after which "would"/"could" is future in the past.
const REPORTED: [&str; 23] = [
    "knew",
    "indicated",
    "signaled",
    "signalled",
    "wrote",
    "reported",
    "confirmed",
    "said",
    "told",
    "announced",
    "added",
    "promised",
    "vowed",
    "pledged",
    "insisted",
    "warned",
    "stated",
    "declared",
    "predicted",
    "thought",
    "believed",
    "hoped",
    "expected",
];

const PERSONAL: [&str; 8] = ["he", "she", "they", "i", "we", "you", "who", "officials"];

/// Finds the hedges of every sentence.
pub(crate) fn find(doc: &Doc, sentences: &[SentenceInfo], quotes: &[Quote]) -> Vec<Hedge> {
    let lex = lexicons();
    let mut hedges = Vec::new();
    for sentence in sentences {
        let range = sentence.tokens.clone();
        let mut i = range.start;
        while i < range.end {
            let Some((end, &category)) = lex.hedges.longest_at(doc, i, range.end) else {
                i += 1;
                continue;
            };
            if is_trap(doc, i, end, category, range.start, range.end) {
                i += 1;
                continue;
            }
            let span = doc.range_span(i, end);
            hedges.push(Hedge {
                span,
                category,
                in_quote: quote::containing(quotes, span).is_some(),
            });
            i = end;
        }
    }
    hedges
}

/// Whether the cue at tokens `i..end` is one of the known false friends.
fn is_trap(
    doc: &Doc,
    i: usize,
    end: usize,
    category: HedgeCategory,
    first: usize,
    limit: usize,
) -> bool {
    let word = doc.low(i);
    let next = if end < limit { doc.low(end) } else { "" };
    let prev = if i > first { doc.low(i - 1) } else { "" };
    match word {
        "may"
            if doc.raw(i) == "May"
                && (i > first
                    || doc.is_number(end)
                    || doc.is_cap(end)
                    || matches!(
                        doc.low(end),
                        "was" | "is" | "has" | "had" | "'s" | "’s" | "will"
                    )) =>
        {
            // "May" the month or a name: capitalised mid-sentence, or before a number.
            true
        }
        "could" | "would" | "might" | "may" if category == HedgeCategory::Modal => {
            modal_trap(doc, i, end, first, limit)
        }
        "suggest" | "suggests" | "suggested" | "suggesting" | "indicate" | "indicates"
        | "indicated" | "indicating" => {
            // Propose or point at, not evidence: a person as subject and no "that".
            let name = i > first
                && doc.is_cap(i - 1)
                && !(words::is_weekday(prev)
                    || words::MONTHS_BUT_MAY.contains(&prev)
                    || prev == "today");
            next != "that" && (PERSONAL.contains(&prev) || name)
        }
        "likely" => matches!(next, "voter" | "voters" | "caucusgoers"),
        "possible" => prev == "as" || prev == "if",
        "apparent" => prev == "no", // "for no apparent reason"
        "supposed" => next == "to", // "is supposed to attend": obligation
        "hint" | "point" => !matches!(prev, "a" | "the" | "no" | "any" | "every"), // nouns: "a hint", "the point"
        "potential" => matches!(next, "energy"),
        "alleged" | "purported" => {
            // As an adjective ("the alleged plot") it hedges; as a verb ("he alleged that") it attributes.
            !matches!(
                prev,
                "the" | "a" | "an" | "his" | "her" | "its" | "their" | "this" | "that" | "of"
            )
        }
        "seem" | "appear" if prev == "did" || prev == "does" || prev == "do" => false,
        _ => false,
    }
}

/// Traps for modal verbs.
fn modal_trap(doc: &Doc, i: usize, end: usize, first: usize, limit: usize) -> bool {
    let word = doc.low(i);
    let next = if end < limit { doc.low(end) } else { "" };
    let after_not = if end + 1 < limit {
        doc.low(end + 1)
    } else {
        ""
    };
    let negated = matches!(next, "not" | "n't" | "n’t" | "never");
    if negated && matches!(word, "could" | "would") && !matches!(after_not, "be" | "have") {
        // Past inability ("could not attend") and refusal ("would not say").
        return true;
    }
    if word == "would" && matches!(next, "like" | "rather" | "love" | "prefer") {
        return true;
    }
    if matches!(word, "could" | "would") && matches!(next, "you" | "i" | "we") {
        return true; // a question or request
    }
    if word == "would" {
        // Future in the past: "said (that) he would attend", within a few words,
        // or further back across a "that" ("said in a statement on Friday that
        // it would cut jobs"). ("said the deal could collapse" still hedges:
        // "could" is not a tense.)
        let lo = i.saturating_sub(14).max(first);
        let mut saw_that = false;
        for j in (lo..i).rev() {
            let w = doc.low(j);
            saw_that |= w == "that";
            if REPORTED.contains(&w) && (i - j <= 5 || saw_that) {
                return true;
            }
            if doc.punct(j).is_some() && !doc.is_punct_in(j, "’'") {
                break;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::analyze;

    fn cues(text: &str) -> Vec<(String, &'static str, bool)> {
        analyze(text)
            .hedges
            .iter()
            .map(|h| (text[h.span].to_string(), h.category.name(), h.in_quote))
            .collect()
    }

    fn texts(text: &str) -> Vec<String> {
        cues(text).into_iter().map(|c| c.0).collect()
    }

    #[test]
    fn finds_each_category() {
        let table: &[(&str, &[&str])] = &[
            ("The weapon has reportedly been used.", &["reportedly"]),
            (
                "The strike appears to have aimed at depots.",
                &["appears to"],
            ),
            ("The deal could collapse.", &["could"]),
            ("The talks were said to center on grain.", &["were said to"]),
            (
                "It is likely to pass, possibly this week.",
                &["likely", "possibly"],
            ),
            (
                "About 300 people and roughly half the staff left.",
                &["About 300", "roughly half"],
            ),
            (
                "An estimated 40 died, with some 12,000 displaced.",
                &["An estimated", "some 12,000"],
            ),
            ("The data suggests a pattern.", &["suggests"]),
            ("The alleged plot was foiled.", &["alleged"]),
        ];
        for (text, want) in table {
            assert_eq!(&texts(text), want, "{text}");
        }
    }

    #[test]
    fn refuses_traps() {
        let table: &[&str] = &[
            "The vote is in May.",
            "He met Theresa May on Monday.",
            "They talked about the plan around Poland.",
            "She could not attend the meeting.",
            "He said he would attend.",
            "The minister announced that it would open a consulate.",
            "He would not say more.",
            "Voters must register and should vote.",
            "She can swim.",
            "She suggested a meeting.",
            "Among likely voters, Smith leads.",
            "Reply as soon as possible.",
            "He alleged fraud.",
        ];
        for text in table {
            assert_eq!(texts(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn knows_whose_hedge() {
        let got = cues("“It may fail,” he said, and it likely will.");
        assert_eq!(
            got,
            [
                ("may".into(), "modal", true),
                ("likely".into(), "epistemic", false)
            ]
        );
    }

    #[test]
    fn could_have_still_hedges() {
        assert_eq!(texts("He could not have known."), ["could"]);
        assert_eq!(texts("May officials resign?"), ["May"]);
    }
}
