//! A small HTTP/1.1 server for `serve`: GET and HEAD of files inside the output folder only,
//! the live-reload event stream, and the script that listens to it.

use super::Shared;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::time::Duration;

pub const EVENTS: &str = "/__pacesetter/events";

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

fn respond(stream: &mut TcpStream, status: &str, ctype: &str, body: &[u8], head_only: bool) {
    let header = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(header.as_bytes());
    if !head_only {
        let _ = stream.write_all(body);
    }
}

pub fn handle(mut stream: TcpStream, root: &Path, shared: &Shared) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(s) => s,
        Err(_) => return,
    });
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() {
        return;
    }
    // Headers are read and ignored; requests here are plain GETs from a browser.
    let mut h = String::new();
    while reader.read_line(&mut h).is_ok_and(|n| n > 2) {
        h.clear();
    }
    let mut parts = line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    let head_only = method == "HEAD";
    if method != "GET" && !head_only {
        respond(
            &mut stream,
            "405 Method Not Allowed",
            "text/plain",
            b"only GET and HEAD\n",
            false,
        );
        return;
    }
    if target.split('?').next() == Some(EVENTS) {
        events(stream, shared);
        return;
    }
    let Some(path) = resolve(root, target) else {
        let body = std::fs::read(root.join("404.html")).unwrap_or_else(|_| b"not found\n".to_vec());
        respond(
            &mut stream,
            "404 Not Found",
            "text/html; charset=utf-8",
            &inject(&body, shared),
            head_only,
        );
        return;
    };
    match std::fs::read(&path) {
        Ok(body) => {
            let ctype = content_type(&path);
            let body = if ctype.starts_with("text/html") {
                inject(&body, shared)
            } else {
                body
            };
            respond(&mut stream, "200 OK", ctype, &body, head_only);
        }
        Err(_) => respond(
            &mut stream,
            "404 Not Found",
            "text/plain",
            b"not found\n",
            head_only,
        ),
    }
}

/// Adds the reload script, and the current errors if the latest rebuild failed.
fn inject(body: &[u8], shared: &Shared) -> Vec<u8> {
    let html = String::from_utf8_lossy(body);
    let errors = shared.0.lock().ok().and_then(|s| s.errors.clone());
    let mut script = String::from(RELOAD_SCRIPT);
    if let Some(e) = errors {
        let json = serde_json::to_string(&e)
            .unwrap_or_default()
            .replace("</", "<\\/");
        script.push_str(&format!("<script>document.addEventListener('DOMContentLoaded',function(){{var o=document.createElement('pre');o.id='pacesetter-errors';o.setAttribute('role','alert');o.style.cssText='position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;margin:0;padding:1rem;background:#300;color:#fff;font:13px/1.5 monospace;z-index:9999;white-space:pre-wrap';o.textContent={json};document.body.appendChild(o);}});</script>"));
    }
    match html.rfind("</body>") {
        Some(i) => format!("{}{script}{}", &html[..i], &html[i..]).into_bytes(),
        None => format!("{html}{script}").into_bytes(),
    }
}

fn events(mut stream: TcpStream, shared: &Shared) {
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\n: connected\n\n";
    if stream.write_all(head.as_bytes()).is_err() {
        return;
    }
    let (lock, cvar) = &**shared;
    let mut seen = lock.lock().map_or(0, |s| s.generation);
    loop {
        // The lock is held only while waiting and reading, never while writing to the socket.
        let msg = {
            let Ok(guard) = lock.lock() else { return };
            let Ok((state, _)) =
                cvar.wait_timeout_while(guard, Duration::from_secs(15), |s| s.generation == seen)
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
        if stream.write_all(msg.as_bytes()).is_err() {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
