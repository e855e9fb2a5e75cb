//! The one I/O error: what was being done, to which path, and the operating system's reason;
//! and the one printer of whatever stops a command before or after the content was judged
//! (exit status 2). The action's words come from the message catalogues, so a Chinese site gets
//! Chinese errors; the path is shown as given and the system's own text follows.

use std::fmt;
use std::path::{Path, PathBuf};

/// What was being done when the system said no; each has its catalogue key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Read,
    Write,
    Create,
    Remove,
    Copy,
    /// Carry a file the previous build kept over into the new site.
    Keep,
    Lock,
    Replace,
    MoveAside,
    /// Remove what a build no longer needs from its spare folder.
    Tidy,
    Watch,
    /// Listen on an address (the path is the address).
    Listen,
    Serve,
}

impl Action {
    fn key(self) -> &'static str {
        match self {
            Action::Read => "cannot-read",
            Action::Write => "cannot-write",
            Action::Create => "io-create",
            Action::Remove => "io-remove",
            Action::Copy => "io-copy",
            Action::Keep => "io-keep",
            Action::Lock => "io-lock",
            Action::Replace => "io-replace",
            Action::MoveAside => "io-move-aside",
            Action::Tidy => "io-tidy",
            Action::Watch => "io-watch",
            Action::Listen => "io-listen",
            Action::Serve => "io-serve",
        }
    }
}

/// A file or folder that could not be read or written.
#[derive(Debug)]
pub struct IoError {
    pub action: Action,
    /// As the user gave it, or as the tool made it from what the user gave.
    pub path: PathBuf,
    pub source: std::io::Error,
}

impl IoError {
    pub fn new(action: Action, path: impl Into<PathBuf>, source: std::io::Error) -> IoError {
        IoError {
            action,
            path: path.into(),
            source,
        }
    }

    /// `map_err(IoError::at(Action::Read, &path))`.
    pub fn at(action: Action, path: &Path) -> impl FnOnce(std::io::Error) -> IoError + '_ {
        move |source| IoError::new(action, path, source)
    }
}

impl fmt::Display for IoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::messages::t(
            self.action.key(),
            &[
                ("path", self.path.display().to_string().into()),
                ("reason", self.source.to_string().into()),
            ],
        ))
    }
}

impl std::error::Error for IoError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

/// Prints what stopped a command (an [`IoError`], or a refusal in words) to standard error as
/// `error: message`, control characters in it escaped.
pub fn print(stop: &dyn fmt::Display) {
    eprintln!("error: {}", crate::diag::printable(&stop.to_string()));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;

    #[test]
    fn action_path_and_reason_in_the_language_chosen() {
        let e = IoError::new(
            Action::Read,
            "content/site.yaml",
            std::io::Error::from(std::io::ErrorKind::PermissionDenied),
        );
        let reason = e.source.to_string();
        let say = |lang| {
            crate::messages::text(
                lang,
                e.action.key(),
                &[
                    ("path", "content/site.yaml".into()),
                    ("reason", reason.as_str().into()),
                ],
            )
        };
        assert_eq!(
            say(Language::En),
            format!("cannot read content/site.yaml: {reason}")
        );
        assert_eq!(
            say(Language::ZhHans),
            format!("无法读取 content/site.yaml：{reason}")
        );
    }

    /// A missing key would print the key itself.
    #[test]
    fn every_action_has_its_words_in_every_language() {
        use Action::*;
        let all = [
            Read, Write, Create, Remove, Copy, Keep, Lock, Replace, MoveAside, Tidy, Watch, Listen,
            Serve,
        ];
        for lang in Language::ALL {
            for a in all {
                let args = [("path", "PATH".into()), ("reason", "REASON".into())];
                let text = crate::messages::text(lang, a.key(), &args);
                assert!(
                    text.contains("PATH") && text.contains("REASON"),
                    "{lang:?} {a:?}: {text}"
                );
            }
        }
    }
}
