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
