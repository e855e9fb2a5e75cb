//! `pacesetter init DIR`: a new site that builds at once.

use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct InitArgs {
    /// Folder for the new site (created if missing)
    pub dir: PathBuf,
}

pub fn run(args: InitArgs) -> ExitCode {
    match pacesetter::edit::init::init(&args.dir) {
        Ok(files) => {
            println!(
                "created a site with {} files in {}",
                files.len(),
                args.dir.display()
            );
            println!(
                "next: pacesetter build --root {}   (or serve, to watch it as you edit)",
                args.dir.display()
            );
            ExitCode::SUCCESS
        }
        Err(msg) => {
            eprintln!("error: {msg}");
            ExitCode::from(2)
        }
    }
}
