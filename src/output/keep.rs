//! Files in the output folder that pacesetter did not write (a `.git/`, a `CNAME` put there by
//! hand) are kept: the marker lists every file a build wrote, and the next build carries
//! everything else over into the folder that replaces it.

use super::{MARKER, MARKER_TEXT, WriteError, io_err};
use std::collections::HashSet;
use std::fs;
use std::path::Path;

const LIST_HEAD: &str = "Files it wrote (any other file here is kept by the next build):\n";

/// The marker's text for a build that wrote `files` (sorted, `/`-separated).
pub fn marker_text(files: &[String]) -> String {
    let mut out = format!("{MARKER_TEXT}{LIST_HEAD}");
    for f in files {
        out.push_str(&f.replace('\\', "\\\\").replace('\n', "\\n"));
        out.push('\n');
    }
    out
}

/// The files a build wrote, from its marker's text; None for a marker without the list (a
/// build before the list existed), whose files must all be taken as its own.
pub fn written(marker: &str) -> Option<HashSet<String>> {
    let (_, list) = marker.split_once(LIST_HEAD)?;
    Some(
        list.lines()
            .map(|l| l.replace("\\n", "\n").replace("\\\\", "\\"))
            .collect(),
    )
}

/// Links (or copies) into `new` every file under `old` that is not in `ours`, keeping the
/// originals until the swap, so a build killed before it loses nothing. A kept file at a path
/// the new build also wrote is an error: one of the two would be lost.
pub fn carry(old: &Path, new: &Path, ours: &HashSet<String>) -> Result<(), WriteError> {
    // The folders that hold a file of the build's; any other folder is kept whole.
    let mut dirs = HashSet::new();
    for f in ours {
        let mut rest = f.as_str();
        while let Some((dir, _)) = rest.rsplit_once('/') {
            if !dirs.insert(dir.to_owned()) {
                break;
            }
            rest = dir;
        }
    }
    carry_dir(old, new, "", ours, &dirs)
}

fn carry_dir(
    old: &Path,
    new: &Path,
    rel: &str,
    ours: &HashSet<String>,
    dirs: &HashSet<String>,
) -> Result<(), WriteError> {
    let dir = old.join(rel);
    let entries = fs::read_dir(&dir).map_err(|e| io_err("read", &dir, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| io_err("read", &dir, e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let rel = if rel.is_empty() {
            name
        } else {
            format!("{rel}/{name}")
        };
        let from = entry.path();
        let kind = entry.file_type().map_err(|e| io_err("read", &from, e))?;
        if rel == MARKER || (!kind.is_dir() && ours.contains(&rel)) {
            continue;
        }
        if kind.is_dir() && dirs.contains(&rel) {
            carry_dir(old, new, &rel, ours, dirs)?;
            continue;
        }
        let to = new.join(&rel);
        if fs::symlink_metadata(&to).is_ok() {
            return Err(clash(&from));
        }
        if let Some(parent) = to.parent() {
            fs::create_dir_all(parent).map_err(|e| io_err("create", parent, e))?;
        }
        if kind.is_dir() {
            keep_tree(&from, &to)?;
        } else {
            keep_file(&from, &to, kind.is_symlink())?;
        }
    }
    Ok(())
}

/// A folder no build wrote into, kept whole (empty folders too).
fn keep_tree(from: &Path, to: &Path) -> Result<(), WriteError> {
    fs::create_dir(to).map_err(|e| io_err("create", to, e))?;
    for entry in fs::read_dir(from).map_err(|e| io_err("read", from, e))? {
        let entry = entry.map_err(|e| io_err("read", from, e))?;
        let kind = entry
            .file_type()
            .map_err(|e| io_err("read", &entry.path(), e))?;
        let target = to.join(entry.file_name());
        if kind.is_dir() {
            keep_tree(&entry.path(), &target)?;
        } else {
            keep_file(&entry.path(), &target, kind.is_symlink())?;
        }
    }
    Ok(())
}

fn keep_file(from: &Path, to: &Path, link: bool) -> Result<(), WriteError> {
    #[cfg(unix)]
    if link {
        let target = fs::read_link(from).map_err(|e| io_err("read", from, e))?;
        return std::os::unix::fs::symlink(target, to).map_err(|e| io_err("keep", from, e));
    }
    let _ = link;
    if fs::hard_link(from, to).is_ok() {
        return Ok(());
    }
    fs::copy(from, to)
        .map(drop)
        .map_err(|e| io_err("keep", from, e))
}

fn clash(path: &Path) -> WriteError {
    WriteError::Io(format!(
        "refusing to replace {}: pacesetter did not write it, and this build would; move it out of the output folder or remove the file of that name from content/static/",
        path.display()
    ))
}
