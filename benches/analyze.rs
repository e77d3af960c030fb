//! Throughput of `whosaid::analyze` from 1 KB to 10 MB, with criterion.
//!
//!     cargo bench --bench analyze            (or `make bench`)
//!     cargo bench --bench analyze -- 1MB     (one size)
//!
//! The inputs are built at run time by concatenating the PolNeAR dev texts
//! (`../shared/corpus/polnear/dev/text/*.txt` from the crate root, or the
//! directory in `WHOSAID_BENCH_TEXTS`), repeated as needed and cut at a char
//! boundary; without them, the repository's own `tests/golden/*.txt`. No
//! article text is kept in the repository. `whosaid bench --sizes` prints the
//! same table without criterion's statistics.

// Criterion is a native-only dev-dependency; on wasm32 (clippy --all-targets
// --target wasm32-unknown-unknown) this bench is an empty program.
#[cfg(not(target_arch = "wasm32"))]
#[path = "../src/bin/whosaid/sizes.rs"]
mod sizes;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::{BenchmarkId, Criterion, SamplingMode, Throughput};
    use std::hint::black_box;
    use std::path::{Path, PathBuf};

    /// The sizes measured, in bytes, and their names.
    const SIZES: [(usize, &str); 5] = [
        (1_000, "1KB"),
        (10_000, "10KB"),
        (100_000, "100KB"),
        (1_000_000, "1MB"),
        (10_000_000, "10MB"),
    ];

    /// The `*.txt` files of `dir`, in name order, joined by blank lines.
    fn join_texts(dir: &Path) -> Option<String> {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
            .ok()?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        let texts: Vec<String> = paths
            .iter()
            .filter_map(|p| std::fs::read(p).ok())
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .collect();
        let joined = texts.join("\n\n");
        (!joined.trim().is_empty()).then_some(joined)
    }

    /// The source texts and where they came from.
    fn source() -> (String, String) {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut dirs: Vec<PathBuf> = Vec::new();
        if let Some(dir) = std::env::var_os("WHOSAID_BENCH_TEXTS") {
            dirs.push(dir.into());
        }
        dirs.push(root.join("../shared/corpus/polnear/dev/text"));
        dirs.push(root.join("tests/golden"));
        for dir in dirs {
            if let Some(text) = join_texts(&dir) {
                return (text, dir.display().to_string());
            }
        }
        panic!("no input texts: neither the PolNeAR dev texts nor tests/golden/*.txt");
    }

    /// One benchmark per size, in one group, with throughput in bytes.
    pub fn analyze(c: &mut Criterion) {
        let (source, from) = source();
        eprintln!("benches/analyze: inputs from {from}");
        let mut group = c.benchmark_group("analyze");
        for (size, name) in SIZES {
            let text = crate::sizes::text_of_size(&source, size);
            // Decimal megabytes per second, as `whosaid bench` and the browser benchmark print.
            group.throughput(Throughput::BytesDecimal(text.len() as u64));
            if size >= 1_000_000 {
                // A run takes tens of milliseconds or more: few, flat samples.
                group.sampling_mode(SamplingMode::Flat).sample_size(10);
            } else {
                group.sampling_mode(SamplingMode::Auto).sample_size(50);
            }
            group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, text| {
                b.iter(|| whosaid::analyze(black_box(text)))
            });
        }
        group.finish();
    }
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_group!(benches, native::analyze);
#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
