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
            use pacesetter::tr;
            let dir = shell_quote(&args.dir.to_string_lossy());
            println!("{}", tr!("init-done", dir = &dir, files = files.len()));
            println!("{}", tr!("init-next"));
            println!("  cd {dir}");
            println!("  pacesetter serve    # {}", tr!("init-serve"));
            println!("  pacesetter check    # {}", tr!("init-check"));
            println!("  pacesetter build    # {}", tr!("init-build"));
            ExitCode::SUCCESS
        }
        Err(stop) => super::stopped(&stop),
    }
}

/// `path` as it must be typed in the user's shell: bare when it holds only letters, digits and
/// `-_./` (and `\` `:` on Windows), else quoted (double quotes on Windows, single quotes
/// elsewhere), so that a folder named `my campaign` or `比学赶超 2026` can be pasted as printed.
fn shell_quote(path: &str) -> String {
    let plain = !path.is_empty()
        && path.chars().all(|c| {
            c.is_alphanumeric()
                || matches!(c, '-' | '_' | '.' | '/')
                || cfg!(windows) && matches!(c, '\\' | ':')
        });
    if plain {
        path.to_owned()
    } else if cfg!(windows) {
        format!("\"{path}\"")
    } else {
        format!("'{}'", path.replace('\'', "'\\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::shell_quote;

    #[test]
    fn quotes_only_what_a_shell_would_split() {
        assert_eq!(shell_quote("my-site"), "my-site");
        assert_eq!(shell_quote("比学赶超/2026"), "比学赶超/2026");
        if !cfg!(windows) {
            assert_eq!(shell_quote("my campaign"), "'my campaign'");
            assert_eq!(shell_quote("it's"), "'it'\\''s'");
        }
    }
}
