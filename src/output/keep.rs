//! Files in the output folder that pacesetter did not write (a `.git/`, a `CNAME` put there by
//! hand) are kept: the marker lists every file a build wrote, and the next build carries
//! everything else over into the folder that replaces it.

use super::{Action, MARKER, MARKER_TEXT, WriteError, io_err, spare};
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

/// What a build writes, for [`carry`] to tell a kept file from a clash.
pub struct Produced<'a> {
    pub files: &'a HashSet<String>,
    pub dirs: &'a HashSet<String>,
}

/// Links (or copies) into `new` every file under `old` that is not in `ours`, keeping the
/// originals until the swap, so a build killed before it loses nothing; `new` may hold them
/// already (the spare tree), and is then only corrected. A kept file at a path the new build
/// also writes is an error: one of the two would be lost. Returns the paths kept (files and
/// whole folders).
pub fn carry(
    old: &Path,
    new: &Path,
    ours: &HashSet<String>,
    produced: &Produced,
) -> Result<HashSet<String>, WriteError> {
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
    let mut kept = HashSet::new();
    let walk = Walk {
        old,
        new,
        ours,
        dirs: &dirs,
        produced,
    };
    walk.dir("", &mut kept)?;
    Ok(kept)
}

struct Walk<'a> {
    old: &'a Path,
    new: &'a Path,
    ours: &'a HashSet<String>,
    dirs: &'a HashSet<String>,
    produced: &'a Produced<'a>,
}

impl Walk<'_> {
    fn dir(&self, rel: &str, kept: &mut HashSet<String>) -> Result<(), WriteError> {
        let dir = self.old.join(rel);
        let entries = fs::read_dir(&dir).map_err(|e| io_err(Action::Read, &dir, e))?;
        for entry in entries {
            let entry = entry.map_err(|e| io_err(Action::Read, &dir, e))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let rel = if rel.is_empty() {
                name
            } else {
                format!("{rel}/{name}")
            };
            let from = entry.path();
            let kind = entry
                .file_type()
                .map_err(|e| io_err(Action::Read, &from, e))?;
            if rel == MARKER || (!kind.is_dir() && self.ours.contains(&rel)) {
                continue;
            }
            if kind.is_dir() && self.dirs.contains(&rel) {
                self.dir(&rel, kept)?;
                continue;
            }
            if self.produced.files.contains(&rel) || self.produced.dirs.contains(&rel) {
                return Err(clash(&from));
            }
            let to = self.new.join(&rel);
            if kind.is_dir() {
                keep_tree(&from, &to)?;
            } else {
                keep_file(&from, &to, kind.is_symlink())?;
            }
            kept.insert(rel);
        }
        Ok(())
    }
}

/// A folder no build wrote into, kept whole (empty folders too): `to` is made to match it.
fn keep_tree(from: &Path, to: &Path) -> Result<(), WriteError> {
    let here = fs::symlink_metadata(to).ok();
    if !here.as_ref().is_some_and(fs::Metadata::is_dir) {
        spare::clear(to, here.as_ref()).map_err(|e| io_err(Action::Remove, to, e))?;
        spare::make_parents(to).map_err(|e| io_err(Action::Create, to, e))?;
        fs::create_dir(to).map_err(|e| io_err(Action::Create, to, e))?;
    }
    let mut names = HashSet::new();
    for entry in fs::read_dir(from).map_err(|e| io_err(Action::Read, from, e))? {
        let entry = entry.map_err(|e| io_err(Action::Read, from, e))?;
        let kind = entry
            .file_type()
            .map_err(|e| io_err(Action::Read, &entry.path(), e))?;
        let target = to.join(entry.file_name());
        names.insert(entry.file_name());
        if kind.is_dir() {
            keep_tree(&entry.path(), &target)?;
        } else {
            keep_file(&entry.path(), &target, kind.is_symlink())?;
        }
    }
    // What the folder no longer has.
    for entry in fs::read_dir(to).map_err(|e| io_err(Action::Read, to, e))? {
        let entry = entry.map_err(|e| io_err(Action::Read, to, e))?;
        if !names.contains(&entry.file_name()) {
            let path = entry.path();
            spare::clear(&path, fs::symlink_metadata(&path).ok().as_ref())
                .map_err(|e| io_err(Action::Remove, &path, e))?;
        }
    }
    Ok(())
}

fn keep_file(from: &Path, to: &Path, link: bool) -> Result<(), WriteError> {
    let here = fs::symlink_metadata(to).ok();
    if let (Some(h), Ok(f)) = (&here, fs::symlink_metadata(from))
        && same(from, &f, to, h)
    {
        return Ok(());
    }
    spare::clear(to, here.as_ref()).map_err(|e| io_err(Action::Remove, to, e))?;
    spare::make_parents(to).map_err(|e| io_err(Action::Create, to, e))?;
    #[cfg(unix)]
    if link {
        let target = fs::read_link(from).map_err(|e| io_err(Action::Read, from, e))?;
        return std::os::unix::fs::symlink(target, to).map_err(|e| io_err(Action::Keep, from, e));
    }
    let _ = link;
    if fs::hard_link(from, to).is_ok() {
        return Ok(());
    }
    fs::copy(from, to)
        .map(drop)
        .map_err(|e| io_err(Action::Keep, from, e))
}

/// Whether `to` already is the kept `from`: the same file, or a link to the same place.
fn same(from: &Path, f: &fs::Metadata, to: &Path, t: &fs::Metadata) -> bool {
    if f.is_symlink() {
        return t.is_symlink() && fs::read_link(from).ok() == fs::read_link(to).ok();
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        t.is_file() && f.dev() == t.dev() && f.ino() == t.ino()
    }
    #[cfg(not(unix))]
    {
        let _ = (to, t);
        false
    }
}

fn clash(path: &Path) -> WriteError {
    WriteError::Clash(path.to_path_buf())
}
