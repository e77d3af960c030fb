//! Word lists, loaded once from the data files under `src/lexicon/`.
//!
//! Each file starts with a header saying what belongs in it. Phrases may use
//! two placeholders: `<be>` (any form of "to be") and `<num>` (a number).

use crate::doc::Doc;
use crate::hasher::WordSet;
use crate::model::HedgeCategory;
use crate::vocab::{Vocab, WordId, ARTICLE, BE, NUMBER};
use std::sync::OnceLock;

/// One element of a phrase pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pat {
    Word(WordId),
    Be,
    Num,
}

/// A set of phrases, each with a value, matched token by token.
pub(crate) struct PhraseSet<T> {
    phrases: Vec<(Vec<Pat>, T)>,
    /// The phrases starting with word id `w` are `by_word[starts[w]..starts[w + 1]]`,
    /// in the order they were inserted.
    starts: Vec<u32>,
    by_word: Vec<u32>,
    by_be: Vec<u32>,
    by_num: Vec<u32>,
}

impl<T> PhraseSet<T> {
    fn new() -> Self {
        PhraseSet {
            phrases: Vec::new(),
            starts: Vec::new(),
            by_word: Vec::new(),
            by_be: Vec::new(),
            by_num: Vec::new(),
        }
    }

    fn insert(&mut self, vocab: &mut Vocab, phrase: &'static str, value: T) {
        let pats: Vec<Pat> = phrase
            .split_whitespace()
            .map(|w| match w {
                "<be>" => Pat::Be,
                "<num>" => Pat::Num,
                w => Pat::Word(vocab.intern(w)),
            })
            .collect();
        if pats.is_empty() {
            return;
        }
        let index = u32::try_from(self.phrases.len()).expect("fewer than 2^32 phrases");
        match pats[0] {
            Pat::Word(_) => {}
            Pat::Be => self.by_be.push(index),
            Pat::Num => self.by_num.push(index),
        }
        self.phrases.push((pats, value));
    }

    /// Indexes the phrases by their first word, once every phrase is in.
    fn index(&mut self) {
        let mut firsts: Vec<(WordId, u32)> = Vec::new();
        for (p, (pats, _)) in self.phrases.iter().enumerate() {
            if let Pat::Word(w) = pats[0] {
                firsts.push((w, p as u32));
            }
        }
        // Stable: the phrases of one word keep their order.
        firsts.sort_by_key(|&(w, _)| w);
        let words = firsts.last().map_or(0, |&(w, _)| w as usize + 1);
        self.starts = vec![0; words + 1];
        for &(w, _) in &firsts {
            self.starts[w as usize + 1] += 1;
        }
        for w in 0..words {
            self.starts[w + 1] += self.starts[w];
        }
        self.by_word = firsts.into_iter().map(|(_, p)| p).collect();
    }

    /// The phrases whose first word is `id`.
    #[inline]
    fn starting_with(&self, id: WordId) -> &[u32] {
        let w = id as usize;
        match (self.starts.get(w), self.starts.get(w + 1)) {
            (Some(&a), Some(&b)) => &self.by_word[a as usize..b as usize],
            _ => &[],
        }
    }

    /// The longest phrase starting at token `i` and ending at or before token
    /// `limit`: its end (exclusive) and value.
    #[inline]
    pub fn longest_at(&self, doc: &Doc, i: usize, limit: usize) -> Option<(usize, &T)> {
        let id = doc.id(i);
        let first = self.starting_with(id);
        // Placeholder phrases are tried only where their first token can match.
        let be: &[u32] = if !self.by_be.is_empty() && doc.vocab.has(id, BE) {
            &self.by_be
        } else {
            &[]
        };
        let num: &[u32] = if !self.by_num.is_empty() && starts_number(doc, i) {
            &self.by_num
        } else {
            &[]
        };
        if first.is_empty() && be.is_empty() && num.is_empty() {
            return None;
        }
        let mut best: Option<(usize, &T)> = None;
        for &p in first.iter().chain(be).chain(num) {
            let (pats, value) = &self.phrases[p as usize];
            if let Some(end) = match_pats(doc, pats, i, limit) {
                if best.is_none_or(|(e, _)| end > e) {
                    best = Some((end, value));
                }
            }
        }
        best
    }
}

/// The forms of "to be" that `<be>` matches.
const BE_FORMS: [&str; 9] = [
    "is", "are", "was", "were", "be", "been", "being", "'s", "’s",
];

const NUMBER_WORDS: [&str; 44] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "billions",
    "trillion",
    "dozen",
    "dozens",
    "half",
    "third",
    "thirds",
    "quarter",
    "score",
    "percent",
];

/// Whether token `i` is a number word or digits.
fn is_number_at(doc: &Doc, i: usize) -> bool {
    doc.is_number(i) || doc.vocab.has(doc.id(i), NUMBER)
}

/// Whether a number can start at token `i`: digits, a number word, a currency sign, "a".
#[inline]
fn starts_number(doc: &Doc, i: usize) -> bool {
    doc.vocab.has(doc.id(i), NUMBER | ARTICLE) || doc.is_number(i) || doc.is_punct_in(i, "$£€¥")
}

/// Matches a number at `i`: "300", "$40", "a dozen", "half". Returns its end.
fn match_number(doc: &Doc, i: usize, limit: usize) -> Option<usize> {
    let mut j = i;
    if j < limit && (doc.is_punct_in(j, "$£€¥") || doc.vocab.has(doc.id(j), ARTICLE)) {
        j += 1;
    }
    // "nearly an hour", "about a week"
    if j > i
        && j < limit
        && matches!(
            doc.low(j),
            "hour" | "day" | "week" | "month" | "year" | "decade" | "mile" | "minute" | "century"
        )
    {
        return Some(j + 1);
    }
    if j < limit && is_number_at(doc, j) {
        let mut end = j + 1;
        // "300 million", "2.5 billion"
        while end < limit && end < j + 3 && doc.vocab.has(doc.id(end), NUMBER) {
            end += 1;
        }
        Some(end)
    } else {
        None
    }
}

fn match_pats(doc: &Doc, pats: &[Pat], i: usize, limit: usize) -> Option<usize> {
    let mut j = i;
    for pat in pats {
        if j >= limit {
            return None;
        }
        match *pat {
            Pat::Word(w) => {
                if doc.id(j) != w {
                    return None;
                }
                j += 1;
            }
            Pat::Be => {
                if !doc.vocab.has(doc.id(j), BE) {
                    return None;
                }
                j += 1;
            }
            Pat::Num => j = match_number(doc, j, limit)?,
        }
    }
    Some(j)
}

/// What an attribution cue signals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CueType {
    Speech,
    Thought,
    Inference,
    Stance,
}

/// An entry of `cues.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct CueInfo {
    #[allow(dead_code)]
    pub kind: CueType,
    pub strong: bool,
    /// Whether a plain clause or object after it is content enough.
    pub clause: bool,
    /// The first form listed: the base form ("say" for "said").
    pub lemma: &'static str,
}

/// Every word list whosaid uses.
pub(crate) struct Lexicons {
    /// The ids of every word of the phrase lists.
    pub vocab: Vocab,
    pub hedges: PhraseSet<HedgeCategory>,
    pub cues: PhraseSet<CueInfo>,
    pub agentless: PhraseSet<()>,
    pub anon_markers: PhraseSet<()>,
    pub anonymity_granted: PhraseSet<()>,
    pub anonymity_reasons: PhraseSet<()>,
    pub anon_roles: WordSet<&'static str>,
    pub vague: WordSet<&'static str>,
    pub documents: WordSet<&'static str>,
    pub titles: WordSet<&'static str>,
    pub abbrev_titles: WordSet<&'static str>,
    pub abbrev_other: WordSet<&'static str>,
    pub starters: WordSet<&'static str>,
}

/// The lines of a data file that are neither blank nor comments.
fn entries(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Splits `key: value` lines.
fn keyed(file: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    entries(file).filter_map(|l| l.split_once(':').map(|(k, v)| (k.trim(), v.trim())))
}

fn load() -> Lexicons {
    let mut vocab = Vocab::new();
    for w in BE_FORMS {
        vocab.mark(w, BE);
    }
    for w in NUMBER_WORDS {
        vocab.mark(w, NUMBER);
    }
    vocab.mark("a", ARTICLE);
    vocab.mark("an", ARTICLE);
    let mut hedges = PhraseSet::new();
    for (category, phrase) in keyed(include_str!("lexicon/hedges.txt")) {
        let category = HedgeCategory::from_name(category)
            .unwrap_or_else(|| panic!("hedges.txt: unknown category {category}"));
        hedges.insert(&mut vocab, phrase, category);
    }
    let mut cues = PhraseSet::new();
    for (head, forms) in keyed(include_str!("lexicon/cues.txt")) {
        let (kind, strength) = head.split_once(' ').unwrap_or((head, "weak"));
        let kind = match kind {
            "speech" => CueType::Speech,
            "thought" => CueType::Thought,
            "stance" => CueType::Stance,
            _ => CueType::Inference,
        };
        let strong = strength == "strong";
        let clause = strong || strength == "clause";
        if forms.contains(' ') && (forms.contains('<') || forms.starts_with("according")) {
            cues.insert(
                &mut vocab,
                forms,
                CueInfo {
                    kind,
                    strong,
                    clause,
                    lemma: forms,
                },
            );
        } else {
            let lemma = forms.split_whitespace().next().unwrap_or(forms);
            for form in forms.split_whitespace() {
                cues.insert(
                    &mut vocab,
                    form,
                    CueInfo {
                        kind,
                        strong,
                        clause,
                        lemma,
                    },
                );
            }
        }
    }
    let mut agentless = PhraseSet::new();
    for phrase in entries(include_str!("lexicon/agentless.txt")) {
        agentless.insert(&mut vocab, phrase, ());
    }
    let mut anon_markers = PhraseSet::new();
    let mut anon_roles = WordSet::default();
    for (key, value) in keyed(include_str!("lexicon/anonymous.txt")) {
        if key == "role" {
            anon_roles.insert(value);
        } else {
            anon_markers.insert(&mut vocab, value, ());
        }
    }
    let mut anonymity_granted = PhraseSet::new();
    let mut anonymity_reasons = PhraseSet::new();
    for (key, value) in keyed(include_str!("lexicon/anonymity.txt")) {
        if key == "granted" {
            anonymity_granted.insert(&mut vocab, value, ());
        } else {
            anonymity_reasons.insert(&mut vocab, value, ());
        }
    }
    let mut abbrev_titles = WordSet::default();
    let mut abbrev_other = WordSet::default();
    for (key, value) in keyed(include_str!("lexicon/abbreviations.txt")) {
        if key == "title" {
            abbrev_titles.insert(value);
        } else {
            abbrev_other.insert(value);
        }
    }
    for set in [
        &mut agentless,
        &mut anon_markers,
        &mut anonymity_granted,
        &mut anonymity_reasons,
    ] {
        set.index();
    }
    hedges.index();
    cues.index();
    Lexicons {
        vocab,
        hedges,
        cues,
        agentless,
        anon_markers,
        anonymity_granted,
        anonymity_reasons,
        anon_roles,
        vague: entries(include_str!("lexicon/vague.txt")).collect(),
        documents: entries(include_str!("lexicon/documents.txt")).collect(),
        titles: entries(include_str!("lexicon/titles.txt")).collect(),
        abbrev_titles,
        abbrev_other,
        starters: entries(include_str!("lexicon/starters.txt")).collect(),
    }
}

/// The word lists, loaded on first use.
pub(crate) fn lexicons() -> &'static Lexicons {
    static LEXICONS: OnceLock<Lexicons> = OnceLock::new();
    LEXICONS.get_or_init(load)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loads_every_file() {
        let lex = lexicons();
        assert!(lex.anon_roles.contains("officials"));
        assert!(lex.vague.contains("critics"));
        assert!(lex.documents.contains("poll"));
        assert!(lex.abbrev_titles.contains("Sen"));
        assert!(lex.starters.contains("The"));
    }

    #[test]
    fn matches_placeholders() {
        let lex = lexicons();
        let doc = Doc::new("it was said to be about a dozen");
        assert_eq!(
            lex.agentless.longest_at(&doc, 1, doc.len()).map(|m| m.0),
            Some(4)
        );
        assert_eq!(
            lex.hedges.longest_at(&doc, 0, doc.len()).map(|m| m.0),
            Some(3)
        );
        let (end, cat) = lex.hedges.longest_at(&doc, 5, doc.len()).unwrap();
        assert_eq!((end, *cat), (8, HedgeCategory::Approximator));
        assert!(
            lex.hedges.longest_at(&doc, 5, 7).is_none(),
            "limit is respected"
        );
    }

    #[test]
    fn cue_forms_share_their_lemma() {
        let lex = lexicons();
        let doc = Doc::new("told according to");
        let (_, told) = lex.cues.longest_at(&doc, 0, doc.len()).unwrap();
        assert_eq!(told.lemma, "tell");
        assert!(told.strong);
        assert_eq!(
            lex.cues.longest_at(&doc, 1, doc.len()).map(|m| m.0),
            Some(3)
        );
    }
}
