//! Source kinds: whether a source phrase is a name, an anonymous role, a
//! vague crowd, a document or a pronoun (see the kinds in `source.rs`), its
//! head word, and what a pronoun or a relative pronoun refers to.

use super::{
    extend_appositives, inner_preposition, is_determiner, walk_back, DETERMINERS, POSSESSIVES,
    PRONOUNS, RELAY_PARTICIPLES, TIME_PREPS,
};
use crate::doc::Doc;
use crate::lexicon::lexicons;
use crate::model::SourceKind;
use crate::vocab::{w, NUMBER, POSSESSIVE};
use crate::words::listed;
use std::ops::Range;

/// Words of a quantity before a source's noun, which say nothing about a
/// name when capitalised: "More than 30 teachers", "Dozens of residents".
const QUANTITY: [&str; 14] = [
    "more", "fewer", "less", "than", "at", "least", "as", "nearly", "almost", "roughly", "about",
    "both", "all", "half",
];

/// Nouns for a bundle of things, whose head is the thing after "of": "a
/// new batch of emails shows", "a series of memos suggests".
const PARTITIVES: [&str; 9] = [
    "batch",
    "series",
    "trove",
    "set",
    "collection",
    "cache",
    "stack",
    "pile",
    "body",
];

/// The head word of a source phrase: the last word before its first
/// post-modifier (a preposition, a comma, "who", "familiar").
fn head(doc: &Doc, tokens: &Range<usize>) -> usize {
    let start = named_modifier(doc, tokens).unwrap_or(tokens.start);
    let mut head = start;
    for j in start..tokens.end {
        if j > start
            && (inner_preposition(doc, j)
                || doc.punct(j) == Some(',')
                || matches!(
                    doc.id(j),
                    w::WHO
                        | w::THAT
                        | w::WHICH
                        | w::FAMILIAR
                        | w::CLOSE
                        | w::BRIEFED
                        | w::WITH
                        | w::KNOWLEDGEABLE
                        | w::SPEAKING
                        | w::INVOLVED
                ))
        {
            // "a batch of emails", "a series of memos": the things counted
            // head the phrase.
            if doc.is(j, w::OF) && listed(&PARTITIVES, doc.low(head)) {
                continue;
            }
            break;
        }
        let w = doc.low(j);
        let lex = lexicons();
        let head_noun = |k: usize| {
            let h = doc.low(k);
            lex.documents.contains(h) || lex.anon_roles.contains(h) || lex.vague.contains(h)
        };
        if j > tokens.start
            && (listed(&RELAY_PARTICIPLES, w) || (w.ends_with("ed") && head_noun(head)))
        {
            break; // "a poll released last week", "documents seen by the Guardian"
        }
        let out_this = w == "out" && matches!(doc.id(j + 1), w::THIS | w::LAST);
        if j > tokens.start
            && ((listed(&TIME_PREPS, w) || w == "out") && super::time_word(doc, j + 1) || out_this)
        {
            break; // "a poll last week", "a poll out Monday", "out this week"
        }
        if j > tokens.start && super::time_word(doc, j) {
            continue; // "a memo Friday", "Monday night's results"
        }
        if doc.is_word(j) && !matches!(w, "'s" | "’s") {
            head = j;
        }
    }
    head
}

/// The document a name with "of" modifies, which heads the phrase: "a
/// University of Dayton poll", "the Bank of Ohio report" (a capital before
/// "of", capitals after it, then a lowercase word of `documents.txt`).
fn named_modifier(doc: &Doc, tokens: &Range<usize>) -> Option<usize> {
    let of = (tokens.start + 1..tokens.end).find(|&j| doc.is(j, w::OF))?;
    let k = (of + 1..tokens.end).find(|&k| !doc.is_cap(k))?;
    (doc.is_cap(of - 1) && k > of + 1 && lexicons().documents.contains(doc.raw(k))).then_some(k)
}

/// Sorts a source phrase into a kind. `sentence_start` is the first token of
/// its sentence, where a capital letter says nothing about names.
pub(crate) fn classify(doc: &Doc, tokens: Range<usize>, sentence_start: usize) -> SourceKind {
    let lex = lexicons();
    if tokens.len() == 1
        && (listed(&PRONOUNS, doc.low(tokens.start))
            || doc.has(tokens.start, POSSESSIVE)
            || is_relative_source(doc, tokens.start))
    {
        return SourceKind::Pronoun;
    }
    for j in tokens.clone() {
        if lex.anon_markers.longest_at(doc, j, tokens.end).is_some() {
            return SourceKind::Anonymous;
        }
    }
    let h = head(doc, &tokens);
    let word = doc.low(h);
    // A capital at the start of a sentence proves nothing for common words ("Critics").
    let common = |j: usize| {
        let w = doc.low(j);
        is_determiner(w)
            || listed(&PRONOUNS, w)
            || lex.starters.contains(doc.raw(j))
            || lex.vague.contains(w)
            || lex.anon_roles.contains(w)
            || lex.documents.contains(w)
            || listed(&QUANTITY, w)
            || crate::phrase::starts_number(doc, j)
            || fraction(doc, j)
    };
    // A plural ("Nurses were quick to say", "Activist teachers said") whose
    // first word opens the sentence: that word is a name only when the story
    // never writes it in lowercase, nor heads a crowd that a phrase after
    // it picks out ("Nurses at the clinic", "Farmers who sell there"; not
    // "Democrats in Congress", whose phrase is a name).
    let plural = word.ends_with('s') && !word.ends_with("ss");
    let picked_out = h == sentence_start && h + 2 < tokens.end && {
        let after = h + 1;
        (inner_preposition(doc, after) && !doc.is_cap(h + 2) || is_relative_source(doc, after))
            && !(after..tokens.end).any(|j| doc.is_cap(j))
    };
    let is_name = |j: usize| {
        doc.is_cap(j)
            && !((j == sentence_start || j == tokens.start) && common(j))
            && !(j == sentence_start && plural && (picked_out || lowercase_nearby(doc, j)))
    };
    // A personal name after the head role: "spokesman Lee Varga".
    let name_after = (h + 1..tokens.end)
        .take_while(|&j| {
            doc.is_word(j)
                && !inner_preposition(doc, j)
                && !is_relative(doc, j)
                && !doc.is(j, w::THAT)
        })
        .any(is_name);
    // (Once: at a sentence's start, `is_name` may scan the story around it.)
    let head_named = is_name(h);
    if lex.anon_roles.contains(word) && !name_after && !head_named {
        return SourceKind::Anonymous;
    }
    let quantifier_only = tokens.len() == 1 && listed(&DETERMINERS, word);
    if (lex.vague.contains(word) || quantifier_only) && !head_named {
        return SourceKind::Vague;
    }
    if lex.documents.contains(word) && !head_named {
        return SourceKind::Document;
    }
    // A name in an appositive: "the campaign manager, Ruth Adeyemi".
    let appositive_name = (tokens.clone())
        .find(|&j| doc.punct(j) == Some(','))
        .is_some_and(|comma| is_name(comma + 1) && comma + 1 < tokens.end);
    if head_named || name_after || appositive_name || (tokens.clone()).any(|j| is_name(j) && j <= h)
    {
        return SourceKind::Named;
    }
    if lex.anon_roles.contains(word) {
        return SourceKind::Anonymous;
    }
    // An unnamed individual or body, by its determiner: definite and
    // singular, it is one the reader can pick out, as a name does (Named:
    // "the mayor", "the teacher", "the council", "her lawyer", "the
    // mayor's"). Indefinite, a title of a person is a role whose holder
    // goes unnamed (Anonymous: "a spokesman for the agency"), and a body
    // or another noun, like a plural, is anyone of a kind or a crowd
    // (Vague: "a teacher", "a group of senators", "the teachers").
    if definite(doc, &tokens, h) && !is_plural(doc, &tokens) {
        return SourceKind::Named;
    }
    if lex.titles.contains(word) && !is_plural(doc, &tokens) && !lex.bodies.contains(word) {
        return SourceKind::Anonymous;
    }
    SourceKind::Vague
}

/// Whether the word at `j` is a number word joined by a hyphen, a share of
/// people and no name: "Two-thirds say", "Twenty-four percent" (on PolNeAR
/// train, 8 sentence-initial sources such as "Sixty-six percent" were
/// named before).
fn fraction(doc: &Doc, j: usize) -> bool {
    let w = doc.low(j);
    let number = |p: usize| doc.vocab.has(doc.vocab.id(&w[..p]), NUMBER);
    w.bytes().position(|b| b == b'-').is_some_and(number)
}

/// How far either side of a sentence's first word [`lowercase_nearby`]
/// looks, in tokens (a bound that keeps the analysis linear).
const NEARBY: usize = 600;

/// Whether the word at `j`, capitalised as its sentence's first word, is
/// written in lowercase nearby, so that it is a common noun: "Nurses were
/// quick to say" in a story that speaks of "the nurses". A name never is
/// ("Democrats", "Reuters", "Sanders").
fn lowercase_nearby(doc: &Doc, j: usize) -> bool {
    let word = doc.low(j);
    let window = j.saturating_sub(NEARBY)..doc.len().min(j + NEARBY);
    word.len() > 2
        && window
            .into_iter()
            .any(|k| doc.is_lower_word(k) && doc.low(k) == word)
}

/// Whether a source phrase opens with a definite determiner ("the", "this",
/// "his") or a possessive before its head ("the city's mayor").
fn definite(doc: &Doc, tokens: &Range<usize>, head: usize) -> bool {
    let first = doc.low(tokens.start);
    matches!(first, "the" | "this" | "that")
        || listed(&POSSESSIVES, first)
        || first == "your"
        || (tokens.start..head).any(|j| matches!(doc.id(j), w::CLITIC_S | w::CURLY_CLITIC_S))
}

/// Whether token `i` is a relative pronoun standing as a source: "Smith, who said".
pub(crate) fn is_relative(doc: &Doc, i: usize) -> bool {
    matches!(doc.id(i), w::WHO | w::WHICH)
}

/// Whether token `i` is a relative pronoun a source may be: "who" and
/// "which", and "that" of a thing that says a quotation ("signs that said
/// ...": see `thing_that_says` in `attribution/build/verb.rs`).
pub(crate) fn is_relative_source(doc: &Doc, i: usize) -> bool {
    is_relative(doc, i) || doc.is(i, w::THAT)
}

/// The phrase a relative pronoun at `i` refers to: "Smith" in "Smith, who said".
pub(crate) fn relative_antecedent(doc: &Doc, i: usize, first: usize) -> Option<Range<usize>> {
    let mut k = i.checked_sub(1).filter(|&k| k >= first)?;
    if doc.punct(k) == Some(',') {
        k = k.checked_sub(1).filter(|&k| k >= first)?;
    }
    walk_back(doc, k, first).map(|r| extend_appositives(doc, r, first))
}

/// Whether a source phrase is plural, for matching "they" to its antecedent.
pub(crate) fn is_plural(doc: &Doc, tokens: &Range<usize>) -> bool {
    let h = head(doc, tokens);
    let w = doc.low(h);
    (w.ends_with('s') && !w.ends_with("ss") && !doc.is_cap(h))
        || matches!(w, "people" | "they" | "police")
}

/// Whether a pronoun refers to people ("he", "she") rather than things ("it").
pub(crate) fn pronoun_number(word: &str) -> Option<bool> {
    match word {
        "he" | "she" | "i" | "his" | "her" | "my" => Some(false),
        "they" | "we" | "their" | "our" => Some(true),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(text: &str) -> SourceKind {
        let doc = Doc::of(text);
        // Pretend a sentence precedes the phrase, so capitals count as names.
        classify(&doc, 0..doc.len(), usize::MAX)
    }

    #[test]
    fn kinds() {
        use SourceKind::*;
        let table = [
            ("Ana Ruiz", Named),
            ("Reuters", Named),
            ("the Pentagon", Named),
            ("Pentagon spokesman Lee Varga", Named),
            ("the president", Named),
            ("an unnamed American official", Anonymous),
            ("sources familiar with the talks", Anonymous),
            ("a person close to the campaign", Anonymous),
            ("officials in the Pentagon", Anonymous),
            ("senior Russian officials", Anonymous),
            ("Pentagon officials", Anonymous),
            ("critics", Vague),
            ("some experts", Vague),
            ("many", Vague),
            ("observers", Vague),
            ("Republican candidates", Vague),
            ("party leaders", Vague),
            ("the report", Document),
            ("a poll", Document),
            ("the account", Document),
            ("he", Pronoun),
            ("More than 30 teachers", Vague),
            ("Dozens of residents", Vague),
            ("Some 200 protesters", Vague),
            ("A group of senators", Vague),
            ("an advocacy group", Vague),
            ("the committee", Named),
            ("The council", Named),
            ("The teacher", Named),
            ("her lawyer", Named),
            ("The mayor's", Named),
            ("a teacher", Vague),
            ("the teachers", Vague),
            ("a group", Vague),
            ("a spokesman for the agency", Anonymous),
            ("a poll out Monday", Document),
            ("a memo Friday", Document),
            ("Two insurers that had covered Harbor Lines", Vague),
        ];
        for (text, want) in table {
            assert_eq!(kind(text), want, "{text}");
        }
    }

    #[test]
    fn sentence_initial_capitals_are_not_names() {
        let doc = Doc::of("Critics said");
        assert_eq!(classify(&doc, 0..1, 0), SourceKind::Vague);
    }
}
