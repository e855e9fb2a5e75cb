//! A small HTML reader for the site tests: the start tags of a page with their attributes
//! (entities decoded), the ids a page defines, and a link checker over a whole output folder.
//! Hand-written rather than a full parser: the pages are our own templates' output, and what is
//! checked (tags, attributes, ids) needs no tree.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// A start tag: lowercased name and its attributes in order, values entity-decoded.
#[derive(Debug, Clone)]
pub struct Tag {
    pub name: String,
    pub attrs: Vec<(String, String)>,
}

impl Tag {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Every start tag of a page, in order. Comments, doctypes and end tags are skipped, and so is
/// the text of `<script>` and `<style>`.
pub fn tags(html: &str) -> Vec<Tag> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |e| &after[e + 3..]);
            continue;
        }
        if rest.starts_with("</") || rest.starts_with("<!") || rest.starts_with("<?") {
            rest = rest.find('>').map_or("", |e| &rest[e + 1..]);
            continue;
        }
        let body = &rest[1..];
        let name_len = body
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == ':'))
            .unwrap_or(body.len());
        if name_len == 0 {
            // A lone `<` in text.
            rest = body;
            continue;
        }
        let name = body[..name_len].to_ascii_lowercase();
        let (attrs, after) = attributes(&body[name_len..]);
        rest = after;
        if name == "script" || name == "style" {
            let close = format!("</{name}");
            rest = rest.find(&close).map_or("", |e| &rest[e..]);
        }
        out.push(Tag { name, attrs });
    }
    out
}

/// Reads attributes up to the end of the tag; returns them and the text after `>`.
fn attributes(mut s: &str) -> (Vec<(String, String)>, &str) {
    let mut attrs = Vec::new();
    loop {
        s = s.trim_start();
        if s.is_empty() {
            return (attrs, s);
        }
        if let Some(after) = s.strip_prefix('>') {
            return (attrs, after);
        }
        if let Some(after) = s.strip_prefix("/>") {
            return (attrs, after);
        }
        if let Some(after) = s.strip_prefix('/') {
            s = after;
            continue;
        }
        let end = s
            .find(|c: char| c.is_whitespace() || c == '=' || c == '>' || c == '/')
            .unwrap_or(s.len());
        let key = s[..end].to_ascii_lowercase();
        s = s[end..].trim_start();
        let mut value = String::new();
        if let Some(after) = s.strip_prefix('=') {
            s = after.trim_start();
            let quote = s.chars().next().filter(|c| *c == '"' || *c == '\'');
            let (raw, after) = match quote {
                Some(q) => {
                    let inner = &s[1..];
                    let close = inner.find(q).unwrap_or(inner.len());
                    (&inner[..close], inner.get(close + 1..).unwrap_or(""))
                }
                None => {
                    let close = s
                        .find(|c: char| c.is_whitespace() || c == '>')
                        .unwrap_or(s.len());
                    (&s[..close], &s[close..])
                }
            };
            value = decode_entities(raw);
            s = after;
        }
        if key.is_empty() {
            // Not an attribute at all: step over one character rather than loop forever.
            s = s.get(1..).unwrap_or("");
            continue;
        }
        attrs.push((key, value));
    }
}

/// Decodes the character references a template or Markdown renderer writes.
pub fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let Some(semi) = rest.find(';').filter(|&e| e <= 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let name = &rest[1..semi];
        let c = match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some('\u{a0}'),
            _ => name
                .strip_prefix("#x")
                .or_else(|| name.strip_prefix("#X"))
                .map(|h| u32::from_str_radix(h, 16))
                .or_else(|| name.strip_prefix('#').map(str::parse::<u32>))
                .and_then(Result::ok)
                .and_then(char::from_u32),
        };
        match c {
            Some(c) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// `%E4%B8%80` → `一`; anything malformed is kept as written.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            out.push((h * 16 + l) as u8);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_owned())
}

/// Every id a page defines (and `name` of `<a>`, which fragments may also target).
pub fn ids(html: &str) -> Vec<String> {
    tags(html)
        .into_iter()
        .filter_map(|t| {
            t.attr("id")
                .or_else(|| (t.name == "a").then(|| t.attr("name")).flatten())
                .map(str::to_owned)
        })
        .collect()
}

/// Every file under `dir`, as `/`-separated paths relative to it, sorted.
pub fn files(dir: &Path) -> Vec<String> {
    fn walk(base: &Path, dir: &Path, out: &mut Vec<String>) {
        for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("read {}: {e}", dir.display())) {
            let path = entry.expect("folder entry").path();
            if path.is_dir() {
                walk(base, &path, out);
            } else {
                let rel = path.strip_prefix(base).expect("inside base");
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

/// What the link checker saw, for asserting it was not vacuous.
#[derive(Debug, Default)]
pub struct LinkReport {
    pub checked: usize,
    pub with_fragment: usize,
    pub problems: Vec<String>,
}

/// Attributes holding a URL to follow.
const URL_ATTRS: &[&str] = &["href", "src", "data-index"];

/// Follows every internal `href`/`src` of every HTML file under `out`: a link must start with
/// `base` (the site's path prefix), name a file of the output once `base` is stripped (a path
/// ending in `/` names its `index.html`), and its `#fragment` must be an id of the target page.
/// Links to other hosts and `mailto:` are left to other tests. Also reports ids defined twice
/// in one page, since a fragment to such an id is ambiguous.
pub fn check_links(out: &Path, base: &str) -> LinkReport {
    let mut report = LinkReport::default();
    let mut id_cache: BTreeMap<PathBuf, BTreeSet<String>> = BTreeMap::new();
    let mut page_ids = |path: &Path| -> Option<BTreeSet<String>> {
        if let Some(ids) = id_cache.get(path) {
            return Some(ids.clone());
        }
        let text = fs::read_to_string(path).ok()?;
        let set: BTreeSet<String> = ids(&text).into_iter().collect();
        id_cache.insert(path.to_owned(), set.clone());
        Some(set)
    };
    for rel in files(out).iter().filter(|f| f.ends_with(".html")) {
        let page = out.join(rel);
        let html = fs::read_to_string(&page).expect("read page");
        let mut seen = BTreeSet::new();
        for id in ids(&html) {
            if !seen.insert(id.clone()) {
                report
                    .problems
                    .push(format!("{rel}: id `{id}` is defined twice"));
            }
        }
        for tag in tags(&html) {
            for (key, url) in tag
                .attrs
                .iter()
                .filter(|(k, _)| URL_ATTRS.contains(&k.as_str()))
            {
                let at = format!("{rel}: <{} {key}=\"{url}\">", tag.name);
                if url.starts_with("http://")
                    || url.starts_with("https://")
                    || url.starts_with("mailto:")
                    || url.starts_with("//")
                {
                    continue;
                }
                report.checked += 1;
                let (target, fragment) = if let Some(frag) = url.strip_prefix('#') {
                    (page.clone(), Some(frag.to_owned()))
                } else if let Some(rest) = url.strip_prefix(base) {
                    let (path, frag) = match rest.split_once('#') {
                        Some((p, f)) => (p, Some(f.to_owned())),
                        None => (rest, None),
                    };
                    let path = path.split('?').next().unwrap_or("");
                    let path = percent_decode(path);
                    let file = if path.is_empty() || path.ends_with('/') {
                        format!("{path}index.html")
                    } else {
                        path
                    };
                    (out.join(file), frag)
                } else {
                    report
                        .problems
                        .push(format!("{at}: does not start with the base path `{base}`"));
                    continue;
                };
                if !target.is_file() {
                    report
                        .problems
                        .push(format!("{at}: no file {}", target.display()));
                    continue;
                }
                if let Some(frag) = fragment.filter(|f| !f.is_empty()) {
                    report.with_fragment += 1;
                    let frag = percent_decode(&frag);
                    match page_ids(&target) {
                        Some(ids) if ids.contains(&frag) => {}
                        _ => report.problems.push(format!(
                            "{at}: no id `{frag}` in {}",
                            target.strip_prefix(out).unwrap_or(&target).display()
                        )),
                    }
                }
            }
        }
    }
    report
}

#[test]
fn reader_decodes_attributes_and_skips_scripts() {
    let t = tags(
        "<!-- <a href=x> --><p class=a id='b'>x</p><script>if (a<b) {}</script>\
         <a href=\"/u/?a=1&amp;b=&#x32;\" hidden>y</a><img src=/i.png/>",
    );
    let names: Vec<&str> = t.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["p", "script", "a", "img"]);
    assert_eq!(t[0].attr("id"), Some("b"));
    assert_eq!(t[0].attr("class"), Some("a"));
    assert_eq!(t[2].attr("href"), Some("/u/?a=1&b=2"));
    assert_eq!(t[2].attr("hidden"), Some(""));
    assert_eq!(t[3].attr("src"), Some("/i.png/"));
    assert_eq!(percent_decode("#%E4%B8%80-a"), "#一-a");
    assert_eq!(percent_decode("100%"), "100%");
}
