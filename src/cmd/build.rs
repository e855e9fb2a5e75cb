//! `pacesetter build`: builds the site into the output folder.

use clap::Args;
use pacesetter::site::{self, Failure, Options};
use pacesetter::tr;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct BuildArgs {
    #[command(flatten)]
    pub site: super::args::SiteArgs,
    #[command(flatten)]
    pub look: super::args::ThemeArgs,
    /// Where to write the site [default: <root>/output]
    #[arg(long, value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// Overrides site.yaml's base_url
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
    /// Include records marked `draft: true`
    #[arg(long)]
    pub drafts: bool,
}

pub fn run(args: BuildArgs) -> ExitCode {
    let started = std::time::Instant::now();
    if let Some(url) = args.base_url.as_deref()
        && pacesetter::model::base_url_problem(url).is_some()
    {
        let host = url.trim_start_matches('/').trim_end_matches('/');
        eprintln!("error: {}", tr!("base-url-flag", url = url));
        eprintln!("  = help: {}", tr!("base-url-flag-help", host = host));
        return ExitCode::from(2);
    }
    let output = args.output.unwrap_or_else(|| args.site.root.join("output"));
    let options = Options {
        root: args.site.root,
        output: output.clone(),
        base_url: args.base_url,
        theme: args.look.theme,
        drafts: args.drafts,
    };
    let progress = Progress::start(started);
    let result = site::build(&options);
    progress.stop();
    match result {
        Ok(built) => {
            let ms = started.elapsed().as_millis().to_string();
            println!(
                "{}",
                tr!(
                    "build-done",
                    pages = built.pages,
                    charts = built.charts,
                    data = built.data_files,
                    months = built.months,
                    output = output.display().to_string(),
                    ms = ms
                )
            );
            if let Some(base) = built.relative_base {
                eprintln!("warning: {}", tr!("base-url-relative", base = base));
                eprintln!("  = help: {}", tr!("base-url-relative-help"));
            }
            ExitCode::SUCCESS
        }
        Err(Failure::Content(diags)) => {
            super::report(
                &diags,
                &tr!("tail-output-kept", output = output.display().to_string()),
            );
            ExitCode::from(1)
        }
        Err(stop) => super::stopped(&stop),
    }
}

/// A running clock on the terminal for builds that take more than a second; silent when
/// standard error is not a terminal (CI logs, scripts).
struct Progress {
    done: std::sync::Arc<std::sync::atomic::AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Progress {
    fn start(started: std::time::Instant) -> Progress {
        use std::io::{IsTerminal, Write};
        use std::sync::atomic::Ordering;
        let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        if !std::io::stderr().is_terminal() {
            return Progress { done, thread: None };
        }
        let flag = done.clone();
        let thread = std::thread::spawn(move || {
            let mut shown = false;
            while !flag.load(Ordering::Relaxed) {
                std::thread::sleep(std::time::Duration::from_millis(200));
                let secs = started.elapsed().as_secs_f64();
                if secs >= 1.0 && !flag.load(Ordering::Relaxed) {
                    eprint!("\r{}", tr!("building", seconds = format!("{secs:.1}")));
                    let _ = std::io::stderr().flush();
                    shown = true;
                }
            }
            if shown {
                eprint!("\r\x1b[K");
            }
        });
        Progress {
            done,
            thread: Some(thread),
        }
    }

    fn stop(self) {
        self.done.store(true, std::sync::atomic::Ordering::Relaxed);
        if let Some(t) = self.thread {
            let _ = t.join();
        }
    }
}
