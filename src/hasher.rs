//! A fast hasher for the short, trusted keys of the word lists.
//!
//! The standard library's SipHash resists hash flooding, which costs about
//! as much as the rest of a word lookup. Our keys are lexicon entries fixed at
//! compile time (and the lowercased words of the text looked up against
//! them), so a multiply-and-rotate hash in the style of rustc's FxHash is
//! enough: eight bytes a step, no per-process seed, so lookups behave the
//! same on every run.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

/// A multiply-and-rotate hasher (FxHash style) for string and integer keys.
#[derive(Clone, Copy, Default)]
pub(crate) struct WordHasher {
    hash: u64,
}

/// The multiplier of FxHash: an odd constant with well-spread bits.
const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl WordHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for WordHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.add(read_le(rest));
        }
    }

    #[inline]
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        // The multiply leaves its best bits at the top; hash tables index
        // with the bottom ones.
        self.hash.rotate_left(26)
    }
}

/// The first eight bytes of `bytes` (all of them when shorter) as a
/// little-endian number, zero-padded, read without a loop or a call.
#[inline]
pub(crate) fn read_le(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    if n >= 8 {
        let mut b = [0u8; 8];
        b.copy_from_slice(&bytes[..8]);
        u64::from_le_bytes(b)
    } else if n >= 4 {
        // Two overlapping reads; the bytes they share are the same.
        let lo = u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
        let hi = u32::from_le_bytes([bytes[n - 4], bytes[n - 3], bytes[n - 2], bytes[n - 1]]);
        u64::from(lo) | u64::from(hi) << (8 * (n - 4))
    } else if n >= 2 {
        let lo = u16::from_le_bytes([bytes[0], bytes[1]]);
        let hi = u16::from_le_bytes([bytes[n - 2], bytes[n - 1]]);
        u64::from(lo) | u64::from(hi) << (8 * (n - 2))
    } else if n == 1 {
        u64::from(bytes[0])
    } else {
        0
    }
}

/// A `HashSet` with [`WordHasher`].
pub(crate) type WordSet<K> = HashSet<K, BuildHasherDefault<WordHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_zero_padded_first_bytes() {
        for word in [
            "",
            "a",
            "ab",
            "abc",
            "abcd",
            "abcde",
            "abcdefg",
            "abcdefgh",
            "abcdefghij",
        ] {
            let mut want = [0u8; 8];
            let n = word.len().min(8);
            want[..n].copy_from_slice(&word.as_bytes()[..n]);
            assert_eq!(read_le(word.as_bytes()), u64::from_le_bytes(want), "{word}");
        }
    }

    #[test]
    fn sets_find_what_they_hold() {
        let words = ["a", "officials", "according", "spokeswoman", "’s", ""];
        let set: WordSet<&str> = words.iter().copied().collect();
        for w in words {
            assert!(set.contains(w), "{w}");
        }
        assert!(!set.contains("official"));
        assert!(!set.contains("accordin"));
    }
}
