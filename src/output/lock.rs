//! One build of an output folder at a time: two at once swept each other's staging folders
//! and left a partial site. The lock is a file beside the output folder, locked by the
//! operating system (so a killed build never leaves it held), holding the builder's process id.
// File locks are std since Rust 1.89; `rust-version` (1.85) is stale already (let chains need
// 1.88), and raising it is the lead's call.
#![allow(clippy::incompatible_msrv)]

use super::{Action, WriteError, io_err, parent_and_name};
use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Held while a build writes its output folder; released (and its file removed) when dropped.
pub struct Lock {
    path: PathBuf,
    file: File,
}

impl Lock {
    /// Takes the lock of `target`'s builds, first calling `waiting` with the holder's process id
    /// when another build holds it, and then waiting for it.
    pub fn take(target: &Path, waiting: &mut dyn FnMut(&str)) -> Result<Lock, WriteError> {
        let (parent, name) = parent_and_name(target);
        fs::create_dir_all(&parent).map_err(|e| io_err(Action::Create, &parent, e))?;
        let path = parent.join(format!(".{name}.pacesetter-lock"));
        loop {
            let mut file = OpenOptions::new()
                .create(true)
                .truncate(false)
                .read(true)
                .write(true)
                .open(&path)
                .map_err(|e| io_err(Action::Create, &path, e))?;
            match file.try_lock() {
                Ok(()) => {}
                Err(TryLockError::WouldBlock) => {
                    let holder = fs::read_to_string(&path).unwrap_or_default();
                    waiting(holder.trim());
                    file.lock().map_err(|e| io_err(Action::Lock, &path, e))?;
                }
                Err(TryLockError::Error(e)) => return Err(io_err(Action::Lock, &path, e)),
            }
            // The holder removes the file as it finishes: a lock on a removed file locks
            // nothing, so take the new one.
            if !same_file(&file, &path) {
                continue;
            }
            file.set_len(0)
                .map_err(|e| io_err(Action::Write, &path, e))?;
            write!(file, "{}", std::process::id()).map_err(|e| io_err(Action::Write, &path, e))?;
            return Ok(Lock { path, file });
        }
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Removed while still locked, so whoever waits on this file sees it gone.
        if cfg!(unix) {
            let _ = fs::remove_file(&self.path);
        }
        let _ = self.file.unlock();
    }
}

#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_: &File, _: &Path) -> bool {
    true
}
