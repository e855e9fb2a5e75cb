//! `pacesetter import FILE --month YYYY-MM`: values from a spreadsheet, all rows or none.

use clap::Args;
use pacesetter::edit::import;
use pacesetter::model::Month;
use pacesetter::site::{self, Failure};
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
    /// Site folder holding content/
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub root: PathBuf,
}

pub fn run(args: ImportArgs) -> ExitCode {
    let Some(month) = Month::parse(&args.month) else {
        eprintln!("error: `{}` is not a month: write YYYY-MM", args.month);
        return ExitCode::from(2);
    };
    match std::fs::metadata(&args.file) {
        Ok(m) if m.len() > pacesetter::load::MAX_FILE_BYTES => {
            eprintln!(
                "error: {} is larger than 16 MiB; split it by category",
                args.file.display()
            );
            return ExitCode::from(1);
        }
        _ => {}
    }
    let bytes = match std::fs::read(&args.file) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("error: cannot read {}: {e}", args.file.display());
            return ExitCode::from(2);
        }
    };
    let loaded = match site::load(&args.root, true, None) {
        Ok(s) => s,
        Err(Failure::Content(diags)) => {
            super::report(&diags, "; fix these first, nothing was imported");
            return ExitCode::from(1);
        }
        Err(Failure::Io(msg)) => {
            eprintln!("error: {msg}");
            return ExitCode::from(2);
        }
    };
    let table = match pacesetter::edit::sheet::read(&bytes, args.sheet.as_deref()) {
        Ok(t) => t,
        Err(msg) => {
            eprintln!("{}:1:1: error: {msg}", args.file.display());
            return ExitCode::from(1);
        }
    };
    let shown = args.file.display().to_string();
    let changes = match import::plan(&args.root, &loaded.model, &shown, &table, month) {
        Ok(c) => c,
        Err(diags) => {
            super::report(&diags, "; nothing was written");
            return ExitCode::from(1);
        }
    };
    if changes.is_empty() {
        println!("nothing to change: every report already has these values");
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
            eprintln!("error: cannot write {}: {e}", c.path.display());
            return ExitCode::from(2);
        }
        let what: Vec<String> = c
            .values
            .iter()
            .map(|(k, old, new)| match old {
                Some(o) => format!("{k} {o} → {new}"),
                None => format!("{k} {new}"),
            })
            .collect();
        println!(
            "{} {}: {}",
            if c.created { "created" } else { "updated" },
            c.path.display(),
            what.join(", ")
        );
    }
    println!("imported {} reports for {month}", changes.len());
    // A draft's figures are checked but not published: say so, or the unit shows as late.
    for c in changes.iter().filter(|c| c.draft) {
        println!(
            "note: {} is still a draft; delete its `draft: true` line to publish these figures",
            c.path.display()
        );
    }
    ExitCode::SUCCESS
}
