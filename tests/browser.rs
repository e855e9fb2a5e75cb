//! Browser end-to-end test (issue 7): the bundled example site in headless Chromium.
//!
//! The test builds a copy of the repository's `content/` with the real binary, serves the output
//! from a small HTTP server on 127.0.0.1 inside this process, and writes one extra page,
//! `__e2e.html`, into the temporary output (never into a real build). That page loads the home
//! page, a unit page, a bulletin and the search page one after another in a 360-px-wide iframe
//! (same origin, so it can read the frame's document) and records for each:
//!
//! - the frame's `scrollWidth` against its `clientWidth` with every `<details>` opened (no
//!   horizontal scroll at 360 px, whatever the reader expands);
//! - every resource the frame loaded (Resource Timing) and every `src`/`srcset`/`href` of a
//!   loading element in its DOM: any host other than the test server is a failure, and so is a
//!   same-host request that failed;
//! - errors, unhandled promise rejections and `console.error` calls in the frame after it loaded;
//! - on the search page, the number of results a Chinese query (「烏鎮」) gives.
//!
//! It writes the verdict as percent-encoded JSON into its own DOM; Chromium runs with
//! `--dump-dom --virtual-time-budget`, and the test reads the verdict from standard output.
//! Chromium's own log (`--enable-logging=stderr`) is the catch-all for anything a page writes to
//! the console while it loads, before the harness can hook the frame: it logs every console
//! message at the same level, so any console line fails the test (the site's pages should write
//! nothing there). `--host-resolver-rules` makes every host but 127.0.0.1 unresolvable, so nothing
//! can reach the network even if a page asks. The server's own log must show no 404 (other than
//! the browser's own `/favicon.ico`).
//!
//! Without Chromium (`/usr/bin/chromium` or `chromium` on PATH) the test says so and passes, so
//! `cargo test` works on a fresh clone; `PACESETTER_REQUIRE_BROWSER=1` (set by `.ci/run`) turns
//! that skip into a failure.

#![warn(clippy::too_many_lines)]

use std::fs;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use std::thread;
use std::time::{Duration, Instant};

use serde_json::Value;

#[path = "common/mod.rs"]
mod common;
#[path = "browser/server.rs"]
mod server;
use server::{Server, percent_decode};

/// The width of the narrow viewport, in CSS pixels.
const VIEWPORT: u64 = 360;
/// The Chinese query typed into the search page; the example has units and bulletins about 烏鎮.
const QUERY: &str = "烏鎮";
/// Wall-clock limit for the one Chromium run (axe-core on every page kind takes a while).
const CHROMIUM_TIMEOUT: Duration = Duration::from_secs(240);
/// axe-core (MPL-2.0, its licence in tests/vendor/), served to the frames as `/__axe.min.js`.
const AXE: &str = include_str!("vendor/axe.min.js");
/// The smallest chart text allowed, in CSS pixels, at the narrow viewport.
const MIN_CHART_TEXT: f64 = 11.0;

#[test]
fn example_site_in_headless_chromium() {
    let Some(chromium) = common::chromium_or_skip("browser test") else {
        return;
    };

    let tmp = tempfile::tempdir().expect("create a temporary folder");
    let out = build_example(tmp.path());
    let pages = pages_under_test(&out);
    write_harness(&out, &pages);

    let server = Server::start(out.clone());
    let origin = format!("http://127.0.0.1:{}", server.port);
    let started = Instant::now();
    let (stdout, stderr) = run_chromium(&chromium, tmp.path(), &origin);

    let verdict = read_verdict(&stdout).unwrap_or_else(|| {
        panic!("no verdict in chromium's output:\n{stdout}\n--- log ---\n{stderr}")
    });
    let mut problems = check_verdict(&verdict, &pages);

    // Anything a page wrote to the console, including while it loaded.
    for line in stderr.lines().filter(|l| l.contains(":CONSOLE")) {
        problems.push(format!("console: {}", line.trim()));
    }
    let requests = server.log.lock().unwrap().clone();
    problems.extend(serving_problems(&requests, &pages));

    let summary = summary(&verdict);
    let mut served: Vec<&str> = requests.iter().map(|(p, _)| p.as_str()).collect();
    served.sort_unstable();
    println!(
        "chromium finished in {:.1} s; served {}\n{}",
        started.elapsed().as_secs_f64(),
        served.join(" "),
        summary.join("\n")
    );
    assert!(
        problems.is_empty(),
        "the example site failed in headless Chromium:\n  {}\n\npages:\n{}",
        problems.join("\n  "),
        summary.join("\n")
    );
}

/// Builds the bundled example from a copy of content/ under `tmp`; its output folder.
fn build_example(tmp: &Path) -> PathBuf {
    let root = tmp.join("site");
    common::copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("content"),
        &root.join("content"),
    );
    let out = tmp.join("out");
    let build = Command::new(env!("CARGO_BIN_EXE_pacesetter"))
        .arg("build")
        .arg("--root")
        .arg(&root)
        .arg("--output")
        .arg(&out)
        .output()
        .expect("run pacesetter build");
    assert!(
        build.status.success(),
        "building the example failed:\n{}",
        String::from_utf8_lossy(&build.stderr)
    );
    out
}

/// The pages under test: one of every kind, and the search page with a query. The units are
/// a town, a department with a `down` indicator and 大麻, who did not report the latest month.
fn pages_under_test(out: &Path) -> Vec<(String, Option<&'static str>)> {
    let bulletin = first_dir(&out.join("bulletins"), true).expect("the example has a bulletin");
    let review = first_dir(&out.join("reviews"), true).expect("the example has a review");
    let page = first_dir(&out.join("pages"), false).expect("the example has a page");
    let pages: Vec<(String, Option<&str>)> = [
        "/",
        "/units/",
        "/units/wuzhen/",
        "/units/zhujianju/",
        "/units/dama/",
        "/rankings/",
        "/pairs/",
        "/bulletins/",
        &format!("/bulletins/{bulletin}/"),
        "/reviews/",
        &format!("/reviews/{review}/"),
        "/visits/",
        "/status/",
        "/methodology/",
        &format!("/pages/{page}/"),
        "/404.html",
    ]
    .iter()
    .map(|p| (p.to_string(), None))
    .chain([("/search/".to_string(), Some(QUERY))])
    .collect();
    for (path, _) in &pages {
        let file = out.join(path.trim_start_matches('/'));
        assert!(
            file.join("index.html").is_file() || file.is_file(),
            "the example has no {path}"
        );
    }
    pages
}

/// Writes axe-core and the harness page (listing `pages`) into the temporary output.
fn write_harness(out: &Path, pages: &[(String, Option<&str>)]) {
    fs::write(out.join("__axe.min.js"), AXE).expect("write axe-core beside the harness");
    let list: Vec<Value> = pages
        .iter()
        .map(|(path, query)| serde_json::json!({"path": path, "query": query}))
        .collect();
    fs::write(
        out.join("__e2e.html"),
        HARNESS.replace("__PAGES__", &Value::Array(list).to_string()),
    )
    .expect("write the harness page");
}

/// One Chromium run over the harness page at `origin`: its standard output and its log. The
/// output goes to files, not pipes, so that a helper process that outlives the browser cannot
/// hold the test up.
fn run_chromium(chromium: &Path, tmp: &Path, origin: &str) -> (String, String) {
    let profile = tmp.join("profile");
    fs::create_dir(&profile).expect("create the browser profile folder");
    let stdout_path = tmp.join("chromium.stdout");
    let stderr_path = tmp.join("chromium.stderr");
    let started = Instant::now();
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--enable-logging=stderr",
            "--v=0",
            "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
            "--virtual-time-budget=120000",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("{origin}/__e2e.html"))
        .stdin(Stdio::null())
        .stdout(fs::File::create(&stdout_path).expect("create chromium.stdout"))
        .stderr(fs::File::create(&stderr_path).expect("create chromium.stderr"))
        .spawn()
        .unwrap_or_else(|e| panic!("start {}: {e}", chromium.display()));
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for chromium") {
            break status;
        }
        if started.elapsed() > CHROMIUM_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "chromium did not finish within {CHROMIUM_TIMEOUT:?}; its log:\n{}",
                fs::read_to_string(&stderr_path).unwrap_or_default()
            );
        }
        thread::sleep(Duration::from_millis(50));
    };
    let stdout = fs::read_to_string(&stdout_path).unwrap_or_default();
    let stderr = fs::read_to_string(&stderr_path).unwrap_or_default();
    assert!(
        status.success(),
        "chromium exited with {status}; its log:\n{stderr}"
    );
    (stdout, stderr)
}

/// Every page under test was really fetched, and nothing was missing (but the browser's own
/// `/favicon.ico`).
fn serving_problems(requests: &[(String, u16)], pages: &[(String, Option<&str>)]) -> Vec<String> {
    let mut problems = Vec::new();
    for (path, _) in pages {
        if !requests.iter().any(|(p, s)| p == path && *s == 200) {
            problems.push(format!("{path}: never served to the browser"));
        }
    }
    for (path, status) in requests {
        if *status != 200 && path != "/favicon.ico" {
            problems.push(format!("server answered {status} to GET {path}"));
        }
    }
    problems
}

/// One line per page of the verdict: its widths, resources and search results.
fn summary(verdict: &Value) -> Vec<String> {
    verdict["pages"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|p| {
            format!(
                "{} ({}): scrollWidth {} / clientWidth {}, {} resources{}",
                p["path"].as_str().unwrap_or("?"),
                p["title"].as_str().unwrap_or("?"),
                p["scrollWidth"],
                p["clientWidth"],
                p["resources"],
                match p.get("results") {
                    Some(n) => format!(", {n} results for 「{QUERY}」"),
                    None => String::new(),
                }
            )
        })
        .collect()
}

/// The first (or, with `last`, the last) sub-folder name of `dir` in sorted order.
fn first_dir(dir: &Path, last: bool) -> Option<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .ok()?
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    if last {
        names.pop()
    } else {
        names.into_iter().next()
    }
}

/// The harness's verdict: percent-encoded JSON in `<pre id="verdict">`.
fn read_verdict(dom: &str) -> Option<Value> {
    let start = dom.find("<pre id=\"verdict\">")? + "<pre id=\"verdict\">".len();
    let end = start + dom[start..].find("</pre>")?;
    serde_json::from_str(&percent_decode(dom[start..end].trim())?).ok()
}

/// Everything wrong in the harness's verdict.
fn check_verdict(verdict: &Value, pages: &[(String, Option<&str>)]) -> Vec<String> {
    let mut problems = Vec::new();
    if let Some(fatal) = verdict["fatal"].as_str() {
        problems.push(format!("the harness page failed: {fatal}"));
    }
    if verdict["done"] != Value::Bool(true) {
        let last = verdict["pages"]
            .as_array()
            .and_then(|p| p.last())
            .and_then(|p| p["path"].as_str())
            .unwrap_or("(none)");
        problems.push(format!(
            "the harness did not finish within the virtual time budget; last page: {last}"
        ));
    }
    let empty = Vec::new();
    let seen = verdict["pages"].as_array().unwrap_or(&empty);
    for (path, query) in pages {
        let Some(p) = seen.iter().find(|p| p["path"].as_str() == Some(path)) else {
            problems.push(format!("{path}: not visited by the harness"));
            continue;
        };
        if p["status"].as_u64() != Some(200) {
            problems.push(format!(
                "{path}: the frame's document has status {}",
                p["status"]
            ));
        }
        if p["innerWidth"].as_u64() != Some(VIEWPORT) {
            problems.push(format!(
                "{path}: the frame's viewport is {} px wide, not {VIEWPORT}",
                p["innerWidth"]
            ));
        }
        let (scroll, client) = (p["scrollWidth"].as_u64(), p["clientWidth"].as_u64());
        match (scroll, client) {
            (Some(s), Some(c)) if s <= c => {}
            _ => problems.push(format!(
                "{path}: scrolls sideways at {VIEWPORT} px (scrollWidth {}, clientWidth {}); \
                 widest elements: {}",
                p["scrollWidth"], p["clientWidth"], p["overflowing"]
            )),
        }
        for (key, what) in [
            ("external", "request to another host"),
            ("failed", "failed request"),
            ("errors", "error"),
            ("axe", "axe-core (serious or critical)"),
            (
                "tallNames",
                "a unit name in a table takes more than two lines",
            ),
            ("hiddenStatus", "a status is off-screen"),
            ("clippedChartText", "chart text runs off the chart"),
        ] {
            for item in p[key].as_array().unwrap_or(&empty) {
                problems.push(format!("{path}: {what}: {}", item.as_str().unwrap_or("?")));
            }
        }
        if p["axeRan"] != Value::Bool(true) {
            problems.push(format!("{path}: axe-core did not run: {}", p["axeError"]));
        }
        if let Some(px) = p["minChartText"].as_f64()
            && px < MIN_CHART_TEXT
        {
            problems.push(format!(
                "{path}: chart text {px:.1} CSS px at {VIEWPORT} px wide (at least \
                 {MIN_CHART_TEXT}): {}",
                p["smallText"]
            ));
        }
        if let Some(query) = query {
            let results = p["results"].as_u64().unwrap_or(0);
            if results == 0 {
                problems.push(format!(
                    "{path}: no result for 「{query}」; the list shows: {}",
                    p["resultText"]
                ));
            }
        }
    }
    problems
}

/// The page Chromium opens. `__PAGES__` becomes a JSON list of `{path, query}`.
const HARNESS: &str = r#"<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>pacesetter e2e</title></head>
<body>
<pre id="verdict"></pre>
<script>
(async function () {
  const PAGES = __PAGES__;
  const verdict = { done: false, pages: [] };
  const out = document.getElementById("verdict");
  const publish = () => { out.textContent = encodeURIComponent(JSON.stringify(verdict)); };
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const local = (url) => {
    const u = new URL(url, location.href);
    return u.origin === location.origin || ["data:", "blob:", "about:"].includes(u.protocol);
  };
  const load = (path) => new Promise((resolve) => {
    const frame = document.createElement("iframe");
    frame.style.cssText = "display:block;border:0;width:360px;height:640px";
    frame.addEventListener("load", () => resolve(frame), { once: true });
    frame.src = path;
    document.body.appendChild(frame);
  });
  // The outermost elements that stick out of the viewport (not those inside a scroll or clip
  // box, which do not widen the page), for the failure message.
  const overflowing = (w, d) => {
    const width = d.documentElement.clientWidth;
    const sticksOut = (el) => el.getBoundingClientRect().right > width + 0.5;
    const inBox = (el) => {
      for (let a = el.parentElement; a && a !== d.body; a = a.parentElement) {
        if (w.getComputedStyle(a).overflowX !== "visible") return true;
      }
      return false;
    };
    const found = [];
    for (const el of d.body.querySelectorAll("*")) {
      const parent = el.parentElement;
      if (sticksOut(el) && !inBox(el) && (!parent || parent === d.body || !sticksOut(parent))) {
        const cls = typeof el.className === "string" && el.className ? "." + el.className.trim().split(/\s+/).join(".") : "";
        const caption = el.tagName === "TABLE" && el.caption ? " 「" + el.caption.textContent.trim() + "」" : "";
        found.push(el.tagName.toLowerCase() + cls + caption + " (right " + Math.round(el.getBoundingClientRect().right) + ")");
        if (found.length === 5) break;
      }
    }
    return found;
  };
  publish();
  for (const page of PAGES) {
    const r = { path: page.path, errors: [], external: [], failed: [] };
    verdict.pages.push(r);
    publish();
    const frame = await load(page.path);
    const w = frame.contentWindow, d = frame.contentDocument;
    w.addEventListener("error", (e) => r.errors.push("uncaught: " + e.message + " (" + e.filename + ":" + e.lineno + ")"));
    w.addEventListener("unhandledrejection", (e) => r.errors.push("unhandled rejection: " + String(e.reason)));
    const consoleError = w.console.error;
    w.console.error = function (...args) { r.errors.push("console.error: " + args.map(String).join(" ")); return consoleError.apply(this, args); };
    const nav = w.performance.getEntriesByType("navigation")[0];
    r.status = nav ? nav.responseStatus : null;
    r.title = d.title;
    await sleep(300);
    if (page.query) {
      r.results = 0;
      const input = d.getElementById("q");
      const list = d.getElementById("results");
      if (!input || !list) {
        r.errors.push("no search input or #results list");
      } else {
        input.focus();
        input.value = page.query;
        input.dispatchEvent(new w.Event("input", { bubbles: true }));
        for (let i = 0; i < 60 && !list.querySelector("li a"); i++) await sleep(50);
        await sleep(200);
        r.results = list.querySelectorAll("li a").length;
        r.resultText = list.textContent.trim().slice(0, 200);
      }
    }
    // Reading checks at the reader's width: chart text size, unit names in tables, statuses.
    let minText = null;
    r.clippedChartText = [];
    for (const svg of d.querySelectorAll("svg.chart")) {
      const vb = svg.viewBox && svg.viewBox.baseVal;
      const box = svg.getBoundingClientRect();
      if (!vb || !vb.width || !box.width) continue;
      const scale = box.width / vb.width;
      for (const t of svg.querySelectorAll("text")) {
        const px = parseFloat(w.getComputedStyle(t).fontSize) * scale;
        if (minText === null || px < minText) { minText = px; r.smallText = t.textContent.trim().slice(0, 30); }
        // A label drawn past the viewBox is cut off (an end-of-line name at the right edge).
        const b = t.getBBox();
        if (b.width && (b.x < vb.x - 0.5 || b.x + b.width > vb.x + vb.width + 0.5 || b.y < vb.y - 0.5 || b.y + b.height > vb.y + vb.height + 0.5)) {
          r.clippedChartText.push(t.textContent.trim().slice(0, 30) + " (" + [b.x, b.y, b.width, b.height].map(Math.round).join(", ") + ")");
        }
      }
    }
    r.minChartText = minText;
    r.tallNames = [];
    for (const a of d.querySelectorAll("table th[scope=row] a[href*='/units/']")) {
      const tops = new Set(Array.from(a.getClientRects()).map((q) => Math.round(q.top)));
      if (tops.size > 2) r.tallNames.push(a.textContent.trim() + " (" + tops.size + " lines)");
    }
    r.hiddenStatus = [];
    const vw = d.documentElement.clientWidth;
    for (const st of d.querySelectorAll(".indicators .status")) {
      const q = st.getBoundingClientRect();
      if (q.left < 0 || q.right > vw + 0.5) r.hiddenStatus.push(st.textContent.trim() + " (right " + Math.round(q.right) + ")");
    }
    // axe-core: WCAG 2.2 A and AA rules, as the page loads (disclosures closed).
    r.axe = [];
    try {
      await new Promise((resolve, reject) => {
        const sc = d.createElement("script");
        sc.src = "/__axe.min.js";
        sc.onload = resolve;
        sc.onerror = () => reject(new Error("could not load axe-core"));
        d.head.appendChild(sc);
      });
      const res = await w.axe.run(d, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] }, resultTypes: ["violations"] });
      for (const v of res.violations) {
        if (v.impact !== "serious" && v.impact !== "critical") continue;
        r.axe.push(v.id + " (" + v.impact + "): " + v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ") + " — " + v.help);
      }
      r.axeRan = true;
    } catch (e) {
      r.axeError = String(e);
    }
    // A reader can open every disclosure, so measure with them all open.
    for (const el of d.querySelectorAll("details")) el.open = true;
    await sleep(50);
    const root = d.documentElement;
    r.innerWidth = w.innerWidth;
    r.scrollWidth = root.scrollWidth;
    r.clientWidth = root.clientWidth;
    if (r.scrollWidth > r.clientWidth) r.overflowing = overflowing(w, d);
    const resources = w.performance.getEntriesByType("resource");
    r.resources = resources.length;
    for (const e of resources) {
      if (!local(e.name)) r.external.push(e.name);
      else if (e.responseStatus === 0 || e.responseStatus >= 400) r.failed.push(e.name + " (status " + e.responseStatus + ")");
    }
    // Elements that load something, including lazy ones not loaded yet.
    for (const el of d.querySelectorAll("[src], [srcset], link[href], [poster], object[data], use[href]")) {
      const urls = [el.getAttribute("src"), el.getAttribute("poster"), el.getAttribute("data"),
        el.tagName === "LINK" || el.tagName.toLowerCase() === "use" ? el.getAttribute("href") : null]
        .concat((el.getAttribute("srcset") || "").split(",").map((s) => s.trim().split(/\s+/)[0]));
      for (const url of urls) {
        if (!url) continue;
        if (el.tagName === "LINK" && !/\b(stylesheet|icon|preload|prefetch|modulepreload|manifest)\b/i.test(el.rel)) continue;
        if (!local(url)) r.external.push("<" + el.tagName.toLowerCase() + "> " + url);
      }
    }
    frame.remove();
    publish();
  }
  verdict.done = true;
  publish();
})().catch((e) => {
  const out = document.getElementById("verdict");
  let v = {};
  try { v = JSON.parse(decodeURIComponent(out.textContent || "%7B%7D")); } catch (_) {}
  v.fatal = String((e && e.stack) || e);
  out.textContent = encodeURIComponent(JSON.stringify(v));
});
</script>
</body></html>
"#;
