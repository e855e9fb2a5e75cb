//! Writes a built site safely: into a temporary folder beside the target, then swapped in.
//! The target is replaced only when it is empty or carries pacesetter's marker, so a mistyped
//! `--output` can never delete someone's folder, and a failed build leaves the old site whole.

mod keep;
pub mod live;
mod lock;
mod spare;

pub use lock::Lock;

use crate::files::{Body, Files};
use crate::io_error::{Action, IoError};
use rayon::prelude::*;
use std::collections::HashSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The file that marks a folder as made by pacesetter.
pub const MARKER: &str = ".pacesetter-output";
pub const MARKER_TEXT: &str =
    "This folder was built by pacesetter and is replaced on every build.\n";

/// Why an output folder is not written: a refusal to touch what is not ours, or a file or
/// folder that could not be read or written.
#[derive(Debug)]
pub enum WriteError {
    /// The target exists, is not empty and was not made by pacesetter.
    NotOurs(PathBuf),
    /// The target is a file, not a folder.
    NotAFolder(PathBuf),
    /// The target is inside the content folder.
    Inside {
        target: PathBuf,
        content: PathBuf,
    },
    /// A file in the output folder that pacesetter did not write and this build would.
    Clash(PathBuf),
    Io(IoError),
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shown = |p: &Path| p.display().to_string();
        let text = match self {
            WriteError::NotOurs(p) => {
                crate::tr!("output-not-ours", path = shown(p), marker = MARKER)
            }
            WriteError::NotAFolder(p) => crate::tr!("output-not-a-folder", path = shown(p)),
            WriteError::Inside { target, content } => crate::tr!(
                "output-inside-content",
                path = shown(target),
                content = shown(content)
            ),
            WriteError::Clash(p) => crate::tr!("output-clash", path = shown(p)),
            WriteError::Io(e) => return e.fmt(f),
        };
        f.write_str(&text)
    }
}

impl From<IoError> for WriteError {
    fn from(e: IoError) -> WriteError {
        WriteError::Io(e)
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
        return Err(WriteError::Inside {
            target: target.to_path_buf(),
            content: content.to_path_buf(),
        });
    }
    Ok(())
}

fn io_err(action: Action, path: &Path, e: io::Error) -> WriteError {
    WriteError::Io(IoError::new(action, path, e))
}

/// Whether `target` may be replaced: absent, an empty folder, or one of ours.
pub fn check_target(target: &Path) -> Result<(), WriteError> {
    match fs::symlink_metadata(target) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(io_err(Action::Read, target, e)),
        Ok(meta) if !meta.is_dir() => Err(WriteError::NotAFolder(target.to_path_buf())),
        Ok(_) => {
            if target.join(MARKER).is_file() {
                return Ok(());
            }
            let mut entries = fs::read_dir(target).map_err(|e| io_err(Action::Read, target, e))?;
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

/// A build's folder being filled beside the target: the spare tree (see [`spare`]), brought
/// up to date file by file as pages are rendered (from any thread). [`Staging::finish`] swaps
/// it in only when all are written, so the previous site stays whole until then, whatever
/// happens. Dropped unfinished (a failed build), a spare this build made is removed; one that
/// was there before stays, for the next build to bring up to date.
pub struct Staging {
    spare: PathBuf,
    /// The spare was made by this build (nothing was kept beside the target).
    fresh: bool,
    target: PathBuf,
    parent: PathBuf,
    name: String,
    /// The live site, whose unchanged files the new one shares (a folder that is merely
    /// empty has none).
    previous: Option<PathBuf>,
    /// What the previous build wrote (from its marker); None when unknown or no previous.
    previous_files: Option<HashSet<String>>,
    /// What the spare held before this build.
    inventory: spare::Inventory,
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
        fs::create_dir_all(&parent).map_err(|e| io_err(Action::Create, &parent, e))?;
        sweep_leftovers(&parent, &name);
        let spare_dir = parent.join(format!(".{name}.pacesetter-spare"));
        check_target(&spare_dir)?;
        let fresh = !spare_dir.exists();
        let marker = spare_dir.join(MARKER);
        let inventory = if fresh {
            fs::create_dir(&spare_dir).map_err(|e| io_err(Action::Create, &spare_dir, e))?;
            spare::Inventory::default()
        } else {
            spare::inventory(&spare_dir)?
        };
        // The marker goes first, so a folder left by an interrupted build is recognisably ours.
        if !marker.is_file() {
            fs::write(&marker, MARKER_TEXT).map_err(|e| io_err(Action::Write, &marker, e))?;
        }
        let previous = target.join(MARKER).is_file().then(|| target.to_path_buf());
        let previous_files = previous
            .as_ref()
            .and_then(|p| fs::read_to_string(p.join(MARKER)).ok())
            .and_then(|text| keep::written(&text));
        Ok(Staging {
            spare: spare_dir,
            fresh,
            target: target.to_path_buf(),
            parent,
            name,
            previous,
            previous_files,
            inventory,
            written: Mutex::new(Vec::new()),
            failure: Mutex::new(None),
            done: false,
        })
    }

    /// Writes one file (`rel` is `/`-separated, relative to the site root). A failure is kept
    /// for [`Staging::finish`] to report.
    pub fn put(&self, rel: &str, body: Body) {
        self.put_ref(rel, &body);
    }

    /// Puts a file made of `chunks` one after another, holding one chunk at a time.
    pub fn put_chunks(&self, rel: &str, chunks: &mut dyn Iterator<Item = Vec<u8>>) {
        lock(&self.written).push(rel.to_owned());
        let (path, live) = self.paths(rel);
        if let Err(e) = spare::put_chunks(live.as_deref(), &path, chunks) {
            self.failed(rel, io_err(Action::Write, &path, e));
        }
    }

    fn put_ref(&self, rel: &str, body: &Body) {
        lock(&self.written).push(rel.to_owned());
        if let Err(e) = self.write_file(rel, body) {
            self.failed(rel, e);
        }
    }

    /// Records a file that could not be written; the first by path is the one reported.
    fn failed(&self, rel: &str, e: WriteError) {
        let mut failure = lock(&self.failure);
        if failure
            .as_ref()
            .is_none_or(|(first, _)| rel < first.as_str())
        {
            *failure = Some((rel.to_owned(), e));
        }
    }

    /// Where `rel` goes in the spare, and where it is in the live site (if there is one).
    fn paths(&self, rel: &str) -> (PathBuf, Option<PathBuf>) {
        (
            self.spare.join(rel),
            self.previous.as_ref().map(|p| p.join(rel)),
        )
    }

    fn write_file(&self, rel: &str, body: &Body) -> Result<(), WriteError> {
        let (path, live) = self.paths(rel);
        match body {
            Body::Bytes(b) => spare::put(live.as_deref(), &path, b),
            Body::Copy(src) => {
                let b = fs::read(src).map_err(|e| io_err(Action::Copy, src, e))?;
                spare::put(live.as_deref(), &path, &b)
            }
        }
        .map_err(|e| io_err(Action::Write, &path, e))
    }

    /// Swaps the folder in for the target, or reports the first file that could not be
    /// written.
    pub fn finish(mut self) -> Result<(), WriteError> {
        if let Some((_, e)) = lock(&self.failure).take() {
            return Err(e);
        }
        let mut written = std::mem::take(&mut *lock(&self.written));
        written.sort_unstable();
        let text = keep::marker_text(&written);
        let mut files: HashSet<String> = written.into_iter().collect();
        let mut dirs = HashSet::new();
        for f in &files {
            add_parents(f, &mut dirs);
        }
        let marker = self.spare.join(MARKER);
        spare::put(None, &marker, text.as_bytes())
            .map_err(|e| io_err(Action::Write, &marker, e))?;
        let kept = match (&self.previous, &self.previous_files) {
            (Some(old), Some(ours)) => {
                let produced = keep::Produced {
                    files: &files,
                    dirs: &dirs,
                };
                keep::carry(old, &self.spare, ours, &produced)?
            }
            _ => HashSet::new(),
        };
        for k in &kept {
            add_parents(k, &mut dirs);
        }
        files.insert(MARKER.to_owned());
        let needed = spare::Needed {
            files: &files,
            dirs: &dirs,
            kept: &kept,
        };
        spare::remove_stale(&self.spare, &self.inventory, &needed)
            .map_err(|e| io_err(Action::Tidy, &self.spare, e))?;
        let result = if self.target.exists() {
            let old = self.parent.join(format!(
                ".{}.pacesetter-old-{}",
                self.name,
                std::process::id()
            ));
            spare::exchange(&self.spare, &self.target, &old)
        } else {
            fs::rename(&self.spare, &self.target)
                .map_err(|e| io_err(Action::Create, &self.target, e))
        };
        self.done = result.is_ok();
        result
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.done && self.fresh && self.spare.exists() {
            let _ = fs::remove_dir_all(&self.spare);
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Adds the folders above `rel` (`/`-separated) to `dirs`.
fn add_parents(rel: &str, dirs: &mut HashSet<String>) {
    let mut rest = rel;
    while let Some((dir, _)) = rest.rsplit_once('/') {
        if !dirs.insert(dir.to_owned()) {
            break;
        }
        rest = dir;
    }
}

/// Removes a folder only when it carries our marker (or is empty).
pub fn remove_ours(dir: &Path) -> Result<(), WriteError> {
    check_target(dir)?;
    remove_tree(dir).map_err(|e| io_err(Action::Remove, dir, e))
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
    // The spare tree is kept: the next build brings it up to date.
    let spare = format!("{prefix}spare");
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    let mut leftovers: Vec<PathBuf> = entries
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_str()
                .is_some_and(|n| n.starts_with(&prefix) && n != spare)
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
