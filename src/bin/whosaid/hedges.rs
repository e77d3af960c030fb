//! `whosaid eval hedges [FILE...]`: hedge accuracy on our labelled sentences.

/// Runs the evaluation.
pub fn run(_args: &[String]) -> Result<(), String> {
    Err("eval hedges is not written yet".into())
}
