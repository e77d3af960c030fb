//! Unattributed claims and phrases: what the article presents as someone's
//! words or view without saying whose.
//!
//! **What it detects.** Four kinds, each with the words that show it:
//! - `agentless`: an attribution with no source, "the call was described as
//!   tense", "he is said to favour a deal";
//! - `impersonal`: the same with an empty "it", "it is believed that", "it is
//!   understood the talks will resume";
//! - `document`: a claim credited to a story with no one behind it, "according
//!   to one account", "reports say", "an article claimed", and sentences
//!   that credit a narrative with no cue at all, "the narrative holds that";
//! - `scare_quote`: a short quoted phrase, in double or single quotation
//!   marks, with no speaker in its sentence or the sentences beside it in
//!   its paragraph: "the so-called “peace plan”", "the government's 'reform
//!   package'".
//!
//! **Why it matters.** Each of them floats free of any source: the reader is
//! told that someone holds a view, or hears words in quotation marks, and
//! cannot tell who answers for them.
//!
//! **Traps it avoids.** A document someone owns is a source, not a floating
//! claim: "the ministry's report", "a report by the auditors", "a Reuters
//! account", and "the report" (which points back to one already named). A
//! quoted phrase is not a scare quote when an attribution with a source
//! stands in its sentence or the sentences beside it, when an attributed content holds it, when a
//! naming verb gives it a speaker ("critics call it a “sham”", though not
//! "so-called"), when it is a title in capitals ("the book “Fire and
//! Fury”"), or when it is most of its sentence (a quotation, not a phrase).
//! An apostrophe is not a quotation mark: "don't", "the ministers' plan",
//! "'90s" and "rock 'n' roll" are left alone. Word lists are in
//! `lexicon/unattributed.txt`.
//!
//! ```
//! use whosaid::UnattributedKind;
//! let a = whosaid::analyze(
//!     "It is believed that the general fled. The so-called “peace plan” was shelved.\n\n\
//!      According to one account, he left at dawn.",
//! );
//! let kinds: Vec<_> = a.unattributed.iter().map(|u| u.kind).collect();
//! assert_eq!(
//!     kinds,
//!     [UnattributedKind::Impersonal, UnattributedKind::ScareQuote, UnattributedKind::Document]
//! );
//! ```

use crate::doc::Doc;
use crate::hasher::WordSet;
use crate::lexicon::lexicons;
use crate::model::{Attribution, Claim, Quote, SourceKind, Unattributed, UnattributedKind};
use crate::quote;
use crate::sentence::SentenceInfo;
use crate::vocab::w;
use crate::words::is_be;
use crate::Span;
use std::sync::OnceLock;

/// The most words a quoted phrase may have to count as a scare quote.
const MAX_PHRASE_WORDS: usize = 6;
/// How far, in bytes, a single-quoted phrase may run before its closing mark.
const MAX_PHRASE_BYTES: usize = 80;
/// How many tokens before a quoted phrase are searched for a reporting or naming verb.
const SPEAKER_WINDOW: usize = 40;

/// The word lists of `lexicon/unattributed.txt`.
struct Words {
    document: WordSet<&'static str>,
    unowned: WordSet<&'static str>,
    naming: WordSet<&'static str>,
}

fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut w = Words {
            document: WordSet::default(),
            unowned: WordSet::default(),
            naming: WordSet::default(),
        };
        let lines = crate::lexicon::lexicon_file!("unattributed.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'));
        for (key, value) in lines.filter_map(|l| l.split_once(':')) {
            let list = value.split_whitespace();
            match key.trim() {
                "document" => w.document.extend(list),
                "unowned" => w.unowned.extend(list),
                // (In `Lexicons::narrative`, matched by word ids.)
                "narrative" => {}
                _ => w.naming.extend(list),
            }
        }
        w
    })
}

/// Finds the unattributed claims and phrases, in order of their start.
pub(crate) fn find(
    doc: &Doc,
    sentences: &[SentenceInfo],
    quotes: &[Quote],
    attributions: &[Attribution],
    claims: &[Claim],
) -> Vec<Unattributed> {
    let w = words();
    let mut found = Vec::new();
    // The first claim of each attribution.
    let mut claim_of = vec![None; attributions.len()];
    for (i, c) in claims.iter().enumerate() {
        if let Some(slot) = c.attribution.and_then(|a| claim_of.get_mut(a)) {
            slot.get_or_insert(i);
        }
    }
    for (a, at) in attributions.iter().enumerate() {
        let (kind, span) = match at.source {
            // "Asked whether ..." frames a question, not a claim.
            None if at.content.is_none() || is_question(doc, at.cue) => continue,
            None if impersonal_it(doc, at.cue).is_some() => (
                UnattributedKind::Impersonal,
                impersonal_it(doc, at.cue).map_or(at.cue, |it| it.cover(at.cue)),
            ),
            None => (UnattributedKind::Agentless, at.cue),
            Some(s) if s.effective_kind() == SourceKind::Document && is_unowned(doc, s.span) => {
                (UnattributedKind::Document, s.span)
            }
            Some(_) => continue,
        };
        found.push(Unattributed {
            span,
            kind,
            attribution: Some(a),
            claim: claim_of[a],
            sentence: at.sentence,
        });
    }

    // Sentences with a speaker: the cue of an attribution with a source, or a
    // claim resting on one (agentless attributions name no speaker).
    let mut spoken = vec![false; sentences.len()];
    let sourced = |a: usize| attributions.get(a).is_some_and(|a| a.source.is_some());
    for at in attributions.iter().filter(|a| a.source.is_some()) {
        if let Some(s) = spoken.get_mut(at.sentence) {
            *s = true;
        }
    }
    for c in claims.iter().filter(|c| c.attribution.is_some_and(sourced)) {
        if let Some(s) = spoken.get_mut(c.sentence) {
            *s = true;
        }
    }
    // In the sentence itself, or the one before or after it in its paragraph.
    let speaker_near = |s: usize| {
        let paragraph = sentences[s].paragraph;
        (s.saturating_sub(1)..(s + 2).min(spoken.len()))
            .any(|i| spoken[i] && sentences[i].paragraph == paragraph)
    };
    // What sources are reported to say (an agentless content has no speaker).
    let contents: Vec<Span> = attributions
        .iter()
        .filter(|a| a.source.is_some())
        .flat_map(|a| a.content.iter().chain(&a.more_content).copied())
        .collect();
    let contents = crate::span::merge(contents);
    let in_content = |span: Span| {
        let i = contents.partition_point(|c| c.end <= span.start);
        contents.get(i).is_some_and(|c| c.start < span.end)
    };

    for (s, sentence) in sentences.iter().enumerate() {
        if !spoken[s] {
            if let Some(span) = narrative_in(doc, sentence) {
                found.push(Unattributed {
                    span,
                    kind: UnattributedKind::Document,
                    attribution: None,
                    claim: claim_at(claims, span),
                    sentence: s,
                });
            }
        }
        if speaker_near(s) {
            continue;
        }
        let mut phrases: Vec<Span> = Vec::new();
        let first_quote = quotes.partition_point(|q| q.span.start < sentence.span.start);
        phrases.extend(
            quotes[first_quote..]
                .iter()
                .take_while(|q| q.span.start < sentence.span.end)
                .filter(|q| q.closed && q.span.end <= sentence.span.end)
                .map(|q| q.span),
        );
        phrases.extend(
            single_quoted(doc.text, sentence.span)
                .filter(|&p| quote::containing(quotes, p).is_none()),
        );
        for span in phrases {
            if is_scare_quote(doc, sentence, span, w) && !in_content(span) {
                found.push(Unattributed {
                    span,
                    kind: UnattributedKind::ScareQuote,
                    attribution: None,
                    claim: claim_at(claims, span),
                    sentence: s,
                });
            }
        }
    }
    crate::span::sort_by_span(&mut found, |u| u.span);
    found
}

/// Whether a document source has no one behind it: an indefinite or vague
/// determiner ("one account", "media reports") or a bare plural ("Reports"),
/// a head from the list, and no owner (no name, possessive, or "by"/"from").
fn is_unowned(doc: &Doc, span: Span) -> bool {
    let w = words();
    let first = doc.token_at(span.start);
    let end = doc.token_at(span.end);
    if first >= end {
        return false;
    }
    let opener = doc.low(first);
    if !(w.unowned.contains(opener) || w.document.contains(opener)) {
        return false;
    }
    let mut has_head = false;
    for i in first..end {
        let word = doc.low(i);
        has_head |= w.document.contains(word);
        let owned = (i > first && doc.is_cap(i))
            || matches!(word, "'s" | "’s" | "by" | "from" | "of")
            || (doc.punct(i).is_some_and(|c| c == '\'' || c == '’'));
        if owned {
            return false;
        }
    }
    has_head
}

/// The empty "it" right before an agentless cue: "It | is believed".
pub(crate) fn impersonal_it(doc: &Doc, cue: Span) -> Option<Span> {
    let i = doc.token_at(cue.start);
    (i > 0 && doc.is(i - 1, w::IT)).then(|| doc.span(i - 1))
}

/// Whether an agentless cue frames a question put by someone unnamed ("Asked
/// whether ...", "When asked"), which is no claim.
fn is_question(doc: &Doc, cue: Span) -> bool {
    let words = doc.text[cue].to_ascii_lowercase();
    words.starts_with("asked") || words.starts_with("when asked")
}

/// The first narrative phrase in `sentence` ("the narrative holds"), as a
/// span (the longest, where two start at one token).
fn narrative_in(doc: &Doc, sentence: &SentenceInfo) -> Option<Span> {
    let narrative = &crate::lexicon::lexicons().narrative;
    let range = sentence.tokens.clone();
    range.clone().find_map(|i| {
        let (end, _) = narrative.longest_at(doc, i, range.end)?;
        Some(doc.range_span(i, end))
    })
}

/// The claim holding `span`, if any (claims are in order of their start and
/// nest at most a few deep).
fn claim_at(claims: &[Claim], span: Span) -> Option<usize> {
    let after = claims.partition_point(|c| c.span.start <= span.start);
    (after.saturating_sub(8)..after)
        .rev()
        .find(|&i| claims[i].span.contains(span))
}

/// The words of `text`: runs of letters and digits, apostrophes and hyphens inside.
fn word_list(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '-')))
        .filter(|w| w.chars().any(char::is_alphanumeric))
}

/// Whether the quoted phrase `span` (marks included) of `sentence` is a scare
/// quote, given that no speaker stands near it.
fn is_scare_quote(doc: &Doc, sentence: &SentenceInfo, span: Span, w: &Words) -> bool {
    let inner = doc.text[span].trim_matches(|c: char| !c.is_alphanumeric());
    let count = word_list(inner).count();
    if count == 0 || count > MAX_PHRASE_WORDS || inner.chars().count() < 2 {
        return false;
    }
    // Most of the sentence: a quotation, not a phrase.
    if span.len() * 2 > sentence.span.len() {
        return false;
    }
    // A reporting or naming verb earlier in the sentence gives the phrase a
    // speaker the attributions missed ("Reid went after him as a “spoiled
    // brat”" aside): "critics call it a “sham”", "likened them to a “snake”",
    // "vowed to punish “those who leak”".
    let open = doc.token_at(span.start);
    let lo = open
        .saturating_sub(SPEAKER_WINDOW)
        .max(sentence.tokens.start);
    let so_called = open > sentence.tokens.start
        && (doc.is(open - 1, w::SO_CALLED)
            || (open >= 2 && doc.is(open - 1, w::CALLED) && doc.is(open - 2, w::SO)));
    let cues = &lexicons().cues;
    // After the closing mark, a reporting verb close by: "“...,” said Burman".
    let close = doc.token_at(span.end);
    let hi = (close + 4).min(sentence.tokens.end);
    let spoken = (lo..open).any(|i| {
        let word = doc.low(i);
        let so = i > 0 && doc.is(i - 1, w::SO);
        (w.naming.contains(word) && !so) || cues.longest_at(doc, i, open).is_some()
    }) || (close..hi)
        .take_while(|&i| !is_be(doc.low(i)))
        .any(|i| cues.longest_at(doc, i, hi).is_some());
    // (A passive after the phrase is no speaker: "the 'reform package' was
    // barely mentioned".)
    if spoken && !so_called {
        return false;
    }
    // A nickname inside a name: Rep. Robert C. “Bobby” Scott.
    let name_before = open > sentence.tokens.start
        && (doc.is_cap(open - 1)
            || (doc.punct(open - 1) == Some('.') && open >= 2 && doc.is_cap(open - 2)));
    if count == 1 && name_before && doc.is_cap(close) {
        return false;
    }
    // A figure or a film's number: "“13th”".
    if word_list(inner).all(|word| !word.starts_with(char::is_alphabetic)) {
        return false;
    }
    // A title in capitals: "the book “Fire and Fury”".
    let title = count >= 2
        && word_list(inner).all(|word| {
            word.chars().next().is_some_and(|c| !c.is_lowercase())
                || matches!(
                    word,
                    "a" | "an" | "the" | "of" | "and" | "in" | "on" | "for" | "to"
                )
        });
    so_called || !title
}

/// Phrases in single quotation marks inside `span` of `text`, marks
/// included: an opening `'` or `‘` at the start of a word and a closing `'`
/// or `’` at the end of one, at most [`MAX_PHRASE_BYTES`] apart.
fn single_quoted(text: &str, span: Span) -> impl Iterator<Item = Span> + '_ {
    let s = &text[span];
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < s.len() {
            let rest = &s[at..];
            let Some(offset) = rest.find(['\'', '‘']) else {
                at = s.len();
                return None;
            };
            let open = at + offset;
            let mark_len = s[open..].chars().next().map_or(1, char::len_utf8);
            at = open + mark_len;
            let before = s[..open].chars().next_back();
            let after = s[at..].chars().next();
            let opens = before.is_none_or(|c| c.is_whitespace() || "([—–-\"“".contains(c))
                && after.is_some_and(char::is_alphabetic);
            if !opens {
                continue;
            }
            let limit = (at + MAX_PHRASE_BYTES).min(s.len());
            let mut close = None;
            for (i, c) in s[at..].char_indices() {
                let i = at + i;
                if i >= limit || "\"“”‘".contains(c) {
                    break;
                }
                if c == '\'' || c == '’' {
                    let prev = s[..i].chars().next_back();
                    let next = s[i + c.len_utf8()..].chars().next();
                    if prev.is_some_and(|p| p.is_alphanumeric() || ".,!?".contains(p))
                        && next.is_none_or(|n| !n.is_alphanumeric())
                    {
                        close = Some(i + c.len_utf8());
                        break;
                    }
                }
            }
            if let Some(end) = close {
                at = end;
                return Some(Span::new(span.start + open, span.start + end));
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use crate::analyze;

    fn found(text: &str) -> Vec<(&'static str, String)> {
        analyze(text)
            .unattributed
            .iter()
            .map(|u| (u.kind.name(), text[u.span].to_string()))
            .collect()
    }

    #[test]
    fn finds_each_kind() {
        let table: &[(&str, &[(&str, &str)])] = &[
            (
                "The call was described as tense.",
                &[("agentless", "was described as")],
            ),
            (
                "It is believed that the general was killed.",
                &[("impersonal", "It is believed")],
            ),
            (
                "It is understood the talks will resume.",
                &[("impersonal", "It is understood")],
            ),
            (
                "According to one account, the general fled before dawn.",
                &[("document", "one account")],
            ),
            (
                "Reports say the convoy was attacked.",
                &[("document", "Reports")],
            ),
            (
                "Media reports said the minister had resigned.",
                &[("document", "Media reports")],
            ),
            (
                "The narrative holds that the army was betrayed.",
                &[("document", "The narrative holds")],
            ),
            (
                "The so-called \"peace plan\" was not discussed.",
                &[("scare_quote", "\"peace plan\"")],
            ),
            (
                "The government’s ‘reform package’ passed on Tuesday.",
                &[("scare_quote", "‘reform package’")],
            ),
            (
                "The government's 'reform package' passed on Tuesday.",
                &[("scare_quote", "'reform package'")],
            ),
        ];
        for (text, want) in table {
            let want: Vec<_> = want.iter().map(|(k, s)| (*k, s.to_string())).collect();
            assert_eq!(found(text), want, "{text}");
        }
    }

    #[test]
    fn refuses_traps() {
        let table: &[&str] = &[
            "The ministry's report said the plan had failed.",
            "A report by the auditors said the plan had failed.",
            "The report said the plan had failed.",
            "Critics call it a \"sham.\"",
            "He called the plan \"a disaster,\" and left.",
            "The senator read from the book \"Fire and Fury\" on Monday.",
            "\"We will not give up a single village,\" the minister said.",
            "Officials said the talks were over. The \"peace plan\" was not discussed.",
            "The ministers' plan don't work in the '90s, rock 'n' roll.",
            "\"The deal is dead.\"",
            "Rep. Lionel T. \"Sonny\" Pike threw open his yard.",
            "“It is fragile,” said Mehmet Aydın on Monday.",
        ];
        for text in table {
            assert_eq!(found(text), [], "{text}");
        }
    }

    #[test]
    fn links_claims_and_attributions() {
        let a = analyze("Aid was cut. The so-called \"peace plan\" was shelved. Officials left.");
        // "Officials left" is no attribution: nothing near the phrase speaks.
        let u = a.unattributed[0];
        assert_eq!(u.attribution, None);
        assert_eq!(u.sentence, 1);
        assert!(a.claims[u.claim.unwrap()].span.contains(u.span));
        let a = analyze("The plan was described as a failure.");
        let u = a.unattributed[0];
        assert_eq!(u.attribution, Some(0));
        assert_eq!(a.claims[u.claim.unwrap()].attribution, Some(0));
    }
}
