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
        if shares_live(live, &meta, new, here.as_ref())? {
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

/// Puts the bytes of `chunks`, one after another, at `new` in the spare, as [`put`] does, with
/// one chunk in memory at a time (`data/indicators.csv` is 200 MB at 10,000 units). The chunks
/// are compared as they come with the live site's file, or with the spare's own when the live
/// site has none; once they differ, the file is written anew beside `new` (the part that
/// matched copied from that file) and renamed over it, so no link is ever written through.
pub fn put_chunks(
    live: Option<&Path>,
    new: &Path,
    chunks: &mut dyn Iterator<Item = Vec<u8>>,
) -> io::Result<()> {
    let here = fs::symlink_metadata(new).ok();
    let live = live.filter(|l| fs::symlink_metadata(l).is_ok_and(|m| m.is_file()));
    let base = live.or(here.as_ref().filter(|m| m.is_file()).map(|_| new));
    let mut reader = base.and_then(|b| fs::File::open(b).ok());
    let mut matched: u64 = 0;
    let mut block = Vec::new();
    while let Some(chunk) = chunks.next() {
        if let Some(r) = &mut reader
            && reads_prefix(r, &chunk, &mut block)
        {
            matched += chunk.len() as u64;
            continue;
        }
        // They differ from here on (or there is nothing to compare with).
        let rest = std::iter::once(chunk).chain(chunks);
        return rewrite(base.map(|b| (b, matched)), new, here.as_ref(), rest);
    }
    // Every chunk matched: the same file, if nothing of it is left over.
    let whole = reader.is_some_and(|mut r| matches!(io::Read::read(&mut r, &mut [0]), Ok(0)));
    match base {
        Some(b) if whole && b == new => Ok(()),
        Some(live) if whole => {
            if shares_live(live, &fs::symlink_metadata(live)?, new, here.as_ref())? {
                return Ok(());
            }
            let mut out = create_new(new)?;
            io::copy(&mut fs::File::open(live)?, &mut out).map(|_| ())
        }
        // A prefix of the file it was compared with.
        _ => rewrite(
            base.map(|b| (b, matched)),
            new,
            here.as_ref(),
            std::iter::empty(),
        ),
    }
}

/// Makes `new` (whose metadata is `here`) the live site's file `live` (`meta`), which holds
/// the right bytes: true when it is that file now, a hard link; false when linking failed and
/// `new` has been cleared for the caller to write.
fn shares_live(
    live: &Path,
    meta: &fs::Metadata,
    new: &Path,
    here: Option<&fs::Metadata>,
) -> io::Result<bool> {
    if here.is_some_and(|h| same_inode(h, meta)) {
        return Ok(true);
    }
    clear(new, here)?;
    Ok(link_into(live, new).is_ok())
}

/// Writes `new` beside it and renames it into place: the first `prefix.1` bytes of the file
/// `prefix.0`, then `rest`.
fn rewrite(
    prefix: Option<(&Path, u64)>,
    new: &Path,
    here: Option<&fs::Metadata>,
    rest: impl Iterator<Item = Vec<u8>>,
) -> io::Result<()> {
    let tmp = partial(new);
    clear(&tmp, fs::symlink_metadata(&tmp).ok().as_ref())?;
    let mut out = create_new(&tmp)?;
    if let Some((file, len)) = prefix.filter(|p| p.1 > 0) {
        io::copy(&mut io::Read::take(fs::File::open(file)?, len), &mut out)?;
    }
    for chunk in rest {
        out.write_all(&chunk)?;
    }
    drop(out);
    clear(new, here)?;
    fs::rename(&tmp, new)
}

/// Whether `file` reads next as exactly `bytes` (`block` is scratch space).
fn reads_prefix(file: &mut fs::File, bytes: &[u8], block: &mut Vec<u8>) -> bool {
    block.resize(bytes.len(), 0);
    io::Read::read_exact(file, block).is_ok() && block[..] == *bytes
}

/// Where a file that is being streamed is written before it takes its name.
fn partial(path: &Path) -> std::path::PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(".pacesetter-partial");
    path.with_file_name(name)
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
    create_new(path)?.write_all(bytes)
}

/// Creates a file that must not exist yet, making its folders when missing.
fn create_new(path: &Path) -> io::Result<fs::File> {
    let open = || {
        fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)
    };
    match open() {
        Err(e) if e.kind() == io::ErrorKind::NotFound || is_not_a_dir(&e) => {
            make_parents(path)?;
            open()
        }
        other => other,
    }
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

    /// The streamed puts, checked by inode (so on Unix only).
    #[cfg(unix)]
    mod streamed {
        use super::super::put_chunks;
        use std::fs;
        use std::os::unix::fs::MetadataExt;
        use std::path::Path;

        fn chunks(parts: &[&str]) -> impl Iterator<Item = Vec<u8>> {
            parts
                .iter()
                .map(|p| p.as_bytes().to_vec())
                .collect::<Vec<_>>()
                .into_iter()
        }

        fn put(live: Option<&Path>, new: &Path, parts: &[&str]) {
            put_chunks(live, new, &mut chunks(parts)).expect("put_chunks");
        }

        fn read(p: &Path) -> String {
            fs::read_to_string(p).expect("read")
        }

        fn inode(p: &Path) -> u64 {
            fs::metadata(p).expect("metadata").ino()
        }

        #[test]
        fn streamed_file_links_to_the_live_one_when_the_same() {
            let dir = tempfile::tempdir().expect("tempdir");
            let live = dir.path().join("live.csv");
            let new = dir.path().join("spare/data/new.csv");
            fs::write(&live, "head\r\njan\r\nfeb\r\n").expect("write");
            put(Some(&live), &new, &["head\r\n", "jan\r\n", "feb\r\n"]);
            assert_eq!(
                inode(&new),
                inode(&live),
                "unchanged: a hard link, nothing written"
            );
            // Again, with the link already there: nothing to do.
            put(Some(&live), &new, &["head\r\n", "jan\r\n", "feb\r\n"]);
            assert_eq!(inode(&new), inode(&live));
        }

        #[test]
        fn streamed_file_that_differs_is_written_anew_never_through_the_link() {
            let dir = tempfile::tempdir().expect("tempdir");
            let live = dir.path().join("live.csv");
            let new = dir.path().join("new.csv");
            fs::write(&live, "head\r\njan\r\nfeb\r\n").expect("write");
            fs::hard_link(&live, &new).expect("link");
            // The same start, a different middle: the matched part is copied from the live file.
            put(
                Some(&live),
                &new,
                &["head\r\n", "jan\r\n", "FEB\r\n", "mar\r\n"],
            );
            assert_eq!(read(&new), "head\r\njan\r\nFEB\r\nmar\r\n");
            assert_eq!(read(&live), "head\r\njan\r\nfeb\r\n");
            assert_ne!(inode(&new), inode(&live));
            // Shorter than the live file: not the same file either.
            put(Some(&live), &new, &["head\r\n", "jan\r\n"]);
            assert_eq!(read(&new), "head\r\njan\r\n");
            // Longer: the extra chunk is what differs.
            put(
                Some(&live),
                &new,
                &["head\r\n", "jan\r\n", "feb\r\n", "mar\r\n"],
            );
            assert_eq!(read(&new), "head\r\njan\r\nfeb\r\nmar\r\n");
            assert_eq!(read(&live), "head\r\njan\r\nfeb\r\n");
            let names: Vec<_> = fs::read_dir(dir.path()).expect("ls").collect();
            assert_eq!(names.len(), 2, "no partial file left behind");
        }

        #[test]
        fn streamed_file_without_a_live_one_is_compared_with_the_spare() {
            let dir = tempfile::tempdir().expect("tempdir");
            let new = dir.path().join("new.csv");
            put(None, &new, &["a", "b"]);
            assert_eq!(read(&new), "ab");
            let before = inode(&new);
            put(Some(&dir.path().join("gone.csv")), &new, &["a", "b"]);
            assert_eq!(
                inode(&new),
                before,
                "the spare's own file holds the bytes: kept"
            );
            put(None, &new, &["a", "c"]);
            assert_eq!(read(&new), "ac");
            put(None, &new, &[]);
            assert_eq!(read(&new), "");
            // A folder where the file goes (left by an older build) is replaced.
            let odd = dir.path().join("odd");
            fs::create_dir_all(odd.join("inner")).expect("mkdir");
            put(None, &odd, &["x"]);
            assert_eq!(read(&odd), "x");
        }
    }

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
