//! What must hold for every analysis, shared by the fuzz targets and by
//! `tests/hostile.rs` (which includes `invariants.rs` with `#[path]`).

pub mod invariants;
