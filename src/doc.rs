//! The tokenised text that every detector reads.

use crate::lexicon::lexicons;
use crate::token::{tokenize, Token, TokenKind};
use crate::vocab::{Vocab, WordId, NO_WORD};
use crate::Span;

/// The text, an ASCII-lowercased copy with the same byte offsets, and its tokens.
pub(crate) struct Doc<'a> {
    /// The original text.
    pub text: &'a str,
    /// Each token's text with ASCII letters lowercased, a slice of the
    /// lowercased copy of `text` (whose offsets are identical): cut once
    /// here, since the rules read it about eight times a token.
    lows: Vec<&'a str>,
    /// The tokens, in order.
    pub tokens: Vec<Token>,
    /// The word id of each token's lowercased text (see [`Vocab`]).
    ids: Vec<WordId>,
    /// Each token's character as [`Doc::punct`] reads it, or '\0' for a
    /// token that is no punctuation: worked out once here, as the rules ask
    /// for it about thirty times a token.
    puncts: Vec<char>,
    /// The words of the lists, which `ids` number.
    pub vocab: &'static Vocab,
}

impl<'a> Doc<'a> {
    /// The document of `text`, given `lower`, its copy with ASCII letters
    /// lowercased (`text.to_ascii_lowercase()`, which the caller keeps so
    /// that the document can lend out slices of it).
    pub fn new(text: &'a str, lower: &'a str) -> Doc<'a> {
        debug_assert_eq!(text.len(), lower.len());
        let tokens = tokenize(text);
        let vocab = &lexicons().vocab;
        let lows: Vec<&'a str> = tokens
            .iter()
            .map(|t| lower.get(t.span.start..t.span.end).unwrap_or(""))
            .collect();
        let ids = tokens
            .iter()
            .zip(&lows)
            .map(|(t, low)| {
                if vocab.may_hold(t.kind) {
                    vocab.id(low)
                } else {
                    NO_WORD
                }
            })
            .collect();
        let mut doc = Doc {
            text,
            lows,
            tokens,
            ids,
            puncts: Vec::new(),
            vocab,
        };
        doc.puncts = (0..doc.len())
            .map(|i| doc.read_punct(i).unwrap_or('\0'))
            .collect();
        doc
    }

    /// The document of `text` in the unit tests, whose lowercased copy is
    /// leaked rather than kept by the caller.
    #[cfg(test)]
    pub fn of(text: &'a str) -> Doc<'a> {
        Doc::new(text, Box::leak(text.to_ascii_lowercase().into_boxed_str()))
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The lowercased text of token `i`, or "" past the end.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn low(&self, i: usize) -> &'a str {
        self.lows.get(i).copied().unwrap_or("")
    }

    /// The word id of token `i`'s lowercased text, or [`NO_WORD`] past the end.
    #[inline]
    pub fn id(&self, i: usize) -> WordId {
        self.ids.get(i).copied().unwrap_or(NO_WORD)
    }

    /// Whether token `i`'s lowercased text is the known word `word` (one of
    /// the constants of [`crate::vocab::w`], such as `w::THAT`): the same as
    /// `low(i) == "that"`, by ids.
    #[inline]
    pub fn is(&self, i: usize, word: WordId) -> bool {
        self.id(i) == word
    }

    /// Whether token `i`'s lowercased text is a word of the class `flag` (a
    /// flag of [`crate::vocab`], such as `POSSESSIVE`).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn has(&self, i: usize, flag: u16) -> bool {
        self.vocab.has(self.id(i), flag)
    }

    /// Whether token `i` may be a form of "to be": false for sure when it is
    /// none of "is", "are", "was", "were", "be", "been", "being", "'s".
    #[inline]
    pub fn may_be_be(&self, i: usize) -> bool {
        self.vocab.has(self.id(i), crate::vocab::BE)
    }

    /// Whether token `i` may end in ".", "?", "!" or "…": false for sure
    /// when its last byte is none of theirs.
    #[inline]
    pub fn may_end_with_terminal(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| {
            matches!(
                self.text.as_bytes()[t.span.end - 1],
                b'.' | b'?' | b'!' | 0xA6
            )
        })
    }

    /// The original text of token `i`, or "" past the end.
    pub fn raw(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| &self.text[t.span])
    }

    pub fn span(&self, i: usize) -> Span {
        self.tokens[i].span
    }

    /// The index of the first token that starts at or after byte `offset`
    /// (the token starting there, when one does), by binary search.
    pub fn token_at(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < offset)
    }

    /// The tokens from the one at `span`'s start to the one at its end, at
    /// most `cap` of them: the bounded range a scan over a span reads, which
    /// keeps the analysis linear however long the span.
    pub fn token_bounds(&self, span: Span, cap: usize) -> (usize, usize) {
        let from = self.token_at(span.start);
        (from, self.token_at(span.end).min(from + cap))
    }

    /// The span from the start of token `a` to the end of token `b - 1`.
    pub fn range_span(&self, a: usize, b: usize) -> Span {
        Span::new(self.tokens[a].span.start, self.tokens[b - 1].span.end)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word)
    }

    pub fn is_number(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Number)
    }

    /// The character of a punctuation token. The plain-text quotation marks
    /// "''" and "``" read as '"' and '“', and an opening mark typed where a
    /// closing one belongs reads as '”' (see [`Doc::closes_as_open`]), and a
    /// closing mark typed where an opening one belongs as '“'. (Out of line
    /// in the WebAssembly build, where inlining its 184 calls cost 1.9 KB
    /// gzipped.)
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn punct(&self, i: usize) -> Option<char> {
        self.puncts.get(i).copied().filter(|&c| c != '\0')
    }

    /// [`Doc::punct`] worked out from the text, once per token.
    fn read_punct(&self, i: usize) -> Option<char> {
        let t = self.tokens.get(i)?;
        if t.kind != TokenKind::Punct {
            return None;
        }
        // A punctuation token is one character, or "''" or "``": when its
        // first byte is ASCII, that byte and the length tell which.
        let first = self.text.as_bytes()[t.span.start];
        if first.is_ascii() {
            return Some(match (t.span.len(), first) {
                (2, b'\'') => '"',
                (2, _) => '“',
                _ => char::from(first),
            });
        }
        let c = self.text[t.span].chars().next()?;
        Some(match c {
            '“' if self.closes_as_open(i) => '”',
            // ('policy aides ”get close': a closing mark after a space,
            // touching the word after it, opens.)
            '”' if self.space_before(i) && !self.space_before(i + 1) && self.is_word(i + 1) => {
                '“'
            }
            _ => c,
        })
    }

    /// Whether token `i` (an opening mark '“') stands where a closing one
    /// belongs: touching the word or comma before it, with a space (or the
    /// end) after it, as in '“It's rare,“ said Dora Lind'.
    fn closes_as_open(&self, i: usize) -> bool {
        i > 0 && !self.space_before(i) && self.space_before(i + 1)
    }

    /// Whether token `i` is one of the punctuation characters of `set`.
    /// Out of line in the WebAssembly build, where each of its 109 inlined
    /// copies carried the substring search of `str::contains` (2.4 KB
    /// gzipped); inlined natively, for speed.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn is_punct_in(&self, i: usize, set: &str) -> bool {
        match self.punct(i) {
            // An ASCII byte in UTF-8 is always that character.
            Some(c) if c.is_ascii() => set.as_bytes().contains(&(c as u8)),
            Some(c) => set.contains(c),
            None => false,
        }
    }

    /// Whether token `i` starts with an uppercase letter.
    pub fn is_cap(&self, i: usize) -> bool {
        let raw = self.raw(i);
        match raw.as_bytes().first() {
            // (An ASCII first byte is the first character: no decoding.)
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => raw.chars().next().is_some_and(char::is_uppercase),
        }
    }

    /// Whether token `i` is a word starting with a lowercase letter.
    pub fn is_lower_word(&self, i: usize) -> bool {
        if !self.is_word(i) {
            return false;
        }
        let raw = self.raw(i);
        match raw.as_bytes().first() {
            Some(b) if b.is_ascii() => b.is_ascii_lowercase(),
            _ => raw.chars().next().is_some_and(char::is_lowercase),
        }
    }

    /// Whether token `i` is a dash between clauses: an em or en dash, or a
    /// hyphen, with white space before it (not the hyphen of "Smith-Jones").
    pub fn is_spaced_dash(&self, i: usize) -> bool {
        self.is_punct_in(i, "—–-") && self.space_before(i)
    }

    /// Whether token `i` is a dash that may part clauses, spaced or not: an
    /// em or en dash anywhere ("the plan—she said—"), or a spaced hyphen.
    pub fn is_clause_dash(&self, i: usize) -> bool {
        self.is_punct_in(i, "—–") || self.is_spaced_dash(i)
    }

    /// Whether white space (or nothing at all) separates token `i - 1` from token `i`.
    pub fn space_before(&self, i: usize) -> bool {
        i == 0 || i >= self.tokens.len() || self.tokens[i - 1].span.end < self.tokens[i].span.start
    }
}
