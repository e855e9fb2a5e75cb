//! Shared helpers: copy a fixture site into a temporary folder, change files in it, run the real
//! binary on it and capture what it printed, with the temporary path replaced by `[ROOT]`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A site in its own temporary folder; removed when dropped.
pub struct TestSite {
    // Held for its Drop, which removes the folder.
    _dir: tempfile::TempDir,
    root: PathBuf,
    /// `PACESETTER_LANG` for runs: `en` unless a test asks for another (empty: the site's).
    lang: String,
}

/// What one run of the binary did.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    /// Standard error with the site's temporary path replaced by `[ROOT]`.
    pub stderr: String,
}

/// `tests/fixtures/<name>`.
pub fn fixture_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

impl TestSite {
    /// A copy of `tests/fixtures/<name>` (its `content/` and anything beside it).
    pub fn fixture(name: &str) -> TestSite {
        let site = TestSite::empty();
        copy_dir(&fixture_dir(name), &site.root);
        site
    }

    /// An empty site folder (no content/ at all).
    pub fn empty() -> TestSite {
        let dir = tempfile::tempdir().expect("create a temporary folder");
        let root = dir.path().join("site");
        fs::create_dir(&root).expect("create the site folder");
        TestSite {
            _dir: dir,
            root,
            lang: "en".into(),
        }
    }

    /// Runs speak `lang` (`zh-Hans`, `zh-Hant`, `en`), or the site's own language with "".
    pub fn speaking(mut self, lang: &str) -> Self {
        self.lang = lang.into();
        self
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    /// Writes (or replaces) a file, creating its folders.
    pub fn write(&self, rel: &str, text: &str) -> &Self {
        self.write_bytes(rel, text.as_bytes())
    }

    pub fn write_bytes(&self, rel: &str, bytes: &[u8]) -> &Self {
        let path = self.path(rel);
        fs::create_dir_all(path.parent().expect("a file has a parent")).expect("create folders");
        fs::write(&path, bytes).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
        self
    }

    pub fn remove(&self, rel: &str) -> &Self {
        let path = self.path(rel);
        fs::remove_file(&path).unwrap_or_else(|e| panic!("remove {}: {e}", path.display()));
        self
    }

    pub fn read(&self, rel: &str) -> String {
        let path = self.path(rel);
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
    }

    /// Runs `pacesetter <args…>` from the site folder (pass `--root` yourself, as a user would).
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_speaking(&self.lang, args)
    }

    /// `run`, speaking `lang` this once.
    pub fn run_speaking(&self, lang: &str, args: &[&str]) -> Run {
        let out = Command::new(binary())
            .args(args)
            .current_dir(&self.root)
            // Nothing the binary prints may depend on the environment; pin what could leak in.
            .env("LC_ALL", "C")
            // Messages in English unless a test asks for the site's language (`run_in_site_language`).
            .env("PACESETTER_LANG", lang)
            .env_remove("NO_COLOR")
            .env_remove("CLICOLOR_FORCE")
            .output()
            .expect("run the pacesetter binary");
        let root = self.root.to_str().expect("temporary paths are UTF-8");
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).replace(root, "[ROOT]"),
            stderr: String::from_utf8_lossy(&out.stderr).replace(root, "[ROOT]"),
        }
    }

    /// `pacesetter build --root <site> [more…]`.
    pub fn build(&self, more: &[&str]) -> Run {
        self.build_speaking(&self.lang, more)
    }

    /// `build`, speaking `lang` this once.
    pub fn build_speaking(&self, lang: &str, more: &[&str]) -> Run {
        let root = self
            .root
            .to_str()
            .expect("temporary paths are UTF-8")
            .to_owned();
        let mut args = vec!["build", "--root", root.as_str()];
        args.extend_from_slice(more);
        self.run_speaking(lang, &args)
    }

    /// `pacesetter check --root <site>`.
    pub fn check(&self) -> Run {
        let root = self
            .root
            .to_str()
            .expect("temporary paths are UTF-8")
            .to_owned();
        self.run(&["check", "--root", root.as_str()])
    }
}

/// The binary under test: this build's, or the one `PACESETTER_TEST_BIN` names (to show that a
/// test fails on an older build).
pub fn binary() -> PathBuf {
    std::env::var_os("PACESETTER_TEST_BIN").map_or_else(
        || PathBuf::from(env!("CARGO_BIN_EXE_pacesetter")),
        PathBuf::from,
    )
}

impl Run {
    /// Asserts a zero exit status, showing what was printed otherwise.
    pub fn success(&self) -> &Self {
        assert_eq!(self.code, 0, "expected success\n{self:#?}");
        self
    }
}

pub use crate::common::{copy_dir, snapshot};

/// Parses a JSON file of a built site.
pub fn read_json(path: &Path) -> serde_json::Value {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("parse {}: {e}", path.display()))
}

/// `pacesetter serve` on a free port of 127.0.0.1, answering by the time this returns (messages
/// in English, as every other test reads them); stopped when dropped.
pub struct Server {
    child: std::process::Child,
    pub port: u16,
}

impl Server {
    /// The folder serve builds into (`pacesetter-serve-<process id>` in the temporary folder).
    pub fn folder(&self) -> std::path::PathBuf {
        std::env::temp_dir().join(format!("pacesetter-serve-{}", self.child.id()))
    }

    /// Stops serve as Ctrl-C in its terminal does (SIGINT) and waits for it to end.
    #[cfg(unix)]
    pub fn interrupt(mut self) -> std::process::ExitStatus {
        self.stop()
            .expect("serve did not stop within 30 s of Ctrl-C")
    }

    /// SIGINT, then up to 30 s for serve to end (it removes its folder on the way out).
    #[cfg(unix)]
    fn stop(&mut self) -> Option<std::process::ExitStatus> {
        use std::time::{Duration, Instant};
        let pid = self.child.id().to_string();
        let sent = Command::new("kill").args(["-INT", &pid]).status().ok()?;
        let deadline = Instant::now() + Duration::from_secs(30);
        while sent.success() && Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().ok()? {
                return Some(status);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        None
    }
}

impl Drop for Server {
    /// Stopped as a user stops it, so that it leaves no folder behind; killed if it will not.
    fn drop(&mut self) {
        #[cfg(unix)]
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.stop();
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl TestSite {
    pub fn serve(&self) -> Server {
        use std::io::{Read, Write};
        use std::time::{Duration, Instant};
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let child = Command::new(binary())
            .args(["serve", "--port", &port.to_string(), "--root"])
            .arg(&self.root)
            .env("PACESETTER_LANG", "en")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("start serve");
        let server = Server { child, port };
        let answers = || -> Option<()> {
            let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
            s.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
            s.write_all(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                .ok()?;
            let mut buf = Vec::new();
            s.read_to_end(&mut buf).ok()?;
            (!buf.is_empty()).then_some(())
        };
        let deadline = Instant::now() + Duration::from_secs(30);
        while answers().is_none() {
            assert!(
                Instant::now() < deadline,
                "serve did not answer within 30 s"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        server
    }
}
