//! Browser test of SPEC §18's people-facing conventions (issue 16), in its own binary so that it
//! stays apart from the end-to-end test in browser.rs: the bundled example built as a zh-Hans
//! site and opened from disk in headless Chromium, where a harness page checks
//!
//! - the computed font list of a page's body names a Simplified font before any Traditional one;
//! - the 適老化 button: a real button, keyboard-focusable, it sets larger text and keeps the
//!   choice in localStorage (no cookie), so the next page opens in the same mode;
//! - text contrast in both modes: every visible text's colour against its background reaches
//!   WCAG's AA ratio (4.5:1, or 3:1 for large text).
//!
//! Without Chromium the test says so and passes, as browser.rs does.

#![warn(clippy::too_many_lines)]

use std::path::Path;
use std::process::{Command, Stdio};

#[path = "common/mod.rs"]
mod common;

#[test]
fn elder_mode_fonts_and_contrast_in_headless_chromium() {
    let Some(chromium) = common::chromium_or_skip("elder-mode browser test") else {
        return;
    };
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let root = tmp.path().join("site");
    common::copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("content"),
        &root.join("content"),
    );
    let yaml = std::fs::read_to_string(root.join("content/site.yaml")).expect("site.yaml");
    std::fs::write(
        root.join("content/site.yaml"),
        yaml.replace("language: zh-Hant", "language: zh-Hans"),
    )
    .expect("write site.yaml");
    let out = tmp.path().join("out");
    // Served from disk: every link is the output folder's own path.
    let base = format!("{}/", out.display());
    let build = Command::new(env!("CARGO_BIN_EXE_pacesetter"))
        .args(["build", "--root"])
        .arg(&root)
        .arg("--output")
        .arg(&out)
        .args(["--base-url", &base])
        .output()
        .expect("run pacesetter build");
    assert!(build.status.success(), "{build:?}");
    std::fs::write(out.join("__elder.html"), HARNESS).expect("write the harness");
    let profile = tmp.path().join("profile");
    let run = Command::new(&chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--allow-file-access-from-files",
            "--virtual-time-budget=8000",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("file://{}", out.join("__elder.html").display()))
        .stdin(Stdio::null())
        .output()
        .expect("run chromium");
    let dom = String::from_utf8_lossy(&run.stdout);
    let start = dom.find("<pre id=\"verdict\">").expect("a verdict") + 18;
    let end = start + dom[start..].find("</pre>").expect("verdict end");
    let text = dom[start..end]
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"");
    let v: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
    assert_eq!(v["done"], true, "{v:#}");
    let font = v["font"].as_str().unwrap_or("");
    let first = |marks: &[&str]| marks.iter().filter_map(|m| font.find(m)).min();
    let sc = first(&["PingFang SC", "Microsoft YaHei", "CJK SC"]).expect("an SC font");
    assert!(
        sc < first(&["PingFang TC", "JhengHei", "CJK TC"]).unwrap_or(usize::MAX),
        "{font}"
    );
    assert_eq!(v["button"], "BUTTON", "{v:#}");
    assert_eq!(v["focusable"], true, "{v:#}");
    assert_eq!(v["pressed"], "true", "{v:#}");
    assert_eq!(v["stored"], "1", "{v:#}");
    assert!(v["elderSize"].as_f64().unwrap_or(0.0) >= 20.0, "{v:#}");
    assert_eq!(v["keptOnNextPage"], true, "{v:#}");
    assert_eq!(v["cookie"], "", "{v:#}");
    assert_eq!(v["lowContrast"], serde_json::json!([]), "{v:#}");
    let links = |q: &str| -> Vec<String> {
        v["search"][q]["links"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|l| l.as_str().map(str::to_owned))
            .collect()
    };
    assert!(links("乌镇").iter().any(|l| l == "/units/wuzhen/"), "{v:#}");
    assert!(
        links("古镇消防安全大排查")
            .iter()
            .any(|l| l == "/units/wuzhen/#report-2026-02"),
        "{v:#}"
    );
    assert!(
        v["search"]["乌镇"]["marks"].as_u64().unwrap_or(0) > 0,
        "{v:#}"
    );
    let n = links("乌镇").len();
    assert!(
        v["search"]["乌镇"]["count"]
            .as_str()
            .is_some_and(|c| c.contains(&n.to_string()) || n == 50),
        "{v:#}"
    );
}

const HARNESS: &str = r##"<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>elder</title></head>
<body><pre id="verdict"></pre>
<script>
(async function () {
  const v = { done: false, lowContrast: [] };
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const load = (path) => new Promise((resolve) => {
    const f = document.createElement("iframe");
    f.style.cssText = "width:1024px;height:800px";
    f.addEventListener("load", () => resolve(f), { once: true });
    f.src = path;
    document.body.appendChild(f);
  });
  const rgb = (s) => (s.match(/[\d.]+/g) || []).map(Number);
  const lum = (c) => {
    const [r, g, b] = c.slice(0, 3).map((x) => { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  // Each visible element with its own text: colour against the first opaque background.
  const contrast = (w, d, mode) => {
    for (const el of d.body.querySelectorAll("*")) {
      if (![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) continue;
      const cs = w.getComputedStyle(el);
      if (cs.visibility === "hidden" || el.getClientRects().length === 0 || el.closest("svg")) continue;
      if (el.closest(".skip, .visually-hidden")) continue;
      let bg = null;
      for (let a = el; a; a = a.parentElement) {
        const c = rgb(w.getComputedStyle(a).backgroundColor);
        if (c.length === 3 || (c.length === 4 && c[3] === 1)) { bg = c; break; }
      }
      bg = bg || [255, 255, 255];
      const fg = rgb(cs.color);
      const [l1, l2] = [lum(fg), lum(bg)].sort((a, b) => b - a);
      const ratio = (l1 + 0.05) / (l2 + 0.05);
      const px = parseFloat(cs.fontSize), bold = Number(cs.fontWeight) >= 700;
      const large = px >= 24 || (bold && px >= 18.66);
      if (ratio < (large ? 3 : 4.5)) v.lowContrast.push(mode + ": " + el.tagName + "." + el.className + " " + ratio.toFixed(2) + " «" + el.textContent.trim().slice(0, 20) + "»");
    }
  };
  try {
    localStorage.removeItem("pacesetter-elder");
    let f = await load("index.html");
    await sleep(300);
    let w = f.contentWindow, d = f.contentDocument;
    v.font = w.getComputedStyle(d.body).fontFamily;
    contrast(w, d, "standard");
    const b = d.getElementById("elder-toggle");
    v.button = b ? b.tagName : null;
    b.focus();
    v.focusable = d.activeElement === b && !b.hidden;
    b.click();
    v.pressed = b.getAttribute("aria-pressed");
    v.stored = localStorage.getItem("pacesetter-elder");
    v.elderSize = parseFloat(w.getComputedStyle(d.documentElement).fontSize);
    contrast(w, d, "elder");
    v.cookie = d.cookie;
    f = await load("methodology/index.html");
    await sleep(300);
    v.keptOnNextPage = f.contentDocument.documentElement.classList.contains("elder");
    contrast(f.contentWindow, f.contentDocument, "elder");
    // search.js folds as the Rust side does: Simplified queries over the Traditional text.
    v.search = {};
    for (const q of ["乌镇", "古镇消防安全大排查"]) {
      f = await load("search/index.html?q=" + encodeURIComponent(q));
      const d2 = f.contentDocument;
      for (let i = 0; i < 60 && !d2.querySelector("#results li a"); i++) await sleep(50);
      v.search[q] = {
        links: [...d2.querySelectorAll("#results li a")].map((a) => a.getAttribute("href").replace(/^.*?\/out\//, "/")),
        marks: d2.querySelectorAll("#results mark").length,
        count: d2.getElementById("result-count").textContent,
      };
    }
    v.done = true;
  } catch (e) { v.fatal = String(e); }
  document.getElementById("verdict").textContent = JSON.stringify(v);
})();
</script></body></html>
"##;
