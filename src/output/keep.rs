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
    carry_dir(old, new, "", ours)
}

fn carry_dir(old: &Path, new: &Path, rel: &str, ours: &HashSet<String>) -> Result<(), WriteError> {
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
        if rel == MARKER {
            continue;
        }
        let from = entry.path();
        let to = new.join(&rel);
        let kind = entry.file_type().map_err(|e| io_err("read", &from, e))?;
        if kind.is_dir() {
            match fs::symlink_metadata(&to) {
                Ok(m) if m.is_dir() => {}
                Ok(_) => return Err(clash(&from)),
                Err(_) => fs::create_dir_all(&to).map_err(|e| io_err("create", &to, e))?,
            }
            carry_dir(old, new, &rel, ours)?;
        } else if !ours.contains(&rel) {
            if fs::symlink_metadata(&to).is_ok() {
                return Err(clash(&from));
            }
            keep_file(&from, &to, kind.is_symlink())?;
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
