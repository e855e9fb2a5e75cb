//! Reading one content file: only a regular file inside content/ (no symbolic link out of it,
//! no FIFO or device), no more than the size limit of bytes actually read, and only text that
//! means what it looks like — UTF-8 without NUL characters or lone carriage returns.

use super::MAX_FILE_BYTES;
use crate::diag::Diagnostic;
use crate::io_error::{Action, IoError};
use std::io::Read as _;
use std::path::Path;

pub(super) enum Problem {
    Content(Diagnostic),
    Io(IoError),
}

fn io(rel: &str) -> impl Fn(std::io::Error) -> Problem + '_ {
    move |e| Problem::Io(IoError::new(Action::Read, rel, e))
}

/// Checks that `path` is, or links to, a regular file inside `inside` (content/); `rel` names
/// it in errors. A link out of the folder could publish any file the builder can read
/// (`/proc/self/environ`), and a FIFO or device would block or never end.
pub fn regular_file(path: &Path, rel: &str, inside: &Path) -> Result<(), Diagnostic> {
    let refuse = |message: &str, help: &str| {
        Diagnostic::file(rel, crate::messages::t(message, &[]))
            .with_help(crate::messages::t(help, &[]))
    };
    let unreadable =
        |e: std::io::Error| Diagnostic::file(rel, crate::tr!("read-file", reason = e.to_string()));
    let meta = std::fs::symlink_metadata(path).map_err(unreadable)?;
    let meta = if meta.file_type().is_symlink() {
        let Ok(target) = std::fs::canonicalize(path) else {
            return Err(refuse("read-dangling-link", "read-dangling-link-help"));
        };
        let folder = std::fs::canonicalize(inside).unwrap_or_else(|_| inside.to_path_buf());
        if !target.starts_with(&folder) {
            return Err(refuse("read-link-out", "read-link-out-help"));
        }
        std::fs::metadata(&target).map_err(unreadable)?
    } else {
        meta
    };
    if meta.is_dir() {
        return Err(refuse("read-link-folder", "read-link-folder-help"));
    }
    if !meta.is_file() {
        return Err(refuse("read-not-regular", "read-not-regular-help"));
    }
    Ok(())
}

/// Opens `path` when it is a regular file itself (not a link to one) in one `open` and an
/// `fstat` of what was opened: most content files are, and looking each path up three times
/// (`lstat`, `stat`, `open`) was a third of a 250,000-file load's system time. None for
/// anything else, which [`regular_file`] then judges and names.
#[cfg(target_os = "linux")]
fn open_plain(path: &Path) -> Option<(std::fs::File, u64)> {
    use std::os::unix::fs::OpenOptionsExt as _;
    // O_NOFOLLOW: a link fails to open (and is judged the long way); O_NONBLOCK: a FIFO put in
    // the file's place since the walk does not block the open.
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .open(path)
        .ok()?;
    let meta = file.metadata().ok()?;
    meta.is_file().then_some((file, meta.len()))
}

#[cfg(not(target_os = "linux"))]
fn open_plain(_path: &Path) -> Option<(std::fs::File, u64)> {
    None
}

/// Reads a content file as text, within the size limit counted on the bytes read.
pub(super) fn read_text(path: &Path, rel: &str, content: &Path) -> Result<String, Problem> {
    // Opened plainly, the file is read up to the size it had when opened (the bytes beyond,
    // written since, are the next load's): no further `read` to find its end.
    let (file, len, upto) = match open_plain(path) {
        Some((file, len)) => (file, len, len.min(MAX_FILE_BYTES + 1)),
        None => {
            regular_file(path, rel, content).map_err(Problem::Content)?;
            let len = std::fs::metadata(path).map_err(io(rel))?.len();
            let file = std::fs::File::open(path).map_err(io(rel))?;
            (file, len, MAX_FILE_BYTES + 1)
        }
    };
    if len > MAX_FILE_BYTES {
        // Exact bytes: a whole number of MiB would print 16.2 MiB as "16 MiB; the limit is 16 MiB".
        return Err(Problem::Content(
            Diagnostic::file(
                rel,
                crate::tr!(
                    "read-too-large",
                    bytes = len.to_string(),
                    limit = MAX_FILE_BYTES.to_string()
                ),
            )
            .with_help(crate::tr!("read-too-large-help")),
        ));
    }
    // Sized to the file: grown by doubling, a 300-byte report kept 512 bytes for as long as the
    // build held its text.
    let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
    file.take(upto).read_to_end(&mut bytes).map_err(io(rel))?;
    // The file may have grown since, or not be what its size said.
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Problem::Content(
            Diagnostic::file(
                rel,
                crate::tr!("read-over-limit", limit = MAX_FILE_BYTES.to_string()),
            )
            .with_help(crate::tr!("read-too-large-help")),
        ));
    }
    let mut text = check_text(rel, bytes).map_err(Problem::Content)?;
    if text.starts_with('\u{feff}') {
        text.drain(..3);
    }
    // A file that grew while it was read, or lost its BOM, would keep spare room.
    text.shrink_to_fit();
    Ok(text)
}

/// The bytes of a text file as a string, or the error at the first byte that is not text:
/// UTF-16 (named as such), invalid UTF-8, a NUL (which ends the YAML parser's input early) or a
/// carriage return not followed by a line feed (a file of them reads as one line).
pub fn check_text(rel: &str, bytes: Vec<u8>) -> Result<String, Diagnostic> {
    let utf16 = bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]);
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let mut at = at(rel, std::str::from_utf8(valid).unwrap_or(""), valid.len());
        at.source_line = None;
        if utf16 {
            at.message_help("read-utf16", "read-save-utf8")
        } else {
            at.message_help("read-not-utf8", "read-save-utf8")
        }
    })?;
    if let Some(i) = text.find('\0') {
        let d = at(rel, &text, i);
        return Err(
            if text.as_bytes().get(i ^ 1) != Some(&0) && text.len() > 1 && i < 2 {
                d.message_help("read-utf16-no-bom", "read-save-utf8")
            } else {
                d.message_help("read-nul", "read-nul-help")
            },
        );
    }
    let b = text.as_bytes();
    if let Some(i) = (0..b.len()).find(|&i| b[i] == b'\r' && b.get(i + 1) != Some(&b'\n')) {
        return Err(at(rel, &text, i).message_help("read-lone-cr", "read-lone-cr-help"));
    }
    Ok(text)
}

/// A diagnostic at byte `i` of `text` (valid text up to `i`).
fn at(rel: &str, text: &str, i: usize) -> Diagnostic {
    let before = &text[..i];
    let line_start = before.rfind('\n').map_or(0, |p| p + 1);
    let line_end = text[i..].find(['\n', '\r']).map_or(text.len(), |p| i + p);
    let mut d = Diagnostic::file(rel, "");
    d.line = before.matches('\n').count() + 1;
    d.column = text[line_start..i].chars().count() + 1;
    d.len = 1;
    // Control characters in it (the NUL or lone CR reported) are shown as U+FFFD by the printer.
    d.source_line = Some(text[line_start..line_end].to_owned());
    d
}

trait MessageHelp {
    /// The diagnostic with the messages of catalogue keys `message` and `help`.
    fn message_help(self, message: &str, help: &str) -> Diagnostic;
}

impl MessageHelp for Diagnostic {
    fn message_help(mut self, message: &str, help: &str) -> Diagnostic {
        self.message = crate::messages::t(message, &[]);
        self.help = Some(crate::messages::t(help, &[]));
        self
    }
}
