//! Writes a built site safely: into a temporary folder beside the target, then swapped in.
//! The target is replaced only when it is empty or carries pacesetter's marker, so a mistyped
//! `--output` can never delete someone's folder, and a failed build leaves the old site whole.

mod keep;
pub mod live;
mod lock;

pub use lock::Lock;

use crate::files::{Body, Files};
use rayon::prelude::*;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The file that marks a folder as made by pacesetter.
pub const MARKER: &str = ".pacesetter-output";
pub const MARKER_TEXT: &str =
    "This folder was built by pacesetter and is replaced on every build.\n";

#[derive(Debug)]
pub enum WriteError {
    /// The target exists, is not empty and was not made by pacesetter.
    NotOurs(PathBuf),
    /// The target is a file, not a folder.
    NotAFolder(PathBuf),
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
            WriteError::NotAFolder(p) => write!(
                f,
                "refusing to write the site to {}: it is a file, not a folder; choose another --output",
                p.display()
            ),
            WriteError::Io(m) => f.write_str(m),
        }
    }
}

/// The folder an output folder is in, and its name.
fn parent_and_name(target: &Path) -> (PathBuf, String) {
    let parent = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = target
        .file_name()
        .map_or_else(|| "output".into(), |n| n.to_string_lossy().into_owned());
    (parent, name)
}

/// Refuses an output folder inside the content folder: each build would copy the last into
/// itself through content/static/, or report the output's files as stray content.
pub fn check_outside(target: &Path, content: &Path) -> Result<(), WriteError> {
    let full = |p: &Path| {
        // The nearest folder that exists, resolved, and the rest as written.
        let abs = std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
        let mut base = abs.as_path();
        let mut rest = Vec::new();
        while !base.exists() {
            match (base.parent(), base.file_name()) {
                (Some(parent), Some(name)) => {
                    rest.push(name.to_owned());
                    base = parent;
                }
                _ => break,
            }
        }
        let mut out = fs::canonicalize(base).unwrap_or_else(|_| base.to_path_buf());
        out.extend(rest.iter().rev());
        out
    };
    let (target_full, content_full) = (full(target), full(content));
    if target_full.starts_with(&content_full) {
        return Err(WriteError::Io(format!(
            "refusing to write the site to {}: it is inside {}; choose an --output outside the content folder",
            target.display(),
            content.display()
        )));
    }
    Ok(())
}

fn io_err(action: &str, path: &Path, e: io::Error) -> WriteError {
    WriteError::Io(format!("cannot {action} {}: {e}", path.display()))
}

/// Whether `target` may be replaced: absent, an empty folder, or one of ours.
pub fn check_target(target: &Path) -> Result<(), WriteError> {
    match fs::symlink_metadata(target) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(io_err("read", target, e)),
        Ok(meta) if !meta.is_dir() => Err(WriteError::NotAFolder(target.to_path_buf())),
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
    let staging = Staging::begin(target)?;
    files
        .par_iter()
        .for_each(|(rel, body)| staging.put_ref(rel, body));
    staging.finish()
}

/// A build's folder being filled beside the target: files go in as they are rendered (from
/// any thread), and [`Staging::finish`] swaps the folder in only when all are written, so the
/// previous site stays whole until then, whatever happens. Dropped unfinished (a failed
/// build), the folder is removed.
pub struct Staging {
    tmp: PathBuf,
    target: PathBuf,
    parent: PathBuf,
    name: String,
    /// The previous build, whose unchanged files the new one shares (a folder that is merely
    /// empty has none).
    previous: Option<PathBuf>,
    /// What the previous build wrote (from its marker); None when unknown or no previous.
    previous_files: Option<std::collections::HashSet<String>>,
    /// Every file this build wrote, for its marker.
    written: Mutex<Vec<String>>,
    /// The first failure by path, as a sequential write in path order would report it.
    failure: Mutex<Option<(String, WriteError)>>,
    done: bool,
}

impl Staging {
    /// Checks the target and starts its replacement beside it.
    pub fn begin(target: &Path) -> Result<Staging, WriteError> {
        check_target(target)?;
        let (parent, name) = parent_and_name(target);
        fs::create_dir_all(&parent).map_err(|e| io_err("create", &parent, e))?;
        sweep_leftovers(&parent, &name);
        let tmp = parent.join(format!(".{name}.pacesetter-new-{}", std::process::id()));
        if tmp.exists() {
            remove_ours(&tmp)?;
        }
        fs::create_dir(&tmp).map_err(|e| io_err("create", &tmp, e))?;
        let previous = target.join(MARKER).is_file().then(|| target.to_path_buf());
        let previous_files = previous
            .as_ref()
            .and_then(|p| fs::read_to_string(p.join(MARKER)).ok())
            .and_then(|text| keep::written(&text));
        let staging = Staging {
            previous,
            previous_files,
            written: Mutex::new(Vec::new()),
            tmp,
            target: target.to_path_buf(),
            parent,
            name,
            failure: Mutex::new(None),
            done: false,
        };
        // The marker goes first, so a folder left by an interrupted build is recognisably ours.
        let marker = staging.tmp.join(MARKER);
        fs::write(&marker, MARKER_TEXT).map_err(|e| io_err("write", &marker, e))?;
        Ok(staging)
    }

    /// Writes one file (`rel` is `/`-separated, relative to the site root). A failure is kept
    /// for [`Staging::finish`] to report.
    pub fn put(&self, rel: &str, body: Body) {
        self.put_ref(rel, &body);
    }

    fn put_ref(&self, rel: &str, body: &Body) {
        self.written
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(rel.to_owned());
        if let Err(e) = self.write_file(rel, body) {
            let mut failure = self
                .failure
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            if failure
                .as_ref()
                .is_none_or(|(first, _)| rel < first.as_str())
            {
                *failure = Some((rel.to_owned(), e));
            }
        }
    }

    fn write_file(&self, rel: &str, body: &Body) -> Result<(), WriteError> {
        let path = self.tmp.join(rel);
        if let Some(p) = path.parent() {
            fs::create_dir_all(p).map_err(|e| io_err("create", p, e))?;
        }
        let old = self.previous.as_ref().map(|p| p.join(rel));
        match body {
            Body::Bytes(b) => {
                if old.is_some_and(|old| unchanged(&old, b) && link(&old, &path)) {
                    return Ok(());
                }
                fs::write(&path, b).map_err(|e| io_err("write", &path, e))
            }
            Body::Copy(src) => {
                let same = old.as_deref().is_some_and(|old| {
                    fs::read(src).is_ok_and(|b| unchanged(old, &b)) && link(old, &path)
                });
                if same {
                    return Ok(());
                }
                fs::copy(src, &path)
                    .map(drop)
                    .map_err(|e| io_err("copy", src, e))
            }
        }
    }

    /// Swaps the folder in for the target, or reports the first file that could not be
    /// written (and removes the folder).
    pub fn finish(mut self) -> Result<(), WriteError> {
        let failure = self
            .failure
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .take();
        if let Some((_, e)) = failure {
            return Err(e);
        }
        let mut written = std::mem::take(
            &mut *self
                .written
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner),
        );
        written.sort_unstable();
        let marker = self.tmp.join(MARKER);
        fs::write(&marker, keep::marker_text(&written)).map_err(|e| io_err("write", &marker, e))?;
        if let (Some(old), Some(ours)) = (&self.previous, &self.previous_files) {
            keep::carry(old, &self.tmp, ours)?;
        }
        let result = swap(&self.tmp, &self.target, &self.parent, &self.name);
        self.done = result.is_ok();
        result
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.done && self.tmp.exists() {
            let _ = fs::remove_dir_all(&self.tmp);
        }
    }
}

/// Whether the previous build's file at `old` holds exactly `bytes` (and is a plain file).
fn unchanged(old: &Path, bytes: &[u8]) -> bool {
    fs::symlink_metadata(old).is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64)
        && fs::read(old).is_ok_and(|b| b == bytes)
}

/// Gives the new folder the previous build's file for an unchanged one: a hard link, so the
/// file is neither written again nor given a new inode, and keeps its modification time (a
/// server or an rsync sees only what changed). Nothing is ever written through such a link,
/// so the previous site stays whole until the swap; where linking fails (another file system,
/// no hard links), the caller writes the file instead.
fn link(old: &Path, new: &Path) -> bool {
    fs::hard_link(old, new).is_ok()
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
pub fn remove_ours(dir: &Path) -> Result<(), WriteError> {
    check_target(dir)?;
    remove_tree(dir).map_err(|e| io_err("remove", dir, e))
}

/// `fs::remove_dir_all`, with the entries of each folder removed in parallel: the previous
/// site is thousands of files and folders, and this is the last step of every build.
/// Symbolic links are removed, never followed.
fn remove_tree(dir: &Path) -> io::Result<()> {
    let entries = fs::read_dir(dir)?.collect::<io::Result<Vec<_>>>()?;
    entries.par_iter().try_for_each(|e| {
        if e.file_type()?.is_dir() {
            remove_tree(&e.path())
        } else {
            fs::remove_file(e.path())
        }
    })?;
    fs::remove_dir(dir)
}

/// Before a build: puts back a previous site that a killed build left set aside, and clears
/// other leftovers. Safe to call when there is nothing to do.
pub fn recover(target: &Path) {
    if target.file_name().and_then(|n| n.to_str()).is_some() {
        let (parent, name) = parent_and_name(target);
        sweep_leftovers(&parent, &name);
    }
}

/// Removes folders that interrupted builds left beside the target (ours by name and marker).
/// A build killed between its two renames leaves no target but the previous site set aside as
/// `-old-`: that one is put back first, so the reader's site is whole again.
fn sweep_leftovers(parent: &Path, name: &str) {
    let prefix = format!(".{name}.pacesetter-");
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    let mut leftovers: Vec<PathBuf> = entries
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_str()
                .is_some_and(|n| n.starts_with(&prefix))
        })
        .map(|e| e.path())
        // An empty one is a build killed between making the folder and writing the marker
        // into it: it holds nothing to lose.
        .filter(|p| {
            p.join(MARKER).is_file() || fs::read_dir(p).is_ok_and(|mut d| d.next().is_none())
        })
        .collect();
    leftovers.sort();
    let target = parent.join(name);
    if !target.exists()
        && let Some(i) = leftovers
            .iter()
            .position(|p| p.to_string_lossy().contains(".pacesetter-old-"))
        && fs::rename(&leftovers[i], &target).is_ok()
    {
        leftovers.remove(i);
    }
    for dir in leftovers {
        let _ = fs::remove_dir_all(dir);
    }
}

#[cfg(test)]
mod recover_tests {
    use super::*;

    #[test]
    fn a_site_set_aside_by_a_killed_build_is_put_back() {
        let dir = std::env::temp_dir().join(format!("pacesetter-recover-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        let old = dir.join(".output.pacesetter-old-4242");
        fs::create_dir_all(&old).unwrap();
        fs::write(old.join(MARKER), MARKER_TEXT).unwrap();
        fs::write(old.join("index.html"), "previous site").unwrap();
        let stale = dir.join(".output.pacesetter-new-4242");
        fs::create_dir_all(&stale).unwrap();
        fs::write(stale.join(MARKER), MARKER_TEXT).unwrap();
        // Killed between making its folder and writing the marker: empty, and swept too.
        let empty = dir.join(".output.pacesetter-new-4343");
        fs::create_dir_all(&empty).unwrap();
        recover(&dir.join("output"));
        assert!(!empty.exists());
        assert_eq!(
            fs::read_to_string(dir.join("output/index.html")).unwrap(),
            "previous site"
        );
        assert!(!old.exists() && !stale.exists());
        fs::remove_dir_all(&dir).unwrap();
    }
}
