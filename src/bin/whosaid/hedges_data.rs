//! The labelled hedge sentences of `tests/hedges/*.txt`: reading and parsing.
//!
//! One sentence a line; blank lines and lines starting with `#` are skipped.
//! Each hedge cue is marked inline as `[cue words|category]`, for example
//! `The deal [could|modal] collapse, officials said.` A sentence with no mark
//! has no hedge. Whose hedge a cue is follows from the quotation marks (a
//! source's between them, else the writer's) unless the mark says otherwise
//! with a third field: `The deal [could|modal|source] collapse, officials
//! said.`

use std::path::{Path, PathBuf};
use whosaid::{HedgeCategory, Span, Whose};

/// A hedge cue a person marked.
#[derive(Clone, Debug)]
pub struct GoldCue {
    /// The cue in the sentence with the marks removed.
    pub span: Span,
    /// Its category.
    pub category: HedgeCategory,
    /// Whether it stands between quotation marks.
    pub in_quote: bool,
    /// Whose hedge it is: as marked, else a source's in quotes and the writer's outside.
    pub whose: Whose,
}

/// One labelled sentence.
#[derive(Clone, Debug)]
pub struct Labelled {
    /// Where it comes from, as `file:line`.
    pub origin: String,
    /// The sentence with the marks removed.
    pub text: String,
    /// The marked cues, in order.
    pub cues: Vec<GoldCue>,
}

/// Parses one line; `None` for blank and comment lines.
pub fn parse_line(line: &str) -> Result<Option<(String, Vec<GoldCue>)>, String> {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') {
        return Ok(None);
    }
    let mut text = String::with_capacity(line.len());
    let mut marks = Vec::new();
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        text.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let mark = after.find(']').and_then(|close| {
            let inner = &after[..close];
            let (rest, last) = inner.rsplit_once('|')?;
            let (cue, name, whose) = match last.trim() {
                "source" | "writer" => {
                    let (cue, name) = rest.rsplit_once('|')?;
                    let whose = if last.trim() == "source" {
                        Whose::Source
                    } else {
                        Whose::Writer
                    };
                    (cue, name, Some(whose))
                }
                _ => (rest, last, None),
            };
            Some((cue, HedgeCategory::from_name(name.trim())?, whose, close))
        });
        match mark {
            Some((cue, category, whose, close)) => {
                if cue.trim().is_empty() || cue.contains('[') {
                    return Err(format!("empty or nested mark '[{}]'", &after[..close]));
                }
                let start = text.len();
                text.push_str(cue);
                marks.push((Span::new(start, text.len()), category, whose));
                rest = &after[close + 1..];
            }
            None if after.find(']').is_some_and(|c| after[..c].contains('|')) => {
                let close = after.find(']').unwrap_or(after.len());
                return Err(format!("unknown category in '[{}]'", &after[..close]));
            }
            None => {
                // A literal bracket, not a mark.
                text.push('[');
                rest = after;
            }
        }
    }
    text.push_str(rest);
    let quoted = quoted_ranges(&text);
    let cues = marks
        .into_iter()
        .map(|(span, category, whose)| {
            let in_quote = quoted
                .iter()
                .any(|q| q.start <= span.start && span.end <= q.end);
            let default = if in_quote {
                Whose::Source
            } else {
                Whose::Writer
            };
            GoldCue {
                span,
                category,
                in_quote,
                whose: whose.unwrap_or(default),
            }
        })
        .collect();
    Ok(Some((text, cues)))
}

/// The stretches between double quotation marks: curly “…” pairs and straight
/// "…" pairs, a quotation left open running to the end of the sentence.
fn quoted_ranges(text: &str) -> Vec<Span> {
    let mut ranges = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (c, open) {
            ('“', None) => open = Some(i),
            ('”', Some(start)) | ('"', Some(start)) => {
                ranges.push(Span::new(start, i + c.len_utf8()));
                open = None;
            }
            ('"', None) => open = Some(i),
            _ => {}
        }
    }
    if let Some(start) = open {
        ranges.push(Span::new(start, text.len()));
    }
    ranges
}

/// Reads and parses every labelled sentence of `files`.
pub fn load(files: &[PathBuf]) -> Result<Vec<Labelled>, String> {
    let mut all = Vec::new();
    for file in files {
        let content = crate::read_input(&file.to_string_lossy())?;
        let name = file.file_name().map_or_else(
            || file.display().to_string(),
            |n| n.to_string_lossy().into(),
        );
        for (n, line) in content.lines().enumerate() {
            let origin = format!("{name}:{}", n + 1);
            if let Some((text, cues)) = parse_line(line).map_err(|e| format!("{origin}: {e}"))? {
                all.push(Labelled { origin, text, cues });
            }
        }
    }
    Ok(all)
}

/// The `*.txt` files of `dir`, sorted by name.
pub fn files_in(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(format!("{}: no .txt files", dir.display()));
    }
    Ok(files)
}

/// The default data directory: `tests/hedges` under the current directory,
/// else under the crate the binary was built from.
pub fn default_dir() -> PathBuf {
    let here = PathBuf::from("tests/hedges");
    if here.is_dir() {
        here
    } else {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hedges")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_marks_and_quotes() {
        let (text, cues) =
            parse_line("“It [may|modal] fail,” he said, [about 300|approximator] [x].")
                .unwrap()
                .unwrap();
        assert_eq!(text, "“It may fail,” he said, about 300 [x].");
        assert_eq!(&text.as_str()[cues[0].span], "may");
        assert!(cues[0].in_quote);
        assert_eq!(&text.as_str()[cues[1].span], "about 300");
        assert!(!cues[1].in_quote);
        assert_eq!(cues[0].whose, Whose::Source);
        assert_eq!(cues[1].whose, Whose::Writer);
        let (_, cues) = parse_line("It [may|modal|source] fail, he said.")
            .unwrap()
            .unwrap();
        assert_eq!((cues[0].in_quote, cues[0].whose), (false, Whose::Source));
        assert!(parse_line("# comment").unwrap().is_none());
        assert!(parse_line("A [may|bogus] b.").is_err());
    }
}
