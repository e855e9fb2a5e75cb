//! Flags every command shares, defined once (as mdBook's command prelude does).

use clap::Args;
use std::path::PathBuf;

/// Where the site is: every command reads `<root>/content` (and `<root>/themes`).
#[derive(Args, Debug, Clone)]
pub struct SiteArgs {
    /// Site folder holding content/ and themes/
    #[arg(long, value_name = "DIR", default_value = ".", global = true)]
    pub root: PathBuf,
}

/// How the site looks: the commands that render pages (build, check, serve).
#[derive(Args, Debug, Clone)]
pub struct ThemeArgs {
    /// Theme name under <root>/themes/, or a theme folder
    #[arg(long, value_name = "NAME|DIR")]
    pub theme: Option<String>,
}
