//! `pacesetter check`: validates the content and reports every error, writing nothing.

use clap::Args;
use pacesetter::site::{self, Failure};
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct CheckArgs {
    #[command(flatten)]
    pub site: super::args::SiteArgs,
    #[command(flatten)]
    pub look: super::args::ThemeArgs,
}

pub fn run(args: CheckArgs) -> ExitCode {
    let loaded = site::check(&args.site.root, args.look.theme.as_deref());
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
        Err(stop) => super::stopped(&stop),
    }
}
