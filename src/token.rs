//! Splitting text into words, numbers and punctuation, with byte spans.
//!
//! One pass over the characters, one vector of tokens, no per-token
//! allocation. Contractions and possessives are split the way treebanks do
//! ("couldn't" is `could` + `n't`, "Clinton's" is `Clinton` + `'s`), so that
//! detectors can see the modal and the name on their own. Words keep inner
//! periods, apostrophes and hyphens ("U.S.", "O'Brien", "well-known").

use crate::Span;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (and other word characters, such as emoji).
    Word,
    /// Starts with a digit: "300", "3.5", "100,000", "1990s".
    Number,
    /// One punctuation or symbol character.
    Punct,
}

/// One token of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Where it is.
    pub span: Span,
    /// What it is.
    pub kind: TokenKind,
}

/// Whether `c` is punctuation that never belongs inside a word.
fn is_punct(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_punctuation();
    }
    matches!(c as u32,
        0x00A1..=0x00BF | 0x00D7 | 0x00F7 | 0x2000..=0x206F | 0x2E00..=0x2E7F | 0x3000..=0x303F
        | 0xFE30..=0xFE4F | 0xFF01..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65
        | 0xFFFD)
}

/// Whether `c` can be part of a word.
#[inline]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        // The same test: ASCII is letters and digits, white space, controls and punctuation.
        return c.is_ascii_alphanumeric();
    }
    !c.is_whitespace() && !c.is_control() && !is_punct(c)
}

/// Whether `d`, at byte `at` of `text`, is the second half of a letter
/// decoded twice (UTF-8 read as Latin-1: "Ã±" for "ñ", "Ã©" for "é"): a
/// character from U+0080 to U+00BF right after "Ã" or "Â". Inside a name
/// it is a letter ("PeÃ±a said"), not punctuation that splits the name.
fn mojibake(text: &str, at: usize, d: char) -> bool {
    // (Also "A" and a combining tilde or circumflex, as a text in
    // decomposed form writes them.)
    matches!(d as u32, 0x80..=0xBF) && text[..at].ends_with(['Ã', 'Â', '\u{303}', '\u{302}'])
}

/// Characters that may join two runs of word characters into one word.
fn is_joiner(c: char) -> bool {
    matches!(c, '.' | '\'' | '’' | '-' | '‐' | '&' | '_' | '/')
}

/// What an ASCII byte is to the tokenizer.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ascii {
    /// White space or a control character: skipped.
    Skip,
    /// A letter or a digit: part of a word.
    Alnum,
    /// Punctuation: a token of its own, unless it joins a word.
    Punct,
}

/// The class of each ASCII byte, the same as `is_word_char` and the
/// white-space and control tests give for it.
const ASCII: [Ascii; 128] = {
    let mut table = [Ascii::Punct; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8 as char;
        table[b] = if c.is_ascii_whitespace() || c == '\u{0B}' || c.is_ascii_control() {
            Ascii::Skip
        } else if c.is_ascii_alphanumeric() {
            Ascii::Alnum
        } else {
            Ascii::Punct
        };
        b += 1;
    }
    table
};

/// The character starting at byte `at` of `text` (on a char boundary).
#[inline]
fn char_at(text: &str, at: usize) -> char {
    text[at..].chars().next().unwrap_or('\u{FFFD}')
}

/// Splits `text` into tokens.
///
/// ```
/// use whosaid::token::{tokenize, TokenKind};
/// let text = "The U.S. official couldn't say.";
/// let words: Vec<&str> = tokenize(text).iter().map(|t| &text[t.span]).collect();
/// assert_eq!(words, ["The", "U.S.", "official", "could", "n't", "say", "."]);
/// ```
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut pos = 0;
    while pos < bytes.len() {
        let start = pos;
        let b = bytes[pos];
        let c = if b.is_ascii() {
            pos += 1;
            match ASCII[b as usize] {
                Ascii::Skip => continue,
                Ascii::Punct => {
                    if (b == b'\'' || b == b'`') && bytes.get(pos) == Some(&b) {
                        // "''" and "``": the plain-text spellings of a double
                        // quotation mark. But "'''" after a word closes a single
                        // quote, then a double: "... 'We'll bomb them,''' said".
                        let closes_both = b == b'\''
                            && bytes.get(pos + 1) == Some(&b)
                            && start > 0
                            && !bytes[start - 1].is_ascii_whitespace();
                        if !closes_both {
                            pos += 1;
                        }
                    }
                    tokens.push(Token {
                        span: Span::new(start, pos),
                        kind: TokenKind::Punct,
                    });
                    continue;
                }
                Ascii::Alnum => char::from(b),
            }
        } else {
            let c = char_at(text, pos);
            pos += c.len_utf8();
            if c.is_whitespace() || c.is_control() {
                continue;
            }
            if !is_word_char(c) {
                tokens.push(Token {
                    span: Span::new(start, pos),
                    kind: TokenKind::Punct,
                });
                continue;
            }
            c
        };
        let kind = if c.is_ascii_digit() {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        let (end, apostrophe) = word_end(text, pos, kind);
        pos = end;
        if kind == TokenKind::Number {
            tokens.push(Token {
                span: Span::new(start, end),
                kind,
            });
        } else if apostrophe {
            push_split_word(text, bytes, start, end, &mut tokens);
        } else {
            push(&mut tokens, start, end);
        }
    }
    tokens
}

/// Where the word or number whose first character ends at byte `pos` ends,
/// and whether an apostrophe joined it (one can only be inside a word as a
/// joiner).
#[inline]
fn word_end(text: &str, pos: usize, kind: TokenKind) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut end = pos;
    let mut inner_period = false;
    let mut apostrophe = false;
    // Whether the word so far is lowercase letters: "said.Trump", with the
    // space lost after a sentence's period, is two words.
    let mut lower = text[..pos]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_lowercase());
    while end < bytes.len() {
        let b = bytes[end];
        let d = if b.is_ascii() {
            if ASCII[b as usize] == Ascii::Alnum {
                lower &= b.is_ascii_lowercase();
                end += 1;
                continue;
            }
            char::from(b)
        } else {
            let d = char_at(text, end);
            if is_word_char(d) || mojibake(text, end, d) {
                lower = false;
                end += d.len_utf8();
                continue;
            }
            d
        };
        if !(is_joiner(d) || (d == ',' && kind == TokenKind::Number)) {
            break;
        }
        // A joiner stays inside only when a word character follows it.
        let after = end + d.len_utf8();
        let joins = match text[after..].chars().next() {
            Some(n) if d == ',' => n.is_ascii_digit(),
            Some(n) if d == '.' && lower && end > pos && !inner_period => {
                is_word_char(n) && !n.is_ascii_uppercase()
            }
            Some(n) => is_word_char(n),
            None => false,
        };
        if joins {
            inner_period |= d == '.';
            apostrophe |= d == '\'' || d == '’';
            end = after;
            continue;
        }
        // "U.S." keeps its final period.
        if d == '.' && inner_period && kind == TokenKind::Word {
            end = after;
        }
        break;
    }
    (end, apostrophe)
}

/// The byte offset and length of the last apostrophe (' or ’) in `word`.
fn last_apostrophe(word: &[u8]) -> Option<(usize, usize)> {
    let mut upto = word.len();
    // Scan bytes: ' is 0x27 and ’ is E2 80 99, whose last byte no other
    // character ending in E2 80 99 can share.
    while let Some(p) = word[..upto].iter().rposition(|&b| b == b'\'' || b == 0x99) {
        if word[p] == b'\'' {
            return Some((p, 1));
        }
        if p >= 2 && word[p - 2] == 0xE2 && word[p - 1] == 0x80 {
            return Some((p - 2, 3));
        }
        upto = p;
    }
    None
}

/// Pushes a word, split off a contraction or possessive suffix when it has one.
fn push_split_word(text: &str, bytes: &[u8], start: usize, end: usize, tokens: &mut Vec<Token>) {
    let word = &text[start..end];
    if let Some((pos, ap_len)) = last_apostrophe(&bytes[start..end]) {
        let suffix = &word[pos + ap_len..];
        let at = start + pos;
        if suffix.eq_ignore_ascii_case("t") && pos > 1 && bytes[at - 1].eq_ignore_ascii_case(&b'n')
        {
            // "couldn't" -> "could" + "n't"; "can't" -> "ca" + "n't" as treebanks do.
            push(tokens, start, at - 1);
            push(tokens, at - 1, end);
            return;
        }
        let is_clitic = ["s", "re", "ve", "ll", "d", "m"]
            .iter()
            .any(|s| suffix.eq_ignore_ascii_case(s));
        if is_clitic && pos > 0 {
            push(tokens, start, at);
            push(tokens, at, end);
            return;
        }
    }
    push(tokens, start, end);
}

fn push(tokens: &mut Vec<Token>, start: usize, end: usize) {
    if end > start {
        tokens.push(Token {
            span: Span::new(start, end),
            kind: TokenKind::Word,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| &text[t.span]).collect()
    }

    #[test]
    fn a_lost_space_after_a_period_splits() {
        assert_eq!(words("said.Trump"), ["said", ".", "Trump"]);
        assert_eq!(
            words("example.com U.S.Army e.g."),
            ["example.com", "U.S.Army", "e.g."]
        );
    }

    #[test]
    fn splits_news_text() {
        assert_eq!(
            words("Clinton’s aides said."),
            ["Clinton", "’s", "aides", "said", "."]
        );
        assert_eq!(
            words("“We won’t,” he said."),
            ["“", "We", "wo", "n’t", ",", "”", "he", "said", "."]
        );
        assert_eq!(
            words("about 100,000 people, 3.5%"),
            ["about", "100,000", "people", ",", "3.5", "%"]
        );
        assert_eq!(
            words("at 9 a.m. in D.C."),
            ["at", "9", "a.m.", "in", "D.C."]
        );
        assert_eq!(
            words("O'Brien's well-known"),
            ["O'Brien", "'s", "well-known"]
        );
        assert_eq!(words("end... Next"), ["end", ".", ".", ".", "Next"]);
    }

    #[test]
    fn finds_the_last_apostrophe_in_bytes() {
        assert_eq!(last_apostrophe(b"plain"), None);
        assert_eq!(last_apostrophe("Clinton’s".as_bytes()), Some((7, 3)));
        assert_eq!(last_apostrophe("a’b's".as_bytes()), Some((5, 1)));
        // ♙ (E2 99 99) and ™ (E2 84 A2) are no apostrophes.
        assert_eq!(last_apostrophe("x\u{2659}\u{2122}".as_bytes()), None);
        assert_eq!(words("O’Brien♙’s"), ["O’Brien♙", "’s"]);
    }

    #[test]
    fn handles_any_characters() {
        assert_eq!(words("😀 said 日本"), ["😀", "said", "日本"]);
        assert_eq!(words("a\u{0}b"), ["a", "b"]);
        assert!(words("").is_empty());
        assert_eq!(words("'"), ["'"]);
        assert_eq!(words("n't"), ["n't"]);
    }
}
