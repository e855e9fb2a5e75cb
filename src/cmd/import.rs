//! `pacesetter import FILE --month YYYY-MM`: values from a spreadsheet, all rows or none.

use clap::Args;
use pacesetter::edit::import;
use pacesetter::io_error::{Action, IoError};
use pacesetter::model::Month;
use pacesetter::site::{self, Failure};
use pacesetter::tr;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct ImportArgs {
    /// A workbook (.xlsx, .xls, .ods) or CSV (UTF-8 or GB18030) with header `unit,<indicator id>,…`
    pub file: PathBuf,
    /// The workbook's sheet to read [default: the first]
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// The month the values are for
    #[arg(long, value_name = "YYYY-MM")]
    pub month: String,
    #[command(flatten)]
    pub site: super::args::SiteArgs,
}

pub fn run(args: ImportArgs) -> ExitCode {
    let Some(month) = Month::parse(&args.month) else {
        return super::stopped(&tr!("not-a-month", month = &args.month));
    };
    match std::fs::metadata(&args.file) {
        Ok(m) if m.len() > pacesetter::load::MAX_FILE_BYTES => {
            let path = args.file.display().to_string();
            eprintln!("error: {}", tr!("import-too-large", path = path));
            return ExitCode::from(1);
        }
        _ => {}
    }
    let bytes = match std::fs::read(&args.file) {
        Ok(b) => b,
        Err(e) => return super::stopped(&IoError::new(Action::Read, &args.file, e)),
    };
    let loaded = match site::load(&args.site.root, true, None) {
        Ok(s) => s,
        Err(Failure::Content(diags)) => {
            super::report(&diags, &tr!("tail-nothing-imported"));
            return ExitCode::from(1);
        }
        Err(stop) => return super::stopped(&stop),
    };
    let table = match pacesetter::edit::sheet::read(&bytes, args.sheet.as_deref()) {
        Ok(t) => t,
        Err(msg) => {
            eprintln!("{}:1:1: error: {msg}", args.file.display());
            return ExitCode::from(1);
        }
    };
    let shown = args.file.display().to_string();
    let changes = match import::plan(&args.site.root, &loaded.model, &shown, &table, month) {
        Ok(c) => c,
        Err(diags) => {
            super::report(&diags, &tr!("tail-nothing-written"));
            return ExitCode::from(1);
        }
    };
    if changes.is_empty() {
        println!("{}", tr!("import-nothing"));
        return ExitCode::SUCCESS;
    }
    // Everything was checked above; write each file whole, through a temporary beside it.
    for c in &changes {
        let tmp = c.path.with_extension("md.pacesetter-tmp");
        let written = c
            .path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&tmp, &c.text))
            .and_then(|()| std::fs::rename(&tmp, &c.path));
        if let Err(e) = written {
            let _ = std::fs::remove_file(&tmp);
            return super::stopped(&IoError::new(Action::Write, &c.path, e));
        }
        let what: Vec<String> = c
            .values
            .iter()
            .map(|(k, old, new)| match old {
                Some(o) => format!("{k} {o} → {new}"),
                None => format!("{k} {new}"),
            })
            .collect();
        let (path, values) = (c.path.display().to_string(), what.join(", "));
        if c.created {
            println!("{}", tr!("import-created", path = path, values = values));
        } else {
            println!("{}", tr!("import-updated", path = path, values = values));
        }
    }
    let month = month.to_string();
    println!(
        "{}",
        tr!("import-done", reports = changes.len(), month = month)
    );
    // A draft's figures are checked but not published: say so, or the unit shows as late.
    for c in changes.iter().filter(|c| c.draft) {
        let path = c.path.display().to_string();
        println!("{}", tr!("import-still-draft", path = path));
    }
    ExitCode::SUCCESS
}
