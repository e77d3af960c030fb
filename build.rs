//! Copies the word lists of `src/lexicon/` into the build's `OUT_DIR` without
//! their comment and blank lines, which `src/lexicon.rs` and
//! `src/unattributed.rs` include. The headers document the data for the
//! people who edit it; the WebAssembly module only needs the entries (the
//! headers were about 6 KB of its gzipped size). Entry lines are copied
//! byte for byte, so the parsers read exactly what they read before.

use std::path::Path;

fn main() {
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("lexicon");
    std::fs::create_dir_all(&out).expect("creates OUT_DIR/lexicon");
    println!("cargo:rerun-if-changed=src/lexicon");
    let mut names: Vec<_> = std::fs::read_dir("src/lexicon")
        .expect("reads src/lexicon")
        .map(|e| e.expect("lists src/lexicon").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    for path in names {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).expect("reads a lexicon file");
        let mut entries = String::with_capacity(text.len());
        for line in text.lines() {
            let trimmed = line.trim();
            if !trimmed.is_empty() && !trimmed.starts_with('#') {
                entries.push_str(line);
                entries.push('\n');
            }
        }
        let name = path.file_name().expect("a file name");
        std::fs::write(out.join(name), entries).expect("writes OUT_DIR/lexicon");
    }
}
