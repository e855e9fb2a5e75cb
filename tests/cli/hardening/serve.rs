//! `serve`: the Host header is checked (DNS rebinding), request heads are limited, bytes are
//! served as they are, and a connection may carry several requests.

use crate::support::TestSite;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

/// Sends `request` as it is and reads the answer until the server closes.
fn raw(port: u16, request: &[u8]) -> Option<Vec<u8>> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(10))).ok()?;
    s.write_all(request).ok()?;
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).ok()?;
    (!buf.is_empty()).then_some(buf)
}

fn status(answer: &[u8]) -> u16 {
    String::from_utf8_lossy(answer)
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}

fn get(port: u16, host: &str, path: &str) -> Vec<u8> {
    let req = format!("GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");
    raw(port, req.as_bytes()).expect("an answer")
}

#[test]
fn only_local_names_and_addresses_are_answered() {
    let site = TestSite::fixture("minimal");
    let server = site.serve();
    let port = server.port;
    for host in [
        "evil.example",
        &format!("evil.example:{port}"),
        "127.0.0.1.nip.io",
    ] {
        assert_eq!(status(&get(port, host, "/")), 403, "{host}");
    }
    for host in [
        format!("localhost:{port}"),
        format!("127.0.0.1:{port}"),
        format!("[::1]:{port}"),
    ] {
        assert_eq!(status(&get(port, &host, "/")), 200, "{host}");
    }
    let no_host = raw(port, b"GET / HTTP/1.1\r\nConnection: close\r\n\r\n").expect("an answer");
    assert_ne!(status(&no_host), 200);
}

/// A huge header is refused with 431 at once (one of 1 GB took 1.6 GB of memory), and so are
/// too many headers.
#[test]
fn request_heads_are_limited() {
    let site = TestSite::fixture("minimal");
    let server = site.serve();
    let mut s = TcpStream::connect(("127.0.0.1", server.port)).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    s.write_all(b"GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: ")
        .expect("write");
    let chunk = vec![b'a'; 64 * 1024];
    // The server stops reading at its limit; writing goes on only until the socket is full.
    for _ in 0..64 {
        if s.write_all(&chunk).is_err() {
            break;
        }
    }
    let mut answer = Vec::new();
    let _ = s.read_to_end(&mut answer);
    assert_eq!(status(&answer), 431, "{}", String::from_utf8_lossy(&answer));
    let many: String = (0..200).map(|i| format!("X-{i}: 1\r\n")).collect();
    let req = format!("GET / HTTP/1.1\r\nHost: localhost\r\n{many}Connection: close\r\n\r\n");
    assert_eq!(
        status(&raw(server.port, req.as_bytes()).expect("an answer")),
        431
    );
}

/// A static HTML file that is not UTF-8 (GB18030) is sent byte for byte, the reload script
/// added before `</body>`; two requests share one connection.
#[test]
fn bytes_are_served_as_they_are_with_keep_alive() {
    let site = TestSite::fixture("minimal");
    let (gb, _, _) = encoding_rs::GB18030.encode("<p>舊文件</p>");
    let mut page = b"<html><body>".to_vec();
    page.extend_from_slice(&gb);
    page.extend_from_slice(b"</body></html>");
    site.write_bytes("content/static/old/gb.html", &page);
    let server = site.serve();
    let answer = get(server.port, "localhost", "/old/gb.html");
    assert_eq!(status(&answer), 200);
    let body = &answer[answer
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a head")
        + 4..];
    assert!(body.starts_with(&page[..page.len() - "</body></html>".len()]));
    assert!(body.ends_with(b"</body></html>"));
    let two = b"GET /old/gb.html HTTP/1.1\r\nHost: localhost\r\n\r\nGET /old/gb.html HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
    let answer = raw(server.port, two).expect("answers");
    assert_eq!(
        String::from_utf8_lossy(&answer)
            .matches("HTTP/1.1 200")
            .count(),
        2
    );
}
