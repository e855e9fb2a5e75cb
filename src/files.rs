//! The built site as files, before they are written: what render makes, the theme contributes
//! and output writes. A leaf: it imports nothing of the crate.

use std::collections::BTreeMap;
use std::path::PathBuf;

/// A file of the built site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    Bytes(Vec<u8>),
    /// Copied as it is from this path (static files).
    Copy(PathBuf),
}

/// Output path (relative, `/`-separated) → contents, in path order.
pub type Files = BTreeMap<String, Body>;
