//! Markdown whose HTML needs no cleaning: paragraphs, lists, emphasis, quotes, headings, tables,
//! inline code and links of plain text, which is what nearly every monthly summary and most
//! pages are. pulldown-cmark's HTML of these is exactly what ammonia would give back for it, but
//! for the `rel` ammonia adds to every link and the alignment it takes off table cells, which
//! are done here; so the cleaner is not run: at 10,000 units it parsed and wrote again half a
//! million texts that it could not change, two thirds of the cost of their Markdown.
//!
//! The test below holds the claim to ammonia's own output over generated texts; anything outside
//! the list (raw HTML, images, code blocks, breaks, rules, footnotes, a link with a title
//! or an address the two would write differently) is cleaned as before.

use pulldown_cmark::{Alignment, CowStr, Event, LinkType, Tag, TagEnd};

/// What ammonia (as the site configures it) adds to every link.
const LINK_REL: &str = "noopener noreferrer";

/// Whether `events` can be written as ammonia would leave them without running it; if so, their
/// links are made into the anchors ammonia would write (with its `rel`), and their tables lose
/// their columns' alignment, a `style` ammonia removes.
pub(super) fn written_clean(events: &mut [Event]) -> bool {
    if !events.iter().all(plain_event) {
        return false;
    }
    for e in events.iter_mut() {
        match e {
            Event::Start(Tag::Link { dest_url, .. }) => {
                let href = href(dest_url);
                *e = Event::InlineHtml(CowStr::from(format!(
                    "<a href=\"{href}\" rel=\"{LINK_REL}\">"
                )));
            }
            Event::End(TagEnd::Link) => *e = Event::InlineHtml(CowStr::Borrowed("</a>")),
            Event::Start(Tag::Table(columns)) => columns.fill(Alignment::None),
            _ => {}
        }
    }
    true
}

fn plain_event(e: &Event) -> bool {
    match e {
        Event::Start(tag) => plain_tag(tag),
        Event::End(end) => plain_end(*end),
        Event::Text(t) | Event::Code(t) => plain_text(t),
        Event::SoftBreak => true,
        _ => false,
    }
}

fn plain_tag(tag: &Tag) -> bool {
    match tag {
        Tag::Paragraph
        | Tag::Item
        | Tag::Emphasis
        | Tag::Strong
        | Tag::Strikethrough
        | Tag::BlockQuote(None)
        | Tag::List(None | Some(1))
        | Tag::Table(_)
        | Tag::TableHead
        | Tag::TableRow
        | Tag::TableCell => true,
        // Our ids are letters, digits and `-` (`slug`), written the same by both.
        Tag::Heading {
            id, classes, attrs, ..
        } => {
            classes.is_empty()
                && attrs.is_empty()
                && id
                    .as_deref()
                    .is_some_and(|id| id.chars().all(|c| c.is_alphanumeric() || c == '-'))
        }
        // pulldown-cmark puts `mailto:` before an e-mail autolink's address itself.
        Tag::Link {
            link_type,
            dest_url,
            title,
            ..
        } => *link_type != LinkType::Email && title.is_empty() && plain_href(dest_url),
        _ => false,
    }
}

fn plain_end(end: TagEnd) -> bool {
    matches!(
        end,
        TagEnd::Paragraph
            | TagEnd::Item
            | TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::BlockQuote(None)
            | TagEnd::List(_)
            | TagEnd::Heading(_)
            | TagEnd::Link
            | TagEnd::Table
            | TagEnd::TableHead
            | TagEnd::TableRow
            | TagEnd::TableCell
    )
}

/// Text both write alike: pulldown-cmark escapes `&`, `<` and `>`, as html5ever does; html5ever
/// also writes a no-break space as `&nbsp;` and reads control characters its own way.
fn plain_text(t: &str) -> bool {
    !t.chars().any(|c| c == '\u{a0}' || c.is_control())
}

/// The address as pulldown-cmark writes it: percent-encoded but for `&` (`&amp;`) and `'`.
fn href(dest: &str) -> String {
    let mut out = String::with_capacity(dest.len());
    // Writing to a String cannot fail.
    let _ = pulldown_cmark_escape::escape_href(&mut out, dest);
    out
}

/// An address ammonia keeps as pulldown-cmark wrote it: html5ever writes `'` back unescaped
/// (pulldown-cmark writes `&#x27;`), and ammonia drops an address that `url` reads as absolute
/// with another scheme or cannot read at all (a port out of range, say). Otherwise the written
/// address has only `&amp;` to decode and nothing html5ever escapes differently.
fn plain_href(dest: &str) -> bool {
    if dest.contains('\'') {
        return false;
    }
    let value = href(dest).replace("&amp;", "&");
    match url::Url::parse(&value) {
        Ok(u) => matches!(u.scheme(), "http" | "https" | "mailto"),
        Err(e) => e == url::ParseError::RelativeUrlWithoutBase,
    }
}

#[cfg(test)]
mod tests {
    use super::super::{RawHtml, options, render, sanitize};
    use crate::model::Markdown;
    use pulldown_cmark::{Parser, html};

    /// The events `render` starts from: the same options.
    fn events(text: &str) -> Vec<pulldown_cmark::Event<'_>> {
        Parser::new_ext(text, options()).collect()
    }

    /// Texts built from pieces that are plain and pieces that are not, joined in many orders.
    fn generated() -> Vec<String> {
        const PIECES: &[&str] = &[
            "推進數字化改造，企業技改投入持續加大。",
            "- 新簽約落地億元以上項目\n- 重點項目開工率有待提升",
            "1. 第一\n2. 第二",
            "3. 從三開始\n4. 四",
            "**完成** 與 *序時* 和 ~~舊數~~",
            "> 群眾評議：滿意",
            "## 二、下月打算",
            "### 重複\n\n### 重複",
            "A & B < C > D \"引號\" 'single'",
            "&amp; &copy; &#169; &lt;b&gt;",
            "不換行\u{a0}空格",
            "第一行  \n硬換行",
            "第一行\\\n反斜線換行",
            "---",
            "[鏈接](https://www.tx.gov.cn/) 和 <https://x.cn>",
            "![圖](/img/a.png)",
            "`代碼` 與 <b>粗</b>",
            "<script>alert(1)</script>",
            "| 甲 | 乙 |\n|:--|--:|\n| 1 | 2 |",
            "腳註[^1]\n\n[^1]: 說明",
            "    縮進代碼",
            "```\n圍欄代碼\n```",
            "## 標題 {#自定 .類}",
            "- 鬆散\n\n- 列表\n\n  續段",
            "* 星號\n+ 加號",
            "控制\u{7}字元\u{1b}與\u{fffd}替換",
            "全角　空格與\u{200b}零寬",
            "# 一級\n文字緊接",
            "Mixed *強調 **嵌套** 結束* end",
            "1) 括號編號\n2) 二",
            "[相對](../units/u1/) 與 [錨](#第一) 及 [寫信](mailto:a@b.cn)",
            "[帶查詢](https://x.cn/a?b=1&c=2&copy=3#f)",
            "[中文路徑](https://例子.中国/路徑/文件.html) [空格](<a b>)",
            "[壞端口](https://x.cn:99999/) [單引號](https://x.cn/it's)",
            "[有標題](https://x.cn/ \"標題\") [空]()",
            "<mailto:a@b.cn> 與 <a@b.cn> 與 <HTTPS://X.CN/A>",
            "[怪協議](ftp://x.cn/) [腳本](javascript:alert(1))",
            "`<代碼&>` 與 ``雙`反引號`` 與 [**粗**`碼`](/data/)",
            "| 指標 | 完成 |\n|:-:|--:|\n| `gdp` | [12.5](/d/) **85%** |\n| 空 |",
            "| 只有表頭 |\n|:--|",
        ];
        let mut out: Vec<String> = PIECES.iter().map(|p| (*p).to_owned()).collect();
        for (i, a) in PIECES.iter().enumerate() {
            for (j, b) in PIECES.iter().enumerate() {
                let sep = ["\n\n", "\n", " "][(i * 7 + j) % 3];
                out.push(format!("{a}{sep}{b}"));
            }
        }
        out
    }

    /// The events as `render` has them: every heading with an id (letters and `-`).
    fn with_ids(text: &str) -> Vec<pulldown_cmark::Event<'_>> {
        events(text)
            .into_iter()
            .map(|e| match e {
                pulldown_cmark::Event::Start(pulldown_cmark::Tag::Heading {
                    level,
                    id: None,
                    classes,
                    attrs,
                }) => pulldown_cmark::Event::Start(pulldown_cmark::Tag::Heading {
                    level,
                    id: Some("標題-1".into()),
                    classes,
                    attrs,
                }),
                e => e,
            })
            .collect()
    }

    #[test]
    fn plain_html_is_what_ammonia_gives_back() {
        let texts = generated();
        let mut plain = 0;
        let mut linked = 0;
        let mut tables = 0;
        for text in &texts {
            let md = Markdown {
                text: text.clone(),
                path: "r.md".into(),
                line: 1,
            };
            let Ok(rendered) = render(&md, RawHtml::Sanitize, "/", &mut |_| Ok(String::new()))
            else {
                continue;
            };
            let rendered = rendered.html;
            if super::written_clean(&mut with_ids(text)) {
                plain += 1;
                linked += usize::from(rendered.contains("<a href="));
                tables += usize::from(rendered.contains("<table>"));
                assert_eq!(sanitize(&rendered), rendered, "from {text:?}");
            }
            // Without headings (whose ids `render` makes) the events are pulldown-cmark's own,
            // links pointed at `#` where unsafe: the HTML is what it was before the fast path,
            // their HTML through ammonia.
            let heading = |e: &pulldown_cmark::Event| {
                matches!(
                    e,
                    pulldown_cmark::Event::Start(pulldown_cmark::Tag::Heading { .. })
                )
            };
            if !events(text).iter().any(heading) {
                let parsed = events(text);
                let own = parsed
                    .iter()
                    .map(|e| super::super::retarget(e, RawHtml::Sanitize, "/"));
                let mut raw = String::new();
                html::push_html(&mut raw, own);
                assert_eq!(rendered, sanitize(&raw), "from {text:?}");
            }
        }
        // The fast path is taken by many of them, and not by all, or this test proves little.
        assert!(plain > texts.len() / 10, "{plain} of {}", texts.len());
        assert!(plain < texts.len() / 2, "{plain} of {}", texts.len());
        assert!(linked > plain / 10, "{linked} of {plain} with links");
        assert!(tables > plain / 20, "{tables} of {plain} with tables");
    }

    #[test]
    fn text_with_a_control_or_a_no_break_space_is_not_plain() {
        for t in [
            "\u{0}",
            "a\tb",
            "\u{7f}",
            "\u{80}",
            "\u{85}",
            "\u{9f}",
            "甲\u{a0}乙",
        ] {
            assert!(!super::plain_text(t), "{t:?}");
        }
        for t in [
            "",
            "比學趕超",
            "a b",
            "\u{a1}¢£",
            "é ü",
            "\u{2028}",
            "\u{fffd}",
        ] {
            assert!(super::plain_text(t), "{t:?}");
        }
    }

    #[test]
    fn what_ammonia_would_change_is_not_plain() {
        for text in [
            "第一行  \n硬換行",
            "---",
            "不換行\u{a0}空格",
            "<b>粗</b>",
            "3. 三",
            "![圖](/a.png)",
            "[a](https://x.cn/ \"t\")",
            "[a](https://x.cn:99999/)",
            "[a](/it's)",
            "[a](ftp://x.cn/)",
            "<a@b.cn>",
            "`不換行\u{a0}`",
        ] {
            assert!(!super::written_clean(&mut events(text)), "{text:?}");
        }
        for text in [
            "段落",
            "- 甲\n- 乙",
            "**粗** *斜* ~~刪~~",
            "> 引",
            "1. 一",
            "`code`",
            "[a](https://x.cn/)",
            "[相對](../a/?b=1&c=2#錨)",
            "| a | b |\n|--|-:|\n| 1 | 2 |",
        ] {
            assert!(super::written_clean(&mut events(text)), "{text:?}");
        }
    }

    /// Links and inline code of any address and text, inside a table or not: the short way, when
    /// taken, gives what ammonia gives.
    #[test]
    fn any_link_is_written_as_ammonia_writes_it() {
        let scheme = "(|https?://|mailto:|ftp:|javascript:|HTTP://|//|/|#|\\./)";
        let rest = "[a-z0-9:/?#&'\"%. 中永\\\\\\[\\]()=@!$*+,;~<>{}|^`\u{a0}\u{7}-]{0,16}";
        let words = "[a-z永`*_ &<]{0,8}";
        proptest::proptest!(|(pre in scheme, url in rest, text in words, table: bool)| {
            let link = format!("[{text}](<{pre}{url}>) 與 `{url}`");
            let md = if table { format!("| 甲 |\n|--:|\n| {link} |") } else { link };
            let parsed = events(&md);
            let own = parsed
                .iter()
                .map(|e| super::super::retarget(e, RawHtml::Sanitize, "/"));
            let mut raw = String::new();
            html::push_html(&mut raw, own);
            let md = Markdown { text: md.clone(), path: "r.md".into(), line: 1 };
            if let Ok(rendered) = render(&md, RawHtml::Sanitize, "/", &mut |_| Ok(String::new())) {
                proptest::prop_assert_eq!(rendered.html, sanitize(&raw), "from {:?}", md.text);
            }
        });
    }
}
