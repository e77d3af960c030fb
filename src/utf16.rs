//! UTF-8 byte offsets to UTF-16 code units, in one pass per document.
//!
//! JavaScript strings index by UTF-16 code unit, so a span crossing to the page
//! must be converted for `text.slice(start, end)` to give the highlighted text.
//! [`OffsetMap`] takes every offset of a document at once, sorts them, and
//! walks the text a single time.

/// A lookup from the UTF-8 byte offsets it was built with to UTF-16 code units.
///
/// ```
/// use whosaid::utf16::OffsetMap;
/// let text = "😀 said";
/// let map = OffsetMap::new(text, vec![0, 4, 5, 9]);
/// assert_eq!(map.get(5), 3); // the emoji is 4 bytes but 2 UTF-16 units
/// assert_eq!(map.get(9), 7);
/// ```
#[derive(Clone, Debug)]
pub struct OffsetMap {
    bytes: Vec<usize>,
    units: Vec<usize>,
}

impl OffsetMap {
    /// Builds the map for `offsets` into `text`. Offsets need not be sorted or
    /// distinct; one that is not on a char boundary maps to the end of its char,
    /// and one past the end maps to the text's length in UTF-16 units.
    pub fn new(text: &str, mut offsets: Vec<usize>) -> OffsetMap {
        offsets.sort_unstable();
        offsets.dedup();
        let mut units = Vec::with_capacity(offsets.len());
        let mut wanted = offsets.iter().peekable();
        let mut unit = 0usize;
        for (byte, ch) in text.char_indices() {
            while let Some(&&o) = wanted.peek() {
                if o > byte {
                    break;
                }
                units.push(unit);
                wanted.next();
            }
            unit += ch.len_utf16();
        }
        while wanted.next().is_some() {
            units.push(unit);
        }
        OffsetMap {
            bytes: offsets,
            units,
        }
    }

    /// The UTF-16 offset of byte offset `byte`, which must be one the map was
    /// built with; any other maps to the nearest known offset below it.
    pub fn get(&self, byte: usize) -> usize {
        match self.bytes.binary_search(&byte) {
            Ok(i) => self.units[i],
            Err(0) => 0,
            Err(i) => self.units[i - 1],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16_of(text: &str, byte: usize) -> usize {
        text[..byte].encode_utf16().count()
    }

    #[test]
    fn matches_encode_utf16_on_mixed_text() {
        let text = "A 👩‍👩‍👧 said «日本» é\u{301} 🇺🇦 end";
        let offsets: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        let map = OffsetMap::new(text, offsets.clone());
        for o in offsets {
            assert_eq!(map.get(o), utf16_of(text, o), "offset {o}");
        }
    }

    #[test]
    fn empty_and_out_of_range() {
        let map = OffsetMap::new("", vec![0, 3]);
        assert_eq!(map.get(0), 0);
        assert_eq!(map.get(3), 0);
    }
}
