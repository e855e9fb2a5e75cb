//! Turns the model and its scores into files in memory. Never reads the disk, never computes a figure.

pub mod data;

use crate::model::Model;
use crate::score::Scores;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// A file of the built site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    Bytes(Vec<u8>),
    /// Copied as it is from this path (static files).
    Copy(PathBuf),
}

/// Output path (relative, `/`-separated) → contents, in path order.
pub type Files = BTreeMap<String, Body>;

pub fn render(model: &Model, scores: &Scores) -> Files {
    let mut files = Files::new();
    for s in &model.statics {
        files.insert(s.rel.clone(), Body::Copy(s.path.clone()));
    }
    for (path, bytes) in data::files(model, scores) {
        files.insert(path, Body::Bytes(bytes));
    }
    files
}
