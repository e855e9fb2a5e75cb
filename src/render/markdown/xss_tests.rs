//! Hostile Markdown: the vectors of the OWASP XSS filter evasion cheat sheet that can appear in
//! a Markdown file. With `raw_html: sanitize` (the default) none may reach a page as markup.

use super::*;

const VECTORS: &[&str] = &[
    "<script>alert(1)</script>",
    "<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>",
    "<scr<script>ipt>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<IMG SRC=\"javascript:alert('XSS');\">",
    "<IMG SRC=JaVaScRiPt:alert('XSS')>",
    "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
    "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
    "<a href=\" javascript:alert(1)\">x</a>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<body onload=alert('XSS')>",
    "<iframe src=\"https://evil.example/\"></iframe>",
    "<style>body{display:none}</style>",
    "<div style=\"background-image: url(javascript:alert('XSS'))\">x</div>",
    "<form action=\"https://evil.example/\"><input name=q><button>go</button></form>",
    "<object data=\"https://evil.example/x.swf\"></object>",
    "<embed src=\"https://evil.example/x.swf\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<base href=\"https://evil.example/\">",
    "<link rel=stylesheet href=\"https://evil.example/x.css\">",
    "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
    "<details open ontoggle=alert(1)>",
    "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
    "[click](javascript:alert(1))",
    "[click](JAVASCRIPT:alert(1))",
    "[click]( javascript:alert(1) )",
    "[click](vbscript:msgbox(1))",
    "![x](javascript:alert(1))",
    "[ref]\n\n[ref]: javascript:alert(1)",
    "<javascript:alert(1)>",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
];

const FORBIDDEN_TAGS: &[&str] = &[
    "script", "iframe", "style", "form", "input", "button", "object", "embed", "meta", "base",
    "link", "body", "svg", "math",
];

/// The real tags of an HTML fragment (text `<` is always escaped, so every `<` + letter is a tag)
/// as (name, [(attribute, value)]), both lowercased.
fn tags(html: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut out = Vec::new();
    let b = html.as_bytes();
    let mut i = 0;
    while let Some(p) = html[i..].find('<').map(|p| p + i) {
        i = p + 1;
        if !b.get(i).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let end = html[i..].find('>').map_or(html.len(), |e| e + i);
        let inner = &html[i..end];
        let name: String = inner
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        let mut attrs = Vec::new();
        let mut rest = &inner[name.len()..];
        loop {
            rest = rest.trim_start_matches([' ', '/', '\n']);
            let key: String = rest
                .chars()
                .take_while(|c| !matches!(c, '=' | ' ' | '>' | '/'))
                .collect();
            if key.is_empty() {
                break;
            }
            rest = &rest[key.len()..];
            let mut value = String::new();
            if let Some(r) = rest.strip_prefix('=') {
                if let Some(r) = r.strip_prefix('"') {
                    let close = r.find('"').unwrap_or(r.len());
                    value = r[..close].to_owned();
                    rest = &r[(close + 1).min(r.len())..];
                } else {
                    value = r.chars().take_while(|c| *c != ' ').collect();
                    rest = &r[value.len()..];
                }
            }
            attrs.push((
                key.to_ascii_lowercase(),
                value.replace("&amp;", "&").to_ascii_lowercase(),
            ));
        }
        out.push((name, attrs));
        i = end;
    }
    out
}

/// Whether a fragment carries anything that could run script, restyle the page or send data away.
fn dangerous(html: &str) -> Option<String> {
    for (name, attrs) in tags(html) {
        if FORBIDDEN_TAGS.contains(&name.as_str()) {
            return Some(format!("<{name}>"));
        }
        for (k, v) in attrs {
            let v: String = v.chars().filter(|c| !c.is_whitespace()).collect();
            if k.starts_with("on") || k == "style" || k == "xlink:href" || k == "formaction" {
                return Some(format!("{name} {k}"));
            }
            if matches!(k.as_str(), "href" | "src" | "action" | "data")
                && (v.starts_with("javascript:")
                    || v.starts_with("vbscript:")
                    || v.starts_with("data:"))
            {
                return Some(format!("{name} {k}={v}"));
            }
        }
    }
    None
}

fn render_with(text: &str, raw: RawHtml) -> String {
    let md = Markdown {
        text: text.into(),
        path: "content/pages/x.md".into(),
        line: 1,
    };
    render(&md, raw, "/", &mut |_| Ok(String::new()))
        .map(|r| r.html)
        .unwrap_or_default()
}

#[test]
fn the_checker_catches_what_it_should() {
    assert!(dangerous("<script>alert(1)</script>").is_some());
    assert!(dangerous("<img src=x onerror=alert(1)>").is_some());
    assert!(dangerous("<a href=\"JavaScript:alert(1)\">x</a>").is_some());
    assert!(dangerous("<p>&lt;script&gt; javascript: is text here</p>").is_none());
}

#[test]
fn sanitize_removes_every_vector() {
    for v in VECTORS {
        let html = render_with(v, RawHtml::Sanitize);
        assert_eq!(dangerous(&html), None, "from {v:?}: {html:?}");
    }
}

#[test]
fn escape_shows_html_as_text_and_still_defuses_links() {
    for v in VECTORS {
        let html = render_with(v, RawHtml::Escape);
        assert_eq!(dangerous(&html), None, "from {v:?}: {html:?}");
    }
    assert!(render_with("<b>粗</b>", RawHtml::Escape).contains("&lt;b&gt;粗&lt;/b&gt;"));
}

#[test]
fn safe_links_are_kept() {
    let html = render_with(
        "[a](https://www.tx.gov.cn/) [b](/units/wuzhen/) [c](#x) [d](mailto:office@example.cn) [e](../a:b)",
        RawHtml::Sanitize,
    );
    for href in [
        "https://www.tx.gov.cn/",
        "/units/wuzhen/",
        "#x",
        "mailto:office@example.cn",
        "../a:b",
    ] {
        assert!(
            html.contains(&format!("href=\"{href}\"")),
            "{href} missing in {html}"
        );
    }
}

#[test]
fn allow_trusts_the_author() {
    assert!(
        render_with("<script>alert(1)</script>", RawHtml::Allow)
            .contains("<script>alert(1)</script>")
    );
}
