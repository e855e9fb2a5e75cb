//! The spare tree: the build before last, kept beside the output folder
//! (`.<output>.pacesetter-spare`), brought up to date in place and then swapped with the
//! output folder. A rebuild thus writes only the files whose bytes changed and makes only the
//! folders that are new; unchanged files are hard links to the live site's, so they keep
//! their inode and modification time. Nothing is ever written through such a link: a file
//! that changes is removed and written anew.

use super::{Action, WriteError, io_err};
use rayon::prelude::*;
use std::collections::HashSet;
use std::fs;
use std::io::{self, Write as _};
use std::path::Path;
use std::sync::Mutex;

/// What the spare held when the build began: files and folders by `/`-separated path.
#[derive(Default)]
pub struct Inventory {
    pub entries: Vec<String>,
}

/// Lists the spare's files and folders, removing anything else (symbolic links, devices) on
/// the way: a link left in the spare could lead a write out of it. Kept links are put back
/// from the live site before the swap.
pub fn inventory(spare: &Path) -> Result<Inventory, WriteError> {
    let found = Mutex::new(Vec::new());
    walk(spare, "", &found).map_err(|e| io_err(Action::Read, spare, e))?;
    let entries = found
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    Ok(Inventory { entries })
}

fn walk(root: &Path, rel: &str, found: &Mutex<Vec<String>>) -> io::Result<()> {
    let entries = fs::read_dir(root.join(rel))?.collect::<io::Result<Vec<_>>>()?;
    entries.par_iter().try_for_each(|e| {
        let name = e.file_name().to_string_lossy().into_owned();
        let rel = if rel.is_empty() {
            name
        } else {
            format!("{rel}/{name}")
        };
        let kind = e.file_type()?;
        if kind.is_dir() {
            walk(root, &rel, found)?;
        } else if !kind.is_file() {
            return fs::remove_file(e.path());
        }
        found
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(rel);
        Ok(())
    })
}

fn same_inode(a: &fs::Metadata, b: &fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        a.dev() == b.dev() && a.ino() == b.ino()
    }
    #[cfg(not(unix))]
    {
        let _ = (a, b);
        false
    }
}

/// Whether the plain file `path` (whose metadata is `meta`) holds exactly `bytes`.
fn holds(path: &Path, meta: &fs::Metadata, bytes: &[u8]) -> bool {
    meta.is_file()
        && meta.len() == bytes.len() as u64
        && fs::File::open(path).is_ok_and(|f| reads_as(f, bytes))
}

/// Whether `file` reads as exactly `bytes`, compared a block at a time: the open-data files
/// reach hundreds of megabytes on a large site, and reading one whole held it twice.
fn reads_as(mut file: impl io::Read, mut bytes: &[u8]) -> bool {
    let mut block = vec![0; 64 * 1024];
    loop {
        match file.read(&mut block) {
            Ok(0) => return bytes.is_empty(),
            Ok(n) => match bytes.strip_prefix(&block[..n]) {
                Some(rest) => bytes = rest,
                None => return false,
            },
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(_) => return false,
        }
    }
}

/// Puts `bytes` at `new` in the spare. `live` is the same path in the live site: when it
/// already holds these bytes, the spare shares its file (a hard link); otherwise a spare file
/// that holds them stays; otherwise the file is written anew.
pub fn put(live: Option<&Path>, new: &Path, bytes: &[u8]) -> io::Result<()> {
    let here = fs::symlink_metadata(new).ok();
    if let Some(live) = live
        && let Ok(meta) = fs::symlink_metadata(live)
        && holds(live, &meta, bytes)
    {
        if here.as_ref().is_some_and(|h| same_inode(h, &meta)) {
            return Ok(());
        }
        clear(new, here.as_ref())?;
        if link_into(live, new).is_ok() {
            return Ok(());
        }
    } else if let Some(h) = &here {
        if holds(new, h, bytes) {
            return Ok(());
        }
        clear(new, Some(h))?;
    }
    write_new(new, bytes)
}

/// Removes whatever is at `path` (never following a link).
pub fn clear(path: &Path, meta: Option<&fs::Metadata>) -> io::Result<()> {
    let result = match meta {
        None => return Ok(()),
        Some(m) if m.is_dir() => fs::remove_dir_all(path),
        Some(_) => fs::remove_file(path),
    };
    match result {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// A hard link from `from` at `to`, making `to`'s folders when missing.
pub fn link_into(from: &Path, to: &Path) -> io::Result<()> {
    match fs::hard_link(from, to) {
        Err(e) if e.kind() == io::ErrorKind::NotFound || is_not_a_dir(&e) => {
            make_parents(to)?;
            fs::hard_link(from, to)
        }
        other => other,
    }
}

/// Writes a file that must not exist yet (so no link is ever written through).
fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let open = || {
        fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)
    };
    let mut file = match open() {
        Err(e) if e.kind() == io::ErrorKind::NotFound || is_not_a_dir(&e) => {
            make_parents(path)?;
            open()?
        }
        other => other?,
    };
    file.write_all(bytes)
}

fn is_not_a_dir(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::NotADirectory
}

/// Makes the folders above `path`, replacing a file (left by an older build) where a folder
/// now goes. Called only when opening failed, so an unchanged tree makes no `mkdir` at all.
pub fn make_parents(path: &Path) -> io::Result<()> {
    let Some(parent) = path.parent() else {
        return Ok(());
    };
    match fs::symlink_metadata(parent) {
        Ok(m) if m.is_dir() => return Ok(()),
        Ok(_) => fs::remove_file(parent)?,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    make_parents(parent)?;
    match fs::create_dir(parent) {
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists && parent.is_dir() => Ok(()),
        other => other,
    }
}

/// What the finished build needs in the spare, to tell what is stale.
pub struct Needed<'a> {
    /// The files this build wrote.
    pub files: &'a HashSet<String>,
    /// The folders holding them, or kept files, at any depth.
    pub dirs: &'a HashSet<String>,
    /// Files and whole folders carried over from the live site.
    pub kept: &'a HashSet<String>,
}

/// Removes from the spare what it held at the start and the new site does not have.
pub fn remove_stale(spare: &Path, inventory: &Inventory, needed: &Needed) -> io::Result<()> {
    let mut stale: Vec<&String> = inventory
        .entries
        .iter()
        .filter(|rel| {
            !needed.files.contains(*rel)
                && !needed.dirs.contains(*rel)
                && !kept_or_inside(rel, needed.kept)
        })
        .collect();
    stale.sort_unstable();
    let mut removed: Option<&str> = None;
    for rel in stale {
        if removed.is_some_and(|r| rel.strip_prefix(r).is_some_and(|t| t.starts_with('/'))) {
            continue;
        }
        let path = spare.join(rel);
        clear(&path, fs::symlink_metadata(&path).ok().as_ref())?;
        removed = Some(rel);
    }
    Ok(())
}

fn kept_or_inside(rel: &str, kept: &HashSet<String>) -> bool {
    let mut at = rel;
    loop {
        if kept.contains(at) {
            return true;
        }
        match at.rsplit_once('/') {
            Some((up, _)) => at = up,
            None => return false,
        }
    }
}

/// Swaps the two folders in one step where the system can (Linux's `renameat2` with
/// `RENAME_EXCHANGE`); elsewhere with three renames, the previous site set aside as `old` in
/// between (which the next build puts back after a kill).
pub fn exchange(spare: &Path, target: &Path, old: &Path) -> Result<(), WriteError> {
    #[cfg(target_os = "linux")]
    if exchange_at_once(spare, target).is_ok() {
        return Ok(());
    }
    fs::rename(target, old).map_err(|e| io_err(Action::MoveAside, target, e))?;
    if let Err(e) = fs::rename(spare, target) {
        // Put the previous site back so the reader keeps something whole.
        let _ = fs::rename(old, target);
        return Err(io_err(Action::Replace, target, e));
    }
    if fs::rename(old, spare).is_err() {
        super::remove_ours(old)?;
    }
    Ok(())
}

#[cfg(target_os = "linux")]
fn exchange_at_once(a: &Path, b: &Path) -> io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let c = |p: &Path| {
        CString::new(p.as_os_str().as_bytes())
            .map_err(|_| io::Error::from(io::ErrorKind::InvalidInput))
    };
    let (a, b) = (c(a)?, c(b)?);
    // SAFETY: both are valid NUL-terminated paths that outlive the call.
    let rc = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if rc == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

#[cfg(test)]
mod tests {
    use super::reads_as;

    /// A reader that gives at most `step` bytes a call, as a file or pipe may.
    struct Trickle<'a> {
        data: &'a [u8],
        step: usize,
    }

    impl std::io::Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = self.step.min(buf.len()).min(self.data.len());
            buf[..n].copy_from_slice(&self.data[..n]);
            self.data = &self.data[n..];
            Ok(n)
        }
    }

    #[test]
    fn compares_across_blocks_and_short_reads() {
        // Larger than two blocks, so the comparison continues past a block's end.
        let big: Vec<u8> = (0..150_000u32).map(|i| (i % 251) as u8).collect();
        assert!(reads_as(&big[..], &big));
        let trickle = |data, step| Trickle { data, step };
        assert!(reads_as(trickle(&big, 999), &big));
        let mut changed = big.clone();
        changed[140_000] ^= 1;
        assert!(!reads_as(&changed[..], &big));
        assert!(!reads_as(trickle(&changed, 7), &big));
        // A file shorter or longer than the bytes is not the same.
        assert!(!reads_as(&big[..149_999], &big));
        assert!(!reads_as(&big[..], &big[..149_999]));
        assert!(reads_as(&b""[..], b""));
        assert!(!reads_as(&b""[..], b"x"));
    }
}
