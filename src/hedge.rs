//! Hedges: words that make a statement less than certain.
//!
//! **What it detects.** Every cue of `lexicon/hedges.txt`, in five categories:
//! modal ("the deal could collapse"), reportative ("has reportedly been
//! used", "was said to center on"), evidential ("appears to have aimed"),
//! epistemic ("likely", "apparent") and approximator ("about 300"). Each cue
//! carries a strength from the lexicon: how much certainty it leaves ("might"
//! weak, "likely" moderate, "almost certainly" strong). Each cue also records
//! whose hedge it is ([`mark_whose`]): a source's when it stands inside a
//! quotation or inside what an attribution with a source reports ("officials
//! said the deal could collapse"), else the writer's. A sentence's or a
//! claim's hedge score adds up its cues' doubt ([`score`]), so that "could
//! suggest potentially" is more hedged than "could".
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
//! assert_eq!(a.hedges[0].strength, whosaid::HedgeStrength::Weak);
//! assert_eq!(a.hedges[0].whose, whosaid::Whose::Writer);
//!
//! let a = whosaid::analyze("Officials said the deal could potentially collapse.");
//! assert_eq!(a.hedges[0].whose, whosaid::Whose::Source);
//! assert_eq!(a.hedges[0].attribution, Some(0));
//! assert_eq!(a.sentences[0].hedge_level, whosaid::HedgeLevel::Heavy);
//! ```

use crate::doc::Doc;
use crate::lexicon::lexicons;
use crate::model::{Attribution, Claim, Hedge, HedgeCategory, Quote, Whose};
use crate::quote;
use crate::sentence::SentenceInfo;
use crate::vocab::w;
use crate::words;
use crate::words::listed;
use crate::Span;

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
            let Some((end, &(category, strength))) = lex.hedges.longest_at(doc, i, range.end)
            else {
                i += 1;
                continue;
            };
            if is_trap(doc, i, end, category, range.start, range.end) {
                i += 1;
                continue;
            }
            let span = doc.range_span(i, end);
            let in_quote = quote::containing(quotes, span).is_some();
            hedges.push(Hedge {
                span,
                category,
                strength,
                in_quote,
                // Settled by `mark_whose` once the attributions are known.
                whose: if in_quote {
                    Whose::Source
                } else {
                    Whose::Writer
                },
                attribution: None,
            });
            i = end;
        }
    }
    hedges
}

/// Indexes of the hedges inside `span` (hedges are in order and never overlap).
pub(crate) fn within(hedges: &[Hedge], span: Span) -> std::ops::Range<usize> {
    let first = hedges.partition_point(|h| h.span.start < span.start);
    let end = first + hedges[first..].partition_point(|h| h.span.end <= span.end);
    first..end
}

/// The hedge score of `span`: the doubt of every hedge inside it, added up.
pub(crate) fn score(hedges: &[Hedge], span: Span) -> u32 {
    hedges[within(hedges, span)]
        .iter()
        .map(|h| h.strength.doubt())
        .sum()
}

/// Settles whose hedge each cue is. A cue inside the content of a claim that
/// rests on an attribution with a source ("officials said the deal could
/// collapse", "the deal could collapse, according to two aides", the next
/// quoted sentence of a speaker) is that source's, with the innermost such
/// attribution; so is any cue inside a quotation, with or without a known
/// speaker. The words of an attribution's frame stay the writer's
/// ("officials reportedly said", "the calls indicate that") unless they
/// stand inside another source's claim ("the evidence could suggest
/// tampering, the expert said": the expert's words), and so do the
/// content of an agentless attribution ("the talks were said to center on
/// about 40 kilometres") and what a source refused to say ("police would not
/// say whether the attack was possibly linked"): no one else stands behind
/// those words.
///
/// Each claim looks only at the hedges inside it, found by binary search, so
/// the cost is the number of (claim, hedge inside it) pairs; contents are
/// bounded in length, so that is linear in the text.
pub(crate) fn mark_whose(
    text: &str,
    hedges: &mut [Hedge],
    claims: &[Claim],
    attributions: &[Attribution],
) {
    // The length of the claim that gave each hedge its attribution, to keep the innermost.
    let mut by = vec![usize::MAX; hedges.len()];
    for claim in claims {
        let Some(a) = claim.attribution else { continue };
        let Some(attribution) = attributions.get(a) else {
            continue;
        };
        let Some(source) = attribution.source else {
            continue;
        };
        if is_refusal(text, attribution.cue) || is_topic(text, attribution.cue) {
            continue;
        }
        for i in within(hedges, claim.span) {
            let h = &mut hedges[i];
            if h.span.overlaps(source.span) || h.span.overlaps(attribution.cue) {
                continue;
            }
            if claim.span.len() < by[i] {
                by[i] = claim.span.len();
                h.attribution = Some(a);
            }
        }
    }
    for h in hedges.iter_mut() {
        h.whose = if h.in_quote || h.attribution.is_some() {
            Whose::Source
        } else {
            Whose::Writer
        };
    }
}

/// Whether a cue names a topic rather than a claim ("talked about a plan
/// that would cut jobs", "discussed"): its content is the writer's account
/// of what was talked about, so a hedge in it is the writer's. The topic
/// verbs are those marked `topic` in `cues.txt`.
fn is_topic(text: &str, cue: Span) -> bool {
    let topic = &lexicons().topic_words;
    text.get(cue.start..cue.end).is_some_and(|c| {
        c.split(|ch: char| !ch.is_alphabetic())
            .any(|w| topic.contains(w.to_ascii_lowercase().as_str()))
    })
}

/// Whether a reporting cue is negated or refused ("would not say", "declined
/// to say", "did not say"): its content is what the source did not say.
fn is_refusal(text: &str, cue: Span) -> bool {
    // Only the few words before the cue, to stay linear.
    let mut from = cue.start.saturating_sub(24);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text[from..cue.start].trim_end().to_ascii_lowercase();
    // The cue's own verb group may hold the negation: "did not say".
    let words = text[cue].to_ascii_lowercase();
    let negated = words
        .split_whitespace()
        .any(|w| matches!(w, "not" | "never") || w.ends_with("n't") || w.ends_with("n’t"));
    negated
        || ["not", "n't", "n’t", "never", "declined to", "refused to"]
            .iter()
            .any(|w| before.ends_with(w))
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
                        doc.id(end),
                        w::WAS
                            | w::IS
                            | w::HAS
                            | w::HAD
                            | w::CLITIC_S
                            | w::CURLY_CLITIC_S
                            | w::WILL
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
                    || listed(&words::MONTHS_BUT_MAY, prev)
                    || prev == "today");
            next != "that" && (listed(&PERSONAL, prev) || name)
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
            if listed(&REPORTED, w) && (i - j <= 5 || saw_that) {
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
    fn each_cue_has_a_strength() {
        use crate::HedgeStrength::{Moderate, Strong, Weak};
        let table: &[(&str, &[crate::HedgeStrength])] = &[
            ("The rebels allegedly seized two villages.", &[Weak]),
            ("The deal might collapse.", &[Weak]),
            ("The plan is likely to pass.", &[Moderate]),
            ("The strike appears to have hit a depot.", &[Moderate]),
            ("The ship has reportedly been used.", &[Moderate]),
            ("The bill will almost certainly pass.", &[Strong]),
            ("About 300 people fled.", &[Strong]),
            ("The senator is widely expected to run.", &[Strong]),
            ("The claims are unconfirmed.", &[Weak]),
        ];
        for (text, want) in table {
            let got: Vec<_> = analyze(text).hedges.iter().map(|h| h.strength).collect();
            assert_eq!(&got, want, "{text}");
        }
    }

    #[test]
    fn stacked_cues_raise_the_level() {
        use crate::HedgeLevel::{Heavy, Light, Moderate, None};
        let table: &[(&str, u32, crate::HedgeLevel)] = &[
            ("The deal collapsed.", 0, None),
            ("About 300 people fled.", 1, Light),
            ("The plan is likely to pass.", 2, Light),
            ("The deal could collapse.", 3, Moderate),
            ("The data could suggest a pattern.", 5, Heavy),
            ("The data could suggest potentially a pattern.", 8, Heavy),
        ];
        for &(text, score, level) in table {
            let a = analyze(text);
            let s = a.sentences[0];
            assert_eq!((s.hedge_score, s.hedge_level), (score, level), "{text}");
            let c = &a.claims[0];
            assert_eq!((c.hedge_score, c.hedge_level), (score, level), "{text}");
        }
    }

    #[test]
    fn a_hedge_in_reported_content_is_the_sources() {
        use crate::Whose::{Source, Writer};
        type Row<'a> = (&'a str, crate::Whose, Option<usize>);
        fn whose(text: &str) -> Vec<(String, crate::Whose, Option<usize>)> {
            let a = analyze(text);
            a.hedges
                .iter()
                .map(|h| (text[h.span].to_string(), h.whose, h.attribution))
                .collect()
        }
        let table: &[(&str, &[Row])] = &[
            (
                "Police would not say whether the attack was possibly linked.",
                &[("possibly", Writer, None)],
            ),
            ("The deal could collapse.", &[("could", Writer, None)]),
            (
                "Officials said the deal could collapse.",
                &[("could", Source, Some(0))],
            ),
            (
                "The deal could collapse, officials said.",
                &[("could", Source, Some(0))],
            ),
            (
                "The vote may slip into next month, according to two aides.",
                &[("may", Source, Some(0))],
            ),
            (
                "Officials reportedly said the deal could collapse.",
                &[("reportedly", Writer, None), ("could", Source, Some(0))],
            ),
            ("“It may fail,” he said.", &[("may", Source, Some(0))]),
            (
                "The talks were said to center on about 40 kilometres.",
                &[("were said to", Writer, None), ("about 40", Writer, None)],
            ),
            (
                "The minister talked about a plan that would cut jobs.",
                &[("would", Writer, None)],
            ),
            (
                "He said the deal was dead, and it probably is.",
                &[("probably", Writer, None)],
            ),
        ];
        for (text, want) in table {
            let want: Vec<_> = want
                .iter()
                .map(|&(w, who, a)| (w.to_string(), who, a))
                .collect();
            assert_eq!(whose(text), want, "{text}");
        }
    }

    #[test]
    fn could_have_still_hedges() {
        assert_eq!(texts("He could not have known."), ["could"]);
        assert_eq!(texts("May officials resign?"), ["May"]);
    }
}
