//! Writes a built site safely: into a temporary folder beside the target, then swapped in.
//! The target is replaced only when it is empty or carries pacesetter's marker, so a mistyped
//! `--output` can never delete someone's folder, and a failed build leaves the old site whole.

use crate::render::{Body, Files};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// The file that marks a folder as made by pacesetter.
pub const MARKER: &str = ".pacesetter-output";
const MARKER_TEXT: &str = "This folder was built by pacesetter and is replaced on every build.\n";

#[derive(Debug)]
pub enum WriteError {
    /// The target exists, is not empty and was not made by pacesetter.
    NotOurs(PathBuf),
    Io(String),
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WriteError::NotOurs(p) => write!(
                f,
                "refusing to replace {}: it is not empty and was not made by pacesetter (no {MARKER} in it); choose another --output or empty it yourself",
                p.display()
            ),
            WriteError::Io(m) => f.write_str(m),
        }
    }
}

fn io_err(action: &str, path: &Path, e: io::Error) -> WriteError {
    WriteError::Io(format!("cannot {action} {}: {e}", path.display()))
}

/// Whether `target` may be replaced: absent, an empty folder, or one of ours.
pub fn check_target(target: &Path) -> Result<(), WriteError> {
    match fs::symlink_metadata(target) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(io_err("read", target, e)),
        Ok(meta) if !meta.is_dir() => Err(WriteError::NotOurs(target.to_path_buf())),
        Ok(_) => {
            if target.join(MARKER).is_file() {
                return Ok(());
            }
            let mut entries = fs::read_dir(target).map_err(|e| io_err("read", target, e))?;
            if entries.next().is_none() {
                Ok(())
            } else {
                Err(WriteError::NotOurs(target.to_path_buf()))
            }
        }
    }
}

/// Writes `files` to `target`, replacing what was there only after everything is written.
pub fn write(files: &Files, target: &Path) -> Result<(), WriteError> {
    check_target(target)?;
    let parent = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent).map_err(|e| io_err("create", &parent, e))?;
    let name = target
        .file_name()
        .map_or_else(|| "output".into(), |n| n.to_string_lossy().into_owned());
    sweep_leftovers(&parent, &name);
    let tmp = parent.join(format!(".{name}.pacesetter-new-{}", std::process::id()));
    if tmp.exists() {
        remove_ours(&tmp)?;
    }
    fs::create_dir(&tmp).map_err(|e| io_err("create", &tmp, e))?;
    let result = fill(files, &tmp).and_then(|()| swap(&tmp, target, &parent, &name));
    if result.is_err() && tmp.exists() {
        let _ = fs::remove_dir_all(&tmp);
    }
    result
}

fn fill(files: &Files, dir: &Path) -> Result<(), WriteError> {
    // The marker goes first, so a folder left by an interrupted build is recognisably ours.
    fs::write(dir.join(MARKER), MARKER_TEXT).map_err(|e| io_err("write", &dir.join(MARKER), e))?;
    for (rel, body) in files {
        let path = dir.join(rel);
        if let Some(p) = path.parent() {
            fs::create_dir_all(p).map_err(|e| io_err("create", p, e))?;
        }
        match body {
            Body::Bytes(b) => fs::write(&path, b).map_err(|e| io_err("write", &path, e))?,
            Body::Copy(src) => {
                fs::copy(src, &path).map_err(|e| io_err("copy", src, e))?;
            }
        }
    }
    Ok(())
}

fn swap(tmp: &Path, target: &Path, parent: &Path, name: &str) -> Result<(), WriteError> {
    if !target.exists() {
        return fs::rename(tmp, target).map_err(|e| io_err("create", target, e));
    }
    let old = parent.join(format!(".{name}.pacesetter-old-{}", std::process::id()));
    if old.exists() {
        remove_ours(&old)?;
    }
    fs::rename(target, &old).map_err(|e| io_err("move aside", target, e))?;
    if let Err(e) = fs::rename(tmp, target) {
        // Put the previous site back so the reader keeps something whole.
        let _ = fs::rename(&old, target);
        return Err(io_err("replace", target, e));
    }
    remove_ours(&old)
}

/// Removes a folder only when it carries our marker (or is empty).
fn remove_ours(dir: &Path) -> Result<(), WriteError> {
    check_target(dir)?;
    fs::remove_dir_all(dir).map_err(|e| io_err("remove", dir, e))
}

/// Removes folders that interrupted builds left beside the target (ours by name and marker).
fn sweep_leftovers(parent: &Path, name: &str) {
    let prefix = format!(".{name}.pacesetter-");
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        let is_leftover = entry
            .file_name()
            .to_str()
            .is_some_and(|n| n.starts_with(&prefix));
        if is_leftover && entry.path().join(MARKER).is_file() {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}
