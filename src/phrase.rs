//! Sets of phrases matched token by token, as a trie over word ids.
//!
//! A phrase is a sequence of words and two placeholders: `<be>` (any form of
//! "to be") and `<num>` (a number: "300", "$40", "a dozen", "half"). A set
//! answers one question: the longest phrase starting at a token. When two
//! phrases end at the same token, the one listed first wins, with phrases that
//! start with a word before those that start with `<be>`, and those before the
//! ones that start with `<num>`. A phrase that opens with `<be>` also
//! matches with one or two adverbs or negations after the be-form ("were
//! deeply skeptical of", "has been acutely aware", "aren't sure", "is not
//! known as", "are not necessarily expected to"), as gold takes them into
//! the cue.
//!
//! The phrases share their prefixes in a trie, so the tokens after a match are
//! read once however many phrases start alike ("it is said", "it is
//! believed", ...), and a token that starts no phrase costs one array lookup.

use crate::doc::Doc;
use crate::vocab::{w, Vocab, WordId, ARTICLE, BE, NUMBER};

/// One element of a phrase pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pat {
    Word(WordId),
    Be,
    Num,
}

/// No node: the trie's root is never a child.
const NONE: u32 = 0;

/// A node of the trie: the phrases that go on from here, and the one that ends here.
#[derive(Default)]
struct Node {
    /// Children by word, for every node but the root (which has `root_words`).
    words: Vec<(WordId, u32)>,
    /// The child for `<be>`, or [`NONE`].
    be: u32,
    /// The child for `<num>`, or [`NONE`].
    num: u32,
    /// The rank of the phrase that ends here (the first listed, if several do), plus one; 0 for none.
    ends: u32,
}

/// A set of phrases, each with a value.
pub(crate) struct PhraseSet<T> {
    /// The values in rank order: the order in which ties are won.
    values: Vec<T>,
    /// The phrases as inserted, until [`PhraseSet::index`] builds the trie.
    pending: Vec<(Vec<Pat>, T)>,
    /// `nodes[0]` is the root.
    nodes: Vec<Node>,
    /// The root's children by word id ([`NONE`] for none).
    root_words: Vec<u32>,
}

impl<T> PhraseSet<T> {
    /// An empty set.
    pub fn new() -> Self {
        PhraseSet {
            values: Vec::new(),
            pending: Vec::new(),
            nodes: vec![Node::default()],
            root_words: Vec::new(),
        }
    }

    /// Adds `phrase` (words and placeholders separated by spaces) with `value`.
    /// The set answers nothing until [`PhraseSet::index`] is called.
    pub fn insert(&mut self, vocab: &mut Vocab, phrase: &'static str, value: T) {
        let pats: Vec<Pat> = phrase
            .split_whitespace()
            .map(|w| match w {
                "<be>" => Pat::Be,
                "<num>" => Pat::Num,
                w => Pat::Word(vocab.intern(w)),
            })
            .collect();
        if !pats.is_empty() {
            self.pending.push((pats, value));
        }
    }

    /// Builds the trie from the inserted phrases.
    pub fn index(&mut self) {
        let pending = std::mem::take(&mut self.pending);
        // Rank: phrases starting with a word, then <be>, then <num>, each in
        // the order listed. Three buckets keep that order without a sort (a
        // stable sort here cost the wasm module a sort per value type).
        let class = |pats: &[Pat]| match pats[0] {
            Pat::Word(_) => 0,
            Pat::Be => 1,
            Pat::Num => 2,
        };
        let mut buckets: [Vec<(Vec<Pat>, T)>; 3] = [Vec::new(), Vec::new(), Vec::new()];
        for (pats, value) in pending {
            buckets[class(&pats)].push((pats, value));
        }
        let pending = buckets.into_iter().flatten();
        for (rank, (pats, value)) in pending.enumerate() {
            let mut node = 0usize;
            for (k, pat) in pats.iter().enumerate() {
                node = self.child_or_new(node, k == 0, *pat) as usize;
            }
            if self.nodes[node].ends == 0 {
                self.nodes[node].ends = rank as u32 + 1;
            }
            self.values.push(value);
        }
    }

    fn child_or_new(&mut self, node: usize, root: bool, pat: Pat) -> u32 {
        let existing = match pat {
            Pat::Word(w) if root => self.root_words.get(w as usize).copied().unwrap_or(NONE),
            Pat::Word(w) => self.nodes[node]
                .words
                .iter()
                .find(|&&(id, _)| id == w)
                .map_or(NONE, |&(_, c)| c),
            Pat::Be => self.nodes[node].be,
            Pat::Num => self.nodes[node].num,
        };
        if existing != NONE {
            return existing;
        }
        let child = u32::try_from(self.nodes.len()).expect("fewer than 2^32 nodes");
        self.nodes.push(Node::default());
        match pat {
            Pat::Word(w) if root => {
                let w = w as usize;
                if self.root_words.len() <= w {
                    self.root_words.resize(w + 1, NONE);
                }
                self.root_words[w] = child;
            }
            Pat::Word(w) => self.nodes[node].words.push((w, child)),
            Pat::Be => self.nodes[node].be = child,
            Pat::Num => self.nodes[node].num = child,
        }
        child
    }

    /// The longest phrase starting at token `i` and ending at or before token
    /// `limit`: its end (exclusive) and value.
    #[inline]
    pub fn longest_at(&self, doc: &Doc, i: usize, limit: usize) -> Option<(usize, &T)> {
        if i >= limit {
            return None;
        }
        let id = doc.id(i);
        let root = &self.nodes[0];
        let word = self.root_words.get(id as usize).copied().unwrap_or(NONE);
        let be = root.be != NONE && doc.vocab.has(id, BE);
        if word == NONE && !be && (root.num == NONE || !starts_number(doc, i)) {
            return None;
        }
        let mut best = (0, 0);
        if word != NONE {
            self.walk(doc, word, i + 1, limit, &mut best);
        }
        if be {
            self.walk(doc, root.be, i + 1, limit, &mut best);
            // "are evenly divided on", "was very proud of", "are not
            // necessarily expected to": one or two adverbs after the be-form.
            if i + 2 < limit && degree_adverb(doc.low(i + 1)) {
                self.walk(doc, root.be, i + 2, limit, &mut best);
                if i + 3 < limit && degree_adverb(doc.low(i + 2)) {
                    self.walk(doc, root.be, i + 3, limit, &mut best);
                }
            }
        }
        if root.num != NONE {
            if let Some(end) = match_number(doc, i, limit) {
                self.walk(doc, root.num, end, limit, &mut best);
            }
        }
        let (end, ends) = best;
        (ends != 0).then(|| (end, &self.values[ends as usize - 1]))
    }

    /// The value of the one-word phrase `id`, if the set has one.
    pub fn word(&self, id: WordId) -> Option<&T> {
        let node = self.root_words.get(id as usize).copied().unwrap_or(NONE);
        let ends = self.nodes[node as usize].ends;
        (node != NONE && ends != 0).then(|| &self.values[ends as usize - 1])
    }

    /// Follows the trie from `node` at token `j`, keeping in `best` the
    /// longest end and, among equal ends, the lowest rank (plus one).
    fn walk(&self, doc: &Doc, node: u32, j: usize, limit: usize, best: &mut (usize, u32)) {
        let n = &self.nodes[node as usize];
        if n.ends != 0 && (best.1 == 0 || j > best.0 || (j == best.0 && n.ends < best.1)) {
            *best = (j, n.ends);
        }
        if j >= limit {
            return;
        }
        if !n.words.is_empty() {
            let id = doc.id(j);
            if let Some(&(_, child)) = n.words.iter().find(|&&(w, _)| w == id) {
                self.walk(doc, child, j + 1, limit, best);
            }
        }
        if n.be != NONE && doc.vocab.has(doc.id(j), BE) {
            self.walk(doc, n.be, j + 1, limit, best);
        }
        if n.num != NONE {
            if let Some(end) = match_number(doc, j, limit) {
                self.walk(doc, n.num, end, limit, best);
            }
        }
    }
}

/// Whether `w` is an adverb that may stand between a be-form and the
/// adjective or participle of a `<be>` phrase ("is deeply divided on"), a
/// negation or a comparison among them ("aren't sure", "are not
/// convinced", "were less pleased by": gold takes it into the cue; on
/// PolNeAR train 11 new cues, 10 exact, and 1 of 1 on dev), or an adverb
/// of time or number ("is often described as", "are both seen as"; with
/// a second adverb, "are not necessarily expected to").
fn degree_adverb(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ly"))
        || matches!(
            w,
            "very"
                | "so"
                | "still"
                | "also"
                | "too"
                | "not"
                | "n't"
                | "n’t"
                | "more"
                | "less"
                | "never"
                | "often"
                | "both"
                | "all"
                | "once"
                | "long"
                | "already"
                | "now"
        )
}

/// The forms of "to be" that `<be>` matches.
const BE_FORMS: [&str; 9] = [
    "is", "are", "was", "were", "be", "been", "being", "'s", "’s",
];

/// Number words, for `<num>`.
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

/// Numbers the words the placeholders match and flags them.
pub(crate) fn mark_placeholder_words(vocab: &mut Vocab) {
    for w in BE_FORMS {
        vocab.mark(w, BE);
    }
    for w in NUMBER_WORDS {
        vocab.mark(w, NUMBER);
    }
    vocab.mark("a", ARTICLE);
    vocab.mark("an", ARTICLE);
}

/// Whether token `i` is a number word or digits.
fn is_number_at(doc: &Doc, i: usize) -> bool {
    doc.is_number(i) || doc.vocab.has(doc.id(i), NUMBER)
}

/// Whether a number can start at token `i`: digits, a number word, a currency sign, "a".
#[inline]
pub(crate) fn starts_number(doc: &Doc, i: usize) -> bool {
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
            doc.id(j),
            w::HOUR
                | w::DAY
                | w::WEEK
                | w::MONTH
                | w::YEAR
                | w::DECADE
                | w::MILE
                | w::MINUTE
                | w::CENTURY
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
