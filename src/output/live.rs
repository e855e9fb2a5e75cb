//! A folder kept current in place, file by file: `serve`'s. A rebuild writes the files that
//! changed into a hidden folder inside it, and only when the whole rebuild succeeded moves them
//! into place and removes the files the site no longer has; a failed rebuild leaves the folder
//! as it was.

use super::{Action, MARKER, MARKER_TEXT, WriteError, io_err, remove_ours};
use crate::files::Body;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Where a rebuild's changed files wait until it has succeeded (hidden: never served).
const PENDING: &str = ".pacesetter-pending";

/// A folder of pacesetter's own, updated in place.
pub struct LiveFolder {
    dir: PathBuf,
}

impl LiveFolder {
    /// Takes `dir`, which must be absent, empty or made by pacesetter, and empties it: files
    /// left by an earlier session are unknown to this one, which would never remove the stale.
    pub fn claim(dir: &Path) -> Result<LiveFolder, WriteError> {
        if dir.exists() {
            remove_ours(dir)?;
        }
        Ok(LiveFolder {
            dir: dir.to_path_buf(),
        })
    }

    /// Starts a rebuild.
    pub fn begin(&self) -> Result<Pending<'_>, WriteError> {
        let dir = &self.dir;
        fs::create_dir_all(dir).map_err(|e| io_err(Action::Create, dir, e))?;
        let marker = dir.join(MARKER);
        if !marker.is_file() {
            fs::write(&marker, MARKER_TEXT).map_err(|e| io_err(Action::Write, &marker, e))?;
        }
        let pending = dir.join(PENDING);
        if pending.exists() {
            fs::remove_dir_all(&pending).map_err(|e| io_err(Action::Remove, &pending, e))?;
        }
        fs::create_dir(&pending).map_err(|e| io_err(Action::Create, &pending, e))?;
        Ok(Pending {
            dir,
            pending,
            written: Mutex::new(Vec::new()),
            failure: Mutex::new(None),
        })
    }
}

/// The files of one rebuild, written aside until [`Pending::commit`]. Dropped without a commit
/// (the rebuild failed), they are thrown away.
pub struct Pending<'f> {
    dir: &'f Path,
    pending: PathBuf,
    written: Mutex<Vec<String>>,
    /// The first write that failed; the commit reports it.
    failure: Mutex<Option<WriteError>>,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Pending<'_> {
    /// Writes the file at `rel` (a path relative to the folder), from several threads at once.
    pub fn write(&self, rel: &str, body: &Body) {
        let written = self.write_aside(rel, |path| match body {
            Body::Bytes(b) => fs::write(path, b),
            Body::Copy(src) => fs::copy(src, path).map(drop),
        });
        if written {
            lock(&self.written).push(rel.to_owned());
        }
    }

    /// Makes the file at `rel` in the pending folder with `make`, its folder first. A failure
    /// is kept for the commit to report (the first one only); false then.
    fn write_aside(&self, rel: &str, make: impl FnOnce(&Path) -> std::io::Result<()>) -> bool {
        let path = self.pending.join(rel);
        let result = path
            .parent()
            .map_or(Ok(()), fs::create_dir_all)
            .and_then(|()| make(&path));
        let Err(e) = result else { return true };
        let mut failure = lock(&self.failure);
        if failure.is_none() {
            *failure = Some(io_err(Action::Write, &path, e));
        }
        false
    }

    /// Writes the file at `rel` from `parts` as they come, handing each to `seen` (a file of
    /// 200 MB is never whole in memory). It stays aside until [`Pending::settle`] says whether
    /// it is to be moved into place on commit.
    pub fn write_parts(
        &self,
        rel: &str,
        parts: &mut dyn Iterator<Item = Vec<u8>>,
        seen: &mut dyn FnMut(&[u8]),
    ) {
        use std::io::Write;
        self.write_aside(rel, |path| {
            let mut file = fs::File::create(path)?;
            for p in parts {
                seen(&p);
                file.write_all(&p)?;
            }
            Ok(())
        });
    }

    /// Where the file at `rel` is in the folder now (the previous rebuild's, until commit).
    pub fn live(&self, rel: &str) -> PathBuf {
        self.dir.join(rel)
    }

    /// The file [`Pending::write_parts`] wrote at `rel`: moved into place on commit if
    /// `wanted`, removed now if not.
    pub fn settle(&self, rel: &str, wanted: bool) {
        if wanted {
            lock(&self.written).push(rel.to_owned());
        } else {
            let _ = fs::remove_file(self.pending.join(rel));
        }
    }

    /// Moves the files written into place and removes `stale`, the files the site no longer
    /// has. Returns how many files were written and how many removed.
    pub fn commit<'s>(
        self,
        stale: impl IntoIterator<Item = &'s str>,
    ) -> Result<(usize, usize), WriteError> {
        if let Some(e) = lock(&self.failure).take() {
            return Err(e);
        }
        let written = std::mem::take(&mut *lock(&self.written));
        for rel in &written {
            let to = self.dir.join(rel);
            if let Some(parent) = to.parent() {
                fs::create_dir_all(parent).map_err(|e| io_err(Action::Create, parent, e))?;
            }
            // A folder where a file now goes (or the reverse) was left by an older build.
            if to.is_dir() {
                fs::remove_dir_all(&to).map_err(|e| io_err(Action::Remove, &to, e))?;
            }
            fs::rename(self.pending.join(rel), &to).map_err(|e| io_err(Action::Write, &to, e))?;
        }
        let mut removed = 0;
        for rel in stale {
            let path = self.dir.join(rel);
            if fs::remove_file(&path).is_ok() {
                removed += 1;
                remove_empty_parents(self.dir, &path);
            }
        }
        Ok((written.len(), removed))
    }
}

impl Drop for Pending<'_> {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.pending);
    }
}

/// Removes the folders above `path` that its removal left empty, up to `dir`.
fn remove_empty_parents(dir: &Path, path: &Path) {
    let mut at = path.parent();
    while let Some(p) = at {
        if p == dir || fs::remove_dir(p).is_err() {
            break;
        }
        at = p.parent();
    }
}

#[cfg(test)]
mod tests {
    use super::LiveFolder;

    /// A file written in parts is whole once in place when wanted, and absent when not.
    #[test]
    fn parts_written_aside_are_settled() {
        let tmp = tempfile::tempdir().expect("a temp dir");
        let dir = tmp.path().join("out");
        let live = LiveFolder::claim(&dir).expect("claims an absent folder");
        let pending = live.begin().expect("begins");
        let mut seen = Vec::new();
        let mut parts = [b"ab".to_vec(), Vec::new(), b"cde".to_vec()].into_iter();
        pending.write_parts("data/x.csv", &mut parts, &mut |p| seen.push(p.len()));
        pending.settle("data/x.csv", true);
        let mut parts = std::iter::once(b"same".to_vec());
        pending.write_parts("data/y.csv", &mut parts, &mut |_| {});
        pending.settle("data/y.csv", false);
        assert_eq!(pending.commit([]).expect("commits"), (1, 0));
        assert_eq!(seen, [2, 0, 3]);
        assert_eq!(
            std::fs::read(dir.join("data/x.csv")).expect("in place"),
            b"abcde"
        );
        assert!(!dir.join("data/y.csv").exists());
    }
}
