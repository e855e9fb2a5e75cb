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
    // Both builds a site can have: the public one, and the one with drafts. A shortcode may
    // point at a month only drafts publish, which the public build cannot show.
    let check = |drafts: bool| {
        let root = &args.site.root;
        site::load(root, drafts, None)
            .and_then(|s| site::render_site(&s, root, args.look.theme.as_deref()).map(|_| s))
    };
    let loaded = match (check(false), check(true)) {
        (Err(Failure::Content(mut a)), Err(Failure::Content(b))) => {
            a.extend(b);
            pacesetter::diag::sort(&mut a);
            Err(Failure::Content(a))
        }
        // What stops a check comes before the content's errors.
        (Err(Failure::Content(_)), Err(e)) | (Err(e), _) | (Ok(_), Err(e)) => Err(e),
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
        Err(stop) => super::stopped(&stop),
    }
}
