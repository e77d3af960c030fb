//! Word ids: every word of the word lists numbered once, so that matching a
//! token against the lists compares integers instead of strings.
//!
//! The document looks up each token's lowercased text once ([`Vocab::id`]);
//! a token whose text is in no list gets [`NO_WORD`]. Two tokens have the
//! same id exactly when their lowercased texts are the same list word, so a
//! phrase matches by ids exactly where it would by strings.

use crate::hasher::read_le;
use crate::token::{is_word_char, TokenKind};

/// The number of a word of the lists; [`NO_WORD`] for any other text.
pub(crate) type WordId = u32;

/// The id of every text that is no word of the lists.
pub(crate) const NO_WORD: WordId = 0;

/// A form of "to be" (the `<be>` placeholder).
pub(crate) const BE: u16 = 1;
/// A number word: "two", "dozen", "half".
pub(crate) const NUMBER: u16 = 2;
/// "a" or "an", which can start a number ("a dozen").
pub(crate) const ARTICLE: u16 = 4;
/// A word that opens a verb + noun cue frame ("made", "took", "launched":
/// see `cue::frames::noun_frame`).
pub(crate) const FRAME_HEAD: u16 = 8;
/// A possessive determiner ("his", "their": `source::POSSESSIVES`).
pub(crate) const POSSESSIVE: u16 = 16;
/// A verb form that marks a clause ("was", "will": `content::CLAUSE_VERBS`).
pub(crate) const CLAUSE_VERB: u16 = 32;
/// A pronoun subject ("he", "they": `content::PRONOUN_SUBJECTS`).
pub(crate) const PRONOUN_SUBJECT: u16 = 64;
/// A word that opens an adjunct, not a claim ("on", "during":
/// `content::ADJUNCT_STARTS`).
pub(crate) const ADJUNCT_START: u16 = 128;
/// A day of the week (`words::WEEKDAYS`).
pub(crate) const WEEKDAY: u16 = 256;
/// A common irregular past ("spoke": `attribution::IRREGULAR_PASTS`).
pub(crate) const IRREGULAR_PAST: u16 = 512;
/// A word that ends a source noun phrase read backwards ("that", "and",
/// "said": `source::BREAKS`).
pub(crate) const BREAK: u16 = 1 << 10;
/// A determiner ("the", "some": `source::DETERMINERS`).
pub(crate) const DETERMINER: u16 = 1 << 11;
/// A verb form that ends a source phrase ("has", "told": `source::walk::VERBS`).
pub(crate) const SOURCE_VERB: u16 = 1 << 12;
/// A time noun ("week": `source::TIME_WORDS`).
pub(crate) const TIME_WORD: u16 = 1 << 13;
/// A form of a causative verb ("led", "causes": `cue::group::aspect::CAUSERS`).
pub(crate) const CAUSER: u16 = 1 << 14;
/// A conjunction that opens a subordinate clause inside a sentence
/// ("while", "because": `clause_end::INNER_SUBORDINATORS`).
pub(crate) const INNER_SUBORDINATOR: u16 = 1 << 15;

/// Declares the words that the rules compare tokens with where they do so
/// at (nearly) every token: a constant for each, whose id is fixed because
/// [`Vocab::new`] numbers these words first, in this order. `doc.is(i,
/// THAT)` then holds exactly where `doc.low(i) == "that"` does, with one
/// integer comparison.
macro_rules! known_words {
    ($($name:ident = $word:literal,)*) => {
        /// The words of the constants below, in the order of their ids.
        const KNOWN: &[&str] = &[$($word),*];
        known_words!(@id 1, $($name = $word,)*);
    };
    (@id $n:expr, $name:ident = $word:literal, $($rest:tt)*) => {
        #[doc = concat!("The id of \"", $word, "\".")]
        pub(crate) const $name: WordId = $n;
        known_words!(@id $n + 1, $($rest)*);
    };
    (@id $n:expr,) => {};
}

known_words! {
    AFTER = "after",
    AND = "and",
    AS = "as",
    BEFORE = "before",
    BUT = "but",
    HATE = "hate",
    IN = "in",
    LIKE = "like",
    LOVE = "love",
    THAT = "that",
    TO = "to",
    WHEN = "when",
    WHILE = "while",
    CLITIC_S = "'s",
    CURLY_CLITIC_S = "’s",
    CLITIC_RE = "'re",
    CURLY_CLITIC_RE = "’re",
    IS = "is",
    ARE = "are",
    WAS = "was",
    WERE = "were",
    BEEN = "been",
    REMAINS = "remains",
    REMAINED = "remained",
}

/// The words of the lists, with their ids and a few flags.
///
/// An open-addressing table keyed by a word's length and its first eight
/// bytes, which settle most lookups without comparing strings: the look-up
/// runs once per token, so it is kept to a few instructions.
pub(crate) struct Vocab {
    /// Power-of-two many slots, at most half full.
    slots: Vec<Slot>,
    /// The words by id, for comparing the bytes past the eighth.
    words: Vec<&'static str>,
    /// Flags by id: [`BE`], [`NUMBER`], [`ARTICLE`], [`FRAME_HEAD`] and
    /// the word classes after it.
    flags: Vec<u16>,
    /// The length in bytes of the longest word, past which no lookup is needed.
    longest: usize,
    /// Whether some word could be a number token (it starts with a digit) or
    /// a punctuation token (one character that cannot be in a word, "''" or "``").
    odd_words: bool,
}

#[derive(Clone, Copy, Default)]
struct Slot {
    /// The first eight bytes, zero-padded, little-endian.
    head: u64,
    /// The length in bytes; 0 for an empty slot.
    len: u32,
    id: WordId,
}

/// The home slot of a word, from its head and length.
#[inline]
fn home(head: u64, len: usize, mask: usize) -> usize {
    let h = (head ^ (len as u64).rotate_right(8)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> 40) as usize & mask
}

impl Vocab {
    /// A vocabulary of the [`KNOWN`] words alone, numbered in order.
    pub fn new() -> Vocab {
        let mut vocab = Vocab {
            slots: vec![Slot::default(); 16],
            words: vec![""],
            flags: vec![0],
            longest: 0,
            odd_words: false,
        };
        for &word in KNOWN {
            vocab.intern(word);
        }
        vocab
    }

    /// The id of `word`, numbering it if it is new.
    pub fn intern(&mut self, word: &'static str) -> WordId {
        let found = self.id(word);
        if found != NO_WORD || word.is_empty() {
            return found;
        }
        let id = WordId::try_from(self.words.len()).expect("fewer than 2^32 words");
        self.words.push(word);
        self.flags.push(0);
        self.longest = self.longest.max(word.len());
        // A number token starts with a digit; a punctuation token is one
        // character that cannot be in a word, or "''" or "``".
        let mut chars = word.chars();
        self.odd_words |= match (chars.next(), chars.next()) {
            (Some(c), _) if c.is_ascii_digit() => true,
            (Some(c), None) => !is_word_char(c),
            _ => word == "''" || word == "``",
        };
        if self.words.len() * 2 > self.slots.len() {
            self.grow();
        } else {
            self.place(id);
        }
        id
    }

    fn grow(&mut self) {
        self.slots = vec![Slot::default(); self.slots.len() * 2];
        for id in 1..self.words.len() {
            self.place(id as WordId);
        }
    }

    fn place(&mut self, id: WordId) {
        let word = self.words[id as usize].as_bytes();
        let slot = Slot {
            head: read_le(word),
            len: word.len() as u32,
            id,
        };
        let mask = self.slots.len() - 1;
        let mut at = home(slot.head, word.len(), mask);
        while self.slots[at].len != 0 {
            at = (at + 1) & mask;
        }
        self.slots[at] = slot;
    }

    /// Numbers `word` if it is new and gives it `flag`.
    pub fn mark(&mut self, word: &'static str, flag: u16) {
        let id = self.intern(word);
        self.flags[id as usize] |= flag;
    }

    /// The id of `word`, or [`NO_WORD`] when no list has it.
    #[inline]
    pub fn id(&self, word: &str) -> WordId {
        let bytes = word.as_bytes();
        let n = bytes.len();
        if n > self.longest || n == 0 {
            return NO_WORD;
        }
        let key = read_le(bytes);
        let mask = self.slots.len() - 1;
        let mut at = home(key, n, mask);
        loop {
            let slot = self.slots[at];
            if slot.len == 0 {
                return NO_WORD;
            }
            if slot.head == key
                && slot.len as usize == n
                && (n <= 8 || self.words[slot.id as usize].as_bytes()[8..] == bytes[8..])
            {
                return slot.id;
            }
            at = (at + 1) & mask;
        }
    }

    /// Whether a token of kind `kind` can be a word of the lists: a number or
    /// punctuation token (whose lowercased text is still one) only when some
    /// word looks like one.
    #[inline]
    pub fn may_hold(&self, kind: TokenKind) -> bool {
        kind == TokenKind::Word || self.odd_words
    }

    /// Whether the word `id` has `flag`.
    #[inline]
    pub fn has(&self, id: WordId, flag: u16) -> bool {
        self.flags[id as usize] & flag != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_words_once() {
        let mut v = Vocab::new();
        let said = v.intern("said");
        assert_ne!(said, NO_WORD);
        assert_eq!(v.intern("said"), said);
        v.mark("was", BE);
        assert_eq!(v.id("said"), said);
        assert_eq!(v.id("Said"), NO_WORD, "ids are for exact texts");
        assert_eq!(v.id("a much longer word than any"), NO_WORD);
        assert!(v.has(v.id("was"), BE));
        assert!(!v.has(said, BE));
        assert!(!v.has(NO_WORD, BE));
        // The empty text, the known words (among them "was") and "said".
        assert_eq!(v.flags.len(), KNOWN.len() + 2);
        v.intern("'s");
        assert!(!v.may_hold(TokenKind::Punct) && v.may_hold(TokenKind::Word));
        v.intern("$");
        assert!(v.may_hold(TokenKind::Punct));
    }

    #[test]
    fn known_words_have_their_constant_ids() {
        let v = Vocab::new();
        for (k, word) in KNOWN.iter().enumerate() {
            assert_eq!(v.id(word), k as WordId + 1, "{word}");
        }
        assert_eq!(v.id("that"), THAT);
        assert_eq!(v.id("’s"), CURLY_CLITIC_S);
    }

    #[test]
    fn finds_many_words_and_only_them() {
        let words: Vec<&'static str> = (0..3000)
            .map(|k| &*Box::leak(format!("w{k}x{}", "y".repeat(k % 13)).into_boxed_str()))
            .collect();
        let mut v = Vocab::new();
        let ids: Vec<WordId> = words.iter().map(|w| v.intern(w)).collect();
        for (w, id) in words.iter().zip(&ids) {
            assert_eq!(v.id(w), *id);
            assert_eq!(v.id(&format!("{w}z")), NO_WORD);
            assert_eq!(v.id(&w[..w.len() - 1]), NO_WORD);
        }
        assert_eq!(v.id("w1x"), NO_WORD);
    }
}
