//! Markdown to HTML with pulldown-cmark: tables, footnotes, strikethrough, stable heading ids
//! (Chinese headings included), raw HTML per `markdown.raw_html`, shortcodes expanded (SPEC §9).

use super::memo::{self, Memo};
use super::shortcode::{self, Problem, Shortcode};
use crate::diag::Diagnostic;
use crate::model::{Markdown, RawHtml};
use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};

/// A heading of the rendered text.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Heading {
    pub level: u32,
    pub id: String,
    pub text: String,
}

#[derive(Debug, Clone, Default)]
pub struct Rendered {
    pub html: String,
    pub headings: Vec<Heading>,
    /// The months whose figures its shortcodes show (set by the pages that expand them).
    pub months: Vec<crate::model::Month>,
}

mod limits;
mod plain;
mod slots;

/// Renders Markdown; `expand` turns each shortcode into HTML or a message for a diagnostic.
/// Links the author wrote from the site root (`/data/`) get `base` in front, so they still work
/// when the site is served under a sub-path.
pub fn render(
    md: &Markdown,
    raw: RawHtml,
    base: &str,
    expand: &mut dyn FnMut(&Shortcode) -> Result<String, Problem>,
) -> Result<Rendered, Vec<Diagnostic>> {
    render_cached(md, raw, base, expand, None)
}

/// [`render`], reusing what `memo` kept of text without shortcodes.
pub fn render_cached(
    md: &Markdown,
    raw: RawHtml,
    base: &str,
    expand: &mut dyn FnMut(&Shortcode) -> Result<String, Problem>,
    memo: Option<&Memo<Rendered>>,
) -> Result<Rendered, Vec<Diagnostic>> {
    if let Some(d) = limits::check(md) {
        return Err(vec![d]);
    }
    // Without `{{` there is no shortcode, so the result depends on the text alone.
    if let Some(memo) = memo
        && !md.text.contains("{{")
    {
        let key = memo::key(("md", &md.text, raw as u8, base));
        return Ok(memo.get_or(key, || {
            render_uncached(md, raw, base, expand).unwrap_or_default()
        }));
    }
    render_uncached(md, raw, base, expand)
}

fn render_uncached(
    md: &Markdown,
    raw: RawHtml,
    base: &str,
    expand: &mut dyn FnMut(&Shortcode) -> Result<String, Problem>,
) -> Result<Rendered, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let mut slots = slots::Slots::new();
    let mut headings = Vec::new();
    let mut ids = limits::Ids::default();
    let mut events: Vec<Event> = Vec::new();
    let parser = Parser::new_ext(&md.text, options()).into_offset_iter();
    let all: Vec<(Event, std::ops::Range<usize>)> = parser.collect();
    let mut i = 0;
    while i < all.len() {
        let (ev, _) = &all[i];
        match ev {
            Event::Start(Tag::Paragraph) => {
                if let Some((next, done)) = shortcode_paragraph(md, &all, i, &mut slots, expand) {
                    match done {
                        Ok(()) => events.push(Event::Html(CowStr::from(slots.marker()))),
                        Err(d) => diags.push(d),
                    }
                    i = next;
                    continue;
                }
                events.push(ev.clone());
            }
            Event::Start(Tag::Heading { .. }) => {
                events.push(heading(&all, i, &mut ids, &mut headings));
            }
            Event::Start(Tag::Link { .. } | Tag::Image { .. }) => {
                events.push(retarget(ev, raw, base));
            }
            Event::Html(h) | Event::InlineHtml(h) if raw == RawHtml::Escape => {
                events.push(Event::Text(h.clone()))
            }
            _ => events.push(ev.clone()),
        }
        i += 1;
    }
    if !diags.is_empty() {
        return Err(diags);
    }
    let mut out = String::with_capacity(md.text.len() * 3 / 2);
    let clean = raw == RawHtml::Sanitize && !plain::written_clean(&mut events);
    html::push_html(&mut out, events.into_iter());
    if clean {
        out = sanitize(&out);
    }
    let out = slots.fill(out).map_err(|lost| {
        let line = md.line + md.text[..lost].matches('\n').count();
        vec![shortcode_error(
            md,
            line,
            Problem::with_help(
                crate::tr!("sc-unclosed-tag"),
                crate::tr!("sc-unclosed-tag-help"),
            ),
        )]
    })?;
    Ok(Rendered {
        html: out,
        headings,
        months: Vec::new(),
    })
}

/// The Markdown the site reads: CommonMark with tables, footnotes and strikethrough.
fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH
}

/// The heading starting at `all[i]` with its unique id, recorded for the contents list.
fn heading<'a>(
    all: &[(Event<'a>, std::ops::Range<usize>)],
    i: usize,
    ids: &mut limits::Ids,
    headings: &mut Vec<Heading>,
) -> Event<'a> {
    let Event::Start(Tag::Heading {
        level,
        classes,
        attrs,
        ..
    }) = &all[i].0
    else {
        return all[i].0.clone();
    };
    let end = all[i..]
        .iter()
        .position(|(e, _)| matches!(e, Event::End(TagEnd::Heading(_))))
        .map_or(all.len(), |p| i + p);
    let text: String = all[i + 1..end]
        .iter()
        .filter_map(|(e, _)| match e {
            Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
            _ => None,
        })
        .collect();
    let id = ids.unique(&slug(&text));
    headings.push(Heading {
        level: heading_level(*level),
        id: id.clone(),
        text,
    });
    Event::Start(Tag::Heading {
        level: *level,
        id: Some(CowStr::from(id)),
        classes: classes.clone(),
        attrs: attrs.clone(),
    })
}

/// A link or image with its target made safe and root-relative targets put under `base`.
fn retarget<'a>(ev: &Event<'a>, raw: RawHtml, base: &str) -> Event<'a> {
    match ev {
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => match link_target(dest_url, raw, base) {
            Some(dest) => Event::Start(Tag::Link {
                link_type: *link_type,
                dest_url: CowStr::from(dest),
                title: title.clone(),
                id: id.clone(),
            }),
            None => ev.clone(),
        },
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => match link_target(dest_url, raw, base) {
            Some(dest) => Event::Start(Tag::Image {
                link_type: *link_type,
                dest_url: CowStr::from(dest),
                title: title.clone(),
                id: id.clone(),
            }),
            None => ev.clone(),
        },
        _ => ev.clone(),
    }
}

/// A paragraph the author started with `{{` is a shortcode (SPEC §9): expanded into a slot, or an
/// error when it is not exactly one well-formed shortcode. None for any other paragraph; Some
/// gives the index of the event after the paragraph. `\{{` (typed with a backslash) is text.
fn shortcode_paragraph(
    md: &Markdown,
    all: &[(Event, std::ops::Range<usize>)],
    i: usize,
    slots: &mut slots::Slots,
    expand: &mut dyn FnMut(&Shortcode) -> Result<String, Problem>,
) -> Option<(usize, Result<(), Diagnostic>)> {
    let start = all[i].1.start;
    // Full-width braces too: an input method's `｛｛` is a shortcode mistyped, not text.
    let first = &md.text[all[i].1.clone()];
    if !first.starts_with("{{") && !first.starts_with("｛｛") {
        return None;
    }
    let end = all[i..]
        .iter()
        .position(|(e, _)| matches!(e, Event::End(TagEnd::Paragraph)))
        .map_or(all.len(), |p| i + p);
    let line = md.line + md.text[..start].matches('\n').count();
    let inner = &all[i + 1..end];
    let plain = inner
        .iter()
        .all(|(e, _)| matches!(e, Event::Text(_) | Event::SoftBreak));
    let text: String = inner
        .iter()
        .map(|(e, _)| match e {
            Event::Text(t) => t.as_ref(),
            _ => " ",
        })
        .collect();
    let full_width = !first.starts_with("{{");
    let parsed = if plain {
        match shortcode::parse(text.trim()) {
            Some(parsed) => parsed,
            // `｛｛` that would not be a shortcode even half-width is the author's text.
            None if full_width => return None,
            None => Err(Problem::not_one()),
        }
    } else if full_width {
        return None;
    } else {
        Err(Problem::not_one())
    };
    let done = parsed
        .and_then(|sc| slots.expand(&sc, start, expand))
        .map_err(|p| shortcode_error(md, line, p));
    Some((end + 1, done))
}

fn shortcode_error(md: &Markdown, line: usize, problem: Problem) -> Diagnostic {
    let text_line = md.text.lines().nth(line - md.line).unwrap_or("").to_owned();
    let column = text_line
        .find("{{")
        .or_else(|| text_line.find("｛｛"))
        .map_or(1, |b| text_line[..b].chars().count() + 1);
    let len = text_line
        .trim_end()
        .chars()
        .count()
        .saturating_sub(column - 1)
        .max(1);
    Diagnostic {
        path: md.path.clone(),
        line,
        column,
        len,
        message: problem.message,
        help: problem.help,
        source_line: Some(text_line),
    }
}

fn heading_level(l: HeadingLevel) -> u32 {
    match l {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// A heading id: letters and digits of any script kept (so Chinese headings get readable,
/// stable ids), ASCII lowercased, everything else folded to single `-`.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in text.trim().chars() {
        if c.is_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.extend(c.to_lowercase());
        } else {
            dash = true;
        }
    }
    if out.is_empty() {
        "section".to_owned()
    } else {
        out
    }
}

/// The address a link or image should have instead of `dest`, if any. A `javascript:` link is
/// as dangerous as a script tag whatever raw_html says (only `allow` trusts the author), so it
/// becomes `#`; an address from the site root gets the base path, so it works under a sub-path.
fn link_target(dest: &str, raw: RawHtml, base: &str) -> Option<String> {
    if raw != RawHtml::Allow && !safe_url(dest) {
        Some("#".to_owned())
    } else if base != "/" && dest.starts_with('/') && !dest.starts_with("//") {
        Some(format!("{base}{}", &dest[1..]))
    } else {
        None
    }
}

/// Link targets a reader can follow safely: relative paths, fragments, http(s) and mailto.
fn safe_url(url: &str) -> bool {
    let u: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    match u.find(':') {
        None => true,
        // A colon after a slash, `?` or `#` is part of a path or query, not a scheme.
        Some(i) if u[..i].contains(['/', '?', '#']) => true,
        Some(i) => matches!(&u[..i], "http" | "https" | "mailto"),
    }
}

/// Raw HTML cleaned by ammonia: scripts, event handlers and foreign embeds removed; ids kept for anchors.
pub fn sanitize(html: &str) -> String {
    SANITIZER.clean(html).to_string()
}

/// The cleaner, configured once: building ammonia's tag and attribute sets for every Markdown
/// text (tens of thousands of monthly summaries) cost a quarter of the sanitising.
static SANITIZER: std::sync::LazyLock<ammonia::Builder<'static>> = std::sync::LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    b.add_generic_attributes(["id", "class"]).add_tags([
        "figure",
        "figcaption",
        "details",
        "summary",
        "section",
    ]);
    b
});

/// Escapes text for HTML and XML; characters XML cannot carry are replaced.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Not allowed in XML 1.0 at all, even as `&#11;`: one made feed.xml unreadable.
            // Word's manual line break (\v) and a form feed read as spaces.
            '\u{b}' | '\u{c}' => out.push(' '),
            '\u{0}'..='\u{8}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => {
                out.push('\u{fffd}')
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod xss_tests;

#[cfg(test)]
mod base_tests {
    use super::*;

    #[test]
    fn root_relative_links_and_images_follow_the_base_path() {
        let md = Markdown {
            text: "[數據](/data/index.json) ![圖](/img/a.png) [外](https://x.cn/) [錨](#a)".into(),
            path: "p.md".into(),
            line: 1,
        };
        let html = render(&md, RawHtml::Sanitize, "/bxgc/", &mut |_| Ok(String::new()))
            .unwrap()
            .html;
        assert!(html.contains("href=\"/bxgc/data/index.json\""), "{html}");
        assert!(html.contains("src=\"/bxgc/img/a.png\""), "{html}");
        assert!(
            html.contains("href=\"https://x.cn/\"") && html.contains("href=\"#a\""),
            "{html}"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn md(text: &str) -> Markdown {
        Markdown {
            text: text.into(),
            path: "content/pages/x.md".into(),
            line: 5,
        }
    }

    fn plain(text: &str, raw: RawHtml) -> Rendered {
        render(&md(text), raw, "/", &mut |sc| {
            Ok(format!("<svg role=\"img\">{}</svg>", sc.name))
        })
        .unwrap()
    }

    #[test]
    fn chinese_heading_ids_are_stable_and_unique() {
        let r = plain(
            "## 烏鎮鎮成立中小企業協會抱團取暖\n\n## 烏鎮鎮成立中小企業協會抱團取暖\n\n## Q3 Results!\n",
            RawHtml::Sanitize,
        );
        let ids: Vec<&str> = r.headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "烏鎮鎮成立中小企業協會抱團取暖",
                "烏鎮鎮成立中小企業協會抱團取暖-1",
                "q3-results"
            ]
        );
        assert!(r.html.contains("<h2 id=\"q3-results\">"));
    }

    #[test]
    fn shortcode_paragraph_is_expanded_but_not_in_code() {
        let r = plain(
            "{{ pacesetters(period=\"2026-Q1\") }}\n\n`{{ pacesetters(period=\"2026-Q1\") }}`\n\n```\n{{ pacesetters(period=\"2026-Q1\") }}\n```\n",
            RawHtml::Sanitize,
        );
        assert!(
            r.html.contains("<svg role=\"img\">pacesetters</svg>"),
            "{}",
            r.html
        );
        assert_eq!(
            r.html
                .matches("{{ pacesetters(period=\"2026-Q1\") }}")
                .count(),
            2,
            "{}",
            r.html
        );
    }

    #[test]
    fn raw_html_policies() {
        let text = "<script>alert(1)</script>\n\n<b onclick=\"x()\">粗</b>";
        let s = plain(text, RawHtml::Sanitize).html;
        assert!(
            !s.contains("<script") && !s.contains("onclick") && s.contains("<b>粗</b>"),
            "{s}"
        );
        let e = plain(text, RawHtml::Escape).html;
        assert!(e.contains("&lt;script&gt;"), "{e}");
        let a = plain(text, RawHtml::Allow).html;
        assert!(a.contains("<script>alert(1)</script>"), "{a}");
    }

    #[test]
    fn shortcode_error_has_file_line() {
        let err = render(
            &md("text\n\n{{ nope(x=1) }}\n"),
            RawHtml::Sanitize,
            "/",
            &mut |_| Err(Problem::from("unknown shortcode `nope`".to_owned())),
        )
        .unwrap_err();
        assert_eq!(
            err[0].headline(),
            "content/pages/x.md:7:1: error: unknown shortcode `nope`"
        );
    }

    #[test]
    fn tables_footnotes_strikethrough() {
        let r = plain(
            "| a | b |\n|---|---|\n| 1 | 2 |\n\n~~舊~~ 註[^1]\n\n[^1]: 說明\n",
            RawHtml::Sanitize,
        );
        assert!(
            r.html.contains("<table>")
                && r.html.contains("<del>舊</del>")
                && r.html.contains("footnote"),
            "{}",
            r.html
        );
    }
}
