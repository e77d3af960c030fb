//! Word ids: every word of the word lists numbered once, so that matching a
//! token against the lists compares integers instead of strings.
//!
//! The document looks up each token's lowercased text once ([`Vocab::id`]);
//! a token whose text is in no list gets [`NO_WORD`]. Two tokens have the
//! same id exactly when their lowercased texts are the same list word, so a
//! phrase matches by ids exactly where it would by strings.

use crate::hasher::WordMap;

/// The number of a word of the lists; [`NO_WORD`] for any other text.
pub(crate) type WordId = u32;

/// The id of every text that is no word of the lists.
pub(crate) const NO_WORD: WordId = 0;

/// A form of "to be" (the `<be>` placeholder).
pub(crate) const BE: u8 = 1;
/// A number word: "two", "dozen", "half".
pub(crate) const NUMBER: u8 = 2;
/// "a" or "an", which can start a number ("a dozen").
pub(crate) const ARTICLE: u8 = 4;

/// The words of the lists, with their ids and a few flags.
pub(crate) struct Vocab {
    ids: WordMap<&'static str, WordId>,
    /// Flags by id: [`BE`], [`NUMBER`], [`ARTICLE`].
    flags: Vec<u8>,
    /// The length in bytes of the longest word, past which no lookup is needed.
    longest: usize,
}

impl Vocab {
    /// An empty vocabulary: every text is [`NO_WORD`].
    pub fn new() -> Vocab {
        Vocab {
            ids: WordMap::default(),
            flags: vec![0],
            longest: 0,
        }
    }

    /// The id of `word`, numbering it if it is new.
    pub fn intern(&mut self, word: &'static str) -> WordId {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = WordId::try_from(self.flags.len()).expect("fewer than 2^32 words");
        self.ids.insert(word, id);
        self.flags.push(0);
        self.longest = self.longest.max(word.len());
        id
    }

    /// Numbers `word` if it is new and gives it `flag`.
    pub fn mark(&mut self, word: &'static str, flag: u8) {
        let id = self.intern(word);
        self.flags[id as usize] |= flag;
    }

    /// The id of `word`, or [`NO_WORD`] when no list has it.
    #[inline]
    pub fn id(&self, word: &str) -> WordId {
        if word.len() > self.longest {
            return NO_WORD;
        }
        self.ids.get(word).copied().unwrap_or(NO_WORD)
    }

    /// Whether the word `id` has `flag`.
    #[inline]
    pub fn has(&self, id: WordId, flag: u8) -> bool {
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
        assert_eq!(v.flags.len(), 3);
    }
}
