//! The command line: parses flags, calls the library, prints diagnostics, exits 0, 1 or 2.

#![warn(clippy::too_many_lines)]

mod cmd;

// A build makes millions of small, short-lived allocations from two threads (page contexts,
// strings); mimalloc takes about a third less time over them than glibc's allocator. It needs a
// C compiler to build, so it is a default feature that `--no-default-features` leaves out.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{Parser, Subcommand};
use pacesetter::lang::Language;
use pacesetter::messages;
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(
    name = "pacesetter",
    version,
    about = "Builds the public website of a 比學趕超 campaign from Markdown and YAML records"
)]
struct Cli {
    /// Language of messages: zh-Hans, zh-Hant or en [default: the site's language]
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    lang: Option<Language>,
    #[command(subcommand)]
    command: Command,
}

fn parse_lang(s: &str) -> Result<Language, String> {
    Language::from_code(s).ok_or_else(|| pacesetter::tr!("cli-lang-values", value = s))
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Build the site into the output folder
    Build(cmd::build::BuildArgs),
    /// Check the content and report every error, writing nothing
    Check(cmd::check::CheckArgs),
    /// Build, serve on 127.0.0.1:1111, rebuild and reload pages on every change
    Serve(cmd::serve::ServeArgs),
    /// Write a new bulletin, monthly report or visit
    New(cmd::new::NewArgs),
    /// Create a new site, with a small example, in a folder
    Init(cmd::init::InitArgs),
    /// Import a month's values from a spreadsheet (.xlsx, .xls, .ods or CSV)
    Import(cmd::import::ImportArgs),
}

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // Messages come in the site's language unless asked otherwise; `init` makes a
    // Simplified-Chinese site and speaks its language unless asked otherwise. Chosen from the
    // raw arguments, before clap parses them, so that `--help` and clap's errors speak it too.
    messages::set_language(cmd::help::early_language(&args));
    let cli: Cli = match cmd::help::parse(&args) {
        Ok(cli) => cli,
        Err(status) => return status,
    };
    match cli.command {
        Command::Build(a) => cmd::build::run(a),
        Command::Check(a) => cmd::check::run(a),
        Command::Serve(a) => cmd::serve::run(a),
        Command::New(a) => cmd::new::run(a),
        Command::Init(a) => cmd::init::run(a),
        Command::Import(a) => cmd::import::run(a),
    }
}
