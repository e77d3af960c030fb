//! `whosaid eval`: scores the analysis against labelled data.
//!
//! `whosaid eval polnear DIR` scores attributions against the PolNeAR corpus;
//! `whosaid eval hedges [FILE...]` scores hedge cues against our labelled set.

/// Dispatches `whosaid eval KIND ...`.
pub fn run(args: &[String]) -> Result<(), String> {
    match args.first().map(String::as_str) {
        Some("polnear") => crate::polnear::run(&args[1..]),
        Some("hedges") => crate::hedges::run(&args[1..]),
        Some(other) => Err(format!(
            "unknown evaluation '{other}' (use polnear or hedges)"
        )),
        None => Err("eval needs a kind: polnear or hedges".into()),
    }
}
