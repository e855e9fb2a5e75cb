//! `pacesetter serve`: build, serve on loopback, rebuild and reload on change.

use clap::Args;
use pacesetter::serve::{ServeOptions, serve};
use pacesetter::site::Options;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct ServeArgs {
    #[command(flatten)]
    pub site: super::args::SiteArgs,
    #[command(flatten)]
    pub look: super::args::ThemeArgs,
    /// Address to listen on; anything but loopback exposes the preview to the network
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: String,
    #[arg(long, default_value_t = 1111)]
    pub port: u16,
    /// Include records marked `draft: true`
    #[arg(long)]
    pub drafts: bool,
}

pub fn run(args: ServeArgs) -> ExitCode {
    let build = Options {
        // Served pages carry the local address in their feed and sitemap links, and drafts
        // when asked: they go to a folder of their own, never over the site's output/.
        output: std::env::temp_dir().join(format!("pacesetter-serve-{}", std::process::id())),
        root: args.site.root,
        base_url: None,
        theme: args.look.theme,
        drafts: args.drafts,
    };
    let output = build.output.clone();
    match serve(ServeOptions {
        build,
        bind: args.bind,
        port: args.port,
    }) {
        Ok(()) => ExitCode::SUCCESS,
        Err(stop) => {
            // The folder is this process's own: leave nothing behind in the temporary folder.
            let _ = pacesetter::output::remove_ours(&output);
            super::stopped(&stop)
        }
    }
}
