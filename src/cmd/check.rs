//! `pacesetter check`: validates the content and reports every error, writing nothing.

use clap::Args;
use pacesetter::site::{self, Failure};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct CheckArgs {
    /// Site folder holding content/
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub root: PathBuf,
}

pub fn run(args: CheckArgs) -> ExitCode {
    // Drafts are validated either way; including them checks the build with --drafts too.
    let loaded = site::load(&args.root, true, None)
        .and_then(|s| site::render_site(&s, &args.root, None).map(|_| s));
    match loaded {
        Ok(s) => {
            println!(
                "content is valid: {} units in {} categories, {} published months, {} bulletins",
                s.model.units.len(),
                s.model.categories.len(),
                s.scores.months.len(),
                s.model.bulletins.len()
            );
            ExitCode::SUCCESS
        }
        Err(Failure::Content(diags)) => {
            super::report(&diags, "");
            ExitCode::from(1)
        }
        Err(Failure::Io(msg)) => {
            eprintln!("error: {msg}");
            ExitCode::from(2)
        }
    }
}
