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
    // Both builds a site can have: the public one, and the one with drafts. A shortcode may
    // point at a month only drafts publish, which the public build cannot show.
    let check = |drafts: bool| {
        site::load(&args.root, drafts, None)
            .and_then(|s| site::render_site(&s, &args.root, None).map(|_| s))
    };
    let loaded = match (check(false), check(true)) {
        (Err(Failure::Io(m)), _) | (_, Err(Failure::Io(m))) => Err(Failure::Io(m)),
        (Err(Failure::Content(mut a)), Err(Failure::Content(b))) => {
            a.extend(b);
            pacesetter::diag::sort(&mut a);
            Err(Failure::Content(a))
        }
        (Err(e), Ok(_)) | (Ok(_), Err(e)) => Err(e),
        (Ok(_), Ok(with_drafts)) => Ok(with_drafts),
    };
    match loaded {
        Ok(s) => {
            println!(
                "{}",
                pacesetter::tr!(
                    "check-valid",
                    units = s.model.units.len(),
                    categories = s.model.categories.len(),
                    months = s.scores.months.len(),
                    bulletins = s.model.bulletins.len()
                )
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
