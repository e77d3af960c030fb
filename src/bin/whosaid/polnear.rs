//! `whosaid eval polnear DIR`: attribution accuracy on the PolNeAR corpus.

/// Runs the evaluation.
pub fn run(_args: &[String]) -> Result<(), String> {
    Err("eval polnear is not written yet".into())
}
