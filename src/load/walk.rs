//! Walks content/ in path order, passing over hidden files and what Windows and Office leave.

use super::LoadFailure;
use super::classify::is_id;
use crate::io_error::{Action, IoError};
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
pub(super) fn walk(
    root: &Path,
    content: &Path,
) -> Result<(Vec<PathBuf>, Vec<String>), LoadFailure> {
    let mut paths = Vec::new();
    let mut unit_dirs = Vec::new();
    let walker = walkdir::WalkDir::new(content)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_skipped(&e.file_name().to_string_lossy()));
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let at = e
                    .path()
                    .map(|p| rel_path(root, p))
                    .unwrap_or_else(|| "content".into());
                // A loop of links has no system error of its own: walkdir's words stand in.
                let reason = std::io::Error::other(e.to_string());
                let source = e.into_io_error().unwrap_or(reason);
                return Err(LoadFailure::Io(IoError::new(Action::Read, at, source)));
            }
        };
        if entry.file_type().is_dir() {
            // A folder whose name is not an id is reported through its files ("unexpected
            // file"); "no unit.yaml" would be a second, wrong error about it.
            if entry.depth() == 2
                && let Some(name) = entry.file_name().to_str()
                && is_id(name)
                && entry.path().parent().and_then(Path::file_name) == Some("units".as_ref())
            {
                unit_dirs.push(name.to_owned());
            }
            continue;
        }
        paths.push(entry.into_path());
    }
    Ok((paths, unit_dirs))
}

pub(super) fn rel_path(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.to_string_lossy().replace('\\', "/")
}
