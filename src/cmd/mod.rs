//! One module per subcommand: its flags and a short `run`.

pub mod args;
pub mod build;
pub mod check;
pub mod import;
pub mod init;
pub mod new;
pub mod serve;

use pacesetter::diag::{self, Diagnostic};
use std::io::Write;
use std::process::ExitCode;

/// Prints what stopped the command before or after the content was judged (a file that cannot
/// be read or written, a refusal) through the one printer, and gives exit status 2.
pub fn stopped(stop: &dyn std::fmt::Display) -> ExitCode {
    pacesetter::io_error::print(stop);
    ExitCode::from(2)
}

/// Prints diagnostics, then the count and `tail` (what became of the output, already in the
/// user's language), to standard error.
pub fn report(diags: &[Diagnostic], tail: &str) {
    let stderr = std::io::stderr();
    let mut err = stderr.lock();
    for d in diags {
        let _ = write!(err, "{}", d.render());
    }
    let _ = writeln!(err, "error: {}{tail}", diag::summary(diags));
}
