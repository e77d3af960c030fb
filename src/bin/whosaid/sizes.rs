//! `source` repeated to a given size: the inputs of `whosaid bench` and of the
//! criterion benchmarks (`benches/analyze.rs` includes this file by path).

/// `source` repeated (joined by blank lines) and cut to at most `size` bytes,
/// at a char boundary.
pub fn text_of_size(source: &str, size: usize) -> String {
    let mut text = String::with_capacity(size + source.len());
    while text.len() < size {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(source);
    }
    let mut end = size;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    text
}
