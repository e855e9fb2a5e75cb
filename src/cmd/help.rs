//! `--help` and command-line mistakes in the reader's language. clap has no catalogues of its
//! own, so the command tree it derives from `main.rs` is walked once before parsing and every
//! text a reader sees (what a command does, what a flag means, the headings, the usage line) is
//! replaced from `src/messages/*.ftl`. clap's errors are rewritten from their parts (the flag, the
//! value, clap's suggestion) for the mistakes people make; any other one is shown as clap words it.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};
use pacesetter::lang::Language;
use pacesetter::messages::{self, Arg as MsgArg};
use pacesetter::tr;
use std::ffi::OsString;
use std::process::ExitCode;

/// The language of `--help` and of parse errors, read from the raw arguments before clap runs
/// (clap needs the texts before it parses): the same rule as every other message (`--lang`, the
/// site's language under `--root`, the locale), `init` aside, which has no site yet.
pub fn early_language(args: &[OsString]) -> Language {
    let words: Vec<String> = args
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let flag = value_of(&words, "--lang").and_then(|v| Language::from_code(&v));
    let root = value_of(&words, "--root").unwrap_or_else(|| ".".to_owned());
    let mut skip_next = false;
    let first_word = words.iter().find(|w| {
        let take = !skip_next && !w.starts_with('-');
        skip_next = *w == "--lang" || *w == "--root";
        take
    });
    if first_word.is_some_and(|w| w == "init") {
        messages::explicit(flag).unwrap_or(Language::ZhHans)
    } else {
        messages::choose(flag, Some(std::path::Path::new(&root)))
    }
}

/// The value given to `--name VALUE` or `--name=VALUE`, the last one if repeated.
fn value_of(words: &[String], name: &str) -> Option<String> {
    let mut found = None;
    for (i, w) in words.iter().enumerate() {
        if w == name {
            found = words.get(i + 1).cloned();
        } else if let Some(v) = w.strip_prefix(name).and_then(|r| r.strip_prefix('=')) {
            found = Some(v.to_owned());
        }
    }
    found
}

/// The command tree with every reader-facing text from the catalogue.
pub fn localize(root: Command) -> Command {
    // clap's own `help` subcommand cannot be given other words: ours does its job.
    let help = Command::new("help").arg(
        Arg::new("command")
            .value_name("COMMAND")
            .num_args(0..)
            .action(ArgAction::Append),
    );
    let root = root
        .about(tr!("cli-about"))
        .subcommand(help)
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(tr!("cli-arg-version")),
        );
    walk(root, "")
}

fn walk(command: Command, path: &str) -> Command {
    // `Usage: pacesetter`, but `用法：pacesetter`: a full-width colon carries its own space.
    let heading = tr!("cli-usage");
    let gap = if heading.ends_with('：') { "" } else { " " };
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{heading}{gap}{{usage}}\n\n{{all-args}}{{after-help}}"
    );
    // The order of the definitions, as clap shows them when no heading is set (a custom
    // heading would sort them by name); the root's `--lang`, shown in every command, first.
    let mut order = usize::from(!path.is_empty());
    let mut command = command
        .help_template(template)
        .disable_help_subcommand(true)
        .subcommand_help_heading(tr!("cli-commands"))
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(tr!("cli-arg-help")),
        )
        .mut_args(|arg| {
            let id = arg.get_id().to_string();
            let heading = if arg.is_positional() {
                tr!("cli-arguments")
            } else {
                tr!("cli-options")
            };
            let help = arg_help(path, &id).unwrap_or_default();
            // The catalogue's text names the default itself, in the reader's language.
            let takes_value = arg.get_action().takes_values();
            order += 1;
            arg.help(help)
                .help_heading(heading)
                .display_order(order)
                .hide_default_value(takes_value)
        });
    let names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        let sub_path = if path.is_empty() {
            name.clone()
        } else {
            format!("{path}-{name}")
        };
        let about = message(&format!("cli-cmd-{sub_path}")).unwrap_or_default();
        command = command.mut_subcommand(&name, |s| walk(s.about(about), &sub_path));
    }
    command
}

/// The command line parsed with the localised texts; `Err` carries the exit status when the
/// run ends here (help, version, a mistake).
pub fn parse<C: CommandFactory + FromArgMatches>(args: &[OsString]) -> Result<C, ExitCode> {
    let matches = localize(C::command())
        .try_get_matches_from(args)
        .map_err(finish)?;
    if let Some(("help", sub)) = matches.subcommand() {
        // `help new report` is `new report --help`, so the usage line names the whole command.
        let mut asked: Vec<OsString> = args.iter().take(1).cloned().collect();
        asked.extend(
            sub.get_many::<String>("command")
                .into_iter()
                .flatten()
                .map(OsString::from),
        );
        asked.push("--help".into());
        return Err(match localize(C::command()).try_get_matches_from(asked) {
            Err(e) => finish(e),
            Ok(_) => ExitCode::SUCCESS,
        });
    }
    C::from_arg_matches(&matches).map_err(finish)
}

/// What flag `id` of command `path` means: `cli-arg-<path>-<id>` when the command gives it a
/// meaning of its own, else the flag's common `cli-arg-<id>`.
pub fn arg_help(path: &str, id: &str) -> Option<String> {
    message(&format!("cli-arg-{path}-{id}")).or_else(|| message(&format!("cli-arg-{id}")))
}

/// Message `key` in this run's language, or `None` when no catalogue has it.
fn message(key: &str) -> Option<String> {
    let text = messages::t(key, &[]);
    (text != key).then_some(text)
}

/// Prints clap's verdict and gives its exit status: help and version to standard output (0), a
/// mistake to standard error (2), in the reader's language.
pub fn finish(e: clap::Error) -> ExitCode {
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            ExitCode::SUCCESS
        }
        _ if messages::language() == Language::En => {
            let _ = e.print();
            ExitCode::from(2)
        }
        _ => {
            eprint!("{}", mistake(&e));
            ExitCode::from(2)
        }
    }
}

/// A command-line mistake in Chinese, from clap's parts: what was wrong, clap's suggestion as a
/// help line, and where to read more.
fn mistake(e: &clap::Error) -> String {
    let text = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join("、")),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        _ => None,
    };
    let arg = text(ContextKind::InvalidArg).unwrap_or_default();
    let value = text(ContextKind::InvalidValue).unwrap_or_default();
    let arg_v = MsgArg::from(arg.as_str());
    let message = match e.kind() {
        ErrorKind::UnknownArgument => tr!("cli-unknown-argument", arg = arg_v),
        ErrorKind::InvalidSubcommand => {
            let name = text(ContextKind::InvalidSubcommand).unwrap_or_default();
            tr!("cli-unknown-command", name = name.as_str())
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            tr!("cli-invalid-value", arg = arg_v, value = value.as_str())
        }
        ErrorKind::MissingRequiredArgument => tr!("cli-missing-argument", arg = arg_v),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            tr!("cli-missing-command")
        }
        ErrorKind::ArgumentConflict => tr!("cli-conflict", arg = arg_v),
        ErrorKind::TooManyValues | ErrorKind::NoEquals => {
            tr!("cli-unexpected", arg = arg_v)
        }
        _ => return e.render().to_string(),
    };
    // A value clap could not convert carries the converter's reason (`--lang`'s is ours).
    let reason = std::error::Error::source(e).map(|r| {
        // `--port abc`: the standard library's reason is English; ours says what to type.
        if r.downcast_ref::<std::num::ParseIntError>().is_some() {
            tr!("cli-reason-port")
        } else {
            r.to_string()
        }
    });
    let mut out = match reason {
        Some(r) if e.kind() == ErrorKind::ValueValidation => format!("error: {message}：{r}\n"),
        _ => format!("error: {message}\n"),
    };
    let suggestion = text(ContextKind::SuggestedArg)
        .or_else(|| text(ContextKind::SuggestedSubcommand))
        .or_else(|| text(ContextKind::ValidValue));
    if let Some(s) = suggestion {
        out.push_str(&format!(
            "  = help: {}\n",
            tr!("cli-did-you-mean", fix = s.as_str())
        ));
    }
    out.push_str(&format!("  = help: {}\n", tr!("cli-more")));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(args: &[&str]) -> Vec<OsString> {
        args.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_flag_is_read_in_both_spellings_and_the_last_wins() {
        let w = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            value_of(&w(&["--lang", "en"]), "--lang").as_deref(),
            Some("en")
        );
        assert_eq!(
            value_of(&w(&["--lang=zh-Hant"]), "--lang").as_deref(),
            Some("zh-Hant")
        );
        assert_eq!(
            value_of(&w(&["--lang=en", "build", "--lang", "zh-Hans"]), "--lang").as_deref(),
            Some("zh-Hans")
        );
        assert_eq!(value_of(&w(&["--language", "en"]), "--lang"), None);
    }

    #[test]
    fn an_explicit_lang_decides_the_help_language() {
        let lang = early_language(&words(&["pacesetter", "--lang", "zh-Hant", "build"]));
        assert_eq!(lang, Language::ZhHant);
        let lang = early_language(&words(&["pacesetter", "init", "x", "--lang=en"]));
        assert_eq!(lang, Language::En);
    }

    /// Every command and flag clap derives has its words in the catalogue (the parity test then
    /// holds them in all three languages): a new flag without them fails here, not in front of
    /// a reader as an empty line.
    #[test]
    fn every_command_and_flag_has_its_words() {
        use clap::CommandFactory;
        fn check(command: &Command, path: &str, missing: &mut Vec<String>) {
            for arg in command.get_arguments() {
                let id = arg.get_id().to_string();
                if arg_help(path, &id).is_none() {
                    missing.push(format!("{path} --{id}"));
                }
            }
            for sub in command.get_subcommands() {
                let name = sub.get_name();
                let sub_path = if path.is_empty() {
                    name.to_owned()
                } else {
                    format!("{path}-{name}")
                };
                if message(&format!("cli-cmd-{sub_path}")).is_none() {
                    missing.push(sub_path.clone());
                }
                check(sub, &sub_path, missing);
            }
        }
        let mut missing = Vec::new();
        check(&localize(crate::Cli::command()), "", &mut missing);
        assert_eq!(missing, Vec::<String>::new());
    }

    #[test]
    fn a_flag_value_is_not_taken_for_the_command() {
        // `--root init` names a folder called init: the command is build, so the site is read.
        let lang = early_language(&words(&["pacesetter", "--root", "init", "--lang", "en"]));
        assert_eq!(lang, Language::En);
    }
}
