//! `pacesetter new bulletin|report|correction|visit`: writes a new content file with its front matter filled in.

use clap::{Args, Subcommand};
use pacesetter::edit::{self, EditError};
use pacesetter::model::Month;
use pacesetter::site::{self, Failure};
use pacesetter::tr;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct NewArgs {
    #[command(flatten)]
    pub site: super::args::SiteArgs,
    #[command(subcommand)]
    pub what: What,
}

#[derive(Subcommand, Debug)]
pub enum What {
    /// The next bulletin of the date's year
    Bulletin {
        /// The bulletin's date [default: today]
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
    },
    /// A monthly report listing every indicator of the unit's category
    Report {
        /// The unit's id
        unit: String,
        /// The month reported
        #[arg(value_name = "YYYY-MM")]
        month: String,
    },
    /// A correction of a published report: appends its `corrections:` entry with `was` filled
    /// from published.lock (change the values first)
    Correction {
        /// The unit's id
        unit: String,
        /// The month of the corrected report
        #[arg(value_name = "YYYY-MM")]
        month: String,
        /// The day the correction is made public [default: today]
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
    },
    /// An exchange visit hosted by a unit
    Visit {
        /// The host unit's id
        host: String,
        /// The visit's date [default: today]
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
    },
}

fn date_arg(date: Option<&str>) -> Result<chrono::NaiveDate, EditError> {
    match date {
        None => Ok(chrono::Local::now().date_naive()),
        Some(d) => pacesetter::load::parse_date(d)
            .ok_or_else(|| EditError::Refused(tr!("not-a-date", date = d))),
    }
}

pub fn run(args: NewArgs) -> ExitCode {
    // Drafts included: a new bulletin's number must count draft issues too. A correction is
    // written for content the ledger refuses, so it is loaded without the ledger; the public
    // build's reports are the ones published.
    let loaded = match &args.what {
        What::Correction { .. } => site::load_content(&args.site.root, false),
        _ => site::load(&args.site.root, true, None),
    };
    let loaded = match loaded {
        Ok(s) => s,
        Err(Failure::Content(diags)) => {
            super::report(&diags, &tr!("tail-fix-first"));
            return ExitCode::from(1);
        }
        Err(stop) => return super::stopped(&stop),
    };
    let model = &loaded.model;
    let result = match &args.what {
        What::Bulletin { date } => date_arg(date.as_deref()).and_then(|d| {
            let issues: Vec<(i32, u32)> =
                model.bulletins.iter().map(|b| (b.year, b.issue)).collect();
            edit::new_bulletin(&args.site.root, model, &issues, d)
        }),
        What::Report { unit, month } => match Month::parse(month) {
            Some(m) => edit::new_report(&args.site.root, model, unit, m),
            None => Err(EditError::Refused(tr!("not-a-month", month = month))),
        },
        What::Correction { unit, month, date } => match Month::parse(month) {
            Some(m) => date_arg(date.as_deref()).and_then(|d| {
                let ledger = site::read_ledger(&args.site.root)?;
                edit::correction::new_correction(
                    &args.site.root,
                    model,
                    ledger.as_ref(),
                    unit,
                    m,
                    d,
                )
            }),
            None => Err(EditError::Refused(tr!(
                "not-a-month",
                month = month.as_str()
            ))),
        },
        What::Visit { host, date } => {
            date_arg(date.as_deref()).and_then(|d| edit::new_visit(&args.site.root, model, host, d))
        }
    };
    match result {
        Ok(path) => {
            println!("{}", path.display());
            ExitCode::SUCCESS
        }
        Err(stop) => super::stopped(&stop),
    }
}
