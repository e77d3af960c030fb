//! The `whosaid` command line: the same analysis as the page, for files and corpora.

mod bench;
mod eval;
mod hedges;
mod hedges_data;
mod hedges_polnear;
mod hedges_score;
mod polnear;
mod polnear_brat;
mod polnear_errors;
mod polnear_report;
mod pretty;
mod score;
mod sizes;

use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;
use whosaid::Report;

const USAGE: &str = "\
whosaid: who is behind each claim in a news article, and how sure it sounds

Usage:
  whosaid analyze [--format pretty|json] [--color auto|always|never] [FILE...]
  whosaid bench [--words N | --articles | --sizes 1K,1M,...] [--seconds S] [--polnear DIR] [--json] [FILE...]
  whosaid eval polnear DIR [--json] [--errors FILE] [--write-baseline FILE] [--agreement]
  whosaid eval hedges [--json] [--errors] [--polnear DIR] [--dir DIR] [FILE...]
  whosaid --help | --version

analyze   Reads each FILE (standard input when there is none) and prints its
          analysis. `pretty` (the default on a terminal) shows the text with
          highlights and a short report; `json` (the default otherwise) prints
          the analysis as described in docs/json.md, one JSON document for one
          input, or JSON Lines with a \"file\" field for several.

bench     Times the analysis of the FILEs joined into one text (repeated
          up to N words when --words is given), single-threaded, and prints
          words, bytes, milliseconds per run and MB/s. --articles analyses
          each input in turn instead; --sizes prints a table of sizes.

eval      Scores the analysis against labelled data. `eval polnear DIR`
          scores attributions against PolNeAR (docs/accuracy.md); with
          --agreement it scores the corpus's second annotator against the
          first instead, the human ceiling. `eval hedges` scores hedge cues
          against tests/hedges/ (docs/hedges.md).

Offsets in JSON are UTF-8 byte offsets, end exclusive.
";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Pretty,
    Json,
}

struct Options {
    format: Option<Format>,
    color: Option<bool>,
    files: Vec<String>,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        None | Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some("-V" | "--version") => {
            println!("whosaid {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Some("eval") => match eval::run(&args[1..]) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("whosaid: {message}");
                ExitCode::FAILURE
            }
        },
        Some("bench") => match bench::run(&args[1..]) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => usage_error(&message),
        },
        Some("analyze") => match parse(&args[1..]) {
            Ok(options) => run_analyze(options),
            Err(message) => usage_error(&message),
        },
        Some(other) => usage_error(&format!("unknown command '{other}'")),
    }
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("whosaid: {message}\n\n{USAGE}");
    ExitCode::from(2)
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut options = Options {
        format: None,
        color: None,
        files: Vec::new(),
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (arg.as_str(), None),
        };
        let mut value = |name: &str| {
            inline
                .clone()
                .or_else(|| it.next().cloned())
                .ok_or(format!("{name} needs a value"))
        };
        match flag {
            "--format" | "-f" => {
                options.format = Some(match value("--format")?.as_str() {
                    "pretty" => Format::Pretty,
                    "json" => Format::Json,
                    other => return Err(format!("unknown format '{other}' (use pretty or json)")),
                })
            }
            "--color" | "--colour" => {
                options.color = match value("--color")?.as_str() {
                    "always" => Some(true),
                    "never" => Some(false),
                    "auto" => None,
                    other => {
                        return Err(format!(
                            "unknown color mode '{other}' (use auto, always or never)"
                        ))
                    }
                }
            }
            "-" => options.files.push("-".into()),
            f if f.starts_with('-') => return Err(format!("unknown option '{f}'")),
            _ => options.files.push(arg.clone()),
        }
    }
    Ok(options)
}

pub(crate) fn read_input(name: &str) -> Result<String, String> {
    let bytes = if name == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| format!("standard input: {e}"))?;
        buf
    } else {
        std::fs::read(name).map_err(|e| format!("{name}: {e}"))?
    };
    // Invalid UTF-8 is replaced, not refused: the analysis then runs on what can be read.
    Ok(match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}

fn run_analyze(options: Options) -> ExitCode {
    let stdout = std::io::stdout();
    let terminal = stdout.is_terminal();
    let format = options.format.unwrap_or(if terminal {
        Format::Pretty
    } else {
        Format::Json
    });
    let color = options
        .color
        .unwrap_or(terminal && std::env::var_os("NO_COLOR").is_none());
    let files = if options.files.is_empty() {
        vec!["-".to_string()]
    } else {
        options.files
    };
    let several = files.len() > 1;
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = false;
    for name in &files {
        let result = read_input(name).and_then(|text| {
            let analysis = whosaid::analyze_checked(&text).map_err(|e| format!("{name}: {e}"))?;
            write_one(&mut out, name, &text, &analysis, format, color, several)
                .map_err(|e| e.to_string())
        });
        if let Err(message) = result {
            let _ = out.flush();
            eprintln!("whosaid: {message}");
            failed = true;
        }
    }
    if out.flush().is_err() {
        return ExitCode::FAILURE;
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn write_one(
    out: &mut impl Write,
    name: &str,
    text: &str,
    analysis: &whosaid::Analysis,
    format: Format,
    color: bool,
    several: bool,
) -> std::io::Result<()> {
    match format {
        Format::Json => {
            let report = Report::new(text, analysis);
            if several {
                #[derive(serde::Serialize)]
                struct Line<'a> {
                    file: &'a str,
                    #[serde(flatten)]
                    report: &'a Report,
                }
                serde_json::to_writer(
                    &mut *out,
                    &Line {
                        file: name,
                        report: &report,
                    },
                )?;
            } else {
                serde_json::to_writer_pretty(&mut *out, &report)?;
            }
            writeln!(out)
        }
        Format::Pretty => {
            if several {
                writeln!(out, "==> {name} <==")?;
            }
            pretty::write(out, text, analysis, color)
        }
    }
}
