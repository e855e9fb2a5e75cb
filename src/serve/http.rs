//! `serve`'s HTTP: hyper parses requests (request-line forms, header limits, keep-alive, slow
//! clients) on a small tokio runtime. Ours are only the routing, the confinement to the build
//! folder, the Host check and the live-reload stream with the script that listens to it.

use super::Shared;
use bytes::Bytes;
use hyper::body::{Frame, SizeHint};
use hyper::header::{CACHE_CONTROL, CONTENT_TYPE, HOST, HeaderValue};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use std::convert::Infallible;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

pub const EVENTS: &str = "/__pacesetter/events";
/// The request line and headers together may not be larger than this (431 beyond).
pub const MAX_HEADER_BYTES: usize = 16 * 1024;
/// Nor more headers than this.
pub const MAX_HEADERS: usize = 64;
/// A client must send its whole request head within this.
const HEAD_TIMEOUT: Duration = Duration::from_secs(10);

/// Injected into HTML pages when serving only: reloads on rebuild, shows build errors over the page.
const RELOAD_SCRIPT: &str = r#"<script>(function(){var es=new EventSource("/__pacesetter/events");
function overlay(t){var o=document.getElementById("pacesetter-errors");if(!t){if(o)o.remove();return;}
if(!o){o=document.createElement("pre");o.id="pacesetter-errors";o.setAttribute("role","alert");
o.style.cssText="position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;margin:0;padding:1rem;background:#300;color:#fff;font:13px/1.5 monospace;z-index:9999;white-space:pre-wrap";
document.body.appendChild(o);}o.textContent=t;}
es.addEventListener("reload",function(){location.reload();});
es.addEventListener("errors",function(e){overlay(JSON.parse(e.data));});})();</script>"#;

/// Maps a request path to a file inside `root`, refusing anything that could leave it.
pub fn resolve(root: &Path, url_path: &str) -> Option<PathBuf> {
    let path = url_path.split(['?', '#']).next().unwrap_or("");
    let decoded = percent_decode(path)?;
    let mut out = root.to_path_buf();
    for seg in decoded.split('/') {
        if seg.is_empty() || seg == "." {
            continue;
        }
        if seg == ".." || seg.contains(['\\', '\0']) || seg.starts_with('.') {
            return None;
        }
        out.push(seg);
    }
    if out.is_dir() {
        out.push("index.html");
    }
    // Symlinks must not lead out of the folder either.
    let canon = out.canonicalize().ok()?;
    let base = root.canonicalize().ok()?;
    canon.starts_with(&base).then_some(canon)
}

fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = std::str::from_utf8(b.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("json") => "application/json",
        Some("csv") => "text/csv; charset=utf-8",
        Some("xml") => "application/xml",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("pdf") => "application/pdf",
        _ => "application/octet-stream",
    }
}

/// Serves `root` on `listener` until Ctrl-C (or, on Unix, a termination signal).
pub fn run(listener: std::net::TcpListener, root: &Path, shared: Shared) -> std::io::Result<()> {
    listener.set_nonblocking(true)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_io()
        .enable_time()
        .build()?;
    let root = Arc::new(root.to_path_buf());
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::from_std(listener)?;
        tokio::select! {
            () = accept(listener, root, shared) => Ok(()),
            () = stop_signal() => Ok(()),
        }
    })
}

/// Answers connections for ever.
async fn accept(listener: tokio::net::TcpListener, root: Arc<std::path::PathBuf>, shared: Shared) {
    loop {
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            Err(_) => {
                // Out of file handles, say: let some connections finish.
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let (root, shared) = (root.clone(), shared.clone());
        tokio::spawn(async move {
            let service = service_fn(move |req| {
                let response = answer(&req, &root, &shared);
                async move { Ok::<_, Infallible>(response) }
            });
            let _ = http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(HEAD_TIMEOUT)
                .max_buf_size(MAX_HEADER_BYTES)
                .max_header_size(MAX_HEADER_BYTES)
                .max_headers(MAX_HEADERS)
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

/// Ctrl-C, or on Unix SIGTERM too. A handler that cannot be installed never fires (the process
/// is then stopped the hard way, as before).
async fn stop_signal() {
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    let interrupt = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
}

/// A response body: bytes, or the live-reload stream's messages as they come.
pub enum Body {
    Full(Option<Bytes>),
    Events(tokio::sync::mpsc::Receiver<Bytes>),
}

impl hyper::body::Body for Body {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        match self.get_mut() {
            Body::Full(b) => Poll::Ready(b.take().map(|b| Ok(Frame::data(b)))),
            Body::Events(rx) => rx.poll_recv(cx).map(|m| m.map(|b| Ok(Frame::data(b)))),
        }
    }

    fn is_end_stream(&self) -> bool {
        matches!(self, Body::Full(None))
    }

    fn size_hint(&self) -> SizeHint {
        match self {
            Body::Full(b) => SizeHint::with_exact(b.as_ref().map_or(0, |b| b.len() as u64)),
            Body::Events(_) => SizeHint::default(),
        }
    }
}

fn respond(status: StatusCode, ctype: &'static str, body: Vec<u8>) -> Response<Body> {
    let mut r = Response::new(Body::Full(Some(Bytes::from(body))));
    *r.status_mut() = status;
    r.headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(ctype));
    r.headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

/// The answer to one request (hyper leaves the body out for HEAD).
fn answer(req: &Request<hyper::body::Incoming>, root: &Path, shared: &Shared) -> Response<Body> {
    if req.method() != Method::GET && req.method() != Method::HEAD {
        return respond(
            StatusCode::METHOD_NOT_ALLOWED,
            "text/plain",
            b"only GET and HEAD\n".to_vec(),
        );
    }
    if !host_allowed(req.headers().get(HOST)) {
        return respond(
            StatusCode::FORBIDDEN,
            "text/plain",
            b"serve answers only requests for localhost or an IP address\n".to_vec(),
        );
    }
    let target = req.uri().path();
    if target == EVENTS {
        return events(shared);
    }
    let Some(path) = resolve(root, target) else {
        let body = std::fs::read(root.join("404.html")).unwrap_or_else(|_| b"not found\n".to_vec());
        return respond(
            StatusCode::NOT_FOUND,
            "text/html; charset=utf-8",
            inject(body, shared),
        );
    };
    match std::fs::read(&path) {
        Ok(body) => {
            let ctype = content_type(&path);
            let body = if ctype.starts_with("text/html") {
                inject(body, shared)
            } else {
                body
            };
            respond(StatusCode::OK, ctype, body)
        }
        Err(_) => respond(StatusCode::NOT_FOUND, "text/plain", b"not found\n".to_vec()),
    }
}

/// A page of another site that a DNS name now points at 127.0.0.1 (DNS rebinding) sends its
/// own name as Host; only `localhost` names and IP addresses, which no such page can use,
/// are answered.
fn host_allowed(host: Option<&HeaderValue>) -> bool {
    let Some(host) = host.and_then(|h| h.to_str().ok()) else {
        return false;
    };
    let name = match host.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => host.rsplit_once(':').map_or(host, |(name, _)| name),
    };
    let lower = name.to_ascii_lowercase();
    lower == "localhost"
        || lower.ends_with(".localhost")
        || name.parse::<std::net::IpAddr>().is_ok()
}

/// Adds the reload script, and the current errors if the latest rebuild failed, before
/// `</body>`. Bytes, not text: the page's own bytes are sent as they are, UTF-8 or not.
fn inject(body: Vec<u8>, shared: &Shared) -> Vec<u8> {
    let errors = shared.0.lock().ok().and_then(|s| s.errors.clone());
    let mut script = String::from(RELOAD_SCRIPT);
    if let Some(e) = errors {
        let json = serde_json::to_string(&e)
            .unwrap_or_default()
            .replace("</", "<\\/");
        script.push_str(&format!("<script>document.addEventListener('DOMContentLoaded',function(){{var o=document.createElement('pre');o.id='pacesetter-errors';o.setAttribute('role','alert');o.style.cssText='position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;margin:0;padding:1rem;background:#300;color:#fff;font:13px/1.5 monospace;z-index:9999;white-space:pre-wrap';o.textContent={json};document.body.appendChild(o);}});</script>"));
    }
    let at = body
        .windows(7)
        .rposition(|w| w == b"</body>")
        .unwrap_or(body.len());
    let mut out = Vec::with_capacity(body.len() + script.len());
    out.extend_from_slice(&body[..at]);
    out.extend_from_slice(script.as_bytes());
    out.extend_from_slice(&body[at..]);
    out
}

/// The live-reload stream: a thread per client waits for the next rebuild (or 15 s, for a
/// keep-alive comment) and hands the message over; it ends when the client has gone.
fn events(shared: &Shared) -> Response<Body> {
    let (tx, rx) = tokio::sync::mpsc::channel::<Bytes>(4);
    let shared = shared.clone();
    std::thread::spawn(move || {
        if tx
            .blocking_send(Bytes::from_static(b": connected\n\n"))
            .is_err()
        {
            return;
        }
        let (lock, cvar) = &*shared;
        let mut seen = lock.lock().map_or(0, |s| s.generation);
        loop {
            let msg = {
                let Ok(guard) = lock.lock() else { return };
                let Ok((state, _)) = cvar
                    .wait_timeout_while(guard, Duration::from_secs(15), |s| s.generation == seen)
                else {
                    return;
                };
                if state.generation == seen {
                    ": ping\n\n".to_owned()
                } else {
                    seen = state.generation;
                    match &state.errors {
                        None => "event: reload\ndata: ok\n\n".to_owned(),
                        Some(e) => format!(
                            "event: errors\ndata: {}\n\n",
                            serde_json::to_string(e).unwrap_or_default()
                        ),
                    }
                }
            };
            if tx.blocking_send(Bytes::from(msg)).is_err() {
                return;
            }
        }
    });
    let mut r = Response::new(Body::Events(rx));
    r.headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("text/event-stream"));
    r.headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts() {
        let ok = |h: &'static str| host_allowed(Some(&HeaderValue::from_static(h)));
        for h in [
            "localhost",
            "localhost:8000",
            "LOCALHOST",
            "a.localhost:1",
            "127.0.0.1:8000",
            "192.168.1.5",
            "[::1]:8000",
        ] {
            assert!(ok(h), "{h}");
        }
        for h in [
            "evil.example",
            "evil.example:8000",
            "127.0.0.1.evil.example",
            "localhost.evil.example",
            "",
        ] {
            assert!(!ok(h), "{h}");
        }
        assert!(!host_allowed(None));
    }

    #[test]
    fn content_types() {
        for (name, ct) in [
            ("a.html", "text/html; charset=utf-8"),
            ("style.css", "text/css; charset=utf-8"),
            ("search.js", "text/javascript; charset=utf-8"),
            ("2026-03.json", "application/json"),
            ("2026-03.csv", "text/csv; charset=utf-8"),
            ("feed.xml", "application/xml"),
            ("x.bin", "application/octet-stream"),
        ] {
            assert_eq!(content_type(Path::new(name)), ct, "{name}");
        }
    }

    #[test]
    fn refuses_paths_outside_the_folder() {
        let dir =
            std::env::temp_dir().join(format!("pacesetter-serve-test-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("units")).unwrap();
        std::fs::write(dir.join("index.html"), "x").unwrap();
        std::fs::write(dir.join("units/index.html"), "y").unwrap();
        assert!(resolve(&dir, "/").is_some());
        assert!(resolve(&dir, "/units/").is_some());
        assert!(resolve(&dir, "/../etc/passwd").is_none());
        assert!(resolve(&dir, "/units/%2e%2e/%2e%2e/etc/passwd").is_none());
        assert!(resolve(&dir, "/.pacesetter-output").is_none());
        assert!(resolve(&dir, "//etc/passwd").is_none());
        // A folder without index.html is not listed.
        std::fs::create_dir_all(dir.join("empty")).unwrap();
        assert!(resolve(&dir, "/empty/").is_none());
        // A symlink inside the folder that points outside it is refused.
        let outside =
            std::env::temp_dir().join(format!("pacesetter-serve-outside-{}", std::process::id()));
        std::fs::write(&outside, "secret").unwrap();
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(&outside, dir.join("leak.html")).unwrap();
            assert!(resolve(&dir, "/leak.html").is_none());
        }
        std::fs::remove_file(&outside).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
