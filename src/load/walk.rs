//! Walks content/ in path order, passing over hidden files and what Windows and Office leave.

use super::LoadFailure;
use super::classify::is_id;
use crate::io_error::{Action, IoError};
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// Whether the walk passes over a file or folder of this name without a word: hidden ones (an
/// editor's swap files, `.DS_Store`, `.git`), and what Windows Explorer and Office leave in a
/// folder they have shown or opened a file in (`Thumbs.db`, `desktop.ini`, `~$` lock files). None
/// of these can be content, and an editor cannot be expected to know they are there.
pub fn is_skipped(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    name.starts_with('.')
        || name.starts_with("~$")
        || matches!(lower.as_str(), "thumbs.db" | "ehthumbs.db" | "desktop.ini")
}

/// Every file under content/ (skipped ones aside) in path order, and the unit folders.
///
/// Folders are read in parallel, each one's entries in name order, and put together in path
/// order: read one at a time, the 10,000 unit folders of a large campaign were a second of a
/// build on one core.
pub(super) fn walk(
    root: &Path,
    content: &Path,
) -> Result<(Vec<PathBuf>, Vec<String>), LoadFailure> {
    let mut walked = Walked::default();
    walk_dir(root, content, 0, &mut walked)?;
    Ok((walked.paths, walked.unit_dirs))
}

#[derive(Default)]
struct Walked {
    paths: Vec<PathBuf>,
    unit_dirs: Vec<String>,
}

/// Adds what is under `dir` (at `depth` below content/) to `walked`, in path order.
fn walk_dir(root: &Path, dir: &Path, depth: usize, walked: &mut Walked) -> Result<(), LoadFailure> {
    let failed = |path: &Path, e: std::io::Error| {
        LoadFailure::Io(IoError::new(Action::Read, rel_path(root, path), e))
    };
    let mut entries = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| failed(dir, e))? {
        let entry = entry.map_err(|e| failed(dir, e))?;
        let name = entry.file_name();
        if is_skipped(&name.to_string_lossy()) {
            continue;
        }
        let path = entry.path();
        let is_dir = entry.file_type().map_err(|e| failed(&path, e))?.is_dir();
        entries.push((name, path, is_dir));
    }
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    // The folders below, each walked on its own (in parallel), then filed in order.
    let mut below = entries
        .par_iter()
        .filter(|e| e.2)
        .map(|(_, path, _)| {
            let mut w = Walked::default();
            walk_dir(root, path, depth + 1, &mut w).map(|()| w)
        })
        .collect::<Vec<_>>()
        .into_iter();
    let in_units = dir.file_name() == Some("units".as_ref());
    for (name, path, is_dir) in entries {
        if !is_dir {
            walked.paths.push(path);
            continue;
        }
        // A folder whose name is not an id is reported through its files ("unexpected
        // file"); "no unit.yaml" would be a second, wrong error about it.
        if depth + 1 == 2
            && in_units
            && let Some(name) = name.to_str()
            && is_id(name)
        {
            walked.unit_dirs.push(name.to_owned());
        }
        if let Some(w) = below.next() {
            let w = w?;
            walked.paths.extend(w.paths);
            walked.unit_dirs.extend(w.unit_dirs);
        }
    }
    Ok(())
}

pub(super) fn rel_path(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.to_string_lossy().replace('\\', "/")
}
