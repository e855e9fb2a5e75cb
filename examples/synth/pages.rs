//! `synth pages`: plain Markdown pages for Pacesetter and Hugo alike.

use super::{Args, Rng, fresh, name, put, sentence};
use std::fmt::Write as _;

pub(crate) const WORDS: &[&str] = &[
    "campaign",
    "progress",
    "target",
    "bulletin",
    "unit",
    "benchmark",
    "report",
    "month",
    "indicator",
    "review",
    "pace",
    "ranking",
    "office",
    "survey",
    "service",
    "results",
    "the",
    "of",
    "and",
    "to",
    "in",
    "for",
    "with",
    "every",
    "town",
    "street",
    "department",
    "public",
];

pub(crate) fn words(rng: &mut Rng, n: usize) -> String {
    let mut s = String::new();
    for i in 0..n {
        if i > 0 {
            s.push(' ');
        }
        let word: &&str = rng.pick(WORDS);
        s.push_str(word);
    }
    s
}

/// A page body of about 4 KB: headings, paragraphs with inline markup, lists and a table.
pub(crate) fn page_body(rng: &mut Rng) -> String {
    let mut s = String::new();
    for section in 0..4 {
        let _ = write!(s, "## {} {}\n\n", words(rng, 3), section + 1);
        let _ = write!(
            s,
            "{} **{}** {} `{}` {} [{}](https://example.org/{}).\n\n",
            words(rng, 30),
            words(rng, 2),
            words(rng, 25),
            words(rng, 1),
            sentence(rng),
            words(rng, 2),
            rng.below(1000)
        );
        if section % 2 == 0 {
            for _ in 0..4 {
                let _ = writeln!(s, "- {} *{}*", words(rng, 8), words(rng, 2));
            }
        } else {
            for k in 0..4 {
                let _ = writeln!(s, "{}. {}", k + 1, words(rng, 10));
            }
        }
        s.push('\n');
        if section == 2 {
            let _ = writeln!(s, "### {}\n", words(rng, 2));
            s.push_str("| unit | target | to date | pace |\n|---|---:|---:|---:|\n");
            for _ in 0..6 {
                let _ = writeln!(
                    s,
                    "| {} | {:.1} | {:.1} | {:.3} |",
                    name(rng, 2),
                    rng.range(50.0, 300.0),
                    rng.range(10.0, 200.0),
                    rng.range(0.6, 1.2)
                );
            }
            s.push('\n');
        }
    }
    s
}

/// A Hugo single-page layout carrying what pacesetter's base.html + page.html put on a page:
/// head with description and feed link, masthead, a navigation bar, the article, a footer.
pub(crate) const HUGO_SINGLE: &str = r##"<!DOCTYPE html>
<html lang="{{ .Site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} · {{ .Site.Title }}</title>
<meta name="description" content="{{ .Site.Params.description }}">
<link rel="stylesheet" href="{{ "style.css" | relURL }}">
<link rel="alternate" type="application/atom+xml" title="{{ .Site.Title }}" href="{{ "feed.xml" | relURL }}">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="masthead">
  <div class="wrap">
    <p class="site-title"><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></p>
    <p class="site-office">{{ .Site.Params.office }}</p>
  </div>
  <nav class="nav" aria-label="Home">
    <ul class="wrap">
    {{ range .Site.Params.nav }}<li><a href="{{ .url | relURL }}">{{ .label }}</a></li>{{ end }}
    </ul>
  </nav>
</header>
<main id="main" class="wrap">
<article class="prose">
<h1>{{ .Title }}</h1>
{{ .Content }}
</article>
</main>
<footer class="footer">
  <div class="wrap">
    <p>{{ .Site.Params.office }}</p>
    <p><a href="{{ "data/index.json" | relURL }}">Open data</a> · <a href="{{ "feed.xml" | relURL }}">Subscribe</a> · <a href="{{ "methodology/" | relURL }}">Methodology</a></p>
  </div>
</footer>
</body>
</html>
"##;

pub(crate) const HUGO_LIST: &str = r#"<!DOCTYPE html>
<html lang="{{ .Site.LanguageCode }}">
<head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title></head>
<body><main><h1>{{ .Title }}</h1></main></body>
</html>
"#;

pub(crate) fn hugo_config() -> String {
    let mut s = String::from(
        "baseURL = \"/\"\nlanguageCode = \"zh-Hant\"\ntitle = \"合成市比學趕超\"\ndisableKinds = [\"taxonomy\", \"term\"]\n\n[params]\noffice = \"合成市比學趕超領導小組辦公室\"\ndescription = \"合成數據：性能測試用的頁面。\"\n",
    );
    for (url, label) in [
        ("/", "首頁"),
        ("/rankings/", "排名"),
        ("/units/", "單位"),
        ("/pairs/", "結對"),
        ("/bulletins/", "工作簡報"),
        ("/reviews/", "點評"),
        ("/visits/", "互訪交流"),
        ("/status/", "工作進度"),
        ("/methodology/", "計算方法"),
        ("/search/", "搜索"),
    ] {
        let _ = write!(
            s,
            "\n[[params.nav]]\nurl = \"{url}\"\nlabel = \"{label}\"\n"
        );
    }
    s
}

pub(crate) fn pages(a: &Args) -> std::io::Result<()> {
    let mut rng = Rng::new(a.seed);
    let out = &a.out;
    fresh(out)?;
    let ps = out.join("pacesetter");
    let hugo = out.join("hugo");
    put(
        &ps.join("content/site.yaml"),
        "title: 合成市比學趕超\noffice: 合成市比學趕超領導小組辦公室\nlanguage: zh-Hant\nbase_url: \"/\"\ndescription: 合成數據：性能測試用的頁面。\n",
    )?;
    put(&hugo.join("config.toml"), &hugo_config())?;
    put(&hugo.join("layouts/_default/single.html"), HUGO_SINGLE)?;
    put(&hugo.join("layouts/_default/list.html"), HUGO_LIST)?;
    put(&hugo.join("layouts/index.html"), HUGO_LIST)?;
    for k in 0..a.pages {
        let title = format!("{} {}", words(&mut rng, 4), k + 1);
        let body = page_body(&mut rng);
        let text = format!("---\ntitle: {title}\nweight: {}\n---\n{body}", k + 1);
        put(&ps.join(format!("content/pages/p{k:05}.md")), &text)?;
        put(&hugo.join(format!("content/p{k:05}.md")), &text)?;
    }
    eprintln!(
        "synth: {} pages for pacesetter and Hugo into {}",
        a.pages,
        out.display()
    );
    Ok(())
}
