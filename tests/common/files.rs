//! Shared by the tests that read the app's source (`texts_used.rs`, `placeholders.rs`).

use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, recursively, in directory order.
pub fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}
