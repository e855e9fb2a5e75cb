//! Pacesetter: compiles a folder of Markdown and YAML campaign records into a static public site.
//!
//! Data flows one way: [`load`] reads `content/`, [`model`] validates it into typed records,
//! [`score`] computes the figures, [`render`] turns them into files, [`output`] writes them.

#![warn(clippy::too_many_lines)]

pub mod diag;
pub mod edit;
pub mod files;
pub mod fuzzing;
pub mod io_error;
pub mod lang;
pub mod load;
pub mod memory;
pub mod messages;
pub mod model;
pub mod output;
pub mod render;
pub mod score;
pub mod serve;
pub mod site;
pub mod slips;
pub mod theme;
