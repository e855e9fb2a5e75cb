//! `serve`: builds, serves the output folder over HTTP on loopback, watches content and theme,
//! rebuilds on change and reloads open pages (server-sent events). A rebuild with errors keeps
//! the last good site and shows the errors over the page and in the terminal. It calls the same
//! pipeline as `build`; nothing it injects is ever written to the output folder.

mod http;
mod session;

pub use session::{Rebuilt, Session};

use crate::io_error::{Action, IoError};
use crate::site::{Failure, Options};
use notify::{RecursiveMode, Watcher};
use std::net::TcpListener;
use std::path::PathBuf;
use std::sync::{Arc, Condvar, Mutex, mpsc};
use std::time::{Duration, Instant};

/// What open pages need to know: a generation number that moves on every rebuild, and the
/// errors of the latest one (None when it succeeded).
#[derive(Debug, Default)]
pub struct State {
    pub generation: u64,
    pub errors: Option<String>,
}

pub type Shared = Arc<(Mutex<State>, Condvar)>;

pub struct ServeOptions {
    pub build: Options,
    pub bind: String,
    pub port: u16,
}

/// Rebuilds once (after the `changed` paths, when known); the text of the errors when the
/// content has some, or what stopped the rebuild.
fn rebuild(
    session: &mut Session,
    changed: Option<&[PathBuf]>,
) -> Result<String, Result<String, Failure>> {
    let started = Instant::now();
    match session.rebuild_after(changed) {
        Ok(b) => {
            let ms = started.elapsed().as_millis().to_string();
            Ok(if b.removed > 0 {
                crate::tr!(
                    "serve-rebuilt-removed",
                    ms = ms,
                    written = b.written,
                    files = b.files,
                    removed = b.removed
                )
            } else {
                crate::tr!(
                    "serve-rebuilt",
                    ms = ms,
                    written = b.written,
                    files = b.files
                )
            })
        }
        Err(Failure::Content(diags)) => {
            let mut text = String::new();
            for d in &diags {
                text.push_str(&d.render());
            }
            let summary = crate::diag::summary(&diags);
            text.push_str(&format!(
                "error: {}\n",
                crate::tr!("serve-still-serving", summary = summary)
            ));
            Err(Ok(text))
        }
        Err(stop) => Err(Err(stop)),
    }
}

fn publish(shared: &Shared, errors: Option<String>) {
    let (lock, cvar) = &**shared;
    if let Ok(mut s) = lock.lock() {
        s.generation += 1;
        s.errors = errors;
    }
    cvar.notify_all();
}

/// How long the watcher waits for more events before rebuilding.
const QUIET_MS: u64 = 25;

pub fn serve(mut opts: ServeOptions) -> Result<(), Failure> {
    // Pages are served from the server's root, whatever base_url the site is published under.
    opts.build.base_url = Some(format!("http://{}:{}/", opts.bind, opts.port));
    let shared: Shared = Arc::new((Mutex::new(State::default()), Condvar::new()));
    let mut session = Session::new(opts.build.clone())?;
    // Watching starts before the first build, so that a file saved during it is not missed:
    // its event waits in the channel and brings a rebuild right after.
    // Each event's paths, or None when the watcher lost track (content/ is walked then).
    let (tx, rx) = mpsc::channel::<Option<Vec<PathBuf>>>();
    let mut watcher = notify::recommended_watcher(move |ev: notify::Result<notify::Event>| {
        let paths = match ev {
            Ok(ev) if matches!(ev.kind, notify::EventKind::Access(_)) => return,
            Ok(ev) if !ev.need_rescan() && !ev.paths.is_empty() => Some(ev.paths),
            _ => None,
        };
        let _ = tx.send(paths);
    })
    .map_err(|e| {
        IoError::new(
            Action::Watch,
            opts.build.root.join("content"),
            watch_error(e),
        )
    })?;
    let mut watched: Vec<PathBuf> = vec![opts.build.root.join("content")];
    let themes = opts.build.root.join("themes");
    if themes.is_dir() {
        watched.push(themes.clone());
    }
    // A theme given as a folder outside the site is watched too.
    if let Ok(Some(dir)) = crate::theme::resolve_dir(&opts.build.root, opts.build.theme.as_deref())
        && !dir.starts_with(&themes)
    {
        watched.push(dir);
    }
    for dir in &watched {
        watcher
            .watch(dir, RecursiveMode::Recursive)
            .map_err(|e| IoError::new(Action::Watch, dir, watch_error(e)))?;
    }
    match rebuild(&mut session, None) {
        Ok(msg) => println!("{msg}"),
        Err(Ok(errors)) => {
            eprint!("{errors}");
            publish(&shared, Some(errors));
        }
        Err(Err(stop)) => return Err(stop),
    }
    let address = format!("{}:{}", opts.bind, opts.port);
    let listener = TcpListener::bind((opts.bind.as_str(), opts.port))
        .map_err(|e| IoError::new(Action::Listen, &address, e))?;
    let output = opts.build.output.clone();
    println!(
        "{}",
        crate::tr!(
            "serve-serving",
            output = output.display().to_string(),
            url = format!("http://{address}/")
        )
    );
    let rebuild_shared = shared.clone();
    // Held through each rebuild, and at the end, so that the folder is not removed while a
    // rebuild writes into it.
    let busy = Arc::new(Mutex::new(()));
    let rebuilding = busy.clone();
    std::thread::spawn(move || {
        while let Ok(first) = rx.recv() {
            // A save is several events (an editor's temporary file, a rename), and a checkout
            // many files, within a few milliseconds: wait for a short quiet spell. Events that
            // come during a rebuild bring one more.
            let mut changed = first;
            while let Ok(more) = rx.recv_timeout(Duration::from_millis(QUIET_MS)) {
                changed = changed.zip(more).map(|(mut a, b)| {
                    a.extend(b);
                    a
                });
            }
            let _busy = rebuilding
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            match rebuild(&mut session, changed.as_deref()) {
                Ok(msg) => {
                    println!("{msg}");
                    publish(&rebuild_shared, None);
                }
                Err(Ok(errors)) => {
                    eprint!("{errors}");
                    publish(&rebuild_shared, Some(errors));
                }
                Err(Err(stop)) => crate::io_error::print(&stop),
            }
        }
    });
    let served = http::run(listener, &output, shared);
    drop(watcher);
    served.map_err(|e| Failure::Io(IoError::new(Action::Serve, &output, e)))?;
    // Stopped (Ctrl-C): the folder is this process's own, gigabytes on a large site, and of no
    // use to anyone now. A rebuild under way finishes first; none starts after (the lock is
    // never given back: the process is ending).
    let guard = busy
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let _ = crate::output::remove_ours(&output);
    std::mem::forget(guard);
    Ok(())
}

/// The system's error behind a watcher's, or the watcher's words as one.
fn watch_error(e: notify::Error) -> std::io::Error {
    match e.kind {
        notify::ErrorKind::Io(io) => io,
        _ => std::io::Error::other(e.to_string()),
    }
}
