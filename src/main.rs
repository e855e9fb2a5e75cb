//! The command line: parses flags, calls the library, prints diagnostics, exits 0, 1 or 2.

mod cmd;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(
    name = "pacesetter",
    version,
    about = "Builds the public website of a 比學趕超 campaign from Markdown and YAML records"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Build the site into the output folder
    Build(cmd::build::BuildArgs),
    /// Check the content and report every error, writing nothing
    Check(cmd::check::CheckArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build(a) => cmd::build::run(a),
        Command::Check(a) => cmd::check::run(a),
    }
}
